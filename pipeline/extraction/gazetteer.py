"""Gazetteers read from ``pipeline/data/gazetteer`` and compiled into spaCy PhraseMatchers.

Why data files and matchers: the extractor must recognise thousands of surface forms
(country names, demonyms, capitals, ministries, people and their spellings) at parse speed.
A PhraseMatcher runs in compiled code over the whole document once, so the per-token Python
work stays near zero.  Every surface form is also added accent-folded (Łukaszenka ->
lukaszenka), so spellings without diacritics match too.  Acronyms (MoD, MFA, KGB, MON) are
matched case-sensitively so that ordinary words ("mon", "us") do not match.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokenizer import Tokenizer

from pipeline.types import fold

GAZETTEER_DIR = Path(__file__).resolve().parents[1] / "data" / "gazetteer"


@dataclass(frozen=True)
class Entry:
    """What one matched surface form stands for."""

    kind: str  # country | capital | place | ministry | org | person | role
    key: str  # ISO3 for places, ministry type, canonical name or role name
    country: str | None = None
    title: str | None = None
    neighbour: str | None = None  # border crossings: the country on the other side
    frontier: str | None = None  # places on a border (crossings too): the country across it


@dataclass
class RoleHolder:
    person: str
    start: dt.date
    end: dt.date | None


@dataclass
class Trigger:
    """One row of the trigger lexicon."""

    lemma: str
    pos: str  # V | N | *
    cameo: str
    kind: str
    requires: tuple[str, frozenset[str]] | None = None


@dataclass
class Gazetteer:
    """All lookup tables, loaded once per process."""

    entries: dict[str, Entry] = field(default_factory=dict)  # match label -> entry
    country_names: dict[str, str] = field(default_factory=dict)  # ISO3 -> short name
    ministry_templates: dict[str, str] = field(default_factory=dict)
    minister_words: dict[str, tuple[str, ...]] = field(default_factory=dict)  # type -> title words
    ministry_overrides: dict[tuple[str, str], str] = field(default_factory=dict)
    persons: dict[str, Entry] = field(default_factory=dict)  # canonical -> entry
    surname_index: dict[str, str] = field(default_factory=dict)  # folded surname -> canonical
    first_initials: dict[str, frozenset[str]] = field(default_factory=dict)
    """Canonical person -> initials of the first names its forms give ("Oksana Poczobut" is
    not Andrzej Poczobut; "Aleksandr Lukashenko" still is Alyaksandr Lukashenka)."""
    role_holders: dict[tuple[str, str], list[RoleHolder]] = field(default_factory=dict)
    triggers: dict[str, list[Trigger]] = field(default_factory=dict)
    titles: frozenset[str] = frozenset()
    """Titles before a name ("minister", "wójt"), folded and as written in lower case."""
    institution_words: frozenset[str] = frozenset()
    instrument_words: frozenset[str] = frozenset()
    capitals: dict[str, str] = field(default_factory=dict)  # ISO3 -> capital's name
    tone_lexicon: dict[str, float] = field(default_factory=dict)
    statement_stance: dict[str, float | None] = field(default_factory=dict)  # None: neutral
    tone_reducers: frozenset[str] = frozenset()  # "lower tension": negate the next words
    tone_harmers: frozenset[str] = frozenset()  # "undermined cooperation": good words harmed
    exile_markers: tuple[str, ...] = ()  # words of an exiled opposition figure's title
    exile_hosts: frozenset[str] = frozenset()  # the states that shelter the exiles
    monitors: frozenset[str] = frozenset()  # bodies that report, not speak (monitors.tsv)
    cue_words: frozenset[str] = frozenset()
    relation_words: frozenset[str] = frozenset()  # the cue words naming a relation itself
    anaphor_nouns: frozenset[str] = frozenset()  # "the accusations": a reported act
    kin: dict[str, tuple[str, str]] = field(default_factory=dict)  # minority body or leader
    demonyms: frozenset[str] = frozenset()  # folded "pole", "belarusian": a nationality word
    # -> (kin state, state of residence)
    case_insensitive_forms: dict[str, list[str]] = field(default_factory=dict)
    case_sensitive_forms: dict[str, list[str]] = field(default_factory=dict)
    labels: dict[int, str] = field(default_factory=dict)  # matcher id -> entry label

    def ministry_name(self, country: str | None, mtype: str) -> str:
        """Canonical name of a country's ministry of a given type."""
        if country and (country, mtype) in self.ministry_overrides:
            return self.ministry_overrides[(country, mtype)]
        template = self.ministry_templates.get(mtype, "{country} " + mtype)
        if country is None:
            return template.replace(" of {country}", "").replace("{country} ", "")
        return template.format(country=self.country_names.get(country, country))

    def minister_type(self, title: str) -> str | None:
        """The ministry type a minister's title names ("Interior Minister" -> interior)."""
        folded = fold(title)
        if "minist" not in folded:
            return None
        return next((t for t, words in self.minister_words.items()
                     if any(w in folded for w in words)), None)

    def holder(self, country: str, role: str, on: dt.date | None) -> str | None:
        """Who held a role in a country on a date (today's holder when the date is unknown)."""
        holders = self.role_holders.get((country, role), [])
        if on is None:
            current = [h for h in holders if h.end is None]
            return current[-1].person if current else None
        for holder in holders:
            if holder.start <= on and (holder.end is None or on < holder.end):
                return holder.person
        return None


