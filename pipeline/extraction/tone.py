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

Negation: VADER negates a word within three words of "not"/"never".  Beyond that reach,
the dependency parse gives what a negated verb denies ("do not want the Poles to regard
them as strangers or enemies": :func:`negation_scoped` reads "enemies" as no sentiment).
We extend VADER's negators with reducing and contrasting words (``tone_reducers.tsv``:
"lower tension", "avoid escalation", "instead of building bridges"), and a good thing named
right after a verb of harm is what is harmed (``tone_harmers.tsv``: "undermined
good-neighbourly cooperation"); an act named under a negated governing verb ("did not want
to fight it") lends no prior (see :mod:`pipeline.extraction.events`), so denying hostility
is not read as hostility.

Contrast (:func:`contrast_weighted`): reported speech puts a concession first and the point
after "but"/"however" (or before "although"): "said A was welcome, but that B remained far
from sufficient".  The clause after the contrast word decides; when it is lexically flat,
the contrast itself turns the concession's lean into a reservation.  A release (CAMEO 084x:
"pardoned a citizen convicted of spying") is not darkened by the words naming what the
person is released from.

Constructions (``tone_cues.tsv``, read through the dependency parse of the statement's
reported clause, :func:`pipeline.extraction.stance.content_stance`): a negated verb of accepting is a refusal ("would
not recognise any arrangements"); a negated "rule out"/"exclude" keeps an act open and leans
as that act ("not ruling out closing crossings": here "not" does not deny the act); a
promised answer under an "if" clause is a threat ("if they build it, we will respond"); a
clause that only promises to look into the matter later ("would comment once it had
clarified the facts") says nothing yet.  In the words: conventional veiled-warning formulas
("draw the appropriate conclusions", "show what it is capable of", "feel the cost") lean
negative and their polite words are not read; a hostile frame (a stance <= -0.5 or such a
formula) does not mean the friendly words it reports ("claimed the Poles were ready to
march in"); praise in a mocking remark is not praise; thanks to one's own soldiers or
rescuers is no friendliness abroad; an act called unintended ("by accident") lends no
lean; negated estrangement ("no strangers") is closeness.  Words that name the other
government as a persecuting regime ("the regime in Minsk", "political prisoners", "a rigged
election") condemn it as a warning formula does, unless the statement offers the victims
help, thanks or solidarity (then it is about that relationship) or its verb is friendly
("welcomed the release of political prisoners").

``|tone| < NEUTRAL_BAND`` (0.2) counts as neutral: mild positives are common in diplomatic wording,
so only a clear lean counts in summaries and tests.  A flat statement between two countries
is then read in its article's exchange (:func:`lean_from_exchange`): when the article's other
statements about that pair lean clearly one way, it gets the weakest clear tone of that sign.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Span
from vaderSentiment.vaderSentiment import N_SCALAR, SentimentIntensityAnalyzer

from pipeline.extraction.gazetteer import GAZETTEER_DIR, load_gazetteer
from pipeline.extraction.negation import negated_words
from pipeline.types import ExtractedEvent, fold

NEUTRAL_BAND = 0.2
PRIOR_WEIGHT = 0.5
ROOT_PRIORS = {"03": 0.5, "05": 0.6, "06": 0.5, "07": 0.5, "08": 0.5, "10": -0.4,
               "11": -0.6, "12": -0.6, "13": -0.7}
"""Lean of a CAMEO root (see module docstring); roots 14-20 (material conflict) are -0.6."""
MATERIAL_CONFLICT_PRIOR = -0.6
HOSTILE_FRAME = -0.5
"""A statement framed this hostilely (stance or warning formula) does not mean its friendly
words: "claimed the Poles were ready to march in", "hoped they would draw conclusions"."""


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
        if sentiments and item.lower() == "well" and 0 < i < len(words) - 1 and str(
                words[i - 1]).lower() == "as" and str(words[i + 1]).lower() == "as":
            sentiments[-1] = 0.0  # "over the Baltic as well as on the border": a connective
        if sentiments and sentiments[-1] > 0 and item.lower().startswith(GRATITUDE) and any(
                str(w).lower() in tone_cues().own_side for w in words[i + 1:i + 7]):
            sentiments[-1] = 0.0  # "thanked the soldiers on duty": gratitude at home
        if sentiments and sentiments[-1] > 0 and any(
                str(w).lower() in self.harmers for w in words[max(0, i - 3):i]):
            sentiments[-1] = sentiments[-1] * N_SCALAR
        return sentiments

    def score_valence(self, sentiments: list[float], text: str) -> dict[str, float]:
        """VADER's summary, with the praise in a mocking remark not counted as praise."""
        words = set(re.findall(r"[a-z]+", text.lower()))
        if words & tone_cues().irony:
            sentiments = [min(value, 0.0) for value in sentiments]
        return dict(super().score_valence(sentiments, text))

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


GRATITUDE = ("thank", "prais", "grateful", "gratitude", "commend")


@dataclass(frozen=True)
class ToneCues:
    """Cues of ``tone_cues.tsv``: words and formulas whose meaning is in the construction."""

    irony: frozenset[str]
    own_side: frozenset[str]
    warnings: tuple[tuple[re.Pattern[str], float], ...]
    options: frozenset[str]
    refusals: frozenset[str]
    responses: frozenset[str]
    deferrals: frozenset[str]
    corrections: frozenset[str]
    excuse: re.Pattern[str]
    condemnations: tuple[tuple[re.Pattern[str], float], ...]
    arrangement: re.Pattern[str]
    sympathy: re.Pattern[str]


def _formula(pattern: str) -> re.Pattern[str]:
    """A warning formula as a regular expression: "~" up to three words, "a|b" either form,
    "word*" any ending."""
    words = pattern.split()
    regex = ""
    for index, word in enumerate(words):
        if word == "~":
            regex += r"(?:\S+\s+){0,3}"
            continue
        forms = [re.escape(f[:-1]) + r"\w*" if f.endswith("*") else re.escape(f)
                 for f in word.split("|")]
        regex += r"\b(?:" + "|".join(forms) + r")\b" + (r"\s+" if index < len(words) - 1
                                                        else "")
    return re.compile(regex, re.IGNORECASE)


@lru_cache(maxsize=1)
def tone_cues() -> ToneCues:
    rows: dict[str, list[list[str]]] = {}
    with open(GAZETTEER_DIR / "tone_cues.tsv", encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row and row[0].strip() and not row[0].startswith("#") and len(row) > 1:
                rows.setdefault(row[0].strip(), []).append([c.strip() for c in row[1:]])

    def words(kind: str) -> frozenset[str]:
        return frozenset(r[0].lower() for r in rows.get(kind, []))

    def any_word(kind: str, after: str = "") -> re.Pattern[str]:
        return re.compile(r"\b(?:" + "|".join(sorted(
            (re.escape(w).replace(r"\*", r"\w*") for w in words(kind)), key=len,
            reverse=True)) + r")\b" + after, re.IGNORECASE)

    return ToneCues(irony=words("irony"), own_side=words("own_side"),
                    warnings=tuple((_formula(r[0]), float(r[1]))
                                   for r in rows.get("warning", []) + rows.get("rejection", [])
                                   + rows.get("assurance", [])),
                    options=words("option"), refusals=words("refusal"),
                    responses=words("response"), deferrals=words("deferral"),
                    corrections=words("correction"), excuse=any_word("excuse"),
                    condemnations=tuple((_formula(r[0]), float(r[1]))
                                        for r in rows.get("condemnation", [])),
                    arrangement=any_word("arrangement", r"\s+regimes?\b"),
                    sympathy=any_word("sympathy"))


def warning_formulas(text: str) -> tuple[str, float]:
    """The text without its veiled-warning formulas ("would draw the appropriate
    conclusions", "show what it is capable of", "feel the cost"), and the most negative
    lean among them (0.0: none).  The polite words inside a formula ("appropriate",
    "capable") are part of the warning, so they are taken out of the lexical reading."""
    lean = 0.0
    for pattern, weight in tone_cues().warnings:
        if pattern.search(text):
            text = pattern.sub(" ", text)
            lean = min(lean, weight)
    return text, lean


def condemnation_lean(text: str) -> float:
    """The lean of a statement that names the other government as a persecuting regime
    ("the regime in Minsk", "political prisoners", "a rigged election"; 0.0: none).  Not
    when it offers help, thanks or solidarity ("supports anyone threatened by the regime"):
    then it is about that relationship and its kind words count; nor "the visa regime"."""
    cues = tone_cues()
    if cues.sympathy.search(text):
        return 0.0
    text = cues.arrangement.sub(" ", text)
    return min((weight for pattern, weight in cues.condemnations if pattern.search(text)),
               default=0.0)


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


STRAIGHT_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                                  "\u201e": '"', "\u00ab": '"', "\u00bb": '"'})
"""Typographic quotes and apostrophes as the ASCII forms the sentiment lexicon expects."""


@lru_cache(maxsize=2048)
def tone(text: str, codes: tuple[str, ...] | str = (), stance: float | None = 0.0) -> float:
    """Tone of a text in [-1, 1] (3 decimals): VADER + diplomatic lexicon + CAMEO prior +
    the statement verb's own stance (:func:`pipeline.extraction.stance.verb_stance`; ``None``: a non-statement, 0).

    ``codes``: the CAMEO code of the event, then those of the other acts its sentence
    names (a single code may be passed as a string)."""
    if not text.strip() or stance is None:
        return 0.0
    codes = (codes,) if isinstance(codes, str) else codes
    # VADER knows "didn't" and '"insidious"', not "didn’t" and '“insidious”': with a curly
    # apostrophe the negation is lost ("didn’t want a conflict" read as hostile)
    text = text.translate(STRAIGHT_QUOTES)
    text, warning = warning_formulas(text)
    excused = tone_cues().excuse.search(text) is not None
    if excused:  # "the drones entered the airspace by accident": explained, not done
        text = tone_cues().excuse.sub(" ", text)
        codes = codes[:1]
    score = contrast_weighted(text)
    if stance <= 0:  # (a friendly verb, "welcomed the release of political prisoners", is
        # not a condemnation)
        warning = min(warning, condemnation_lean(text))
    if (stance <= HOSTILE_FRAME or warning < 0) and score > 0:
        score = 0.0  # "claimed the Poles were ready to march in": the good words are alleged
    prior = act_prior(codes)
    if codes and codes[0].startswith("084") and score < 0:
        score = 0.0  # "pardoned a citizen convicted of espionage": the bad words are what
        # the person is released from, not the act
    score += PRIOR_WEIGHT * prior
    score += stance + warning
    return round(max(-1.0, min(1.0, score)), 3)


CONTRAST_SPLIT = re.compile(r"(?<!\bnothing)(?<!\ball)(?:,|;|\s)\s*"
                            r"(?:but(?!\s+(?:also|for|as)\b)|however|although|though)\b[,\s]*"
                            r"(?:that\b\s*)?", re.IGNORECASE)
CONCESSION_TURN = 0.5
RESERVATION = 0.25
"""Share of a conceded tone that turns against the speaker's main point ("A was welcome,
but B ..." with B lexically flat still reads as a reservation)."""


def negation_scoped(sentence: Span, unsaid: frozenset[int] = frozenset()) -> str:
    """The sentence as VADER should read it: sentiment words a negated verb denies beyond
    VADER's three-word reach (:func:`negation.negated_words`) carry no sentiment, nor do
    the ``unsaid`` tokens (the words that describe the speaker, not what is said)."""
    lexicon = _analyzer().lexicon
    denied_words = negated_words(sentence, lambda word: lexicon.get(word, 0.0)) | unsaid
    if not denied_words:
        return sentence.text
    return "".join(("" if t.i in denied_words else t.text) + t.whitespace_ for t in sentence)


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


def lean_from_exchange(events: list[ExtractedEvent]) -> None:
    """A flat remark in an exchange takes the exchange's lean: a statement between two
    countries whose own words give no clear tone ("He added that the advice to avoid
    travel stays in force") is read in the article's other statements about the same pair;
    when those lean clearly one way on average, the flat one gets the weakest clear tone
    of that sign (the band's edge), so charts show it as leaning, not as strongly toned."""
    said = [e for e in events if e.kind == "statement" and e.tone is not None
            and len(set(e.countries)) == 2]
    clear = [e for e in said if abs(e.tone or 0.0) >= NEUTRAL_BAND]
    for event in said:
        if abs(event.tone or 0.0) >= NEUTRAL_BAND:
            continue
        others = [e.tone or 0.0 for e in clear if e.pair == event.pair]
        mean = sum(others) / len(others) if others else 0.0
        if abs(mean) >= NEUTRAL_BAND:
            event.tone = NEUTRAL_BAND if mean > 0 else -NEUTRAL_BAND


def exiles_to_hosts(events: list[ExtractedEvent]) -> None:
    """A statement by a state's exiled opposition addressed to a state that shelters it is
    friendly (``exile_voices.tsv``): "Tsikhanouskaya thanked the Poles ... and asked for
    further sanctions on the regime" carries hostile words, but they are aimed at the
    government she fled.  Such a statement read as neutral or hostile takes the friendly
    sign, at least at the neutral band's edge."""
    gaz = load_gazetteer()
    for event in events:
        title = fold(event.speaker.title or "") if event.speaker is not None else ""
        if event.kind == "statement" and title and event.target_country in gaz.exile_hosts \
                and event.source_country not in gaz.exile_hosts \
                and any(marker in title for marker in gaz.exile_markers) \
                and (event.tone or 0.0) < NEUTRAL_BAND:
            event.tone = max(NEUTRAL_BAND, abs(event.tone or 0.0))

