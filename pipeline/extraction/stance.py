"""The lean a statement's own verb and the construction of what it reports give it,
whatever its words: "claimed", "accused", "thanked" (``statement_stance.tsv``); a rebuke
("told him not to poke his nose"); a refusal ("would not recognise"); an act kept open ("not
ruling out closing crossings"); a reproachful appeal ("called on Minsk to release"); a
conditioned threat ("if they build it, we will respond"); and words that say nothing yet
("declined to comment", "would comment once it had clarified the facts").  Read through the
dependency parse, so it lives apart from the lexical scoring of :mod:`pipeline.extraction.tone`,
which adds the stance to its score."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.extraction.gazetteer import load_gazetteer
from pipeline.extraction.tone import MATERIAL_CONFLICT_PRIOR, root_prior, tone_cues
from pipeline.extraction.trigger_select import select_trigger

NO_COMMENT_OBJECTS = frozenset({"comment", "discuss", "elaborate", "say", "confirm", "specify"})
INSTRUCTING_VERBS = frozenset({"tell", "urge", "warn", "call", "ask", "advise", "order"})


def verb_stance(verb: Token) -> float | None:
    """Lean of a statement from its own verb (``statement_stance.tsv``), ``None`` when the
    verb says the speaker said nothing ("declined to comment", "refused to discuss").

    Also: an instruction to the other side *not* to act ("told Sikorski not to poke his nose
    ...", "advised against any travel") is a rebuke, whatever words the instruction holds."""
    lemma = verb.lemma_.lower()
    stances = load_gazetteer().statement_stance
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ in ("xcomp", "dobj")}
    if lemma in stances and stances[lemma] is None:
        return None
    if lemma in ("refuse", "decline") and objects & NO_COMMENT_OBJECTS:
        return None
    if _only_defers(verb):
        return None  # "said Warsaw would comment once it had clarified the facts"
    chained = [c for c in verb.children if c.dep_ in ("conj", "xcomp")]
    chained += [g for c in chained for g in c.children if g.dep_ == "conj"]
    for instructing in [verb, *chained]:
        children = list(instructing.children)
        if instructing.lemma_.lower() in INSTRUCTING_VERBS and (
                any(c.dep_ == "xcomp" and any(g.dep_ == "neg" for g in c.children)
                    for c in children)
                or any(c.dep_ == "prep" and c.lower_ == "against" for c in children)):
            return REBUKE_STANCE
    own = stances.get(lemma) or 0.0
    if own > 0 and any(c.lemma_.lower() in tone_cues().own_side or c.lower_ in
                       tone_cues().own_side for c in verb.children if c.dep_ == "dobj"):
        own = 0.0  # "thanked the soldiers on duty": gratitude at home, not to the other side
    content = content_stance(verb)
    return min(own, content) if content < 0 else own


REBUKE_STANCE = -0.6
REFUSAL_STANCE = -0.6
CORRECTION_STANCE = -0.6
APPEAL_LEMMAS = frozenset({"call", "urge", "appeal", "demand", "press", "ask", "implore"})
"""Verbs of appealing: an appeal to undo or stop something ("called on Minsk to release the
prisoners", "urged Belarus to stop steering migrants") reproaches whom it addresses."""
THREAT_STANCE = -0.6
CONDITION_MARKS = frozenset({"if", "should", "unless", "once", "whenever"})
MODALS = frozenset({"will", "would", "shall", "could", "can", "might", "may", "'ll"})


def _reported_clauses(verb: Token) -> list[Token]:
    """Heads of the clause a statement verb reports ("said [Poland would not recognise
    ...]", "[Poland would not recognise ...], Duda said"), with their coordinated verbs."""
    heads = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    if verb.dep_ in ("ccomp", "parataxis") and verb.head.i < verb.i:
        heads.append(verb.head)
    heads += [g for h in heads for g in h.children if g.dep_ == "conj" and g.pos_ == "VERB"]
    return heads


def _only_defers(verb: Token) -> bool:
    """Whether all a statement reports is a promise to look into the matter later ("would
    comment once it had clarified the facts", "would examine the allegations"), with no
    other act or saying coordinated with it ("... and demanded an apology")."""
    clauses = _reported_clauses(verb)
    if not clauses or any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                          for c in verb.children):
        return False
    return all(head.lemma_.lower() in tone_cues().deferrals
               and any(c.dep_ == "aux" and c.lower_ in MODALS for c in head.children)
               for head in clauses)


def _option_lean(option_verb: Token) -> float:
    """Lean of the acts a negated "rule out" / "exclude" keeps open (most negative)."""
    gaz = load_gazetteer()
    leans = [0.0]
    for word in option_verb.subtree:
        if word.i == option_verb.i:
            continue
        trigger = select_trigger(word, gaz)
        if trigger is None and word.dep_ == "amod":  # "closing further crossings"
            trigger = next((t for t in gaz.triggers.get(word.lemma_.lower(), [])
                            if t.kind != "none" and t.requires is not None
                            and t.requires[0] == "obj"
                            and word.head.lemma_.lower() in t.requires[1]), None)
        if trigger is not None:
            leans.append(root_prior(trigger.cameo))
    return min(leans)


def _conditioned(verb: Token) -> bool:
    """Whether a verb, or the first of the verbs it is coordinated with, has an "if" /
    "should" / "unless" clause ("if they build it, Belarus is not naive and will respond")."""
    heads = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS
                                         for m in c.children)
               for head in heads for c in head.children)


def _hostile_act(verb: Token) -> bool:
    """A verb that names an act of material conflict or coercion (closing crossings,
    expelling, sanctions), as the trigger lexicon codes it."""
    trigger = select_trigger(verb, load_gazetteer())
    return trigger is not None and root_prior(trigger.cameo) <= MATERIAL_CONFLICT_PRIOR


def content_stance(verb: Token) -> float:
    """Lean the reported clause's construction gives a statement, whatever its words:

    - a negated verb of accepting is a refusal ("Poland would not recognise any
      arrangements made over its head", "will never accept");
    - a negated "rule out" / "exclude" keeps an act open, and leans as that act ("was not
      ruling out closing further crossings"): "not" here does not deny the act;
    - an appeal to release, stop, return to or respect something is a reproach ("called
      on the authorities of Belarus to return to their commitments and release all
      prisoners of conscience"), however kind its words;
    - a promised answer, or a hostile act, under a condition is a threat ("if they build
      the base, Belarus will respond together with its ally", "further crossings could
      be closed if the situation escalated").
    An appeal coordinated with the statement verb counts too ("said ... and demanded that
    Poland return to civilised dialogue").
    0.0 when none applies (the words and the act prior decide)."""
    cues = tone_cues()
    appeals = [v for v in [verb, *(c for c in verb.children if c.dep_ == "conj")]
               if v.lemma_.lower() in APPEAL_LEMMAS]
    if any(head.lemma_.lower() in cues.corrections
           for appeal in appeals for head in _reported_clauses(appeal)):
        return CORRECTION_STANCE
    for head in _reported_clauses(verb):
        lemma = head.lemma_.lower()
        children = list(head.children)
        negated = any(c.dep_ == "neg" or c.lower_ in ("never", "no") for c in children)
        if negated and lemma in cues.refusals:
            return REFUSAL_STANCE
        if negated and lemma in cues.options:
            lean = _option_lean(head)
            if lean < 0:
                return lean
        if (lemma in cues.responses or _hostile_act(head)) and any(
                c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS for c in children) \
                and _conditioned(head):
            return THREAT_STANCE  # (also "further crossings could be closed if ...")
    return 0.0
