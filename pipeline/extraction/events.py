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

Dates: the date expression right after the trigger ("said on Monday") or attached to it,
else the sentence's first date expression outside other clauses, else the last date
established earlier in the same paragraph, else the story's day as established *before* the
sentence, else the publication date.  Without a publication date, events with no absolute
date are dropped.  A duration ("jailed for eight years", "72 hours to leave") is never a
date; a subjectless participle ("Speaking after the summit on Friday, X said") shares the
main act's date; a look back inside a relative or adverbial clause ("who was detained two
years ago") dates only that clause, never the paragraph.

Denied and hypothetical acts yield nothing, also through their governing words ("did not
want to fight it", "would not hesitate for a moment to close ... if security required it");
a reported *future* act ("said Poland will reopen the crossings") is both the act and the
statement of intent.  Borders: "the frontier"/"the crossings" without sides is the border
the article last named, and a breach by people without a country comes from the side named
in their own phrase ("migrants gathered on the Belarusian side") -- see :mod:`borders`.
A measure's state left implicit ("Polish trucks are barred from entering Belarus", "granted
a Polish visa", "added to Poland's sanctions list") is read by :mod:`measure_roles`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.extraction.arguments import (
    SETTING_PREPS,
    TIME_PREPS,
    announced_act,
    governing_people,
    handed_over,
    misplaced_complement,
    names_no_act,
    no_contact,
    not_topics,
    question_put,
    reason_cited,
    said_in_a_place,
    speech_referred_to,
    talked_about,
    verdict_word,
)
from pipeline.extraction.attribution import ATTRIBUTION_CODE, attribution_phrases
from pipeline.extraction.borders import BORDER_SPAN, border_of
from pipeline.extraction.candidate import Candidate
from pipeline.extraction.entities import DocMentions, Mention
from pipeline.extraction.gazetteer import Gazetteer, Trigger
from pipeline.extraction.measure_roles import implicit_doers
from pipeline.extraction.mention import names_a_list
from pipeline.extraction.negation import denied, refusal_of
from pipeline.extraction.pronouns import resolve_pronoun
from pipeline.extraction.reported_clauses import clauses_before, co_speaker, trailing_attribution
from pipeline.extraction.retold import addressed
from pipeline.extraction.roles import (
    OWN_PREPS,
    RECIPIENT_VERBS,
    SPEECH_LEMMAS,
    TARGET_PREPS,
    TOPIC_PREPS,
    agent_of,
    antecedent,
    argument_actors,
    governing_actors,
    has_modal_or_negation,
    location_of,
    np_mentions,
    objects_of,
    subject_of,
    where_clause_place,
)
from pipeline.extraction.trigger_select import select_trigger

REPORTING_CODES = ("010", "011")
INSTRUMENT_NOUNS = frozenset({"shelling", "fire", "strike", "airstrike", "attack", "raid",
                              "bombing", "bombardment", "shell", "missile", "rocket", "drone",
                              "tank", "artillery", "gunfire", "mortar", "sniper"})
"""Means of violence whose country adjective names the doer ("in Israeli shelling")."""
SUMMONS_CODE = "114"
RECALL_CODE = "161"  # reduce or break diplomatic relations: envoys recalled, missions cut
ORDER_CODE = "170"  # an order (triggers.tsv): the act it names is the act done
LOCATION_PREPS = frozenset({"to", "at", "into"})
"""A required particle that names where, not whom ("called to the ministry")."""
NOT_CONTENT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "conj", "cc", "punct", "mark", "aux",
                              "auxpass", "neg", "advmod", "npadvmod", "agent", "advcl"})
"""Children of a statement verb that are not what it says (who, how, when, the next verb):
everything else ("called the limit an unfriendly gesture", "assured the forum that ...")
is the statement's content, whose countries are its targets."""
CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "oprd", "relcl", "advcl", "acl"})
"""Edges that lead from a statement verb into what it says (for nested statement verbs)."""
MAX_PAIRS = 6


def _countries(mentions: list[Mention]) -> list[str]:
    return list(dict.fromkeys(m.country for m in mentions if m.country))


