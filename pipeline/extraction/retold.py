"""Which candidates of a sentence stand as events of their own (split out of
:mod:`article`): words a speaker retells or quotes are the teller's statement, what one side
told the other in a call is the call's content, a report of an own-side act is the act, and
an act dated in the weeks after publication is a plan, not a deed."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from pipeline.extraction.candidate import Candidate
from pipeline.extraction.mention import DocMentions, Mention, definite
from pipeline.extraction.roles import argument_actors, is_future
from pipeline.types import ExtractedEvent, fold


def quoted_words(candidate: Candidate) -> bool:
    """A statement verb inside a quotation that has its speaker ("'Poland is to blame,' he
    said") is part of what the speaker said, not a statement of its own."""
    quote, trigger = candidate.quote, candidate.trigger
    return candidate.kind == "statement" and quote is not None and quote.speaker is not None \
        and trigger is not None and quote.start_char <= trigger.idx < quote.end_char \
        and (quote.verb is None or quote.verb.i != trigger.i)


def words_retold(candidate: Candidate, candidates: list[Candidate]) -> bool:
    """Whether a statement is another side's words as a speaker retells them ("according
    to her, Morawiecki promised ...", "Lukashenko said Duda had gone to Xi to complain"):
    the news is the teller's statement; the words retold are its content, unchecked.  Words
    of the teller's own side are its side's news ("Brazil and the US are seeking ..., a US
    official said")."""
    if candidate.kind != "statement" or candidate.trigger is None \
            or candidate.content is not None:
        return False
    inner = {m.country for m in candidate.sources if m.country}
    return bool(inner) and any(
        other.content and candidate.trigger.i in other.content
        and (teller := {m.country for m in other.sources if m.country})
        and not teller & inner
        for other in candidates)  # (its own content is None)


def voice_of_the_state(candidate: Candidate, candidates: list[Candidate]) -> list[Mention]:
    """"Jasina wrote on social media that Poland condemned the verdict": a state's words
    told by a named person of that state are said by that person (a spokesman speaks for
    his state), so the named people telling them are their doers; "..., a US official
    said" names no one, and the state's words stay its own."""
    if candidate.kind != "statement" or candidate.trigger is None or not candidate.sources \
            or any(m.kind not in ("country", "capital") for m in candidate.sources):
        return []
    states = {m.country for m in candidate.sources}
    for other in candidates:
        if other.content and candidate.trigger.i in other.content:
            people = [m for m in other.sources
                      if m.kind == "person" and m.name and m.country in states]
            if people:
                return people
    return []


TELLING_VERBS = frozenset({"tell", "inform", "notify", "assure", "reply", "answer", "write"})
"""Verbs of words addressed to a hearer: told to the other side, they are a contact."""
TELLER_PRONOUNS = frozenset({"it", "us"})
"""Hearers that are the report's teller itself ("the Polish side had told it", "told us")."""


def _hearers(verb: Token) -> list[Token]:
    """Who words are addressed to: "told it", "assured him", "wrote to the ministry"."""
    return [c for c in verb.children if c.dep_ in ("dobj", "dative")] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
        for g in c.children if g.dep_ == "pobj"]


def addressed(verb: Token) -> bool:
    """Whether a verb of saying tells its words to someone it names."""
    return verb.lemma_.lower() in TELLING_VERBS and bool(_hearers(verb))


def _teller(candidate: Candidate, candidates: list[Candidate]) -> Candidate | None:
    """The report a candidate's words are told in: the statement of the saying whose
    clause holds them (:attr:`Candidate.told_in`), or else an "according to" phrase's."""
    trigger = candidate.trigger
    assert trigger is not None
    return next((c for c in candidates if c.kind == "statement" and c.trigger is not None
                 and c.trigger.i == candidate.told_in), None) or next(
        (c for c in candidates if id(c) != id(candidate) and c.content
         and trigger.i in c.content), None)


