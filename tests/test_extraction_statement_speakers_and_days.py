"""Who says a statement and on which day, on fresh text: "the President" referring back to
the last president named, "it" and "he" going back to who spoke, names the tagger reads as
months or splits at a hyphen, and a headline-style lede that sums up a statement the body
reports and dates.  On sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extraction import extract
from pipeline.types import Article
from tests.sentence_helpers import statements


def test_the_president_refers_back_to_the_last_president_named() -> None:
    text = ("Alyaksandr Lukashenka received the new Polish ambassador in Minsk on Tuesday.\n\n"
            "The coming years would shape relations with Poland for a long time, the President "
            "stressed.")
    said = statements(text, dt.date(2019, 2, 13))
    assert [(e.speaker.name if e.speaker else None, e.source_country, e.target_country)
            for e in said] == [("Alyaksandr Lukashenka", "BLR", "POL")]


def test_a_bare_title_with_no_holder_named_before_stays_unresolved() -> None:
    # the guard: nobody named as a president before, so "the President" is nobody's
    text = ("Polish diplomats arrived in Minsk on Tuesday.\n\n"
            "The coming years would shape relations with Poland for a long time, the President "
            "stressed.")
    assert all(e.speaker is None or e.speaker.name != "Alyaksandr Lukashenka"
               for e in statements(text, dt.date(2019, 2, 13)))


LEDE = ("Belarusian Defence Minister Viktor Khrenin says Minsk wants to lower military tension "
        "with Poland.\n\n"
        "In an interview aired yesterday, Khrenin said Poland was after all a neighbour and "
        "that Belarus did not want to fight it.")


def test_a_headline_lede_and_the_statement_it_sums_up_are_one_event_on_the_body_day() -> None:
    said = [e for e in statements(LEDE, dt.date(2025, 9, 22)) if e.target_country == "POL"]
    assert [(e.date, e.speaker.name if e.speaker else None) for e in said] \
        == [(dt.date(2025, 9, 21), "Viktor Khrenin")]


def test_a_lede_remark_with_its_own_day_stays_a_statement_of_its_own() -> None:
    # the guard: "said on Monday" in the lede is a remark, not a headline summary
    text = ("Belarusian Defence Minister Viktor Khrenin said on Monday that Minsk wanted to "
            "lower military tension with Poland.\n\n"
            "On Sunday, Khrenin had said Poland was after all a neighbour and that Belarus "
            "did not want to fight it.")
    said = [e for e in statements(text, dt.date(2025, 9, 23)) if e.target_country == "POL"]
    assert len(said) == 2


def test_a_ledes_summary_is_the_remark_the_body_dates_by_month() -> None:
    """A lede in the present perfect sums up the remark the body dates only "in mid-May":
    one statement, the body's speaker's, in May."""
    text = ("Belarus's chief prosecutor has drawn Poland's wartime Home Army into a criminal "
            "investigation of what Minsk calls the genocide of the Belarusian people.\n\n"
            "In mid-May Prosecutor General Andrei Shved told the state agency BelTA that Minsk "
            "would send requests for legal assistance to Warsaw about the suspects.")
    said = statements(text, dt.date(2021, 5, 20))
    assert len(said) == 1
    assert said[0].speaker is not None and said[0].speaker.name == "Andrei Shved"
    assert (said[0].date, said[0].date_precision) == (dt.date(2021, 5, 1), "month")
    assert said[0].evidence is not None and said[0].evidence.startswith("Belarus's chief")


@pytest.mark.parametrize(("text", "published", "said"), [
    pytest.param(  # "Belarus on Tuesday rejected ...", written on Tuesday, and the spokesman
        # below, whom the paragraph before ("said on Monday") would otherwise date
        "WARSAW, Dec 7 - Belarus on Tuesday rejected an allegation by Poland's Border Guard "
        "that Belarusian officers had thrown firecrackers at the frontier.\n\n"
        "The Border Guard said on Monday that Belarusian personnel had thrown stun "
        "firecrackers from a car.\n\n"
        "Anton Bychkovsky, spokesman for Belarus's State Border Committee, said in a "
        "statement to Reuters that Poland was deliberately spreading fakes.",
        dt.date(2021, 12, 7), [(dt.date(2021, 12, 7), "Anton Bychkovsky")], id="own-day"),
    pytest.param(  # the guard: "this week" names no one day, "on Wednesday" below does
        "Belarusian hauliers should not expect a quick fix, the transport ministry in Minsk "
        "signalled this week, putting part of the blame on Poland.\n\n"
        "Aleksei Lyakhnovich, Belarus's first deputy minister of transport, said on "
        "Wednesday that the Polish side had refused to scrap the permits.",
        dt.date(2019, 12, 12), [(dt.date(2019, 12, 11), "Aleksei Lyakhnovich")],
        id="this-week"),
])
def test_a_lede_that_gives_its_day_keeps_it_when_the_body_names_the_speaker(
        text: str, published: dt.date, said: list[tuple[dt.date, str]]) -> None:
    found = [e for e in statements(text, published) if e.source_country == "BLR"]
    assert [(e.date, e.speaker.name if e.speaker else None) for e in found] == said


def test_a_list_the_parser_hangs_on_a_name_is_no_title() -> None:
    text = ("On 16 July Revenko went public again, telling BelTA that Belarus was inviting "
            "Poland to talks on security while accusing it of militarisation that clearly "
            "exceeded its defence needs: a record military budget, three new divisions in the "
            "east and some 11,000 soldiers, border guards and police deployed along the border.")
    said = [e for e in statements(text, dt.date(2025, 7, 20)) if e.speaker is not None]
    assert said and all("budget" not in (e.speaker.title or "") for e in said if e.speaker)


def test_a_gerund_before_the_saying_shares_its_day() -> None:
    text = ("Before flying to Beijing on 22 June, President Andrzej Duda said the visit would "
            "matter because of Belarus's pressure on the Polish border.")
    said = statements(text, dt.date(2024, 7, 5))
    assert said and all(e.date == dt.date(2024, 6, 22) for e in said)


def test_the_belarusian_ruler_is_the_president_of_belarus() -> None:
    text = ("Announcing the drills last month, the Belarusian ruler said they would rehearse a "
            "plan for confronting forces from Poland.")
    said = [e for e in statements(text, dt.date(2022, 2, 11)) if e.target_country == "POL"]
    assert [e.speaker.name if e.speaker else None for e in said] == ["Alyaksandr Lukashenka"]


def test_a_statement_merged_with_its_quotation_keeps_the_speaker() -> None:
    text = ("On Thursday the ministry's press secretary Anatoly Glaz told journalists that Minsk "
            "feared \"in the most serious way\" what he called the aggressive actions of the "
            "Polish authorities.")
    said = [e for e in statements(text, dt.date(2023, 4, 17)) if e.target_country == "POL"]
    assert [e.speaker.name if e.speaker else None for e in said] == ["Anatoly Glaz"]


def test_the_next_day_the_model_leaves_untagged_still_dates_the_paragraph() -> None:
    text = ("On Thursday, 13 April, foreign ministry spokesman Anatoly Glaz accused Poland of "
            "aggressive actions.\n\n"
            "The next day Defence Minister Viktor Khrenin, talking to reporters at a training "
            "ground, went a step further. Khrenin warned that Belarus would answer Poland's "
            "threat of force with force.")
    said = [e for e in statements(text, dt.date(2023, 4, 17))
            if e.speaker is not None and e.speaker.name == "Viktor Khrenin"]
    assert said and all(e.date == dt.date(2023, 4, 14) for e in said)


def test_it_says_refers_back_past_what_is_said() -> None:
    text = ("The Polish Border Guard reported on Monday that 40 people had tried to cross the "
            "border. Illegal migration is still being supported by the Belarusian services, "
            "it says.")
    found = statements(text, dt.date(2023, 6, 6))
    last = found[-1]
    assert last.speaker is not None and last.speaker.name == "Border Guard of Poland"
    assert (last.source_country, last.target_country) == ("POL", "BLR")


def test_it_refers_to_a_noun_not_to_a_country_adjective() -> None:
    text = ("On Wednesday the Polish Border Guard reported strangers on the Belarusian side of "
            "the border. Their uniforms did not belong to the Belarusian border service, it "
            "said.")
    found = statements(text, dt.date(2021, 9, 27))
    assert found and all(e.source_country == "POL" for e in found)


def test_a_body_remark_with_no_speaker_is_no_statement() -> None:
    text = ("Poland recalled its ambassador from Minsk on Monday, Foreign Minister Zbigniew Rau "
            "said.\n\n"
            "Warsaw indicated that some other EU countries were also recalling their "
            "ambassadors from Minsk.")
    found = statements(text, dt.date(2020, 10, 6))
    assert all(e.speaker is not None for e in found)
    assert not any("indicated" in (e.evidence or "") for e in found)


def test_a_states_words_in_the_lede_stay_a_statement() -> None:
    # the guard: the lede's "Belarus accused Poland" is the news, spoken by the state
    text = ("Belarus accused Poland on Monday of pushing migrants back across the border.\n\n"
            "The weather at the crossing was cold.")
    found = statements(text, dt.date(2021, 10, 12))
    assert [(e.source_country, e.target_country) for e in found] == [("BLR", "POL")]


def test_jan_before_a_surname_is_a_first_name_not_january() -> None:
    text = ("On Monday the Sejm held a forum on Belarus.\n\n"
            "One of the speakers was Jan Rudzik, presented by the organisers as a co-founder "
            "and editor of the Nexta channel. Rudzik told "
            "the audience that Belarusian officials steered migrants to the Polish border.")
    found = statements(text, dt.date(2023, 9, 19))
    assert found and all(e.date != dt.date(2023, 1, 1) for e in found)
    assert any(e.speaker is not None and e.speaker.name == "Jan Rudzik" for e in found)


def test_a_double_barrelled_surname_is_one_name() -> None:
    text = ("Senator Gabriela Morawska-Stanecka of the Civic Coalition says there are at "
            "present no plans for a Polish-Belarusian group in the Sejm.")
    found = statements(text, dt.date(2024, 2, 16))
    assert [e.speaker.name if e.speaker else None for e in found] == [
        "Gabriela Morawska-Stanecka"]


def test_a_hyphen_between_spaced_words_joins_no_names() -> None:
    # the guard: a dash with spaces around it is punctuation, not part of a surname
    text = "Radosław Sikorski - Poland's foreign minister - said Minsk was lying."
    found = statements(text, dt.date(2024, 2, 16))
    assert [e.speaker.name if e.speaker else None for e in found] == ["Radosław Sikorski"]


def test_jan_before_a_day_stays_january() -> None:
    # the guard: "Jan 5" is a date
    text = "Poland closed the Bobrowniki crossing on Jan 5, the interior ministry said."
    found = extract(Article(text=text, published=dt.date(2023, 1, 9)))
    assert found and all(e.date == dt.date(2023, 1, 5) for e in found)


def test_a_date_ahead_of_the_act_does_not_date_it() -> None:
    text = ("Lukashenko claimed on Thursday that Poland needed to escalate tension ahead of "
            "its 15 October parliamentary election.")
    found = statements(text, dt.date(2023, 8, 11))
    assert [e.date for e in found] == [dt.date(2023, 8, 10)]


def test_an_undated_greeting_ahead_of_a_holiday_is_not_last_years_holiday() -> None:
    text = ("Sviatlana Tsikhanouskaya greeted Poles ahead of the 3 May holiday and said she "
            "hoped relations between Poland and Belarus would develop in harmony.")
    found = statements(text, dt.date(2021, 4, 30))
    assert found and all(e.date == dt.date(2021, 4, 30) for e in found)


def test_he_refers_to_the_named_speaker_whose_country_is_unknown() -> None:
    text = ("Deputy Foreign Minister Bartosz Cichocki told the congress on Thursday that a "
            "commission with Belarus would start work in November.\n\n"
            "Wojciech Kuśpik, who chairs the organiser PTWP, said he wanted the event to "
            "improve relations. He described Białystok as a gateway to Belarus.")
    found = statements(text, dt.date(2018, 10, 5))
    # (Kuśpik's country is unknown, so his remark has no pair; it must not become Cichocki's)
    assert not [e for e in found if "gateway" in (e.evidence or "") and e.speaker is not None
                and e.speaker.name == "Bartosz Cichocki"]
    assert [e.speaker.name for e in found if e.speaker is not None] == ["Bartosz Cichocki"]


def test_a_saying_after_a_forum_the_parser_could_not_attach_is_kept() -> None:
    # a quoted title ending in "!" splits the sentence; the parser hangs the rest of the
    # forum's name on "said" as an unknown dependency: the forum is not what he announced
    text = ("Lukashenko spoke in Brest on Friday. On 17 September, addressing the \"We Are "
            "Belarusians!\" patriotic forum in Minsk, he said that Poles and Ukrainians should "
            "understand that Belarusians are a peace-loving nation.")
    found = statements(text, dt.date(2023, 10, 7))
    assert ("BLR", "POL", dt.date(2023, 9, 17)) in [
        (e.source_country, e.target_country, e.date) for e in found]


def test_words_said_in_the_present_are_of_the_news_day_not_of_the_background_before() -> None:
    # the paragraph before went back to Monday; "claims" tells what is said now
    text = ("On Wednesday the Belarusian foreign ministry summoned Poland's chargé d'affaires "
            "over the case.\n\nIt began with a crash near Brest. On Monday, 3 January, the "
            "driver tried to leave for Poland and was held at the border.\n\nAnatol Hłaz, the "
            "ministry's spokesman, claims that Polish consular staff helped him try to escape.")
    said = [e for e in statements(text, dt.date(2022, 1, 6)) if e.speaker
            and e.speaker.name == "Anatol Hłaz"]
    assert [e.date for e in said] == [dt.date(2022, 1, 5)]


def test_a_day_called_something_is_what_is_judged_not_when() -> None:
    text = ("The Institute of National Remembrance called 17 September 1939 a lasting symbol "
            "of the criminal cooperation between Hitler and Stalin against Poland and Belarus.")
    said = statements(text, dt.date(2021, 9, 18))
    assert said and {e.date.year for e in said} == {2021}


def test_days_after_an_occasion_a_when_clause_dated_count_from_its_day() -> None:
    text = ("The first round came on 25 August, when the foreign affairs committee met in an "
            "extraordinary session and Sviatlana Tsikhanouskaya addressed it by video.\n\n"
            "Two days after the committee session, Beata Mazurek told the Polish Press Agency "
            "that Poland's MEPs should all speak with one voice on Belarus.")
    said = [e for e in statements(text, dt.date(2020, 9, 16)) if "Two days" in (e.evidence or "")]
    assert [e.date for e in said] == [dt.date(2020, 8, 27)]


def test_he_after_a_report_about_someone_is_the_reporter() -> None:
    """"Tyszkiewicz told us that what Tołwiński did in Belarus meets the definition of
    treason. He said ...": the person inside what is reported (here the subject of a clause
    that is itself a subject) is talked about; the reporter goes on talking."""
    text = ("Robert Tyszkiewicz, a Polish adviser to the Speaker of the Senate, told us on "
            "Tuesday that what Krzysztof Tołwiński did in Belarus meets the definition of "
            "diplomatic treason. He said it amounted to active support for the hybrid war "
            "waged by Putin and Lukashenka.")
    said = statements(text, dt.date(2025, 1, 31))
    assert {e.speaker.name for e in said if e.speaker} == {"Robert Tyszkiewicz"}


@pytest.mark.parametrize("text", [
    "The Polish MEP Robert Biedroń said on Tuesday that Lukashenko and Vladimir Putin were "
    "opening champagne at the sight of a divided Europe, and accused the Polish government of "
    "walking into their trap.",
    "The Polish Border Guard said on Tuesday that more foreigners, steered by Belarusian "
    "services, were trying to force their way across the border, and called it a hybrid "
    "operation by the Lukashenka regime.",
])
def test_a_second_saying_after_a_reported_clause_is_the_speakers(text: str) -> None:
    """"X said that A and B were doing something, and accused ...": the parser joins
    "accused" to the reported verb, which made A the accuser; the speaker says both."""
    said = statements(text, dt.date(2021, 11, 24))
    assert said and all(e.speaker is not None and e.speaker.name in
                        ("Robert Biedroń", "Border Guard of Poland") for e in said)


def test_the_body_a_person_works_for_is_not_the_person() -> None:
    """"Andreyeva, a reporter for the Belsat channel ... The channel says": her title names
    the channel she works for, but "the channel" is not her."""
    text = ("Katsiaryna Andreyeva, a Polish reporter for the Warsaw-based Belsat channel, was "
            "sentenced in Homel today.\n\n"
            "Belsat has reacted. The channel says its colleague is being punished by the "
            "Belarusian regime for journalism.")
    said = statements(text, dt.date(2022, 7, 13))
    assert all(e.speaker is None or e.speaker.name != "Katsiaryna Andreyeva" for e in said)



def test_a_spokesmans_post_is_his_own_statement_on_another_occasion() -> None:
    """"Briefing reporters, Jasina said ... On Wednesday the spokesman also wrote on social
    media that Poland condemned the verdict": the state's words told by its named spokesman
    are his (his condemnation, not a plain saying beside the ministry's), and a post he also
    wrote the same day is another occasion than his briefing (another medium)."""
    text = ("In Warsaw, the Polish foreign ministry said in a communiqué on Wednesday that it "
            "had received news of the verdict against Andrzej Poczobut in Grodno with "
            "indignation.\n\n"
            "Belarus's charge d'affaires was summoned to the ministry the same day. Briefing "
            "reporters afterwards, spokesman Łukasz Jasina said the diplomat had been given "
            "Poland's position on a shameful decision by the Belarusian court.\n\n"
            "On Wednesday the spokesman also wrote on social media that Poland condemned the "
            "unjust verdict of an authoritarian state's court and called Poczobut a Polish and "
            "Belarusian patriot.")
    said = [e for e in statements(text, dt.date(2023, 2, 9))
            if e.countries == ("BLR", "POL") and e.speaker and e.speaker.name == "Łukasz Jasina"]
    assert len(said) == 2
    post = next(e for e in said if "social media" in (e.evidence or ""))
    assert (post.cameo_code or "").startswith("11")  # his condemnation, not a plain saying
