"""Which border an act concerns and from which side, when the sentence does not say.

News names a border once ("Poland closed its border with Belarus") and then says "the
frontier", "the crossings"; and it reports breaches by people who have no country of their
own ("migrants gathered on the Belarusian side tried to break through the fence").  These
helpers recover the two sides from the act's own phrases and the article's last border, so
such acts are events of the pair, without borrowing countries from unrelated sentences.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.extraction.candidate import Candidate, Context
from pipeline.extraction.entities import DocMentions, Mention
from pipeline.extraction.noun_phrases import np_mentions

BORDER_SPAN = 12
"""Tokens of an argument searched for a border crossing's name or a border's countries."""
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
CROSSING_NOUNS = frozenset({"crossing", "checkpoint"})


def doers_side(candidate: Candidate, mentions: DocMentions,
               placed: bool = False) -> list[Mention]:
    """The side an incident's doers came from when they have no country of their own:
    the country named inside their own phrase ("migrants pushed by Belarusian forces broke
    through"); with ``placed``, only where their phrase puts them ("foreigners standing on
    the Belarusian side threw stones")."""
    trigger = candidate.trigger
    if trigger is None:
        return []
    verb = trigger
    while verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i \
            and not any(c.dep_.startswith("nsubj") for c in verb.children):
        verb = verb.head  # "tried to break through": the subject is the controller's
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        found = [m for t in subject.subtree if (m := mentions.at(t)) is not None
                 and m.country and m.kind in ("country", "capital", "org", "ministry")
                 and (not placed or _placed_by(t, subject))]
        if found:
            return found[:1]
    return []


def _placed_by(word: Token, subject: Token) -> bool:
    """Whether ``word`` sits in a phrase of place inside the subject ("on the Belarusian
    side", "from Belarus"), not in a description of the doers ("Syrian army soldiers")."""
    current = word
    while current.i != subject.i and current.head.i != current.i:
        if current.dep_ == "pobj" and current.head.lower_ in PLACE_PREPS:
            return True
        current = current.head
    return False


PLACE_PREPS = frozenset({"on", "from", "in", "at", "beyond", "behind"})


def origin_side(candidate: Candidate, mentions: DocMentions) -> list[Mention]:
    """Where a border breach came from, when its doers have no country ("migrants gathered
    on the Belarusian side tried to break through"): the doers' side; failing that, of a
    crossing's two sides the one that is not the place entered ("broke through near
    Kuźnica": from Belarus)."""
    trigger = candidate.trigger
    if trigger is None:
        return []
    found = doers_side(candidate, mentions)
    if found:
        return found
    place = candidate.location
    faced = place.country if place is not None else _side_attacked(trigger, mentions)
    if len(candidate.border) == 2 and faced in candidate.border:
        origin = next(c for c in candidate.border if c != faced)
        return [Mention(start=trigger.i, end=trigger.i + 1, kind="country", country=origin)]
    return []


def _side_attacked(trigger: Token, mentions: DocMentions) -> str | None:
    """"forced its way across the border, throwing stones at Polish officers" (or "had
    thrown stones at Polish officers and forced its way across"): the side a breach's own
    participle or joined verb attacks is the side it breaks into."""
    joined = [trigger.head] if trigger.dep_ == "conj" and trigger.head.i != trigger.i else []
    for clause in [c for c in trigger.children if c.dep_ in ("advcl", "conj")] + joined:
        for phrase in (c for c in clause.children if c.dep_ == "prep" and c.lower_ == "at"):
            found = [m.country for t in phrase.subtree if (m := mentions.at(t)) is not None
                     and m.country and m.kind in ("country", "capital", "org", "ministry")]
            if found:
                return found[0]
    return None


MOTION_LEMMAS = frozenset({"come", "fly", "arrive", "launch", "send", "enter", "cross", "move",
                           "travel", "head", "drift", "stray"})
INTRUSION_ROOT = "15"  # force posture: crossings into airspace or territory
ORIGIN_KINDS = frozenset({"country", "capital", "place"})


def came_from(candidate: Candidate, mentions: DocMentions) -> list[Mention]:
    """Where an intrusion came from when its doers have no country ("objects flew into
    Poland from Belarus", "the drone violated Polish airspace coming from Belarus", "balloons
    launched from Belarus entered ..."): the country of a from-phrase on the act, on a motion
    verb attached to it or to its subject. The side entered is then the act's place."""
    trigger = candidate.trigger
    if trigger is None or trigger.pos_ not in ("VERB", "AUX") \
            or not candidate.cameo.startswith(INTRUSION_ROOT):
        return []  # (not "a mortar was fired at Israel from Gaza": a PETR-coded accusation)
    heads = [trigger] + [c for c in trigger.children
                         if c.dep_ in ("advcl", "acl", "xcomp", "conj") and c.lemma_ in MOTION_LEMMAS]
    for subject in (c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")):
        # (the parser hangs "coming from X" on the object as often as on the doer)
        heads += [c for c in subject.children if c.dep_ == "acl" and c.lemma_ in MOTION_LEMMAS]
    heads += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("across", "over")
              for g in c.children if g.dep_ == "pobj"]  # ("across the border from Belarus")
    for head in heads:
        for phrase in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "from"):
            for word in (g for g in phrase.children if g.dep_ == "pobj"):
                found = [m for t in word.subtree if (m := mentions.at(t)) is not None
                         and m.country and m.kind in ORIGIN_KINDS]
                if found:
                    return found[:1]
    return []


BORDER_PREPS = frozenset({"to", "at", "on", "along", "near", "towards", "toward", "across",
                          "through", "over"})


