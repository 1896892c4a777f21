"""What a statement is about when its words alone would leave it one-sided or point
elsewhere: the pair of the measure it tells of, or the story's pair when its speaker is one
side of it and names the other.  Retargeting a statement rebuilds its one-line summary."""

from __future__ import annotations

from collections import Counter

from pipeline.cameo import lookup
from pipeline.extraction.entities import EMBASSY, embassy_name
from pipeline.extraction.gazetteer import load_gazetteer
from pipeline.types import ExtractedEvent


def event_summary(kind: str, code: str, source: str | None, target: str | None,
                  where: str | None, who: str | None) -> str:
    """A one-line summary for the timeline's table and hover: who, what (the CAMEO label),
    towards whom, where ("Mariusz Kamiński (Poland): Sanctions, embargo or boycott,
    towards Belarus, in Warsaw").  The evidence sentence is kept apart, word for word."""
    names = load_gazetteer().country_names
    found = lookup(code)
    what = found.label if found is not None else kind
    side = names.get(source or "", source)
    doer = f"{who} ({side})" if who and side and side not in who else (who or side or "?")
    toward = f", towards {names.get(target, target)}" if target and target != source else ""
    place = f", in {where}" if where else ""
    return f"{doer}: {what}{toward}{place}"


def about_the_story_pair(events: list[ExtractedEvent],
                         said_about: dict[int, set[str]]) -> None:
    """"Sikorski said that Hungary had blocked a statement on the electoral farce in
    Belarus", "Duda said his visit to Beijing mattered because of the war in Ukraine and
    Belarus's hybrid attack": in a story about one pair (the pair most of its events are
    between), a statement by one of its sides that names the other side, though its words
    rank a third country first, is about the story's pair -- that is the relation the reader
    follows, and the third country is the setting.  A statement already about the pair, one
    of a list's remarks ("gave Moscow and Minsk room": about each), or one whose words do not
    name the pair's other side is left alone."""
    tally = Counter(e.countries for e in events if len(e.countries) == 2)
    if not tally:
        return
    story = tally.most_common(1)[0][0]  # (a tie: the pair told first)
    for event in events:
        side = event.source_country
        if event.kind != "statement" or side not in story or event.countries == story:
            continue
        if any(o.kind == "statement" and o.char_start == event.char_start
               and o.countries == story for o in events):
            continue  # "gave Moscow and Minsk room": one of a list's remarks, already there
        other = story[1] if story[0] == side else story[0]
        if other in said_about.get(id(event), set()):
            retarget(event, side, other)


def retarget(event: ExtractedEvent, side: str, other: str) -> None:
    """Make a statement of ``side`` one about ``other``: its pair, direction and summary."""
    event.source_country, event.target_country = side, other
    event.countries = tuple(sorted((side, other)))
    who = event.speaker.name if event.speaker else next(
        (a.name for a in event.actors if a.country in (side, None)), None)
    event.summary = event_summary(event.kind, event.cameo_code or "", side, other,
                                  event.location, who)


def place_at(event: ExtractedEvent, place: str | None) -> None:
    """Give an event that has no place one, in its location and its summary alike (the
    summary ends with the place as :func:`event_summary` writes it)."""
    if event.location is not None or place is None:
        return
    event.location = place
    if event.summary is not None:
        event.summary = f"{event.summary}, in {place}"


def about_measure(statement: ExtractedEvent, events: list[ExtractedEvent]) -> None:
    """"Morawiecki said he would propose that all flights between Belarus and the EU be
    halted": a speaker's words addressed to no one that tell of a measure between their
    country and another concern that pair, though the other country is named only inside
    the measure.  (Words with an addressee are about the addressee: "Obama is being
    pressured by Congress to help Iran" is Congress's demand on Obama.)"""
    if statement.kind != "statement" or len(set(statement.countries)) != 1 \
            or statement.speaker is None or statement.target_country is not None:
        return
    own = statement.countries[0]
    act = next((o for o in events if o.kind == "measure" and o.char_start == statement.char_start
                and len(set(o.countries)) == 2 and own in o.countries), None)
    if act is not None:
        retarget(statement, own, next(c for c in act.countries if c != own))


def seat_embassies(events: list[ExtractedEvent]) -> None:
    """"The Polish embassy said ..." in a Belarus-Poland event: an embassy that acts
    between its state and another is its state's embassy in that other state (embassies
    deal with their hosts), so it takes the name the text would have given with "in
    Minsk".  An embassy the text places ("in Tokyo") keeps its place."""
    gaz = load_gazetteer()
    for event in events:
        sides = set(event.countries)
        if len(sides) != 2:
            continue
        refs = [*event.actors, *([event.speaker] if event.speaker else [])]
        for ref in refs:
            if ref.type != "organization" or ref.country not in sides \
                    or ref.name != gaz.ministry_name(ref.country, EMBASSY):
                continue
            host = next(c for c in sides if c != ref.country)
            seated = embassy_name(gaz, ref.country, host)
            if event.summary:
                event.summary = event.summary.replace(ref.name, seated)
            ref.name = seated
