"""Person names the small NER model misses, found around the words that announce them: a
capitalised title ("Spokesman Uladzimir Makarau"), a title in apposition ("Igor Malyk, a
deputy head of ..."), a nationality noun ("another Pole, Tomasz Bereza"), or an earlier
full name (a bare surname later on), or a note on its spelling ("Cimanouska, as the
Polish press spells her name"); and the bodies of towns it misses when the press writes
them in lower case ("the Grodno regional executive committee").  Split out of
:mod:`entities`, which merges these spans with the matcher's and the NER's."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pipeline.extraction.gazetteer import Gazetteer, title_matcher
from pipeline.types import fold


def titled_names(doc: Doc, covered: set[int], gaz: Gazetteer) -> list[Span]:
    """Names the NER missed but a capitalised title announces ("Spokesman Uladzimir Makarau")."""
    found: list[Span] = []
    for _match_id, start, end in title_matcher()(doc):
        name_start = start + 1
        if any(i in covered for i in range(name_start, end)):
            continue
        if end < len(doc) and fold(doc[end].lower_) in gaz.institution_words:
            continue  # "the International Civil Aviation Organization": a body's name
        if end - name_start >= 2 or doc[name_start].dep_ in ("nsubj", "pobj"):
            found.append(Span(doc, name_start, end, label="person:?"))
            covered.update(range(name_start, end))
    return found


def introduced_names(doc: Doc, covered: set[int], gaz: Gazetteer) -> list[Span]:
    """"Igor Malyk, a deputy head of the General Staff's ... department, said": a name the
    NER missed that an appositive title introduces (first name and surname, capitalised)."""
    found: list[Span] = []
    for token in doc:
        if token.pos_ != "PROPN" or not token.is_title or token.i in covered:
            continue
        subject = token.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "appos" and fold(c.lemma_) in gaz.titles for c in token.children)
        # "the deputy speaker of the Sejm, Piotr Zgorzelski, answered": a name set beside a
        # title, the parser hanging it on the title or on the body after "of"
        before = doc[max(0, token.left_edge.i - 8):token.left_edge.i]
        beside = token.dep_ == "appos" and token.i > 0 and doc[token.i - 1].dep_ == "compound" \
            and any(fold(t.lemma_) in gaz.titles for t in before)
        if not subject and not beside:
            continue
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" \
                and doc[start - 1].head.i == token.i and doc[start - 1].pos_ == "PROPN" \
                and doc[start - 1].is_title and start - 1 not in covered:
            start -= 1
        if start < token.i:
            found.append(Span(doc, start, token.i + 1, label="person:?"))
            covered.update(range(start, token.i + 1))
    return found + _nationals_named(doc, covered, gaz)


NATIONAL_NOUNS = frozenset({"citizen", "national"})
"""Nouns that, after a nationality adjective, name a person of it ("a Belarusian citizen")."""


def _nationals_named(doc: Doc, covered: set[int], gaz: Gazetteer) -> list[Span]:
    """"another Pole, Tomasz Bereza", "a Belarusian citizen, Ihar Ivanou": a first name
    and surname set right after a nationality noun and a comma, read by position (the
    parser hangs such names anywhere), even where the NER missed them."""
    found: list[Span] = []
    for comma in doc[2:-2]:
        if comma.text != "," or fold(doc[comma.i - 1].lower_) not in gaz.demonyms \
                and doc[comma.i - 1].lemma_.lower() not in NATIONAL_NOUNS:
            continue
        end = comma.i + 1
        while end < len(doc) and end - comma.i <= 3 and doc[end].pos_ == "PROPN" \
                and doc[end].is_title and end not in covered:
            end += 1
        if end - comma.i - 1 >= 2 and (end == len(doc) or not doc[end].is_title):
            found.append(Span(doc, comma.i + 1, end, label="person:?"))
            covered.update(range(comma.i + 1, end))
    return found


def repeated_surnames(doc: Doc, spans: list[Span], covered: set[int]) -> list[Span]:
    """"It is the first time Myasnikovich has visited": a bare surname of a person the text
    already named is that person, even where the NER did not tag it.  (Found by searching
    the text for the few surnames, not by walking every token: this runs on every article.)"""
    first_named: dict[str, int] = {}
    for span in spans:
        if span.label_.startswith("person") and len(span) > 1:
            surname = span[-1].text
            first_named[surname] = min(first_named.get(surname, span.end), span.end)
    found: list[Span] = []
    text = doc.text if first_named else ""  # (doc.text is rebuilt on every access)
    for surname, named_end in first_named.items():
        for match in re.finditer(r"\b" + re.escape(surname) + r"\b", text):
            hit = doc.char_span(match.start(), match.end())
            if hit is None or len(hit) != 1 or hit.start < named_end:
                continue
            token = hit[0]
            if token.i in covered or token.pos_ != "PROPN" or not token.is_title:
                continue
            found.append(Span(doc, token.i, token.i + 1, label="person:?"))
            covered.add(token.i)
    return found


SPELLING_LEMMAS = frozenset({"spell", "write", "render", "transliterate"})


def spelled_as(doc: Doc, end: int) -> bool:
    """Whether the words after a name say it is another spelling: ", as the Polish press
    spells her name", ", as Polish media spell him"."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "as":
        return False
    return any(t.lemma_.lower() in SPELLING_LEMMAS or t.lower_ in SPELLING_LEMMAS
               for t in doc[end + 2:end + 8])


def spelled_names(doc: Doc, covered: set[int]) -> list[Span]:
    """"Cimanouska, as the Polish press spells her name, thanked ...": a capitalised word
    the text says is a spelling of a name is a person's name, whatever the NER made of it."""
    found: list[Span] = []
    for token in doc:
        if token.i not in covered and token.pos_ == "PROPN" and token.is_title \
                and spelled_as(doc, token.i + 1):
            found.append(Span(doc, token.i, token.i + 1, label="person:?"))
            covered.add(token.i)
    return found


LOCAL_BODY = re.compile(
    r"(?:district|regional|city|oblast|town|county|village|provincial|municipal)\s+"
    r"(?:executive\s+committee|council(?:\s+of\s+deputies)?|administration|hall)")
"""A local government's body as the press writes it, in lower case after its town's name
("the Grodno regional executive committee", "Sokółka town hall")."""


def local_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """"Guests from the Grodno district executive committee": a town's own body that the
    NER, seeing no capitals, leaves out; it speaks and meets for its town's state, as "the
    Biała Podlaska City Council" does when capitalised.  The town alone stays a place."""
    found: list[Span] = []
    for place in (s for s in spans if s.label_.startswith("place:")):
        after = doc[place.end:place.end + 6]
        match = LOCAL_BODY.match(after.text)
        body = None if match is None else doc.char_span(after.start_char,
                                                         after.start_char + match.end())
        if body is not None:  # (a match ending inside a word is no body: "council-run")
            found.append(Span(doc, place.start, body.end, label="org:?"))
    return found

