"""Who speaks or acts when the text leaves it to the story: "Minsk said" speaks through
the official or ministry of Minsk the text names; an official the text names without a
country, speaking about one side of the story's pair, is of the other side; a diplomat
summoned with no summoner named is summoned by the other side.  Split out of :mod:`article`."""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.extraction.events import Candidate, Context
from pipeline.extraction.mention import OFFICIAL_WORDS, DocMentions, Mention
from pipeline.types import fold


def home_side(speaker: Mention, candidate: Candidate, ctx: Context) -> None:
    """"Deputy Education Minister X accused Lukashenka of ...": an official the text names
    without a country, speaking about one side of the pair the story is about, is of the
    other side -- a reporter names the country of a third party's official ("the US
    chargé"), not of the story's own side.  Only officials (their title says so) and only
    when the article has already reported an event of that pair."""
    if not speaker.title or not any(word in fold(speaker.title) for word in OFFICIAL_WORDS):
        return
    about = list(dict.fromkeys(t.country for t in candidate.targets if t.country))
    if len(about) != 1:
        return
    for _start, pair in reversed(ctx.pair_events):
        if about[0] in pair:
            speaker.country = pair[1] if pair[0] == about[0] else pair[0]
            return


def voice_of(state: Mention, mentions: DocMentions, sentence: Span) -> Mention | None:
    """'Minsk said': a capital or country speaks through an official of it the same sentence
    names ("Government spokesman X gave the figures, and Warsaw accused ..."), else through
    the ministry of it the article last named ("the Belarusian Foreign Ministry summoned ...
    Minsk said ..."), if any."""
    for mention in mentions.within(sentence.start, sentence.end):
        if mention.kind in ("person", "role") and mention.name and mention.title \
                and mention.country == state.country \
                and any(word in fold(mention.title) for word in OFFICIAL_WORDS):
            return mention
    for mention in reversed(mentions.mentions):
        if mention.start < state.start and mention.kind == "ministry" \
                and mention.country == state.country and mention.name:
            return mention
    return None


def host_of(candidate: Candidate, ctx: Context) -> list[Mention]:
    """"The Polish chargé d'affaires was summoned on Tuesday": a diplomat is summoned by
    the state he is posted to, which in a story about a pair is the other side of it (the
    last event of the pair the article reported).  Nothing when the article reported none."""
    summoned = list(dict.fromkeys(t.country for t in candidate.targets if t.country))
    if len(summoned) != 1 or candidate.trigger is None:
        return []
    for _start, pair in reversed(ctx.pair_events):
        if summoned[0] in pair:
            host = pair[1] if pair[0] == summoned[0] else pair[0]
            return [Mention(candidate.trigger.i, candidate.trigger.i + 1, "country", host)]
    return []
