"""Resolving the date expressions of one sentence, in reading order, and keeping the
article's running context (the anchor for "the next day", the story's day, the last date
named) up to date as it goes.

Split out of :mod:`dating` (which then decides which of the resolved dates dates which
act): here "Tuesday", "two days later", "later that month", "of that year" become days,
a deadline or a plan told in the present is read forward, and each day's name is
remembered for "the same day" and "after the talks".
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import zip_longest

from spacy.tokens import Span, Token

from pipeline.extraction.candidate import Context
from pipeline.extraction.dateless import (
    WEEKDAY_NAMES,
    WEEKDAY_WORDS,
    ahead_of,
    any_weekday,
    described,
    month_as_common_word,
    ordinal_of_a_noun,
    period_end,
    period_served,
    range_start,
    recurring,
    weekday_of,
    year_of_a_name,
)
from pipeline.extraction.dates import MONTHS, WEEKDAYS, ResolvedDate, resolve_date
from pipeline.extraction.occasions import (
    from_occasion,
    name_the_day,
    name_the_occasions,
    named_day,
)
from pipeline.extraction.roles import SPEECH_LEMMAS
from pipeline.extraction.story_day import (
    LOOK_BACK,
    attribution_dates,
    dates_a_back_reference,
    describes_a_noun,
    looks_ahead,
    names_a_thing,
    pluperfect,
    reported_inside,
    starts_a_period,
    wire_lede,
)

MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
DAY_WORDS = re.compile(
    r"\b(today|tonight|yesterday|tomorrow|morning|afternoon|evening|night|day|week|"
    + WEEKDAY_NAMES + r"|\d{1,2}\s+\w+\s+\d{4})\b|\b(" + MONTH_NAMES + r")\b")
"""A TIME expression dates an event only when it names a day ("Tuesday morning")."""
NAMED_TIME = re.compile(r"\b(?:1[89]|20)\d\d\b|\b(?:" + MONTH_NAMES + "|" + WEEKDAY_NAMES
                        + r")\b")
"""A month, a weekday or a year: a date of its own, not a distance from another act."""
DAYS_LATER = re.compile(r"(?:a|one|two|three|four|five|six|\d) days? (?:later|afterwards)"
                        r"|the (?:next|following) day|a day after")
"""A few days after the last date the text named (counted from it, not from the story)."""
UNITS_LATER = re.compile(r"(?:a|one|two|three|four|five|six|\d+) (?:week|month|year)s? "
                         r"(?:later|afterwards)")
"""Weeks, months or years after the last date the text named."""
SAME_MONTH = re.compile(r"(?:later|earlier)(?: in)? (?:the|that) month")
"""Later or earlier in the month the text last named: that month, its day unknown."""
HOURS_LATER = re.compile(r"\b(?:hours?|minutes?) (?:later|afterwards)\b")
"""Hours or minutes after the act the text just told: the same day (the small model tags
these TIME, which otherwise date nothing)."""
DURATION = re.compile(r"(?:almost |nearly |about |some |over |more than |at least |less than )?"
                      r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a few)"
                      r" (?:days?|weeks?|months?|years?)")
"""A bare length of time ("almost two weeks"): how long, not when; it names no day."""
WEEK = re.compile(r"\bweek(?:end)?\b")
"""A week ("this week", "last weekend"), resolved to a day only for want of a better one."""
ANCHOR_DAYS = 14
"""An undated sentence takes the last day the article named when that day lies within this
many days before publication (the news of the fortnight: weekly round-ups and analyses come
out a week or more after the sitting they tell of); older dates are background."""


def sentence_dates(ents: list[Span], quote_ranges: list[tuple[int, int]],
                   ctx: Context) -> list[tuple[Span, ResolvedDate]]:
    """Date expressions of the sentence outside quotations, resolved in reading order."""
    found: list[tuple[Span, ResolvedDate]] = []
    ents = [e for e in ents if not any(start <= e.start_char < end for start, end in quote_ranges)
            and (e.label_ != "TIME" or DAY_WORDS.search(e.text.lower())  # not "at 1:45"
                 or HOURS_LATER.search(e.text.lower()))
            and not ordinal_of_a_noun(e)  # "22nd session", "The 19th sitting"
            and not year_of_a_name(e) and not ahead_of(e) and not period_served(e)]
    ents = [e for e, after in zip_longest(ents, ents[1:]) if not weekday_of(e, after)
            and not range_start(e, after)
            and not any_weekday(e) and not recurring(e) and not described(e)]
    distances = {e.start for e in ents
                 if e.end < len(e.doc) and e.doc[e.end].lower_ in ("after", "before")
                 and not NAMED_TIME.search(e.text.lower())}
    # ("six days after ...": a distance; "closed it in February 2023 after ...": a date)
    day_dates = sum(1 for e in ents if e.label_ == "DATE"
                    and not DURATION.fullmatch(e.text.lower()))
    now = ctx.section_date or ctx.published  # a live blog entry's "today" is its heading's day
    long_ago: set[int] = set()  # distances counted back to an earlier act: that act's day
    story_here: dt.date | None = None  # the story's day as this sentence named it
    framing: set[int] = set()  # dates of the saying that frames a wire lede's dated act
    for ent in ents:
        text = _without_first_name(ent)
        if SAME_MONTH.fullmatch(text.lower()):
            last = ctx.last_dated.date if ctx.last_dated is not None else ctx.anchor
            if last is not None:  # "In early September ... Later in the month ..."
                found.append((ent, ResolvedDate(last.replace(day=1), "month")))
            continue
        if ent.label_ == "TIME" and HOURS_LATER.search(text.lower()):
            if ctx.anchor is not None:  # "Less than an hour later X announced ...": the
                found.append((ent, ResolvedDate(ctx.anchor)))  # day the text last named
            continue
        if ent.start in distances and ent.doc[ent.end].dep_ == "advmod":
            text += " " + ent.doc[ent.end].lower_  # "the week before": before the story's day
        elif ent.start in distances:
            relative = from_occasion(ent, now, ctx)
            if relative is not None:  # "two days before the reopening" (dated earlier)
                found.append((ent, relative))
                ctx.last_dated = relative
                continue
            if len(distances) < len(ents):
                continue  # "a month after ... on 1 August": the sentence names the day
            # "came six days after Lukashenka said ...": the distance back from the reported
            # event to an earlier one, counted from publication (news reports the latest)
            text += " ago"
            long_ago.add(ent.start)
        if "weekend" in text.lower() and starts_a_period(ent):
            continue  # "have died since the weekend": a period's start dates no one act
        if ctx.last_dated is not None:  # "on 5 December of that year": the year last named
            text = THAT_YEAR.sub(str(ctx.last_dated.date.year), text)
            before = ent.doc[ent.start - 1].text + " " if ent.start > 0 else ""
            if THAT_MONTH.fullmatch(before + text):  # "That August": the NER leaves "That"
                text = f"{text} {ctx.last_dated.date.year}"  # out of the DATE
        if ent.start > 0 and ent.doc[ent.start - 1].lower_ in ("same", "that") \
                and ent.root.lower_ in WEEKDAY_WORDS:
            text = f"that {text}"  # "the same Friday": the tagger leaves "the same" out
        if month_as_common_word(ent):
            continue  # "on the eve of the previous march": a march, not March
        ahead = looks_ahead(ent.root.head) and not _after_past_verb(ent) or _deadline(ent) \
            or _planned_for(ent) or _scheduled_present(ent)
        resolved = resolve_date(text, now, ctx.anchor, ahead)
        if resolved is not None and ctx.last_dated is not None \
                and ctx.last_dated.precision == "month" and DAYS_LATER.fullmatch(text.lower()):
            # "sentenced him in February. Two days later Poland closed the crossing": a few
            # days after a month the text named is in that month (the day is not known)
            resolved = ctx.last_dated
        elif resolved is not None and ctx.last_dated is not None \
                and ctx.last_dated.precision != "day" and UNITS_LATER.match(text.lower()):
            # "The case was opened in April 2021. A month later Shved announced ...": from
            # the month (or year) the text last named, as precise as it was
            resolved = _later_than(ctx.last_dated, text)
        if resolved is not None and ctx.last_dated is not None:
            resolved = _in_month_just_named(resolved, text, ctx.last_dated)
        if resolved is not None and found and text.lower() in WEEKDAYS \
                and LOOK_BACK.search(found[-1][0].text.lower()) \
                and found[-1][0].end + 3 >= ent.start:
            # "The ultimatum was issued a week ago, on Thursday": that week's Thursday
            resolved = ResolvedDate(_weekday_near(found[-1][1].date, WEEKDAYS[text.lower()]))
        if resolved is not None and found and ent.start > 0 \
                and ent.doc[ent.start - 1].lower_ in ("to", "until", "till") \
                and resolved.date < found[-1][1].date:
            # "from Monday to Thursday": a range ends after it starts
            resolved = resolve_date(text, now, ctx.anchor, True) or resolved
        if resolved is None:
            day = named_day(ent, ctx)
            if day is None:
                continue
            resolved = ResolvedDate(day)
        found.append((ent, resolved))
        ctx.last_dated = resolved
        if resolved.precision == "day":
            name_the_day(ent, resolved.date, ctx)
            if day_dates == 1 and not WEEK.search(ent.text.lower()):
                name_the_occasions(ent, resolved.date, ctx)  # ("this week": not a day)
            background = ent.start in long_ago and now is not None \
                and (now - resolved.date).days > ANCHOR_DAYS \
                or _after_an_aside(text, resolved, ctx)
            # ("seven weeks after the disputed vote": the vote's day, long before the story,
            # not the concert's; "came a day after Tusk went to Bobrowniki" goes on with him)
            if not background and (
                    not (describes_a_noun(ent) or names_a_thing(ent)) or ctx.story_date is None
                    or abs((resolved.date - ctx.story_date).days) <= ANCHOR_DAYS):
                ctx.anchor = resolved.date  # (not "their commander, who fell on August 21,
                # 1944. The same day ...": a day describing a person long before the story;
                # nor "the Aug. 9 election", a day naming a thing)
            wire = False  # (set in the test below: a wire lede's act date sets the story)
            if (not LOOK_BACK.search(ent.text.lower()) or _no_news_day(ctx)) \
                    and not pluperfect(ent) and ent.start not in framing \
                    and not dates_a_back_reference(ent) and not ahead \
                    and (not reported_inside(ent) or (wire := wire_lede(ent, ctx, day_dates))) \
                    and not names_a_thing(ent) \
                    and not period_end(ent) and not background \
                    and (story_here is None
                         or (story_here - resolved.date).days <= ANCHOR_DAYS):
                # ("held a summit on Thursday, timed for the anniversary of the recognition
                # on 2 December 1991": a day long before the one the sentence's news
                # happened on is an aside, where "the same day" may still point)
                ctx.story_date = story_here = resolved.date
                if wire:  # ("held gatherings on Friday, the movement said on Saturday":
                    framing.update(e.start for e in attribution_dates(ent))  # Friday)
    return found


def _no_news_day(ctx: Context) -> bool:
    """Whether the story has no day of the news yet (none, or one long before the report:
    "Eighty years have passed since 5 March 1940 [...]. The anniversary was marked last
    week"): then a look back from the report ("last week") is the news's day."""
    return ctx.story_date is None or ctx.published is not None \
        and (ctx.published - ctx.story_date).days > ANCHOR_DAYS


def _weekday_near(day: dt.date, weekday: int) -> dt.date:
    """The given weekday (0 = Monday) nearest to ``day``, three days either side at most."""
    return next(day + dt.timedelta(days=shift) for shift in (0, -1, 1, -2, 2, -3, 3)
                if (day + dt.timedelta(days=shift)).weekday() == weekday)


def _without_first_name(ent: Span) -> str:
    """"On Wednesday Jan Dziedziczak said": the NER reads the Polish first name Jan as
    January and joins it to the weekday; before a capitalised word it is a name."""
    doc = ent.doc
    if ent.end - ent.start > 1 and doc[ent.end - 1].text == "Jan" and ent.end < len(doc) \
            and doc[ent.end].is_title and doc[ent.end].is_alpha:
        return doc[ent.start:ent.end - 1].text
    return ent.text


THAT_YEAR = re.compile(r"\b(?:of )?(?:that|the same) year\b", re.I)
THAT_MONTH = re.compile(r"that (?:" + MONTH_NAMES + r")", re.I)
"""'That August', after a year was named: that year's month, not the last August."""
OWN_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b|\byear\b")
"""A written year, or a year in words ("last year"): the expression says its own year."""
MONTH_WORD = re.compile(r"\b(?:" + MONTH_NAMES + r")\b", re.I)


def _after_an_aside(text: str, resolved: ResolvedDate, ctx: Context) -> bool:
    """"held a summit on Thursday, timed for the anniversary of the recognition on 2
    December 1991. Lithuania followed suit two days later": days after a date the story only
    mentioned, far from the story's own day, go on with that aside; the story (and "later
    that day" after it) stays where it was."""
    return DAYS_LATER.fullmatch(text.lower()) is not None and ctx.story_date is not None \
        and ctx.anchor is not None and ctx.anchor != ctx.story_date \
        and abs((resolved.date - ctx.story_date).days) > ANCHOR_DAYS


def _in_month_just_named(resolved: ResolvedDate, text: str, last: ResolvedDate) -> ResolvedDate:
    """"tied it to Minsk in November 2021 ... said on 17 November": a day of the month the
    text has just named with its year is in that year, not the last such day before
    publication (a day and month that say their own year keep it)."""
    if resolved.precision != "day" or last.precision != "month" \
            or last.date.month != resolved.date.month or last.date.year == resolved.date.year \
            or (resolved.date.month, resolved.date.day) == (2, 29) \
            or OWN_YEAR.search(text) or not MONTH_WORD.search(text):
        return resolved
    return ResolvedDate(resolved.date.replace(year=last.date.year))


def _later_than(last: ResolvedDate, text: str) -> ResolvedDate:
    """A distance in weeks, months or years after a month or year the text named, at that
    date's precision (resolved from its first day)."""
    later = resolve_date(text, last.date, last.date)  # (counted from it)
    if later is None:
        return last
    if last.precision == "year":
        return ResolvedDate(later.date.replace(month=1, day=1), "year")
    return ResolvedDate(later.date.replace(day=1), "month")


def _verb_of_prep(ent: Span, preps: tuple[str, ...]) -> Token | None:
    """The word a date hangs on through one of these prepositions ("planned for May": planned)."""
    prep = ent.root.head
    return prep.head if ent.root.dep_ == "pobj" and prep.lower_ in preps else None


def _deadline(ent: Span) -> bool:
    """"Companies have until 22 September to submit bids", "must answer by Friday": a
    deadline set in the present lies ahead, and dates no act of the story."""
    verb = _verb_of_prep(ent, ("until", "till", "by"))
    return verb is not None and verb.pos_ in ("VERB", "AUX") and (
        verb.tag_ in ("VBP", "VBZ") or any(c.dep_ == "aux" and c.lower_ in (
            "must", "should", "will", "shall") for c in verb.children))


def _planned_for(ent: Span) -> bool:
    """"More exercises are planned for May", "talks are scheduled for Friday": a plan told
    in the present is for a day ahead."""
    verb = _verb_of_prep(ent, ("for",))
    return verb is not None and verb.lemma_ in PLAN_LEMMAS and verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.lower_ in ("is", "are", "'s", "'re") for c in verb.children)


PLAN_LEMMAS = frozenset({"plan", "schedule", "set", "slate", "expect"})


def _scheduled_present(ent: Span) -> bool:
    """"Poland takes over the presidency on 1 January": a day with the simple present of an
    act (not of saying) is a timetable, so it lies ahead."""
    verb = _verb_of_prep(ent, ("on", "from"))
    if verb is None or any(t.like_num and len(t.text) == 4 for t in ent):
        return False
    return simple_present(verb) and verb.lemma_ not in SPEECH_LEMMAS


def simple_present(verb: Token) -> bool:
    """"takes over", "claims", "say": a verb in the simple present, with no auxiliary."""
    return verb.pos_ == "VERB" and verb.tag_ in ("VBZ", "VBP") \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _after_past_verb(ent: Span) -> bool:
    """"Poland said on Monday it would ...": a date right after a past verb dates that verb,
    wherever the parser hangs it."""
    before = ent.start - 1
    if before >= 0 and ent.doc[before].pos_ == "ADP":
        before -= 1
    return before >= 0 and ent.doc[before].tag_ == "VBD"
