"""The mentions a noun phrase holds: its head, compounds, adjectives, possessives,
coordinated nouns and ``of``-phrases (split out of :mod:`roles`, which reads arguments
through it, so that :mod:`antecedents` can use it too)."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.extraction.entities import DocMentions, Mention

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
