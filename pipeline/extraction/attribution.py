"""Statements attributed by a phrase rather than a reporting verb.

"According to the ministry, ...", "In his view, ...", "Przydacz's answer was that ...": the
source is named inside a prepositional phrase or as the possessor of a speech noun, and the
rest of the clause is what was said.  Such a sentence yields the statement of that source,
with the same rule as a reporting verb: when the attributed clause itself reports an act
between two countries ("According to Minsk, a Pole was arrested ..."), the act is the news
and the attribution only its sourcing (see :mod:`events`, ``Candidate.content``).

Speed: the phrase words are found by one vectorised lookup of the document's lower-case
word ids (no Python loop over tokens), so sentences without them cost nothing.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from pipeline.extraction.entities import DocMentions, Mention

SPEECH_NOUNS = frozenset({"view", "opinion", "words", "assessment", "answer", "reply",
                          "response", "message", "position", "verdict", "argument"})
"""Nouns that stand for what their possessor says ("in his view", "her answer was that")."""
ATTRIBUTION_CODE = "010"
"""Such phrases report a plain statement (CAMEO 010, make statement)."""
_PHRASE_IDS = np.array([get_string_id(word) for word in sorted({"according", *SPEECH_NOUNS})],
                       dtype=np.uint64)


def phrase_words(doc: Doc) -> list[int]:
    """Token indices of the document's attribution words ("according", "view", ...)."""
    found: list[int] = np.flatnonzero(np.isin(doc.to_array(LOWER), _PHRASE_IDS)).tolist()
    return found


COUNT_NOUNS = frozenset({"figure", "figures", "data", "statistic", "statistics", "estimate",
                         "estimates", "count", "tally", "record", "records", "poll", "survey"})
"""Sources that count rather than speak: what they give is a figure, not a statement."""


def attribution_phrases(
        sentence: Span, words: list[int], mentions: DocMentions,
        actors_of: Callable[[Token, DocMentions], list[Mention]],
) -> list[tuple[Token, list[Mention], set[int]]]:
    """(clause head, speakers, tokens of what is attributed) for each attribution phrase of
    the sentence; ``words`` are the document's :func:`phrase_words`.

    ``actors_of`` reads the actors of a noun phrase (pronouns resolved); it is passed in
    so that this module does not depend on the role reader's internals.
    """
    found: list[tuple[Token, list[Mention], set[int]]] = []
    doc = sentence.doc
    for index in (i for i in words if sentence.start <= i < sentence.end):
        token = doc[index]
        source: Token | None = None
        phrase: Token | None = None
        if token.lower_ == "according" and token.dep_ == "prep":
            to = next((c for c in token.children if c.lower_ == "to"), None)
            source = next((g for g in to.children if g.dep_ == "pobj"), None) if to else None
            phrase = token  # "according to X, ...": X is the source
        elif token.dep_ == "pobj" and token.head.lower_ in ("in", "by") \
                and token.head.dep_ == "prep":
            source = next((p for p in token.children if p.dep_ == "poss"), None)
            phrase = token.head  # "in his view, ...", "in the minister's words, ..."
        elif token.dep_ == "nsubj" and token.head.lemma_ == "be":
            source = next((p for p in token.children if p.dep_ == "poss"), None)
            phrase = token  # "Przydacz's answer was that ...": the complement is said
        if source is None or phrase is None or source.lemma_.lower() in COUNT_NOUNS:
            continue  # ("according to Polish figures, 26,000 people crossed": a count)
        head = phrase.head
        speakers = [m for m in actors_of(source, mentions) if m.is_actor and m.country]
        if not speakers or head.pos_ not in ("VERB", "AUX"):
            continue
        excluded = {t.i for t in phrase.subtree}
        content = {t.i for t in head.subtree if t.i not in excluded}
        found.append((head, speakers[:1], content))
    return found
