"""Where the parser puts a reporting verb's clause, and who speaks beside its subject.

WHY a module of its own: the small English model often hangs an inserted or trailing
attribution ("..., the head of Belenergo told journalists"; "X is unacceptable, he says,
nobody ...") on the wrong clause, and a person joined to the speaker's own "he" speaks
with him rather than being spoken about.  :mod:`events` asks these three questions when
it reads a statement's content.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.extraction.roles import SPEECH_LEMMAS

SELF_PRONOUNS = frozenset({"he", "she", "i", "we"})


def co_speaker(token: Token) -> bool:
    """"Rau said that he and Lithuania's Linas Linkevičius believed the channels had to stay
    open": one joined to the speaker's own "he" in what he says speaks with him; he is not
    whom the words are about."""
    current = token
    for _ in range(4):
        if current.dep_ == "conj" and current.head.lower_ in SELF_PRONOUNS \
                and current.head.dep_ == "nsubj":
            return True
        if current.dep_ not in ("appos", "poss", "compound", "amod", "conj") \
                or current.head.i == current.i:
            return False
        current = current.head
    return False


def trailing_attribution(verb: Token) -> bool:
    """"Belarus has not given up on selling power to Poland, and talks are still going on,
    the head of Belenergo, Pavel Drozd, told journalists": the parser joins the attribution
    at the end as one more clause ("told" a conj of "going"); a saying verb with no clause
    of its own, whose subject follows a comma and which ends the sentence, reports the
    clauses before it, as an inserted "he added" does."""
    if verb.dep_ != "conj" or verb.head.i >= verb.i or verb.lemma_.lower() not in SPEECH_LEMMAS \
            or any(c.dep_ in ("ccomp", "xcomp", "cc") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None:
        return False
    start = min(t.i for t in subject.subtree)
    return start > 0 and verb.doc[start - 1].lower_ == "," \
        and max(t.i for t in verb.subtree) >= verb.sent.end - 2


def clauses_before(clause: Token) -> list[Token]:
    """"X's comments are unacceptable, he says, nobody in Poland has such intentions": the
    parser hangs the inserted attribution on the second of two joined clauses; the first
    (and its parts, not the second) is reported as well."""
    parts: list[Token] = []
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        parts += [c for c in clause.head.children if c.i != clause.i and c.dep_ != "cc"]
        clause = clause.head
    return parts
