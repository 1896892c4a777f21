"""Occasions a text dates and later refers back to.

Split out of :mod:`dating`: "the summit of 12 March" names a day that "at the summit" or
"two days before the reopening" later counts from; the reading loop remembers such days in
``Context.named_days``.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from pipeline.extraction.dates import ResolvedDate, resolve_date
from pipeline.extraction.events import Context


def name_the_day(ent: Span, day: dt.date, ctx: Context) -> None:
    """Remember the day of an occasion the text dates ("the 26 January presidential
    election", "the summit of 12 March"), so that "on election day" can find it later."""
    root = ent.root
    nouns = [root.head]
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        nouns = [root.head.head]  # "the summit of 12 March"
    elif root.dep_ == "pobj" and root.head.lower_ == "on" and root.head.head.pos_ == "VERB":
        # "held a presidential election on 26 January": the occasion is the act's object;
        # "the crossings reopened on 17 November": the act itself ("the reopening")
        nouns = [c for c in root.head.head.children if c.dep_ in ("dobj", "nsubjpass")]
        ctx.named_days[act_stem(root.head.head.lemma_)] = day
    elif root.dep_ not in ("nummod", "compound", "nmod", "npadvmod", "poss", "appos"):
        return
    for noun in nouns:
        if noun.pos_ == "NOUN" and not ent.start <= noun.i < ent.end:
            ctx.named_days[noun.lemma_.lower()] = day


OCCASION_NOUNS = frozenset({"ceremony", "summit", "forum", "conference", "briefing", "session",
                            "meeting", "talks", "visit", "interview", "debate", "rally",
                            "parade", "congress", "plenary", "sitting", "hearing", "trial"})
"""Occasions a later sentence refers back to with "at the ceremony", "during the visit"."""
OCCASION_PREPS = frozenset({"at", "during", "on", "after", "before", "following"})


ACT_SUFFIXES = ("ing", "ion", "ure", "al", "ment")


def act_stem(word: str) -> str:
    """A verb and the noun naming its act share this stem ("reopen"/"reopening",
    "close"/"closure", "elect"/"election", "withdraw"/"withdrawal")."""
    word = word.lower()
    for suffix in ACT_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word.rstrip("e")


def from_occasion(ent: Span, now: dt.date | None, ctx: Context) -> ResolvedDate | None:
    """"Two days before the reopening": a distance from an act the text has dated."""
    relation = ent.doc[ent.end]
    noun = next((g for g in relation.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
    if noun is None or now is None:
        return None
    day = ctx.named_days.get(act_stem(noun.lemma_))
    back = resolve_date(ent.text + " ago", now, ctx.anchor, False)
    if day is None or back is None or back.precision != "day":
        return None
    distance = now - back.date
    return ResolvedDate(day - distance if relation.lower_ == "before" else day + distance)


def name_the_occasions(ent: Span, day: dt.date, ctx: Context) -> None:
    """"Handed over a day earlier at a fire station, a ceremony attended by ...": the
    occasions a sentence with one day names happened that day ("told Belsat at the
    ceremony" later is dated by it)."""
    for token in ent.sent:  # (only for a sentence with one date: the caller counts them)
        if token.lemma_.lower() in OCCASION_NOUNS and token.pos_ == "NOUN":
            ctx.named_days[token.lemma_.lower()] = day


def occasion_day(trigger: Token | None, ctx: Context) -> ResolvedDate | None:
    """The day of the occasion a statement was made at ("told Belsat at the ceremony",
    "speaking during the visit"), when an earlier sentence dated it; "at the time" is the
    date the text gave last."""
    if trigger is None:
        return None
    heads = [trigger] + [c for c in trigger.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in OCCASION_PREPS):
            for noun in (g for g in prep.children if g.dep_ == "pobj"):
                definite = any(d.lower_ in ("the", "that", "this") for d in noun.children)
                if definite and noun.lower_ == "time" and prep.lower_ == "at" \
                        and not any(a.lower_ == "same" for a in noun.children) \
                        and ctx.last_dated is not None:  # ("at the same time": meanwhile)
                    return ctx.last_dated  # "rejected those claims at the time"
                day = ctx.named_days.get(noun.lemma_.lower())
                if definite and day is not None:
                    return ResolvedDate(day)
    return None


def named_day(ent: Span, ctx: Context) -> dt.date | None:
    """The day of an occasion dated earlier in the article ("on election day", "on the day
    of the summit"), or None."""
    if not ctx.named_days:
        return None
    nouns = [t for t in ent if t.pos_ == "NOUN"] + [
        g for c in ent.root.children if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children if g.dep_ == "pobj"]
    return next((ctx.named_days[t.lemma_.lower()] for t in nouns
                 if t.lemma_.lower() in ctx.named_days), None)