def names_border(trigger: Token | None) -> bool:
    """Whether the act's object, subject or place is a border ("sealed the frontier", "the
    border was closed", "sent troops to the border"); when the sentence does not name its
    sides, they are the last border's."""
    if trigger is None:
        return False
    words = [c for c in trigger.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
    # "ordered more soldiers to the border": the place the act is sent to or done at
    words += [g for h in [trigger, *words] for c in h.children
              if c.dep_ == "prep" and c.lower_ in BORDER_PREPS
              for g in c.children if g.dep_ == "pobj"]  # (also "tore down fencing on the border")
    if any(w.lemma_ in BORDER_NOUNS or w.lemma_ in CROSSING_NOUNS for w in words):
        return True
    # "tried to force its way across": "across" with nothing after it is across the border
    return any(c.lower_ == "across" and c.dep_ in ("advmod", "prt", "prep")
               and not any(g.dep_ == "pobj" for g in c.children)
               for h in [trigger, *words] for c in h.children)


def named_border(sentence: Span, mentions: DocMentions) -> tuple[str, str] | None:
    """"We are following the situation on the Polish–Belarusian border": a border named
    with its two countries, in any sentence, is the border that a later "forced its way
    across the border" means (not only a border an act named before)."""
    for word in sentence:
        if word.lemma_ not in BORDER_NOUNS:
            continue
        countries = list(dict.fromkeys(
            m.country for t in word.subtree if t.dep_ not in ("relcl", "acl")
            and (m := mentions.at(t)) is not None and m.country
            and m.kind in ("country", "capital")))
        if len(countries) == 2:
            return countries[0], countries[1]
    return None


VIOLENCE_ROOTS = ("18", "19")
"""Assault and fighting: an attack on one side's people at the border comes from the other
side; an intrusion (15, airspace, drones) has its own origin (:func:`came_from`)."""


def across_the_border(candidate: Candidate, ctx: Context,
                      mentions: DocMentions) -> list[Mention]:
    """"A group of migrants threw stones at Polish officers", in an article about the
    Polish–Belarusian border: an incident whose doers have no country of their own, done to
    one side of the border the article is about, comes from the other side.  The side
    attacked may be named only by the place of its people ("patrols near Mielnik were
    attacked with stones"): that place's country is then added as the target."""
    trigger = candidate.trigger
    border = ctx.last_border if len(ctx.last_border) == 2 else ctx.named_border
    if trigger is None or not border or any(m.country for m in candidate.sources) \
            or not candidate.cameo.startswith(VIOLENCE_ROOTS):
        return []
    attacked = {m.country for m in candidate.targets if m.country}
    if candidate.location is not None and candidate.location.country:
        attacked.add(candidate.location.country)
    places = [] if attacked else _patients_places(trigger, mentions)
    attacked |= {m.country for m in places if m.country}
    if len(attacked) != 1 or not attacked <= set(border):
        return []
    candidate.targets += places[:1]
    other = next(c for c in border if c not in attacked)
    return [Mention(start=trigger.i, end=trigger.i + 1, kind="country", country=other)]


def _patients_places(trigger: Token, mentions: DocMentions) -> list[Mention]:
    """Places named in the phrase of who was attacked ("patrols near Dubicze Cerkiewne",
    "a patrol from the Czeremcha post" as the passive subject or the object)."""
    return [m for patient in trigger.children if patient.dep_ in ("nsubjpass", "dobj")
            for t in patient.subtree if t.i != patient.i
            if (m := mentions.at(t)) is not None and m.kind == "place" and m.country]


def border_of(arguments: list[Token], location: Mention | None,
               mentions: DocMentions, at_frontier: bool = False) -> tuple[str, ...]:
    """Countries of a border crossing named in the act's arguments or place ("shut
    Bobrowniki", "the Kuźnica crossing reopened"): closing a crossing concerns both sides.
    With ``at_frontier`` (an incident), any place on a border will do: "foreigners threw
    branches at the patrol at Dubicze Cerkiewne" happened on the Polish-Belarusian border,
    though the village is no crossing (places.tsv, fourth column)."""
    def beyond(place: Mention) -> str | None:
        return place.frontier if at_frontier else place.neighbour

    places = [m for a in arguments for t in list(a.subtree)[:BORDER_SPAN]
              if (m := mentions.at(t)) is not None and beyond(m)]
    if location is not None and beyond(location):
        places.append(location)
    for place in places:
        other = beyond(place)
        if place.country and other:
            return (place.country, other)
    # "through its land border crossings with Poland, Lithuania and Latvia": the states
    # across a border named with "with", however far down the act's phrase
    across = [m.country for a in arguments for t in a.subtree
              if t.lemma_ in BORDER_NOUNS or t.lemma_ in CROSSING_NOUNS
              for w in t.children if w.dep_ == "prep" and w.lower_ == "with"
              for g in w.children if g.dep_ == "pobj"
              for c in (g, *g.conjuncts) if (m := mentions.at(c)) is not None
              and m.kind in ("country", "capital") and m.country]
    if across:
        return tuple(dict.fromkeys(across))
    # "on the border with Belarus", "Poland's border with Belarus", "the Belarusian frontier"
    for token in (t for a in arguments for t in list(a.subtree)[:BORDER_SPAN]):
        if token.lemma_ in BORDER_NOUNS:
            sides = [m.country for m in np_mentions(token, mentions)
                     if m.country and m.kind in ("country", "capital")]
            if sides:
                return tuple(dict.fromkeys(sides))[:2]
    return ()
