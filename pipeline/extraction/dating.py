"""Dating the acts of a sentence while reading an article in order.

Split out of :mod:`article` (which keeps the reading loop): which date expression of a
sentence dates which act (which dates move the story's day forward is :mod:`story_day`'s).
The order of preference is described in the module docstring of :mod:`events`.
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import zip_longest

from spacy.tokens import Span, Token

from pipeline.extraction.candidate import Candidate, Context
from pipeline.extraction.dateless import (
    WEEKDAY_NAMES,
    ahead_of,
    any_weekday,
    described,
    ordinal_of_a_noun,
    period_end,
    period_served,
    range_start,
    weekday_of,
    year_of_a_name,
)
from pipeline.extraction.dates import MONTHS, ResolvedDate, resolve_date
from pipeline.extraction.occasions import (
    from_occasion,
    name_the_day,
    name_the_occasions,
    named_day,
    occasion_day,
    same_time,
)
from pipeline.extraction.roles import (
    INTENT_LEMMAS,
    SPEECH_LEMMAS,
    is_future,
    subjectless_participle,
)
from pipeline.extraction.story_day import (
    LOOK_BACK,
    dates_a_back_reference,
    describes_a_noun,
    looks_ahead,
    names_a_thing,
    pluperfect,
    reported_inside,
    starts_a_period,
    wire_lede,
)
from pipeline.types import ExtractedEvent

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
            and not any_weekday(e) and not described(e)]
    distances = {e.start for e in ents
                 if e.end < len(e.doc) and e.doc[e.end].lower_ in ("after", "before")
                 and not NAMED_TIME.search(e.text.lower())}
    # ("six days after ...": a distance; "closed it in February 2023 after ...": a date)
    day_dates = sum(1 for e in ents if e.label_ == "DATE")
    now = ctx.section_date or ctx.published  # a live blog entry's "today" is its heading's day
    for ent in ents:
        text = ent.text
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
        if "weekend" in text.lower() and starts_a_period(ent):
            continue  # "have died since the weekend": a period's start dates no one act
        if ctx.last_dated is not None:  # "on 5 December of that year": the year last named
            text = THAT_YEAR.sub(str(ctx.last_dated.date.year), text)
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
            if day_dates == 1:
                name_the_occasions(ent, resolved.date, ctx)
            if not describes_a_noun(ent) or ctx.story_date is None \
                    or abs((resolved.date - ctx.story_date).days) <= ANCHOR_DAYS:
                ctx.anchor = resolved.date  # (not "their commander, who fell on August 21,
                # 1944. The same day ...": a day describing a person long before the story)
            if not LOOK_BACK.search(ent.text.lower()) and not pluperfect(ent) \
                    and not dates_a_back_reference(ent) and not ahead \
                    and (not reported_inside(ent) or wire_lede(ent, ctx, day_dates)) \
                    and not names_a_thing(ent) \
                    and not period_end(ent):
                ctx.story_date = resolved.date
    return found


THAT_YEAR = re.compile(r"\b(?:of )?(?:that|the same) year\b", re.I)


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


DEADLINE_NOUNS = frozenset({"deadline", "ultimatum"})


def _sets_a_deadline(ent: Span) -> bool:
    """"declared him persona non grata, with a deadline of midnight on Friday to leave": the
    day of a deadline the act sets is when it runs out, not when the act was done."""
    return any(t.lemma_.lower() in DEADLINE_NOUNS and t.pos_ == "NOUN"
               for t in ent.root.ancestors)


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
    return verb.pos_ == "VERB" and verb.tag_ in ("VBZ", "VBP") \
        and verb.lemma_ not in SPEECH_LEMMAS and not any(
            c.dep_ in ("aux", "auxpass") for c in verb.children)


def _after_past_verb(ent: Span) -> bool:
    """"Poland said on Monday it would ...": a date right after a past verb dates that verb,
    wherever the parser hangs it."""
    before = ent.start - 1
    if before >= 0 and ent.doc[before].pos_ == "ADP":
        before -= 1
    return before >= 0 and ent.doc[before].tag_ == "VBD"


def date_for(trigger: Token | None, dated: list[tuple[Span, ResolvedDate]],
             ctx: Context, words: bool = False) -> ResolvedDate | None:
    """The date of the trigger's act (see the module docstring of ``events`` for the order);
    the story-day fallback is the one established *before* this sentence, so a date of
    another clause ("manoeuvres that begin on Friday") does not date the main act.
    ``words``: the trigger is a statement's (its own date only, never a joined act's)."""
    # (words are never dated by when what they describe began: "has been under attack
    # since 2021", in his words)
    dated = [(ent, resolved) for ent, resolved in dated if not period_end(ent)
             and not (words and starts_a_period(ent)) and not _sets_a_deadline(ent)]
    if trigger is not None:
        own = _attached_date(trigger, dated, ctx)
        if own is None and not words and trigger.dep_ == "conj" \
                and trigger.head.pos_ in ("VERB", "AUX") \
                and is_future(trigger) == is_future(trigger.head):
            # "had thrown stones on Sunday night and forced their way across": an act joined
            # to a dated one shares its time, not the time of the report around them (words
            # joined to words keep their own: "recalled that 1939 ... and noted that ...")
            own = _attached_date(trigger.head, dated, ctx)
        if own is not None:
            return own
    if trigger is not None and _background_clause(trigger):
        return None
    free = [resolved for ent, resolved in dated
            if (trigger is None or not _in_other_clause(ent, trigger)
                or _unrealised_intent(ent, resolved, trigger, ctx))
            and not _told_inside(ent, trigger)]
    if free:
        return _sharpest(free[0], dated, trigger)
    story = ctx.previous_story
    occasion = occasion_day(trigger, ctx)
    if occasion is not None:
        return occasion
    if _said_there(trigger) and ctx.anchor is not None:
        return ResolvedDate(ctx.anchor)  # "Speaking there, X urged ...": at the last occasion
    if ctx.paragraph_date is not None and not _figures_year(ctx.paragraph_date, story, trigger):
        return ctx.paragraph_date
    if ctx.section_date is not None:  # a live blog entry under its day's heading
        return ResolvedDate(ctx.section_date)
    if story is not None and ctx.published is not None \
            and 0 < (ctx.published - story).days <= ANCHOR_DAYS:
        # an undated sentence continues the story at the day the article last established
        # ("Two helicopters crossed ... yesterday. [...] The ministry of defence said ...");
        # a look back ("last Friday he said", "a week ago") is background, not the story
        return ResolvedDate(story)
    lede = ctx.lede_story
    if story is not None and lede is not None and story < lede and ctx.published is not None \
            and 0 < (ctx.published - lede).days <= ANCHOR_DAYS:
        # "unveiled on Friday ... Councillors voted on 29 May to ... [she] called the square":
        # a day long before the news, told in the body, leaves the story at the lede's day
        return ResolvedDate(lede)
    return ResolvedDate(ctx.published) if ctx.published else None


def _attached_date(trigger: Token, dated: list[tuple[Span, ResolvedDate]],
                   ctx: Context) -> ResolvedDate | None:
    """The date the parse hangs on the trigger itself (or right after it), if any."""
    for ent, resolved in dated:
        if 0 < ent.start - trigger.i <= 2 and trigger.pos_ in ("VERB", "AUX") \
                and not is_future(trigger):
            return resolved  # "said on Monday it would ...": the parser may hang the
            # date on the reported verb, but right after the trigger it dates the trigger
        if names_a_thing(ent) and trigger.pos_ in ("VERB", "AUX"):
            continue  # "had passed on information on the violation of 1 August": the
            # violation's day, not the passing's
        ancestors = {t.i for t in ent.root.ancestors}
        noun_head = trigger.pos_ in ("NOUN", "PROPN") and trigger.head.i in ancestors
        if (trigger.i in ancestors or noun_head) and not _in_other_clause(ent, trigger):
            if is_future(trigger) and resolved.date < (ctx.published or resolved.date):
                again = resolve_date(ent.text, ctx.published, ctx.anchor, True)
                return again or resolved
            return _sharpest(resolved, dated, trigger)
    return None


def _figures_year(paragraph: ResolvedDate, story: dt.date | None, trigger: Token | None) -> bool:
    """"Trade passed $3 billion in 2018. [...] Sarna said there was still much to do": a
    past year the paragraph's figures cover is not when anyone spoke; a saying there took
    place on the story's day."""
    return paragraph.precision == "year" and story is not None and trigger is not None \
        and trigger.lemma_ in SPEECH_LEMMAS and paragraph.date.year < story.year


