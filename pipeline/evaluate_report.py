"""Figures and their presentation for ``dyad evaluate`` and ``dyad evaluate-petr``.

Kept apart from the matching rules so that the numbers (plain counters, JSON-ready)
and the way they are shown (rich tables rendered to plain text) can change without
touching what counts as a match.
"""

from __future__ import annotations

import io
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from rich.console import Console
from rich.table import Table

from pipeline.evaluate_rules import tone_sign

FOCUS_KINDS = ("meeting", "statement")  # the kinds the targets are set on
RENDER_WIDTH = 120


@dataclass
class Counts:
    """True positives, false positives and false negatives of one kind."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __iadd__(self, other: Counts) -> Counts:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    @property
    def precision(self) -> float | None:
        """TP / (TP + FP); None when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """TP / (TP + FN); None when the gold has nothing."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        """2TP / (2TP + FP + FN): the harmonic mean, and 0 when nothing matched."""
        denom = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denom if denom else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass
class Rate:
    """How many of the checked cases were right."""

    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.right += int(ok)

    def __iadd__(self, other: Rate) -> Rate:
        self.right += other.right
        self.total += other.total
        return self

    @property
    def rate(self) -> float | None:
        return self.right / self.total if self.total else None

    def to_dict(self) -> dict[str, Any]:
        return {"right": self.right, "total": self.total, "rate": self.rate}


def fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


TONE_SIGNS = ("negative", "neutral", "positive")


def error_class(why: str) -> str:
    """The kind of a miss's or spurious event's failure, without its text: which match
    conditions its nearest counterpart failed ("countries (one side)" when the counterpart
    has only one country of the gold's), or that its sentence gave no counterpart at all.
    Counted per class, this shows where a held-out set's errors lie without reading it."""
    if why.startswith("no "):
        return "nothing in its sentence"
    if why.startswith("duplicate"):
        return "duplicate"
    if "already matched" in why or "taken by another" in why:
        return "matchable, taken"
    names = []
    for condition in why.split(": ", 1)[-1].split("; "):
        name, _, rest = condition.partition(" ")
        if name == "countries":
            predicted, gold = rest.split(" (gold ")
            shared = set(predicted.split("-")) & set(gold.rstrip(")").split("-"))
            name = "countries (one side)" if shared and len(predicted.split("-")) == 1 \
                else "countries (other)"
        names.append(name)
    return " + ".join(names)


def fmt_rate(rate: Rate) -> str:
    return "–" if rate.rate is None else f"{rate.right}/{rate.total} = {rate.rate:.1%}"


def render_tables(tables: Sequence[Table | str]) -> str:
    """Plain text (no colour codes) so the output reads the same in a file or a pipe."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=RENDER_WIDTH, color_system=None, force_terminal=False)
    for table in tables:
        console.print(table)
    return buffer.getvalue()


def _clip(text: str | None, limit: int = 90) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass
class ArticleResult:
    """Everything measured on one gold article."""

    gold_path: str
    article_path: str
    pair: tuple[str, str]
    gold_events: int = 0  # in scope
    predicted_events: int = 0  # in scope
    gold_out_of_scope: int = 0
    predicted_out_of_scope: int = 0
    counts: dict[str, Counts] = field(default_factory=dict)
    matches: list[dict[str, Any]] = field(default_factory=list)
    misses: list[dict[str, Any]] = field(default_factory=list)
    spurious: list[dict[str, Any]] = field(default_factory=list)
    tone: Rate = field(default_factory=Rate)
    tone_pairs: list[dict[str, Any]] = field(default_factory=list)
    speaker: Rate = field(default_factory=Rate)
    speaker_errors: list[dict[str, Any]] = field(default_factory=list)
    location: Rate = field(default_factory=Rate)
    date_precision: Rate = field(default_factory=Rate)

    @property
    def overall(self) -> Counts:
        total = Counts()
        for counts in self.counts.values():
            total += counts
        return total

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold_path,
            "article": self.article_path,
            "pair": "-".join(self.pair),
            "gold_events": self.gold_events,
            "predicted_events": self.predicted_events,
            "gold_out_of_scope": self.gold_out_of_scope,
            "predicted_out_of_scope": self.predicted_out_of_scope,
            "per_kind": {k: c.to_dict() for k, c in self.counts.items()},
            "overall": self.overall.to_dict(),
            "matches": self.matches,
            "misses": self.misses,
            "spurious": self.spurious,
            "tone_sign": self.tone.to_dict(),
            "tone_pairs": self.tone_pairs,
            "speaker": self.speaker.to_dict(),
            "speaker_errors": self.speaker_errors,
            "location": self.location.to_dict(),
            "date_precision": self.date_precision.to_dict(),
        }


BOOTSTRAP_RESAMPLES = 1000
BOOTSTRAP_SEED = 0  # fixed, so that a rerun on the same extraction prints the same interval


def _percentile_interval(values: list[float]) -> list[float] | None:
    """The middle 95 % of ``values`` (sorted in place), or None when there are none."""
    if not values:
        return None
    values.sort()
    top = len(values) - 1
    return [values[int(0.025 * top)], values[math.ceil(0.975 * top)]]


def bootstrap_intervals(articles: Sequence[ArticleResult],
                        resamples: int = BOOTSTRAP_RESAMPLES,
                        seed: int = BOOTSTRAP_SEED) -> dict[str, Any]:
    """95 % intervals of the meeting+statement precision, recall and F1 and of the tone and
    speaker rates, by resampling whole articles with replacement (events of one article are
    not independent: one misread paragraph costs several).  Why: a gold set of a few hundred
    events moves by a point when two events change, and a change of rules should be read
    against how much the figure moves when the articles themselves are drawn again."""
    rows = []
    for article in articles:
        focus = Counts()
        for kind, counts in article.counts.items():
            if kind in FOCUS_KINDS:
                focus += counts
        rows.append((focus, article.tone, article.speaker))
    draws: dict[str, list[float]] = {"precision": [], "recall": [], "f1": [], "tone_sign": [],
                                     "speaker": []}
    pick = random.Random(seed)
    for _ in range(resamples if rows else 0):
        focus, tone, speaker = Counts(), Rate(), Rate()
        for counts, tone_rate, speaker_rate in pick.choices(rows, k=len(rows)):
            focus += counts
            tone += tone_rate
            speaker += speaker_rate
        for name, value in (("precision", focus.precision), ("recall", focus.recall),
                            ("f1", focus.f1), ("tone_sign", tone.rate),
                            ("speaker", speaker.rate)):
            if value is not None:
                draws[name].append(value)
    return {"method": "articles resampled with replacement, percentile interval",
            "resamples": resamples, "seed": seed,
            "meetings_and_statements": {k: _percentile_interval(draws[k])
                                        for k in ("precision", "recall", "f1")},
            "tone_sign": _percentile_interval(draws["tone_sign"]),
            "speaker": _percentile_interval(draws["speaker"])}


def fmt_interval(interval: list[float] | None) -> str:
    return "–" if interval is None else f"{interval[0]:.3f} – {interval[1]:.3f}"


@dataclass
class GoldReport:
    """The gold evaluation over all articles, micro-averaged."""

    articles: list[ArticleResult]
    tone_band: float
    # articles whose extraction raised, one message each naming the gold file and the
    # reason: they score as finding nothing, so the figures are not to be trusted
    failures: list[str] = field(default_factory=list)

    @cached_property
    def intervals(self) -> dict[str, Any]:
        """:func:`bootstrap_intervals` of the articles, drawn once for the table and the JSON."""
        return bootstrap_intervals(self.articles)

    def subset(self, gold_paths: set[str]) -> GoldReport:
        """The report of some of its articles (a held-out batch), without extracting them
        again; the failures kept are those that name one of them."""
        return GoldReport(
            articles=[a for a in self.articles if a.gold_path in gold_paths],
            tone_band=self.tone_band,
            failures=[f for f in self.failures if f.split(": ", 1)[0] in gold_paths])

    def per_kind(self) -> dict[str, Counts]:
        totals: dict[str, Counts] = {}
        for article in self.articles:
            for kind, counts in article.counts.items():
                totals.setdefault(kind, Counts())
                totals[kind] += counts
        return totals

    def overall(self) -> Counts:
        total = Counts()
        for counts in self.per_kind().values():
            total += counts
        return total

    def focus(self) -> Counts:
        """Meetings and statements together: the kinds the targets are set on."""
        total = Counts()
        for kind, counts in self.per_kind().items():
            if kind in FOCUS_KINDS:
                total += counts
        return total

    def _rate(self, name: str) -> Rate:
        total = Rate()
        for article in self.articles:
            total += getattr(article, name)
        return total

    def tone(self) -> Rate:
        return self._rate("tone")

    def speaker(self) -> Rate:
        return self._rate("speaker")

    def tone_confusion(self) -> dict[str, dict[str, int]]:
        """Matched statements by gold tone (outer key) and predicted sign (inner key): where
        the tone errors lie, readable also for a held-out set (no text, only counts)."""
        table = {gold: {sign: 0 for sign in TONE_SIGNS} for gold in TONE_SIGNS}
        for article in self.articles:
            for pair in article.tone_pairs:
                sign = tone_sign(pair["predicted_tone"] or 0.0, self.tone_band) or "neutral"
                table[pair["gold_tone"]][sign] += 1
        return table

    def error_classes(self) -> dict[str, dict[str, int]]:
        """Misses and spurious events (all kinds) counted by :func:`error_class`."""
        table: dict[str, dict[str, int]] = {"misses": {}, "spurious": {}}
        for article in self.articles:
            for side, rows in (("misses", article.misses), ("spurious", article.spurious)):
                for row in rows:
                    name = error_class(row.get("why", ""))
                    table[side][name] = table[side].get(name, 0) + 1
        return {side: dict(sorted(counts.items(), key=lambda kv: -kv[1]))
                for side, counts in table.items()}

    def location(self) -> Rate:
        return self._rate("location")

    def date_precision(self) -> Rate:
        return self._rate("date_precision")

    def to_dict(self, summary: bool = False) -> dict[str, Any]:
        """The report; with ``summary`` only the totals, no article's events or evidence
        (how a held-out set is looked at without reading it)."""
        totals = {
            "articles": len(self.articles),
            "per_kind": {k: c.to_dict() for k, c in self.per_kind().items()},
            "overall": self.overall().to_dict(),
            "meetings_and_statements": self.focus().to_dict(),
            "tone_sign": self.tone().to_dict(),
            "tone_neutral_band": self.tone_band,
            "tone_confusion": self.tone_confusion(),
            "error_classes": self.error_classes(),
            "speaker": self.speaker().to_dict(),
            "location": self.location().to_dict(),
            "date_precision": self.date_precision().to_dict(),
            "extraction_failures": list(self.failures),
            "intervals_95": self.intervals,
        }
        if not summary:
            totals["per_article"] = [a.to_dict() for a in self.articles]
        return totals

    def _render_errors(self) -> str:
        """Misses and spurious events as plain lines: the evidence must stay readable."""
        lines = ["Misses and spurious events"]
        for a in self.articles:
            if not a.misses and not a.spurious:
                continue
            lines.append(a.gold_path.rsplit("/", 1)[-1])
            for row in a.misses:
                who = f" {row['speaker']}" if row.get("speaker") else ""
                lines.append(f"  miss {row['id']}: {row['kind']} {row['date']}{who}")
                lines.append(f"      “{_clip(row.get('evidence'), 100)}”")
                lines.append(f"      {row.get('why', '')}")
            for row in a.spurious:
                who = f" {row['speaker']}" if row.get("speaker") else ""
                countries = "-".join(row.get("countries") or ())
                lines.append(f"  spurious: {row['kind']} {row['date']} {countries}{who}")
                lines.append(f"      “{_clip(row.get('evidence'), 100)}”")
                lines.append(f"      {row.get('why', '')}")
        if len(lines) == 1:
            lines.append("  none")
        return "\n".join(lines)

    def render(self, summary_only: bool = False) -> str:
        """Tables of the totals, then (unless ``summary_only``) per article and every miss
        and spurious event with its evidence."""
        summary = Table(title=f"Gold evaluation: {len(self.articles)} article(s), pair events only")
        for column in ("kind", "TP", "FP", "FN", "precision", "recall", "F1"):
            summary.add_column(column, justify="left" if column == "kind" else "right")
        rows = [(k, c) for k, c in self.per_kind().items() if c.tp + c.fp + c.fn]
        rows += [("meeting+statement", self.focus()), ("overall", self.overall())]
        for name, c in rows:
            summary.add_row(
                name, str(c.tp), str(c.fp), str(c.fn), fmt(c.precision), fmt(c.recall), fmt(c.f1)
            )
        checks = Table(title="Matched events")
        checks.add_column("check")
        checks.add_column("right", justify="right")
        checks.add_row(
            f"tone sign (statements, |tone| < {self.tone_band} neutral)", fmt_rate(self.tone())
        )
        checks.add_row("speaker (statements, matched without speaker)", fmt_rate(self.speaker()))
        checks.add_row("location (meetings)", fmt_rate(self.location()))
        checks.add_row("date precision", fmt_rate(self.date_precision()))
        confusion = Table(title="Tone sign of matched statements")
        confusion.add_column("gold \\ predicted")
        for sign in TONE_SIGNS:
            confusion.add_column(sign, justify="right")
        for gold, row in self.tone_confusion().items():
            confusion.add_row(gold, *(str(row[sign]) for sign in TONE_SIGNS))
        errors = Table(title="Misses and spurious events by failed condition (all kinds)")
        for column in ("", "class", "events"):
            errors.add_column(column, justify="right" if column == "events" else "left")
        for side, counts in self.error_classes().items():
            for name, count in counts.items():
                errors.add_row(side, name, str(count))
        spread = self.intervals
        intervals = Table(title=f"95 % intervals (articles resampled {spread['resamples']:,} "
                                "times)")
        intervals.add_column("figure")
        intervals.add_column("point", justify="right")
        intervals.add_column("interval", justify="right")
        focus = self.focus()
        for name, point in (("precision", focus.precision), ("recall", focus.recall),
                            ("F1", focus.f1)):
            intervals.add_row(f"meeting+statement {name}", fmt(point),
                              fmt_interval(spread["meetings_and_statements"][name.lower()]))
        intervals.add_row("tone sign", fmt(self.tone().rate), fmt_interval(spread["tone_sign"]))
        intervals.add_row("speaker", fmt(self.speaker().rate), fmt_interval(spread["speaker"]))
        if summary_only:
            return render_tables([summary, intervals, checks, confusion, errors])
        per_article = Table(title="Per article")
        for column in ("gold file", "pair", "gold", "pred", "P", "R", "F1", "out of pair g/p"):
            per_article.add_column(column, justify="left" if column == "gold file" else "right")
        for a in self.articles:
            c = a.overall
            per_article.add_row(
                a.gold_path.rsplit("/", 1)[-1],
                "-".join(a.pair),
                str(a.gold_events),
                str(a.predicted_events),
                fmt(c.precision),
                fmt(c.recall),
                fmt(c.f1),
                f"{a.gold_out_of_scope}/{a.predicted_out_of_scope}",
            )
        tables: list[Table | str] = [summary, intervals, checks, confusion, errors, per_article,
                                     self._render_errors()]
        return render_tables(tables)
