"""Who did what to whom: semantic roles from spaCy's dependency parse.

A trigger's *source* is its grammatical subject (or, in the passive, the ``by`` agent; for
a relative clause, the noun it modifies; for a controlled infinitive, the controller's
subject); its *targets* are the direct/indirect objects and the objects of target
prepositions (with, against, at, on, to, toward, between...).  An argument stands for the
actor mentions inside its noun phrase (the head, compounds, adjectives, possessives,
coordinated nouns and ``of``-phrases), never for locations inside it ("the US commander in
Iraq" is American; :mod:`noun_phrases`).  Pronouns ("they", "it", "he") stand for what
:mod:`pronouns` finds; definite nouns told before ("the minister", "the diplomat", "the two")
for what :mod:`antecedents` finds.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Span, Token

from pipeline.extraction.antecedents import (
    definite_antecedent,
    holder_named_before,
    the_two,
    two_named_before,
)
from pipeline.extraction.dates import MONTHS
from pipeline.extraction.entities import DocMentions, Mention
from pipeline.extraction.misparses import fronted_as_clause, headed_by_subject
from pipeline.extraction.noun_phrases import NP_PREPS, closing_name, known_as, np_mentions
from pipeline.extraction.pronouns import PERSON_PRONOUNS, resolve_pronoun

TARGET_PREPS = frozenset({"with", "against", "at", "on", "to", "toward", "towards", "between",
                          "among", "into", "upon", "for", "over", "about", "from"})
LOCATION_PREPS = frozenset({"in", "at", "to", "into", "near", "inside"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "attr", "oprd"})
RELATIVE_PRONOUNS = frozenset({"that", "who", "which", "whom"})
HEARER_VERBS = frozenset({"tell", "inform", "warn", "ask", "urge", "order", "instruct",
                          "notify", "advise", "remind"})
"""Verbs whose active use names a hearer; without one after "was ... and" they are passive."""
ORGANISER_VERBS = frozenset({"organise", "organize", "host", "hold", "arrange", "give",
                             "stage"})
"""Verbs of putting on an occasion: "a ceremony organised by the ministry on Monday" names
its host and its day."""
RECIPIENT_VERBS = frozenset({"hand", "give", "serve", "present"})
"""Verbs whose passive keeps the thing given as object: after "was summoned and", "handed a
protest" (no one it went to) is passive, and its subject received the protest."""


OWN_PREPS = frozenset({"of", "by", "'s", "’s"})
"""Prepositions that attach an event noun's own doer ("the visit of the Polish minister");
its target prepositions ("sanctions against Russia") are read by :func:`objects_of`."""


def reporter_of(trigger: Token | None, state: Mention, mentions: DocMentions) -> Mention | None:
    """"Belarus had warned Poland in time, he said": a state's act or words reported by
    one of its own people (the subject of a verb above it, a pronoun resolved) are that
    person's statement, and the state is how the person put it."""
    current = trigger
    for _ in range(4):
        if current is None or current.head.i == current.i \
                or current.dep_ not in ("ccomp", "parataxis", "conj", "xcomp") \
                and not subjectless_participle(current, ("VBG",)):
            return None
        current = current.head
        for subject in (c for c in current.children if c.dep_ == "nsubj"):
            person = mentions.at(subject)
            if subject.lower_ in PERSON_PRONOUNS:
                person = resolve_pronoun(subject, mentions)
            if person is not None and person.kind in ("person", "role") and person.name \
                    and person.country in (state.country, None):  # (his own, or unknown)
                return person
    return None


def subjectless_participle(verb: Token, tags: tuple[str, ...] = ("VBG", "VBN")) -> bool:
    """"X went public, telling BelTA that ...", "Speaking after a summit on Friday, X
    said": a participle clause with no subject or conjunction of its own shares the main
    verb's subject and describes the main act."""
    return (verb.dep_ == "advcl" or fronted_as_clause(verb)) and verb.tag_ in tags \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)


