"""Acts a sentence names but does not assert: denied ("did not meet"), hypothetical ("may
close"), conditional ("if security requires"), avoided ("advice to avoid travelling"), and
the refusals a denied cooperative act amounts to ("will not reopen the border": 124).
Split out of :mod:`events`."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from pipeline.extraction.gazetteer import Trigger
from pipeline.extraction.mention import names_a_list
from pipeline.extraction.roles import INTENT_LEMMAS, denied_object, has_modal_or_negation

AVOIDING_GOVERNORS = frozenset({"avoid", "refrain", "prevent"})
NEGATIVE_GOVERNORS = frozenset({"rule", "exclude", "hesitate", "stop", "cease"})
"""Verbs that deny their complement: "not ruling out closing" leans toward closing."""


def denied(token: Token, lean: bool = False) -> bool:
    """An act that is hypothetical or denied, itself or through the words that govern it
    ("did not want to fight it", "would not hesitate for a moment to close"), or under a
    condition ("close it if security required"): no event, and it lends no tone.  With
    ``lean`` (the tone prior) a denied denial ("not ruling out closing") still leans."""
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                     for m in c.children) for c in token.children):
        return True  # "would close the border again if security required it"
    if token.dep_ in ("ccomp", "xcomp") and token.head.lemma_ in INTENT_LEMMAS \
            and any(c.dep_ == "aux" and c.lower_ == "had" for c in token.head.children):
        return True  # "media had expected them to meet": the expectation was not met
    if denied_object(token):
        return True  # "Warsaw denied any violation": the act is the one denied
    if _aimed_at_nobody(token):
        return True  # "Belarusians pose a threat to no one", "threatens nobody"
    if _let_alone(token.head):
        return True  # "have never aimed to worsen relations, let alone fight them"
    current = token
    for _ in range(5):
        if lean and current.i != token.i and current.lemma_ in NEGATIVE_GOVERNORS \
                and any(c.dep_ == "neg" for c in current.children):
            return False  # a double negation: for the tone, the act is what is meant
        if has_modal_or_negation(current):
            return True
        if current.dep_ == "conj" and current.head.i != current.i and any(
                c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in current.head.children) \
                and has_modal_or_negation(current.head):
            return True  # "would not shake its fist at anyone or threaten anyone": both denied
        if current.i != token.i and current.lemma_ in AVOIDING_GOVERNORS and not lean:
            return True  # "advice to avoid travelling to Belarus": the act is not done
        if current.i != token.i and current.pos_ == "NOUN" and any(
                c.dep_ == "det" and c.lower_ in ("no", "little") for c in current.children):
            return True  # "had no confirmation that the border had been closed"
        if current.dep_ not in ("xcomp", "pcomp", "pobj", "acl", "prep") \
                or current.head.i == current.i:
            return False
        current = current.head
    return False


NOBODY = frozenset({"nobody", "none", "noone"})


def _aimed_at_nobody(token: Token) -> bool:
    """An act whose target is no one: "pose a threat to no one", "threaten nobody" (the
    object's verb counts for a noun: the parser hangs "to no one" on "pose")."""
    holders = [token] + ([token.head] if token.dep_ == "dobj" else [])
    targets: list[Token] = []
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "dobj":
                targets.append(child)  # "threatens nobody"
            elif child.dep_ == "prep" and child.lower_ in ("to", "against", "at"):
                targets += [g for g in child.children if g.dep_ == "pobj"]  # "to no one"
    return any(_no_one(t) for t in targets)


def _no_one(word: Token) -> bool:
    return word.lower_ in NOBODY or word.lower_ == "one" and any(
        d.dep_ == "det" and d.lower_ == "no" for d in word.children)


REFUSAL_CODES = {"03": "120", "04": "125", "05": "120", "06": "121", "07": "122", "08": "124"}
"""A denied cooperative act is a refusal: 'will not reopen the border' -> 124 refuse to yield."""


def refusal_of(token: Token, trigger: Trigger) -> Trigger | None:
    negated = any(c.dep_ == "neg" for c in token.children)
    hypothetical = any(c.lower_ in ("may", "might", "could", "can", "should", "must", "if",
                                    "unless", "whether") for c in token.children)
    code = REFUSAL_CODES.get(trigger.cameo[:2])
    if not negated or hypothetical or code is None or _joint_subject(token):
        return None
    return Trigger(trigger.lemma, trigger.pos, code, "statement", None)


def _joint_subject(verb: Token) -> bool:
    """"The Polish and Belarusian ministers did not sit down together": when the subject
    names both sides, no side refused the other; the text only tells that nothing happened."""
    return any(names_a_list(s) for s in verb.children if s.dep_ == "nsubj")


VADER_WINDOW = 3
"""Words before a sentiment word in which VADER itself looks for "not"."""
SCOPE_BREAKS = frozenset({"conj", "cc", "advcl", "parataxis", "relcl", "poss"})
"""Parts under a negated verb that it does not deny: a coordinated clause ("did not come
and attacked"), an adverbial or relative clause, a possessor ("Lukashenka's regime")."""


def negated_words(sentence: Span, valence: Callable[[str], float]) -> set[int]:
    """Sentiment words a negated verb denies beyond VADER's reach: "do not want the Poles to
    regard them as strangers or enemies", "would not shake its fist at anyone or threaten
    anyone".  VADER negates a word only within three words of "not"; the dependency parse
    gives the verb's phrase after the negator, "or" alternatives included (not A or B is
    neither), without clauses joined by "and", adverbial and relative clauses, and the
    "of" phrases and possessors that only name a thing ("a representative of the regime")."""
    found: set[int] = set()
    for negator in (t for t in sentence if t.dep_ == "neg"):
        stack = [c for c in negator.head.children if c.i > negator.i and _denied_part(c)]
        while stack:
            word = stack.pop()
            if word.i - negator.i > VADER_WINDOW and valence(word.lower_):
                found.add(word.i)
            stack += [c for c in word.children if _denied_part(c)]
    return found


def _let_alone(word: Token) -> bool:
    """"let alone": what follows is denied with the negated act before it."""
    return word.lemma_ == "let" and any(c.lower_ == "alone" for c in word.children)


def _denied_part(word: Token) -> bool:
    if word.dep_ == "conj" and _let_alone(word):
        return True  # "never aimed to worsen relations, let alone fight them": neither
    if word.dep_ == "conj":  # "not A or B": neither
        return any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in word.head.children)
    if word.dep_ == "prep" and word.lower_ == "of":
        return False
    return word.dep_ not in SCOPE_BREAKS
