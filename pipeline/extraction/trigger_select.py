"""Which lexicon row a word triggers (``triggers.tsv``), by part of speech and the row's
requirement: a preposition or particle ("called in"), an object ("closed the border",
"imposed a state of emergency"), a subject ("the crossings will close"), a passive
subject ("the guests were received"), a dependency
("called the claims absurd"), a word among its children ("set free"), a following word
of a fixed phrase ("persona non grata", "48 hours to leave") or a complement clause
("wants Putin to attack").  Split out of :mod:`events`, which builds the candidates."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.extraction.gazetteer import Gazetteer, Trigger
from pipeline.extraction.mention import is_official, names_a_list
from pipeline.extraction.roles import antecedent
from pipeline.types import fold


def select_trigger(token: Token, gaz: Gazetteer) -> Trigger | None:
    """The first lexicon row for the token's lemma whose part of speech and requirement
    fit (rows with a requirement come before the plain row of the same lemma)."""
    candidates = gaz.triggers.get(token.lemma_.lower())
    if not candidates:
        return None
    pos = "V" if token.pos_ in ("VERB", "AUX") else "N" if token.pos_ in ("NOUN", "PROPN") \
        else "?"
    for trigger in candidates:
        if trigger.pos not in ("*", pos):
            continue
        if fitting(trigger, token, gaz):
            return None if trigger.kind == "none" else trigger
    return None


def fitting(trigger: Trigger, token: Token, gaz: Gazetteer) -> bool:
    """Whether the token meets the row's requirement (a row without one always fits)."""
    if trigger.requires is None:
        return True
    what, values = trigger.requires
    if what == "prep":
        return any(c.lower_ in values and _particle(c, token) for c in token.children)
    if what == "obj":
        return any(_fits(c, values, gaz) for c in _object_heads(token))
    if what == "subj":  # "the crossings will close", "traffic stopped", "Kuźnica was closed"
        return any(_fits(c, values, gaz) for c in token.children
                   if c.dep_ in ("nsubj", "nsubjpass")
                   or c.dep_ == "compound" and token.tag_ == "VBG") \
            or token.dep_ == "acl" and _fits(token.head, values, gaz)
        # ("tracked a Polish helicopter crossing the frontier": the noun a participle
        # describes is its subject, however the parser hangs it)
    if what == "joint":  # "Polish and Belarusian officials agreed": both sides together
        return any(c.dep_ in values and names_a_list(c) for c in token.children)
    if what == "inforce":  # "the ban took effect", "the zone has been in force since"
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        return in_force(token) and any(  # ("a state of emergency has been in force")
            h.lemma_.lower() in values for h in _with_complements(subjects))
    if what == "psubj":  # "the guests were received at the marshal's office": received
        return any(_fits(c, values, gaz) for c in token.children if c.dep_ == "nsubjpass")
    if what == "child":  # "set them free": a light verb and its predicate word
        return any(c.lower_ in values for c in token.children) or any(
            t.lower_ in values and t.dep_ in ("conj", "compound", "advmod", "npadvmod")
            and t.head.ent_type_ == "GPE" for c in token.children if c.dep_ == "prep"
            for t in c.subtree)  # ("called its ambassador in Warsaw home": the parser
        # hangs "home" on the capital)
    if what == "visit":  # "called on the consul general": a visit, not an appeal
        return _called_on_person(token, values, gaz)
    if what == "self":  # "a delegation led by the marshal spent two days": a description
        return token.dep_ in values
    if what == "under":  # "were among the guests", "with the consul among its guests"
        return token.dep_ == "pobj" and token.head.lower_ in values
    if what == "dep":  # "called the claims absurd" (object predicate: a verdict)
        return any(c.dep_ in values for c in token.children) or "oprd" in values and any(
            _object_predicate(c) for c in token.children if c.dep_ == "dobj")
    if what == "after":  # "declared a diplomat persona non grata", "gave them 48 hours to leave"
        return _named_after(token, values)
    if what in ("xcomp", "ccomp"):
        return any(c.lemma_.lower() in values for c in token.children if c.dep_ == what)
    return False


IN_FORCE = {"take": ("dobj", "effect"), "come": ("into", "force"), "enter": ("into", "force"),
            "be": ("in", "force"), "remain": ("in", "force"), "stay": ("in", "force")}
"""Verbs that say a rule starts or holds, with the word that makes them say it."""


def _object_predicate(noun: Token) -> bool:
    """"called Warsaw's decision irrational", "called the closure an inhuman decision": the
    parser hangs the object's predicate on the object, as an adjective after it or an
    apposition with no comma before it."""
    doc = noun.doc
    return any(c.dep_ in ("amod", "appos") and c.i > noun.i
               and not any(t.text in (",", "(", "-", "–") for t in doc[noun.i + 1:c.i])
               for c in noun.children)


def in_force(verb: Token) -> bool:
    """"took effect", "came into force", "has been in force since 2 September": the rule
    its subject names is the act (on the day it started), not the verb.  A rule that only
    holds ("the ban remains in force", "is in force") names no start, so no act."""
    link, word = IN_FORCE.get(verb.lemma_.lower(), ("", ""))
    if link == "dobj":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in (word, "force") for c in verb.children)
    entered = any(c.dep_ == "prep" and c.lower_ == link and any(
        g.dep_ == "pobj" and g.lemma_.lower() in (word, "effect") for g in c.children)
        for c in verb.children)
    return entered and (link == "into" or any(c.dep_ == "prep" and c.lower_ == "since"
                                               for c in verb.children))


