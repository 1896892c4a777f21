"""Occasions a text dates and later refers back to, and clauses told at the time of the act.

Split out of :mod:`dating`: "the summit of 12 March" names a day that "at the summit" or
"two days before the reopening" later counts from; the reading loop remembers such days in
``Context.named_days``.  :func:`same_time` tells which subordinate clauses are told at the
time of the act they hang on ("Tusk, speaking in Warsaw on 11 April, said"), so their date is
the act's.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from pipeline.extraction.candidate import Context
from pipeline.extraction.dates import ResolvedDate, resolve_date
from pipeline.extraction.mention import definite


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
    for clause in (c for c in root.children if c.dep_ == "relcl"
                   and any(g.lower_ == "when" for g in c.children)):
        # "came on 25 August, when the committee met in an extraordinary session": what
        # the "when" clause tells happened that day ("two days after the committee session")
        ctx.named_days[act_stem(clause.lemma_)] = day
        nouns += [g for c in clause.children if c.dep_ == "prep" for g in c.children
                  if g.dep_ == "pobj"] + [c for c in clause.children if c.dep_ == "dobj"]
    for noun in nouns:
        if noun.pos_ == "NOUN" and not ent.start <= noun.i < ent.end:
            ctx.named_days[noun.lemma_.lower()] = day


OCCASION_NOUNS = frozenset({"ceremony", "summit", "forum", "conference", "briefing", "session",
                            "meeting", "talks", "visit", "interview", "debate", "rally",
                            "parade", "congress", "plenary", "sitting", "hearing", "trial",
                            "march"})
"""Occasions a later sentence refers back to with "at the ceremony", "during the visit"."""
OCCASION_PREPS = frozenset({"at", "during", "on", "after", "before", "following"})
REPORTED_OCCASION_PREPS = OCCASION_PREPS | {"for"}
"""An act told by its report may also be *for* an occasion ("met in the Sejm for the forum,
the foundation said on Tuesday"): :func:`pipeline.extraction.dating.date_for`."""
SAME_OCCASION = {"talk": "meeting", "consultation": "meeting", "negotiation": "meeting"}
"""Nouns a text uses by turns for a contact it dated as "the meeting" ("After Wednesday's
meeting ... After the talks, Morawiecki told reporters")."""


def day_of_occasion(noun: Token, ctx: Context) -> dt.date | None:
    """The day the text gave the occasion ``noun`` names, under its own name or, if the
    text dated none by that name, as "the meeting"."""
    lemma = noun.lemma_.lower()
    day = ctx.named_days.get(lemma)
    if day is None and lemma in SAME_OCCASION:
        day = ctx.named_days.get(SAME_OCCASION[lemma])
    return day


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
    noun = next((g for g in relation.children if g.dep_ == "pobj"
                 and g.pos_ in ("NOUN", "VERB")), None)  # (the parser may tag "reopening" a verb)
    if noun is None or now is None:
        return None
    day = ctx.named_days.get(act_stem(noun.lemma_)) or day_of_occasion(noun, ctx)
    # (an act, "the reopening", or an occasion, "two days after the committee session")
    back = resolve_date(ent.text + " ago", now, ctx.anchor, False)
    if day is None or back is None or back.precision != "day":
        return None
    distance = now - back.date
    return ResolvedDate(day - distance if relation.lower_ == "before" else day + distance)


def name_the_occasions(ent: Span, day: dt.date, ctx: Context) -> None:
    """"Handed over a day earlier at a fire station, a ceremony attended by ...": the
    occasions a sentence with one day names happened that day ("told Belsat at the
    ceremony" later is dated by it); "the forum" named again is the one already dated (the
    sentence's day may be a report's: "met for the forum, the foundation said on Tuesday")."""
    for token in ent.sent:  # (only for a sentence with one date: the caller counts them)
        lemma = token.lemma_.lower()
        if lemma in OCCASION_NOUNS and token.pos_ in ("NOUN", "PROPN") \
                and not (lemma in ctx.named_days and definite(token)):
            ctx.named_days[lemma] = day


def occasion_day(trigger: Token | None, ctx: Context,
                 preps: frozenset[str] = OCCASION_PREPS) -> ResolvedDate | None:
    """The day of the occasion a statement was made at ("told Belsat at the ceremony",
    "speaking during the visit"), when an earlier sentence dated it; "at the time" is the
    date the text gave last, "said then" the day it named last."""
    if trigger is None:
        return None
    if trigger.lemma_ == "add" and ctx.last_said is not None:
        return ctx.last_said  # "Karpiński said then ... He added that": the same remarks
    if (ctx.anchor is not None or ctx.last_dated is not None) and any(
            c.dep_ == "advmod" and c.lower_ == "then" and c.i == trigger.i + 1
            for c in trigger.children):
        last = ctx.last_dated
        if last is not None and ctx.published is not None \
                and 0 <= (ctx.published - last.date).days <= THEN_DAYS:
            return last  # ("He signed the decree in June. [...] The ministry said then")
        if ctx.anchor is not None:
            return ResolvedDate(ctx.anchor)  # "Karpiński said then that ...": on the day just
        # named (not in "the years 1917-1921" the meeting dealt with)
    marched = march_day(trigger, ctx)
    if marched is not None:  # "On Thursday, 20 August, a solidarity march ... [...] The
        return marched  # mayor marched with the Belarusians"
    heads = [trigger] + [c for c in trigger.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in preps):
            for noun in (g for g in prep.children if g.dep_ == "pobj"):
                pointed = definite(noun)
                if pointed and noun.lower_ == "time" and prep.lower_ == "at" \
                        and not any(a.lower_ == "same" for a in noun.children) \
                        and ctx.last_dated is not None:  # ("at the same time": meanwhile)
                    return ctx.last_dated  # "rejected those claims at the time"
                day = day_of_occasion(noun, ctx)
                if pointed and day is not None:
                    return ResolvedDate(day)
        # "his ministry announced on Friday ... The ministry's announcement also accused":
        # words told as those of an act the text dated are from that day
        for noun in [c for c in head.children if c.dep_ == "nsubj"] + [
                g for c in head.children if c.dep_ == "prep" and c.lower_ == "in"
                for g in c.children if g.dep_ == "pobj"]:
            day = ctx.named_days.get(act_stem(noun.lemma_)) if noun.pos_ == "NOUN" else None
            if day is not None and any(d.dep_ in ("det", "poss") for d in noun.children):
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


THEN_DAYS = 366
"""How far before the report the last date named may lie for "said then" to mean it (a
year or so: "the years 1917-1921" a seminar dealt with are its topic, not a time of the
story)."""


SAME_TIME_MARKS = frozenset({"when", "while", "as"})
"""Conjunctions of a clause that happens at the time of its main clause."""


GERUND_NEIGHBOURS = frozenset({"before", "after", "upon", "on", "in", "when", "while"})
"""A gerund after these ("before flying", "after meeting", "on arriving", "in announcing",
"while visiting") is an act right next to its main clause's: they share a day."""


MEDIUM_NOUNS = frozenset({"statement", "letter", "post", "message", "note", "communique",
                          "tweet", "interview", "video", "address", "article", "op-ed"})
"""What a statement is made in ("In a statement published on Saturday, X called ...")."""


SESSION_VERBS = frozenset({"meet", "gather", "convene", "sit"})
"""A body's sitting: what the body did is done at it."""


OCCASION_VERBS = frozenset({"speak", "address", "talk", "write", "comment", "reply", "respond",
                            "answer", "appear", "visit", "open", "meet", "chair", "host"})
"""Participles that name the occasion of what their subject says or does ("speaking in
Warsaw on 11 April", "visiting Brest on Friday")."""


def same_time(clause: Token, trigger: Token) -> bool:
    """"When Lukashenka appointed Chushev in February, he told him ...": a temporal clause
    of the trigger's own verb is at the trigger's time, so its date dates the trigger; so is
    the day the statement the trigger speaks in was published ("In a statement published
    on Saturday, the ministry called on ...")."""
    if clause.dep_ in ("acl", "relcl") and clause.tag_ == "VBN" \
            and clause.head.lemma_ in MEDIUM_NOUNS:  # (or "an interview that X published")
        governor = clause.head.head.head
        if governor.dep_ == "advcl" and governor.tag_ == "VBN":
            governor = governor.head  # "Asked by Belsat in an interview published on 24
            # April what the minister had meant, Jasina said ..."
        return clause.head.dep_ == "pobj" and governor.i == trigger.i
    if clause.dep_ == "acl" and clause.tag_ == "VBG" and clause.lemma_ in OCCASION_VERBS \
            and clause.head.dep_ == "nsubj" and clause.head.head.i == trigger.i:
        return True  # "Tusk, speaking in Warsaw on 11 April, said ...": that day (but not
        # "Lukashenko, facing ... after a disputed Aug. 9 election, said")
    if clause.dep_ == "pcomp" and clause.tag_ == "VBG" \
            and clause.head.lower_ in GERUND_NEIGHBOURS and clause.head.head.i == trigger.i:
        return True  # "Before flying to Beijing on 22 June, Duda said ...": that day
    if clause.dep_ == "relcl" and clause.lemma_ in SESSION_VERBS:
        subject = clause.head  # (the parser may hang the clause on "the commission on X")
        while subject.dep_ in ("pobj", "prep") and subject.head.i != subject.i:
            subject = subject.head
        # "The commission on transport, which met in Brest on Monday, agreed ...": there
        return subject.dep_ in ("nsubj", "nsubjpass") and subject.head.i == trigger.i
    return clause.dep_ == "advcl" and clause.head.i == trigger.i and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in SAME_TIME_MARKS for c in clause.children)


