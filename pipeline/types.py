"""Plain data passed between the stages of the pipeline.

Readers produce :class:`Article`; extraction turns an article into
:class:`ExtractedEvent` records; the loader stores them.  Nothing here touches the
database or the NLP model, so every stage can be tested on its own.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from dataclasses import dataclass, field


class InputError(Exception):
    """A bad input: the message names the input and says what is wrong with it."""


@dataclass
class Article:
    """One news article as read from a file, a feed or a URL."""

    text: str
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    outlet: str | None = None
    language: str | None = None
    origin: str = "<stdin>"

    @property
    def content_hash(self) -> str:
        """Identity of the article: re-ingesting the same text is recognised as known."""
        norm = " ".join((self.title or "").split()) + "\n" + " ".join(self.text.split())
        return hashlib.sha256(norm.encode("utf-8")).hexdigest()


@dataclass
class ActorRef:
    """An actor as mentioned in an event, already resolved to its canonical name."""

    name: str
    type: str = "person"  # person | organization
    country: str | None = None
    role: str = "participant"  # participant | leader | speaker | target | subject
    title: str | None = None  # "MoD Spokesman", "Head of the Foreign Affairs Department"
    organization: str | None = None  # canonical organization name, e.g. "Ministry of Defence of Belarus"
    organization_country: str | None = None
    aliases: list[str] = field(default_factory=list)  # surface forms seen in the text


@dataclass
class ExtractedEvent:
    """One event read from one article, with its evidence."""

    kind: str  # meeting | statement | measure | incident | other
    date: dt.date
    countries: tuple[str, ...]  # ISO alpha-3; one or two
    date_precision: str = "day"  # day | month | year
    end_date: dt.date | None = None
    source_country: str | None = None
    target_country: str | None = None
    location: str | None = None
    cameo_code: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    tone: float | None = None
    summary: str | None = None
    speaker: ActorRef | None = None
    quote: str | None = None
    actors: list[ActorRef] = field(default_factory=list)
    evidence: str | None = None
    char_start: int | None = None  # offsets of the evidence in Article.text
    char_end: int | None = None

    @property
    def pair(self) -> tuple[str, str]:
        cs = sorted(set(self.countries))
        return (cs[0], cs[-1])


def fold(text: str) -> str:
    """Case- and accent-folded key used for alias lookups (Łukaszenka -> lukaszenka)."""
    text = text.replace("ł", "l").replace("Ł", "L").replace("’", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())