def told_the_other_side(candidate: Candidate, candidates: list[Candidate],
                        mentions: DocMentions) -> list[Mention] | None:
    """"The State Border Committee said the Polish side had told it that repairs would
    begin": words one side addressed to the other, as a report tells them, are a contact
    between the two (the news is that the sides spoke), not words retold.  Returns the
    hearers ("it" or "us" is the teller itself); an empty list when the words are told to
    no one of another country than their speaker's, or in no report found (they are the
    report's content, as other sayings inside a saying); None when the candidate is no
    words addressed inside a report."""
    trigger = candidate.trigger
    if candidate.told_in is None or trigger is None:
        return None
    if candidate.kind != "statement" or not candidate.cameo.startswith("0"):
        return []  # ("had not notified Belarus": no contact; the report's content)
    teller = _teller(candidate, candidates)
    if teller is None:
        return []
    inner = {m.country for m in candidate.sources if m.country}
    hearers = [m for c in _hearers(trigger) for m in (
        teller.sources if c.lower_ in TELLER_PRONOUNS else argument_actors(c, mentions))
        if m.is_actor and m.country]
    return hearers if inner and any(m.country not in inner for m in hearers) else []


CONTACT_CODE = "040"  # consult: words addressed to the other side are a contact


def contacts_told(candidates: list[Candidate], mentions: DocMentions) -> list[Candidate]:
    """The sentence's candidates with words addressed inside a report turned into the
    contact they are when told to the other side, and dropped as the report's content
    otherwise; a contact is no report, so it comes before the reports that may tell it
    (as :func:`events.sentence_candidates` orders them)."""
    kept = []
    for candidate in candidates:
        hearers = told_the_other_side(candidate, candidates, mentions)
        if hearers == []:
            continue  # ("said its spokesman had told reporters ...": the report's words)
        if hearers:  # ("the Polish side had told it that ...": the sides spoke)
            candidate.kind, candidate.cameo, candidate.targets = "meeting", CONTACT_CODE, hearers
            candidate.content = None
        kept.append(candidate)
    return sorted(kept, key=lambda c: c.content is not None)


def said_in_the_call(candidate: Candidate, candidates: list[Candidate]) -> bool:
    """"had spoken by phone with Tsikhanouskaya and assured her that ...": what one side
    told the other in the contact is the contact's content, not a public statement."""
    trigger = candidate.trigger
    if candidate.kind != "statement" or trigger is None or trigger.dep_ != "conj":
        return False
    hearers = [c for c in trigger.children if c.dep_ in ("dobj", "dative")
               and (c.lower_ in ("him", "her", "them") or c.ent_type_ == "PERSON")]
    return bool(hearers) and any(other.kind == "meeting" and other.trigger is not None
                                 and other.trigger.i == trigger.head.i for other in candidates)


LETTER_NOUNS = frozenset({"letter", "note"})


def _letter_contact(trigger: Token) -> bool:
    """"wrote to the KNF", "a letter sent to the ministry", "handed over a note"."""
    if trigger.lemma_ == "write":
        return True
    return trigger.lemma_ in ("send", "deliver", "hand") and any(
        t.lemma_ in LETTER_NOUNS for t in [trigger.head, *trigger.children])


def said_in_the_letter(candidate: Candidate, candidates: list[Candidate]) -> bool:
    """"In a letter sent to the ministry, Łatuszka asked it to ...", "he wrote to the KNF,
    asking it to explain ...": a request made in a letter to the other side is the letter's
    content, a contact, not a public statement (an open letter has no addressee to be a
    contact with, and stays a statement)."""
    trigger = candidate.trigger
    if candidate.kind != "statement" or trigger is None:
        return False
    return any(other.kind == "meeting" and other.trigger is not None
               and _letter_contact(other.trigger)
               and (other.trigger.is_ancestor(trigger) or trigger.is_ancestor(other.trigger))
               for other in candidates)