def _told_inside(ent: Span, trigger: Token | None) -> bool:
    """"On 17 September 1939, he said, the shackles of the Polish lords fell": a saying set
    inside what it reports dates none of it; the date is the reported past's.  So too where
    the parser hangs the saying under the clause after its colon ("X also said this was not
    the first find: the Border Guard detected one three weeks ago")."""
    return trigger is not None and trigger.dep_ in ("parataxis", "ccomp") \
        and trigger.lemma_ in SPEECH_LEMMAS and trigger.head.i != trigger.i \
        and trigger.head.lemma_ not in SPEECH_LEMMAS \
        and not any(t.i == ent.root.i for t in trigger.subtree)


def _background_clause(trigger: Token) -> bool:
    """"issues ..., some of which Warsaw itself had asked Belarus to help resolve": an act
    told in the past perfect inside a relative clause, with no day of its own, is background
    to what the sentence reports, not an event of the sentence's day."""
    if trigger.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lower_ == "had"
                                        for c in trigger.children):
        return False
    # (the parser may read "some of which ... had asked" as a conjunct or a complement:
    # the relative pronoun before the verb still marks the clause)
    return trigger.dep_ == "relcl" or any(
        t.lower_ in RELATIVE_PRONOUNS and t.i > t.sent.start
        for t in trigger.subtree if t.i < trigger.i)


