"""One event per act within an article.

Split out of :mod:`article`: the same meeting told in three sentences, a statement found
both by its verb and by its quotation, one-country copies of a two-country act, and
back-to-back remarks of one speaker all become one event, so the timeline shows each act
once (duplicates across articles are :mod:`pipeline.merge`'s job).
"""

from __future__ import annotations

import datetime as dt

from pipeline.extraction.aboutness import place_at
from pipeline.extraction.events import SUMMONS_CODE
from pipeline.extraction.tone import NEUTRAL_BAND
from pipeline.types import ExtractedEvent


def _score(event: ExtractedEvent) -> int:
    named = sum(1 for a in event.actors if a.name)
    return named + (1 if event.location else 0)


def _rank(event: ExtractedEvent) -> tuple[int, int]:
    """Of two statements found in one sentence, the specific act ("mocked the vote")
    tells more than the plain saying it came with ("writing that ..."); of two sentences
    telling one contact, the talks tell more than the trip; then the one with more named
    actors."""
    specific = int(event.kind == "statement" and event.cameo_code not in (None, "010")
                   or event.kind == "meeting" and event.cameo_code not in VISIT_CODES)
    return (specific, _score(event))


VISIT_CODES = frozenset({None, "042", "043"})
"""A trip ("arrived in Minsk on Sunday") merged with the talks it was for ("the next day
they held talks at the ministry"): the talks are the contact, on their own day."""


def _reproach_sets_tone(kept: ExtractedEvent, folded: ExtractedEvent) -> None:
    """Remarks folded into one statement: a clear reproach in any of them sets their tone,
    unless the kept one is a friendly act of diplomatic cooperation (CAMEO 05: thanks,
    praise, support; "used the visit to thank the marshal"), which is about the relation
    itself."""
    if (kept.cameo_code or "").startswith("05") and (kept.tone or 0.0) >= NEUTRAL_BAND:
        return
    if (folded.tone or 0.0) <= -NEUTRAL_BAND and (folded.tone or 0.0) < (kept.tone or 0.0):
        kept.tone = folded.tone


def _add_actors(kept: ExtractedEvent, absorbed: ExtractedEvent) -> None:
    """The actors of an event folded into another that it does not name yet."""
    for actor in absorbed.actors:
        if all(a.name != actor.name for a in kept.actors):
            kept.actors.append(actor)


def merge_events(events: list[ExtractedEvent], published: dt.date | None = None,
                 attended: set[int] | frozenset[int] = frozenset(),
                 visits: set[int] | frozenset[int] = frozenset()) -> list[ExtractedEvent]:
    """One meeting per pair and day; one statement per speaker, sentence and pair (on the
    day the sentence gives it: "Before flying on 22 June, Duda said ... what he called a
    hybrid attack" -- the verdict found in passing took only the publication day).  The
    people a contact "was attended by" (ids in ``attended``) are guests at a contact of
    that day, not other hosts holding another.  A visit to an institution (ids in
    ``visits``: "the same day he visited state school No. 69 in Minsk") is a contact apart
    from the talks of its day told in another sentence."""
    merged: list[ExtractedEvent] = []
    for event in events:
        guests = id(event) in attended
        twin = next((m for m in merged
                     if _same(m, event, guests or id(m) in attended)
                     and not _visit_apart(m, event, visits)), None)
        if twin is None:
            merged.append(event)
            continue
        best, other = (event, twin) if _rank(event) > _rank(twin) else (twin, event)
        _add_actors(best, other)
        place_at(best, other.location)  # (and in its summary)
        best.speaker = best.speaker or other.speaker  # (a quotation's words, a verb's voice)
        if best.kind == "statement" and best.date == published and other.date != published:
            best.date, best.date_precision = other.date, other.date_precision
        merged[merged.index(twin)] = best
    return [e for e in merged if not _shadowed(e, merged)]