VISITED_PEOPLE = frozenset({"leader", "counterpart", "manager", "head", "director",
                            "management", "chairman", "mayor", "governor", "rector"})
"""People one calls on to visit them ("called on the managers of the Minsk sewage works")."""


def _called_on_person(verb: Token, preps: frozenset[str], gaz: Gazetteer) -> bool:
    """"called on Belarus's consul general", "has called on the leaders of the Grodno
    region": the preposition's object is a person or an official, and nothing is asked of
    them ("called on Lukashenko to free Poczobut" is an appeal)."""
    if any(c.dep_ in ("xcomp", "advcl", "ccomp") and any(a.lower_ == "to" for a in c.children)
           for c in verb.children):
        return False
    return any(c.lower_ in preps and _particle(c, verb) and any(
        _fits(g, frozenset({PERSON_VALUE}), gaz) or g.lemma_.lower() in VISITED_PEOPLE
        or is_official(" ".join(t.text for t in g.lefts if t.dep_ == "compound") + " " + g.text)
        for g in c.children if g.dep_ == "pobj") for c in verb.children)


def _particle(word: Token, verb: Token) -> bool:
    """A verb's particle follows it ("called in the envoy", "called the envoy in"), not "In
    a statement, X called on ..."; "in" away from the verb is a place ("called the vote a
    farce in Belarus"), not the particle of "called in" (but "threw stones at" is "at")."""
    if word.dep_ not in ("prep", "prt", "agent") or word.i < verb.i:
        return False
    return word.dep_ != "prep" or word.lower_ != "in" or word.i == verb.i + 1


CROSSING_VALUE = "@crossing"
"""A requirement value that any named border crossing of ``places.tsv`` fulfils (a place
with a country on the other side): "Kuźnica had been closed" is a crossing closed."""


JOINT_VALUE = "@joint"
"""A requirement value that a coordinated phrase fulfils ("Belarusians and city officials
marched"): several groups doing one thing together, not one group going somewhere."""


PERSON_VALUE = "@person"
"""A requirement value that a person's name fulfils ("received Sviatlana Tsikhanouskaya",
"welcomed Lukashenko"): a person received is a visitor, a thing received is not."""


def _fits(word: Token, values: frozenset[str], gaz: Gazetteer) -> bool:
    if word.lemma_.lower() in values or word.lower_ in values:
        return True
    if JOINT_VALUE in values and any(c.dep_ == "conj" for c in word.children):
        return True  # "Belarusians living in the city and representatives of its authorities"
    if PERSON_VALUE in values and (word.ent_type_ == "PERSON"
                                   or fold(word.text) in gaz.surname_index
                                   or word.lower_ in ("him", "her")):
        return True  # (the small model tags some foreign names as organisations; "received
        # her the same day": a person named before)
    if PERSON_VALUE in values and any(c.dep_ == "appos" and c.ent_type_ == "PERSON"
                                      for c in word.children):
        return True  # "received the Belarusian opposition politician Pavel Latushka"
    if PERSON_VALUE in values and word.lower_ == "them" and any(
            c.dep_ == "nsubj" and _a_person(c, gaz) for c in word.head.children):
        return True  # "where Marshal Artur Kosicki received them": guests a person receives
    if CROSSING_VALUE not in values or word.pos_ != "PROPN":
        return False
    entry = gaz.entries.get(f"place:{word.text}")
    return entry is not None and entry.neighbour is not None


def _a_person(word: Token, gaz: Gazetteer) -> bool:
    """A subject that names a person: a name, or a title with the name beside it ("the
    marshal of Podlaskie, Artur Kosicki")."""
    return word.ent_type_ == "PERSON" or fold(word.text) in gaz.surname_index or any(
        t.dep_ == "appos" and t.ent_type_ == "PERSON" for t in word.subtree)
    # (the parser may hang the name on the place after "of")


def _object_heads(token: Token) -> list[Token]:
    """A verb's objects, and the complement of a light head noun among them ("imposed a
    state of emergency", "a package of sanctions": the emergency, the sanctions)."""
    heads = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
    if token.dep_ == "acl" and token.tag_ == "VBN":
        heads.append(token.head)  # "a state of emergency imposed in September"
    noun = next((n for h in heads if (n := antecedent(h, token)) is not None), None)
    if noun is not None:
        heads.append(noun)  # "the checkpoint, which Poland closed": the checkpoint
    return _with_complements(heads)


def _with_complements(heads: list[Token]) -> list[Token]:
    """The heads and the complement of each after "of" ("a state of emergency": the
    emergency too): a light head noun names its act through the complement."""
    return heads + [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"]


def _named_after(token: Token, lemmas: frozenset[str]) -> bool:
    """Whether a word follows the trigger in its sentence outside reported clauses: fixed
    phrases the small parser splits ("declaring X persona non grata" parses "persona" as a
    clause of its own), so the phrase is read by position, not by the tree."""
    reported = {t.i for c in token.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")
                for t in c.subtree if t.i != c.i}  # the clause's own head may be a word of
    # the split phrase; a clause with no verb is the object and what it is declared ("declared
    # him an undesirable person")
    return any(t.lemma_.lower() in lemmas or t.lower_ in lemmas
               for t in token.sent[token.i - token.sent.start + 1:] if t.i not in reported)