def _verb_candidate(token: Token, trigger: Trigger, mentions: DocMentions,
                    sentence: Span) -> Candidate:
    subjects, passive = subject_of(token)
    agents = agent_of(token)
    passive = passive or bool(agents)  # "... were released by Putin"
    if trigger.requires and trigger.requires[0] == "subj" and not trigger.cameo.startswith("07") \
            and trigger.kind != "statement":
        passive = True  # "the crossings will close": the subject undergoes the act (but
        # "a Polish convoy arrived in Belarus": aid is carried by the giver's convoy, and
        # "the Sejm adopted a resolution": the house speaks)
    sources: list[Mention] = []
    targets: list[Mention] = []
    if passive:
        for agent in agents:
            sources += argument_actors(agent, mentions)
        for subject in subjects:
            targets += argument_actors(subject, mentions)
    else:
        for subject in subjects:
            sources += argument_actors(subject, mentions)
    for obj in objects_of(token):
        targets += _without_topic(obj, argument_actors(obj, mentions), trigger)
    for xcomp in (c for c in token.children if c.dep_ == "xcomp"):
        for obj in objects_of(xcomp):
            targets += argument_actors(obj, mentions)
        for clause in (c for c in xcomp.children if c.dep_ == "ccomp"):
            # "refused to let a Polish convoy cross": who is (not) let is the target
            targets += [m for g in clause.children if g.dep_ == "nsubj"
                        for m in argument_actors(g, mentions)]
    if trigger.requires and trigger.requires[0] in ("ccomp", "after"):
        # "Obama wants Putin to attack": the appeal is addressed to the clause's subject;
        # "declared two diplomats persona non grata": the parser's split clause, likewise
        for clause in (c for c in token.children if c.dep_ == "ccomp"):
            for subject in (g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass")):
                targets += argument_actors(subject, mentions)
    if trigger.requires and trigger.requires[0] == "prep":
        # "called in the chargé": the object of the verb's own particle is its object
        for particle in (c for c in token.children if c.lower_ in trigger.requires[1]
                         and c.dep_ in ("prep", "prt") and c.lower_ not in LOCATION_PREPS):
            targets += [m for g in particle.children if g.dep_ == "pobj"
                        for m in argument_actors(g, mentions)]
    if passive and not agents and trigger.kind == "incident":
        # "killed in Israeli tank shelling": an act noun after "in" names the doer's means
        sources += [m for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "by")
                    for g in c.children if g.dep_ == "pobj" and g.lemma_ in INSTRUMENT_NOUNS
                    for m in np_mentions(g, mentions) if m.is_actor and m.kind != "place"]
    if trigger.cameo.startswith(RECALL_CODE):
        # "recall some of the ambassadors accredited to Belarus": relations are cut with
        # the country the envoys serve in (their own is the doer's)
        own = {m.country for m in sources}
        targets += [m for obj in objects_of(token) for t in obj.subtree
                    if (m := mentions.at(t)) is not None and m.kind in ("country", "capital")
                    and m.country and m.country not in own and m not in targets]
    if trigger.cameo.startswith(SUMMONS_CODE):
        # "called to the Polish MFA": the ministry one is summoned to is the summoner
        # (but "handed a note to the chargé": who it went to, not where)
        venue = [m for c in token.children if c.dep_ == "prep" and c.lower_ == "to"
                 and token.lemma_ not in RECIPIENT_VERBS
                 for g in c.children if g.dep_ == "pobj" for m in np_mentions(g, mentions)]
        targets = [t for t in targets if t not in venue]
        if not sources:
            sources = [m for m in venue if m.is_actor and m.country][:1]
        envoy = next((t.country for t in targets if t.country and t.kind == "country"), None)
        summoned = [c for c in token.children if c.dep_ in ("nsubjpass", "dobj")]
        posted = [m for head in summoned for t in list(head.subtree)[:BORDER_SPAN]
                  if (m := mentions.at(t)) is not None and m.kind == "capital"
                  and m.country != envoy]
        if not sources and envoy and posted:
            # "Belarus's chargé d'affaires in Warsaw was called in": the host state summons
            sources = posted[:1]
            targets = [t for t in targets if t.country != posted[0].country]
    if trigger.kind == "meeting":
        targets = not_topics(token, handed_over(token, targets))
    if passive and not sources and not agents and trigger.kind == "meeting":
        # "had been notified of the decision by Belarus's border committee": the parser
        # hangs the agent on the noun before it
        told = {m.country for m in targets}
        sources = [m for c in token.children if c.dep_ == "prep" for t in c.subtree
                   if t.dep_ == "prep" and t.lower_ == "by" for g in t.children
                   if g.dep_ == "pobj" for m in argument_actors(g, mentions)
                   if m.country and m.country not in told][:1]
    if passive and not sources and trigger.kind == "meeting":
        sources = governing_actors(token, mentions, targets)
    if not sources and trigger.kind == "measure":
        # "crossings will close at midnight, Tusk announced": a state's measure is announced
        # by that state, so the reporting clause's subject is its doer
        sources = governing_actors(token, mentions, targets)
    if trigger.kind == "measure":
        sources, targets = implicit_doers(token, trigger.cameo, passive, sources, targets,
                                          mentions)
    location = location_of([token], mentions, through_agent=trigger.kind == "meeting")
    if location is None and token.dep_ in ("advcl", "xcomp") and trigger.kind == "meeting":
        # "spent two days in Warsaw meeting ...", "travelled to Brest to meet ...": the
        # contact is held where the clause it serves takes place
        location = location_of([token.head], mentions)
    if location is None and trigger.kind == "meeting":
        location = where_clause_place(token, mentions)
    if location is not None and talked_about(token.doc[location.start]):
        location = None  # ("discussed the situation in Belarus": not where they met)
    named_subject = any(t.pos_ != "PRON" for t in (agents if passive else subjects))
    named_object = bool(objects_of(token)) or (passive and bool(subjects))
    # ("Brazil and the US are seeking ...", "Polish and Belarusian officials said ...")
    coordinated = any(names_a_list(s) for s in subjects)
    arguments = subjects + agents + [
        g for c in token.children if c.dep_ in ("dobj", "prep", "nsubj", "nsubjpass")
        for g in ([c] if c.dep_ != "prep" else [p for p in c.children
                                                 if p.dep_ in ("pobj", "pcomp")])
    ] + [noun for o in objects_of(token)  # "the checkpoint, which Poland closed"
         if (noun := antecedent(o, token)) is not None]
    return Candidate(trigger.kind, trigger.cameo, sources, targets, location, sentence, token,
                     has_subject=named_subject, has_object=named_object, coordinated=coordinated,
                     border=border_of(arguments, location, mentions,
                                      at_frontier=trigger.kind == "incident"))


