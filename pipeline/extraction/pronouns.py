"""What a pronoun stands for: "he", "she", "it", "they" in news text about two states.

Person pronouns look first at subjects (the subject of the clause that holds the pronoun,
then a person who is the subject of this or the previous sentence) and only then at the
nearest name; "it"/"they" look at bodies.  A person pronoun also agrees with the person's
sex where the name or title shows it (:func:`mention_gender`): "she" is never Morawiecki,
"he" never Tsikhanouskaya.  Slavic and Baltic names mark it reliably -- first names in
"-a" (Sviatlana, Anna, Iryna; a short list of male exceptions: Nikita, Ilya, Mykola, Kuba),
surnames in "-ska", "-cka", "-ova", "-aya", "-ytė" -- and so do titles ("spokeswoman",
"Mr").  A name that shows nothing (a surname alone, "Kallas", a first name in "-e" or "-i")
agrees with either pronoun.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.extraction.antecedents import definite_antecedent, titled_antecedent, with_the
from pipeline.extraction.entities import DocMentions, Mention
from pipeline.extraction.gazetteer import load_gazetteer
from pipeline.extraction.mention import mention_head
from pipeline.extraction.noun_phrases import np_mentions
from pipeline.types import fold

PLURAL_PRONOUNS = frozenset({"they", "them", "it", "its", "their"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
FEMALE_PRONOUNS = frozenset({"she", "her"})
FEMALE_TITLE_WORDS = frozenset({"spokeswoman", "chairwoman", "congresswoman", "ms", "mrs",
                                "madam", "madame", "queen", "princess", "baroness", "lady"})
MALE_TITLE_WORDS = frozenset({"spokesman", "chairman", "congressman", "mr", "king",
                              "prince", "baron", "lord", "sir"})
MALE_FIRST_NAMES_IN_A = frozenset({"nikita", "mykyta", "ilya", "ilia", "illia", "kuzma",
                                   "foma", "luka", "mykola", "sava", "savva", "danila",
                                   "kuba", "barnaba", "jarema", "bonawentura", "kosta",
                                   "joshua", "nikola", "jona", "zosima"})
EITHER_FIRST_NAMES = frozenset({"andrea", "sasha", "zhenya", "valya", "sasza"})
"""First names borne by men and women alike: they show nothing."""
FEMALE_SURNAME_ENDINGS = ("ska", "cka", "dzka", "owa", "ova", "eva", "ava", "aya", "yte",
                          "iene", "aite", "skaja")
MALE_SURNAME_ENDINGS = ("ski", "cki", "dzki", "ov", "ev", "au", "ou", "ich", "ovich")


def mention_gender(mention: Mention) -> str | None:
    """"f", "m" or None (not shown) for a person or role mention; see the module docstring."""
    if mention.kind not in ("person", "role"):
        return None
    words = set(fold(" ".join(filter(None, (mention.title, mention.surface)))).split())
    if words & FEMALE_TITLE_WORDS:
        return "f"
    if words & MALE_TITLE_WORDS:
        return "m"
    if not mention.name:  # (a role resolved to its holder has the holder's name: "the
        return None  # president's bureau" is Duda's, and "she" is not him)
    parts = fold(mention.name).replace("-", " ").split()
    surname = parts[-1]
    if surname.endswith(FEMALE_SURNAME_ENDINGS):
        return "f"
    if len(parts) >= 2 and parts[0].isalpha():
        first = parts[0]
        if first in EITHER_FIRST_NAMES:
            return None
        if first.endswith("a"):
            return "m" if first in MALE_FIRST_NAMES_IN_A else "f"
        if not first.endswith(("e", "i")):
            return "m"
    return "m" if surname.endswith(MALE_SURNAME_ENDINGS) else None


def agrees(pronoun: Token, mention: Mention) -> bool:
    """Whether a person pronoun can stand for ``mention`` (an unknown sex agrees)."""
    gender = mention_gender(mention)
    if gender is None or pronoun.lower_ not in PERSON_PRONOUNS:
        return True
    return (gender == "f") == (pronoun.lower_ in FEMALE_PRONOUNS)


def resolve_pronoun(token: Token, mentions: DocMentions) -> Mention | None:
    """The last organisation (they/it) or person (he/she) mentioned before ``token``; "it"
    is never a plural phrase ("border guards")."""
    word = token.lower_
    searches: list[tuple[tuple[str, ...], int]]
    if word in ("it", "its"):
        body = _recent_body_subject(token, mentions) if token.dep_ == "nsubj" else None
        if body is not None:
            return body
        if _unnamed_body(token, mentions):
            return None
        searches = [(("ministry", "org", "country", "capital"), 40), (("ministry", "org"), 400)]
    elif word in PLURAL_PRONOUNS:
        subject = _last_group_subject(token) if word == "they" else None
        if subject is not None and _unnamed_group(subject, token):
            return None
        group = _group_of(subject, mentions) if subject is not None else None
        if group is not None:
            return group
        searches = [(("ministry", "org"), 400)]
    elif word in PERSON_PRONOUNS:
        shared = _conjoined_object(token)
        if shared is not None:  # (a person the text does not name is no actor)
            found = mentions.at(shared)
            return found if found is not None and _person_for(token, found) else None
        governing = _governing_subject_person(token, mentions) \
            or _parallel_object(token, mentions) or _recent_subject(token, mentions) \
            or _recent_unpossessive(token, mentions)
        if governing is not None:
            return governing
        if token.dep_ == "nsubj" and _unnamed_role_subject(token, mentions):
            return None  # "The mayor of Białystok has admitted ... He said": the mayor, whom
            # the text never names, not the last man it did name
        chain = _chained_subject(token, mentions)
        if chain is not None:
            return chain
        searches = [(("person", "role"), 400)]
    else:
        return None
    said = _said_by(token)
    for kinds, window in searches:
        for mention in reversed(mentions.mentions):
            if token.i - mention.end > window:
                break
            if mention.end <= token.i and mention.kind in kinds \
                    and _placed_or_named(mention) and agrees(token, mention) \
                    and mention.start not in said \
                    and not (word in ("it", "its")
                             and token.doc[mention.end - 1].tag_ in ("NNS", "NNPS")) \
                    and token.doc[mention.end - 1].dep_ != "amod":  # ("the Belarusian side")
                return mention
    return None


def _chained_subject(token: Token, mentions: DocMentions) -> Mention | None:
    """"Asked what diplomacy had achieved for Borys and Poczobut, he conceded ... In the
    radio interview he said": when the text has gone on with "he" as a subject since it
    last named a man, that "he" is who it still means (resolved in turn), not the man
    named in passing before it."""
    last = next((m for m in reversed(mentions.mentions)
                 if m.end <= token.i and token.i - m.end <= 400
                 and _person_for(token, m)), None)
    if last is None:
        return None
    for word in reversed(token.doc[last.end:token.i]):
        if _subject_pronoun_like(word, token):
            return resolve_pronoun(word, mentions)
    return None


def _subject_pronoun_like(word: Token, pronoun: Token) -> bool:
    """Whether ``word`` is "he" or "she" as a subject, of the pronoun's sex: an earlier link
    of the chain the pronoun may continue."""
    return word.dep_ in ("nsubj", "nsubjpass") and word.lower_ in ("he", "she") \
        and (word.lower_ == "she") == (pronoun.lower_ in FEMALE_PRONOUNS)


def _said_by(token: Token) -> range:
    """"Illegal migration is supported by the Belarusian services, it says": the words the
    pronoun's own verb governs before it are what it says, never who says it ("Polish
    border guards, it wrote, were hiding ...": the clause it interrupts)."""
    own = token.head if token.dep_ in ("nsubj", "nsubjpass") else None
    if own is None:
        return range(0)
    if own.dep_ == "parataxis" and own.head.i != own.i:
        return range(own.head.left_edge.i, own.i)
    return range(own.left_edge.i, own.i)


