"""Article-level assembly: quotations, context, merging (dates: :mod:`dating`, country
pairs: :mod:`event_pairs`).

See :mod:`pipeline.extraction.events` for the principles; this module reads the sentences
in order, keeps the running context (anchor date for "four days later", the paragraph's
date, the last two-country events) and turns candidates into :class:`ExtractedEvent`.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Callable

from spacy.tokens import Doc, Span

from pipeline.extraction.aboutness import (
    about_measure,
    about_the_story_pair,
    event_summary,
    seat_embassies,
)
from pipeline.extraction.arguments import gives_figures
from pipeline.extraction.attribution import phrase_words
from pipeline.extraction.borders import (
    across_the_border,
    came_from,
    doers_side,
    named_border,
    names_border,
    origin_side,
)
from pipeline.extraction.cameo_info import cameo_facts
from pipeline.extraction.candidate import Candidate, Context
from pipeline.extraction.dates import ResolvedDate, names_the_day
from pipeline.extraction.dating import date_for, fell_back, standing_position
from pipeline.extraction.entities import DocMentions, Mention, find_mentions
from pipeline.extraction.event_merge import (
    join_remarks,
    merge_events,
    name_the_lede,
    one_per_occasion,
    speakers_day,
)
from pipeline.extraction.event_pairs import Pair, country_pairs
from pipeline.extraction.events import MAX_PAIRS, sentence_candidates
from pipeline.extraction.gazetteer import Gazetteer, load_gazetteer
from pipeline.extraction.headings import entry_stamp, heading_date
from pipeline.extraction.measure_roles import in_force_sides, proposed
from pipeline.extraction.meeting_sides import extra_sides, residents
from pipeline.extraction.occasions import occasion_referred, told_at_another_time
from pipeline.extraction.principals import served_state
from pipeline.extraction.quotes import Quote, find_quotes
from pipeline.extraction.retold import (
    after_publication,
    intended,
    message_hearers,
    planned,
    quoted_words,
    reports_own_act,
    said_by_publication,
    said_in_the_call,
    words_retold,
)
from pipeline.extraction.roles import DENIERS, reporter_of
from pipeline.extraction.sentence_dates import ANCHOR_DAYS, sentence_dates
from pipeline.extraction.speakers import (
    counterpart_side,
    home_side,
    host_of,
    posting_of,
    voice_of,
    was_told,
)
from pipeline.extraction.stance import verb_stance
from pipeline.extraction.story_day import is_background
from pipeline.extraction.tone import lean_from_exchange, negation_scoped, tone
from pipeline.types import ActorRef, ExtractedEvent, fold

DATE_LABELS = frozenset({"DATE", "TIME"})
SUMMONS_CODE = "114"
DEFINITE = frozenset({"the", "this", "these", "that", "those", "such", "its", "their", "his",
                      "her"})
DENYING = DENIERS | {"reject", "dismiss"}
"""Verbs of a reply that denies what the other side said or did."""
BACK_POINTING = frozenset({"it", "this", "that", "them", "these"})
PLAIN_SAYING = "010"
NO_COMMENT_CODE = "011"
"""Declining to comment says nothing about a relation: it never takes the context's pair."""


def _sentences(doc: Doc) -> tuple[list[Span], list[int]]:
    """Non-blank sentences (whitespace trimmed) and the paragraph number of each."""
    spans: list[Span] = []
    paragraphs: list[int] = []
    paragraph = 0
    for sent in doc.sents:
        start, end = sent.start, sent.end
        while start < end and doc[start].is_space:
            if "\n" in doc[start].text:
                paragraph += 1
            start += 1
        if start > 0 and doc[start - 1].is_space and "\n" in doc[start - 1].text \
                and start - 1 < sent.start:
            paragraph += 1
        while end > start and doc[end - 1].is_space:
            end -= 1
        if end > start:
            spans.append(doc[start:end])
            paragraphs.append(paragraph)
        if sent.end > sent.start and doc[sent.end - 1].is_space and "\n" in doc[sent.end - 1].text:
            paragraph += 1
    return spans, paragraphs


