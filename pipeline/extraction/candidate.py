"""What an event is before it is dated and merged (:class:`Candidate`), and what the
article has established so far while it is read in order (:class:`Context`).

Kept apart from :mod:`events`, which makes candidates, because every later stage (dating,
speakers, meeting sides, borders, pairs) reads or updates them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from pipeline.extraction.dates import ResolvedDate
from pipeline.extraction.entities import Mention
from pipeline.extraction.quotes import Quote


@dataclass
class Candidate:
    """An event before dating and merging."""

    kind: str
    cameo: str
    sources: list[Mention]
    targets: list[Mention]
    location: Mention | None
    sentence: Span
    trigger: Token | None
    extra_actors: list[Mention] = field(default_factory=list)
    quote: Quote | None = None
    speaker: Mention | None = None
    has_subject: bool = False  # the text names a doer (with or without a country)
    has_object: bool = False  # the text names who or what it was done to
    content: set[int] | None = None  # tokens of a reporting verb's reported clause
    coordinated: bool = False  # "Brazil and the United States are seeking ...": a joint act
    sentence_codes: tuple[str, ...] = ()  # CAMEO codes of every act the sentence names
    border: tuple[str, ...] = ()  # both countries of a border crossing the act concerns
    reported: bool = False  # a statement verb with a that-clause: reported speech
    told_in: int | None = None  # words addressed to someone: the saying that tells them

    def named_countries(self) -> set[str]:
        """Countries of the doers and targets found so far."""
        return {m.country for m in self.sources + self.targets if m.country}


@dataclass
class Context:
    """What the article has established so far while reading it in order."""

    published: dt.date | None
    anchor: dt.date | None
    paragraph_date: ResolvedDate | None = None
    paragraph_start: int = -1
    story_date: dt.date | None = None  # last day-precision date that is not a look back
    previous_story: dt.date | None = None  # story_date before the current sentence
    lede_story: dt.date | None = None  # the story day the first paragraph established
    pair_events: list[tuple[int, tuple[str, str]]] = field(default_factory=list)
    tone_texts: dict[int, str] = field(default_factory=dict)  # event id -> text to score
    tone_codes: dict[int, tuple[str, ...]] = field(default_factory=dict)  # the acts it reports
    tone_stance: dict[int, float | None] = field(default_factory=dict)  # statement verb's lean
    last_border: tuple[str, ...] = ()  # the two sides of the border last named by an act
    named_border: tuple[str, str] | None = None  # the border last named with both countries
    named_days: dict[str, dt.date] = field(default_factory=dict)  # "election" -> its day
    section_date: dt.date | None = None  # the day of the live-blog heading above
    last_dated: ResolvedDate | None = None  # the last date the text gave, any precision
    last_said: ResolvedDate | None = None  # the day of the previous sentence's statement
    story: tuple[str, ...] = ()  # the two countries the article names most

    def partner_of(self, country: str, before: int | None = None) -> str | None:
        """The other side of the last two-country event involving ``country`` the article
        reported (only of sentences before token ``before``, if given), or None."""
        for start, pair in reversed(self.pair_events):
            if before is not None and start >= before:
                continue
            if country in pair:
                return pair[1] if pair[0] == country else pair[0]
        return None

    def facing(self, country: str, before: int | None = None) -> str | None:
        """:meth:`partner_of`, or before the article has reported any event of ``country``
        with another, the other of the two countries it names most."""
        return self.partner_of(country, before) or self.story_partner(country)

    def story_partner(self, country: str) -> str | None:
        """The other of the two countries the article names most, when ``country`` is one."""
        return next((c for c in self.story if c != country), None) \
            if country in self.story else None
