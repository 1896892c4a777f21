"""Which countries an event is between: the directed (source, target) pairs of a candidate.

Split out of :mod:`article`. A statement is about its nearest argument (a country named as
an adjective ranks after one named as an argument), the countries listed with the speaker's
own stand on its side, and a remark about a list is about each of its members; a meeting
is between all its participants; a measure or an incident at a crossing has the crossing's
two sides.
"""

from __future__ import annotations

from itertools import combinations

from spacy.tokens import Token

from pipeline.extraction.candidate import Candidate
from pipeline.extraction.gazetteer import load_gazetteer, stateless_body
from pipeline.extraction.mention import first_conjunct
from pipeline.types import fold

Pair = tuple[str | None, str | None]
COERCION_ROOTS = frozenset({"17", "18", "19", "20"})
"""Coercion and force (arrest, detention, sentencing, assault, killing: CAMEO 17-20) against
a foreign side, with no doer named, are attributed to the state where they happen."""
MODIFIER_DEPS = frozenset({"compound", "poss", "amod", "nmod"})


def _international_party(candidate: Candidate) -> bool:
    """Whether a party is a body the gazetteer knows as of no state (the EU, the OSCE, the UN)."""
    return any(m.kind == "org" and m.country is None and stateless_body(m.name)
               for m in candidate.sources + candidate.targets)


def country_pairs(candidate: Candidate) -> list[Pair]:
    """Directed (source, target) country pairs of a candidate, by its kind's rules.

    A side named by the text but without a country ("insurgents", "the government",
    "two diplomats") stays ``None``: the event is then a one-country event.
    """
    sources = list(dict.fromkeys(m.country for m in candidate.sources if m.country))
    targets = list(dict.fromkeys(m.country for m in candidate.targets if m.country))
    place = candidate.location.country if candidate.location is not None else None
    if candidate.kind == "meeting":
        participants = sources + [t for t in targets if t not in sources]
        if place and place not in participants and len(participants) == 1 \
                and not _international_party(candidate):
            participants.append(place)  # ("met officials in Minsk": the host state's,
            # but "met OSCE officials in Vienna": the body's, whose seat is no side)
        if len(participants) < 2:
            # "demonstrators received ministers from the Georgian government"
            return [(sources[0], sources[0])] if sources and targets else []
        if sources and any(p not in sources for p in participants):
            return [(s, p) for s in sources for p in participants if p not in sources]
        return [(a, b) for a, b in combinations(participants, 2)]
    if candidate.kind == "statement":
        if sources:  # "Wroński said Poczobut was not in the group": about where he is held
            targets += [home for kin, home in _kin_of_targets(candidate)
                        if kin == sources[0] and home not in targets]
        allies = _allies(candidate, sources[0]) if sources else set()
        others = sorted((t for t in targets if t not in sources[:1] and t not in allies),
                        key=lambda country: _aboutness(candidate, country))
        if sources and sources[0] in candidate.border:
            # "ready to open the Bobrowniki and Kuźnica crossings once he had settled it
            # with the Lithuanians": a crossing of one's own names the neighbour concerned
            # ("crossings with Belarus that Poland has closed": one side's only)
            across = next((c for c in candidate.border if c != sources[0]), None)
            if across is not None:
                others = [across] + [o for o in others if o != across]
        if len(sources) >= 2 and not others and candidate.coordinated:
            return [(sources[0], sources[1])]  # "Brazil and the US are seeking to ..."
        if sources and others:
            # "gave Moscow and Minsk room for hybrid action": about each country of the list
            return [(sources[0], other) for other in _coordinated(candidate, others)]
        if sources and len(allies) == 1:
            # "efforts to divide the Polish and Belarusian nations": named only together with
            # the speaker's own, the one other country is what the words are about
            return [(sources[0], next(iter(allies)))]
        if sources and targets:
            return [(sources[0], sources[0])]
        if not sources and len(targets) == 2 and candidate.reported \
                and any(m.kind == "person" and m.name for m in candidate.sources):
            # "Siewiaryniec, an activist, said Belarusians were grateful to Poland": a
            # speaker of no known side, about two countries, speaks of their relation (also
            # when named after his company: "the head of Belenergo, Pavel Drozd, said"),
            # whatever the saying ("complained that Warsaw had no strategy towards Belarus")
            return [(targets[0], targets[1])]
        return _one_sided(candidate, sources, targets)
    if candidate.kind == "measure":
        sources, targets = _with_kin_state(candidate, sources, targets)
    if candidate.border and candidate.kind in ("measure", "incident"):
        # a crossing has two sides: the side not named as doer is the target
        if not sources and len(candidate.border) == 2:
            sources = [c for c in candidate.border if c not in targets][:1] or sources
        if not [t for t in targets if t not in sources]:
            targets = [c for c in candidate.border if c not in sources][:1]
    if not sources and place and candidate.cameo[:2] in COERCION_ROOTS \
            and any(t != place for t in targets):
        sources = [place]  # "a Pole was detained in Lepel": by the authorities of the place
    if not sources:
        if len(targets) >= 2 and candidate.kind == "incident" and not candidate.has_subject:
            return [(targets[0], targets[1])]
        return _one_sided(candidate, sources, targets)
    if not targets and place:
        targets = [place]
    if not targets and len(sources) >= 2 and candidate.coordinated:
        return [(sources[0], sources[1])]
    if not targets:
        return _one_sided(candidate, sources, targets)
    return [(s, t) for s in sources for t in targets]