def join_remarks(events: list[ExtractedEvent], text: str) -> list[ExtractedEvent]:
    """"Minsk rejected the charge. The Belarusian Ministry of Defence said the accusations
    were far-fetched": back-to-back remarks of one speaker, on one day, about one pair and in
    one paragraph are one statement (its evidence spans them), as an analyst counts them.
    Back-to-back is counted among the events of the same pair: an aside about another pair,
    or another reading of the remark's own sentence, does not split them.

    The remarks come scored: the first one's tone stands for them unless a later one is a
    clear reproach ("opened the conference, pledging support ... He called on the regime to
    release the prisoners"), which an analyst reads as the statement's point."""
    joined: list[ExtractedEvent] = []
    for event in events:
        # the remark before, about the same pair: another pair's event or another reading
        # of the same sentence ("According to Zaryn, the Belarusian and Russian side ..."
        # read as about Poland alone, and about Poland and Russia) stands between nothing
        last = next((e for e in reversed(joined) if e.pair == event.pair
                     and e.char_start != event.char_start), None)
        if last is not None and event.kind == "statement" and last.kind == "statement" \
                and event.speaker is not None and last.speaker is not None \
                and event.speaker.name == last.speaker.name and event.pair == last.pair \
                and (event.date, event.date_precision) == (last.date, last.date_precision) \
                and last.char_end is not None and event.char_start is not None \
                and event.char_start >= last.char_end \
                and "\n" not in text[last.char_end:event.char_start]:
            _reproach_sets_tone(last, event)
            last.char_end = event.char_end
            last.evidence = text[last.char_start:event.char_end]
            _add_actors(last, event)
            continue
        joined.append(event)
    return joined


def one_per_occasion(events: list[ExtractedEvent],
                     own_occasion: set[int] | frozenset[int] = frozenset()
                     ) -> list[ExtractedEvent]:
    """One statement per speaker, pair and day: one speaker's remarks about a pair on one
    occasion are one statement wherever the article tells them (the gold brief's rule, and
    an analyst's count: a press conference retold in three paragraphs is one dot on the
    timeline, not three).  :func:`join_remarks` has already joined the back-to-back ones into
    one evidence; a later remark of the same day folds into the first (its people added, and
    a clear reproach setting the tone), unless the text sets it at another time (ids in
    ``own_occasion``: "She had said earlier ...") or in another town.  One-country remarks
    are left as told."""
    kept: list[ExtractedEvent] = []
    for event in events:
        first = None if event.kind != "statement" or event.speaker is None \
            or len(set(event.countries)) < 2 or id(event) in own_occasion else next(
                (e for e in kept if e.kind == "statement" and e.speaker is not None
                 and e.speaker.name == event.speaker.name and e.pair == event.pair
                 and e.source_country == event.source_country
                 and (e.date, e.date_precision) == (event.date, event.date_precision)
                 and not (e.location and event.location and e.location != event.location)),
                None)  # (said in Tallinn, then in Vilnius: two occasions of one day)
        if first is None:
            kept.append(event)
            continue
        _reproach_sets_tone(first, event)
        _add_actors(first, event)
    return kept


