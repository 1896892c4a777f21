"""The country of an organisation the gazetteer does not list, read from the text.

Split out of :mod:`entities`: "the Polish Institute" and "Grodno Regional Executive
Committee" name their country; "the Polish Senate", "Poland's Senate" and "the Senate of
Poland" stand next to it; "the Regional Court in Lublin" sits in it; "the Conference of
Rectors of Academic Schools in Poland (KRASP)" spells it out before its acronym.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.extraction.affiliation import minority_homes
from pipeline.extraction.backrefs import adjacent_country, seat_country
from pipeline.extraction.gazetteer import Gazetteer, matchers
from pipeline.extraction.mention import Mention
from pipeline.types import fold


def org_countries(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """An unknown organisation is of the country its name contains ("Polish Institute",
    "Grodno Regional Executive Committee") or that stands right next to it ("the Polish
    Senate")."""
    lower, _ = matchers()
    index = {i: m for m in mentions for i in range(m.start, m.end)}
    for mention in mentions:
        if mention.kind != "org" or mention.country is not None \
                or f"org:{mention.name}" in gaz.entries \
                or fold(doc[mention.end - 1].lower_) in gaz.instrument_words:
            continue  # (a listed body without a country is international: "Vienna Document";
            # so is an instrument named after a city: "the Ottawa Convention")
        homes = _minority_described(doc, mention, index)
        if homes is not None:  # "the BTSK, the largest organisation of the Belarusian
            mention.country = homes  # minority in Poland": Poland's, whatever its name says
            continue
        for match_id, start, _end in lower(doc[mention.start:mention.end]):
            entry = gaz.entries[gaz.labels[match_id]]
            if entry.kind in ("country", "capital", "place") and doc[start].is_title:
                mention.country = entry.country
                break
        else:  # "the Polish Senate", "Poland's Senate", "the Senate of Poland"
            country = adjacent_country(doc, mention, index) or _spelled_out(doc, mention, index)
            if country is not None and not _part_of_another_body(doc, mention):
                mention.country = country
            elif fold(doc[mention.end - 1].lemma_.lower()) in SEATED_BODIES:
                mention.country = seat_country(doc, mention, index, towns=True)
    _acronyms_name_their_bodies(doc, mentions, gaz)


def _acronyms_name_their_bodies(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """"The Belarusian Social and Cultural Society (BTSK) ... the BTSK's deputy chairman":
    an acronym the text gives in brackets after a body's name is that body wherever it
    stands alone later, with its name and country (it was an unknown body of no country)."""
    bodies: dict[str, Mention] = {}
    for mention in mentions:
        if mention.kind in ("org", "ministry") and mention.end + 2 < len(doc) \
                and doc[mention.end].text == "(" and doc[mention.end + 2].text == ")" \
                and doc[mention.end + 1].is_upper and len(doc[mention.end + 1]) > 1:
            bodies.setdefault(doc[mention.end + 1].text, mention)
    for mention in mentions:
        body = bodies.get(" ".join(t.text for t in doc[mention.start:mention.end]
                                   if t.pos_ != "DET"))  # ("the BTSK")
        if body is None or mention.kind != "org" \
                or mention.start < body.end or f"org:{mention.name}" in gaz.entries:
            continue
        mention.kind, mention.name, mention.country = body.kind, body.name, body.country


def _minority_described(doc: Doc, mention: Mention, index: dict[int, Mention]) -> str | None:
    """The state a body lives in when its apposition calls it a national minority's body
    ("the Belarusian Social and Cultural Society, the largest organisation of the Belarusian
    minority in Poland"): a minority's bodies are of the state they live in (kin.tsv)."""
    root = doc[mention.start:mention.end].root
    words = [t for c in root.children if c.dep_ == "appos" and c.i >= mention.end
             for t in c.subtree]
    homes = minority_homes(words, lambda token: index.get(token.i))
    return homes[0].country if homes else None


def _spelled_out(doc: Doc, mention: Mention, index: dict[int, Mention]) -> str | None:
    """"the Conference of Rectors of Academic Schools in Poland (KRASP)": an acronym in
    brackets is of the country named in the capitalised name it abbreviates."""
    if mention.start < 2 or doc[mention.start - 1].text != "(" \
            or not doc[mention.start].is_upper:
        return None
    left = mention.start - 2
    while left > 0 and (doc[left - 1].is_title or doc[left - 1].lower_ in NAME_LINKS):
        left -= 1
    found = {index[i].country for i in range(left, mention.start - 1) if i in index
             and index[i].kind in ("country", "capital") and index[i].country}
    return found.pop() if len(found) == 1 else None


NAME_LINKS = frozenset({"of", "in", "for", "and", "the", "on"})
"""Small words inside a body's full name ("Conference of Rectors of Academic Schools in
Poland")."""


def _part_of_another_body(doc: Doc, mention: Mention) -> bool:
    """"the Foreign Affairs Department of Poland's MoD": the country word after "of" owns
    the next body, which is the affiliation; the department itself stays without one."""
    after = mention.end
    return after + 2 < len(doc) and doc[after].lower_ == "of" and doc[after + 2].tag_ == "POS"


SEATED_BODIES = frozenset({"court", "tribunal", "prosecutor", "prosecution", "police",
                           "gendarmerie", "university", "archive"})
"""Heads of a state's own bodies: "the Regional Court in Lublin" is Poland's, as a town's
court or police is of the town's state (not so an embassy or a mission, which sit abroad,
nor a council or committee, which may be an international one sitting there)."""
