"""Back-references to bodies and the countries they imply, resolved per article.

"The ministry said" points back to a ministry named before, or to the ministry of the
minister last named ("Interior Minister X ... the ministry said"); "the Ministry of State
Assets" is a name, not a back-reference; a country word next to a body places it ("Polish
MFA", "Ministry of Defence of Belarus"); people named together under one plural title
("deputy ministers A and B") serve the same government.  Split out of :mod:`entities`.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.extraction.gazetteer import Gazetteer
from pipeline.extraction.mention import OFFICIAL_WORDS, Mention
from pipeline.types import fold


def adjacent_country(doc: Doc, mention: Mention, index: dict[int, Mention]) -> str | None:
    """Country word right before ("Polish MFA", "Poland's MoD") or after ("MoD of Belarus");
    before, a town or region of one state names it too ("the Podlasie Border Guard")."""
    before = mention.start - 1
    if before >= 0 and doc[before].tag_ == "POS":
        before -= 1
    left = index.get(before)
    if left is not None and left.kind in ("country", "capital", "place") and left.end == before + 1:
        return left.country
    after = mention.end
    if after + 1 < len(doc) and doc[after].lower_ == "of":
        right = index.get(after + 1)
        if right is None and doc[after + 1].lower_ == "the":
            right = index.get(after + 2)
        if right is not None and right.kind in ("country", "capital") \
                and doc[right.end - 1].dep_ == "pobj":
            return right.country  # (not "the leader of Belarus's opposition" or "of the
            # Belarusian democratic forces": the country names another noun's)
    return None


def share_a_plural_title(doc: Doc, mentions: list[Mention], index: dict[int, Mention]) -> None:
    """"deputy ministers Maciej Małecki and Marcin Przydacz": people named together under
    one plural title hold it in the same government, so one's country is the other's."""
    for mention in mentions:
        if mention.kind != "person" or mention.country is not None or mention.start == 0:
            continue
        head = doc[mention.end - 1]
        partners = [index.get(t.i) for t in [*head.conjuncts]]
        known = [p for p in partners if p is not None and p.kind == "person" and p.country]
        first = min([mention.start] + [p.start for p in known])
        title = doc[first - 1] if first > 0 else None
        if known and title is not None and title.tag_ == "NNS" \
                and title.lower_.rstrip("s") in {fold(t).rstrip("s") for t in OFFICIAL_WORDS}:
            mention.country = known[0].country


MINISTER_WINDOW = 120  # tokens back from "the ministry" to the minister it refers to


def ministries_of_ministers(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """"Interior Minister X signed ... the (interior) ministry said": a ministry that no
    country word or earlier ministry places is the ministry of the last minister of its type
    (any type for a bare "the ministry") named before it."""
    untyped = {gaz.ministry_name(None, t): t for t in gaz.minister_words}
    for anaphor in mentions:
        if anaphor.kind == "unresolved" and fold(doc[anaphor.end - 1].text) == "ministry" \
                and anaphor.start > 0 and doc[anaphor.start - 1].lower_ in ("the", "this") \
                and not proper_name_head(doc, anaphor):
            wanted: str | None = None
        elif anaphor.kind == "ministry" and anaphor.country is None \
                and anaphor.name in untyped:
            wanted = untyped[anaphor.name]
        else:
            continue
        for earlier in reversed(mentions):
            if earlier.end > anaphor.start or anaphor.start - earlier.end > MINISTER_WINDOW:
                continue
            mtype = gaz.minister_type(earlier.title or "") \
                if earlier.kind in ("person", "role") and earlier.country else None
            if mtype is not None and wanted in (None, mtype):
                anaphor.kind, anaphor.country = "ministry", earlier.country
                anaphor.name = gaz.ministry_name(earlier.country, mtype)
                anaphor.aliases = [anaphor.surface]
                break


def proper_name_head(doc: Doc, mention: Mention) -> bool:
    """"the Ministry of State Assets": a capitalised head with a capitalised of-phrase is a
    body's own name, not a back-reference to one named before."""
    after = mention.end
    if not doc[mention.end - 1].is_title or after + 1 >= len(doc) or doc[after].lower_ != "of":
        return False
    following = doc[after + 1] if doc[after + 1].lower_ != "the" else doc[min(after + 2, len(doc) - 1)]
    return following.is_title


def seat_country(doc: Doc, mention: Mention, index: dict[int, Mention],
                 towns: bool = False, states: bool = False) -> str | None:
    """"The foreign ministry in Warsaw": a ministry is of the capital it sits in (not so an
    embassy, which sits in the other country's capital: there the seat names its host);
    with ``towns``, a court or council is of the town it sits in ("the Regional Court in
    Lublin"); with ``states``, a country is a seat too ("the Polish embassy in Belarus")."""
    after = mention.end
    if after + 1 < len(doc) and doc[after].lower_ == "in":
        seat = index.get(after + 1)
        kinds = ("capital", "place") if towns else ("capital", "country") if states \
            else ("capital",)
        if seat is not None and seat.kind in kinds and seat.start == after + 1:
            return seat.country
    # "In Minsk, the foreign ministry used a commentary to caution Warsaw": the capital the
    # clause opens with is where its subject speaks
    head = doc[mention.end - 1]
    if head.dep_ == "nsubj":
        for prep in head.head.children:
            if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i < mention.start:
                seat = next((index[g.i] for g in prep.children
                             if g.dep_ == "pobj" and g.i in index), None)
                if seat is not None and seat.kind == "capital":
                    return seat.country
    return None


def resolve_anaphor(doc: Doc, mention: Mention, index: dict[int, Mention],
                     organisations: list[Mention]) -> None:
    """"The ministry said": the last ministry/organisation (of the adjacent country, if one
    is named) whose name holds the same head noun; unresolved it stays a non-actor."""
    noun = fold(doc[mention.end - 1].text)
    if mention.start == 0 or doc[mention.start - 1].lower_ not in ("the", "this", "that") \
            or proper_name_head(doc, mention):
        mention.title, mention.kind = None, "unresolved"  # "Ministry of State Assets": a name
        return
    # ("the ministry in Warsaw reacted": the ministry of the capital it sits in)
    country = adjacent_country(doc, mention, index) or seat_country(doc, mention, index)
    for earlier in reversed(organisations):
        if country is not None and earlier.country != country:
            continue
        if earlier.name and noun in fold(earlier.name):
            mention.country, mention.name = earlier.country, earlier.name
            mention.aliases = [mention.surface]
            break
    mention.title = None
    if mention.name is None:
        mention.kind = "unresolved"  # not an actor, not a place
