"""Who speaks or acts when the text leaves it to the story: "Minsk said" speaks through
the official or ministry of Minsk the text names; an official the text names without a
country, speaking about one side of the story's pair, is of the other side; a diplomat
summoned with no summoner named is summoned by the other side.  Split out of :mod:`article`."""

from __future__ import annotations

from itertools import islice

from spacy.tokens import Span, Token

from pipeline.extraction.candidate import Candidate, Context
from pipeline.extraction.gazetteer import load_gazetteer, stateless_body
from pipeline.extraction.meeting_sides import local_officer
from pipeline.extraction.mention import DocMentions, Mention, doc_sentences, is_official


def home_side(speaker: Mention, candidate: Candidate, ctx: Context) -> None:
    """"Deputy Education Minister X accused Lukashenka of ...": an official the text names
    without a country, speaking about one side of the pair the story is about, is of the
    other side -- a reporter names the country of a third party's official ("the US
    chargé"), not of the story's own side.  Only officials (their title says so); the other
    side is that of the pair the article has reported, or before it has reported one, the
    other of the two countries it names most (:meth:`Context.facing`)."""
    if not is_official(speaker.title) or of_no_state(speaker):
        return
    about = list(dict.fromkeys(t.country for t in candidate.targets if t.country))
    if len(about) == 1:
        speaker.country = ctx.facing(about[0])


def of_no_state(person: Mention) -> bool:
    """"Josep Borrell, the EU's foreign policy chief": an official of an international body
    (or one the gazetteer knows as such) speaks for no state, so for neither side."""
    if stateless_body(person.organization):
        return True
    entry = load_gazetteer().persons.get(person.name or "")
    return entry is not None and not entry.country


def counterpart_side(candidate: Candidate, ctx: Context) -> None:
    """"The society's board met Consul General Siarhei Mikhnevich": an official the text
    names without a country, met by one side of the story's pair, is of the other side (as
    :func:`home_side` does for a speaker)."""
    known = list(dict.fromkeys(m.country for m in candidate.sources + candidate.targets
                               if m.country))
    if len(known) != 1:
        return
    for mention in candidate.sources + candidate.targets:
        if mention.country is None and mention.kind in ("person", "role") and mention.name \
                and is_official(mention.title) and not of_no_state(mention):
            # (before a pair is told, a mayor serves the place of the contact instead:
            # meeting_sides.local_side)
            mention.country = ctx.partner_of(known[0]) if local_officer(mention) \
                else ctx.facing(known[0])


def voice_of(state: Mention, mentions: DocMentions, sentence: Span) -> Mention | None:
    """'Minsk said': a capital or country speaks through an official of it the same sentence
    names ("Government spokesman X gave the figures, and Warsaw accused ..."), else through
    the ministry of it the article last named ("the Belarusian Foreign Ministry summoned ...
    Minsk said ..."), if any."""
    for mention in mentions.within(sentence.start, sentence.end):
        if mention.kind in ("person", "role") and mention.name and mention.title \
                and mention.country == state.country \
                and is_official(mention.title):
            return mention
    for mention in reversed(mentions.mentions):
        if mention.start < state.start and mention.kind == "ministry" \
                and mention.country == state.country and mention.name:
            return mention
    # "MINSK - Belarus accused Poland of ... [next paragraph] Belarus's State Border
    # Committee said ...": a lede's state speaks through the body the next sentences name
    following = list(islice((s for s in doc_sentences(sentence.doc) if s.start >= sentence.end),
                            FOLLOWING_SENTENCES))
    if following:
        for mention in mentions.within(following[0].start, following[-1].end):
            if mention.kind == "ministry" and mention.country == state.country and mention.name:
                return mention
    return None


FOLLOWING_SENTENCES = 2


def host_of(candidate: Candidate, ctx: Context) -> list[Mention]:
    """"The Polish chargé d'affaires was summoned on Tuesday": a diplomat is summoned by
    the state he is posted to, which in a story about a pair is the other side of it (the
    last event of the pair the article reported).  Nothing when the article reported none:
    with no pair told, a summons may be a domestic one ("the prosecutor summoned him")."""
    summoned = list(dict.fromkeys(t.country for t in candidate.targets if t.country))
    if len(summoned) != 1 or candidate.trigger is None:
        return []
    host = ctx.partner_of(summoned[0])
    if host is None:
        return []
    return [Mention(candidate.trigger.i, candidate.trigger.i + 1, "country", host)]


TOLD_LEMMAS = frozenset({"notify", "inform"})


def was_told(trigger: Token | None) -> bool:
    """"The Polish side was notified of a border incident": like a summoned diplomat, a side
    told something by no one named was told by the other side of the story's pair."""
    return trigger is not None and trigger.lemma_ in TOLD_LEMMAS and trigger.tag_ == "VBN" \
        and any(c.dep_ == "auxpass" for c in trigger.children)


DIPLOMAT_NOUNS = frozenset({"ambassador", "envoy", "consul", "chargé", "charge"})


def posting_of(speaker: Mention, sentence: Span, mentions: DocMentions) -> str | None:
    """"Poland's ambassador to Belarus, Artur Michalski, said the festival helped the two
    peoples understand each other": a diplomat speaking of "the two peoples" or "relations"
    speaks of his state and the state he is posted to, whatever the article told before."""
    for token in sentence:
        if token.lemma_.lower() not in DIPLOMAT_NOUNS:
            continue
        if token.dep_ == "compound":
            token = token.head  # "consul general in Grodno": the title is the phrase
        titled = speaker.start <= token.head.i < speaker.end or any(
            t.dep_ == "appos" and speaker.start <= t.i < speaker.end for t in token.subtree)
        # (the parser may hang the name on the posting: "ambassador to Belarus, Artur M.")
        if not titled:
            continue  # (another diplomat's title)
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in ("to", "in"):
                for noun in prep.children:
                    where = mentions.at(noun)
                    if where is not None and where.country and where.country != speaker.country \
                            and where.kind in ("country", "capital", "place"):
                        return where.country
    return None


VOICE_PREPS = frozenset({"through", "via"})


def spoken_through(trigger: Token | None, mentions: DocMentions) -> Mention | None:
    """"The foreign ministry, through its spokesman Paweł Wroński, says ...": the person a
    body speaks through is the one who said it (as "ministry spokesman X said" is)."""
    if trigger is None:
        return None
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ in VOICE_PREPS:
            for token in prep.subtree:
                person = mentions.at(token)
                if person is not None and person.kind == "person" and person.name:
                    return person
    return None
