"""Sides of a contact named by their towns and regions, or as "both countries".

WHY: cross-border cooperation is reported through places, not states: "Grodno hosted a
session attended by officials from the Grodno and Brest regions and the Podlaskie and
Lublin provinces", "the mayors of Brest and Biała Podlaska signed an agreement",
"delegations of partner towns from both countries gathered in Molodechno".  Places are
never parties of acts in general ("a court in Guyana" is where, not who), but a contact
needs two sides, and when its participants name fewer than two countries:

* towns and regions inside the contact's own phrases (its subject, object, agent and the
  phrases hanging on them: "officials *from* the Grodno region", "attended *by* ...") stand
  for their local authorities, hence their countries; the place where it was held does not
  count (that is its location);
* "both countries", "the two sides", "both neighbours", and offices each state has one of
  ("the two transport ministers", "both governments") in those phrases name the two
  countries of the pair the article has been reporting (before it has told an event of
  one, the two countries it names most);
* so do a numbered sitting ("the nineteenth session took place in Rajgród"), one placed in
  the series ("at a further sitting in October") and a joint
  body named without a country ("the subcommission for interregional cooperation met"):
  a standing body of the story's two states, sitting again; "joint", "bilateral" and
  "intergovernmental" say so too ("the joint commission on road transport sat"), and "the
  same subcommission" is the one already reported, where any
  other word names a body of its own ("the regional executive committee met");
* a contact called bilateral ("bilateral consultations with Belarus's deputy minister")
  is with the other side of the story's pair, or before the story has told one, with the
  article's other country;
* a local group of no country ("laid wreaths together with regional and district
  officials", "alongside the local officials in Grodno") is the people of where the contact
  happens: the country of its place, or else the story's other side; so are "local Poles",
  a national minority of that place;
* one side's people "among the guests" were guests of the place's country, or else of
  the story's other side;
* a local office holder of no country ("Mayor Tadeusz Truskolaski", "Marshal Artur Kosicki")
  serves the contact's place, or else the town or region the article last named (and
  speaks for that side when the text gives it no other).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.extraction.affiliation import COMMUNITY_NOUNS, minority_homes
from pipeline.extraction.antecedents import with_the
from pipeline.extraction.candidate import Candidate, Context
from pipeline.extraction.mention import DocMentions, Mention
from pipeline.extraction.roles import ORGANISER_VERBS, objects_of, subject_of

BOTH_WORDS = frozenset({"both", "two"})
SIDE_NOUNS = frozenset({"country", "countries", "side", "sides", "state", "states",
                        "neighbour", "neighbours", "neighbor", "neighbors", "nation",
                        "nations"})
BODY_NOUNS = frozenset({"commission", "subcommission", "sub-commission", "committee",
                        "council", "co-chairs", "cochairs"})
JOINT_WORDS = frozenset({"joint", "intergovernmental", "bilateral", "mixed", "same"})
"""Words that make a body one of two states ("the joint commission on road transport"), or
the one the story has been about ("the same subcommission had met in Brest")."""
GUEST_NOUNS = frozenset({"guest"})
"""People at an occasion someone else hosts: one side's guests are the other side's."""
SITTING_NOUNS = frozenset({"session", "round", "meeting", "sitting", "plenary"})
ORDINAL = re.compile(r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|"
                     r"eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+tieth|\w+-\w+(?:st|nd|rd|th))")
SERIES_WORDS = frozenset({"previous", "further", "next", "last", "earlier", "latest",
                          "following", "preceding"})
"""Words placing a sitting in the series the story is about ("at a further sitting in
October", "the previous round, held in Warsaw"): a sitting of the same two sides."""
WHERE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "on"})
"""Prepositions of a contact's setting: a town after them is where, not who."""


def _destination(token: Token, trigger: Token) -> bool:
    """"the mayor of Brest came to Biała Podlaska": the town a visitor comes to is where the
    contact was held and also who received it (its authorities), as a town visited is."""
    return token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.i == trigger.i \
        and trigger.pos_ in ("VERB", "AUX")


def _phrases(trigger: Token) -> list[Token]:
    """Heads of the contact's participant phrases (not its setting)."""
    heads: list[Token] = []
    if trigger.pos_ in ("VERB", "AUX"):
        subjects, _passive = subject_of(trigger)
        heads += subjects + objects_of(trigger)
        heads += [g for c in trigger.children if c.dep_ == "agent" for g in c.children]
    else:
        heads.append(trigger)
        if trigger.head.i != trigger.i and trigger.head.pos_ in ("VERB", "AUX") \
                and trigger.dep_ in ("dobj", "nsubjpass", "attr"):
            heads += subject_of(trigger.head)[0]
    return heads


