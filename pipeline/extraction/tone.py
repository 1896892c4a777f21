"""Tone of a statement or event, in [-1, 1].

Method: VADER's compound score (the lexicon ships inside the ``vaderSentiment`` package) with
VADER's lexicon extended by a small diplomatic lexicon (``data/gazetteer/diplomatic_tone.tsv``:
"threat", "insidious", "hostile", "demonized" negative; "cooperation", "de-escalating",
"confidence-building", "consultations" positive), scored on the event's own sentence, or on
the whole quotation for a quoted statement.  VADER handles negation ("not a threat"),
intensifiers and punctuation; the diplomatic words fill the gap between a social-media
lexicon and news about inter-state relations.

A lexicon scores words, not acts: "Minsk demanded that Warsaw return to dialogue" reads as
friendly to VADER.  So the CAMEO code of the event's verb adds a *prior*: the verb class says
which way the act leans.  Roots 03 and 05-08 (intent to cooperate, praise, cooperate, aid,
yield) lean positive; 10 (demand) mildly negative; 11-13 (disapprove, reject, threaten) and
14-20 (protest, force posture, reduce relations, coerce, assault, fight) negative; 01, 02,
04 and 09 (plain saying, appeals, meetings, investigating) not at all -- a meeting or visit
can be cordial or tense, its words decide.

The score is ``clamp(vader + PRIOR_WEIGHT * prior)``, so a clear lexical reading can still
override the prior ("praised ... but warned of a hostile threat"), while an act stated in
neutral words keeps the sign of the act.  A plain saying (010) has no lean of its own, so it
borrows the most negative lean among the other acts its sentence names ("said Poland would
close the crossings": the closure is what the statement is about); friendly acts named in
passing ("at a summit", "after the visit") are settings rather than stances.

The diplomatic lexicon also *neutralises* a few institutional words VADER reads as
sentiment ("special services", "Security Council", "United States", "ruling party").

The statement's own verb adds the speaker's *stance* (``statement_stance.tsv``, general verbs,
not topics): "claimed", "accused", "warned", "dismissed", "condemned" frame a hostile
assertion however mild its words ("claimed Poles were dreaming of Grodno"); "thanked",
"welcomed", "hoped" a friendly one; an instruction *not* to act ("told him not to poke his
nose", "advised against travel") is a rebuke.  "Declined to comment" / "refused to discuss"
is a statement of nothing: tone 0.  The stance is added at full weight, so a positive word
about the subject matter ("accused Warsaw of wrecking friendly ties") cannot flip it.

Negation: VADER negates a word within three words of "not"/"never"; we extend its negators
with reducing and contrasting words (``tone_reducers.tsv``: "lower tension", "avoid
escalation", "instead of building bridges"), and a good thing named right after a verb of
harm is what is harmed (``tone_harmers.tsv``: "undermined good-neighbourly cooperation"); an act named under a
negated governing verb ("did not want to fight it") lends no prior (see
:mod:`pipeline.extraction.events`), so denying hostility is not read as hostility.

Contrast (:func:`contrast_weighted`): reported speech puts a concession first and the point
after "but"/"however" (or before "although"): "said A was welcome, but that B remained far
from sufficient".  The clause after the contrast word decides; when it is lexically flat,
the contrast itself turns the concession's lean into a reservation.  A release (CAMEO 084x:
"pardoned a citizen convicted of spying") is not darkened by the words naming what the
person is released from.

``|tone| < NEUTRAL_BAND`` (0.2) counts as neutral: mild positives are common in diplomatic wording,
so only a clear lean counts in summaries and tests.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from spacy.tokens import Token
from vaderSentiment.vaderSentiment import N_SCALAR, SentimentIntensityAnalyzer

from pipeline.extraction.gazetteer import load_gazetteer

NEUTRAL_BAND = 0.2
PRIOR_WEIGHT = 0.5
ROOT_PRIORS = {"03": 0.5, "05": 0.6, "06": 0.5, "07": 0.5, "08": 0.5, "10": -0.4,
               "11": -0.6, "12": -0.6, "13": -0.7}
"""Lean of a CAMEO root (see module docstring); roots 14-20 (material conflict) are -0.6."""
MATERIAL_CONFLICT_PRIOR = -0.6


class _DiplomaticAnalyzer(SentimentIntensityAnalyzer):  # type: ignore[misc]
    """VADER whose negation also covers reducing and contrasting words (tone_reducers.tsv)."""

    reducers: frozenset[str] = frozenset()
    harmers: frozenset[str] = frozenset()

    def sentiment_valence(self, valence: float, sentitext: Any, item: str, i: int,
                          sentiments: list[float]) -> list[float]:
        """VADER's word valence, with a good thing right after a verb of harm counted
        against the act ("undermined cooperation")."""
        sentiments = super().sentiment_valence(valence, sentitext, item, i, sentiments)
        words = sentitext.words_and_emoticons
        if sentiments and sentiments[-1] > 0 and any(
                str(w).lower() in self.harmers for w in words[max(0, i - 3):i]):
            sentiments[-1] = sentiments[-1] * N_SCALAR
        return sentiments

    def _negation_check(self, valence: float, words: list[str], start_i: int,
                        i: int) -> float:
        base = SentimentIntensityAnalyzer._negation_check(valence, words, start_i, i)
        if base == valence and str(words[i - (start_i + 1)]).lower() in self.reducers:
            return valence * N_SCALAR
        return float(base)


@lru_cache(maxsize=1)
def _analyzer() -> SentimentIntensityAnalyzer:
    analyzer = _DiplomaticAnalyzer()
    analyzer.reducers = load_gazetteer().tone_reducers
    analyzer.harmers = load_gazetteer().tone_harmers
    for word in analyzer.reducers:  # "lower", "avoid": no sentiment of their own, they negate
        analyzer.lexicon.pop(word, None)
    analyzer.lexicon.update(load_gazetteer().tone_lexicon)
    return analyzer


def root_prior(cameo: str | None) -> float:
    """The tone an act of this CAMEO code leans to, before reading its words."""
    if not cameo or len(cameo) < 2 or not cameo[:2].isdigit():
        return 0.0
    root = cameo[:2]
    if root in ROOT_PRIORS:
        return ROOT_PRIORS[root]
    return MATERIAL_CONFLICT_PRIOR if int(root) >= 14 else 0.0


def act_prior(codes: tuple[str, ...]) -> float:
    """Prior of the event's own act (first code), else the most negative lean among the
    other acts its sentence names ("said Poland would close the crossings" leans negative;
    a meeting or visit named in passing is a setting, not a stance, so it lends nothing)."""
    if not codes:
        return 0.0
    own = root_prior(codes[0])
    if own:
        return own
    return min((root_prior(c) for c in codes[1:]), default=0.0) if len(codes) > 1 else 0.0


NO_COMMENT_OBJECTS = frozenset({"comment", "discuss", "elaborate", "say", "confirm", "specify"})
INSTRUCTING_VERBS = frozenset({"tell", "urge", "warn", "call", "ask", "advise", "order"})


def verb_stance(verb: Token) -> float | None:
    """Lean of a statement from its own verb (``statement_stance.tsv``), ``None`` when the
    verb says the speaker said nothing ("declined to comment", "refused to discuss").

    Also: an instruction to the other side *not* to act ("told Sikorski not to poke his nose
    ...", "advised against any travel") is a rebuke, whatever words the instruction holds."""
    lemma = verb.lemma_.lower()
    stances = load_gazetteer().statement_stance
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ in ("xcomp", "dobj")}
    if lemma in stances and stances[lemma] is None:
        return None
    if lemma in ("refuse", "decline") and objects & NO_COMMENT_OBJECTS:
        return None
    chained = [c for c in verb.children if c.dep_ in ("conj", "xcomp")]
    chained += [g for c in chained for g in c.children if g.dep_ == "conj"]
    for instructing in [verb, *chained]:
        children = list(instructing.children)
        if instructing.lemma_.lower() in INSTRUCTING_VERBS and (
                any(c.dep_ == "xcomp" and any(g.dep_ == "neg" for g in c.children)
                    for c in children)
                or any(c.dep_ == "prep" and c.lower_ == "against" for c in children)):
            return REBUKE_STANCE
    return stances.get(lemma) or 0.0