def _placed_or_named(mention: Mention) -> bool:
    """Whether a mention can be a pronoun's antecedent: anything with a country, and a
    person the text names even without one ("Wojciech Kuśpik, who chairs the organiser,
    said ... He described Białystok as a gateway": still "he", though the statement then
    has no country of its own)."""
    return bool(mention.country) or (mention.kind in ("person", "role")
                                     and mention.name is not None)


def _person_for(pronoun: Token, mention: Mention | None) -> bool:
    """Whether a person or role mention can be what a person pronoun stands for."""
    return mention is not None and mention.kind in ("person", "role") \
        and _placed_or_named(mention) and agrees(pronoun, mention)


def _window_start(token: Token) -> int:
    """First token of the previous sentence (or of this one, when it is the first)."""
    sentence_start = token.sent.start
    return token.doc[sentence_start - 1].sent.start if sentence_start > 0 else 0


def _recent_subject(token: Token, mentions: DocMentions) -> Mention | None:
    """"It is the first time X, one of Y's aides, has visited Warsaw, and he ...": a person
    who is the subject of a clause of this or the previous sentence outranks one named in
    passing (a possessive, an apposition, an object), however near that one is."""
    sentence_start, start = token.sent.start, _window_start(token)
    described = _described_subject(token, start, mentions)
    said = _said_by(token)  # ("The dictator, he said, wanted", "If Poczobut were freed
    # tomorrow, the crossing would open, he said": who is talked about in the words is
    # not who says them)
    for mention in reversed(mentions.within(start, token.i)):
        if described is not None and described[0] > mention.start:
            break
        if not _person_for(token, mention) or mention.start in said:
            continue
        root = mention_head(token.doc, mention)
        if root.dep_ in ("nsubj", "nsubjpass") and root.head.i != token.head.i:
            # (never the subject of the pronoun's own verb: "the Marshal received her")
            return _reporting_subject(root, token, mentions) or mention
    if described is not None:
        return described[1]
    if sentence_start > 0:  # "On the same day he was received ... His talks": a chain
        for word in token.doc[start:sentence_start]:
            if _subject_pronoun_like(word, token):
                return resolve_pronoun(word, mentions)
            if word.lower_ in ("his", "her") and word.head.lemma_.lower() in VIEW_NOUNS \
                    and (word.lower_ == "her") == (token.lower_ in FEMALE_PRONOUNS):
                return resolve_pronoun(word, mentions)  # "In his view, Minsk had one motive
                # ... He called the incident ...": the one whose view it was
    return None