def _participant_tokens(trigger: Token) -> list[Token]:
    found: list[Token] = []
    stack = _phrases(trigger)
    while stack:
        token = stack.pop()
        found.append(token)
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in WHERE_PREPS:
                continue  # "gathered in Molodechno": the setting
            if child.i == trigger.i:
                continue
            stack.append(child)
    return found


PAIR_HOLDERS = frozenset({"minister", "president", "premier", "leader", "government",
                          "ministry", "delegation", "parliament", "head"})
"""Offices each state has one of: "the two transport ministers", "both governments" are
the two states' own, where "the two Polish ministers" names its one country."""


def _both_countries(trigger: Token, tokens: list[Token], mentions: DocMentions) -> bool:
    return any(t.tag_ in ("NNS", "NN") and any(c.lower_ in BOTH_WORDS for c in t.children)
               and (t.lower_ in SIDE_NOUNS
                    or t.lemma_.lower() in PAIR_HOLDERS and _pair_of_offices(t, mentions)
                    and _party_of(t, trigger))
               for t in tokens)


def _party_of(holder: Token, trigger: Token) -> bool:
    """"The two ministers spoke", "a call between the two ministers": the contact's own
    parties, not offices in a phrase describing them ("contacts, which run through the two
    foreign ministries")."""
    heads = _phrases(trigger)
    return any(holder.i == h.i for h in heads) or holder.dep_ == "pobj" \
        and holder.head.lower_ in ("between", "with", "among") \
        and any(holder.head.head.i == h.i for h in [trigger, *heads])


def _pair_of_offices(holder: Token, mentions: DocMentions) -> bool:
    """"the two (transport) ministers", "both governments": definite, and with no country
    word of their own."""
    return any(c.lower_ in ("the", "both") for c in holder.children) and not any(
        (m := mentions.at(c)) is not None and m.country for c in holder.children)


def _standing_body(trigger: Token) -> bool:
    """"The nineteenth session took place", "the (joint) subcommission ... met": a numbered
    sitting or a definite joint body that names no country or place of its own."""
    if trigger.lemma_ in SITTING_NOUNS and any(
            c.dep_ in ("amod", "compound") and (ORDINAL.fullmatch(c.lower_)
                                              or c.lower_ in SERIES_WORDS)
            for c in trigger.children):
        # (not "the 76th session of the UN General Assembly": that names its body)
        return not any(c.dep_ == "prep" and c.lower_ == "of" for c in trigger.children)
    subjects = subject_of(trigger)[0] if trigger.pos_ in ("VERB", "AUX") else []
    return any(t.lemma_.lower() in BODY_NOUNS and any(c.lower_ == "the" for c in t.children)
               and not any(c.dep_ in ("amod", "compound") and c.lower_ not in JOINT_WORDS
                           for c in t.children)
               for t in subjects)


def _generic(trigger: Token) -> bool:
    """"Services of the two countries exchange information" (a habit, in the present
    simple) and "there were contacts between the two sides" (a claim that contacts exist)
    are no contact of a day."""
    if trigger.tag_ in ("VBP", "VBZ"):
        return True
    verb = trigger.head if trigger.dep_ in ("attr", "nsubj") else trigger
    return any(c.dep_ == "expl" for c in verb.children)


LOCAL_WORDS = frozenset({"local", "regional", "district", "municipal", "city", "town",
                         "village", "provincial", "county"})
GROUP_NOUNS = frozenset({"official", "officials", "authorities", "authority", "people",
                         "residents", "administration", "leaders", "representatives"})
"""A group named by where it lives and no country ("the local officials", "regional and
district officials", "local people"): the people of the place where the contact happens."""
LAWMAKER_NOUNS = frozenset({"deputies", "senators", "lawmakers", "parliamentarians", "mps"})
"""Members of a parliament named with no country and no qualifier ("met deputies and
senators"): the parliament of where the contact happens, as a local group is its place's."""
PEOPLE_NOUNS = GROUP_NOUNS | LAWMAKER_NOUNS
"""Nouns of a group at a contact that may name no country: local people, lawmakers."""
TOGETHER_PREPS = frozenset({"with", "alongside", "beside", "among"})
LOCAL_OFFICE = re.compile(
    r"(?:deputy |vice[- ])?(?:mayor|marshal|voivode|starost|governor|wójt|prefect)\b"
    r"|(?:county|commune|district|municipal|village|town|city) (?:head|chairman|chairwoman)\b"
    r"|(?:deputy )?(?:head|chairman|chairwoman|chair|president) of (?:the )?"
    r"(?:[\w'’-]+ ){0,3}(?:district|commune|county|city|town|village|region|province"
    r"|voivodeship|oblast|municipality)\b", re.IGNORECASE)
