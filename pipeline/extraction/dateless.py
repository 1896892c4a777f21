"""Date expressions that date nothing of the story: an ordinal counting sittings, a year in
a name, the period a quota serves, what lies ahead of an act, a weekday before its numbered
date, a range's first day cut off by the parser, a date described, some weekday.
:func:`sentence_dates.sentence_dates` drops them before it resolves the rest; :func:`period_end`
(the end of a period, a thing's period) is kept for the story but dates no act."""

from __future__ import annotations

import re

from spacy.tokens import Span

from pipeline.extraction.dates import MONTHS, WEEKDAYS

ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
"""A bare ordinal the NER may tag as a date; modifying a noun ("the 22nd session") it is not."""
WEEKDAY_NAMES = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
WEEKDAY_WORDS = frozenset(WEEKDAY_NAMES.split("|"))
WEEKDAY = re.compile(r"(?:on )?(?:" + WEEKDAY_NAMES + ")")
"""A bare weekday: followed by a numbered date ("on Monday, 8 September") it only names
that date's weekday, and the date is what counts."""


def ordinal_of_a_noun(ent: Span) -> bool:
    """"the 22nd session", "The 19th sitting of the commission": an ordinal (with its
    article) that modifies a noun outside the entity counts sittings, it dates nothing."""
    words = [t for t in ent if t.dep_ != "det"]
    return len(words) == 1 and ORDINAL.fullmatch(words[0].text) is not None \
        and words[0].dep_ == "amod" and not ent.start <= words[0].head.i < ent.end


def year_of_a_name(ent: Span) -> bool:
    """"Under the 2011 Vienna Document", "Belarus Today": a year or day word inside a proper
    name dates nothing of the story (and must not become the day "at the time" refers to)."""
    if len(ent) == 1 and ent.root.pos_ == "PROPN" and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" for c in ent.root.children):
        return True  # "the state newspaper SB. Belarus Today", "USA Today": a title's word
    if len(ent) != 1 or not ent.text.isdigit() or len(ent.text) != 4:
        return False
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.pos_ == "PROPN" and before.is_title \
            and before.lower_ not in MONTHS and before.lower_ not in WEEKDAYS \
            and ent.root.dep_ in ("nummod", "compound", "appos"):
        return True  # "Szymon Hołownia's Polska 2050 movement", "the Belarus 2020 group"
    return ent.root.dep_ in ("nummod", "compound", "amod") and ent.root.head.pos_ == "PROPN" \
        and ent.root.head.i > ent.root.i


SCHEDULING = frozenset({"schedule", "plan", "set", "slate", "due", "fix", "book", "call"})
"""Words after which "for <date>" is when something will happen ("talks set for Monday")."""


def period_served(ent: Span) -> bool:
    """"Agreed an exchange of permits for next year", "the quota for 2020": a date after
    "for" is the period the act serves, not its day (unless it is what an act is set for:
    "talks scheduled for Monday")."""
    prep = ent.root.head
    return ent.root.dep_ == "pobj" and prep.lower_ == "for" \
        and prep.head.lemma_ not in SCHEDULING


def ahead_of(ent: Span) -> bool:
    """"Greeted Poles ahead of the 3 May holiday", "needed tension ahead of its 15 October
    election": the date names what lies ahead of the act, not the act's day."""
    word = ent.root
    for _ in range(3):
        if word.head.i == word.i:
            return False
        word = word.head
        if word.lower_ == "of" and word.head.lower_ == "ahead":
            return True
    return False


def weekday_of(ent: Span, after: Span | None) -> bool:
    """"On Monday, 8 September": a bare weekday right before a numbered date, with nothing
    but punctuation between (not "complained on Monday that since 20 March ...")."""
    return after is not None and WEEKDAY.fullmatch(ent.text.lower()) is not None \
        and after.start - ent.end <= 2 and any(c.isdigit() for c in after.text) \
        and all(t.is_punct for t in ent.doc[ent.end:after.start])


RANGE_START = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\s*(?:and|to|-|–|—)?")


def range_start(ent: Span, after: Span | None) -> bool:
    """"on 17 and 18 July last year": the parser may cut a range's first day ("17 and")
    off as a date of its own, which alone would be the 17th of the current month; the day
    is the range's, and the date that follows it dates the act."""
    return after is not None and RANGE_START.fullmatch(ent.text.strip()) is not None \
        and after.start - ent.end <= 1 and after.text[:1].isdigit()


def described(ent: Span) -> bool:
    """"describes 2019 as a year of intensive contacts": a date that is the object of a
    description (the verb goes on with "as ..." or a predicate) is its topic, not its day."""
    verb = ent.root.head
    return ent.root.dep_ == "dobj" and verb.pos_ == "VERB" and any(
        c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)


def any_weekday(ent: Span) -> bool:
    """"spent a Tuesday and a Wednesday in Warsaw": a weekday with an indefinite article is
    some day of that name, not the last one before publication."""
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ in ("a", "an") \
        and ent.text.lower() in WEEKDAY_WORDS


def recurring(ent: Span) -> bool:
    """"where people had been gathering every evening", "each Sunday": a time that recurs
    names no one day (it was read as the last evening before publication)."""
    return ent.text.lower().split()[0] in ("every", "each")


COMMON_MONTH_WORDS = frozenset({"march", "may"})
"""Month names that are also common words: in lower case they name no month."""


def month_as_common_word(ent: Span) -> bool:
    """"on the eve of the previous march": a month name in lower case, with no number beside
    it, is the common word (a march, not March)."""
    return any(t.lower_ in COMMON_MONTH_WORDS and not t.is_title for t in ent) \
        and not any(t.like_num for t in ent)


def period_end(ent: Span) -> bool:
    """"extended visa-free travel for Poles until the end of 2023", "closed the crossing
    until 5 March", "keep visa-free entry in force throughout 2023": the day a period ends,
    or the period itself, is not the day of the act that set it."""
    word = ent.root
    if period_of_a_thing(ent):
        return True
    for _ in range(3):  # ("until the end of 2023": up through "of" and "the end")
        if word.dep_ == "pobj" and word.head.lower_ in ("until", "till", "throughout", "by"):
            return True
        if word.dep_ not in ("pobj", "prep"):
            return False
        word = word.head
    return False


def period_of_a_thing(ent: Span) -> bool:
    """"signed a protocol for 2017 to 2019", "the permits for 2019": the period a thing
    covers (a date under "for" on a noun, and the end of its range) is not the act's day."""
    doc, first = ent.doc, ent.start
    ranged = first >= 2 and doc[first - 1].lower_ in ("to", "-", "–") \
        and doc[first - 2].ent_type_ in ("DATE", "CARDINAL")
    if ranged:  # ("for 2017 to 2019": a span, however the parser hangs it)
        first -= 2
        while first > 0 and doc[first - 1].ent_type_ == doc[first].ent_type_:
            first -= 1
    prep = doc[first - 1] if first > 0 else None
    return prep is not None and prep.lower_ == "for" and prep.dep_ == "prep" \
        and (ranged or prep.head.pos_ in ("NOUN", "PROPN"))
