"""The mentions a noun phrase holds: its head, compounds, adjectives, possessives,
coordinated nouns and ``of``-phrases, and the person a title's phrase names (split out of
:mod:`roles`, which reads arguments through it, so that :mod:`antecedents` can use it
too)."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.extraction.entities import DocMentions, Mention
from pipeline.extraction.gazetteer import load_gazetteer
from pipeline.types import fold

NP_DEPS = frozenset({"compound", "amod", "poss", "nmod", "appos", "conj", "npadvmod", "nummod",
                     "acl", "agent", "pobj"})
NP_PREPS = frozenset({"of", "from", "between", "among", "'s", "’s", "to", "against", "on",
                      "toward", "towards", "with"})
AFFILIATION_PARTICIPLES = frozenset({"lead", "head", "base", "link", "associate", "connect",
                                     "affiliate", "tie"})
"""Participles that tie a noun to its side ("troops led by X", "people linked to the
Lukashenko regime"): their phrase names the noun's country; other reduced relatives
("lorries heading east") do not."""


def np_mentions(head: Token, mentions: DocMentions, limit: int = 12,
                preps: frozenset[str] = NP_PREPS) -> list[Mention]:
    """Actor and place mentions of the noun phrase headed by ``head``, head-first."""
    found: list[Mention] = []
    stack = [head]
    seen = 0
    while stack and seen < 60:
        token = stack.pop(0)
        seen += 1
        mention = mentions.at(token)
        if mention is not None:
            if mention not in found:
                found.append(mention)
            if len(found) >= limit:
                break
        for child in token.children:
            if child.dep_ == "prep":
                if child.lower_ in preps and (token.i == head.i or preps is NP_PREPS):
                    stack.extend(child.children)
            elif child.dep_ in NP_DEPS or child.dep_ == "case":
                if child.dep_ == "acl" and child.lemma_ not in AFFILIATION_PARTICIPLES:
                    continue
                stack.append(child)
    return found


def closing_name(head: Token, actors: list[Mention], mentions: DocMentions) -> list[Mention]:
    """"The head of the agency's office in Minsk, Mikołaj Tauber, told PAP": a person's name
    in apposition at the very end of a title's phrase is who the title is, wherever the
    parser hangs it (here on "Minsk", out of the reach of the phrase's "of")."""
    last = max((t for t in head.subtree if not t.is_punct), key=lambda t: t.i, default=head)
    if head.pos_ == "PROPN" and head.lower_ in load_gazetteer().titles:
        mention = mentions.at(last)  # ("State Secretary of the Security Council of Belarus
        # Aleksandr Volfovich told": a capitalised title with the name closing its phrase)
        return [mention] if mention is not None and mention.kind == "person" \
            and mention.end == last.i + 1 and mention not in actors[:1] else []
    if head.pos_ != "NOUN" or head.ent_type_:
        return []
    doc = head.doc
    if fold(head.lemma_) in load_gazetteer().titles and last.i + 2 < len(doc) \
            and doc[last.i + 1].text == ",":
        # "was received by its marshal, Szymon Hołownia, who took over ...": the parser may
        # hang the name after the comma on the verb, out of the title's phrase
        named = mentions.at(doc[last.i + 2])
        if named is not None and named.kind == "person" and named not in actors \
                and doc[named.end - 1].dep_ in ("npadvmod", "appos") \
                and doc[named.end - 1].head.i not in {t.i for t in head.subtree}:
            return [named]
    mention = mentions.at(last) if last.dep_ == "appos" and last.head.i != head.i else None
    if mention is None or mention.kind != "person" or mention in actors:
        return []
    return [mention]


NAMING_LEMMAS = frozenset({"know", "call", "name"})


def known_as(head: Token, mentions: DocMentions) -> list[Mention]:
    """"The envoy, known in Poland as Władimir Czuszew, called on ...": the name a noun is
    known by is who it is."""
    return [m for acl in head.children if acl.dep_ == "acl" and acl.lemma_ in NAMING_LEMMAS
            for prep in acl.children if prep.dep_ == "prep" and prep.lower_ == "as"
            for pobj in prep.children if pobj.dep_ == "pobj"
            for m in np_mentions(pobj, mentions, limit=1) if m.is_actor]