def name_the_lede(events: list[ExtractedEvent], lede_end: int,
                  published: dt.date | None = None,
                  own_day: set[int] | None = None) -> list[ExtractedEvent]:
    """"MINSK - Belarus on Monday accused Poland of ... [...] Belarus's State Border Committee
    said the queue ...", "Khrenin says Minsk wants ... [...] In an interview aired yesterday,
    Khrenin said ...": a lede's statement with no speaker, or with no day but the
    publication's (a headline's present tense), sums up what the same side (the same speaker,
    when the lede names one) says further down about the same pair within a day (or, for a
    lede with only the publication day, in the month the body dates it by: "In mid-May"),
    so the two are one statement: the lede's (its framing carries the tone), spoken by the
    body's speaker and, when the lede only had the publication day, on the body's day.
    So too a lede's contact with only the publication day ("has summoned Belarus's chargé
    d'affaires") and the contact a later sentence dates the day before ("On Thursday Rau
    summoned"), in the body or in the lede itself.
    ``lede_end``: where the first paragraph ends (a character offset); ``own_day``: ids of
    events whose own sentence gives their day ("Belarus on Tuesday rejected ...", written on
    Tuesday): such a lede keeps its day when the body's remark took an earlier one from the
    paragraph before it, not from its own words."""
    dropped: set[int] = set()
    own = own_day or set()
    for index, lede in enumerate(events):
        if lede.kind == "meeting" and lede.date == published and lede.char_start is not None \
                and lede.char_start < lede_end:
            told = next((e for e in events[index + 1:] if e.kind == "meeting"
                         and e.pair == lede.pair and e.date_precision == lede.date_precision
                         and 0 < (lede.date - e.date).days <= 1
                         and (e.char_start or 0) >= (lede.char_end or lede_end)
                         and id(e) not in dropped), None)
            if told is not None:  # "has summoned ... [...] On Thursday Rau had ... summoned"
                lede.date = told.date
                place_at(lede, told.location)
                _add_actors(lede, told)
                dropped.add(id(told))
            continue
        if lede.kind != "statement" or lede.char_start is None \
                or lede.char_start >= lede_end or len(set(lede.countries)) < 2 \
                or lede.speaker is not None and lede.date != published:
            continue  # ("X said on Friday ..." is a remark of its own, not a summary)
        voice = next((e for e in events[index + 1:] if e.kind == "statement"
                      and e.speaker is not None and e.speaker.country == lede.source_country
                      and (lede.speaker is None or e.speaker.name == lede.speaker.name)
                      and e.source_country == lede.source_country and e.pair == lede.pair
                      and (e.date_precision == lede.date_precision
                           and abs((e.date - lede.date).days) <= 1
                           or lede.date == published and _month_of(e, lede.date))
                      and (e.char_start or 0) >= lede_end and id(e) not in dropped), None)
        if voice is None:
            continue
        lede.speaker = voice.speaker
        if lede.date == published and (id(lede) not in own or id(voice) in own):
            lede.date, lede.date_precision = voice.date, voice.date_precision
        _add_actors(lede, voice)
        dropped.add(id(voice))
    return [e for e in events if id(e) not in dropped]


def _month_of(event: ExtractedEvent, day: dt.date) -> bool:
    """"In mid-May Prosecutor General Shved told BelTA ...": a remark the body dates only
    by the month the lede's publication day lies in."""
    return event.date_precision == "month" and (event.date.year, event.date.month) \
        == (day.year, day.month)


def _visit_apart(a: ExtractedEvent, b: ExtractedEvent, visits: set[int] | frozenset[int]) -> bool:
    """A visit to an institution and another contact of its day, told in two sentences."""
    return a.kind == "meeting" and a.char_start != b.char_start \
        and (id(a) in visits) != (id(b) in visits)


def _same(a: ExtractedEvent, b: ExtractedEvent, guests: bool = False) -> bool:
    if a.kind != b.kind or a.pair != b.pair:
        return False
    if a.kind == "meeting":
        if a.cameo_code == b.cameo_code == SUMMONS_CODE and a.source_country != b.source_country:
            return False  # tit-for-tat summonses of the same day are two events (the envoy
            # arriving at the ministry that summoned him is that summons)
        # contacts told on consecutive days are two ("On Monday ... talks with the governor.
        # On Tuesday the working group met"), unless one is the trip the talks were on or
        # one sentence tells both days ("talks on Thursday and Friday")
        apart = abs((a.date - b.date).days)
        close = a.date_precision == b.date_precision and (apart == 0 or apart == 1 and (
            _trip(a) or _trip(b) or a.char_start == b.char_start)) \
            or _trip_of_the_month(a, b) or _trip_of_the_month(b, a)
        return close and (a.location is None or b.location is None or a.location == b.location) \
            and (guests or not _other_hosts(a, b))
    if a.kind == "incident" and a.char_start == b.char_start and a.date_precision == "day" \
            and b.date_precision == "day" and abs((a.date - b.date).days) <= 1:
        return a.source_country == b.source_country  # ("fired towards the crossing during
        # the night from 10 to 11 April and tried to blind the guards": one night's incident)
    if a.kind != "statement" and (a.date, a.date_precision) != (b.date, b.date_precision):
        return False  # "X had been closed since 2021, and Y since 2023": two acts
    return a.char_start == b.char_start and a.source_country == b.source_country