def told_in_contact(candidate: Candidate, mentions: DocMentions, met: set[str]) -> bool:
    """"Duda telephoned Tsikhanouskaya ... Duda told her it was a difficult time", "she
    thanked him in turn and said ...": words one party of a contact just reported addresses
    to the other are the contact's content, not a public statement (``met``: the people of
    that contact)."""
    trigger = candidate.trigger
    if candidate.kind != "statement" or trigger is None or not met:
        return False
    speakers = {m.name for m in candidate.sources if m.kind == "person" and m.name}
    if not speakers & met:
        return False
    verbs = [trigger] + ([trigger.head] if trigger.dep_ == "conj" else [])
    objects = [c for verb in verbs for c in verb.children if c.dep_ in ("dobj", "dative")]
    if not any(c.lower_ in SCENE_PRONOUNS for c in objects) \
            and not any(t.lemma_.lower() in CONTACT_NOUNS for t in candidate.sentence):
        return False  # ("Latushka met the governor ... Latushka thanked the governor for
        # the centre": thanks told afterwards, not the scene of the contact going on)
    hearers = {m.name for c in objects for m in argument_actors(c, mentions)
               if m.kind == "person" and m.name}
    return bool(hearers & met - speakers)


SCENE_PRONOUNS = frozenset({"him", "her"})
"""A hearer named by a pronoun continues the scene of the contact just told."""
CONTACT_NOUNS = frozenset({"call", "conversation", "talk", "talks", "meeting"})


def reports_own_act(candidate: Candidate, produced: dict[int, set[str]]) -> bool:
    """Whether a report's clause holds an act already made into an event that involves the
    reporter's own country ("Minsk said Polish helicopters crossed"): the act is the news.
    A third side's account of an act between others ("Belarus said the Russian drones had
    entered Polish airspace") is also that side's statement about the country it names."""
    doc = candidate.sentence.doc
    acts = [produced[i] for i in candidate.content or () if i in produced
            and not _told_on(doc[i], candidate) and not _act_talked_about(doc[i])]
    if not acts:
        return False
    own = next((m.country for m in candidate.sources if m.country), None)
    return own is None or any(own in countries for countries in acts)


def _act_talked_about(word: Token) -> bool:
    """"asked about a possible Polish attack on Belarus, he answered": an act noun in a
    phrase of the words (about, of, against ...) is what they are about, not an act they
    report; "heard gunfire from the Polish side" reports one."""
    return word.pos_ in ("NOUN", "PROPN") and word.dep_ == "pobj"


INCIDENT_NOUNS = frozenset({"incident", "attack", "clash", "provocation", "shooting"})
"""Nouns of a physical incident: a report that one happened somewhere, at some hour, is
the incident's attribution."""
HAPPEN = frozenset({"happen", "occur"})


def places_an_incident(candidate: Candidate) -> bool:
    """"The incident happened at about 8 p.m., the Operational Command said", "According to
    the committee, the incident took place overnight": a service telling when and where an
    incident happened is that incident's source, not a statement about the other side (a
    border service reporting an incident makes no statement of its own)."""
    if candidate.kind != "statement" or not candidate.content:
        return False
    doc = candidate.sentence.doc
    return any(_happened(doc[i]) and not any(c.tag_ == "MD" for c in doc[i].children) and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in INCIDENT_NOUNS and definite(c)
        for c in doc[i].children) for i in candidate.content)
    # (told: "the incident", not "serious incidents" that "could occur")


BORDER_SERVICE_WORDS = ("border guard", "border committee", "border service")