def antecedent(pronoun: Token, verb: Token) -> Token | None:
    """The noun a relative pronoun argument of ``verb`` stands for ("the prisoners that
    Belarus set free", "the checkpoint, which Poland closed"), or None."""
    return verb.head if pronoun.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" else None


def argument_actors(head: Token, mentions: DocMentions) -> list[Mention]:
    """Actors of one argument: its own mentions, or the mention a pronoun refers to."""
    noun = antecedent(head, head.head)
    if noun is not None:
        return _members(noun, mentions)
    if the_two(head):
        pair = two_named_before(head, mentions)
        if pair:
            return pair
    if head.pos_ == "PRON":
        reported = _reported_speaker(head, mentions)
        if reported:
            return reported
        resolved = resolve_pronoun(head, mentions)
        return [resolved] if resolved is not None else []
    subordinate = head.lemma_.lower() in SUBORDINATE_NOUNS
    actors = [m for m in np_mentions(head, mentions,
                                     preps=NP_PREPS | {"for"} if subordinate else NP_PREPS)
              if m.is_actor]
    actors = _without_principals(head, _without_posting(head, actors))
    actors = closing_name(head, actors, mentions) + actors
    if not actors:
        actors = known_as(head, mentions)
    if not any(m.country for m in actors):
        actors += definite_antecedent(head, mentions)
    elif actors and all(m.kind in ("org", "ministry") for m in actors):
        actors = holder_named_before(head, actors, mentions) + actors
    if not actors:  # "a court in Guyana", "a report released in the Rwandan capital"
        holders = [head] + [c for c in head.children if c.dep_ == "acl"]
        actors = [m for holder in holders for child in holder.children
                  if child.dep_ == "prep" and child.lower_ == "in"
                  for pobj in child.children
                  for m in np_mentions(pobj, mentions, limit=1) if m.country]
    return actors


def _members(noun: Token, mentions: DocMentions) -> list[Mention]:
    """Actors of a noun, or of those said to be among it ("three Polish citizens were among
    the prisoners"): membership gives a group without a country the members' country."""
    found = argument_actors(noun, mentions)
    if found or noun.dep_ != "pobj" or noun.head.lower_ != "among":
        return found
    return [m for s in noun.head.head.children if s.dep_ == "nsubj"
            for m in argument_actors(s, mentions)]


SUBORDINATE_NOUNS = frozenset({"aide", "adviser", "advisor", "assistant", "spokesman",
                               "spokeswoman", "spokesperson", "secretary", "representative"})
"""Nouns for people who speak *for* someone: "an aide to the president", "the president's
spokesman" is not the president."""


POSTED_NOUNS = frozenset({"ambassador", "envoy", "representative", "delegate", "consul"})


def _without_posting(head: Token, actors: list[Mention]) -> list[Mention]:
    """"Poland's ambassador to the United Nations told the Security Council": the body a
    diplomat is posted to is not the one who speaks or acts."""
    if head.lemma_.lower() not in POSTED_NOUNS:
        return actors
    posting = {t.i for c in head.children if c.dep_ == "prep" and c.lower_ == "to"
               for t in c.subtree}
    return [m for m in actors if not (m.kind == "org" and m.start in posting)]


def _without_principals(head: Token, actors: list[Mention]) -> list[Mention]:
    """Drop the principal's *person* from "an aide to / the adviser of / the president's
    aide" (also in apposition: "X, an adviser to the president"): the speaker is the aide,
    named or unnamed, and only the principal's country is kept; an organisation there
    ("spokesman of the ministry") still speaks through him."""
    aides = [t for t in [head, *(c for c in head.children if c.dep_ == "appos")]
             if t.lemma_.lower() in SUBORDINATE_NOUNS]
    taken = {i for m in actors for i in range(m.start, m.end)}
    aides = [t for t in aides if t.i not in taken]
    if not aides:
        return actors
    principals = {t.i for aide in aides for child in aide.children
                  if child.dep_ == "poss" or (child.dep_ == "prep"
                                              and child.lower_ in ("to", "of", "for"))
                  for t in child.subtree}
    principals -= {t.i for i in list(principals) for t in head.doc[i].subtree
                   if head.doc[i].dep_ == "appos"}  # "for the ministry, X Y," is the aide
    return [replace(m, kind="country", name=None, title=None, aliases=[])
            if m.kind in ("person", "role") and any(i in principals
                                                    for i in range(m.start, m.end))
            else m for m in actors]


