"""Dating the acts of a sentence while reading an article in order.

Split out of :mod:`article` (which keeps the reading loop): which date expression of a
sentence dates which act (the expressions are resolved by :mod:`sentence_dates`; which dates
move the story's day forward is :mod:`story_day`'s).
The order of preference is described in the module docstring of :mod:`events`.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from pipeline.extraction.candidate import Candidate, Context
from pipeline.extraction.dateless import (
    period_end,
)
from pipeline.extraction.dates import ResolvedDate, count_of, resolve_date
from pipeline.extraction.occasions import (
    REPORTED_OCCASION_PREPS,
    occasion_day,
    same_time,
)
from pipeline.extraction.roles import (
    INTENT_LEMMAS,
    ORGANISER_VERBS,
    SPEECH_LEMMAS,
    is_future,
    subjectless_participle,
)
from pipeline.extraction.sentence_dates import ANCHOR_DAYS, simple_present
from pipeline.extraction.story_day import (
    names_a_thing,
    premodifies,
    starts_a_period,
)
from pipeline.types import ExtractedEvent

DEADLINE_NOUNS = frozenset({"deadline", "ultimatum"})


def _sets_a_deadline(ent: Span) -> bool:
    """"declared him persona non grata, with a deadline of midnight on Friday to leave": the
    day of a deadline the act sets is when it runs out, not when the act was done."""
    return any(t.lemma_.lower() in DEADLINE_NOUNS and t.pos_ == "NOUN"
               for t in ent.root.ancestors)


def date_for(trigger: Token | None, dated: list[tuple[Span, ResolvedDate]],
             ctx: Context, words: bool = False) -> ResolvedDate | None:
    """The date of the trigger's act (see the module docstring of ``events`` for the order);
    the story-day fallback is the one established *before* this sentence, so a date of
    another clause ("manoeuvres that begin on Friday") does not date the main act.
    ``words``: the trigger is a statement's (its own date only, never a joined act's)."""
    # (words are never dated by when what they describe began: "has been under attack
    # since 2021", in his words)
    dated = [(ent, resolved) for ent, resolved in dated if not period_end(ent)
             and not (words and starts_a_period(ent)) and not _sets_a_deadline(ent)
             and not (words and trigger is not None and _judged_day(ent, trigger))]
    # ("called 17 September 1939 a lasting symbol of ...": the day is what is judged)
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
        for_act = _summoned_for(trigger)
        if for_act is None:
            return None
        # "read out on 17 February to X, who had been called to the ministry": the summons
        # was the occasion of the act it is told with, on that act's day
        return next((resolved for ent, resolved in dated
                     if not _in_other_clause(ent, for_act)), None)
    free = [resolved for ent, resolved in dated
            if (trigger is None or not _in_other_clause(ent, trigger)
                or _unrealised_intent(ent, resolved, trigger, ctx))
            and not _told_inside(ent, trigger)
            and not _names_another_thing(ent, trigger, ctx)]
    if free and _reported_at_occasion(trigger, [e for e, _ in dated]):
        occasion = occasion_day(trigger, ctx, REPORTED_OCCASION_PREPS)
        if occasion is not None and occasion.date <= free[0].date:
            return occasion
    if free:
        return _sharpest(free[0], dated, trigger)
    stay = _stay_until_now(trigger, ctx.published)
    if stay is not None:
        return stay
    story = ctx.previous_story
    occasion = occasion_day(trigger, ctx)
    if occasion is not None:
        return occasion
    if _said_there(trigger) and ctx.anchor is not None:
        return ResolvedDate(ctx.anchor)  # "Speaking there, X urged ...": at the last occasion
    if ctx.paragraph_date is not None \
            and not _figures_year(ctx.paragraph_date, story or ctx.published, trigger):
        return ctx.paragraph_date
    if ctx.section_date is not None:  # a live blog entry under its day's heading
        return ResolvedDate(ctx.section_date)
    lede = ctx.lede_story
    if words and trigger is not None and simple_present(trigger) and story is not None \
            and lede is not None and story < lede and ctx.published is not None \
            and 0 <= (ctx.published - lede).days <= ANCHOR_DAYS:
        # "On Monday, 3 January, he tried to cross ... / The spokesman claims that ...":
        # words told in the present are said in the days of the news, not on the day of
        # the background the paragraph before went back to
        return ResolvedDate(lede)
    if story is not None and ctx.published is not None \
            and 0 < (ctx.published - story).days <= ANCHOR_DAYS:
        # an undated sentence continues the story at the day the article last established
        # ("Two helicopters crossed ... yesterday. [...] The ministry of defence said ...");
        # a look back ("last Friday he said", "a week ago") is background, not the story
        return ResolvedDate(story)
    if story is not None and lede is not None and story < lede and ctx.published is not None \
            and 0 < (ctx.published - lede).days <= ANCHOR_DAYS:
        # "unveiled on Friday ... Councillors voted on 29 May to ... [she] called the square":
        # a day long before the news, told in the body, leaves the story at the lede's day
        return ResolvedDate(lede)
    return ResolvedDate(ctx.published) if ctx.published else None


STAY_DAYS = 7
"""The longest stay "has spent N days" is dated back from the report by (a week)."""


def _stay_until_now(trigger: Token | None, published: dt.date | None) -> ResolvedDate | None:
    """"A group of Belarusian specialists has spent two days in the Lublin region": a stay
    told in the present perfect, with no date, runs up to the report, so it began that
    many days before it (the report's day counted as the last)."""
    if trigger is None or published is None:
        return None
    verb = trigger.head if trigger.dep_ in ("advcl", "xcomp") else trigger
    # ("has spent two days in Warsaw meeting ...", "... travelling at the invitation of")
    if verb.lemma_ != "spend" or not any(c.dep_ == "aux" and c.lower_ in ("has", "have")
                                         for c in verb.children):
        return None
    for child in verb.children:
        count = next((g for g in child.children if g.dep_ == "nummod"), None)
        if child.dep_ not in ("dobj", "npadvmod") or child.lemma_ != "day" or count is None:
            continue
        days = count_of(count.text) or 0
        if 1 <= days <= STAY_DAYS:
            return ResolvedDate(published - dt.timedelta(days=days - 1))
    return None


def _reported_at_occasion(trigger: Token | None, ents: list[Span]) -> bool:
    """"Representatives of both sides met in the Sejm for the forum, the foundation said on
    Tuesday": the day is the report's, not the act's (the act was no later), so the day of
    the occasion the text dated before is the act's."""
    report = trigger.head if trigger is not None and trigger.dep_ == "ccomp" else None
    return report is not None and report.lemma_ in SPEECH_LEMMAS and all(
        ent.root.head.i == report.i or ent.root.head.head.i == report.i for ent in ents)


def _names_another_thing(ent: Span, trigger: Token | None, ctx: Context) -> bool:
    """"ended the stand-off: Belarus got permits taken out of the 2020 pool": a date that
    names another thing than the act (the pool's year) does not date the act when the
    paragraph has a day of its own; with none, it may still be the best the text gives."""
    of_a_thing = premodifies(ent) or (
        names_a_thing(ent) and ent.root.head.head.lemma_ not in DAY_PARTS)
    return trigger is not None and ctx.paragraph_date is not None and of_a_thing \
        and ent.root.head.i != trigger.i


FULL_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
"""A year written out in a date ("1 March 2019")."""


DAY_PARTS = frozenset({"night", "morning", "evening", "afternoon", "day", "eve", "weekend"})
"""Parts of a day: "on the night of 12 September" is a time, not a thing of that day."""


def _attached_date(trigger: Token, dated: list[tuple[Span, ResolvedDate]],
                   ctx: Context) -> ResolvedDate | None:
    """The date the parse hangs on the trigger itself (or right after it), if any."""
    for ent, resolved in dated:
        if ent.root.head.lower_ == "dated" and ent.root.head.dep_ == "acl" \
                and trigger.is_ancestor(ent.root):
            return resolved  # "asked Poland to extradite him in a request dated 4 December
            # 2017": the document the act was made in gives its day
        if premodifies(ent) and trigger.pos_ in ("VERB", "AUX"):
            continue  # "cancelled the 2005 agreement in late October": the accord's year
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


def _judged_day(ent: Span, trigger: Token) -> bool:
    """"The IPN called 17 September 1939 a lasting symbol of ...": a day between a verdict
    verb with no object and its object predicate is the thing called so, not the day of
    the calling."""
    predicates = [c for c in trigger.children if c.dep_ == "oprd"]
    return bool(predicates) and trigger.i < ent.start and ent.end <= predicates[0].left_edge.i \
        and not any(c.dep_ == "dobj" for c in trigger.children)


def _figures_year(paragraph: ResolvedDate, story: dt.date | None, trigger: Token | None) -> bool:
    """"Trade passed $3 billion in 2018. [...] Sarna said there was still much to do": a
    past year the paragraph's figures cover is not when anyone spoke; a saying there took
    place on the story's day (the publication's, when the text has set none yet)."""
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
SUMMONED = frozenset({"summon", "call", "invite"})


def _summoned_for(trigger: Token) -> Token | None:
    """The act a person "who had been summoned" took part in: the verb whose argument the
    relative clause describes ("was read out to X, who had been called to the ministry"),
    or None when the clause is no summons of a participant."""
    if trigger.dep_ != "relcl" or trigger.lemma_ not in SUMMONED \
            or not any(c.dep_ == "auxpass" for c in trigger.children):
        return None
    current = trigger.head
    for _ in range(4):
        if current.pos_ in ("VERB", "AUX"):
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


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
    month found is the more exact date of the same act (if of the same clause); so is a
    day that gives its own year inside a year found ("A year earlier, on 1 March 2019")."""
    if found.precision == "year":
        return next((day for ent, day in dated if day.precision == "day"
                     and (day.date.year == found.date.year or FULL_YEAR.search(ent.text))
                     and (trigger is None or not _in_other_clause(ent, trigger))), found)
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
                and not _before_its_infinitive(ent, current, trigger) \
                and not _closing_object_participle(ent, current, trigger):
            return not _closing_report(current, trigger)
        if current.dep_ == "appos" and trigger not in current.subtree:
            return True  # "X, a deputy minister in Kaczyński's 2007 government, told ...":
            # the year describes the speaker, it does not date the saying
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _closing_report(clause: Token, trigger: Token) -> bool:
    """"Metropolitan Pavel received Artur Michalski at the diocesan administration, the
    church's press service announced on Wednesday": the parser may hang the closing report
    on the noun before it as a participle; the report's day dates the act it reports (the
    act was no later), as it does when the parse makes the act the report's clause."""
    noun = clause.head
    return clause.dep_ == "acl" and clause.lemma_ in SPEECH_LEMMAS and clause.tag_ == "VBN" \
        and noun.i > trigger.i and noun.left_edge.i > 0 \
        and clause.doc[noun.left_edge.i - 1].text == "," \
        and not any(c.dep_ in ("agent", "dobj", "ccomp") for c in clause.children)


def _closing_object_participle(ent: Span, clause: Token, trigger: Token) -> bool:
    """"He signed the decree creating the holiday in June": a date closing the sentence
    after an -ing participle that describes the verb's object is the verb's (the parser
    hangs it on the participle, but the decree was signed in June, it did not create the
    holiday then); so is the day of an occasion attended ("attended a ceremony organised
    by the ministry on Monday": held then, attended then)."""
    doc = ent.doc
    described = clause.tag_ == "VBG" or clause.tag_ == "VBN" and clause.lemma_ in ORGANISER_VERBS
    return clause.dep_ == "acl" and described and clause.head.head.i == trigger.i \
        and clause.head.dep_ == "dobj" and (ent.end == len(doc) or doc[ent.end].is_punct)


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