def _with_kin_state(candidate: Candidate, sources: list[str],
                    targets: list[str]) -> tuple[list[str], list[str]]:
    """"A court in Grodno sentenced Poczobut", "the leaders of the Union of Poles in Belarus
    were detained": an act against a national minority's body or leader (kin.tsv) is also
    an act towards the minority's kin state, by the state they live in when the text names
    no doer."""
    found = _kin_of_targets(candidate)
    states = [state for state, _home in found if state not in sources]
    if not found or not states:
        return sources, targets
    sources = sources or [found[0][1]]
    return sources, [t for t in targets if t not in sources] + [
        s for s in dict.fromkeys(states) if s not in targets]


def _kin_of_targets(candidate: Candidate) -> list[tuple[str, str]]:
    """(kin state, state of residence) of the minority bodies and leaders among the targets."""
    kin = load_gazetteer().kin
    return [kin[fold(m.name)] for m in candidate.targets if m.name and fold(m.name) in kin]


def _allies(candidate: Candidate, own: str) -> set[str]:
    """Countries named together with the speaker's own ("Minsk and Moscow would take a
    'mirror' decision if Poland ..."): they stand on the speaker's side, not opposite."""
    doc = candidate.sentence.doc
    own_lists = {first_conjunct(doc[m.end - 1]).i for m in candidate.targets
                 if m.country == own}
    # (states only: "release Borys, Poczobut and the other Poles" lists people, and a
    # Belarusian among them does not put Belarus on the Polish speaker's side)
    return {m.country for m in candidate.targets if m.country and m.country != own
            and m.kind in ("country", "capital")
            and first_conjunct(doc[m.end - 1]).i in own_lists}


STATE_NOUNS = frozenset({"government", "authorities", "leadership", "side", "regime", "state",
                         "cabinet"})
"""Nouns a country's adjective makes into the country itself ("the Polish government wants",
"want the Polish government, as well as Lithuania, ... to recognise"): the adjective names the
argument, it does not modify another entity."""


def _position(token: Token) -> Token:
    """Where a country mention stands in the sentence: a country adjective on a state noun
    stands where the noun does."""
    if token.dep_ == "amod" and token.head.lemma_.lower() in STATE_NOUNS:
        return token.head
    return token


def _coordinated(candidate: Candidate, ranked: list[str]) -> list[str]:
    """The statement's nearest country and those named in one list with it ("Moscow and
    Minsk", "Russia and Belarus"): a remark about a list is about each of its members."""
    doc = candidate.sentence.doc
    heads = {country: {first_conjunct(_position(doc[m.end - 1])).i for m in candidate.targets
                       if m.country == country} for country in ranked}
    return [ranked[0]] + [c for c in ranked[1:] if heads[c] & heads[ranked[0]]]



def _aboutness(candidate: Candidate, country: str) -> tuple[int, bool]:
    """How directly a statement speaks about a country: the fewest steps in the parse from
    the saying to a mention of it, then whether it is named only as a modifier of another
    noun ("the planned US deployment", "Russia's conduct") rather than as an argument
    ("did not threaten Belarus"): a statement is about its nearest argument."""
    doc = candidate.sentence.doc
    heads = [_position(doc[m.end - 1]) for m in candidate.targets if m.country == country]
    steps = min((_steps_below(h, candidate.trigger) for h in heads), default=99)
    # ("Belarusian and Russian lorries": a conjunct is what its first is)
    modifier = all(first_conjunct(h).dep_ in MODIFIER_DEPS for h in heads)
    return steps + modifier, modifier  # ("a US base in Poland": the base's host is as near)


def _steps_below(token: Token, trigger: Token | None) -> int:
    """Parse steps from the trigger down to a word (a conjunct costs none); 99 when the
    word is not below it."""
    steps = 0
    while trigger is not None and token.i != trigger.i:
        if token.head.i == token.i:
            return 99
        steps += token.dep_ != "conj"
        token = token.head
    return steps if trigger is not None else 99


def _one_sided(candidate: Candidate, sources: list[str], targets: list[str]) -> list[Pair]:
    if sources and not targets and (candidate.has_object or candidate.kind == "incident"):
        return [(sources[0], None)]
    if targets and not sources and candidate.has_subject:
        return [(None, targets[0])]
    return []
