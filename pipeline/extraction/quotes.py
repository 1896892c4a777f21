"""Direct quotations and who said them.

A quotation is the text between typographic (“...”) or straight ("...") double quotes; it
may span several sentences.  Its speaker comes from the attribution clause:

* after the closing quote in the same sentence: ``“...,” MoD Spokesman X told Belsat``,
  ``“...,” they noted`` (a pronoun points back to the last organisation or person),
  ``“...,” said X``;
* else before the opening quote: ``X said: “...”`` or a lead-in sentence ending in a colon
  whose subject is the speaker (``The Polish Defense Ministry has been scant of comments:``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from pipeline.extraction.entities import DocMentions, Mention
from pipeline.extraction.gazetteer import load_gazetteer
from pipeline.extraction.roles import argument_actors, subject_of
from pipeline.extraction.trigger_select import fitting

_QUOTE = re.compile(r"“([^”]{3,}?)”|\"([^\"]{3,}?)\"", re.S)
SPEECH_ROOTS = ("01", "02", "10", "11", "12", "13")


@dataclass
class Quote:
    """One quotation: character span of its text, its sentences and its attribution."""

    start_char: int
    end_char: int
    sentences: list[Span]
    verb: Token | None
    speaker: Mention | None
    text: str
    document_text: str
    about_start: int | None = None  # an interview answer: where its question starts


def _is_speech_verb(token: Token) -> bool:
    """A verb with a statement row of a speech root; a row that asks for an object counts
    only with that object ("presented the plan" speaks, "presented Michalski with the
    medal 'For fruitful work'" does not: the quoted words are the medal's name)."""
    gaz = load_gazetteer()
    candidates = gaz.triggers.get(token.lemma_.lower(), [])
    return token.pos_ in ("VERB", "AUX") and any(
        t.kind == "statement" and t.cameo.startswith(SPEECH_ROOTS)
        and (t.requires is None or t.requires[0] != "obj" or fitting(t, token, gaz))
        for t in candidates)


def _speaker_from(verb: Token, mentions: DocMentions) -> Mention | None:
    subjects, passive = subject_of(verb)
    if passive:
        return None
    for subject in subjects:
        actors = argument_actors(subject, mentions)
        if actors and actors[0].kind in ("country", "capital"):
            # "Poland's chargé d'affaires in Minsk, Marcin Wojciechowski": the name
            actors = _named_beside(subject, mentions) or actors
        if actors:
            return actors[0]
    # "said X" inversion: the subject follows the verb
    for child in verb.children:
        if child.dep_ in ("nsubj", "dobj", "attr") and child.i > verb.i:
            actors = argument_actors(child, mentions)
            if actors:
                return actors[0]
    return None


def _named_beside(title: Token, mentions: DocMentions) -> list[Mention]:
    """A person named beside a title with a country ("Poland's chargé d'affaires in Minsk,
    Marcin Wojciechowski"), which the parser hangs as an apposition, an adverbial or a
    conjunct without "and": the holder is the speaker, not the country."""
    coordinated = any(c.dep_ == "cc" for c in title.children)
    return [m for c in title.children
            if c.dep_ in ("appos", "npadvmod") or (c.dep_ == "conj" and not coordinated)
            if (m := mentions.at(c)) is not None and m.kind == "person" and m.name]


def find_quotes(doc: Doc, sentences: list[Span], mentions: DocMentions) -> list[Quote]:
    """Every quotation of the document with its attribution (speaker may stay unknown)."""
    quotes: list[Quote] = []
    text = doc.text
    for match in _QUOTE.finditer(text):
        start, end = match.start(), match.end()
        inside = [s for s in sentences if s.end_char > start and s.start_char < end]
        if not inside or _scare_quote(match.group(1) or match.group(2), inside[0], start):
            continue
        verb, speaker = _attribution_after(inside[-1], end, mentions)
        position = sentences.index(inside[-1])
        if verb is None and position + 1 < len(sentences):
            following = sentences[position + 1]
            if following.start_char - end <= 2 and len(following) <= 12:
                verb, speaker = _attribution_after(following, end, mentions)
        if verb is None:
            verb, speaker = _attribution_before(sentences, inside[0], start, mentions)
        quotes.append(Quote(start + 1, end - 1, inside, verb, speaker, text[start + 1:end - 1],
                            text))
    return quotes + interview_answers(doc, sentences, mentions, quotes, text)


SCARE_WORDS = 3


def _scare_quote(words: str, sentence: Span, start: int) -> bool:
    """'had left "for consultations" in Warsaw', 'a "border incident"': a few words quoted
    inside a sentence of the writer's are a label held at a distance, not speech."""
    return len(words.split()) <= SCARE_WORDS and start > sentence.start_char \
        and not _lead_in(sentence, start)


def _lead_in(sentence: Span, start: int) -> bool:
    """Whether the quotation follows a colon or a speech verb ("he said: "...", "replied
    "never"")."""
    before = sentence.doc.text[sentence.start_char:start].rstrip()
    if before.endswith((":", ",")):
        return before.endswith(":") or any(_is_speech_verb(t) for t in sentence
                                           if t.idx < start and t.idx >= start - 30)
    return any(_is_speech_verb(t) for t in sentence if start - 20 <= t.idx < start)


ANSWER = re.compile(r"^[ \t]*(?:A|Answer)[ \t]*[:.–-][ \t]*", re.M)
QUESTION = re.compile(r"^[ \t]*(?:Q|Question)[ \t]*[:.–-]", re.M)


def interview_answers(doc: Doc, sentences: list[Span], mentions: DocMentions,
                      quotes: list[Quote], text: str) -> list[Quote]:
    """The answers of a question-and-answer interview ("Q: ... / A: ...") as quotations of
    the person interviewed: the last person the introduction before the first question
    names as a subject ("X discussed the case with the agency. Excerpts:").  ``text`` is
    ``doc.text``, which spaCy rebuilds on every access."""
    first_question = QUESTION.search(text)
    if first_question is None:
        return []
    intro = [m for m in mentions.mentions if m.kind in ("person", "role") and m.name
             and doc[m.start].idx < first_question.start()]
    subjects = [m for m in intro if doc[m.end - 1].dep_ in ("nsubj", "nsubjpass")]
    if not intro:
        return []
    speaker = (subjects or intro)[-1]
    answers: list[Quote] = []
    for match in ANSWER.finditer(text):
        start = match.end()
        newline = text.find("\n", start)
        end = len(text) if newline < 0 else newline
        inside = [s for s in sentences if s.start_char < end and s.end_char > start]
        if inside and not any(q.start_char < end and q.end_char > start for q in quotes):
            asked = [q.start() for q in QUESTION.finditer(text, 0, start)]
            answers.append(Quote(start, end, inside, None, speaker, text[start:end], text,
                                 asked[-1] if asked else None))
    return answers


def _attribution_after(sentence: Span, quote_end: int,
                       mentions: DocMentions) -> tuple[Token | None, Mention | None]:
    for token in sentence:
        if token.idx >= quote_end and _is_speech_verb(token):
            return token, _speaker_from(token, mentions)
    return None, None


def _attribution_before(sentences: list[Span], first: Span, quote_start: int,
                        mentions: DocMentions) -> tuple[Token | None, Mention | None]:
    lead_in = [t for t in first if t.idx < quote_start]
    for token in lead_in:
        if _is_speech_verb(token):
            return token, _speaker_from(token, mentions)
    if len(lead_in) >= 2 and lead_in[-1].text == ":":
        named = mentions.at(lead_in[-2])  # 'Lukashenka: “...”' (headline style)
        if named is not None and named.is_actor and named.kind != "country":
            return None, named
    position = sentences.index(first) if first in sentences else -1
    if position > 0:
        lead = sentences[position - 1]
        if lead.text.rstrip().endswith(":"):
            for token in lead:
                if token.dep_ == "ROOT":
                    return token, _speaker_from(token, mentions)
    return None, None