def extract_doc(doc: Doc, published: dt.date | None) -> list[ExtractedEvent]:
    """All events of one parsed article (``doc`` is the parse of ``Article.text``)."""
    gaz = load_gazetteer()
    mentions = find_mentions(doc, published)
    sentences, paragraphs = _sentences(doc)
    quotes = find_quotes(doc, sentences, mentions)
    phrase_at = phrase_words(doc)  # "according to", "in his view": one scan of the text
    attribution_tokens = {q.verb.i for q in quotes if q.verb is not None}
    quote_ranges = [(q.start_char, q.end_char) for q in quotes]
    quote_end_at = {id(q.sentences[-1]): q for q in quotes}
    quote_of_sentence = {s.start: q for q in quotes for s in q.sentences}
    line = mentions.dateline
    reference = line.day if line is not None and line.day is not None else published
    ctx = Context(reference, reference)  # a wire report dated the day before publication
    events: list[ExtractedEvent] = []
    said_about: dict[int, set[str]] = {}  # statement id -> the countries its words name
    own_occasion: set[int] = set()  # statements the text sets at another time
    own_day: set[int] = set()  # events dated by a date their own sentence gives
    para_day: set[int] = set()  # events of a paragraph that had given a day by then
    current_paragraph = -1
    date_ents = [e for e in doc.ents if e.label_ in DATE_LABELS  # (a dateline's day is the
                 and (line is None or e.start_char >= line.end)]  # report's, not an act's)
    date_starts = [e.start for e in date_ents]
    for sentence, paragraph in zip(sentences, paragraphs, strict=True):
        opening = paragraph != current_paragraph  # (the paragraph's first sentence)
        if opening:
            if current_paragraph != -1 and ctx.lede_story is None and ctx.story_date \
                    and ctx.published and 0 <= (ctx.published - ctx.story_date).days <= ANCHOR_DAYS:
                ctx.lede_story = ctx.story_date  # the news day: the first the text gives
                # ("... is free again. / The office announced on Tuesday ... / Warsaw reacted")
            current_paragraph, ctx.paragraph_date = paragraph, None
        heading = heading_date(sentence.text, ctx.published) if len(sentence) <= 8 else None
        if heading is not None:
            ctx.section_date = ctx.anchor = ctx.story_date = heading
            continue
        stamp = entry_stamp(sentence, ctx.published) if opening else None
        if stamp is not None:  # ("THURSDAY – X says ...": the entry's day, as a heading's)
            ctx.section_date = ctx.anchor = ctx.story_date = stamp
        ctx.named_border = named_border(sentence, mentions) or ctx.named_border
        first = bisect_left(date_starts, sentence.start)
        last = bisect_left(date_starts, sentence.end)
        ctx.previous_story = ctx.story_date  # a date of this sentence's other clauses is
        dated = sentence_dates(date_ents[first:last], quote_ranges, ctx)  # not its fallback
        if not dated and (at := occasion_referred(sentence, ctx)) is not None:
            ctx.paragraph_date = at  # ("Much of the session was spent on ...")
        produced: dict[int, set[str]] = {}  # trigger -> countries of the act it made
        said_here: list[ExtractedEvent] = []  # this sentence's statements ("He added" next)
        candidates = sentence_candidates(sentence, mentions, gaz, attribution_tokens,
                                         phrase_at)
        for candidate in candidates:
            if words_retold(candidate, candidates) or said_in_the_call(candidate, candidates):
                continue  # "according to her, Morawiecki promised ...": her statement
            if candidate.content is not None and reports_own_act(candidate, produced):
                continue  # the reported event stands for the report
            candidate.targets += message_hearers(candidate, produced)
            if paragraph > paragraphs[0] and standing_position(candidate, dated):
                continue  # background; (in the lede, the present tells the news itself)
            if candidate.kind == "measure" and candidate.trigger is not None \
                    and proposed(candidate.trigger):
                continue  # an act put forward, not done: the saying stays a statement
            if candidate.kind == "statement" and candidate.cameo == PLAIN_SAYING \
                    and candidate.trigger is not None and gives_figures(candidate.trigger):
                continue  # figures given, no statement made
            candidate.quote = quote_of_sentence.get(sentence.start)
            if quoted_words(candidate):
                continue  # "'Poland is to blame,' he said": the quote is his statement
            built = _build(candidate, dated, ctx, gaz, mentions)
            if candidate.kind == "meeting" and candidate.trigger is not None \
                    and intended(candidate.trigger) and published is not None \
                    and any(resolved.date == published for _, resolved in dated):
                # "Later on Thursday she was due to meet Duda": a contact still ahead on the
                # day the sentence names, the report's, has not taken place when it is
                # written (undated, "will be summoned" may be the news of the day itself)
                built = [e for e in built if e.date < published]
            for event in built if candidate.kind == "statement" else ():
                said_about[id(event)] = {m.country for m in candidate.targets if m.country}
                if told_at_another_time(candidate.trigger):
                    own_occasion.add(id(event))  # ("She had said earlier ...": another talk)
            if candidate.trigger is not None and not intended(candidate.trigger) and any(
                    len(e.countries) == 2 and e.kind not in ("other", "statement")
                    and not planned(e, published) for e in built):
                # a reported act stands for the report; a *future* act is also a statement
                # of intent ("Tusk said Poland would reopen the crossings": both); another
                # side's words do not ("told an audience that Duda had gone to Xi to ask
                # him to rein in Lukashenko": the teller's claim is the statement); an act
                # dated after publication ("announced he would on Monday ...") is a plan
                produced[candidate.trigger.i] = {c for e in built for c in e.countries}
            if ctx.paragraph_date is not None:  # (dated by its own paragraph's day)
                para_day.update(id(e) for e in built)
            own_day.update(id(e) for e in built if any(  # ("this week" names no one day)
                resolved.date == e.date and names_the_day(ent.text) for ent, resolved in dated))
            events += built
            said_here += [e for e in built if e.kind == "statement"]
        if not dated and events and events[-1].char_start == sentence.start_char \
                and events[-1].date_precision == "day" and not fell_back(events[-1], ctx):
            # "the same day" after an undated sentence is that sentence's (story) day
            ctx.anchor = events[-1].date
        ctx.last_said = ResolvedDate(said_here[-1].date, said_here[-1].date_precision) \
            if said_here else None
        quote = quote_end_at.get(id(sentence))
        if quote is None:
            quote = next((q for q in quotes if q.sentences[-1].start == sentence.start), None)
        if quote is not None and quote.speaker is not None:
            events += _quote_statement(quote, dated, ctx, gaz, mentions, events)
        story_dates = [resolved for ent, resolved in dated if not is_background(ent)
                       and (ctx.published is None or resolved.date <= ctx.published)]
        # (a day after publication is a plan's: it cannot date what the paragraph reports)
        if story_dates:
            ctx.paragraph_date = story_dates[-1]
    lede_end = max((s.end_char for s, p in zip(sentences, paragraphs, strict=True)
                    if p == paragraphs[0]), default=0)
    speakers_day(events, own_day, own_occasion | para_day)
    for event in events:
        about_measure(event, events)
        said_by_publication(event, published)
    about_the_story_pair(events, said_about)
    seat_embassies(events)
    merged = name_the_lede(merge_events(events, published), lede_end, published, own_day)
    # a contact dated after the report ("the forum will be held in February") is a plan:
    # the announcement is the statement, no contact has taken place yet
    merged = [e for e in merged if e.kind != "meeting" or not after_publication(e, published)]
    # a statement is someone's words: in the body, a plain saying with no speaker found
    # ("Warsaw indicated that ...", "according to the Belarusian side, 92,000 people
    # visited", "It said ..." with no body to refer to) is the writer's summary or an
    # unresolved voice; a state's specific act of words ("Warsaw accuses Minsk on Tuesday
    # of ...") and the lede's ("Belarus accused Poland on Monday") stay its statements
    merged = [e for e in merged if e.kind != "statement" or e.speaker is not None
              or (e.char_start or 0) < lede_end or e.cameo_code != PLAIN_SAYING]
    for event in merged:  # scored once per surviving event (VADER is the costly part)
        codes = (event.cameo_code or "",) + ctx.tone_codes.get(id(event), ())
        event.tone = tone(ctx.tone_texts.get(id(event), event.evidence or ""), codes,
                          ctx.tone_stance.get(id(event), 0.0))
    merged = join_remarks(merged, doc.text)  # (their tones decide the joined one's)
    merged = one_per_occasion(merged, own_occasion)  # (joined remarks count once)
    lean_from_exchange(merged)
    return merged


