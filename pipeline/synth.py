"""Synthetic GDELT 2.0 event files for benchmarks (``dyad synth --events N --seed S``).

WHY synthetic: real GDELT dumps are far too large to ship, and the benchmarks need
millions of rows with the shape that matters to the importer and the dashboard queries:
61 tab-separated columns without a header, many country pairs (a few very frequent, a
long tail), one-country events, actors that repeat (countries, roles, ministries with
GDELT type codes, named people), CAMEO codes in realistic proportions (statements and
consultations dominate), 20 years of dates in chronological order (as concatenated daily
exports are), and ``GLOBALEVENTID`` increasing.  The same seed writes the same file.

Values are invented, not sampled from GDELT: the file is for load and speed, not
analysis.  ``ActionGeo_CountryCode`` holds the first two letters of the ISO3 code
instead of a FIPS code.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import TextIO

from pipeline import cameo
from pipeline.importers import reference
from pipeline.importers.gdelt import GDELT2_COLUMNS

FIRST_DAY = dt.date(2005, 1, 1)
LAST_DAY = dt.date(2024, 12, 31)
FIRST_EVENT_ID = 410_000_000

# Frequent countries first: weights fall off like news coverage does.
COUNTRIES = (
    "USA GBR RUS CHN FRA DEU UKR IND ISR IRN TUR POL BLR JPN CAN AUS SYR PAK ITA ESP "
    "LTU LVA EST KOR PRK BRA MEX EGY SAU ZAF NGA KEN AFG IRQ GEO ARM AZE KAZ MDA SWE "
    "FIN NOR NLD BEL CZE SVK HUN ROU BGR SRB GRC VNM IDN PHL THA MYS ARG COL VEN CUB"
).split()
ROLES = (
    ("", ""), ("GOVERNMENT", "GOV"), ("MILITARY", "MIL"), ("POLICE", "COP"),
    ("PRESIDENT", "GOV"), ("PRIME MINISTER", "GOV"), ("FOREIGN MINISTER", "GOV"),
    ("DEFENSE MINISTRY", "MIL"), ("PARLIAMENT", "LEG"), ("COURT", "JUD"),
    ("BORDER GUARD", "COP"), ("COMPANY", "BUS"), ("JOURNALIST", "MED"), ("CITIZEN", "CVL"),
    ("OPPOSITION", "OPP"), ("STUDENT", "EDU"),
)
ROLE_WEIGHTS = (30, 12, 8, 6, 8, 5, 6, 4, 4, 3, 2, 4, 3, 4, 2, 1)
SYLLABLES = "ka lo mi re sa to vi na de ru be ko la mo ni pe se ta vo ze an el or us in".split()
ROOT_WEIGHTS = {  # share of GDELT events by CAMEO root, roughly
    "01": 16, "02": 6, "03": 8, "04": 22, "05": 8, "06": 3, "07": 2, "08": 2, "09": 1,
    "10": 2, "11": 7, "12": 2, "13": 2, "14": 2, "15": 1, "16": 2, "17": 5, "18": 3,
    "19": 5, "20": 1,
}


def _person_name(rng: random.Random) -> str:
    def word() -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).upper()

    return f"{word()} {word()}"


def _actor_pool(rng: random.Random, iso3: str) -> list[tuple[str, str]]:
    """(name, type code) actors of one country: the state, roles and a few people."""
    country = reference.country_name(iso3).upper()
    pool = [(country if not name else name, code) for name, code in ROLES]
    pool += [(_person_name(rng), rng.choice(("GOV", "GOV", "LEG", "MIL", ""))) for _ in range(12)]
    return pool


def write_synth(n_events: int, seed: int, out: TextIO) -> None:
    """Write ``n_events`` raw GDELT 2.0 rows (61 tab-separated columns, no header) to ``out``."""
    rng = random.Random(seed)
    country_weights = [1.0 / (rank + 3) for rank in range(len(COUNTRIES))]
    pools = {iso3: _actor_pool(rng, iso3) for iso3 in COUNTRIES}
    pool_weights = list(ROLE_WEIGHTS) + [1] * 12
    codes_by_root: dict[str, list[cameo.CameoCode]] = {}
    for code in cameo.all_codes():
        if len(code.code) >= 3:
            codes_by_root.setdefault(code.root, []).append(code)
    roots = list(ROOT_WEIGHTS)
    root_weights = list(ROOT_WEIGHTS.values())
    partners = {iso3: rng.sample(COUNTRIES, 8) for iso3 in COUNTRIES}  # each country's usual partners
    span = (LAST_DAY - FIRST_DAY).days
    width = len(GDELT2_COLUMNS)
    names = {iso3: reference.country_name(iso3) for iso3 in COUNTRIES}
    lines: list[str] = []
    for i in range(max(n_events, 0)):
        added = FIRST_DAY + dt.timedelta(days=i * span // max(n_events, 1))
        day = max(FIRST_DAY, added - dt.timedelta(days=rng.choice((0, 0, 0, 0, 1, 2, 7))))
        c1 = rng.choices(COUNTRIES, country_weights)[0]
        roll = rng.random()
        c2 = "" if roll < 0.12 else c1 if roll < 0.22 else (
            rng.choice(partners[c1]) if roll < 0.85 else rng.choices(COUNTRIES, country_weights)[0]
        )
        name1, type1 = rng.choices(pools[c1], pool_weights)[0]
        name2, type2 = rng.choices(pools[c2], pool_weights)[0] if c2 else ("", "")
        code = rng.choice(codes_by_root[rng.choices(roots, root_weights)[0]])
        mentions = rng.randint(1, 40)
        sources = rng.randint(1, max(1, mentions // 4))
        tone = max(-30.0, min(30.0, rng.gauss(code.goldstein * 0.4 - 1.5, 3.0)))
        where = c2 if c2 and rng.random() < 0.4 else c1
        row = [""] * width
        row[0] = str(FIRST_EVENT_ID + i)
        row[1] = day.strftime("%Y%m%d")
        row[2] = row[1][:6]
        row[3] = row[1][:4]
        row[4] = f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}"
        row[5], row[6], row[7], row[12] = c1 + type1, name1, c1, type1
        row[15], row[16], row[17], row[22] = (c2 + type2, name2, c2, type2) if c2 else ("",) * 4
        row[25] = "1" if rng.random() < 0.4 else "0"
        row[26], row[27], row[28] = code.code, code.code[:3], code.root
        row[29], row[30] = str(code.quad_class), f"{code.goldstein:.1f}"
        row[31], row[32], row[33] = str(mentions), str(sources), str(mentions)
        row[34] = f"{tone:.6f}"
        row[35], row[36], row[37] = "1", names[c1], c1[:2]
        if c2:
            row[43], row[44], row[45] = "1", names[c2], c2[:2]
        row[51], row[52], row[53] = "1", names[where], where[:2]
        hour, minute = rng.randint(0, 23), rng.choice((0, 15, 30, 45))
        row[59] = f"{added:%Y%m%d}{hour:02d}{minute:02d}00"
        row[60] = f"https://news.example.org/{added:%Y/%m/%d}/story-{row[0]}.html"
        lines.append("\t".join(row))
        if len(lines) >= 10_000:
            out.write("\n".join(lines) + "\n")
            lines = []
    if lines:
        out.write("\n".join(lines) + "\n")