REBUKE_STANCE = -0.6


@lru_cache(maxsize=2048)
def tone(text: str, codes: tuple[str, ...] | str = (), stance: float | None = 0.0) -> float:
    """Tone of a text in [-1, 1] (3 decimals): VADER + diplomatic lexicon + CAMEO prior +
    the statement verb's own stance (:func:`verb_stance`; ``None``: a non-statement, 0).

    ``codes``: the CAMEO code of the event, then those of the other acts its sentence
    names (a single code may be passed as a string)."""
    if not text.strip() or stance is None:
        return 0.0
    codes = (codes,) if isinstance(codes, str) else codes
    score = contrast_weighted(text)
    prior = act_prior(codes)
    if codes and codes[0].startswith("084") and score < 0:
        score = 0.0  # "pardoned a citizen convicted of espionage": the bad words are what
        # the person is released from, not the act
    score += PRIOR_WEIGHT * prior
    score += stance
    return round(max(-1.0, min(1.0, score)), 3)


CONTRAST_SPLIT = re.compile(r"(?<!\bnothing)(?<!\ball)(?:,|;|\s)\s*"
                            r"(?:but(?!\s+(?:also|for|as)\b)|however|although|though)\b[,\s]*"
                            r"(?:that\b\s*)?", re.IGNORECASE)