OTHER_TIME_WORDS = frozenset({"earlier", "later", "previously", "afterwards", "subsequently",
                              "before"})
"""Words that put a remark at another time than the one told around it."""


SET_BY_ACT = frozenset({"after", "before", "following"})
"""Prepositions that set a remark by another act ("After meeting Kariņš, Morawiecki told
reporters", "Before boarding the return flight he said"): an occasion of its own."""


def told_at_another_time(trigger: Token | None) -> bool:
    """"She had said earlier that a patrol opened fire", "later in the month Żaryn wrote":
    a saying the text sets at another time (a time adverb, a prepositional phrase of one,
    the past perfect, or a phrase setting it after or before another act, on the saying or
    on the clause that frames it) was another occasion than the speaker's remarks around it,
    even on the same day or in the same month."""
    if trigger is None:
        return False
    framing = [trigger] + [c for c in trigger.children if c.dep_ == "advcl"]
    if any(c.dep_ == "prep" and c.lower_ in SET_BY_ACT
           and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
           for t in framing for c in t.children):
        return True  # ("Speaking to reporters after the meeting, the prime minister said")
    return any(
        c.dep_ == "advmod" and c.lower_ in OTHER_TIME_WORDS
        or c.dep_ == "aux" and c.lower_ == "had"
        or c.dep_ == "prep" and any(g.lower_ in OTHER_TIME_WORDS for g in c.children)
        for c in trigger.children) or written_also(trigger) \
        or trigger.dep_ == "ccomp" and written_also(trigger.head)  # (and what the post says)


