"""A person's title and the body and country it names, read around the name.

Split out of :mod:`entities`: the title words before a name and its apposition ("MoD
Spokesman Uladzimir Makarau", "Pawel Fleischer, an expert at the Polish Institute"), a
posting ("the ambassador in Minsk, X"), an office held ("X, who heads the ministry's
department"), and a principal ("Minister X and his deputy Y").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Token

from pipeline.extraction.gazetteer import Gazetteer
from pipeline.extraction.mention import Mention, first_conjunct, mention_head
from pipeline.extraction.missed_names import NATIONAL_NOUNS


def principal_country(doc: Doc, mention: Mention, people: dict[str, Mention]) -> str | None:
    """"Minister Henryk Kowalczyk and his deputy Małgorzata Golińska": a person introduced
    as someone's deputy, spokesman or adviser ("his"/"her" before the title) serves the
    person named last before, and is of that person's country."""
    before = doc[max(0, mention.start - 4):mention.start]
    if not any(t.lower_ in ("his", "her") and t.dep_ == "poss" for t in before):
        return None
    earlier = [p for p in people.values() if p.end <= mention.start and p.country]
    return max(earlier, key=lambda p: p.end).country if earlier else None


def nationality_before(doc: Doc, mention: Mention, index: dict[int, Mention]) -> str | None:
    """"another Pole, Tomasz Bereza", "a Belarusian citizen, Ihar Ivanou": the nationality
    noun set before the name and a comma is the person's country."""
    at = mention.start - 2
    if at < 0 or doc[at + 1].text != ",":
        return None
    if doc[at].lemma_.lower() in NATIONAL_NOUNS:
        at -= 1
    before = index.get(at) if at >= 0 else None
    return before.country if before is not None and before.kind == "country" else None


LEADS = frozenset({"lead", "head", "command", "chair"})
"""Verbs of holding an office: what they take names the holder's body ("X heads the ...")."""
SERVES = frozenset({"serve"})
"""Verbs of a posting told in a relative clause: "X, who serves at the Czeremcha post"."""
AIDS = frozenset({"advise", "assist"})
"""Verbs of serving a person: "X, who advises Sviatlana Tsikhanouskaya" is of her side."""
AIDES = frozenset({"adviser", "advisor", "aide", "assistant", "spokesman", "spokeswoman",
                   "spokesperson"})
"""Title words of a person's aide: "Tsikhanouskaya's chief adviser, Franak Viačorka"."""


def title_and_affiliation(doc: Doc, mention: Mention, index: dict[int, Mention],
                           gaz: Gazetteer) -> tuple[str | None, Mention | None, str | None]:
    """Title words before the name or in an apposition, and the body/country they name."""
    head = mention_head(doc, mention)
    pieces: list[Token] = []
    owned: list[Token] = []
    left = mention.start - 1
    while left >= 0:
        token, inside = doc[left], index.get(left)
        if inside is not None and inside.kind in ("ministry", "org", "country", "capital"):
            pieces[:0] = list(doc[inside.start:left + 1])
            left = inside.start - 1
        elif token.lower_ in ("'s", "’s") and not pieces and left > 0 \
                and (owner := index.get(left - 1)) is not None \
                and owner.kind in ("country", "capital"):
            owned = list(doc[owner.start:left + 1])  # "Estonia's Kaja Kallas": her side,
            left = owner.start - 1  # not her title
        elif token.pos_ != "DET" and not token.is_punct and token.ent_type_ != "DATE" and (
                (token.is_title and token.lower_ in gaz.titles)
                or (left < token.head.i < mention.end
                    and token.dep_ in ("compound", "amod", "nmod", "poss", "case"))):
            pieces.insert(0, token)
            left -= 1
        else:
            break
    posted = _posted_to(doc, head, left, gaz)
    if posted is not None:  # "Ambassador of Belarus to Poland Vladimir Chushev"
        pieces[:0] = list(doc[posted:left + 1])
    title = " ".join(t.text for t in pieces) or None
    region: list[Token] = owned + pieces
    appositions = 0
    for child in head.children:
        # an apposition stands by the name, no verb or colon between (not a list the parser
        # hangs on it further on: "Revenko ... accusing it of militarisation: a budget, ...")
        if (child.dep_ == "appos" and not any(t.pos_ in ("VERB", "AUX") or t.text == ":"
                                              for t in doc[mention.end:child.left_edge.i])) \
                or (child.dep_ == "prep" and child.lower_ in ("of", "at", "from")):
            region.extend(child.subtree)
            if child.dep_ == "appos" and appositions == 0:
                appositions += 1
                title = _clean_title(doc[child.left_edge.i:child.right_edge.i + 1].text)
    posting = _posting_title(head, index)
    if posting is not None:
        # "Belarus's chargé d'affaires in Warsaw, Chasnouski": the parser hangs the name on
        # the posting place, but it names the title's holder; the title's own country word
        # decides (a diplomat posted in Warsaw is, by definition, not of Poland)
        noun, prep = posting
        own = [t for t in noun.subtree if t.i not in {p.i for p in prep.subtree}
               and not mention.start <= t.i < mention.end]
        if any(t.i in index and index[t.i].kind in ("country", "ministry", "org") for t in own):
            region.extend(own)
            title = _clean_title(" ".join(t.text for t in own if t.i <= noun.i and t.dep_ not in (
                "poss", "case", "det") and t.i not in index)) or title
        else:
            region.extend(t for t in head.head.subtree
                          if t.i < mention.start or t.i >= mention.end)
    elif head.dep_ == "appos" and head.head.i not in range(mention.start, mention.end):
        region.extend(t for t in head.head.subtree if t.i < mention.start or t.i >= mention.end)
    elif (first := first_conjunct(head)).dep_ == "nmod" and first.head.i > mention.end \
            and any(t.text == "," for t in doc[mention.end:first.head.i]):
        # "Irena Biernacka and Anna Paniszewa, activists of the Polish minority": the parser
        # makes the names of a list modifiers of the noun in apposition after them
        region.extend(t for t in first.head.subtree if t.i > first.head.i)
    verb = head.head
    if head.dep_ == "nsubj" and (verb.lemma_ in LEADS or any(
            t.lower_ == "charge" for t in verb.children if t.dep_ == "prep"
            for t in t.subtree)):
        region.extend(t for t in verb.subtree if t.i > head.i)
    region.extend(t for c in head.children if c.dep_ == "relcl" and c.lemma_ in LEADS | SERVES
                  for t in c.subtree if t.i > c.i)  # "X, who heads the ministry's department"
    aided = [t for c in head.children if c.dep_ == "relcl" and c.lemma_ in AIDS
             for t in c.subtree if t.i > c.i]  # "Labiedźka, who advises Tsikhanouskaya"
    region.extend(t for c in head.children if c.dep_ == "acl" for p in c.children
                  if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
                  if o.dep_ == "pobj" for t in o.subtree if t.i <= o.i)
    # ("X, presented by the broadcaster as Poland's chargé d'affaires, who ...": the office
    # named, not what the clause after it says)
    if head.dep_ == "pobj" and head.head.lower_ == "by" and head.head.head.lower_ == "led":
        noun = head.head.head.head
        region.extend(t for t in noun.subtree if t.i < head.head.head.i)
    found = [index[t.i] for t in region if t.i in index and index[t.i] is not mention]
    orgs = [m for m in found if m.kind in ("ministry", "org")]
    if not orgs:  # "welcomed at the Polish Senate by its marshal, X": the body "its" names
        orgs = [m for t in region if t.dep_ == "poss" and t.lower_ in ("its", "their")
                for m in _last_body(index, t.i)]
    countries = [m.country for m in found if m.kind in ("country", "capital") and m.country]
    # "head of the Brest border group", "mayor of Grodno": the town of the office, last
    countries += [m.country for m in found if m.kind == "place" and m.country]
    organisation = next((m for m in orgs if m.country), orgs[0] if orgs else None)
    country = organisation.country if organisation and organisation.country else (
        countries[0] if countries else None)
    if country is None and organisation is None:
        if title and any(w in AIDES for w in title.lower().split()):
            aided += region
        principals = [index[t.i] for t in aided if t.i in index and index[t.i] is not mention
                      and index[t.i].kind == "person" and index[t.i].country]
        country = principals[0].country if principals else None  # ("Tsikhanouskaya's
        # adviser, X": an aide serves the person named, and is of that person's side)
    homes = minority_homes(region, lambda token: index.get(token.i))
    if homes and (organisation is None or organisation.country is None):
        country = homes[0].country  # "Irena Biernacka, an activist of the Polish minority
        # in Belarus"
    return title, organisation, country


