"""Reference data the importers share: countries, sector -> organization names, name shapes.

Event datasets name countries three ways (CAMEO codes in GDELT, English names in ICEWS and
in GDELT place names, ISO3 in our own CSV); ``pipeline/data/countries_iso3.csv`` turns all of
them into ISO 3166-1 alpha-3 so imported events land on the same country pairs as the
events extracted from articles.

Sectors ("Foreign Ministry" in ICEWS, ``GOV``/``MIL`` in GDELT) become organizations of the
actor's country named by ``pipeline/data/import_sectors.csv``.  Where the article
gazetteer (``pipeline/data/gazetteer/ministry_overrides.tsv``, owned by the extraction
engine) has a canonical name for that body, that name wins (``import_org_names.csv`` holds
the same few names in case the gazetteer is absent), so "Ministry of National Defence
of Poland" is one organization whether it came from an article or from ICEWS.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pipeline.types import fold

DATA = Path(__file__).resolve().parent.parent / "data"
COUNTRIES_FILE = DATA / "countries_iso3.csv"
SECTORS_FILE = DATA / "import_sectors.csv"
ORG_WORDS_FILE = DATA / "import_org_words.txt"
MINISTRY_OVERRIDES_FILE = DATA / "gazetteer" / "ministry_overrides.tsv"
OWN_OVERRIDES_FILE = DATA / "import_org_names.csv"


@dataclass(frozen=True)
class SectorOrg:
    """How one sector label becomes an organization of a country."""

    label: str
    priority: int  # lower = more specific; a person in several sectors gets the lowest
    sector: str
    ministry_type: str | None
    template: str


@cache
def _countries() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(iso3 -> display name, folded name -> iso3, other code -> iso3)."""
    names: dict[str, str] = {}
    by_name: dict[str, str] = {}
    codes: dict[str, str] = {}
    with COUNTRIES_FILE.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            iso3 = row["iso3"]
            names[iso3] = row["name"]
            codes[iso3] = iso3
            for name in [row["name"], *row["aliases"].split(";")]:
                if name.strip():
                    by_name.setdefault(fold(name), iso3)
            for code in row["other_codes"].split(";"):
                if code.strip():
                    codes[code.strip()] = iso3
    return names, by_name, codes


def country_name(iso3: str) -> str:
    """Short English name of a country ("BLR" -> "Belarus"); the code itself when unknown."""
    return _countries()[0].get(iso3, iso3)


def iso3_from_code(code: str | None) -> str | None:
    """ISO3 for a CAMEO/ISO country code; None for regions ("EUR", "AFR") and blanks."""
    if not code:
        return None
    return _countries()[2].get(code.strip().upper())


def iso3_from_name(name: str | None) -> str | None:
    """ISO3 for an English country name or common variant ("Russian Federation" -> "RUS")."""
    if not name:
        return None
    return _countries()[1].get(fold(name))


def is_country_code(code: str) -> bool:
    return code in _countries()[0]


@cache
def _sectors() -> dict[tuple[str, str], SectorOrg]:
    table: dict[tuple[str, str], SectorOrg] = {}
    with SECTORS_FILE.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            table[(row["source"], row["label"])] = SectorOrg(
                label=row["label"],
                priority=int(row["priority"]),
                sector=row["sector"],
                ministry_type=row["ministry_type"] or None,
                template=row["template"],
            )
    return table


def sector_org(source: str, label: str) -> SectorOrg | None:
    """The organization rule for a sector label of a dataset ("icews", "Foreign Ministry")."""
    return _sectors().get((source, label.strip()))


def best_sector_org(source: str, labels: list[str]) -> SectorOrg | None:
    """The most specific rule among several sector labels (a ministry beats "Government")."""
    found = [s for s in (sector_org(source, label) for label in labels) if s is not None]
    return min(found, key=lambda s: s.priority) if found else None


@cache
def _ministry_overrides() -> dict[tuple[str, str], str]:
    """(iso3, ministry type) -> canonical name: the article gazetteer's, else our own list."""
    overrides: dict[tuple[str, str], str] = {}
    with OWN_OVERRIDES_FILE.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            overrides[(row["iso3"], row["ministry_type"])] = row["name"]
    if not MINISTRY_OVERRIDES_FILE.exists():
        return overrides
    for line in MINISTRY_OVERRIDES_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) >= 3 and parts[0].strip() and parts[2].strip():
            overrides[(parts[0].strip(), parts[1].strip())] = parts[2].strip()
    return overrides


def organization_name(rule: SectorOrg, iso3: str) -> str:
    """Canonical organization name for a sector rule and a country."""
    if rule.ministry_type:
        override = _ministry_overrides().get((iso3, rule.ministry_type))
        if override:
            return override
    return rule.template.format(country=country_name(iso3))


@cache
def _org_words() -> frozenset[str]:
    words = ORG_WORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in words if w.strip() and not w.startswith("#"))


def looks_like_person(name: str) -> bool:
    """Whether an imported actor name is a person ("Alexander Lukashenko") and not a body.

    ICEWS names people and organizations in the same column.  A person's name here has
    2 to 6 words, is not a country, has no comma, parenthesis or ampersand, does not
    start with "The" and contains none of the organization words of
    ``import_org_words.txt`` ("party", "ministry", "forces", ...).  Single words
    ("Hamas", "Interpol") are taken as organizations.
    """
    if any(ch in name for ch in "(),&/") or iso3_from_name(name):
        return False
    words = name.replace("-", " ").split()
    if not 2 <= len(words) <= 6 or words[0].lower() == "the":
        return False
    org_words = _org_words()
    return not any(w.strip(".'").lower() in org_words for w in words)


_KEEP_LOWER = frozenset({"of", "the", "and", "for", "in", "on", "to", "at", "de", "la", "al", "el"})


def display_name(raw: str) -> str:
    """GDELT's upper-case names in title case, short acronyms kept ("THE EU" -> "The EU")."""
    out = []
    for i, word in enumerate(raw.split()):
        lower = word.lower()
        if lower in _KEEP_LOWER:
            out.append(lower if i else lower.capitalize())
        elif len(word) <= 3 and word.isupper():
            out.append(word)
        else:
            out.append(word.capitalize())
    return " ".join(out)