def _trip(event: ExtractedEvent) -> bool:
    """A visit told by its travel ("arrived in Minsk on Sunday") may be the talks of the day
    after; a visit whose people of both sides are named ("Sejm Marshal Hołownia received her
    the same day") is a contact of its own day."""
    people = {a.country for a in event.actors if a.type == "person" and a.country}
    return event.cameo_code in VISIT_CODES and len(people) < 2


def _trip_of_the_month(trip: ExtractedEvent, talks: ExtractedEvent) -> bool:
    """"Led a delegation to Minsk in December 2016. On 5 December he met Belarusian
    officials": a trip dated by its month only and talks on a day of that month are one
    contact, the talks' (the month was all the text said of the trip's time)."""
    return trip.date_precision == "month" and talks.date_precision == "day" and _trip(trip) \
        and (trip.date.year, trip.date.month) == (talks.date.year, talks.date.month)


def _other_hosts(a: ExtractedEvent, b: ExtractedEvent) -> bool:
    """"Welcomed at the Senate by its speaker ... received by the President the same day":
    contacts of one day whose named people of one side differ are separate meetings."""
    for country in set(a.countries):
        for kind in ("person", "organization"):
            # ("the ministry lodged a protest ... the Border Guard also wrote to its
            # counterpart": two bodies of one side, two contacts)
            first = {x.name for x in a.actors if x.type == kind and x.country == country}
            second = {x.name for x in b.actors if x.type == kind and x.country == country}
            if first and second and not first & second:
                return True
    return False


def _shadowed(event: ExtractedEvent, events: list[ExtractedEvent]) -> bool:
    """A speakerless statement next to a spoken one of the same pair and sentence, a
    one-country statement next to a two-country one from the same sentence, a
    one-country copy of a two-country act of the same code in the same sentence, or a
    protest lodged in the same sentence as the summons that delivered it."""
    if event.kind == "statement" and (event.cameo_code or "").startswith(SUMMONS_CODE):
        if any(o.kind == "meeting" and o.char_start == event.char_start
               and (o.cameo_code or "").startswith(SUMMONS_CODE)
               and o.source_country == event.source_country for o in events):
            return True
    if event.kind in ("measure", "incident") and len(set(event.countries)) == 1 and any(
            o.kind == event.kind and o.char_start == event.char_start and len(o.countries) == 2
            and o.cameo_code == event.cameo_code and event.countries[0] in o.countries
            for o in events):
        return True  # "expelled two diplomats and gave them 48 hours to leave": one act
    if event.kind == "statement" and event.speaker is None and any(
            o.kind == "statement" and o.speaker is not None and o.char_start == event.char_start
            and o.pair == event.pair for o in events):
        # "The committee added that Poland's "ongoing provocative actions", including what it
        # called ...": a speakerless reading of the same sentence is the spoken one's content
        return True
    if event.kind != "statement" or len(set(event.countries)) != 1:
        return False
    return any(o is not event and o.kind == "statement" and o.char_start == event.char_start
               and len(set(o.countries)) == 2 and o.source_country == event.source_country
               for o in events)


SPEAKERS_DAY_REACH = 14
"""How far the day a speaker's remarks were given reaches to their later undated remarks."""


def speakers_day(events: list[ExtractedEvent], own_day: set[int], apart: set[int]) -> None:
    """"Belarus condemns ..., Anatoly Glaz said on Friday. / Karas was turned back on
    Thursday. / According to Anatoly Glaz, ...": a named speaker's later remark that gives no
    day of its own continues the remarks the text dated for that speaker, not the day of the
    paragraph before (not when the text sets it at another time, or its own paragraph gave
    a day: ids in ``apart``)."""
    dated: dict[str, ExtractedEvent] = {}
    for event in events:
        if event.kind != "statement" or event.speaker is None or event.speaker.type != "person":
            continue
        name = event.speaker.name
        if id(event) in own_day:
            dated[name] = event
            continue
        first = dated.get(name)
        if first is None or id(event) in apart or event.date_precision != "day" \
                or first.date_precision != "day" \
                or abs((first.date - event.date).days) > SPEAKERS_DAY_REACH:
            continue
        event.date = first.date