COMMUNITY_NOUNS = frozenset({"minority", "minorities", "community", "communities",
                             "diaspora"})


def minority_homes(tokens: Iterable[Token],
                   at: Callable[[Token], Mention | None]) -> list[Mention]:
    """The states the minorities these words name live in ("activists of the Polish
    minority in Belarus": Belarus).  A national minority's people are citizens of the state
    they live in (kin.tsv), whatever its nationality word says: they speak and meet as that
    state's side, as the other side's opposition or church leaders do.  ``at`` gives the
    mention a token begins."""
    found: list[Mention] = []
    for token in tokens:
        if token.lower_ not in COMMUNITY_NOUNS:
            continue
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "in"):
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                place = at(pobj)
                if place is not None and place.kind in ("country", "place", "capital") \
                        and place.country:
                    found.append(place)
    return found


def _last_body(index: dict[int, Mention], before: int) -> list[Mention]:
    """The organisation or ministry with a country named last before token ``before``."""
    bodies = [m for m in index.values() if m.end <= before and m.kind in ("org", "ministry")
              and m.country]
    return [max(bodies, key=lambda m: m.end)] if bodies else []


def _posted_to(doc: Doc, head: Token, left: int, gaz: Gazetteer) -> int | None:
    """"Ambassador of Belarus to Poland Vladimir Chushev": the parser hangs the name on the
    title's "to"; the title begins at the title word the preposition belongs to (None when
    the word before the title pieces is no such preposition)."""
    if left < 0 or doc[left].lower_ not in ("to", "in") or head.dep_ != "pobj" \
            or head.head.i != left:
        return None
    holder = doc[left].head
    if holder.lower_ not in gaz.titles or holder.i >= left:
        return None
    return holder.left_edge.i if holder.left_edge.pos_ != "DET" else holder.left_edge.i + 1


def _posting_title(head: Token, index: dict[int, Mention]) -> tuple[Token, Token] | None:
    """(title noun, locative preposition) when a name is in apposition to the place of a
    posting ("the ambassador in Minsk, X"), else ``None``."""
    place = head.head
    if head.dep_ != "appos" or place.dep_ != "pobj" or place.i not in index \
            or index[place.i].kind not in ("capital", "place", "country"):
        return None
    prep = place.head
    if prep.lower_ not in ("in", "at", "to") or prep.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return prep.head, prep


def _clean_title(text: str) -> str:
    words = text.strip(" ,").split()
    if words and words[0].lower() in ("a", "an", "the"):
        words = words[1:]
    return " ".join(words)