"""A local office ("Mayor Tadeusz Truskolaski", "Marshal Artur Kosicki", "county head Henryk
Karwan", "chairman of the village council"): a holder of no named country serves where the
contact happens, as a local group does (a "director of the district's cultural centre"
holds no office of the place)."""


def local_officer(mention: Mention) -> bool:
    """A person of no named country holding a local office (:data:`LOCAL_OFFICE`)."""
    return mention.kind == "person" and mention.country is None \
        and mention.title is not None and LOCAL_OFFICE.match(mention.title) is not None


def _trigger_preps(trigger: Token) -> list[Token]:
    """The prepositions of an act's verb, with those the parser hangs on "together"
    ("together with"), and a "together with" it hangs further down ("laid flowers at the
    memorial together with Belarusian officials": on the memorial)."""
    own = [c for c in trigger.children if c.dep_ == "prep"] + [
        p for c in trigger.children if c.lower_ == "together"
        for p in c.children if p.dep_ == "prep"]
    return own + [t for t in trigger.subtree if t.dep_ == "prep" and t not in own
                  and any(c.lower_ == "together" for c in t.children)]


def _local_group(trigger: Token, tokens: list[Token], mentions: DocMentions) -> bool:
    """Whether the contact's participants include a local group of no named country."""
    heads = list(tokens) + [g for c in _trigger_preps(trigger) if c.lower_ in TOGETHER_PREPS
                            for g in c.subtree]
    for token in heads:
        if token.lower_ not in PEOPLE_NOUNS:
            continue
        words = {c.lower_ for c in token.children if c.dep_ in ("amod", "compound")}
        words |= {g.lower_ for c in token.children if c.dep_ in ("amod", "compound")
                  for g in c.children if g.dep_ == "conj"}
        setting = {t.i for c in token.children if c.dep_ == "prep" and c.lower_ in WHERE_PREPS
                   for t in c.subtree}  # ("local officials in Grodno": where they are)
        own = [m for t in token.subtree if t.i not in setting
               and (m := mentions.at(t)) is not None and m.country]
        if words & LOCAL_WORDS and not own:
            return True
        if token.lower_ in LAWMAKER_NOUNS and not words and not own:
            return True  # ("met deputies and senators": of the parliament where it happens)
    return False


CO_DOER_PREPS = frozenset({"with", "alongside"})


def joint_doers(candidate: Candidate, mentions: DocMentions) -> list[Mention]:
    """"The Polish consul laid flowers together with the Union of Poles in Belarus", "laid
    wreaths alongside Belarusian officials", "the plaque was unveiled in the presence of the
    Polish consul and officials of the Grodno regional committee": who does an act of
    remembrance with its doers, or is present at it, is one of them, as a second subject
    would be (where they did it, and whom they honoured, are not)."""
    trigger = candidate.trigger
    if trigger is None:
        return []
    preps = _trigger_preps(trigger)
    heads = [g for p in preps if p.lower_ in CO_DOER_PREPS
             for g in p.children if g.dep_ == "pobj"]
    heads += [w for p in preps if p.lower_ == "in" for g in p.children
              if g.dep_ == "pobj" and g.lower_ == "presence"
              for o in g.children if o.dep_ == "prep" and o.lower_ == "of"
              for w in o.children if w.dep_ == "pobj"]
    heads += [c for h in heads for c in h.conjuncts]
    words = {t.i for h in heads for t in h.subtree}
    words -= {t.i for h in heads for w in h.subtree
              if w.dep_ == "prep" and w.lower_ in WHERE_PREPS for t in w.subtree}
    return [m for i in sorted(words) if (m := mentions.by_token.get(i)) is not None
            and m.start == i and m.country and m.kind not in ("place", "capital")]


def local_side(candidate: Candidate, mentions: DocMentions, ctx: Context) -> list[Mention]:
    """"Staff of the Polish embassy laid wreaths together with regional and district
    officials": a contact of one named country with a local group of none is with the people
    of where it happens -- the country of its place, or else the other side of the story."""
    trigger = candidate.trigger
    named = candidate.named_countries()
    if trigger is None or len(named) != 1:
        return []
    own = next(iter(named))
    tokens = _participant_tokens(trigger)
    if _local_group(trigger, tokens, mentions):
        host = _host_country(candidate, ctx, own)
    elif any((m := mentions.at(t)) is not None and local_officer(m) for t in tokens):
        host = scene_country(candidate, mentions)
        host = host if host != own else None
    else:
        return []
    return [Mention(trigger.i, trigger.i + 1, "country", host)] if host else []