VIEW_NOUNS = frozenset({"view", "opinion", "words", "assessment", "judgement", "judgment"})
"""Nouns of "in his view": the holder of the view is the speaker the text goes on with."""


def _unnamed_role_subject(token: Token, mentions: DocMentions) -> bool:
    """Whether the subject of the previous sentence is a person by title alone ("The mayor
    of Białystok"), one that neither the text nor the gazetteer names."""
    if token.sent.start == 0:
        return False
    previous = token.doc[token.sent.start - 1].sent
    return any(word.dep_ == "nsubj" and word.pos_ == "NOUN" and word.head.dep_ == "ROOT"
               and fold(word.lemma_) in load_gazetteer().titles and mentions.at(word) is None
               and with_the(word)
               and not any(m.kind == "person" for m in np_mentions(word, mentions))
               for word in previous)


def _conjoined_object(token: Token) -> Token | None:
    """"The ministry summoned Poland's chargé d'affaires and handed him a note": the object
    pronoun of a verb joined to one that has an object is that object, named or not."""
    if token.dep_ not in ("dative", "dobj") or token.head.dep_ != "conj":
        return None
    return next((c for c in token.head.head.children
                 if c.dep_ == "dobj" and c.i < token.i and c.pos_ in ("NOUN", "PROPN")
                 and not _owned_by_pronoun(c)), None)


def _owned_by_pronoun(noun: Token) -> bool:
    """"A court heard his case and sentenced him": an object owned by "his" is the man's
    thing, not the man the second verb's pronoun stands for."""
    return any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in noun.children)


def _parallel_object(token: Token, mentions: DocMentions) -> Mention | None:
    """"The Marshal of the Senate, Kidawa-Błońska, received her. Sikorski also met her.": an
    object pronoun goes on with the same object pronoun of the previous sentence (the
    visitor met in turn), not with the host who received her."""
    if token.dep_ != "dobj" or token.sent.start == 0:
        return None
    for word in token.doc[_window_start(token):token.sent.start]:
        if word.dep_ == "dobj" and word.lower_ == token.lower_:
            found = resolve_pronoun(word, mentions)
            return found if found is not None and _person_for(token, found) else None
    return None


def _last_group_subject(token: Token) -> Token | None:
    """The subject "they" goes on with: the last plural noun or "they" that is a subject in
    this or the previous sentence, before the pronoun."""
    return next((word for word in reversed(token.doc[_window_start(token):token.i])
                 if word.dep_ in ("nsubj", "nsubjpass")
                 and (word.lower_ == "they" or word.tag_ == "NNS")), None)


def _unnamed_group(subject: Token, token: Token) -> bool:
    """"Independent commentators called him a gift to propaganda: the regime, they argued,
    ...": "they" in the sentence of a bare plural group is that group, which the text leaves
    unnamed, not the last body named before it."""
    return subject.lower_ != "they" and not with_the(subject) \
        and subject.sent == token.sent and subject.is_lower


def _group_of(subject: Token, mentions: DocMentions) -> Mention | None:
    """"The guests asked about the archives. They were also interested in ...": "they" as a
    subject goes on with the plural subject of this or the previous sentence, a group the
    text described ("the guests": the delegation), not the host body named in between."""
    if subject.lower_ == "they":
        return resolve_pronoun(subject, mentions)  # a chain: "The guests ... They ... they"
    if not with_the(subject):
        return None
    found = [m for m in definite_antecedent(subject, mentions) if m.country]
    return found[0] if found else None


