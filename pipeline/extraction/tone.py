"""Tone of a statement or event, in [-1, 1].

Method: VADER's compound score (the lexicon ships inside the ``vaderSentiment`` package) with
VADER's lexicon extended by a small diplomatic lexicon (``data/gazetteer/diplomatic_tone.tsv``:
"threat", "insidious", "hostile", "demonized" negative; "cooperation", "de-escalating",
"confidence-building", "consultations" positive), scored on the event's own sentence, or on
the whole quotation for a quoted statement.  VADER handles negation ("not a threat"),
intensifiers and punctuation; the diplomatic words fill the gap between a social-media
lexicon and news about inter-state relations.

``|tone| < NEUTRAL_BAND`` (0.2) counts as neutral: mild positives are common in diplomatic wording,
so only a clear lean counts in summaries and tests.
"""

from __future__ import annotations

from functools import lru_cache

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from pipeline.extraction.gazetteer import load_gazetteer

NEUTRAL_BAND = 0.2


@lru_cache(maxsize=1)
def _analyzer() -> SentimentIntensityAnalyzer:
    analyzer = SentimentIntensityAnalyzer()
    analyzer.lexicon.update(load_gazetteer().tone_lexicon)
    return analyzer


@lru_cache(maxsize=2048)
def tone(text: str) -> float:
    """Compound tone of a text in [-1, 1], rounded to 3 decimals."""
    if not text.strip():
        return 0.0
    score = _analyzer().polarity_scores(text)["compound"]
    return round(max(-1.0, min(1.0, float(score))), 3)


def tone_label(value: float | None) -> str:
    """positive | negative | neutral, with the documented neutral band."""
    if value is None or abs(value) < NEUTRAL_BAND:
        return "neutral"
    return "positive" if value > 0 else "negative"
