"""What a trigger's clause holds beyond its own words: whether a visit verb has a visitor
at all, and a reported clause the parser hung on the scene a statement verb was set in.
Split out of :mod:`events`, which builds the candidates."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.extraction.entities import DocMentions
from pipeline.extraction.gazetteer import Gazetteer
from pipeline.extraction.roles import RELATIVE_PRONOUNS
from pipeline.types import fold

VISIT_CODE = "042"
VISITOR_NOUNS = frozenset({"delegation", "delegations", "group", "team", "guest", "guests",
                           "visitor", "visitors", "ministers", "deputies", "mps", "lawmakers",
                           "people", "he", "she", "they", "who", "that", "which"})
"""Who can arrive on a visit besides named actors and titled people (gazetteer titles)."""


def thing_arrives(verb: Token, mentions: DocMentions, gaz: Gazetteer) -> bool:
    """Whether a visit verb's subject is a thing, not a visitor ("crude arriving in
    Belarus"): a subject that names no actor and is no title or visitor word."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ == "acl":
        subject = verb.head  # "crude arriving in Belarus"
    if subject is None or subject.pos_ == "PROPN":
        return False
    own = {t.i for t in verb.subtree}  # (the arrival's own phrase names where, not who)
    return not any(mentions.at(t) is not None for t in subject.subtree if t.i not in own) \
        and fold(subject.lemma_) not in gaz.titles and subject.lower_ not in VISITOR_NOUNS


def misplaced_complement(verb: Token) -> bool:
    """"said after a meeting in Brussels that Hungary had blocked ...": a "that" clause with
    a subject of its own is what was said, even where the parser hangs it on the setting."""
    return verb.dep_ in ("relcl", "acl", "ccomp") and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in verb.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVE_PRONOUNS
        for c in verb.children)