RELATIVE_PRONOUNS = frozenset({"which", "whom", "whose"})


def fell_back(event: ExtractedEvent, ctx: Context) -> bool:
    """Whether an undated sentence's event took the publication day only because the story
    had moved back in time ("The sequence began eleven days earlier. [...] The next day X
    announced [...] The minister added [...] had summoned him that day"): its day is no
    anchor, and "that day" stays the last day the text named."""
    story = ctx.previous_story
    return ctx.published is not None and event.date == ctx.published \
        and story is not None and (ctx.published - story).days > ANCHOR_DAYS


STATE_KINDS = frozenset({"country", "capital"})


def standing_position(candidate: Candidate, dated: list[tuple[Span, ResolvedDate]]) -> bool:
    """"Warsaw accuses Minsk of steering migrants, which Minsk denies", "Minsk and Moscow
    reject accusations", "since last summer Poland has accused Minsk of ...": a state's
    standing position, told in the present or in a perfect of duration with no day, is the
    background of the news, not a statement made on some day; likewise a measure that is
    "still" in force, and a person portrayed by what they "have claimed".  (The caller
    leaves the lede alone: there, and in a headline, the present tells the news itself.)"""
    trigger = candidate.trigger
    # (a date of another clause, "which Poland closed in 2021", does not date this one)
    undated = trigger is not None and all(_in_other_clause(e, trigger) for e, _ in dated)
    if candidate.kind == "measure" and trigger is not None and undated:
        # "the checkpoint, which Poland closed in 2021, is still shut": a state that goes
        # on, not an act of the day
        return any(c.lower_ == "still" for c in trigger.children) and any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in trigger.children)
    if candidate.kind == "statement" and trigger is not None and trigger.dep_ == "relcl" \
            and _perfect(trigger) and undated:
        return True  # "Rachkov, who has claimed that Poland interferes": a portrait
    if candidate.kind != "statement" or trigger is None or trigger.pos_ != "VERB" \
            or not candidate.sources or any(m.kind not in STATE_KINDS for m in candidate.sources):
        return False
    if trigger.tag_ in ("VBZ", "VBP"):
        return not dated
    return _perfect(trigger) and any(c.dep_ == "prep" and c.lower_ == "since" for c in trigger.children)