PLATFORMS = frozenset({"twitter", "facebook", "telegram", "instagram", "youtube", "x",
                       "media"})
"""Where a post is written ("on Twitter", "on X", "on social media")."""


def written_also(trigger: Token) -> bool:
    """"Briefing reporters, Jasina said ... On Wednesday the spokesman also wrote on social
    media that ...": a post the speaker "also" wrote is another occasion, another medium,
    than the remarks told before it (the gold brief: a different medium or audience makes
    another occasion)."""
    return any(c.dep_ == "advmod" and c.lower_ == "also" for c in trigger.children) and any(
        c.dep_ == "prep" and c.lower_ in ("on", "in") and any(
            g.dep_ == "pobj" and g.lower_ in PLATFORMS for g in c.children)
        for c in trigger.children)


def occasion_referred(sentence: Span, ctx: Context) -> ResolvedDate | None:
    """"Much of the session was spent on the rules. The members also met the consul": an
    undated sentence about an occasion the text dated ("the session", "the talks") is told
    at that occasion, and so is what its paragraph goes on to tell."""
    for token in sentence:
        if token.pos_ == "NOUN" and (token.lemma_.lower() in OCCASION_NOUNS
                                     or token.lemma_.lower() in SAME_OCCASION) and definite(token):
            day = day_of_occasion(token, ctx)
            if day is not None:
                return ResolvedDate(day)
        if _pointed_gerund(token) and (day := ctx.named_days.get(token.lower_)) is not None:
            return ResolvedDate(day)
        if token.dep_ == "ROOT" and (marched := march_day(token, ctx)) is not None:
            return marched  # ("The mayor marched with them. He said ...": there)
    return None


def _pointed_gerund(token: Token) -> bool:
    """"Kowal told that sitting that ...": the small model may read "that sitting" as a
    conjunction and a verb; an occasion word in -ing right after "that" or "this" is still
    the occasion pointed back to."""
    return token.tag_ == "VBG" and token.lower_ in OCCASION_NOUNS and token.i > 0 \
        and token.doc[token.i - 1].lower_ in ("that", "this")


MARCHES = frozenset({"march"})
"""Occasion nouns that are also the verb of taking part in them ("a solidarity march on
20 August ... The mayor marched with the Belarusians"): the verb refers back to the day."""


def march_day(verb: Token, ctx: Context) -> ResolvedDate | None:
    """The day of the occasion a verb of taking part in it names, if the text dated one."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in MARCHES or lemma not in ctx.named_days:
        return None
    return ResolvedDate(ctx.named_days[lemma])
