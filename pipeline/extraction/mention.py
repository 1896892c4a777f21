"""A mention of a country, place, body or person in one document, and a document's index of
them: the shared vocabulary of entity resolution and event extraction (split out of
:mod:`entities` so that the resolution helpers can live in modules of their own)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from pipeline.types import ActorRef, fold

ACTOR_KINDS = frozenset({"country", "capital", "ministry", "org", "person", "role"})
"""Kinds that can be a party to an event (places are only locations, media only sources)."""
OFFICIAL_WORDS = ("minister", "spokes", "president", "premier", "ambassador", "secretary",
                  "charge", "deputy", "envoy", "consul", "member", "chair", "head", "director",
                  "commander", "general", "colonel", "mayor", "governor", "senator", "adviser",
                  "official", "officer", "chief", "marshal")
"""Title words of state officials (accent-folded), who speak for their state."""


def is_official(title: str | None) -> bool:
    """Whether a title is a state official's, who speaks for their state."""
    return bool(title) and any(word in fold(title or "") for word in OFFICIAL_WORDS)


@dataclass
class Mention:
    """A resolved mention; ``start``/``end`` are token offsets in the document."""

    start: int
    end: int
    kind: str  # country | capital | place | ministry | org | person | role | unresolved
    country: str | None
    name: str | None = None  # canonical name (person, organisation, ministry)
    surface: str = ""
    title: str | None = None
    organization: str | None = None
    organization_country: str | None = None
    aliases: list[str] = field(default_factory=list)
    neighbour: str | None = None  # a border crossing: the country on its other side
    frontier: str | None = None  # a place on a border: the country across it

    @property
    def is_actor(self) -> bool:
        return self.kind in ACTOR_KINDS and (self.kind != "role" or self.name is not None)

    def actor_ref(self, role: str = "participant") -> ActorRef | None:
        """The mention as an ActorRef (people and organisations only)."""
        if self.name is None or self.kind not in ("person", "role", "org", "ministry"):
            return None
        kind = "person" if self.kind in ("person", "role") else "organization"
        return ActorRef(name=self.name, type=kind, country=self.country, role=role,
                        title=self.title, organization=self.organization,
                        organization_country=self.organization_country,
                        aliases=list(dict.fromkeys(self.aliases or [self.surface])))


@dataclass(frozen=True)
class Dateline:
    """A wire dateline opening the text ("WARSAW, Jan 31 (Reuters) -"): where it ends
    (character offset), the day it names (None: none, or not trusted) and the country of
    its place (``filed_in``: a report filed on one side tells of acts from the other); the
    town, and its country also when only the country beside it is known ("KARPACZ,
    Poland")."""

    end: int
    day: dt.date | None
    filed_in: str | None
    place: str | None = None  # the town it names, as written ("Minsk", "Karpacz")
    place_country: str | None = None  # its country, or the country named beside it


@dataclass
class DocMentions:
    """All mentions of one document and a token -> mention index, and the wire dateline
    the document opens with (read once, here: it decides which names are speakers)."""

    mentions: list[Mention]
    by_token: dict[int, Mention]
    dateline: Dateline | None = None

    def at(self, token: Token) -> Mention | None:
        return self.by_token.get(token.i)

    def within(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.start >= start and m.end <= end]

    def story_pair(self) -> tuple[str, ...]:
        """The two countries the document names most (fewer when it names fewer)."""
        counts = Counter(m.country for m in self.mentions if m.country)
        return tuple(c for c, _n in counts.most_common(2)) if len(counts) >= 2 else ()


def mention_head(doc: Doc, mention: Mention) -> Token:
    """The syntactic head of a mention's tokens: its last token, walked up while the parse
    keeps inside the mention ("Deputy Foreign Minister Paweł Jabłoński": "Jabłoński")."""
    head = doc[mention.end - 1]
    while head.head.i != head.i and mention.start <= head.head.i < mention.end:
        head = head.head
    return head


def first_conjunct(token: Token) -> Token:
    """The head of the coordination a word stands in ("Poland, Lithuania and possibly
    Latvia": Poland for all three; "Irena Biernacka and Anna Paniszewa": Biernacka)."""
    for _ in range(8):
        if token.dep_ != "conj" or token.head.i == token.i:
            break
        token = token.head
    return token


def names_a_list(noun: Token) -> bool:
    """Whether a noun phrase names several parties: coordinated nouns ("Poland and Belarus")
    or coordinated modifiers of one noun ("Polish and Belarusian officials")."""
    return any(c.dep_ == "conj" for m in [noun, *(m for m in noun.children
                                                  if m.dep_ in ("amod", "compound"))]
               for c in m.children)


def doc_sentences(doc: Doc) -> list[Span]:
    """The parse's sentences, listed once per document: spaCy rebuilds them from the
    sentence-start flags on every ``doc.sents``, and three stages walk them.  Only their
    bounds are kept on the Doc, as plain numbers, so the Doc still serialises
    (``Doc.to_bytes`` writes ``user_data`` and cannot write a Span)."""
    bounds: list[tuple[int, int]] | None = doc.user_data.get(SENTENCES_KEY)
    if bounds is None:
        bounds = doc.user_data[SENTENCES_KEY] = [(s.start, s.end) for s in doc.sents]
    return [doc[start:end] for start, end in bounds]


SENTENCES_KEY = "dyad_sentences"


DEFINITE = frozenset({"the", "this", "that"})


def definite(noun: Token) -> bool:
    """Whether a noun has a definite determiner ("the incident", "this session"): it points
    back to something the text already told."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children)