def incidents_reported(candidate: Candidate, incidents: dict[int, list[ExtractedEvent]]
                       ) -> tuple[str, list[ExtractedEvent]] | None:
    """"The State Border Committee said Polish soldiers fired shots across the border": a
    border service reporting an incident of the other side's is the incident's source, not
    a statement of its own (the gold brief), and the incident is between the two sides, the
    service's own side the one it was done to.  Returns the service's country and the
    other side's one-sided incidents its clause tells, or None when it tells none (then the
    report stays a statement, so that the pair keeps the event)."""
    if candidate.kind != "statement" or not candidate.content:
        return None
    reporter = next((m.country for m in candidate.sources if m.kind == "org" and m.country
                     and any(w in fold(m.name or "") for w in BORDER_SERVICE_WORDS)), None)
    told = [e for i in sorted(candidate.content) for e in incidents.get(i, ())
            if len(set(e.countries)) == 1 and e.countries[0] != reporter]
    return (reporter, told) if reporter is not None and told else None


def _happened(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    return lemma in HAPPEN or lemma == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)


def message_hearers(candidate: Candidate, produced: dict[int, set[str]]) -> list[Mention]:
    """The sides a report's message went to ("he informed the ambassador that ..."): the
    countries of the contact in its clause, other than the speaker's, as the statement's
    targets."""
    doc = candidate.sentence.doc
    own = {m.country for m in candidate.sources if m.country}
    return [Mention(i, i + 1, "country", country) for i in sorted(candidate.content or ())
            if i in produced and _told_on(doc[i], candidate)
            for country in sorted(produced[i] - own)]


def _told_on(act: Token, candidate: Candidate) -> bool:
    """A contact that carried a message, passed by the one who now reports it."""
    return _message_passed(act) and _passed_by(act, candidate)


def _passed_by(act: Token, candidate: Candidate) -> bool:
    """Whether the reporter passed the message himself ("Przydacz tells reporters he
    informed the ambassador"), not a side telling what it was told ("the Polish railway
    administration notified Belarusian Railways that ..., its press service said")."""
    doc = act.doc
    words = {doc[i].lower_ for m in candidate.sources for i in range(m.start, m.end)}
    return any(c.dep_ == "nsubj" and (c.pos_ == "PRON" or c.lower_ in words)
               for c in act.children)


def _message_passed(act: Token) -> bool:
    """"Przydacz tells reporters he informed the ambassador that Poland does not accept this
    narrative": a contact that carried a message, told again in public, is also the
    speaker's public statement of that message (the contact stays an event of its own)."""
    if act.pos_ not in ("VERB", "AUX"):
        return False
    hearers = [c for c in act.children if c.dep_ in ("dobj", "dative")]
    # (the parser often reads "the ambassador that Poland does not accept ..." as a relative
    # clause on the hearer; one with a subject of its own is what was told)
    return bool(hearers) and (any(c.dep_ == "ccomp" for c in act.children) or any(
        c.dep_ == "relcl" and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)
        and any(m.dep_ == "nsubj" for m in c.children) for h in hearers for c in h.children))


PLAN_DAYS = 60


def planned(event: ExtractedEvent, published: dt.date | None) -> bool:
    """An act dated in the weeks after publication is a plan ("announced that on Monday he
    would ..."); a day a year ahead is rather a past day read forward, not a plan."""
    return published is not None and 0 < (event.date - published).days <= PLAN_DAYS


def intended(trigger: Token) -> bool:
    """A future act ("said Poland will reopen ..."); "would" is left out: in reported
    speech it is as often a past act's background as an intention."""
    return is_future(trigger)


def said_by_publication(event: ExtractedEvent, published: dt.date | None) -> None:
    """Words were said by the time the report was published: a statement dated after it
    took the day of what it announces ("has announced that he will run in the election in
    May"), so it is of the publication day instead."""
    if event.kind == "statement" and published is not None \
            and after_publication(event, published):
        event.date, event.date_precision, event.end_date = published, "day", None


def after_publication(event: ExtractedEvent, published: dt.date | None) -> bool:
    """Whether an event is dated after the report, at its date's precision."""
    if published is None:
        return False
    return {"day": event.date > published,
            "month": (event.date.year, event.date.month) > (published.year, published.month),
            "year": event.date.year > published.year}.get(event.date_precision, False)