def _without_topic(obj: Token, actors: list[Mention], trigger: Trigger) -> list[Mention]:
    """"Polish MEPs are to hold their own meeting on Belarus": what a contact held is about
    is no side of it, as for a contact noun's own phrases (see :func:`_noun_candidate`)."""
    if trigger.kind != "meeting":
        return actors
    actors = [m for m in actors if not talked_about(obj.doc[m.start])]
    # ("discussed the situation in Belarus with EU colleagues": the topic is no side)
    topic = {t.i for c in obj.children if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS
             for t in c.subtree}
    addressed = {t.i for i in topic for p in [obj.doc[i]] if p.dep_ == "prep"
                 and p.lower_ in ("to", "with") for t in p.subtree}
    # ("sent a note about it to the Belarusian ministry": the parser may hang the addressee
    # inside the topic)
    return [m for m in actors if m.start not in topic - addressed]


PARTAKEN_PREPS = frozenset({"after", "before", "following", "during"})
"""A contact with a named partner set before or after the clause's act ("spoke a day after a
telephone conversation with Tsikhanouskaya") was held by the clause's subject."""


SERIES_NOUNS = frozenset({"series", "round", "cycle", "string"})
"""Nouns that count acts ("a series of meetings"): the acts take the verb's doers."""


def _noun_candidate(token: Token, trigger: Trigger, mentions: DocMentions,
                    sentence: Span) -> Candidate | None:
    own = [m for m in np_mentions(token, mentions, preps=OWN_PREPS)
           if m.is_actor and m.kind != "place"]
    own += [m for c in token.children if c.dep_ == "poss" and c.pos_ == "PRON"
               and (m := resolve_pronoun(c, mentions)) is not None]  # "his talks with X"
    preps = TARGET_PREPS - TOPIC_PREPS if trigger.kind == "meeting" else TARGET_PREPS
    targets = [m for obj in objects_of(token, preps) for m in argument_actors(obj, mentions)]
    sources: list[Mention] = []
    named_subject = False
    governor = token.head
    if token.dep_ == "pobj":
        governor = token.head.head
        if token.head.lower_ == "of" and governor.lemma_ in SERIES_NOUNS \
                and governor.dep_ == "dobj":
            governor = governor.head  # "opened a series of meetings": the verb's doers
    doer_preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
                  and any(g.dep_ == "pobj" for g in c.children)]
    if doer_preps and token.dep_ == "dobj" and governor.i != token.i:
        # "Obama faces pressure from Congress": the from/by phrase is the doer (even one
        # without a country) and the one who faces or receives the act is its target
        sources = [m for c in doer_preps for g in c.children if g.dep_ == "pobj"
                   for m in argument_actors(g, mentions)]
        receivers = [m for subject in subject_of(governor)[0]
                     for m in argument_actors(subject, mentions)]
        return Candidate(trigger.kind, trigger.cameo, sources, targets + receivers,
                         location_of([token, governor], mentions), sentence, token,
                         has_subject=True, has_object=bool(receivers))
    setting = token.dep_ == "pobj" and token.head.lower_ in TIME_PREPS and not (
        trigger.kind == "meeting" and token.head.lower_ in PARTAKEN_PREPS and not own
        and any(m.country for m in targets)
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children))
    # ("flew home after talks with Makei": whoever flew home held the talks)
    if governor.i != token.i and not setting \
            and token.dep_ in ("dobj", "pobj", "nsubj", "attr", "nsubjpass"):
        # (not "during the exercise": a time setting borrows no doer from the clause)
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
            if token.dep_ in ("pobj", "dobj") and not ((own or targets) and token.dep_ == "pobj"):
                # "issued warrants for two Brazilian men", "engaged peacekeepers in a
                # firefight" (but "in his talks with Xi he raised the crisis on the Belarusian
                # border", "raised the Polish question at a meeting with his foreign minister":
                # talks that name their own parties take none from the clause)
                for obj in objects_of(governor):
                    if obj.i != token.i:
                        targets += argument_actors(obj, mentions)
    sources = sources or own[:1]
    targets = targets + [m for m in own if m not in sources]
    location = location_of([token, governor], mentions)
    if location is None and trigger.kind == "meeting":  # ("where she held talks")
        location = where_clause_place(governor, mentions)
    # "the closure of the Bobrowniki crossing": a crossing in the noun's phrase has two sides
    phrases = [g for c in token.children if c.dep_ == "prep" for g in c.children
               if g.dep_ == "pobj"]
    return Candidate(trigger.kind, trigger.cameo, sources, targets, location, sentence, token,
                     has_subject=named_subject or bool(sources),
                     has_object=bool(objects_of(token)),
                     border=border_of(phrases, location, mentions,
                                      at_frontier=trigger.kind == "incident"))


