"""Misparses of the small English model that the extractor repairs.

WHY: ``en_core_web_sm`` is the only English model on the package index that loads
offline, and some of its parses are reliably wrong in ways news sentences trip often.  Each
check here recognises one such parse from the tree alone, so the reader of that part of
the tree (who speaks, which clause is the act's) can read it as the sentence means.  Two
repairs stay beside the one thing they feed: a closing report hung on a noun
(``dating._closing_report``) and a name hung on the verb after its title
(``noun_phrases.closing_name``).
"""

from __future__ import annotations

from spacy.tokens import Token

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
"""Tags of finite verbs (and modals): a sentence needs one."""


def fronted_as_clause(verb: Token) -> bool:
    """"In May, asked at a press conference about ..., he answered": the parser may take a
    fronted participle clause, set off by a comma before the main verb, for its object."""
    after = verb.right_edge.i + 1
    return verb.dep_ == "ccomp" and verb.i < verb.head.i and after < len(verb.doc) \
        and verb.doc[after].text == ","


def headed_by_subject(verb: Token) -> bool:
    """Whether a past-tense verb the parser hung on a noun is the only finite verb of a
    sentence headed by a noun before it (that noun is then the verb's subject)."""
    sentence = verb.sent
    root = sentence.root
    return root.pos_ in ("NOUN", "PROPN") and root.i < verb.i and not any(
        t.pos_ in ("VERB", "AUX") and t.tag_ in FINITE_TAGS and t.dep_ != "acl"
        for t in sentence)