def scene_country(candidate: Candidate, mentions: DocMentions) -> str | None:
    """The country of the contact's place, or else of the last town or region the article
    named before it ("Białystok now has a Free Belarus Square ... The plaque was unveiled by
    Mayor Tadeusz Truskolaski"): where a local office holder of no named country serves.
    A place that describes a person ("the Polotsk-born writer") is no scene."""
    if candidate.location is not None and candidate.location.country:
        return candidate.location.country
    doc = candidate.sentence.doc
    for mention in reversed(mentions.mentions):
        if mention.start >= candidate.sentence.start or mention.kind != "place" \
                or not mention.country:
            continue
        if not any((m := mentions.at(a)) is not None and m.kind == "person"
                   for a in doc[mention.end - 1].ancestors):
            return mention.country
    return None


def _host_country(candidate: Candidate, ctx: Context, own: str) -> str | None:
    """The country people of no named country at a contact with ``own``'s side belong to:
    that of the contact's place, when it is another, or else ``own``'s other side in the
    story so far (local officials, a kin minority, "local Poles")."""
    where = candidate.location.country if candidate.location is not None else None
    if where is not None and where != own:
        return where
    return ctx.facing(own, candidate.sentence.start)


HOST_HEARERS = frozenset({"host", "hosts"})
"""Hearers named only as a visit's hosts ("he told his hosts"); guests may be of the
speaker's own side ("Duda thanked his guests", members of Poland's Belarusian minority)."""
HEARER_DEPS = frozenset({"dobj", "dative"})
"""How a speech verb's hearer hangs on it ("told his hosts", "asked his hosts to ...")."""


def hosts_told(candidate: Candidate, mentions: DocMentions, ctx: Context) -> list[Mention]:
    """"Poland wants every child to be able to study in the school, he told his hosts",
    "Łatuszka asked his hosts not to ...": words told to the hosts of a visit go to the
    other side of it -- the country of its place, or else the speaker's other side
    in the story (:func:`_host_country`, as for a contact's local people)."""
    trigger = candidate.trigger
    named = candidate.named_countries()
    if candidate.kind != "statement" or trigger is None or len(named) != 1:
        return []
    hearers = [c for c in trigger.children if c.dep_ in HEARER_DEPS
               and c.lower_ in HOST_HEARERS]
    if not hearers or any(mentions.at(t) is not None for h in hearers for t in h.subtree):
        return []  # ("told the Belarusian guests": their own country says it)
    host = _host_country(candidate, ctx, next(iter(named)))
    return [Mention(trigger.i, trigger.i + 1, "country", host)] if host else []


def extra_sides(candidate: Candidate, mentions: DocMentions, ctx: Context) -> list[Mention]:
    """Country mentions to add to a contact that names fewer than two countries."""
    trigger = candidate.trigger
    if candidate.kind != "meeting" or trigger is None:
        return []
    named = candidate.named_countries()
    if len(named) >= 2:
        return []
    tokens = _participant_tokens(trigger)
    where = candidate.location
    places: list[Mention] = []
    for token in sorted(tokens, key=lambda t: t.i):
        mention = mentions.at(token)
        if mention is not None and mention.kind == "place" and mention.country \
                and (where is None or mention.start != where.start
                     or _destination(token, trigger)) \
                and all(p.start != mention.start for p in places):
            places.append(mention)
    places += [m for m in _host_bodies(trigger, mentions) if m.country not in named]
    places += [m for m in minority_homes(tokens, mentions.at) if m.country not in named]
    places += [m for m in _community_of_the_place(candidate, tokens, mentions)
               if m.country not in named]
    if len(named | {m.country for m in places if m.country}) >= 2:
        return [m for m in places if m.country not in named]
    local = local_side(candidate, mentions, ctx)
    if local:
        return local
    if len(named) == 1 and trigger.lemma_.lower() in GUEST_NOUNS:
        host = _host_country(candidate, ctx, next(iter(named)))  # ("officers of the
        # Belarusian ministry were among the guests": a guest has a host, of the place or
        # else the story's other side)
        return [Mention(trigger.i, trigger.i + 1, "country", host)] if host else []
    if len(named) == 1 and _bilateral(trigger) and not _generic(trigger):
        own = next(iter(named))
        other = ctx.facing(own, candidate.sentence.start)
        return [Mention(trigger.i, trigger.i + 1, "country", other)] if other else []
    if (_both_countries(trigger, tokens, mentions) or _standing_body(trigger)) and not _generic(trigger):
        pair = ctx.pair_events[-1][1] if ctx.pair_events else ctx.story
        return [Mention(trigger.i, trigger.i + 1, "country", c) for c in pair if c not in named]
    return []