def _triggers_in(sentence: Span, gaz: Gazetteer, skip: set[int]
                 ) -> tuple[list[tuple[Token, Trigger]], tuple[str, ...], dict[int, int]]:
    """Triggers that make events, the codes of all acts named (for the tone prior) and the
    words addressed to someone inside what someone says."""
    found: list[tuple[Token, Trigger]] = []
    told_in: dict[int, int] = {}
    for token in sentence:
        if token.i in skip or token.pos_ not in ("VERB", "NOUN", "PROPN", "AUX"):
            continue
        trigger = select_trigger(token, gaz)
        if trigger is not None:
            found.append((token, trigger))
    chosen = {t.i: tr for t, tr in found}
    dropped: set[int] = set()
    for token, _trigger in found:
        if names_no_act(token, _trigger.kind):
            dropped.add(token.i)  # "hoped to meet him soon": no contact yet
            continue
        head = token.head
        if token.dep_ == "pobj" and head.head.i in chosen:
            head = head.head  # "accused Warsaw of provocations"
        if head.i in chosen and head.i != token.i:
            parent = chosen[head.i]
            if token.dep_ in ("xcomp", "ccomp"):
                # "wants Putin to attack": the appeal wins; "pledged to expel": the act wins
                if (parent.requires and parent.requires[0] in ("xcomp", "ccomp")) \
                        or parent.cameo.startswith("02"):
                    dropped.add(token.i)  # "asked Obama to help": the appeal is the event
                elif token.dep_ == "xcomp" and parent.kind == "meeting" \
                        and _trigger.kind == "statement":
                    dropped.add(token.i)  # "summoned the envoy to protest": the contact
                elif token.dep_ == "xcomp":
                    dropped.add(head.i)
            elif token.dep_ == "dobj" and parent.cameo == ORDER_CODE:
                dropped.add(head.i)  # "ordered the arrest of X": the act ordered is the event
            elif token.pos_ in ("NOUN", "PROPN") and not parent.cameo.startswith("01") \
                    and not (token.dep_ == "pobj" and token.head.lower_ in TIME_PREPS):
                dropped.add(token.i)  # "discuss cooperation": the verb carries the event
                # (not "agreed ... after talks between X and Y": the talks came before)
            elif token.pos_ in ("NOUN", "PROPN") and announced_act(token):
                dropped.add(head.i)  # "announced its withdrawal": the act is the event
    for token, _trigger in found:
        clause = token.head
        appeal = chosen.get(clause.head.i) if clause.dep_ in ("xcomp", "ccomp") else None
        if token.dep_ == "conj" and clause.dep_ in ("xcomp", "ccomp") and (
                clause.i in dropped or appeal is not None and appeal.cameo.startswith("02")):
            dropped.add(token.i)  # "called on Minsk to return ... and to release ...": both
    for token, trigger in found:
        if trigger.cameo.startswith(REPORTING_CODES) \
                and (saying := _saying_around(token, chosen)) is not None:
            # "claimed that people in Poland were saying ...": a plain saying inside what
            # someone says is content; a specific act ("said X accused Y") stays the news
            if addressed(token):  # ("said the Polish side had told it": who heard them
                told_in[token.i] = saying  # decides, in retold.contacts_told)
            else:
                dropped.add(token.i)
        if question_put(token) or speech_referred_to(token):
            dropped.add(token.i)  # "Asked by a reporter about X, Y replied": Y's answer
        if token.pos_ in ("NOUN", "PROPN") and (verdict_word(token) or (
                token.dep_ == "attr" and token.head.lemma_ == "be" and trigger.kind != "meeting")):
            dropped.add(token.i)  # "what he called Belarus's hybrid attack": a verdict
            # ("it was pressure from the Belarusian side, she added": so is what a thing is
            # said to be; "this was their first meeting" still tells of one)
        if token.pos_ in ("NOUN", "PROPN") and reason_cited(token):
            dropped.add(token.i)  # "closed the crossings, citing the Zapad exercises"
    codes = tuple(tr.cameo for t, tr in found if not denied(t, lean=True))
    return [(t, tr) for t, tr in found if t.i not in dropped], codes, told_in


