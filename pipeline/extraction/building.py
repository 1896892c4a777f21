"""One candidate made into events: its date, speaker, border, sides and country pairs.

:mod:`pipeline.extraction.article` reads an article's sentences in order and keeps the
running context; for each candidate a sentence yields it calls :func:`build_events`, and
for each quotation it closes :func:`quote_statement`.  What decides *who* and *between
which countries* an act is lives here, so the reading loop stays a loop.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from pipeline.extraction.aboutness import event_summary
from pipeline.extraction.borders import (
    across_the_border,
    came_from,
    doers_side,
    names_border,
    origin_side,
)
from pipeline.extraction.cameo_info import cameo_facts
from pipeline.extraction.candidate import Candidate, Context
from pipeline.extraction.dates import ResolvedDate
from pipeline.extraction.dating import date_for
from pipeline.extraction.entities import DocMentions, Mention
from pipeline.extraction.event_pairs import Pair, country_pairs
from pipeline.extraction.events import MAX_PAIRS
from pipeline.extraction.gazetteer import Gazetteer, load_gazetteer
from pipeline.extraction.measure_roles import in_force_sides
from pipeline.extraction.meeting_sides import (
    extra_sides,
    hosts_told,
    joint_doers,
    local_officer,
    local_side,
    residents,
    scene_country,
)
from pipeline.extraction.principals import served_state
from pipeline.extraction.quotes import Quote
from pipeline.extraction.roles import DENIERS, reporter_of
from pipeline.extraction.speakers import (
    counterpart_side,
    home_side,
    host_of,
    posting_of,
    spoken_through,
    voice_of,
    was_told,
)
from pipeline.extraction.stance import verb_stance
from pipeline.extraction.tone import negation_scoped
from pipeline.types import ActorRef, ExtractedEvent, fold

SUMMONS_CODE = "114"
JOINT_ACTS = frozenset({"lay", "pay", "unveil"})
"""Acts of remembrance (triggers.tsv: flowers laid, tribute paid, a plaque unveiled): a
contact only when people of both sides do them together ("activists of the Union of Poles
and staff of the Polish consulate laid flowers"), not where one side's people do them in
the other's country or honour the other's dead."""
DEFINITE = frozenset({"the", "this", "these", "that", "those", "such", "its", "their", "his",
                      "her"})
DENYING = DENIERS | {"reject", "dismiss"}
"""Verbs of a reply that denies what the other side said or did."""
BACK_POINTING = frozenset({"it", "this", "that", "them", "these"})
NO_COMMENT_CODE = "011"
"""Declining to comment says nothing about a relation: it never takes the context's pair."""


GOVERNMENT_OF = "Government of "
"""How a state speaking with no one named for it is named ("Government of Belarus")."""
GOVERNMENT_ACTS = frozenset({"deny", "reject", "dismiss", "refute", "accuse", "condemn",
                             "blame", "protest", "demand", "warn", "urge", "criticise",
                             "criticize"})
"""Acts of words a state does itself ("Minsk denied it", "Warsaw accuses Minsk"): with no
one named for it, it speaks as its government (a lede's may still take the speaker its
body names: ``name_the_lede``).  A plain "Warsaw said" stays the writer's summary."""


def _state_says(trigger: Token, state: Mention) -> bool:
    """The state is the subject of the sentence's own verb ("Minsk denied it", "the Polish
    government warned"), not a state inside what someone else reports ("He said Poland and
    Lithuania followed Washington's line")."""
    return trigger.dep_ in ("ROOT", "conj") and any(
        c.dep_ == "nsubj" and (state.start <= c.i < state.end or c.lemma_ in STATE_NOUNS
                               and any(state.start <= t.i < state.end for t in c.children))
        for c in trigger.children)


STATE_NOUNS = frozenset({"government", "side", "authority", "leadership"})
"""Nouns a state's adjective makes the state itself ("the Polish government")."""


def _refs(mentions: list[Mention], role: str) -> list[ActorRef]:
    refs: list[ActorRef] = []
    for mention in mentions:
        ref = mention.actor_ref(role)
        if ref is not None and all(r.name != ref.name for r in refs):
            refs.append(ref)
    return refs


CREDENTIALS = frozenset({"credentials", "credential", "credence"})


def _credentials(trigger: Token | None) -> bool:
    """"presented his letters of credence to President Duda", "handed over his credentials"."""
    return trigger is not None and any(
        t.lower_ in CREDENTIALS for c in trigger.children if c.dep_ == "dobj" for t in c.subtree)


def _event(candidate: Candidate, pair: Pair, when: ResolvedDate,
           evidence: tuple[int, int, str], tone_text: str, ctx: Context,
           speaker: Mention | None = None) -> ExtractedEvent:
    root, quad, goldstein = cameo_facts(candidate.cameo)
    source, target = pair
    actors = _refs(candidate.sources, "speaker" if speaker else "participant")
    target_role = "participant" if candidate.kind == "meeting" else "target"
    actors += [r for r in _refs(candidate.targets, target_role)
               + _refs(candidate.extra_actors, "participant")
               if all(a.name != r.name for a in actors)]
    location = candidate.location
    where_named = location.surface if location is not None else None
    if where_named is None and candidate.cameo.startswith(SUMMONS_CODE) and source \
            and candidate.kind == "meeting":
        # a diplomat is summoned to the summoning state's ministry, in its capital
        where_named = load_gazetteer().capitals.get(source)
    if where_named is None and candidate.kind == "meeting" and target and target != source \
            and _credentials(candidate.trigger):
        # an envoy presents credentials to the head of the receiving state, in its capital
        where_named = load_gazetteer().capitals.get(target)
    # (the doer named is one of the source's side: "X tweets that Poles detained in Belarus
    # ..." is not an act of X's)
    doer = next((a.name for a in actors if a.country in (source, None)), None)
    summary = event_summary(candidate.kind, candidate.cameo, source, target, where_named,
                            speaker.name if speaker else doer)
    start, end, text = evidence
    event = ExtractedEvent(
        kind=candidate.kind, date=when.date, date_precision=when.precision,
        countries=tuple(sorted({c for c in (source, target) if c})), source_country=source,
        target_country=target,
        location=where_named,
        cameo_code=candidate.cameo, quad_class=quad, goldstein=goldstein, tone=None,
        summary=summary, speaker=speaker.actor_ref("speaker") if speaker else None,
        quote=candidate.quote.text.strip() if candidate.quote and speaker else None,
        actors=actors, evidence=text, char_start=start, char_end=end,
    )
    ctx.tone_texts[id(event)] = tone_text
    ctx.tone_codes[id(event)] = candidate.sentence_codes
    if candidate.kind == "statement" and candidate.trigger is not None \
            and candidate.trigger.pos_ in ("VERB", "AUX"):
        ctx.tone_stance[id(event)] = verb_stance(candidate.trigger)
    return event


def build_events(candidate: Candidate, dated: list[tuple[Span, ResolvedDate]], ctx: Context,
           gaz: Gazetteer, mentions: DocMentions) -> list[ExtractedEvent]:
    when = date_for(candidate.trigger, dated, ctx, words=candidate.kind == "statement")
    if when is None:
        return []
    sentence = candidate.sentence
    evidence = (sentence.start_char, sentence.end_char, sentence.text)
    line = mentions.dateline
    filed_from = [m for m in candidate.sources if line is not None
                  and sentence.doc[m.start].idx < line.end]
    if filed_from and any(m.country and m not in filed_from for m in candidate.sources):
        # "WARSAW, Jan 31 – Belarusian soldiers fired ...", "WARSAW, Dec 7 - Belarus
        # rejected ...", "UNITED NATIONS, Nov 1 – Poland's ambassador to the UN told ...":
        # the place (or body) the report was filed from is no doer or speaker beside the
        # ones the sentence names
        candidate.sources = [m for m in candidate.sources if m not in filed_from]
    speaker = None
    if candidate.kind == "statement":
        # "the ministry's spokesman, X, said": the person speaks (for the body)
        # "X, telling BelTA that Belarus was inviting Poland ...": the state's words are
        # the words of the person reporting them
        body = candidate.sources[0] if candidate.sources \
            and candidate.sources[0].kind in ("capital", "country", "ministry", "org") else None
        state = body if body is not None and body.kind in ("capital", "country") else None
        # ("The Foreign Ministry regrets that ..., ministry spokesman X said": the body's
        # words are the words of its own person who reports them, as a state's are)
        speaker = next((m for m in candidate.sources if m.name and m.kind == "person"), None) \
            or spoken_through(candidate.trigger, mentions) \
            or (reporter_of(candidate.trigger, body, mentions) if body else None) \
            or next((m for m in candidate.sources if m.name), None)
        if speaker is None and state is not None:
            speaker = voice_of(state, mentions, sentence)
        if speaker is None and state is not None and state.country is not None \
                and candidate.trigger is not None \
                and candidate.trigger.lemma_ in GOVERNMENT_ACTS \
                and _state_says(candidate.trigger, state):
            # "Minsk denied it", "the Polish government warned that it would shut the
            # crossing": a state's own act of words, no one named for it, is its
            # government's
            name = gaz.country_names.get(state.country, state.country)
            speaker = Mention(state.start, state.end, "org", state.country,
                              f"{GOVERNMENT_OF}{name}")
        if speaker is not None and speaker.country is None:
            home_side(speaker, candidate, ctx)
        if speaker is not None and speaker.country is None and local_officer(speaker):
            speaker.country = scene_country(candidate, mentions)
    bare = candidate.kind in ("measure", "incident") and names_border(candidate.trigger)
    if bare and not candidate.border:
        if ctx.last_border:
            # "Poland sealed the frontier": the border the article has been talking about
            candidate.border = ctx.last_border
        elif ctx.named_border and candidate.kind == "incident":
            # "on the Polish–Belarusian border ... a group forced its way across the border":
            # a breach of the border the article named (a closure needs its closer's own)
            candidate.border = ctx.named_border
        elif line is not None and line.filed_in:
            # "WARSAW, Jan 31 – Belarusian soldiers fired a flare across the border", "MINSK,
            # 16 March – ... Poland closed its border": a report filed on one side of a
            # border tells of an act from (or a closure by) the other side
            known = {m.country for m in candidate.sources + candidate.targets if m.country}
            if not known and candidate.kind == "incident":  # ("a group forced its way
                known = {m.country for m in came_from(candidate, mentions) if m.country}
                # across the border from Belarus": from where it came)
            if len(known) == 1 and line.filed_in not in known:
                candidate.border = tuple(sorted(known | {line.filed_in}))
    summoned = {m.country for m in candidate.targets if m.country}
    if candidate.kind == "meeting" and candidate.cameo.startswith(SUMMONS_CODE) and summoned \
            and {m.country for m in candidate.sources if m.country} == summoned:
        candidate.sources = []  # no state summons its own envoy: the reporter is not the host
    if candidate.kind == "meeting":
        counterpart_side(candidate, ctx)
        residents(candidate, mentions, ctx)
        if candidate.trigger is not None and candidate.trigger.lemma_ in JOINT_ACTS:
            candidate.sources += local_side(candidate, mentions, ctx) \
                + joint_doers(candidate, mentions)
            if len({m.country for m in candidate.sources if m.country}) < 2:
                return []  # ("with Poland's ambassador she laid wreaths in Hrodna": one side)
    if candidate.kind == "meeting" and not any(m.country for m in candidate.sources) \
            and (candidate.cameo.startswith(SUMMONS_CODE) or was_told(candidate.trigger)):
        candidate.sources += host_of(candidate, ctx)
    if candidate.kind == "incident" and not any(m.country for m in candidate.sources):
        if candidate.border:
            candidate.sources += origin_side(candidate, mentions)
        else:
            placed = doers_side(candidate, mentions, placed=True)
            met = {m.country for m in placed + candidate.targets if m.country}
            if placed and len(met) == 2:  # "standing on the Belarusian side of the border
                candidate.border = tuple(sorted(met))  # threw stones at Polish officers"
            candidate.sources += placed
        if not any(m.country for m in candidate.sources):
            candidate.sources += came_from(candidate, mentions)
        if not any(m.country for m in candidate.sources):
            candidate.sources += across_the_border(candidate, ctx, mentions)
    candidate.targets += extra_sides(candidate, mentions, ctx) + served_state(candidate, mentions) \
        + hosts_told(candidate, mentions, ctx)
    in_force_sides(candidate, ctx)
    pairs = country_pairs(candidate)
    if candidate.kind in ("measure", "incident") and (bare or candidate.border):
        sides = next(((a, b) for a, b in pairs if a and b and a != b), None)
        if sides is not None:
            ctx.last_border = sides
    one_sided = all(p[1] in (None, p[0]) for p in pairs)
    anaphoric = candidate.kind == "statement" and _anaphoric_object(candidate, gaz)
    if one_sided and candidate.kind == "statement" and speaker and speaker.country \
            and (candidate.content is not None or candidate.reported or anaphoric) \
            and not candidate.cameo.startswith(NO_COMMENT_CODE):
        # "X said <a clause naming no other country>" / "Poland would answer it": about X's
        # own country, or about the relation the article is reporting when the clause
        # talks about it
        own = speaker.country
        posting = posting_of(speaker, sentence, mentions)
        target = _context_target(own, sentence.text, ctx, gaz, sentence.start,
                                 posted=lambda: posting
                                 or _story_partner(own, sentence.text, gaz, ctx),
                                 cued=anaphoric)
        if target is None and not any(m.country for m in candidate.targets):
            # "Poland's consul general in Grodno said commemorating the defence of the city
            # was a cherished tradition": a diplomat's words that name no country are said
            # in and about the state he is posted to ("Polish culture is rich": his own)
            target = posting
        if target is not None or not pairs:
            pairs = [(own, target)]
    out: list[ExtractedEvent] = []
    tone_text = negation_scoped(sentence, _speaker_described(candidate))
    for pair in pairs[:MAX_PAIRS]:
        out.append(_event(candidate, pair, when, evidence, tone_text, ctx, speaker))
        if pair[0] and pair[1] and pair[0] != pair[1]:
            ctx.pair_events.append((sentence.start, (pair[0], pair[1])))
    return out


def _speaker_described(candidate: Candidate) -> frozenset[int]:
    """"Paweł Siewiaryniec, one of the activists who have been protesting against a
    restaurant by the graves, said Belarusians were grateful to Poland": the clause that
    describes the speaker is not what the speaker says, so it lends the words no tone."""
    trigger = candidate.trigger
    if candidate.kind != "statement" or trigger is None:
        return frozenset()
    return frozenset(t.i for subject in trigger.children if subject.dep_ == "nsubj"
                     for part in subject.children if part.dep_ in ("relcl", "acl", "appos")
                     for t in part.subtree)


def quote_statement(quote: Quote, dated: list[tuple[Span, ResolvedDate]], ctx: Context,
                     gaz: Gazetteer, mentions: DocMentions,
                     so_far: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """The statement a quotation makes, unless the quotation reports an event itself."""
    first, last = quote.sentences[0], quote.sentences[-1]
    start, end = first.start_char, last.end_char
    if any(e.char_start is not None and start <= e.char_start < end and e.kind != "statement"
           and len(e.countries) == 2 for e in so_far):
        return []  # "Consultations ... are underway," the MoD reports: the meeting is the news
    speaker = quote.speaker
    if speaker is None or speaker.country is None:
        return []
    # the quotation and its attribution clause ("..., X said, referring to Minsk")
    # (an interview answer is also about what its question asked)
    window = start if quote.about_start is None else min(start, quote.about_start)
    inside = [m for m in mentions.mentions if m.is_actor and m.country and m is not speaker
              and window <= first.doc[m.start].idx < max(end, quote.end_char)]
    others = [c for c in dict.fromkeys(m.country for m in inside) if c and c != speaker.country]
    across = next((m.neighbour for m in mentions.mentions if m.neighbour
                   and m.country == speaker.country
                   and window <= first.doc[m.start].idx < max(end, quote.end_char)), None)
    if across is not None:  # a crossing of one's own names the neighbour concerned
        others = [across] + [o for o in others if o != across]
    target: str | None = None  # many or no other countries: a one-country statement
    if len(others) in (1, 2):
        target = others[0]
    elif not others:
        target = _context_target(speaker.country, quote.text, ctx, gaz)
    code = "010"
    if quote.verb is not None:
        triggers = gaz.triggers.get(quote.verb.lemma_.lower(), [])
        code = next((t.cameo for t in triggers if t.kind == "statement"), "010")
    trigger = quote.verb if quote.verb is not None and quote.verb.sent.start >= first.start \
        else None
    candidate = Candidate("statement", code, [speaker], [], None, last, trigger, quote=quote)
    when = date_for(trigger, dated, ctx, words=True)
    if when is None:
        return []
    evidence = (start, end, quote.document_text[start:end])
    # a quotation is read in its sentences: the words around it are the speaker's too
    # ("feared 'in the most serious way' what he called ...": the fragment alone is flat)
    event = _event(candidate, (speaker.country, target), when, evidence, evidence[2], ctx,
                   speaker)
    if target is not None and target != speaker.country:
        ctx.pair_events.append((first.start, (speaker.country, target)))
    return [event]


def _anaphoric_object(candidate: Candidate, gaz: Gazetteer) -> bool:
    """'called the accusations absurd', 'condemned the verdict': the statement's object is a
    definite noun that refers back to an act the article reported (event_anaphors.tsv).  A
    denial answers what was said before it: "Minsk denied it", "Warsaw denied any
    violation" point back as well."""
    if candidate.trigger is None:
        return False
    denial = candidate.trigger.lemma_ in DENYING
    for child in candidate.trigger.children:
        if child.dep_ not in ("dobj", "nsubjpass"):
            continue
        if denial and child.lower_ in BACK_POINTING:
            return True
        if fold(child.lower_) in gaz.anaphor_nouns and any(
                d.lower_ in DEFINITE or denial and d.lower_ == "any"
                for d in child.children if d.dep_ in ("det", "poss")):
            return True
    return False


def _context_target(country: str, text: str, ctx: Context, gaz: Gazetteer,
                    before: int | None = None,
                    posted: Callable[[], str | None] = lambda: None,
                    cued: bool = False) -> str | None:
    """The other side of the article's last two-country event involving ``country`` when the
    text speaks of "the visit", "bilateral relations"...; else None (a one-country event).
    Only events of earlier sentences count (``before``: this sentence's first token): the
    context is what the article had established when the statement was made.  With no such
    event, ``posted`` may name one (the state a diplomat speaker is posted to, or the
    article's other country: :func:`_story_partner`).  ``cued``:
    the words point back to an act already told ("Minsk denied it")."""
    if not cued and not _has_cue(text, gaz):
        return None
    return ctx.partner_of(country, before) or posted()


def _has_cue(text: str, gaz: Gazetteer) -> bool:
    return bool(_words(text) & (gaz.cue_words | gaz.anaphor_nouns))


def _words(text: str) -> set[str]:
    return {fold(w.strip(".,;:!?“”\"'()")) for w in text.split()}


def _story_partner(country: str, text: str, gaz: Gazetteer, ctx: Context) -> str | None:
    """"Czaputowicz noted that trade between the two countries keeps growing", before the
    article has reported any event of two countries: words of a relation refer to the two
    countries the whole article names most, when the speaker's is one of them.  Words of a
    place ("the border was quiet") or a reply do not (relation_cues.tsv): one's own border
    is one's own, and a reply answers an exchange the article has not told."""
    if not _words(text) & gaz.relation_words:
        return None
    return ctx.story_partner(country)
