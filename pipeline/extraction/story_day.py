"""Which dates move the story's day and which are background.

Split out of :mod:`dating`: undated sentences continue from the day the article last
established (the story's day), so a date must not become it when it only looks back ("two
years ago"), belongs to a flashback in the past perfect, places an act the story already
told ("the incursion took place on Thursday"), names a thing ("the 2020 election"), lies
ahead, or sits inside what someone reports -- except the one date of a wire lede's act.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from pipeline.extraction.candidate import Context
from pipeline.extraction.dateless import period_end
from pipeline.extraction.dates import ResolvedDate
from pipeline.extraction.gazetteer import load_gazetteer
from pipeline.extraction.mention import definite
from pipeline.extraction.occasions import MEDIUM_NOUNS
from pipeline.extraction.roles import SPEECH_LEMMAS, is_future
from pipeline.types import ExtractedEvent

LOOK_BACK = re.compile(r"\b(last|previous|earlier|ago|before|prior)\b")
"""Date words that look back from the story ("last Friday", "two days earlier")."""


def looks_ahead(word: Token) -> bool:
    """Whether a date under this word lies ahead of when it was said: a future ("will
    open on Friday") or a future in the past ("said it would be ready in November")."""
    return is_future(word, would=True)


def _clause_verb(ent: Span) -> Token:
    """The verb of the clause a date stands in (up from the date through its nouns)."""
    verb = ent.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def dates_a_back_reference(ent: Span) -> bool:
    """"The incursion took place on Thursday, November 2": a date given to an act the story
    already told ("the incursion", "the incident") places that act, not the story's day."""
    return _told_before_as_subject(_clause_verb(ent), load_gazetteer().anaphor_nouns)


def _told_before_as_subject(verb: Token, nouns: frozenset[str]) -> bool:
    """Whether the verb's subject is a definite noun of ``nouns`` ("the incursion", "the
    meeting"): a thing the story has already told."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in nouns
               and definite(c)
               for c in verb.children)


def reported_inside(ent: Span) -> bool:
    """"Gora said on Monday that investigators were checking whether the response on
    November 16 had been planned": a date inside what is reported dates the reported past,
    while the story goes on from the day of the saying."""
    current = ent.root
    for _ in range(12):
        if current.dep_ == "ccomp" and current.head.i != current.i \
                and current.head.lemma_ in SPEECH_LEMMAS:
            return True
        if any(c.dep_ == "parataxis" and c.lemma_ in SPEECH_LEMMAS for c in current.children):
            return True  # ("On 17 September 1939, he said, the shackles ... fell")
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def wire_lede(ent: Span, ctx: Context, day_dates: int) -> bool:
    """"Chushev paid his first visit to Lower Silesia on Thursday, the regional government
    said": the opening sentence's one date, on an act told in the past, is the news day
    the story goes on from, though an attribution frames it."""
    if ctx.story_date is not None or ctx.lede_story is not None \
            or day_dates != 1 + len(attribution_dates(ent)):
        return False
    verb = _clause_verb(ent)
    return verb.tag_ == "VBD" and verb.lemma_ not in SPEECH_LEMMAS


def attribution_dates(ent: Span) -> list[Span]:
    """"Polska 2050 held gatherings on Friday, the movement said on Saturday": the dates of
    the saying that frames the clause a date stands in (the report's day, not the act's)."""
    verb = _clause_verb(ent)
    sayings = [verb.head] if verb.dep_ == "ccomp" and verb.head.lemma_ in SPEECH_LEMMAS else []
    sayings += [c for c in verb.children if c.dep_ == "parataxis" and c.lemma_ in SPEECH_LEMMAS]
    return [other for other in ent.sent.ents if other.label_ == "DATE" and other != ent
            and any(_clause_verb(other).i == saying.i for saying in sayings)]


def is_background(ent: Span) -> bool:
    """A look back inside a subordinate clause ("the activist, who was detained two years
    ago, ...", "since it closed last year") is background: it dates that clause only, so it
    must not become the date of the paragraph's later sentences."""
    if pluperfect(ent) or dates_a_back_reference(ent) or looks_ahead(ent.root.head):
        return True  # (a plan's date is not the day the paragraph's news happened)
    if names_a_thing(ent):
        return True
    if starts_a_period(ent) or period_end(ent):
        return True  # "although he has been in Poland since October 2020": when a state
        # that lasts until now began, not the day of the story; nor when one ends or is
        # due ("closed until 5 March", "decisions due by the end of the week")
    if any(t.lemma_.lower() in RECALLING and any(c.dep_ in ("ccomp", "mark") for c in t.children)
           for t in ent.root.ancestors):  # (not "recalled its ambassador on Monday")
        return True  # "Recalling that Poland needed eight years to get from 1981 to 1989,
        # he said ...": what a speaker recalls is the past, not the day of the story
    if ent.root.dep_ == "pobj" and ent.root.head.head.dep_ == "acl" \
            and ent.root.head.head.tag_ in ("VBN", "VBG") \
            and ent.root.head.head.head.pos_ == "NOUN" \
            and not published_medium(ent.root.head.head) \
            and not _after_gerund_object(ent):
        return True  # "the results of the referendum held in Belarus on 27 February", "an
        # agreement dating from 1992"
    if describes_a_noun(ent):
        return True  # "the Belarusian Culture Centre, which started work on 1 January": the
        # day describes the thing, the story stays where it was
    if not LOOK_BACK.search(ent.text.lower()):
        return False
    return any(t.dep_ in ("relcl", "advcl", "acl") for t in [ent.root, *ent.root.ancestors])


def _after_gerund_object(ent: Span) -> bool:
    """"signed the decree creating the holiday in June": a date after the object of a
    gerund that tells what a noun does is the main verb's, which the parser hung on the
    gerund ("an agreement dating from 1992" has no object)."""
    gerund = ent.root.head.head
    return gerund.tag_ == "VBG" and any(c.dep_ == "dobj" and c.i < ent.start
                                        for c in gerund.children)


def starts_a_period(ent: Span) -> bool:
    """"since October 2020", "since the weekend": the start of a state that lasts until the
    story, never the day of one act or of the words that tell it."""
    return ent.root.dep_ == "pobj" and ent.root.head.lower_ == "since" \
        or ent.start > 0 and ent.doc[ent.start - 1].lower_ == "since"


def describes_a_noun(ent: Span) -> bool:
    """A date inside a relative clause on a noun ("their commander, who fell fighting an
    NKVD regiment on August 21, 1944"): it tells of the thing or person, so it is neither
    the story's day nor the day "the same day" later refers to."""
    return any(t.dep_ == "relcl" and t.head.pos_ in ("NOUN", "PROPN")
               and not published_medium(t) for t in [ent.root, *ent.root.ancestors])


def published_medium(clause: Token) -> bool:
    """"In an interview that Belsat published on Tuesday, X said ...", "Asked in an
    interview published on 24 April, X said": a clause on what a statement is made in,
    in a phrase of the verb, dates the statement, not a thing."""
    return clause.head.lemma_ in MEDIUM_NOUNS and clause.head.dep_ == "pobj" \
        and clause.head.head.dep_ == "prep" and clause.head.head.head.pos_ in ("VERB", "AUX")


RECALLING = frozenset({"recall", "remember", "remind", "reminisce"})
"""Verbs whose clause tells a past the speaker recalls."""


def premodifies(ent: Span) -> bool:
    """"the 2005 agreement", "the 26 January presidential election": a date before a noun,
    inside the noun phrase a determiner opens, names that thing (a misparse of "On
    Wednesday Poland's minister" as a compound has no such determiner)."""
    noun = ent.root.head
    return ent.root.dep_ in ("nummod", "compound", "amod", "nmod") and noun.i >= ent.end \
        and noun.pos_ in ("NOUN", "PROPN") \
        and any(c.dep_ in ("det", "poss") and c.i < ent.start for c in noun.children)


def names_a_thing(ent: Span) -> bool:
    """"honoured the city's defenders of September 1939", "protests against the result of
    Sunday's election": a date that is part of a noun's name (the object of "of" under a
    noun, a possessive) is no day of the story, so it never becomes the story's or the
    paragraph's day, nor the day of a verb it hangs under (it may still date a sentence
    that gives no other)."""
    if ent.root.dep_ == "poss":
        return True  # "the result of Sunday's election": the occasion's own name
    if premodifies(ent):
        return True  # "cancelled the 2005 agreement in late October": the accord's year
    prep = ent.root.head
    return ent.root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ in ("NOUN", "PROPN")


def pluperfect(ent: Span) -> bool:
    """A sentence told in the past perfect ("X had been barred from leaving, but tried to
    escape on 3 January") is a flashback: its dates belong to that background, and the story
    (and the paragraph) stay at the day the article had reached."""
    return _had_done(_tree_root(ent.root)) or _flashback_clause(ent)


def flashback_opening(ent: Span) -> bool:
    """"Two weeks earlier, on 10 November, the frontier had already divided the chamber. X
    objected ...": a paragraph that opens with a dated time phrase before a main verb in the
    past perfect goes back to that day, and its undated sentences are told on it (the story's
    own day stays where it was)."""
    root = _tree_root(ent.root)
    return _had_done(root) and ent.end <= root.i


def _tree_root(token: Token) -> Token:
    """The root of the tree a token is in (up through its heads)."""
    while token.head.i != token.i:  # (Tokens are new objects: compare indices)
        token = token.head
    return token


def _had_done(verb: Token) -> bool:
    """A verb in the past perfect ("had turned up", "had been warned")."""
    return verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had"
                                      for c in verb.children)


def _flashback_clause(ent: Span) -> bool:
    """"..., while 23 families had turned up at the meeting on 26 May": a subordinate
    clause in the past perfect is a flashback too, unless it only sets the time of the
    main act ("after the ministers had met on Tuesday, Rau said": the story's day)."""
    verb = _clause_verb(ent)
    return verb.dep_ in ("advcl", "conj", "relcl") and _had_done(verb) and not any(
        c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in verb.children)


TIME_MARKS = frozenset({"after", "when", "once", "as", "before", "until", "till", "since"})
"""Conjunctions of a clause that sets the time of the main act."""


TOLD_CONTACT_NOUNS = frozenset({"meeting", "talk", "talks", "visit", "consultation",
                                "consultations", "negotiation", "negotiations", "session"})
"""Nouns that refer back to a contact the story told ("the meeting", "the talks")."""
HAPPENING_VERBS = frozenset({"open", "begin", "start", "take", "be", "hold", "end", "close",
                             "conclude"})
"""Verbs that place a contact in time ("opened on Tuesday", "took place", "was held")."""
TOLD_CONTACT_DAYS = 7
"""How far before publication a later sentence may place a contact the lede left undated
("this week", "recently"): within the week of the report."""


def contact_placed(dated: list[tuple[Span, ResolvedDate]]) -> ResolvedDate | None:
    """"The meeting opened on Tuesday", "The talks were held on Monday": the day a sentence
    gives a contact the story already told (a definite noun as the subject of a verb of
    taking place), or None."""
    for ent, resolved in dated:
        verb = _clause_verb(ent)
        if resolved.precision == "day" and verb.lemma_.lower() in HAPPENING_VERBS \
                and _told_before_as_subject(verb, TOLD_CONTACT_NOUNS):
            return resolved
    return None


def date_the_told_contact(events: list[ExtractedEvent], placed: ResolvedDate, before: int,
                          published: dt.date | None, own_day: set[int]) -> None:
    """"Officers of the two defence ministries spent two days this week talking in Brest.
    The meeting opened on Tuesday": the last contact told before (character offset
    ``before``) that had no day of its own, only the publication's, is on the day given."""
    told = next((e for e in reversed(events) if e.kind == "meeting"
                 and (e.char_start or 0) < before), None)
    if told is None or published is None or told.date != published or id(told) in own_day \
            or told.date_precision != "day" \
            or not 0 < (published - placed.date).days <= TOLD_CONTACT_DAYS:
        return
    told.date = placed.date