def _saying_around(token: Token, chosen: dict[int, Trigger]) -> int | None:
    """The index of the statement verb in whose content clause a statement verb sits."""
    current = token
    for _ in range(6):
        if current.head.i == current.i or current.dep_ not in CONTENT_DEPS | {"pobj", "prep", "pcomp"}:
            return None
        current = current.head
        outer = chosen.get(current.i)
        if outer is not None and outer.kind == "statement":
            return current.i
    return None


def sentence_candidates(sentence: Span, mentions: DocMentions, gaz: Gazetteer,
                        skip: set[int], phrase_at: list[int] | None = None) -> list[Candidate]:
    """Events of one sentence (statements with a target included; quotes are separate).
    ``phrase_at``: the document's attribution words (:func:`attribution.phrase_words`)."""
    if sentence.text.rstrip().endswith("?"):
        return []
    candidates: list[Candidate] = []
    triggers, codes, told_in = _triggers_in(sentence, gaz, skip)
    for token, trigger in triggers:
        if has_modal_or_negation(token):
            refusal = refusal_of(token, trigger)
            if refusal is None:
                continue
            trigger = refusal
        elif denied(token):
            continue  # "did not want to fight it": the act is denied through its governor
        if trigger.kind == "meeting" and no_contact(token, trigger.cameo, mentions, gaz):
            continue  # "crude arriving in Belarus", "met reporters in Minsk"
        if token.pos_ in ("VERB", "AUX"):
            candidate: Candidate | None = _verb_candidate(token, trigger, mentions, sentence)
        else:
            candidate = _noun_candidate(token, trigger, mentions, sentence)
        if candidate is None:
            continue
        trailing = trigger.kind == "statement" and trailing_attribution(token)
        # "Poland, he added, had never ...": the attribution sits inside what it reports
        inserted = token.dep_ == "parataxis" and token.head.i != token.i or trailing
        if trigger.kind == "statement":
            content = [c for c in token.children if (c.dep_ not in NOT_CONTENT_DEPS
                       and not (c.dep_ == "prep" and c.lower_ in SETTING_PREPS)
                       and not said_in_a_place(c, mentions)) or question_put(c)] \
                if token.pos_ in ("VERB", "AUX") else \
                [c for c in token.children if c.dep_ in ("ccomp", "xcomp")]
            # (the answer is also about what the question asked)
            content += [t for c in token.children if c.dep_ == "prep" and c.lower_ in
                        SETTING_PREPS for t in c.subtree if misplaced_complement(t)]
            # "replied ..., telling reporters that ...", "We know what this regime is, he
            # says, recalling that Poles are in Belarusian prisons": the saying participle is
            # dropped as inside the statement, so what it reports is this statement's content
            content += [c for c in token.children if c.dep_ == "advcl"
                        and c.lemma_.lower() in SPEECH_LEMMAS and c not in content]
            if inserted:  # (the content is the clause around it)
                content += [c for c in token.head.children if c.i != token.i]
                content += clauses_before(token.head)
            if inserted or any(c.dep_ == "ccomp" and c.i < token.i for c in token.children):
                # "War is not far away, Nawrocki said, and ... our borders are not safe":
                # the clause joined after the attribution goes on with what it reports
                content += [c for c in token.children if c.i > token.i
                            and c.pos_ in ("VERB", "AUX") and c.lemma_ not in SPEECH_LEMMAS
                            and (c.dep_ == "conj" or c.dep_ == "advcl" and any(
                                g.dep_ == "nsubj" for g in c.children))]
                # ("..., it noted, while Belarus fails to meet the same standard")
            fellows = {t.i for c in content for t in c.subtree if co_speaker(t)}
            candidate.targets += [m for c in content for t in c.subtree
                                  if (m := mentions.at(t)) is not None and m.is_actor
                                  and t.i not in fellows]
            crossing = next((m for c in content for t in c.subtree
                             if (m := mentions.at(t)) is not None and m.neighbour), None)
            if crossing is not None and crossing.country:
                candidate.border = (crossing.country, crossing.neighbour or "")
        candidate.reported = trigger.kind == "statement" and (any(
            c.dep_ in ("ccomp", "xcomp") for c in token.children) or trailing)
        if trigger.cameo.startswith(REPORTING_CODES):
            # "X said Y attacked Z": if the attack is an event, it is the news, not the saying
            candidate.content = {t.i for c in token.children if c.dep_ in ("ccomp", "xcomp")
                                 for t in c.subtree}
            if inserted:
                candidate.content |= {t.i for t in token.head.subtree
                                      if t.i not in {s.i for s in token.subtree}}
                candidate.content |= {t.i for c in clauses_before(token.head)
                                      for t in (c.head, *c.subtree)}
        candidate.extra_actors = governing_people(token, mentions)
        candidate.told_in = told_in.get(token.i)
        candidate.sentence_codes = codes
        candidates.append(candidate)
    for head, speakers, said in attribution_phrases(sentence, phrase_at or [], mentions,
                                                    argument_actors):
        # "According to the ministry, ...", "in his view, ...": a statement of that source
        tellers = {m.country for m in speakers}
        if any(c.trigger is not None and c.trigger.i == head.i and c.kind == "statement"
               and any(m.is_actor and m.country and (head.lemma_ in SPEECH_LEMMAS
                                                     or m.country in tellers)
                       for m in c.sources) for c in candidates):
            continue  # "According to the cabinet, Rzymkowski told his guests that ...": the
            # phrase names who reports the saying; the one saying it speaks; so does one
            # of the teller's own side making another act of words ("according to the
            # ministry's statement, Wawrzyk lodged a firm protest"; but "according to her,
            # Morawiecki promised ...": the other side's promise, as she tells it, is hers)
        targets = [m for i in sorted(said) if (m := mentions.by_token.get(i)) is not None
                   and m.is_actor and m not in speakers]
        candidates.append(Candidate("statement", ATTRIBUTION_CODE, speakers, targets, None,
                                    sentence, head, content=said, reported=True,
                                    has_subject=True, sentence_codes=codes))
    return sorted(candidates, key=lambda c: c.content is not None)
