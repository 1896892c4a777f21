"""What a trigger's clause holds beyond its own words: whether a visit verb has a visitor
at all, a reported clause the parser hung on the scene a statement verb was set in, a
verdict's predicate, a question put, an act a statement announces, and the prepositions
that only set a scene.
Split out of :mod:`events`, which builds the candidates."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.extraction.entities import DocMentions, Mention
from pipeline.extraction.gazetteer import Gazetteer
from pipeline.extraction.pronouns import resolve_pronoun
from pipeline.extraction.roles import INTENT_LEMMAS, RELATIVE_PRONOUNS, agent_of, denied_object
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
    agents = agent_of(verb) if subject is not None and subject.dep_ == "nsubjpass" else []
    if agents:
        subject = agents[0]  # "the forum was attended by X": X goes, not the forum
    if subject is None and verb.dep_ == "acl" and verb.tag_ != "VBN":
        subject = verb.head  # "crude arriving in Belarus" (but "a forum attended by ...":
        # the noun a passive participle describes is what is visited, not who goes)
    return _nobody(subject, verb, mentions, gaz)


def institution_visit(verb: Token, mentions: DocMentions) -> bool:
    """"The same day he visited state school No. 69 in Minsk": a visit to an institution
    (not a country or town, not a person) is a contact of its own, not the trip the day's
    talks were on."""
    if verb.lemma_.lower() != "visit" or verb.pos_ != "VERB":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(
        (m := mentions.at(o)) is None or m.kind in ("org", "unresolved") for o in objects)


def attended_by(verb: Token) -> bool:
    """"The talks were also attended by the ambassador and the consul": a passive
    attendance names who else was at a contact, its guests, not a contact of its own."""
    return verb.lemma_ in ("attend", "join") \
        and any(c.dep_ == "nsubjpass" for c in verb.children) and bool(agent_of(verb))
    # ("activists of the Union of Poles, who were joined by the deputy head of the Polish
    # embassy": who joined a gathering, a guest at it)


def _nobody(subject: Token | None, verb: Token, mentions: DocMentions, gaz: Gazetteer) -> bool:
    """Whether a contact verb's doer is no one who can meet: a common noun that names no
    actor and is no title or visitor word ("crude", "the number")."""
    if subject is None or subject.pos_ == "PROPN":
        return False
    own = {t.i for t in verb.subtree}  # (the verb's own phrase names where, not who)
    return not any(mentions.at(t) is not None for t in subject.subtree if t.i not in own) \
        and fold(subject.lemma_) not in gaz.titles and subject.lower_ not in VISITOR_NOUNS


PRESS_NOUNS = frozenset({"reporter", "journalist", "press", "media", "correspondent",
                         "newsman", "newsmen"})


def no_contact(verb: Token, cameo: str, mentions: DocMentions, gaz: Gazetteer) -> bool:
    """Whether a contact verb tells of no contact between sides: goods or private people
    arriving, a crowd gathering, or an official meeting the press."""
    return (cameo.startswith(VISIT_CODE) and (thing_arrives(verb, mentions, gaz)
                                              or private_people_arrive(verb, mentions))) \
        or met_the_press(verb) or _crowd_gathers(verb, mentions, gaz)


def _crowd_gathers(verb: Token, mentions: DocMentions, gaz: Gazetteer) -> bool:
    """"Warsaw puts the number gathered on the Belarusian side at 4,000", "migrants gathered
    at the fence": people who gather are a contact only when they are officials or named
    actors (the noun a participle describes is who gathered)."""
    if verb.lemma_ != "gather" or verb.pos_ != "VERB":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "acl":
        subject = verb.head
    return _nobody(subject, verb, mentions, gaz)


PRIVATE_NOUNS = frozenset({"citizen", "resident", "national", "student", "tourist", "pilgrim",
                           "refugee", "migrant", "patient", "child", "family", "pensioner",
                           "worker", "volunteer", "fan", "traveller", "traveler", "shopper"})
"""People who travel on their own account: their arrival is no contact between two sides."""
QUANTITY_HEADS = frozenset({"group", "hundred", "hundreds", "thousand", "thousands", "dozen",
                            "dozens", "busload", "number", "first", "some", "many"})


def private_people_arrive(verb: Token, mentions: DocMentions) -> bool:
    """"The first three Belarusians injured in the crackdown had arrived in Poland",
    "a group of Polish pilgrims visited Grodno": private people crossing a border are
    travellers, not a delegation; a nationality word as the subject ("Belarusians") names
    people, not the state."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "acl":
        subject = verb.head  # "the largest group to have arrived in Poland"
    elif subject is None and verb.dep_ in ("advcl", "xcomp") and verb.head.lemma_ == "be":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        # ("Belarusians are the second-largest group, after Ukrainians, to have arrived")
    if subject is None:
        return False
    if subject.dep_ == "attr":  # "Belarusians are the second-largest group to have arrived"
        subject = next((c for c in subject.head.children if c.dep_ == "nsubj"), subject)
    if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        subject = verb.head  # "the number of Belarusians who have travelled to Poland"
    if subject.lemma_.lower() in QUANTITY_HEADS:  # "a group of pilgrims", "hundreds of"
        subject = next((g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj"), subject)
    if subject.lemma_.lower() in PRIVATE_NOUNS:
        return True
    people = mentions.at(subject)
    if people is None and subject.lower_ in ("he", "she"):
        people = resolve_pronoun(subject, mentions)
    if people is not None and people.kind == "person" and people.name and any(
            m.name == people.name and m.title and m.title.split()[-1].lower() in PRIVATE_NOUNS
            for m in mentions.mentions):
        return True  # "Raman Haluza, a Polish citizen, ... travelled back to Belarus to see
        # relatives": a person the text knows only as a citizen travels privately
    return subject.tag_ in ("NNPS", "NNS") and people is not None \
        and people.kind == "country" and people.start == subject.i


def met_the_press(verb: Token) -> bool:
    """Whether a contact verb's only counterpart is the press ("met reporters in Minsk",
    "spoke with journalists"): that is a press conference, the occasion of a statement,
    and the town it was held in is no other side."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    partners = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
        for g in c.children if g.dep_ == "pobj"]
    return bool(partners) and all(
        p.lemma_.lower() in PRESS_NOUNS and not any(c.dep_ == "conj" for c in p.children)
        for p in partners)


def misplaced_complement(verb: Token) -> bool:
    """"said after a meeting in Brussels that Hungary had blocked ...": a "that" clause with
    a subject of its own is what was said, even where the parser hangs it on the setting."""
    return verb.dep_ in ("relcl", "acl", "ccomp") and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in verb.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVE_PRONOUNS
        for c in verb.children)


def verdict_word(noun: Token) -> bool:
    """Whether an act noun is (inside) the predicate of a verdict ("called the closure an
    act of aggression", "what he called a hybrid attack"): what someone calls a thing is
    how they judge it, not an act that happened."""
    current = noun
    for _ in range(4):
        if current.dep_ == "oprd":
            return True
        if current.head.i == current.i or current.dep_ not in ("pobj", "prep", "conj"):
            return False
        current = current.head
    return False


QUESTION_LEMMAS = frozenset({"ask", "question"})


REASON_VERBS = frozenset({"cite", "point", "invoke"})
"""Verbs that give a reason ("citing the exercises", "pointing to the drills")."""


def reason_cited(noun: Token) -> bool:
    """"Poland closed every crossing, pointing to the Zapad-2025 exercises": the reason an
    act is given for is what its doer says prompted it, told in passing, not an event of
    its own (a reason worth telling has a sentence of its own)."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "to":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return False
    return verb.lemma_.lower() in REASON_VERBS and verb.tag_ == "VBG"


def question_put(verb: Token) -> bool:
    """"Asked about the remarks, Sikorski replied": a subjectless participle of asking is the
    question the main clause answers, not an act of its own (nor one of the asker's)."""
    return verb.lemma_ in QUESTION_LEMMAS and verb.tag_ == "VBN" and verb.dep_ == "advcl" \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def speech_referred_to(verb: Token) -> bool:
    """"A look at what Warsaw and Minsk said about each other", "the war and what he called
    Belarus's hybrid attack": a free relative ("what X said / called Y") inside another
    clause names some speech or a label; it reports nothing of its own."""
    return verb.dep_ != "ROOT" and not any(c.dep_ == "ccomp" for c in verb.children) \
        and any(c.lower_ == "what" and c.dep_ == "dobj" for c in verb.children)


TIME_PREPS = frozenset({"after", "before", "during", "since", "following", "until", "ahead",
                        "prior", "amid"})
"""Prepositions that place an act noun in time ("during the exercise"): a setting."""
SETTING_PREPS = TIME_PREPS | {"at", "despite"}
"""Prepositions that give a statement's setting ("after the meeting, X said"), not its news."""


def announced_act(noun: Token) -> bool:
    """Whether an act noun under a statement verb is what the statement announces ("announced
    its withdrawal"): its object, not its setting ("After the meeting, X said") nor the
    verdict's predicate ("called the sentence a violation": a judgement, still a statement)."""
    if denied_object(noun):
        return False  # "denied any violation": the denial is the statement, no act is told
    if noun.dep_ in ("oprd", "attr", "npadvmod", "nsubj", "dep"):
        return False  # (nor a phrase the parser could not attach: "..., patriotic forum in
        # Minsk, he said that ...")
    return not (noun.dep_ == "pobj" and noun.head.lower_ in SETTING_PREPS)


WISH_NOUNS = frozenset({"invitation", "plan", "offer", "proposal", "intention", "wish", "hope",
                        "readiness", "request"})
"""Nouns whose infinitive is an act asked for or offered ("an invitation to pay a visit")."""


def wished_for(word: Token) -> bool:
    """"She hoped to meet him soon", "expects to meet Sikorski", "accepted her invitation to
    pay a return visit": the act is wanted or offered, not done (a meeting wished for is no
    contact yet)."""
    if word.dep_ == "xcomp" and word.head.lemma_ in INTENT_LEMMAS:
        return True
    if word.dep_ == "xcomp" and word.head.lemma_ in ("able", "unable") and any(
            c.dep_ == "aux" and c.lower_ in ("would", "will", "could", "might", "may", "should")
            for c in (*word.head.children, *word.head.head.children)):
        return True  # "hoped Borys would soon be able to visit Poland": possible, not done
    verb = word.head if word.dep_ == "dobj" and word.pos_ == "NOUN" else word
    return verb.dep_ == "acl" and verb.head.lemma_ in WISH_NOUNS \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def restated(noun: Token) -> bool:
    """"A return visit, which would be his first trip to Poland": the predicate noun of a
    relative clause with "be" says what its antecedent is; it is no second act."""
    clause = noun.head
    return noun.dep_ == "attr" and clause.dep_ == "relcl" and clause.lemma_ == "be"


HABITUAL_ADVERBS = frozenset({"alternately", "regularly", "usually", "annually", "normally",
                              "traditionally", "periodically", "repeatedly", "routinely",
                              "frequently", "often"})
"""Adverbs that make a meeting a custom, not one contact on one day."""


def habitual(verb: Token) -> bool:
    """"The subcommission meets alternately in Poland and Belarus", "had met Tusk several
    times in recent years": contacts told as a custom or a count are no single contact."""
    return any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in verb.children) \
        or any(c.dep_ == "npadvmod" and c.lemma_ == "time"
               and any(a.lower_ in ("several", "many", "numerous", "multiple", "countless")
                       for a in c.children) for c in verb.children)


SPAN_NOUNS = frozenset({"week", "month", "year", "decade"})
"""Spans of time a relative clause can tell what went on over ("the years in which ...")."""


def over_a_span(word: Token) -> bool:
    """"after several years in which Minsk and Warsaw rebuilt ministerial contacts": what a
    relative clause tells of weeks, months or years (plural) is what went on over them, no
    one act ("the week in which Poland closed two crossings" may still hold one)."""
    verb = word.head if word.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") else word
    verb = verb.head if verb.dep_ == "prep" else verb
    return verb.dep_ == "relcl" and verb.head.lemma_.lower() in SPAN_NOUNS \
        and verb.head.tag_ == "NNS"


def names_no_act(word: Token, kind: str) -> bool:
    """A trigger word that names no act of its own: a contact wished for, offered or told as
    a custom, an act told of a span of weeks, months or years, the predicate of a relative
    clause restating its antecedent, or a saying whose answer was an act ("Warsaw answered
    by shutting the crossing", "Minsk responded by expelling two diplomats": the act is the
    event, no words were said)."""
    return kind == "meeting" and (wished_for(word) or habitual(word) or asked_about(word)) \
        or over_a_span(word) \
        or restated(word) or kind == "statement" and answered_by_act(word) \
        or kind in DISPOSED_KINDS and disposed(word) or kind == "incident" and wished_for(word)
    # ("said Poland wanted to seize western Belarus": a claim about an aim, no attack)


DISPOSED_KINDS = ("incident", "measure")
READY = frozenset({"ready", "willing", "prepared", "determined", "eager"})


def disposed(verb: Token) -> bool:
    """"Belarusians who were ready to fight for it", "Poland is prepared to close the
    border": a readiness is told, no act done."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in READY


def asked_about(word: Token) -> bool:
    """"He would not say what had been discussed at the ministry", "it is unclear whether
    they met": a contact inside an indirect question is asked about, not told (the contact
    itself, if any, is told elsewhere)."""
    return word.dep_ in ("ccomp", "pcomp") and word.head.i != word.i and any(
        c.tag_ == "WP" and c.dep_ in ("nsubj", "nsubjpass", "dobj")
        or c.dep_ == "mark" and c.lower_ == "whether"
        for c in word.children)


def answered_by_act(word: Token) -> bool:
    """"responded by expelling", "answered by closing": a verb's "by" with a gerund."""
    return word.pos_ == "VERB" and any(
        c.dep_ == "prep" and c.lower_ == "by" and any(
            g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
        for c in word.children)


def said_in_a_place(prep: Token, mentions: DocMentions) -> bool:
    """"In Vilnius, ... Morawiecki warned that Minsk ...": where it was said is no content."""
    return prep.dep_ == "prep" and prep.lower_ == "in" and any(
        (m := mentions.at(g)) is not None and m.kind in ("capital", "place")
        for g in prep.children if g.dep_ == "pobj")


def governing_people(token: Token, mentions: DocMentions) -> list[Mention]:
    """People who are subjects of the clauses above the trigger ("X ... is in charge of the
    group that arrived") and leaders named in the arguments ("led by Colonel Y")."""
    people: list[Mention] = []
    current = token
    for _ in range(8):
        if current.head.i == current.i:
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


COUNTED_NOUNS = frozenset({"people", "person", "attempt", "migrant", "foreigner", "citizen",
                           "refugee", "lorry", "truck", "vehicle", "car", "bus", "crossing"})
"""What officials count when they give figures: people, attempts, vehicles."""


TALLY_VERBS = frozenset({"report", "record", "register", "count", "log", "name", "list"})
"""Verbs that give a count or a list as their object ("reports two more incidents",
"names 17 people")."""
TALLIED_NOUNS = COUNTED_NOUNS | {"incident"}
"""What such a verb counts: what officials count, and incidents."""


HARM_LEMMAS = frozenset({"kill", "wound", "injure", "hurt", "beat", "shoot", "torture", "die"})
"""A count of people harmed ("said eight people were killed in an air strike") is a report of
violence, not figures."""


def gives_figures(trigger: Token) -> bool:
    """"The Border Guard said 39 people had tried to cross over the previous 24 hours",
    "Grodecki said that 116 Belarusians had arrived": a saying whose reported clause has a
    number of people or attempts for its subject gives figures (the gold brief: an official
    giving figures makes no statement; "said Polish guards had caught 50 migrants", an act
    with a doer, and a count of people harmed stay what the speaker says).  So does a
    reporting or listing verb whose object is such a count ("reports two more incidents")."""
    counted = [o for o in trigger.children if o.dep_ == "dobj"
               and o.lemma_.lower() in TALLIED_NOUNS] \
        if trigger.lemma_.lower() in TALLY_VERBS else []
    if any(n.dep_ == "nummod" and n.like_num for o in counted for n in o.children):
        return True  # ("the Border Guard reports two more incidents": a tally)
    return any(figures_clause(clause) for clause in trigger.children if clause.dep_ == "ccomp")


def _no_day_or_year(number: Token) -> bool:
    """"On Wednesday 71 people tried to cross": a number the model joined to the date
    before it, which no day of a month or year can be, is a count."""
    return number.text.isdigit() and 31 < int(number.text) < 1000


TRADE_NOUNS = frozenset({"export", "import", "trade", "turnover", "investment"})
"""What economic figures are given of: a sum or a share of trade is a figure, not a view."""
FIGURE_LABELS = frozenset({"MONEY", "PERCENT"})


def figures_clause(clause: Token) -> bool:
    """Whether a reported clause only gives figures: a number of people, attempts or
    vehicles as its subject ("39 people had tried to cross"), or a sum or share of trade
    ("Polish exports to Belarus passed 1.7 billion euros", as "according to PAIH" tells
    it); a count of people harmed is violence reported, not figures."""
    if clause.lemma_.lower() in HARM_LEMMAS:
        return False
    subjects = [a for a in clause.children if a.dep_ in ("nsubj", "nsubjpass")]
    if any(n.dep_ == "nummod" and n.like_num and (n.ent_type_ not in ("DATE", "TIME")
                                                  or _no_day_or_year(n))
           for argument in subjects
           if argument.lemma_.lower() in COUNTED_NOUNS or argument.ent_type_ == "NORP"
           for n in argument.children):
        return True
    return any(a.lemma_.lower() in TRADE_NOUNS for a in subjects) and any(
        t.ent_type_ in FIGURE_LABELS for t in clause.subtree)


def handed_over(token: Token, targets: list[Mention]) -> list[Mention]:
    """"The two Cubans were handed over to the Belarusian border services": in a handover
    the people or things handed are what passes between the sides, not a side; the sides
    are the one handing and the one handed to."""
    if not any(c.dep_ == "prt" and c.lower_ == "over" for c in token.children):
        return targets
    handed = {t.i for c in token.children if c.dep_ in ("nsubjpass", "dobj") for t in c.subtree}
    return [m for m in targets if m.start not in handed]


TOPIC_VERBS = frozenset({"discuss", "debate"})
"""Contact verbs whose object is what was talked about, never a side nor the setting."""


def talked_about(word: Token) -> bool:
    """Whether the word is inside the object of "discuss" or "debate" ("discussed the
    situation in Belarus with EU colleagues")."""
    for ancestor in [word, *word.ancestors]:
        if ancestor.dep_ == "prep" and ancestor.lower_ in ("with", "to"):
            return False  # ("discussed cooperation ... with Piotr Naimski": the parser may
            # hang the partner inside the topic)
        if ancestor.dep_ == "dobj" and ancestor.head.lemma_ in TOPIC_VERBS:
            return True
    return False


ABOUT_PREPS = frozenset({"about", "regarding", "concerning"})


def not_topics(token: Token, targets: list[Mention]) -> list[Mention]:
    """"Warsaw had warned Minsk about drones heading in from Ukraine": what a contact is
    about is no side of it."""
    topic = {t.i for c in token.children if c.dep_ == "prep" and c.lower_ in ABOUT_PREPS
             for t in c.subtree}
    return [m for m in targets if m.start not in topic]
