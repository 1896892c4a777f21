"""What a definite noun phrase refers back to: "the minister", "the diplomat", "the
visitors", "the two" name people or bodies told earlier in the article (split out of
:mod:`roles`, which reads an argument's actors and falls back on these)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Token

from pipeline.extraction.entities import DocMentions, Mention
from pipeline.extraction.gazetteer import load_gazetteer
from pipeline.extraction.mention import definite
from pipeline.extraction.noun_phrases import np_mentions
from pipeline.types import fold

ANTECEDENT_WINDOW = 250  # tokens searched back for a definite noun's antecedent


def with_the(word: Token) -> bool:
    """Whether the noun has "the" as its determiner ("the minister", "the guests")."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in word.children)


def the_two(head: Token) -> bool:
    """"the two", "the two ministers": a definite pair of people that refers back ("the two
    sides", "the two parliaments" are not people)."""
    pair_of_people = head.lower_ == "two" or head.lemma_.lower() in PAIR_OF_PEOPLE and any(
        c.dep_ == "nummod" and c.lower_ == "two" for c in head.children)
    return pair_of_people and with_the(head)


PAIR_OF_PEOPLE = frozenset({"man", "woman", "minister", "leader", "president", "official",
                            "diplomat", "politician", "premier", "counterpart", "head"})
"""Nouns of people that "the two ..." may count."""


SAME_PEOPLE = PAIR_OF_PEOPLE | {"officer", "general", "person", "spokesman", "spokeswoman"}
"""Nouns of people that "the same ..." names again: those "the two ..." counts, and more."""


def two_named_before(head: Token, mentions: DocMentions) -> list[Mention]:
    """"Szejna assured Latushka when the two met in Warsaw": the last two people named before
    the phrase (within the antecedent window) are the two it refers to."""
    found: list[Mention] = []
    for mention in people_named_before(head, mentions):
        if all(m.name != mention.name for m in found):
            found.append(mention)
        if len(found) == 2:
            return found[::-1]
    return []


def definite_antecedent(head: Token, mentions: DocMentions) -> list[Mention]:
    """'A Polish soldier crossed ... The soldier was detained': a definite noun with no
    country of its own is the last earlier noun with the same head word that had one."""
    if head.pos_ != "NOUN" or not definite(head):
        return []
    if any(c.dep_ == "amod" and c.lower_ == "same" for c in head.children) \
            and (head.lemma_.lower() in SAME_PEOPLE
                 or fold(head.lemma_) in load_gazetteer().titles):
        # "On 24 August the same officer wrote ...": the person the text just named
        return next(([person] for person in people_named_before(head, mentions)), [])
    doc = head.doc
    party = head.lemma_.lower() in VISITING_PARTY
    for index in range(head.i - 1, max(-1, head.i - ANTECEDENT_WINDOW), -1):
        earlier = doc[index]
        if party and earlier.lemma_.lower() in VISITING_PARTY and earlier.pos_ == "NOUN":
            # "A delegation from Poland's Lubelskie Voivodeship ... the visitors discussed"
            found = [m for m in np_mentions(earlier, mentions) if m.is_actor and m.country]
            if not found and earlier.dep_ == "nsubjpass" and earlier.head.lemma_ == "lead":
                # "The delegation was led by Alyaksandr Rumak, Belarus's deputy minister":
                # a party named by its leader is of the leader's side
                found = [m for agent in earlier.head.children if agent.dep_ == "agent"
                         for t in agent.subtree if (m := mentions.at(t)) is not None
                         and m.is_actor and m.country]  # (or of the country its title names)
            if found:
                return found[:1]
        if earlier.lemma_ == head.lemma_ and earlier.pos_ == "NOUN" \
                and not _other_office(earlier, head):
            own = mentions.at(earlier)
            if own is not None and own.kind == "role" and own.name and own.country:
                return [own]  # "Poland's defence minister, Błaszczak, ... the minister": him
            person = _appositive_person(earlier, mentions)
            if person is not None:
                return [person]  # "the governor of Podlaskie, Artur Kosicki ... the governor"
            found = [m for child in earlier.children if child.dep_ in ("amod", "compound", "poss")
                     if (m := mentions.at(child)) is not None and m.is_actor and m.country]
            named = _named_before_comma(earlier, mentions)
            if named is not None and named.kind in ("org", "ministry") and named.country:
                found = [named]  # "the Council of the Republic, the upper house of ...": it
            if found:
                return found[:1]
    return titled_antecedent(head, mentions)


def _appositive_person(noun: Token, mentions: DocMentions) -> Mention | None:
    """The person a role noun's phrase names beside it ("the marshal of Podlaskie, Artur
    Kosicki"): the parser may hang the name on the noun or on the place after "of"."""
    for token in noun.subtree:
        mention = mentions.at(token) if token.dep_ == "appos" else None
        if mention is not None and mention.kind == "person" and mention.country:
            return mention
    return None