def _described_subject(token: Token, start: int,
                       mentions: DocMentions) -> tuple[int, Mention] | None:
    """"Chushev handed him the flag and called Szynaka a friend. The head of the diplomatic
    mission returned to the topic ... He described relations as stable": the last subject
    before the pronoun (from ``start``) that describes a person named earlier by their title
    ("the diplomat", "the head of mission"), with its position."""
    for word in reversed(token.doc[start:token.i]):
        if word.dep_ not in ("nsubj", "nsubjpass") or word.pos_ != "NOUN" \
                or not with_the(word):
            continue
        person = next(iter(titled_antecedent(word, mentions)), None) or next(
            (m for m in definite_antecedent(word, mentions) if m.kind == "person"), None)
        # ("the deputy marshal" after "Podlaskie's deputy marshal, Sebastian Łukaszewicz")
        if person is not None and _person_for(token, person):
            return word.i, person
    return None


def _recent_body_subject(token: Token, mentions: DocMentions) -> Mention | None:
    """"The committee also charged that Warsaw was twisting the picture. Polish border
    guards, it wrote, were hiding ...": a body that is the subject of a clause of this or
    the previous sentence outranks a state named inside what it says, however near."""
    said = token.head.head if token.head.dep_ == "parataxis" else token.head
    for mention in reversed(mentions.within(_window_start(token), token.i)):
        if mention.kind not in ("ministry", "org") or not mention.country \
                or said.left_edge.i <= mention.start < token.i:
            continue
        root = mention_head(token.doc, mention)
        if root.dep_ in ("nsubj", "nsubjpass"):
            return mention
    return None


def _unnamed_body(token: Token, mentions: DocMentions) -> bool:
    """"Appeals to Minsk had achieved nothing, the club wrote ... It asked Polish
    parliamentarians": "it" as a subject goes on with the body the text last had as a
    subject, here one it calls by a common noun and no name -- not a state named inside
    what that body said."""
    if token.dep_ != "nsubj":
        return False
    subject = next((t for t in reversed(token.doc[_window_start(token):token.i])
                    if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ != "PRON"), None)
    return subject is not None and subject.tag_ == "NN" and mentions.at(subject) is None \
        and subject.lemma_.lower() in BODY_NOUNS


BODY_NOUNS = frozenset({"club", "society", "association", "foundation", "union", "party",
                        "organisation", "organization", "movement", "federation",
                        "chamber", "church", "network", "alliance"})
"""Bodies a text may go on calling by a common noun alone ("the club")."""


def _recent_unpossessive(token: Token, mentions: DocMentions) -> Mention | None:
    """"Morawiecki ... predicted sanctions that would hurt Łukašenka's regime. Poland, he
    added, ...": with no subject to go by (the parser may miss it), a person named as a
    possessor ("Łukašenka's regime") in this or the previous sentence is named in passing;
    the last person named otherwise is meant."""
    for mention in reversed(mentions.within(_window_start(token), token.i)):
        if _person_for(token, mention) and token.doc[mention.end - 1].dep_ != "poss":
            return mention
    return None


def _reporting_subject(subject: Token, pronoun: Token,
                       mentions: DocMentions) -> Mention | None:
    """"X told an audience that Warsaw was using migrants and that Duda had gone to Xi to
    complain. Belarus, he said, ...": a subject inside what a person reports is a person the
    report is about; the person reporting it (the subject of the verb the report hangs on)
    is who goes on talking."""
    clause = subject.head
    found: Mention | None = None
    for _ in range(6):
        if clause.dep_ not in ("ccomp", "conj", "parataxis", "advcl", "csubj") \
                or clause.head.i == clause.i:
            break
        clause = clause.head
        for child in clause.children:
            person = mentions.at(child) if child.dep_ == "nsubj" else None
            if person is None and child.dep_ == "nsubj" and child.i < pronoun.i \
                    and _subject_pronoun_like(child, pronoun):
                person = resolve_pronoun(child, mentions)  # ("If Poczobut were freed, the
                # crossing would open, he said. He also warned": who said it goes on)
            if _person_for(pronoun, person):
                found = person
    return found


def _governing_subject_person(token: Token, mentions: DocMentions) -> Mention | None:
    """'The leader showed Putin a map that he said ...': a pronoun inside a clause refers
    to the subject of the clause that contains it (subjects outrank objects as antecedents),
    not to the nearest name.  (Not "The dictator in Minsk, he said, wanted ...": the
    clause a saying interrupts is what is said, and its subject is not the one saying it.)"""
    if token.dep_ == "nsubj" and token.head.dep_ == "parataxis":
        return None
    current = token.head
    for _ in range(6):
        if current.head.i == current.i and current.dep_ != "ROOT":
            break
        for child in current.children:
            if child.dep_ == "nsubj" and child.i < token.i and current.i != token.head.i:
                mention = mentions.at(child)
                if _person_for(token, mention):
                    return mention
        if current.head.i == current.i:
            break
        current = current.head
    return None