def first_initial(first_name: str) -> str:
    """A first name's initial as transliterations keep it: J, Y and I are one letter
    (Jarosław / Yaroslav, Jurij / Yuri / Iurii)."""
    initial = fold(first_name)[:1]
    return "i" if initial in ("j", "y") else initial


def _rows(name: str) -> Iterator[list[str]]:
    with open(GAZETTEER_DIR / name, encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if not row or not row[0].strip() or row[0].startswith("#"):
                continue
            yield [cell.strip() for cell in row]


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


def _is_acronym(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return 2 <= len(letters) <= 5 and sum(c.isupper() for c in letters) >= 2 and " " not in form


def _cell(row: list[str], index: int) -> str:
    return row[index] if len(row) > index else ""


def _possessive_form(name: str, gaz: Gazetteer) -> list[str]:
    """"Security Council of Belarus" is also "Belarus's Security Council": a state's body
    named with the state's possessive (its short forms may be ambiguous on their own)."""
    body, _, state = name.rpartition(" of ")
    if not body or state not in gaz.country_names.values():
        return []
    return [f"{state}'s {body}", f"{state}’s {body}"]


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Read every data file once; the result is shared by all documents in the process."""
    gaz = Gazetteer()

    def add(label: str, entry: Entry, forms: list[str]) -> None:
        gaz.entries[label] = entry
        for form in forms:
            bucket = gaz.case_sensitive_forms if _is_acronym(form) else gaz.case_insensitive_forms
            variants = {form, fold(form)} if bucket is gaz.case_insensitive_forms else {form}
            bucket.setdefault(label, []).extend(sorted(variants))

    for row in _rows("countries.tsv"):
        iso, names, adjectives, capitals = row[0], _split(_cell(row, 1)), _split(
            _cell(row, 2)), _split(_cell(row, 3))
        gaz.country_names[iso] = names[0] if names else iso
        if capitals:
            gaz.capitals[iso] = capitals[0]
        add(f"country:{iso}", Entry("country", iso, iso), names + adjectives)
        gaz.demonyms |= {fold(a) for a in adjectives}
        if capitals:
            add(f"capital:{iso}", Entry("capital", iso, iso), capitals)
    for row in _rows("places.tsv"):
        neighbour = _cell(row, 2) or None
        add(f"place:{row[0]}", Entry("place", row[0], row[1], neighbour=neighbour,
                                     frontier=_cell(row, 3) or neighbour), [row[0]])
    for row in _rows("ministry_types.tsv"):
        gaz.ministry_templates[row[0]] = row[1]
        if _cell(row, 3):
            gaz.minister_words[row[0]] = tuple(fold(w) for w in _split(_cell(row, 3)))
        add(f"ministry:{row[0]}", Entry("ministry", row[0]), _split(_cell(row, 2)))
    for row in _rows("ministry_overrides.tsv"):
        gaz.ministry_overrides[(row[0], row[1])] = row[2]
        forms = _split(_cell(row, 3))
        if forms:
            add(f"org:{row[2]}", Entry("org", row[2], row[0], row[1]), forms)
    for row in _rows("organizations.tsv"):
        # a body's full name is also how texts name it ("the National Assembly of Belarus");
        # not a short one, which can be a plain phrase ("The Left": "on the left")
        full = [row[0]] if len(row[0].split()) >= 3 else []
        add(f"org:{row[0]}", Entry("org", row[0], row[1] or None),
            list(dict.fromkeys(full + _split(_cell(row, 2)) + _possessive_form(row[0], gaz))))
    for row in _rows("media.tsv"):
        add(f"media:{row[0]}", Entry("media", row[0]), [row[0]])
    for row in _rows("persons.tsv"):
        entry = Entry("person", row[0], row[1] or None, _cell(row, 2) or None)
        gaz.persons[row[0]] = entry
        forms = _split(_cell(row, 3))
        add(f"person:{row[0]}", entry, forms)
        for form in forms + [row[0]]:
            gaz.surname_index.setdefault(fold(form.split()[-1]), row[0])
        gaz.first_initials[row[0]] = frozenset(
            first_initial(form.split()[0]) for form in forms + [row[0]] if len(form.split()) > 1)
    for row in _rows("role_holders.tsv"):
        end = dt.date.fromisoformat(row[4]) if _cell(row, 4) else None
        holders = gaz.role_holders.setdefault((row[0], row[1]), [])
        holders.append(RoleHolder(row[2], dt.date.fromisoformat(row[3]), end))
    for row in _rows("role_words.tsv"):
        add(f"role:{row[0]}", Entry("role", row[1]), [row[0]])
    for row in _rows("triggers.tsv"):
        requires: tuple[str, frozenset[str]] | None = None
        if _cell(row, 4):
            what, _, values = row[4].partition(":")
            requires = (what, frozenset(values.split(",")))
        trigger = Trigger(row[0], row[1], row[2], _cell(row, 3), requires)
        gaz.triggers.setdefault(row[0], []).append(trigger)
    for candidates in gaz.triggers.values():
        candidates.sort(key=lambda t: t.requires is None)
    # each title both folded and as written, since callers compare either form
    # ("wójt" is the spaCy token's lower_, "wojt" its fold)
    gaz.titles = frozenset(form for row in _rows("titles.tsv")
                           for form in (fold(row[0]), row[0].casefold()))
    gaz.institution_words = frozenset(fold(row[0]) for row in _rows("institution_words.tsv"))
    gaz.instrument_words = frozenset(fold(row[0]) for row in _rows("instrument_words.tsv"))
    cues = list(_rows("relation_cues.tsv"))
    gaz.cue_words = frozenset(fold(row[0]) for row in cues)
    gaz.relation_words = frozenset(fold(row[0]) for row in cues if not _cell(row, 1))
    gaz.anaphor_nouns = frozenset(fold(row[0]) for row in _rows("event_anaphors.tsv"))
    gaz.tone_lexicon = {row[0]: float(row[1]) for row in _rows("diplomatic_tone.tsv")}
    gaz.statement_stance = {row[0]: None if row[1] == "neutral" else float(row[1])
                            for row in _rows("statement_stance.tsv")}
    gaz.tone_reducers = frozenset(row[0] for row in _rows("tone_reducers.tsv"))
    gaz.tone_harmers = frozenset(row[0] for row in _rows("tone_harmers.tsv"))
    voices = list(_rows("exile_voices.tsv"))
    gaz.exile_markers = tuple(fold(row[1]) for row in voices if row[0] == "marker")
    gaz.exile_hosts = frozenset(row[1] for row in voices if row[0] == "host")
    gaz.kin = {fold(row[0]): (row[1], row[2]) for row in _rows("kin.tsv")}
    gaz.monitors = frozenset(row[0] for row in _rows("monitors.tsv"))
    return gaz


def stateless_body(name: str | None) -> bool:
    """Whether the gazetteer knows the body as one of no state (the EU, the OSCE, the UN):
    its people speak for no side, and its seat is no side either."""
    entry = load_gazetteer().entries.get(f"org:{name}")
    return entry is not None and not entry.country


@lru_cache(maxsize=1)
def title_matcher() -> Matcher:
    """Capitalised title followed by capitalised proper nouns ("Spokesman Uladzimir Makarau")."""
    from pipeline.extraction.nlp import load_nlp

    matcher = Matcher(load_nlp().vocab)
    gaz = load_gazetteer()
    titles = sorted(gaz.titles)
    not_names = sorted(gaz.titles | gaz.institution_words)  # "General Command" is no person
    name = {"POS": "PROPN", "IS_TITLE": True, "LOWER": {"NOT_IN": not_names}, "OP": "+"}
    matcher.add("TITLED", [
        [{"LOWER": {"IN": titles}, "IS_TITLE": True}, name],
        [{"LOWER": {"IN": titles}, "IS_UPPER": True, "LENGTH": {"<=": 3}}, name],
    ], greedy="LONGEST")  # ("MP Grzegorz Braun": an abbreviated title in capitals)
    return matcher


@lru_cache(maxsize=1)
def matchers() -> tuple[PhraseMatcher, PhraseMatcher]:
    """Case-insensitive and case-sensitive matchers (match ids -> labels in ``labels``).

    Match ids are hashes of the label strings, valid in any vocabulary, so documents parsed
    in spaCy worker processes are matched by the same matchers.
    """
    from pipeline.extraction.nlp import load_nlp

    nlp: Language = load_nlp()
    gaz = load_gazetteer()
    lower = PhraseMatcher(nlp.vocab, attr="LOWER")
    exact = PhraseMatcher(nlp.vocab, attr="ORTH")
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    for label, forms in gaz.case_insensitive_forms.items():
        lower.add(label, list(tokenizer.pipe(forms)))
        gaz.labels[nlp.vocab.strings[label]] = label
    for label, forms in gaz.case_sensitive_forms.items():
        exact.add(label, list(tokenizer.pipe(forms)))
        gaz.labels[nlp.vocab.strings[label]] = label
    return lower, exact
