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

``|tone| < NEUTRAL_BAND`` (0.2) counts as neutral: mild positives are common in diplomatic wording,
so only a clear lean counts in summaries and tests.
"""

from __future__ import annotations

from functools import lru_cache

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from pipeline.extraction.gazetteer import load_gazetteer

NEUTRAL_BAND = 0.2
PRIOR_WEIGHT = 0.5
ROOT_PRIORS = {"03": 0.5, "05": 0.6, "06": 0.5, "07": 0.5, "08": 0.5, "10": -0.4,
               "11": -0.6, "12": -0.6, "13": -0.7}
"""Lean of a CAMEO root (see module docstring); roots 14-20 (material conflict) are -0.6."""
MATERIAL_CONFLICT_PRIOR = -0.6


@lru_cache(maxsize=1)
def _analyzer() -> SentimentIntensityAnalyzer:
    analyzer = SentimentIntensityAnalyzer()
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


@lru_cache(maxsize=2048)
def tone(text: str, codes: tuple[str, ...] | str = ()) -> float:
    """Tone of a text in [-1, 1] (3 decimals): VADER + diplomatic lexicon + CAMEO prior.

    ``codes``: the CAMEO code of the event, then those of the other acts its sentence
    names (a single code may be passed as a string)."""
    if not text.strip():
        return 0.0
    score = float(_analyzer().polarity_scores(text)["compound"])
    score += PRIOR_WEIGHT * act_prior((codes,) if isinstance(codes, str) else codes)
    return round(max(-1.0, min(1.0, score)), 3)


def tone_label(value: float | None) -> str:
    """positive | negative | neutral, with the documented neutral band."""
    if value is None or abs(value) < NEUTRAL_BAND:
        return "neutral"
    return "positive" if value > 0 else "negative"