def _reported_speaker(pronoun: Token, mentions: DocMentions) -> list[Mention]:
    """'Obama and Putin said they will ...': a subject pronoun of a reported clause is the
    speaker of the reporting verb."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.lower_ not in (
            "he", "she", "they", "it", "we"):
        return []
    clause = pronoun.head
    if clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return []
    speakers = [c for c in clause.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    if not speakers and not any(c.dep_ in SUBJECT_DEPS for c in clause.head.children):
        # "servicemen tried to break the fence while shouting that they would shoot": a
        # participle's speaker is the subject of the clause it hangs on
        heads, patient = subject_of(clause.head)
        speakers = [] if patient else [h for h in heads if h.pos_ != "PRON"]
    found: list[Mention] = []
    for speaker in speakers:
        found += [m for m in np_mentions(speaker, mentions) if m.is_actor]
    return found


SPEECH_LEMMAS = frozenset({"say", "tell", "add", "note", "stress", "insist", "claim", "argue",
                           "accuse", "urge", "warn", "caution", "complain", "emphasise",
                           "emphasize", "explain", "recall", "admit", "point", "state",
                           "announce", "report", "write"})
"""Verbs of speaking: their participle continues a reporter's words, and what they report
is the reported past, not the story's day."""
INTENT_LEMMAS = frozenset({"want", "plan", "intend", "hope", "seek", "aim", "wish", "mean",
                           "expect"})
"""Verbs of an act intended or expected, not (yet) done."""
DENIERS = frozenset({"deny", "refute"})
"""Verbs whose object is an act said not to have happened ("denied any violation")."""


def denied_object(word: Token) -> bool:
    """"Warsaw denied any violation": the object of a denying verb is an act said not to
    have happened (no event of its own, and nothing the statement announces)."""
    return word.dep_ == "dobj" and word.head.lemma_ in DENIERS


