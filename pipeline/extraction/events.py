"""Turn one parsed article into :class:`ExtractedEvent` records.

Per sentence: find event triggers (trigger lexicon, by lemma), read the roles from the
dependency parse (:mod:`roles`), map actors to countries (:mod:`entities`), date the event
(:mod:`dates`) and score its tone (:mod:`tone`).  Quotations become statements of their
speaker (:mod:`quotes`).  Principles that keep context out of an event:

* an event's countries come only from its own participants, speaker, targets and location,
  never from other countries named elsewhere in the article;
* a statement is about the single other country its content names (two at most: the first
  wins); naming none, it concerns the speaker's own country, unless it talks about "the
  visit", "bilateral relations", "the parties"... (``relation_cues.tsv``): then it refers to the
  last two-country event of the article that involves the speaker's country;
* a reporting verb ("said", "reported") whose clause contains an event yields that event, not
  a statement; hypothetical ("may", "could", "must", "if") and interrogative clauses yield
  nothing; a denied cooperative act is a refusal ("will not reopen" -> CAMEO 12x);
* a side the text names without a country ("insurgents", "unidentified drones", "two
  diplomats") stays ``None``: the event is a one-country event of the other side;
* two coordinated subjects without an object ("Brazil and the US are seeking ...") are one
  joint event of the pair (one record per pair, not one per direction);
* within an article, meetings of the same pair within a day of each other are one meeting
  (the most informative sentence is its evidence; participants are merged).

Dates: the date expression attached to the trigger, else the sentence's first date
expression, else the last date established earlier in the same paragraph, else the
publication date.  Without a publication date, events with no absolute date are dropped.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from pipeline.extraction.dates import ResolvedDate
from pipeline.extraction.entities import DocMentions, Mention
from pipeline.extraction.gazetteer import Gazetteer, Trigger
from pipeline.extraction.quotes import Quote
from pipeline.extraction.roles import (
    OWN_PREPS,
    agent_of,
    argument_actors,
    has_modal_or_negation,
    location_of,
    np_mentions,
    objects_of,
    subject_of,
)

REPORTING_CODES = ("010", "011")
MAX_PAIRS = 6


@dataclass
class Candidate:
    """An event before dating and merging."""

    kind: str
    cameo: str
    sources: list[Mention]
    targets: list[Mention]
    location: Mention | None
    sentence: Span
    trigger: Token | None
    extra_actors: list[Mention] = field(default_factory=list)
    quote: Quote | None = None
    speaker: Mention | None = None
    has_subject: bool = False  # the text names a doer (with or without a country)
    has_object: bool = False  # the text names who or what it was done to
    content: set[int] | None = None  # tokens of a reporting verb's reported clause
    coordinated: bool = False  # "Brazil and the United States are seeking ...": a joint act


@dataclass
class Context:
    """What the article has established so far while reading it in order."""

    published: dt.date | None
    anchor: dt.date | None
    paragraph_date: ResolvedDate | None = None
    paragraph_start: int = -1
    pair_events: list[tuple[int, tuple[str, str]]] = field(default_factory=list)
    tone_texts: dict[int, str] = field(default_factory=dict)  # event id -> text to score


def _select_trigger(token: Token, gaz: Gazetteer) -> Trigger | None:
    candidates = gaz.triggers.get(token.lemma_.lower())
    if not candidates:
        return None
    pos = "V" if token.pos_ in ("VERB", "AUX") else "N" if token.pos_ in ("NOUN", "PROPN") \
        else "?"
    for trigger in candidates:
        if trigger.pos not in ("*", pos):
            continue
        if trigger.requires is None:
            return trigger
        what, values = trigger.requires
        if what == "prep" and any(c.lower_ in values for c in token.children
                                  if c.dep_ in ("prep", "prt", "agent")):
            return trigger
        if what == "obj" and any(
                (c.lemma_.lower() in values or c.lower_ in values)
                for c in token.children if c.dep_ in ("dobj", "nsubjpass", "attr")):
            return trigger
        if what in ("xcomp", "ccomp") and any(c.lemma_.lower() in values
                                              for c in token.children if c.dep_ == what):
            return trigger
    return None


def _countries(mentions: list[Mention]) -> list[str]:
    return list(dict.fromkeys(m.country for m in mentions if m.country))


def _verb_candidate(token: Token, trigger: Trigger, mentions: DocMentions,
                    sentence: Span) -> Candidate:
    subjects, passive = subject_of(token)
    passive = passive or bool(agent_of(token))  # "... were released by Putin"
    sources: list[Mention] = []
    targets: list[Mention] = []
    if passive:
        for agent in agent_of(token):
            sources += argument_actors(agent, mentions)
        for subject in subjects:
            targets += argument_actors(subject, mentions)
    else:
        for subject in subjects:
            sources += argument_actors(subject, mentions)
    for obj in objects_of(token):
        targets += argument_actors(obj, mentions)
    for xcomp in (c for c in token.children if c.dep_ == "xcomp"):
        for obj in objects_of(xcomp):
            targets += argument_actors(obj, mentions)
    if trigger.requires and trigger.requires[0] == "ccomp":
        # "Obama wants Putin to attack": the appeal is addressed to the clause's subject
        for clause in (c for c in token.children if c.dep_ == "ccomp"):
            for subject in (g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass")):
                targets += argument_actors(subject, mentions)
    location = location_of([token], mentions)
    named_subject = any(t.pos_ != "PRON" for t in (agent_of(token) if passive else subjects))
    named_object = bool(objects_of(token)) or (passive and bool(subjects))
    coordinated = any(c.dep_ == "conj" for s in subjects for c in s.children)
    return Candidate(trigger.kind, trigger.cameo, sources, targets, location, sentence, token,
                     has_subject=named_subject, has_object=named_object, coordinated=coordinated)


def _noun_candidate(token: Token, trigger: Trigger, mentions: DocMentions,
                    sentence: Span) -> Candidate | None:
    own = [m for m in np_mentions(token, mentions, preps=OWN_PREPS)
           if m.is_actor and m.kind != "place"]
    targets = [m for obj in objects_of(token) for m in argument_actors(obj, mentions)]
    sources: list[Mention] = []
    named_subject = False
    governor = token.head
    if token.dep_ == "pobj":
        governor = token.head.head
    if governor is not token and token.dep_ in ("dobj", "pobj", "nsubj", "attr", "nsubjpass"):
        if has_modal_or_negation(governor):
            return None
        if token.dep_ == "nsubjpass":
            for agent in agent_of(governor):  # "evidence ... was presented by the US"
                sources += argument_actors(agent, mentions)
        elif token.dep_ != "nsubj":
            subjects, passive = subject_of(governor)
            for subject in subjects if not passive else []:
                named_subject = named_subject or subject.pos_ != "PRON"
                sources += argument_actors(subject, mentions)
            if token.dep_ in ("pobj", "dobj"):  # "issued warrants for two Brazilian men"
                for obj in objects_of(governor):
                    if obj is not token:
                        targets += argument_actors(obj, mentions)
    sources = sources or own[:1]
    targets = targets + [m for m in own if m not in sources]
    location = location_of([token, governor], mentions)
    return Candidate(trigger.kind, trigger.cameo, sources, targets, location, sentence, token,
                     has_subject=named_subject or bool(sources),
                     has_object=bool(objects_of(token)))


def _triggers_in(sentence: Span, gaz: Gazetteer, skip: set[int]) -> list[tuple[Token, Trigger]]:
    found: list[tuple[Token, Trigger]] = []
    for token in sentence:
        if token.i in skip or token.pos_ not in ("VERB", "NOUN", "PROPN", "AUX"):
            continue
        trigger = _select_trigger(token, gaz)
        if trigger is not None:
            found.append((token, trigger))
    chosen = {t.i: tr for t, tr in found}
    dropped: set[int] = set()
    for token, _trigger in found:
        head = token.head
        if token.dep_ == "pobj" and head.head.i in chosen:
            head = head.head  # "accused Warsaw of provocations"
        if head.i in chosen and head is not token:
            parent = chosen[head.i]
            if token.dep_ in ("xcomp", "ccomp"):
                # "wants Putin to attack": the appeal wins; "pledged to expel": the act wins
                if (parent.requires and parent.requires[0] in ("xcomp", "ccomp")) \
                        or parent.cameo.startswith("02"):
                    dropped.add(token.i)  # "asked Obama to help": the appeal is the event
                elif token.dep_ == "xcomp":
                    dropped.add(head.i)
            elif token.pos_ in ("NOUN", "PROPN") and not parent.cameo.startswith("01"):
                dropped.add(token.i)  # "discuss cooperation": the verb carries the event
            elif token.pos_ in ("NOUN", "PROPN"):
                dropped.add(head.i)  # "announced its withdrawal": the act is the event
    return [(t, tr) for t, tr in found if t.i not in dropped]


def sentence_candidates(sentence: Span, mentions: DocMentions, gaz: Gazetteer,
                        skip: set[int]) -> list[Candidate]:
    """Events of one sentence (statements with a target included; quotes are separate)."""
    if sentence.text.rstrip().endswith("?"):
        return []
    candidates: list[Candidate] = []
    triggers = _triggers_in(sentence, gaz, skip)
    for token, trigger in triggers:
        if has_modal_or_negation(token):
            refusal = _refusal(token, trigger)
            if refusal is None:
                continue
            trigger = refusal
        if token.pos_ in ("VERB", "AUX"):
            candidate: Candidate | None = _verb_candidate(token, trigger, mentions, sentence)
        else:
            candidate = _noun_candidate(token, trigger, mentions, sentence)
        if candidate is None:
            continue
        if trigger.kind == "statement":
            content = [c for c in token.children if c.dep_ in ("ccomp", "xcomp")]
            candidate.targets += [m for c in content for t in c.subtree
                                  if (m := mentions.at(t)) is not None and m.is_actor]
        if trigger.cameo.startswith(REPORTING_CODES):
            # "X said Y attacked Z": if the attack is an event, it is the news, not the saying
            candidate.content = {t.i for c in token.children if c.dep_ in ("ccomp", "xcomp")
                                 for t in c.subtree}
        candidate.extra_actors = _governing_people(token, mentions)
        candidates.append(candidate)
    return sorted(candidates, key=lambda c: c.content is not None)


REFUSAL_CODES = {"03": "120", "04": "125", "05": "120", "06": "121", "07": "122", "08": "124"}
"""A denied cooperative act is a refusal: 'will not reopen the border' -> 124 refuse to yield."""


def _refusal(token: Token, trigger: Trigger) -> Trigger | None:
    negated = any(c.dep_ == "neg" for c in token.children)
    hypothetical = any(c.lower_ in ("may", "might", "could", "can", "should", "must", "if",
                                    "unless", "whether") for c in token.children)
    code = REFUSAL_CODES.get(trigger.cameo[:2])
    if not negated or hypothetical or code is None:
        return None
    return Trigger(trigger.lemma, trigger.pos, code, "statement", None)


def _governing_people(token: Token, mentions: DocMentions) -> list[Mention]:
    """People who are subjects of the clauses above the trigger ("X ... is in charge of the
    group that arrived") and leaders named in the arguments ("led by Colonel Y")."""
    people: list[Mention] = []
    current = token
    for _ in range(8):
        if current.head is current:
            break
        current = current.head
        if current.pos_ not in ("VERB", "AUX"):
            continue
        for child in current.children:
            if child.dep_ == "nsubj":
                mention = mentions.at(child)
                if mention is not None and mention.kind in ("person", "role") and mention.name:
                    people.append(mention)
    return people