PLACE_NOUNS = frozenset({"city", "town", "village", "region", "district", "province"})
"""Nouns by which a text refers back to the place it is in ("the city's Polish community")."""


def _community_of_the_place(candidate: Candidate, tokens: list[Token],
                            mentions: DocMentions) -> list[Mention]:
    """"He has also met the city's Polish community": a community of "the city" (or town,
    region) lives where the story is, in the country of the place named last, as "the
    Polish minority in Belarus" lives in Belarus (:func:`minority_homes`)."""
    if not any(t.lower_ in COMMUNITY_NOUNS and any(
            c.dep_ == "poss" and c.lower_ in PLACE_NOUNS and with_the(c) for c in t.children)
            for t in tokens):
        return []
    country = scene_country(candidate, mentions)
    return [Mention(candidate.trigger.i, candidate.trigger.i + 1, "country", country)] \
        if country and candidate.trigger is not None else []


def _bilateral(trigger: Token) -> bool:
    """"A round of bilateral consultations with Belarus's deputy foreign minister": a
    contact called bilateral is between two states, the one named and the story's other."""
    return trigger.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("amod", "compound") and c.lower_ == "bilateral" for c in trigger.children)


def _host_bodies(trigger: Token, mentions: DocMentions) -> list[Mention]:
    """"held talks at the Belarusian foreign ministry": a body of a state named as the
    setting of a contact hosts it, so it is a side (a town there is only where); so does
    whoever organised an occasion attended ("attended a ceremony organised by the Grodno
    regional executive committee")."""
    holders = [trigger] + (objects_of(trigger) if trigger.pos_ in ("VERB", "AUX") else [])
    found: list[Mention] = []
    for holder in holders:
        for acl in (c for c in holder.children if c.dep_ == "acl" and c.tag_ == "VBN"
                    and c.lemma_ in ORGANISER_VERBS):
            for agent in (c for c in acl.children if c.dep_ == "agent"):
                found += [m for g in agent.children if g.dep_ == "pobj"
                          and (m := mentions.at(g)) is not None and m.country
                          and m.kind not in ("place", "capital")]
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ == "at"):
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                mention = mentions.at(pobj)
                if mention is not None and mention.kind not in ("place", "country", "capital",
                                                                "person", "role") \
                        and mention.country:
                    found.append(mention)
    return found


MINORITY_NOUNS = frozenset({"minority", "minorities"})
"""A community or diaspora may be of exiles; a minority lives where it is a minority."""


def _local_nationals(token: Token) -> bool:
    """"local Poles", "the local Belarusians": people of a nation named as living in the
    place, a national minority there."""
    return token.tag_ in ("NNPS", "NNS") and any(
        c.dep_ == "amod" and c.lower_ == "local" for c in token.children)


def residents(candidate: Candidate, mentions: DocMentions, ctx: Context) -> None:
    """"Duda met representatives of Poland's Belarusian minority" (or "of the Belarusian
    minority in Poland"): a minority's nationality word names no side; the state it lives
    in does, so a Pole meeting Poland's Belarusians has no contact with Belarus.  Where the
    text names no home ("he also sat down with representatives of the Polish minority"), a
    national minority lives outside its kin state: in the state where the contact takes
    place, or else the kin state's partner in the story so far."""
    def home(word: Mention) -> Mention | None:
        if word.country and _local_nationals(candidate.sentence.doc[word.end - 1]):
            return living_here(word, word.country)  # "local Poles": the minority there
        noun = candidate.sentence.doc[word.start].head
        if noun.lower_ not in COMMUNITY_NOUNS or word.start == noun.i:
            return None
        owners = [m for c in noun.children if c.dep_ == "poss"
                  if (m := mentions.at(c)) is not None and m.country]
        found = owners or minority_homes([noun], mentions.at)
        if found:
            return found[0]
        if noun.lower_ not in MINORITY_NOUNS or word.country is None:
            return None
        return living_here(word, word.country)

    def living_here(word: Mention, kin: str) -> Mention | None:
        lives = _host_country(candidate, ctx, kin)
        return Mention(word.start, word.end, "country", lives) if lives else None
    for side in (candidate.sources, candidate.targets):
        for index, word in enumerate(side):
            if word.kind == "country" and (state := home(word)) is not None:
                side[index] = state