def subject_of(verb: Token) -> tuple[list[Token], bool]:
    """Subject tokens of a verb (following control, relative clauses and conjunction).

    Returns the subject heads and whether they are the *patient* (passive subject).
    """
    quoted = _quoted_as(verb)
    if quoted:
        return quoted, False
    current = verb
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.lemma_ in SPEECH_LEMMAS \
            and verb.head.dep_ == "ccomp" and verb.head.head.i != verb.head.i:
        # "he said Poles had nothing to fear, while warning that ...": the parser hangs the
        # participle on the reported clause, but speaking goes on in the reporter's voice
        current = verb.head.head
    own_auxpass = any(c.dep_ == "auxpass" for c in verb.children)
    # "was called in and told ...": a participle, or a verb that needs a hearer and has none,
    # coordinated with a passive verb is passive too
    shares_passive = verb.tag_ == "VBN" or (
        verb.lemma_ in HEARER_VERBS and verb.tag_ == "VBD"
        and not any(c.dep_ in ("dobj", "dative", "iobj") for c in verb.children)) or (
        verb.lemma_ in RECIPIENT_VERBS and verb.tag_ == "VBD" and verb.dep_ == "conj"
        and not any(c.dep_ in ("dative", "iobj") or c.dep_ == "prep" and c.lower_ == "to"
                    for c in verb.children))
    for _ in range(4):
        subjects = [c for c in current.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            if subjects[0].lower_ in RELATIVE_PRONOUNS and current.dep_ == "relcl":
                return [current.head], False
            # "left his post and was detained": a shared subject of a passive conjunct
            return subjects, own_auxpass and current.i != verb.i
        passive = [c for c in current.children if c.dep_ == "nsubjpass"]
        if passive:
            # "Obama is scheduled to attend": the controller's patient is the infinitive's agent
            own = current.i == verb.i or shares_passive
            if passive[0].lower_ in RELATIVE_PRONOUNS and current.dep_ == "relcl":
                return [current.head], own
            return passive, own
        if current.dep_ == "relcl":
            return [current.head], False
        owners = [c for c in current.head.children if c.dep_ == "poss"]
        if current.dep_ == "acl" and current.tag_ == "VB" and owners \
                and current.head.i != current.i:
            # "Poland's decision to close the border": the noun's possessor decides and acts
            return owners, False
        if current.dep_ == "acl" and current.tag_ == "VBD" and headed_by_subject(current):
            # "Minsk at the time called Warsaw's decision irrational": a sentence the parser
            # heads with its subject noun, its only finite verb hung on a noun as a clause
            return [current.sent.root], False
        if current.dep_ == "acl" and current.tag_ == "VBN" and current.head.i != current.i:
            # "soldiers killed in Ukraine": a reduced passive relative, the noun is the patient
            return [current.head], current.i == verb.i
        if (current.dep_ in ("xcomp", "conj", "advcl")
                or current.dep_ == "acomp" and current.i != verb.i) \
                and current.head.i != current.i:
            # ("officials were due to sit down": "due" passes its subject on to the verb it
            # governs; "ready for talks" is no act of its own)
            shares_passive = shares_passive and current.dep_ == "conj"
            if current.dep_ == "xcomp":
                objects = [c for c in current.head.children if c.dep_ in ("dobj", "dative")]
                if objects and current.head.lemma_ in OBJECT_CONTROL_VERBS:
                    return objects, False
            current = current.head
            continue
        break
    return _swallowed_subject(current), False


def _swallowed_subject(verb: Token) -> list[Token]:
    """"In early March a delegation of the ministry held talks": with no subject, the parser
    has taken the noun after the opening date for a second object of "In"; that noun is
    the subject."""
    opening = next((c for c in verb.children if c.dep_ == "prep" and c.i == verb.sent.start
                    and c.i < verb.i), None)
    objects = [c for c in opening.children if c.dep_ == "pobj"] if opening is not None else []
    if len(objects) == 1 and objects[0].pos_ == "PROPN" and objects[0].lower_ not in MONTHS \
            and any(c.dep_ == "compound" and c.lower_ in MONTHS for c in objects[0].children):
        return objects  # "In February Latushka held talks": the month made part of the name
    if len(objects) < 2 or objects[-1].ent_type_ in ("DATE", "TIME"):
        return []
    return [objects[-1]]


def _quoted_as(verb: Token) -> list[Token]:
    """"BelTA quoted Foreign Minister Makei as telling RT Arabic that ...": the one quoted
    speaks; the agency that quotes only reports it."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.head.lemma_ not in ("quote", "cite"):
        return []
    return [c for c in prep.head.children if c.dep_ == "dobj"]


OBJECT_CONTROL_VERBS = frozenset({
    "ask", "urge", "want", "tell", "order", "prompt", "force", "push", "persuade", "invite",
    "encourage", "allow", "compel", "instruct", "request", "require", "oblige", "lead",
    "cause", "pressure", "press", "advise"})
"""Verbs whose *object* does the infinitive's act ("prompting Warsaw to summon ...")."""


def agent_of(verb: Token) -> list[Token]:
    """Objects of a passive verb's ``by`` agent, and of a second ``by`` coordinated with it
    ("a forum attended by Myasnikovich ..., and by the Marshal of the Polish Senate": the
    small parser hangs the second phrase on the verb as a conjunct or a preposition)."""
    agents = [c for c in verb.children if c.dep_ == "agent"]
    if agents:
        agents += [c for c in verb.children if c.dep_ in ("conj", "prep") and c.lower_ == "by"
                   and c.i > agents[0].i and verb.doc[c.i - 1].lower_ == "and"]
    return [g for c in agents for g in c.children if g.dep_ == "pobj"]


TOPIC_PREPS = frozenset({"on", "about", "over"})
"""What talks are about ("talks with Morawiecki on Belarus"): a topic, not a participant."""


def objects_of(word: Token, preps: frozenset[str] = TARGET_PREPS) -> list[Token]:
    """Direct objects and objects of target prepositions of a verb or event noun."""
    found: list[Token] = []
    for child in word.children:
        if child.dep_ in OBJECT_DEPS and child.pos_ in ("NOUN", "PROPN", "PRON"):
            found.append(child)
        elif child.dep_ in ("prep", "prt", "dative") and child.lower_ in preps:
            objects = [g for g in child.children if g.dep_ == "pobj"]
            found.extend(objects or _stranded_object(child))
    return found


def _stranded_object(prep: Token) -> list[Token]:
    """"held a telephone conversation today with Foreign Minister of Poland Jacek
    Czaputowicz, the press service ... reported": the parser can make the name after "with"
    the subject of a trailing attribution and leave the preposition without an object; the
    noun phrase that starts right after it is still its object."""
    if prep.lower_ != "with" or prep.i + 1 >= len(prep.doc):
        return []
    start = prep.i + 1
    heads = [t for t in prep.sent if t.left_edge.i == start and t.pos_ == "PROPN"
             and t.dep_ in ("nsubj", "nsubjpass")]
    return heads[:1]


FOLLOWED_DEPS = frozenset({"acomp", "advmod", "prep", "dobj", "appos", "pobj", "npadvmod"})


def location_of(words: Iterable[Token], mentions: DocMentions,
                through_agent: bool = False) -> Mention | None:
    """A place named by a locative preposition near these words ("met X in Vilnius",
    "attend a summit in Switzerland", "in the east of the Gaza Strip"); subjects and
    embedded clauses are not searched, and "to the Polish ambassador" is not a place.
    ``through_agent`` (for contacts) also reads a passive's agent: "received by X in
    Warsaw" (but "a summary released by the embassy in Warsaw" is no act in Warsaw)."""
    followed = FOLLOWED_DEPS | ({"agent"} if through_agent else set())
    frontier = list(words)
    for _depth in range(3):
        following: list[Token] = []
        for word in frontier:
            for child in word.children:
                if child.dep_ == "prep" and child.lower_ in LOCATION_PREPS:
                    for pobj in child.children:
                        place = _place(pobj, mentions) if pobj.dep_ == "pobj" else None
                        if place is not None:
                            return place
                if child.dep_ in followed:
                    following.append(child)
        frontier = following
    return None


def where_clause_place(word: Token, mentions: DocMentions) -> Mention | None:
    """"was in Grodno, where she held talks": a "where" clause happens in the place it
    describes (asked for contacts only: "comes from Brest, where two journalists were
    fined" would make the fine's place a side of it)."""
    if word.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where"
                                    for c in word.children):
        return _place(word.head, mentions)
    return None


