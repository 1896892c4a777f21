"""Who "he" and "she" are (pronouns.py): a pronoun agrees with the sex a name or title shows,
and the person who reports a clause goes on talking after it, on sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extraction import extract
from pipeline.extraction.mention import Mention
from pipeline.extraction.pronouns import mention_gender
from pipeline.types import Article, ExtractedEvent

TUESDAY = dt.date(2024, 7, 2)


def statements(text: str) -> list[ExtractedEvent]:
    return [e for e in extract(Article(text=text, published=TUESDAY)) if e.kind == "statement"]


def speakers(text: str) -> list[str | None]:
    return [e.speaker.name if e.speaker else None for e in statements(text)]


@pytest.mark.parametrize(("name", "title", "gender"), [
    ("Sviatlana Tsikhanouskaya", None, "f"),
    ("Anna Michalska", None, "f"),
    ("Mateusz Morawiecki", None, "m"),
    ("Nikita Volkov", None, "m"),  # a man's first name in -a
    ("Ryzhenkov", None, "m"),
    ("Kallas", None, None),  # a surname alone that shows nothing
    ("Jasina", "spokesman", "m"),  # the title decides over the ending
])
def test_the_sex_a_name_or_title_shows(name: str, title: str | None, gender: str | None) -> None:
    mention = Mention(0, 1, "person", "POL", name=name, surface=name, title=title)
    assert mention_gender(mention) == gender


def test_she_is_not_the_man_named_last() -> None:
    text = ("Sviatlana Tsikhanouskaya says she left with assurances: according to her, "
            "Prime Minister Mateusz Morawiecki promised that Belarusians fleeing Ukraine "
            "would find shelter in Poland. Also on Monday she called Lukashenka a "
            "collaborator who shares the blame for the war.")
    verdict = [e for e in statements(text) if e.evidence.startswith("Also on Monday")]
    assert [e.speaker.name if e.speaker else None for e in verdict] \
        == ["Sviatlana Tsikhanouskaya"]


def test_he_who_reports_goes_on_talking() -> None:
    # Duda is the subject of what Lukashenko reported; the next "he said" is Lukashenko's
    text = ("On Tuesday Lukashenko told an audience in Minsk that Poland's leadership was "
            "using migration to put pressure on his country and that Andrzej Duda had gone "
            "to Beijing to complain about him. Belarus, he said, would not catch migrants "
            "on Poland's behalf.")
    pair = [e for e in statements(text) if e.countries == ("BLR", "POL")]
    assert pair and {e.speaker.name if e.speaker else None for e in pair} \
        == {"Alyaksandr Lukashenka"}
