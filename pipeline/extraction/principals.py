"""The foreign side of an espionage case: the state the accused spied for.

WHY: "the ABW arrested a Polish former officer on charges of spying for the Belarusian KGB"
has a Polish doer and a Polish target, so read by its arguments it is a domestic arrest.
What makes it news of the Belarus-Poland pair is the state the accused worked for.  When a
hostile act (CAMEO roots 11-13 and 16-18: disapproval, rejection, threat, reduced
relations, coercion such as arrest) names fewer than two countries, the state of "spying /
working / acting for X", "X's intelligence", "agent of X" in the act's own phrases becomes
its target.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.extraction.candidate import Candidate
from pipeline.extraction.mention import DocMentions, Mention

SERVICE_LEMMAS = frozenset({"spy", "spying", "espionage", "work", "act", "collaborate",
                            "gather", "inform"})
"""Verbs and nouns whose "for X" phrase names the state served."""
AGENT_NOUNS = frozenset({"agent", "agents", "spy", "spies", "informant", "informants",
                         "intelligence", "services"})
"""Nouns whose "of X" phrase or X-adjective names the state served."""
COERCIVE_ROOTS = ("11", "12", "13", "16", "17", "18")
"""CAMEO roots of acts against someone, whose foreign side may be the state served."""


def _served(token: Token, mentions: DocMentions) -> list[Mention]:
    lemma = token.lemma_.lower()
    found: list[Mention] = []
    if lemma in SERVICE_LEMMAS or token.lower_ in SERVICE_LEMMAS:
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "for"):
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                found += [m for t in pobj.subtree if (m := mentions.at(t)) is not None
                          and m.country and m.kind != "place"]
    if token.lower_ in AGENT_NOUNS:
        for child in token.children:
            if child.dep_ in ("amod", "compound", "poss") or (
                    child.dep_ == "prep" and child.lower_ == "of"):
                found += [m for t in child.subtree if (m := mentions.at(t)) is not None
                          and m.country and m.kind != "place"]
    return found


def served_state(candidate: Candidate, mentions: DocMentions) -> list[Mention]:
    """Mentions of the state an accused served, to add to a coercive act's targets."""
    trigger = candidate.trigger
    if trigger is None or not candidate.cameo.startswith(COERCIVE_ROOTS) \
            or candidate.kind not in ("measure", "incident"):
        return []
    named = candidate.named_countries()
    if len(named) >= 2:
        return []
    for token in trigger.subtree:
        for mention in _served(token, mentions):
            if mention.country not in named:
                return [mention]
    return []