def _place(pobj: Token, mentions: DocMentions) -> Mention | None:
    mention = mentions.at(pobj)
    if mention is None or mention.kind == "unresolved":  # (a body is no place: "summoned
        mention = None  # to the Ministry of Foreign Affairs of Belarus" is not "in Belarus")
        for child in pobj.children:
            # "in the east of the Gaza Strip"; "at the rector's office in Gdańsk": the
            # building stands in the place
            if child.dep_ == "prep" and (child.lower_ == "of" or child.lower_ == "in"
                                         and pobj.pos_ == "NOUN"):
                inner = [g for g in child.children if g.dep_ == "pobj"]
                mention = mentions.at(inner[0]) if inner else None
    if mention is not None and mention.kind in ("place", "capital", "country") \
            and not _people(pobj.doc[mention.start:mention.end]):
        return mention
    return None


def _people(words: Span) -> bool:
    """"had written to the Poles", "spoke to Belarusians": a nation named by its people
    (a nationality, plural) is whom an act goes to, not a place it happens in."""
    last = words[-1]
    return last.ent_type_ == "NORP" and last.tag_ in ("NNPS", "NNS")


def has_modal_or_negation(word: Token) -> bool:
    """Hypothetical or denied: 'may help', 'could attack', 'did not meet', 'if they meet',
    'the blogger had to be released' (a demand, not a release)."""
    if word.dep_ == "xcomp" and word.head.lemma_ in ("have", "need", "ought") \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in word.children):
        return True
    for child in word.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ in ("det", "nummod") and child.lower_ == "no" \
                and word.pos_ in ("NOUN", "PROPN"):
            return True  # "had had almost no contact with their Polish colleagues"
        if child.dep_ in ("nsubj", "nsubjpass") and any(
                g.lower_ == "neither" or (g.dep_ == "det" and g.lower_ == "no")
                for g in child.children):
            return True  # "neither the Border Guard nor X has commented", "no head of state"
        if child.dep_ == "aux" and child.lower_ in ("may", "might", "could", "can", "should",
                                                    "must"):
            return True
        if child.dep_ == "mark" and child.lower_ in ("if", "unless", "whether"):
            return True
        if child.dep_ == "mark" and child.lower_ in ("until", "till", "once") and not any(
                t.tag_ == "VBD" for t in (word, *(c for c in word.children
                                                  if c.dep_ in ("aux", "auxpass")))):
            return True  # "until the activists are freed": a condition, not yet an act
    return _in_condition(word)