def _perfect(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have")
                                      for c in verb.children)


def _sharpest(found: ResolvedDate, dated: list[tuple[Span, ResolvedDate]],
              trigger: Token | None) -> ResolvedDate:
    """"In early June 2019 ... spent two days in Belarus, on 6 and 7 June": a day inside the
    month found is the more exact date of the same act (if of the same clause)."""
    if found.precision != "month":
        return found
    for ent, day in dated:
        if day.precision == "day" and day.date.month == found.date.month \
                and (trigger is None or not _in_other_clause(ent, trigger)):
            # (a bare "6 June" takes the year of the month just named, not the publication's)
            return ResolvedDate(day.date.replace(year=found.date.year))
    return found


def _said_there(trigger: Token | None) -> bool:
    """"Speaking there, X urged ...": "there" on the act or on its participle clause points
    back to the place, and so the day, of the last occasion the article reported."""
    if trigger is None:
        return False
    heads = [trigger] + [c for c in trigger.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
    return any(c.lower_ == "there" and c.dep_ == "advmod" for h in heads for c in h.children)


CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "pcomp"})


def _nominal_gerund(verb: Token) -> bool:
    """"announced the trial reopening on 28 October": the parser may read "the trial" as
    the subject of a clause "reopening"; an -ing form with no auxiliary and a determined
    "subject" is a noun phrase (a clause needs a finite verb), so its date is the verb's."""
    return verb.tag_ == "VBG" and verb.dep_ == "ccomp" and not any(
        c.dep_ in ("aux", "auxpass", "mark") for c in verb.children) and any(
        c.dep_ == "nsubj" and c.i < verb.i and any(d.dep_ in ("det", "poss") for d in c.children)
        for c in verb.children)


def _in_other_clause(ent: Span, trigger: Token) -> bool:
    """Whether a date belongs to another verb's clause than the trigger's ("said that the
    elections in October would ...", "after the crossings closed in May"): it dates that
    clause's act, not the trigger's."""
    current = ent.root
    for _ in range(12):
        if current.i == trigger.i:
            return False
        if current.dep_ in CLAUSE_DEPS and current.pos_ in ("VERB", "AUX") \
                and trigger not in current.subtree and not subjectless_participle(current) \
                and not _nominal_gerund(current) and not same_time(current, trigger) \
                and not _before_its_infinitive(ent, current, trigger):
            return True
        if current.dep_ == "appos" and trigger not in current.subtree:
            return True  # "X, a deputy minister in Kaczyński's 2007 government, told ...":
            # the year describes the speaker, it does not date the saying
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _before_its_infinitive(ent: Span, clause: Token, trigger: Token) -> bool:
    """"telephoned Borys on Wednesday to ask how the community had fared": the parser may
    hang the day on the purpose clause, but a date before the clause's "to" is outside it,
    on the act the clause gives the purpose of."""
    return clause.dep_ == "advcl" and clause.head.i == trigger.i and any(
        c.dep_ == "aux" and c.tag_ == "TO" and ent.end <= c.i for c in clause.children)


def _unrealised_intent(ent: Span, resolved: ResolvedDate, trigger: Token, ctx: Context) -> bool:
    """"Tusk first said he wanted to fortify the border on May 11": a past day inside a
    reported intention cannot be the day of the act intended (it was not done then), so it
    dates the saying."""
    if trigger.tag_ != "VBD" or ctx.published is None or resolved.date >= ctx.published:
        return False
    current, intended = ent.root, False
    for _ in range(12):
        if current.i == trigger.i:
            return intended
        if current.pos_ == "VERB" and current.lemma_ in INTENT_LEMMAS:
            intended = True  # (not "would close on 12 September": that may have been done)
        elif not intended and current.pos_ == "VERB" and current.dep_ in ("relcl", "advcl"):
            return False  # "wanted ..., citing the Partnership that Warsaw launched ten years
            # ago": the date is that clause's, not the intended act's
        if current.head.i == current.i:
            return False
        current = current.head
    return False
