"""Who takes a state measure when the sentence does not say it plainly.

Measures are acts of states, and news often leaves the state implicit: an agentless passive
("Polish trucks are barred from entering Belarus"), a paper that carries its issuer's name
("she was granted a Polish visa"), a register that carries its keeper's ("added officials to
Poland's sanctions list").  The grammar still names the state -- as the territory one may
not enter, the country adjective of the document, the possessor of the list -- so these
rules read it there, and keep that state out of the measure's targets.  Split out of
:mod:`events`, which builds the candidates.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.extraction.candidate import Candidate, Context
from pipeline.extraction.entities import DocMentions, Mention
from pipeline.extraction.noun_phrases import np_mentions
from pipeline.extraction.roles import agent_of, argument_actors, objects_of
from pipeline.extraction.trigger_select import in_force

SANCTION_CODE = "163"
EXPULSION_CODE = "174"
COERCION_ROOT = "17"
LIST_NOUNS = frozenset({"list", "blacklist", "register", "registry"})
"""A sanctions list's possessor ("Poland's national sanctions list") is its keeper."""
DOCUMENT_NOUNS = frozenset({"visa", "passport", "permit", "citizenship", "residency"})
"""Papers a state issues."""
STATE_HELD_NOUNS = DOCUMENT_NOUNS | {"prison", "jail", "custody", "colony", "detention"}
"""Papers a state issues and places where it holds people: their country adjective ("a Polish
visa", "a Belarusian prison") names the state that acts."""
ENTRY_VERBS = frozenset({"enter", "leave", "cross", "visit", "travel", "fly", "exit"})
"""Movements a state permits or forbids at its own frontier ("banned from entering X")."""


def implicit_doers(token: Token, cameo: str, passive: bool, sources: list[Mention],
                   targets: list[Mention],
                   mentions: DocMentions) -> tuple[list[Mention], list[Mention]]:
    """Sources and targets of a measure verb after reading the implicit state: the keeper
    of a sanctions list, the issuer of a document, the territory a ban closes."""
    if cameo.startswith(SANCTION_CODE):
        # "added people linked to the regime to Poland's sanctions list": the list's owner
        # imposes the sanctions, it is not their target (the parser may hang the list's
        # phrase anywhere in the clause, so the whole sentence is searched)
        owners = [m for t in token.sent if t.lemma_ in LIST_NOUNS
                  for m in np_mentions(t, mentions, limit=2) if m.country]
        targets = _without(targets, owners)
        sources = sources or owners[:1]
    if passive and not agent_of(token):
        # "she was granted a Polish visa", "was released from a Belarusian prison": a
        # document's or a prison's country is the state that issues it or holds it
        issuers = [m for o in objects_of(token) if o.lemma_ in STATE_HELD_NOUNS
                   for c in o.children if c.dep_ in ("amod", "compound", "poss")
                   if (m := mentions.at(c)) is not None and m.country]
        sources = sources or issuers[:1]
        targets = _without(targets, issuers)
    if passive and not agent_of(token) and not sources:
        # "were declared persona non grata by Minsk": the parser hangs the agent on a word
        # of the split phrase, not on the verb
        sources = [m for c in token.children if c.dep_ in ("oprd", "dobj", "ccomp")
                   for t in c.subtree if t.dep_ == "prep" and t.lower_ == "by"
                   for g in t.children if g.dep_ == "pobj"
                   for m in argument_actors(g, mentions) if m.country][:1]
        targets = _without(targets, sources)
    if passive and not sources and cameo.startswith(EXPULSION_CODE):
        # "the Polish consul in Grodno was expelled": the host of the post expels
        expelled = {t.country for t in targets}
        sources = [m for c in token.children if c.dep_ == "nsubjpass" for t in c.subtree
                   if (m := mentions.at(t)) is not None and m.kind in ("place", "capital")
                   and m.country and m.country not in expelled][:1]
    if passive and not sources:
        # "Polish trucks are barred from entering Belarus": a state bars entry into its own
        # territory, so the country one may not enter or leave is the doer
        sources = _barred_territory(token, cameo, mentions)
        targets = _without(targets, sources)
    return sources, targets


def _without(targets: list[Mention], states: list[Mention]) -> list[Mention]:
    countries = {m.country for m in states}
    return [t for t in targets if t.country not in countries]