def _in_condition(word: Token) -> bool:
    """"If the Poles were ready to hold exercises with Belarus, Minsk would ...": an act
    named inside the clause of an "if" (below its verb, within that clause) is supposed."""
    current = word
    for _ in range(5):
        if current.dep_ not in ("dobj", "xcomp", "acomp", "pobj", "prep", "attr") \
                or current.head.i == current.i:
            return False
        current = current.head
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in current.children):
            return True
    return False


def is_future(word: Token, would: bool = False) -> bool:
    """Future reference ('will visit', 'is to visit', 'scheduled to attend'); with
    ``would`` also a future in the past ('said it would be ready in November')."""
    auxiliaries = ("will", "shall", "'ll", "would") if would else ("will", "shall", "'ll")
    current = word
    for _ in range(3):
        if current.tag_ == "VBD":
            return False  # "it will be recalled that Poland shut the border on 12 September"
        for child in current.children:
            if child.dep_ == "aux" and child.lower_ in auxiliaries:
                return True
            if child.dep_ == "acomp" and child.lower_ == "due":
                return True  # "the delegation is due in Poland from 11 to 14 February"
        if current.dep_ == "xcomp" and current.head.lemma_ in ("schedule", "plan", "expect",
                                                                "due", "set", "go", "ready",
                                                                "willing"):
            return True  # (also "Poland was ready to reopen the crossings": not yet done)
        if current.dep_ == "xcomp" and current.head.lemma_ == "be" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in current.children):
            return True  # "MEPs are to hold a meeting", "the aim is to hold talks"
        if current.head.i == current.i:
            break
        current = current.head
    return False


CIRCUMSTANCE_MARKS = frozenset({"after", "before", "since", "until", "till", "because",
                                "when", "while", "once", "as"})
"""Conjunctions of a clause that sets the time or cause of another, not what it reports."""


def governing_actors(token: Token, mentions: DocMentions,
                      targets: list[Mention]) -> list[Mention]:
    """The doer of an agentless passive summons: the subject of the clause that reports it
    ("Glaz said Poland's chargé had been summoned" -> Belarus), or the ministry it was
    summoned to, when that is of another country than the one summoned."""
    summoned = {m.country for m in targets}
    current = token
    for _ in range(6):
        if current.head.i == current.i or current.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in CIRCUMSTANCE_MARKS for c in current.children):
            break  # ("Poland closed Bobrowniki after Poczobut was sentenced": the clause
            # tells when or why the main one happened; its subject did not sentence him)
        current = current.head
        for child in current.children:
            if child.dep_ == "nsubj":
                found = [m for m in argument_actors(child, mentions)
                         if m.country and m.country not in summoned]
                if found:
                    return found[:1]
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "to":
            found = [m for g in child.children for m in np_mentions(g, mentions)
                     if m.is_actor and m.country and m.country not in summoned]
            if found:
                return found[:1]
    return []