def _named_before_comma(noun: Token, mentions: DocMentions) -> Mention | None:
    """The name a descriptive noun phrase stands beside ("the Council of the Republic, the
    upper house of Belarus's parliament"), read by position: the parser may hang the
    description on another noun of the sentence."""
    start = noun.left_edge.i
    if noun.dep_ != "appos" or start < 2 or noun.doc[start - 1].text != ",":
        return None
    return mentions.at(noun.doc[start - 2])


VISITING_PARTY = frozenset({"delegation", "visitor", "guest", "delegate"})
"""Words for a visiting party: "the visitors", "the guests" name the delegation told before."""


def holder_named_before(head: Token, bodies: list[Mention],
                        mentions: DocMentions) -> list[Mention]:
    """"Chairman of the State Security Committee Ivan Tertel told journalists ... The KGB
    chairman noted that ...": "the <body> <role>" is the person named earlier with that role
    in that body, not the body itself."""
    role = fold(head.text)
    if head.pos_ != "NOUN" or role not in load_gazetteer().titles \
            or not with_the(head):
        return []
    names = [fold(m.name) for m in bodies if m.name]
    for person in people_named_before(head, mentions):
        title = fold(person.title or "")
        named_with = {fold(t.text) for t in head.doc[max(0, person.start - 8):person.start]}
        if role in set(title.split()) | named_with and any(
                name in title or name == fold(person.organization or "") for name in names):
            return [person]  # (the role word in its title, or just before the name)
    return []


def titled_antecedent(head: Token, mentions: DocMentions) -> list[Mention]:
    """"X, press secretary of the ministry, stated ... According to the press secretary":
    a definite role noun is the last person named before it with that title."""
    words = " ".join(t.lower_ for t in head.subtree
                     if t.i == head.i or (t.dep_ in ("compound", "amod") and t.head.i == head.i
                                          and t.lower_ not in FORMER_WORDS))
    # ("the former prime minister": the person whose title says prime minister)
    titles: tuple[str, ...] = DIPLOMAT_TITLES if words == "diplomat" \
        or _head_of_mission(head) else (words,)
    headed = HEADS_OF.get(_of_object(head)) if head.lemma_.lower() == "head" else None
    if headed is not None:  # "the head of government": the prime minister, not a president
        titles = headed
    return next(([person] for person in people_named_before(head, mentions)
                 if person.title and any(_titled(t, _role(fold(person.title))) for t in titles)),
                [])


def _role(title: str) -> str:
    """The role a title names, without the body it works for or the place ("reporter for
    the Belsat channel": "the channel" is no name for her; "ambassador in Warsaw")."""
    return ROLE_END.split(title, maxsplit=1)[0]


ROLE_END = re.compile(r" (?:for|at|with|in|from) ")
"""Where a title's role ends and its body or place begins."""


def _of_objects(noun: Token) -> list[Token]:
    """The nouns a noun's "of" phrases name ("head of government": "government")."""
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"]


def _of_object(noun: Token) -> str:
    """The word a noun's first "of" phrase names, or ""."""
    return next((g.lower_ for g in _of_objects(noun)), "")


def _other_office(earlier: Token, later: Token) -> bool:
    """"The head of state ... the head of government": one noun, two offices."""
    before, now = _of_object(earlier), _of_object(later)
    return bool(before) and bool(now) and before != now


HEADS_OF = {"government": ("prime minister", "premier"), "state": ("president",)}
"""What "the head of government" and "the head of state" are called in titles."""


def _titled(words: str, title: str) -> bool:
    """Whether a role noun names a title: "the minister" is not the prime minister, whom a
    text calls "the prime minister" or "the premier" ("Michał Dworczyk, who runs the
    chancellery of Prime Minister Mateusz Morawiecki. The minister said": Dworczyk). A
    secretary or undersecretary of state is a minister too: Poland's are called so ("Adam
    Kwiatkowski, the secretary of state in Andrzej Duda's chancellery ... the minister")."""
    if words == "minister":
        return "minister" in title.replace("prime minister", "") \
            or "secretary of state" in title
    return words in title


def _head_of_mission(head: Token) -> bool:
    """"the head of the diplomatic mission", "the head of mission": an ambassador or chargé."""
    return head.lemma_.lower() == "head" and any(
        g.lemma_.lower() == "mission" for g in _of_objects(head))


FORMER_WORDS = frozenset({"former", "then", "ex", "onetime", "one-time", "erstwhile"})
"""Words that date a title without changing whom it names."""


DIPLOMAT_TITLES = ("diplomat", "ambassador", "envoy", "charge", "consul", "attache",
                   "counsellor", "head of mission")
"""Titles "the diplomat" refers back to ("Ambassador X said ... According to the diplomat")."""


def people_named_before(head: Token, mentions: DocMentions) -> Iterator[Mention]:
    """People with a country named before ``head`` within the antecedent window, the
    nearest first: the candidates a role noun named again ("the press secretary") refers to."""
    for mention in reversed(mentions.mentions):
        if mention.end > head.i:
            continue
        if head.i - mention.end > ANTECEDENT_WINDOW:
            return
        if mention.kind == "person" and mention.country:
            yield mention
