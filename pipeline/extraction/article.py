"""Article-level assembly: the reading loop, quotations, merging (one candidate's events:
:mod:`building`; dates: :mod:`dating`; country pairs: :mod:`event_pairs`).

See :mod:`pipeline.extraction.events` for the principles; this module reads the sentences
in order, keeps the running context (anchor date for "four days later", the paragraph's
date, the last two-country events), hands each candidate to :func:`build_events` and
then merges and scores what the article yielded.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left

from spacy.tokens import Doc, Span

from pipeline.extraction.aboutness import (
    about_measure,
    about_the_story_pair,
    place_at,
    retarget,
    seat_embassies,
)
from pipeline.extraction.arguments import (
    attended_by,
    figures_clause,
    gives_figures,
    institution_visit,
)
from pipeline.extraction.attribution import phrase_words
from pipeline.extraction.borders import named_border
from pipeline.extraction.building import GOVERNMENT_OF, build_events, quote_statement
from pipeline.extraction.candidate import Context
from pipeline.extraction.dates import ResolvedDate, names_the_day
from pipeline.extraction.dating import fell_back, standing_position
from pipeline.extraction.entities import find_mentions
from pipeline.extraction.event_merge import (
    join_remarks,
    merge_events,
    name_the_lede,
    one_per_occasion,
    speakers_day,
)
from pipeline.extraction.events import sentence_candidates
from pipeline.extraction.gazetteer import load_gazetteer
from pipeline.extraction.headings import entry_stamp, heading_date
from pipeline.extraction.measure_roles import proposed
from pipeline.extraction.mention import Dateline, doc_sentences
from pipeline.extraction.occasions import occasion_referred, told_at_another_time
from pipeline.extraction.quotes import find_quotes
from pipeline.extraction.retold import (
    after_publication,
    contacts_told,
    incidents_reported,
    intended,
    message_hearers,
    places_an_incident,
    planned,
    quoted_words,
    reports_own_act,
    said_by_publication,
    said_in_the_call,
    said_in_the_letter,
    told_in_contact,
    voice_of_the_state,
    words_retold,
)
from pipeline.extraction.sentence_dates import ANCHOR_DAYS, sentence_dates
from pipeline.extraction.story_day import (
    contact_placed,
    date_the_told_contact,
    flashback_opening,
    is_background,
)
from pipeline.extraction.tone import exiles_to_hosts, lean_from_exchange, tone
from pipeline.extraction.tone_model import apply_learned_tone
from pipeline.types import ExtractedEvent

DATE_LABELS = frozenset({"DATE", "TIME"})
PLAIN_SAYING = "010"


def _sentences(doc: Doc) -> tuple[list[Span], list[int]]:
    """Non-blank sentences (whitespace trimmed) and the paragraph number of each."""
    spans: list[Span] = []
    paragraphs: list[int] = []
    paragraph = 0
    for sent in doc_sentences(doc):
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


def extract_doc(doc: Doc, published: dt.date | None,
                learned_tone: bool = True) -> list[ExtractedEvent]:
    """All events of one parsed article (``doc`` is the parse of ``Article.text``); with
    ``learned_tone`` off, statements keep the rule tone (what the classifier is trained on)."""
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
    ctx.story = mentions.story_pair()
    events: list[ExtractedEvent] = []
    said_about: dict[int, set[str]] = {}  # statement id -> the countries its words name
    own_occasion: set[int] = set()  # statements the text sets at another time
    own_day: set[int] = set()  # events dated by a date their own sentence gives
    attended: set[int] = set()  # contacts told by who attended them
    visits: set[int] = set()  # visits to a school, a museum, a plant
    para_day: set[int] = set()  # events of a paragraph that had given a day by then
    current_paragraph = -1
    contact: tuple[dt.date, set[str]] | None = None  # the last contact's day and people
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
        incidents_here: dict[int, list[ExtractedEvent]] = {}  # trigger -> its incidents
        said_here: list[ExtractedEvent] = []  # this sentence's statements ("He added" next)
        candidates = sentence_candidates(sentence, mentions, gaz, attribution_tokens,
                                         phrase_at)
        candidates = contacts_told(candidates, mentions)
        for candidate in candidates:
            candidate.sources = voice_of_the_state(candidate, candidates) or candidate.sources
            if words_retold(candidate, candidates) or said_in_the_call(candidate, candidates) \
                    or said_in_the_letter(candidate, candidates):
                continue  # "according to her, Morawiecki promised ...": her statement
            if candidate.content is not None and reports_own_act(candidate, produced):
                continue  # the reported event stands for the report
            if (reported := incidents_reported(candidate, incidents_here)) is not None:
                for incident in reported[1]:  # ("the State Border Committee said Polish
                    retarget(incident, incident.countries[0], reported[0])  # soldiers fired
                continue  # shots across the border": the incident's source, no statement
            if places_an_incident(candidate):
                continue  # ("the incident happened at 8 p.m., the command said": its source)
            candidate.targets += message_hearers(candidate, produced)
            if paragraph > paragraphs[0] and standing_position(candidate, dated):
                continue  # background; (in the lede, the present tells the news itself)
            if candidate.kind == "measure" and candidate.trigger is not None \
                    and proposed(candidate.trigger):
                continue  # an act put forward, not done: the saying stays a statement
            if candidate.kind == "statement" and candidate.cameo == PLAIN_SAYING \
                    and candidate.trigger is not None and (
                        gives_figures(candidate.trigger) or candidate.trigger.i in (
                            candidate.content or ()) and figures_clause(candidate.trigger)):
                continue  # figures given, no statement made (also "according to PAIH,
                # exports passed 1.7 billion euros": the phrase's clause is its content)
            candidate.quote = quote_of_sentence.get(sentence.start)
            if quoted_words(candidate):
                continue  # "'Poland is to blame,' he said": the quote is his statement
            built = build_events(candidate, dated, ctx, gaz, mentions)
            built = [e for e in built if e.kind != "statement" or e.speaker is None
                     or e.speaker.name not in gaz.monitors]  # ("..., Viasna has reported": news)
            if contact is not None and told_in_contact(candidate, mentions, contact[1]) \
                    and all(e.date == contact[0] for e in built):
                continue  # ("Duda told her it was a difficult time": the call's content)
            if candidate.kind == "meeting" and any(len(e.countries) == 2 for e in built):
                people = {m.name for m in candidate.sources + candidate.targets
                          if m.kind == "person" and m.name}
                contact = (built[0].date, people) if len(people) >= 2 else None
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
            if ctx.paragraph_date is not None or ctx.section_date is not None:
                para_day.update(id(e) for e in built)  # (dated by its own paragraph's day,
                # or its live-blog section's: "TUESDAY / Speaking to reporters afterwards,
                # she said" is not the remark she made on Monday)
            own_day.update(id(e) for e in built if any(  # ("this week" names no one day)
                resolved.date == e.date and names_the_day(ent.text) for ent, resolved in dated))
            if candidate.trigger is not None and attended_by(candidate.trigger):
                attended.update(id(e) for e in built)
            if candidate.trigger is not None and institution_visit(candidate.trigger, mentions):
                visits.update(id(e) for e in built)
            if candidate.kind == "incident" and candidate.trigger is not None:
                incidents_here[candidate.trigger.i] = built
            events += built
            said_here += [e for e in built if e.kind == "statement"]
        placed = contact_placed(dated)
        if placed is not None:  # ("... spent two days this week talking in Brest. The
            date_the_told_contact(events, placed, sentence.start_char, ctx.published, own_day)
            # meeting opened on Tuesday")
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
            events += quote_statement(quote, dated, ctx, gaz, mentions, events)
        story_dates = [resolved for ent, resolved in dated
                       if (not is_background(ent) or opening and flashback_opening(ent))
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
    voiced = {id(e): e.speaker for e in events if e.speaker is not None
              and e.speaker.name.startswith(GOVERNMENT_OF) and (e.char_start or 0) < lede_end}
    for event in events:  # ("Belarus on Tuesday rejected an allegation ... [...] Anton
        if id(event) in voiced:  # Bychkovsky said": the lede takes the body's speaker)
            event.speaker = None
    merged = name_the_lede(merge_events(events, published, attended, visits), lede_end,
                           published, own_day)
    for event in merged:
        if event.speaker is None and id(event) in voiced:
            event.speaker = voiced[id(event)]
    # a contact dated after the report ("the forum will be held in February") is a plan:
    # the announcement is the statement, no contact has taken place yet
    merged = [e for e in merged if e.kind != "meeting" or not after_publication(e, published)]
    # a statement is someone's words: in the body, a plain saying with no speaker found
    # ("Warsaw indicated that ...", "according to the Belarusian side, 92,000 people
    # visited", "It said ..." with no body to refer to) is the writer's summary or an
    # unresolved voice; the lede's acts of words ("Belarus accused Poland on Monday") stay
    # its statements, as news ledes and the PETR-2 sentences tell them
    merged = [e for e in merged if not _unvoiced(e, lede_end) or e.cameo_code != PLAIN_SAYING]
    for event in merged:  # scored once per surviving event (VADER is the costly part)
        codes = (event.cameo_code or "",) + ctx.tone_codes.get(id(event), ())
        event.tone = tone(ctx.tone_texts.get(id(event), event.evidence or ""), codes,
                          ctx.tone_stance.get(id(event), 0.0))
    merged = join_remarks(merged, doc.text)  # (their tones decide the joined one's)
    merged = one_per_occasion(merged, own_occasion)  # (joined remarks count once)
    lean_from_exchange(merged)  # (a speakerless act of words still tells the exchange's lean)
    # nor is a specific act of words kept in the body with no one found to do it ("The
    # Polish ambassador also accused Moscow" with no ambassador named, "Polish hauliers used
    # the session to complain"): no one could filter by it or hold anyone to it; a state's
    # own act names its government (building.GOVERNMENT_ACTS)
    kept = [e for e in merged if not _unvoiced(e, lede_end)]
    placed_by_dateline(kept, line, lede_end)
    if learned_tone:  # the classifier reads a statement's sign, except what an exile
        apply_learned_tone(kept, doc)  # says to the state sheltering them (not trained on)
        exiles_to_hosts(kept)
    return kept


def placed_by_dateline(events: list[ExtractedEvent], line: Dateline | None,
                       lede_end: int) -> None:
    """"MINSK, 10 November – The Belarusian Foreign Ministry on Monday held a meeting with
    Poland's chargé d'affaires": a contact the lede tells without naming a place was held
    where the report was filed, when that place is on one of the contact's sides."""
    if line is None or line.place is None or line.place_country is None:
        return
    for event in events:
        if event.kind == "meeting" and event.location is None \
                and (event.char_start or 0) < lede_end and line.place_country in event.countries:
            place_at(event, line.place)


def _unvoiced(event: ExtractedEvent, lede_end: int) -> bool:
    """A statement in the body (past the lede) that no one was found to speak."""
    return event.kind == "statement" and event.speaker is None \
        and (event.char_start or 0) >= lede_end
