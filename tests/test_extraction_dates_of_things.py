"""A date that names a thing, a period, an occasion or a look-back ("the 2011 Vienna
Document", "the referendum held on 27 February", "seven weeks after the disputed vote")
dates no act and moves no story, while one the parser hangs on a phrase of the act still
dates it.  On sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.sentence_helpers import events, statements


def test_a_year_in_a_treaty_name_dates_nothing_and_names_no_country() -> None:
    text = ("In February Valery Revenko, a Belarusian defence official, said Belarus was ready "
            "for inspections under the 2011 Vienna Document, calling the offer a test of Polish "
            "policy. Poland's defence minister replied at the time that only Polish services "
            "should be trusted.")
    found = events(text, dt.date(2025, 8, 14))
    assert all(e.date.year == 2025 for e in found)
    assert all("AUT" not in e.countries for e in found)
    assert ("BLR", "POL") in [e.countries for e in found if e.kind == "statement"]


def test_what_a_body_agreed_at_its_sitting_has_the_sitting_s_day() -> None:
    # "for next year" is the period the permits serve; the sitting gives the day
    text = ("The Polish-Belarusian joint commission on road transport, which met in Brest on "
            "Monday and Tuesday, agreed an exchange of 199,000 permits for each side for next "
            "year.")
    assert [e.date for e in events(text, dt.date(2019, 9, 26)) if e.kind == "meeting"] \
        == [dt.date(2019, 9, 23)]


def test_a_period_served_is_no_date_but_a_date_set_is() -> None:
    found = events("Poland and Belarus agreed a quota of permits for 2020.", dt.date(2019, 9, 26))
    assert found and all(e.date == dt.date(2019, 9, 26) for e in found)
    found = events("Talks between Poland and Belarus are scheduled for 2 October.",
                   dt.date(2019, 9, 26))
    assert all(e.date != dt.date(2019, 9, 26) for e in found)


def test_a_day_in_a_possessive_names_the_occasion_not_the_story_day() -> None:
    text = ("Poland's Senate on Wednesday adopted a resolution on Belarus, where protests "
            "against the result of Sunday's presidential election have been met with force.\n\n"
            "Senator Bogdan Klich said the resolution was an appeal to the Belarusian "
            "authorities to respect the principles of dialogue.")
    said = [e for e in events(text, dt.date(2020, 8, 13)) if e.kind == "statement"
            and e.speaker is not None]
    assert [(e.speaker and e.speaker.name, e.date) for e in said] == [
        ("Senate of Poland", dt.date(2020, 8, 12)), ("Bogdan Klich", dt.date(2020, 8, 12))]


def test_a_participle_naming_the_occasion_dates_the_saying() -> None:
    said = statements("Prime Minister Donald Tusk, speaking in Warsaw on 11 April, "
                      "said Poland was receiving signals that the Lukashenka regime "
                      "wanted to use migration again.", dt.date(2024, 4, 26))
    assert [e.date for e in said] == [dt.date(2024, 4, 11)]
    # the guard: a participle that names no occasion keeps its dates to itself
    said = statements("Alexander Lukashenko, facing protests after a disputed Aug. 9 "
                      "election, said at the weekend that troops would be moved to "
                      "the border with Poland.", dt.date(2020, 8, 17))
    assert said and dt.date(2020, 8, 9) not in [e.date for e in said]


def test_a_date_that_names_a_things_occasion_does_not_date_the_paragraph() -> None:
    # "the referendum held on 27 February" dates the referendum; the ministry's words that
    # follow are of the day they were said (the Monday of publication)
    said = statements("Poland does not recognise the results of the referendum held "
                      "in Belarus on 27 February, foreign ministry spokesman Łukasz "
                      "Jasina said in a statement. According to the ministry, the vote "
                      "was called illegally by a leader who holds power as a result "
                      "of rigged elections.", dt.date(2022, 2, 28))
    assert {e.date for e in said} == {dt.date(2022, 2, 28)}


def test_a_calendar_day_the_tagger_leaves_inside_a_phrase_still_dates() -> None:
    # the small model tags "the night" but not "5 April" in "the night before 5 April"
    text = ("During the night before 5 April about 300 attempts were made to cross the border "
            "illegally from Belarus, Defence Minister Władysław Kosiniak-Kamysz said that "
            "morning. He spoke of growing brutality and laid the blame on the Lukashenka "
            "regime.")
    said = statements(text, dt.date(2025, 4, 20))
    assert [e.date for e in said] == [dt.date(2025, 4, 5)]


def test_a_date_in_a_clause_under_an_intention_does_not_date_the_saying() -> None:
    # "ten years ago" dates the Partnership's launch, not the speech of 11 November
    said = [e for e in events("On Monday Ambassador Artur Michalski gave a speech at a concert "
                              "in Minsk. In his speech he said Poland wanted to be a good "
                              "neighbour to Belarus, citing the Eastern Partnership that Warsaw "
                              "launched with Sweden ten years ago.", dt.date(2019, 11, 13))
            if e.kind == "statement" and e.countries == ("BLR", "POL")]
    assert [e.date for e in said] == [dt.date(2019, 11, 11)]


def test_a_past_year_of_figures_does_not_date_a_saying_on_the_story_day() -> None:
    # the forum was on Saturday; "in 2018" is the period of the trade figures
    text = ("On Saturday a resort near Grodno hosted a forum of Polish firms working in "
            "Belarus.\n\n"
            "Trade between Poland and Belarus passed $3 billion in 2018, the best result in "
            "five years. Polish diplomat Marcin Wojciechowski said Poland wanted more trade "
            "with Belarus.")
    said = statements(text, dt.date(2019, 1, 22))
    assert [e.date for e in said] == [dt.date(2019, 1, 19)]


def test_a_deadline_lies_ahead_and_dates_nothing_told_after_it() -> None:
    text = ("Interior Minister Mariusz Kamiński announced on Saturday at the Terespol crossing "
            "that the Border Guard had put out a tender for an electronic barrier on the "
            "border with Belarus.\n\n"
            "Companies have until 22 September to submit bids. The minister said the tender "
            "should be settled by the middle of November.\n\n"
            "According to Kamiński, the barrier will stop every illegal crossing from Belarus.")
    said = statements(text, dt.date(2023, 9, 17))
    assert {e.date for e in said} == {dt.date(2023, 9, 16)}


def test_an_ordinal_before_a_sitting_dates_nothing() -> None:
    # "The 19th" (tagged DATE) counts sittings; the sitting was on 8 April
    met = [e for e in events("The 19th sitting of the Polish-Belarusian commission for "
                             "cultural heritage took place in Warsaw on 8 April.",
                             dt.date(2019, 4, 19)) if e.kind == "meeting"]
    assert [e.date for e in met] == [dt.date(2019, 4, 8)]


def test_a_year_in_the_speakers_description_does_not_date_the_saying() -> None:
    text = ("Krzysztof Tołwiński, a deputy minister in Poland's 2007 government, told Belarusian "
            "state television on Monday that Belarus was a democracy.")
    assert [e.date for e in statements(text, dt.date(2025, 1, 31))] == [dt.date(2025, 1, 27)]


def test_the_year_a_thing_dates_from_dates_no_later_saying() -> None:
    text = ("Hauliers run under a Polish-Belarusian agreement dating from 1992. Poland's "
            "infrastructure minister has told the industry that there will be no exchange of "
            "permits with Belarus this year.")
    assert [e.date.year for e in statements(text, dt.date(2023, 2, 2))] == [2023]


def test_a_date_naming_a_thing_does_not_date_the_verb_above_it() -> None:
    text = ("The Polish foreign ministry said on Friday that detailed information on the "
            "violation of 1 August had been passed to the Belarusian government through the "
            "Polish embassy in Minsk.")
    found = [e for e in events(text, dt.date(2023, 8, 5)) if e.kind == "meeting"]
    assert [e.date for e in found] == [dt.date(2023, 8, 4)]


def test_a_year_before_a_noun_names_the_thing_not_the_act() -> None:
    # "the 2005 agreement": the accord's year; the cancelling took place in late October
    text = ("The talks came after Lukashenka's government cancelled the 2005 "
            "Belarusian-Polish agreement on the equivalence of degrees in late October.")
    found = [e for e in events(text, dt.date(2022, 12, 19)) if e.kind == "measure"]
    assert [(e.date.year, e.date.month, e.countries) for e in found] \
        == [(2022, 10, ("BLR", "POL"))]


@pytest.mark.parametrize(("text", "published"), [
    # "Recalling that Poland needed eight years to get from 1981 to 1989, he said ...": the
    # years recalled are no day of the story, so the next remark keeps the story's day
    ("WARSAW, May 28 – The speaker of Poland's Senate, Tomasz Grodzki, on Friday visited "
     "Belarusians on hunger strike in Warsaw.\n\n"
     "Recalling that Poland needed eight years to get from 1981 to 1989, Grodzki said a "
     "wounded dictator would go on biting. He also offered the activists a meeting in the "
     "Senate of Poland to discuss Belarus.", dt.date(2021, 5, 28)),
    # "although he has been in Poland since October 2020": when a state that lasts until
    # now began; "he said" next stays at the solidarity evening of 23 March
    ("On the evening of 23 March supporters held a solidarity meeting in Supraśl. Before it "
     "began, Artur Michalski, Poland's ambassador in Minsk although he has been in Poland "
     "since October 2020, told reporters he hoped the two prisoners of Belarus would soon be "
     "free. Efforts to free them never stop, he said, but everyone knows who is in charge in "
     "Belarus.", dt.date(2022, 3, 30)),
])
def test_a_look_back_does_not_date_the_story(text: str, published: dt.date) -> None:
    found = events(text, published)
    assert found and all(e.date.year == published.year for e in found)


@pytest.mark.parametrize(("text", "published", "key", "day"), [
    # "the Belarusian Culture Centre, which started work on 1 January": that day says what
    # the centre is; the remarks after it stay on the day of the visit
    ("Pavel Latushka visited the marshal's office in Białystok on Monday.\n\n"
     "He thanked Poland for the Belarusian Culture Centre, which started work on 1 "
     "January. Belarusians, he said, can still be active, but only in Poland, while "
     "Belarus holds thousands of political prisoners.",
     dt.date(2024, 1, 16), "active", dt.date(2024, 1, 15)),
    # "their commander, who fell on August 21, 1944. The same day the spokesman said": the
    # same day as the news, not as the commander's death
    ("The portal reported on Thursday that the cemetery at Surkonty in Belarus had been "
     "wiped out. It holds 35 Home Army soldiers and their commander, who fell fighting an "
     "NKVD regiment on August 21, 1944.\n\nThe same day the Polish foreign ministry's "
     "spokesman, Łukasz Jasina, said Belarus would pay for such acts of barbarity.",
     dt.date(2022, 8, 27), "Jasina", dt.date(2022, 8, 25)),
])
def test_a_day_in_a_relative_clause_on_a_noun_moves_no_story(
        text: str, published: dt.date, key: str, day: dt.date) -> None:
    said = [e for e in statements(text, published) if key in (e.evidence or "")]
    assert [e.date for e in said] == [day]


def test_today_in_a_newspapers_name_is_no_day() -> None:
    """"the state newspaper SB. Belarus Today ran a report": "Today" is part of a title, so
    the interview told next stays in the January the text named."""
    text = ("Minsk accused Warsaw on Friday of killing bison with its border wall.\n\n"
            "In January the state newspaper SB. Belarus Today ran a report on the fence. Mark "
            "Baransky of the Belarusian Society of Hunters told the paper that the Polish "
            "barrier had cut off contacts with Polish environmental groups.")
    said = [e for e in statements(text, dt.date(2023, 3, 13)) if "Baransky" in (e.evidence or "")]
    assert [(e.date, e.date_precision) for e in said] == [(dt.date(2023, 1, 1), "month")]


def test_a_date_naming_an_election_does_not_move_the_story() -> None:
    # "the Aug. 9 presidential election": the parser hangs "Aug." on the noun as an nmod
    text = ("WARSAW, Sept 9 - Polish Foreign Minister Zbigniew Rau met Sviatlana "
            "Tsikhanouskaya on Wednesday. All of them understood, he said, that the Aug. 9 "
            "presidential election had been neither free nor fair.\n\n"
            "Tsikhanouskaya, who left for Lithuania after the vote, started the day in Warsaw. "
            "There she held talks with Prime Minister Mateusz Morawiecki.")
    contacts = [e for e in events(text, dt.date(2020, 9, 9)) if e.kind == "meeting"]
    assert {e.date for e in contacts} == {dt.date(2020, 9, 9)}


def test_the_date_of_the_document_an_act_was_made_in_dates_the_act() -> None:
    # "in a request dated ...": the request's day is the asking's, though the parser hangs
    # it inside the infinitive clause
    found = events("The Prosecutor General's Office of Belarus asked Poland to extradite him "
                   "in a request dated 4 December 2017.", dt.date(2019, 8, 8))
    assert [(e.kind, e.date) for e in found] == [("meeting", dt.date(2017, 12, 4))]


def test_a_distance_back_to_an_act_long_before_is_not_the_storys_day() -> None:
    # "seven weeks after the disputed vote" counts back to the vote's day; the concert
    # the paragraph tells of stays on Saturday, and so do the remarks made at it
    text = ("Warsaw's national stadium became a stage for Belarus on Saturday night. The "
            "concert, held under the patronage of Prime Minister Mateusz Morawiecki, put "
            "Polish and Belarusian musicians on one platform, seven weeks after the disputed "
            "Belarusian presidential vote.\n\nMorawiecki opened the evening himself. "
            "Belarusians have the right to live in a free state, the prime minister told the "
            "crowd.")
    said = statements(text, dt.date(2020, 9, 27))
    assert [(e.countries, e.date) for e in said] == [(("BLR", "POL"), dt.date(2020, 9, 26))]


def test_a_date_closing_a_participle_on_the_object_dates_the_verb() -> None:
    # the parser hangs "in June" on "creating": the decree was signed in June
    found = events("Lukashenka signed the decree creating the holiday in June.",
                   dt.date(2021, 9, 18))
    assert [(e.date, e.date_precision) for e in found] == [(dt.date(2021, 6, 1), "month")]
    found = events("Lukashenka signed the decree in June creating the holiday.",
                   dt.date(2021, 9, 18))
    assert [(e.date, e.date_precision) for e in found] == [(dt.date(2021, 6, 1), "month")]


def test_a_year_naming_another_thing_leaves_the_act_at_the_paragraphs_date() -> None:
    """"... ended the stand-off: Belarus got extra permits, taken out of the 2020 pool": the
    pool's year names the pool; the call took place at the talks the paragraph dated."""
    found = [e for e in events(
        "Hauliers of Poland and Belarus argued over permits in October 2019. A telephone call "
        "between the Polish and Belarusian transport ministers ended the stand-off: Belarus "
        "got extra permits, taken out of the 2020 pool.", dt.date(2023, 2, 2))
        if e.kind == "meeting"]
    assert [(e.date, e.date_precision) for e in found] == [(dt.date(2019, 10, 1), "month")]


def test_the_night_of_a_day_is_that_day_not_a_thing() -> None:
    """"on the night of 12 September" is when, though "12 September" hangs on "of"."""
    found = [e for e in events(
        "Belarusian officials protested in Minsk on 20 September. Poland had closed its "
        "crossings with Belarus on the night of 12 September.", dt.date(2025, 9, 25))
        if e.kind == "measure"]
    # (the small model tags only "September" as the date here, so the month is what the
    # night phrase gives; it must not be the paragraph's 20 September)
    assert [(e.date.month, e.date.day in (1, 12)) for e in found] == [(9, True)]