def _refs(mentions: list[Mention], role: str) -> list[ActorRef]:
    refs: list[ActorRef] = []
    for mention in mentions:
        ref = mention.actor_ref(role)
        if ref is not None and all(r.name != ref.name for r in refs):
            refs.append(ref)
    return refs



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


def _build(candidate: Candidate, dated: list[tuple[Span, ResolvedDate]], ctx: Context,
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
        state = candidate.sources[0] if candidate.sources \
            and candidate.sources[0].kind in ("capital", "country") else None
        speaker = next((m for m in candidate.sources if m.name and m.kind == "person"), None) \
            or (reporter_of(candidate.trigger, state, mentions) if state else None) \
            or next((m for m in candidate.sources if m.name), None)
        if speaker is None and state is not None:
            speaker = voice_of(state, mentions, sentence)
        if speaker is not None and speaker.country is None:
            home_side(speaker, candidate, ctx)
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
        residents(candidate, mentions)
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
    candidate.targets += extra_sides(candidate, mentions, ctx) + served_state(candidate, mentions)
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
        target = _context_target(speaker.country, sentence.text, ctx, gaz, sentence.start,
                                 posted=lambda: posting_of(speaker, sentence, mentions),
                                 cued=anaphoric)
        if target is not None or not pairs:
            pairs = [(speaker.country, target)]
    out: list[ExtractedEvent] = []
    tone_text = negation_scoped(sentence)
    for pair in pairs[:MAX_PAIRS]:
        out.append(_event(candidate, pair, when, evidence, tone_text, ctx, speaker))
        if pair[0] and pair[1] and pair[0] != pair[1]:
            ctx.pair_events.append((sentence.start, (pair[0], pair[1])))
    return out


def _quote_statement(quote: Quote, dated: list[tuple[Span, ResolvedDate]], ctx: Context,
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
    event, ``posted`` may name one (the state a diplomat speaker is posted to).  ``cued``:
    the words point back to an act already told ("Minsk denied it")."""
    if not cued and not _has_cue(text, gaz):
        return None
    return ctx.partner_of(country, before) or posted()


def _has_cue(text: str, gaz: Gazetteer) -> bool:
    words = {fold(w.strip(".,;:!?“”\"'()")) for w in text.split()}
    return bool(words & (gaz.cue_words | gaz.anaphor_nouns))