def _barred_territory(token: Token, cameo: str, mentions: DocMentions) -> list[Mention]:
    """The country an agentless passive ban keeps people out of or in ("were barred from
    entering or leaving Belarus", "was banned from travelling to Poland"), or expels them
    from ("was deported from Belarus")."""
    moves = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "from"
             for g in c.children if g.dep_ == "pcomp" and g.lemma_ in ENTRY_VERBS]
    moves += [c for m in moves for c in m.conjuncts if c.lemma_ in ENTRY_VERBS]
    places = [p for m in moves for c in m.children
              for p in ([c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"]
                        if c.dep_ == "prep" and c.lower_ in ("to", "into", "from") else [])]
    # "were banned from Belarusian roads": the country of the place one is kept from
    places += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "from"
               and cameo.startswith(COERCION_ROOT) for g in c.children if g.dep_ == "pobj"
               and any(a.dep_ == "amod" for a in g.children)]
    if cameo.startswith(EXPULSION_CODE):
        # "was ordered to leave Belarus": the country to be left
        places += [g for c in token.children if c.dep_ == "xcomp" and c.lemma_ in ENTRY_VERBS
                   for g in c.children if g.dep_ == "dobj"]
        # "were expelled from Belarus": one is expelled by the country one must leave (not
        # by the one one is sent to)
        places += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "from"
                   for g in c.children if g.dep_ == "pobj"]
    return [m for p in places for m in np_mentions(p, mentions, limit=2)
            if m.country and m.kind in ("country", "capital")][:1]


PROPOSING_LEMMAS = frozenset({"propose", "raise", "suggest", "seek", "urge", "push",
                              "demand", "call", "consider", "discuss", "debate", "advocate",
                              "lobby", "table"})
"""Verbs that put an act forward without doing it ("would raise a ban at the summit")."""


def proposed(trigger: Token) -> bool:
    """"Müller said Poland would raise a ban on Belarusian lorries at the summit",
    "Morawiecki said he would propose that all flights be suspended": an act put forward is
    not done, so it is no measure; the saying stays a statement."""
    current = trigger
    for _ in range(3):
        that_clause = current.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in current.children)
        if current.head.i == current.i or current.dep_ not in (
                "dobj", "ccomp", "xcomp", "pobj", "prep", "nsubjpass") and not that_clause:
            return False  # (a "that" clause the parser made adverbial is still the object)
        current = current.head
        if current.lemma_ in PROPOSING_LEMMAS and current.pos_ == "VERB":
            return True
    return False


BEARS_ON = frozenset({"on", "against", "for", "of"})
"""Prepositions after a rule's noun that name whom it bears on ("the restriction on
Belarusian lorries", "visa-free entry for Polish citizens")."""


def in_force_sides(candidate: Candidate, ctx: Context) -> None:
    """"The restriction on Belarusian lorries took effect at 19:00 on Feb. 21", "the zone has
    been in force since June 13": a rule said to start or hold is one the story has told of,
    so its sides are the pair of the story's last two-country event; a country the rule's
    phrase names after "on" or "for" is the side it bears on, one named otherwise ("Poland's
    ban") the side that imposed it."""
    trigger = candidate.trigger
    if candidate.kind != "measure" or trigger is None or not in_force(trigger):
        return
    bearing = [m for m in candidate.sources if m.country and _after_bearing(m, trigger)]
    candidate.sources = [m for m in candidate.sources if m not in bearing]
    candidate.targets += bearing
    if not ctx.pair_events:
        return
    pair = ctx.pair_events[-1][1]
    named = candidate.named_countries()
    if len(named) >= 2 or not named <= set(pair):
        return
    doers = {m.country for m in candidate.sources if m.country}
    targets = {m.country for m in candidate.targets if m.country}
    if not doers:
        source = next((c for c in pair if c not in targets), pair[0])
        candidate.sources.append(Mention(trigger.i, trigger.i + 1, "country", source))
        doers = {source}
    if not targets - doers:
        other = next(c for c in pair if c not in doers)
        candidate.targets.append(Mention(trigger.i, trigger.i + 1, "country", other))


def _after_bearing(mention: Mention, trigger: Token) -> bool:
    doc = trigger.doc
    token = doc[mention.end - 1]
    while token.head.i != token.i and token.i != trigger.i:
        if token.dep_ == "pobj" and token.head.lower_ in BEARS_ON:
            return True
        token = token.head
    return False