CONCESSION_TURN = 0.5
RESERVATION = 0.25
"""Share of a conceded tone that turns against the speaker's main point ("A was welcome,
but B ..." with B lexically flat still reads as a reservation)."""


def contrast_weighted(text: str) -> float:
    """VADER's compound score where the clause after the last contrast word ("but",
    "however", "although") carries the statement.

    Reported speech puts the concession first and the point second: "said the release was
    welcome, but that the steps remained far from sufficient", "had always been ready for
    good relations but Warsaw had never responded".  VADER only up-weights the words after
    "but"; a point made in flat words then loses to the concession's warm ones.  So: a
    main clause with a clear lean of its own decides; a flat one after a friendly (or
    hostile) concession reads as its opposite, at half the concession's strength."""
    analyzer = _analyzer()
    whole = float(analyzer.polarity_scores(text)["compound"])
    parts = [m for m in CONTRAST_SPLIT.finditer(text) if m.start() > 0]
    if not parts or "not only" in text.lower():  # "not only A but also B" adds, not contrasts
        return whole
    cut = parts[-1]
    head, tail = text[:cut.start()], text[cut.end():]
    if len(head.split()) < 3 or len(tail.split()) < 3:
        return whole
    if cut.group(0).strip(" ,;").lower().startswith(("although", "though")):
        head, tail = tail, head  # "although A, B": the concession comes after the word
    head_score = float(analyzer.polarity_scores(head)["compound"])
    tail_score = float(analyzer.polarity_scores(tail)["compound"])
    if abs(tail_score) >= NEUTRAL_BAND:
        return 0.25 * head_score + 0.75 * tail_score
    if abs(head_score) >= NEUTRAL_BAND:  # a reservation is a clear lean, however flat
        return -max(CONCESSION_TURN * abs(head_score), RESERVATION) * (1 if head_score > 0
                                                                        else -1)
    return whole


def tone_label(value: float | None) -> str:
    """positive | negative | neutral, with the documented neutral band."""
    if value is None or abs(value) < NEUTRAL_BAND:
        return "neutral"
    return "positive" if value > 0 else "negative"
