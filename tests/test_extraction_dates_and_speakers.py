"""Which day "that day", a misparsed noun phrase's date and a date glued to a name give;
who speaks when a date hides the name, a participle reports or a question is put; whom a
quoted statement about one's own crossing concerns.  On sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extraction import extract
from pipeline.extraction.retold import said_by_publication
from pipeline.types import Article, ExtractedEvent


def events(text: str, published: dt.date) -> list[ExtractedEvent]:
    return extract(Article(text=text, published=published))


def statements(text: str, published: dt.date) -> list[ExtractedEvent]:
    return [e for e in events(text, published) if e.kind == "statement"]


def test_that_day_is_the_last_day_named_after_an_old_story_moves_on() -> None:
    # the story went back three weeks; the undated sentence between does not make
    # "that day" the publication day
    text = ("Minsk answered on Friday. The quarrel began three weeks earlier. On 2 March, "
            "Polish police detained a Belarusian citizen in Białystok. The next day the Polish "
            "foreign ministry announced the arrest.\n\n"
            "The interior minister added that the man had worked in Lithuania. The ministry in "
            "Warsaw, he said, had summoned the Belarusian chargé d'affaires that day.")
    summons = [e for e in events(text, dt.date(2022, 3, 26)) if e.kind == "meeting"]
    assert [(e.date, e.countries) for e in summons] == [(dt.date(2022, 3, 3), ("BLR", "POL"))]


def test_the_same_day_after_recent_undated_news_is_that_news_day() -> None:
    # within a week the undated sentence continues the story's day, as before
    text = ("Belarusian helicopters crossed into Poland on Tuesday. The Polish defence "
            "ministry protested. The same day, Warsaw summoned the Belarusian chargé "
            "d'affaires.")
    summons = [e for e in events(text, dt.date(2023, 8, 3)) if e.kind == "meeting"]
    assert [e.date for e in summons] == [dt.date(2023, 8, 1)]


def test_a_date_after_an_ing_noun_dates_the_announcement() -> None:
    text = ("Prime Minister Donald Tusk first announced the trial reopening on 28 October at a "
            "forum in Białystok, saying Poland would close the border with Belarus again if "
            "needed.")
    said = statements(text, dt.date(2025, 11, 17))
    assert said and all(e.date == dt.date(2025, 10, 28) for e in said)


def test_a_real_clause_keeps_its_own_date() -> None:
    # "said talks would resume on Friday": the date is the talks', not the saying's
    text = "On Monday Poland's foreign minister said talks with Belarus would resume on Friday."
    said = statements(text, dt.date(2021, 6, 9))
    assert [e.date for e in said] == [dt.date(2021, 6, 7)]


def test_a_quoted_aside_keeps_the_crossing_neighbour_as_target() -> None:
    text = ('On Tuesday, Polish Prime Minister Donald Tusk said his country would be ready to '
            'open the Bobrowniki and Kuźnica crossings, "let\'s say on a trial basis", once he '
            'had settled the matter with the Lithuanians.')
    said = statements(text, dt.date(2025, 10, 30))
    assert [e.countries for e in said] == [("BLR", "POL")]


def test_a_name_right_after_a_date_is_the_speaker_and_the_date_stays() -> None:
    # the small model tags "16 July Revenko" as one DATE: both the day and the speaker
    # were lost
    text = ("Valery Revenko, a Belarusian defence official, has long courted Warsaw. On 16 July "
            "Revenko said Belarus was ready for talks with Poland on security.")
    said = statements(text, dt.date(2025, 8, 14))
    assert [(e.date, e.speaker.name.split()[-1] if e.speaker else None, e.countries)
            for e in said] == [
        (dt.date(2025, 7, 16), "Revenko", ("BLR", "POL"))]


def test_the_nlp_split_keeps_dates_that_name_no_one() -> None:
    from pipeline.extraction.nlp import load_nlp

    doc = load_nlp()("On 9 September Tusk said the border would close. Under the 2011 Vienna "
                     "Document, Minsk invited observers.")
    assert [(e.text, e.label_) for e in doc.ents if e.label_ in ("DATE", "PERSON")][:3] == [
        ("9 September", "DATE"), ("Tusk", "PERSON"), ("2011", "DATE")]
    said = doc[3]
    assert said.text == "Tusk" and said.dep_ == "nsubj" and said.head.lemma_ == "say"


def test_a_participle_reporter_speaks_for_his_state() -> None:
    text = ("Valery Revenko, who heads the Belarusian defence ministry's international "
            "cooperation department, went public on Wednesday, telling BelTA that Belarus was "
            "inviting Poland to talks on security.")
    said = statements(text, dt.date(2025, 7, 18))
    assert [e.speaker.name.split()[-1] if e.speaker else None for e in said] == ["Revenko"]


def test_who_heads_names_the_body_and_its_country() -> None:
    text = ("Valery Revenko, who heads the international department of the Belarusian defence "
            "ministry, said on Tuesday that Poland was arming itself.")
    said = statements(text, dt.date(2025, 7, 18))
    assert [e.countries for e in said] == [("BLR", "POL")]


@pytest.mark.parametrize("text", [
    "Ales Karnienka, who advises Sviatlana Tsikhanouskaya on relations with parliaments, said "
    "on Thursday that Poland was the most important member of the coalition.",
    "Sviatlana Tsikhanouskaya's adviser, Ales Karnienka, said on Thursday that Poland was the "
    "most important member of the coalition.",
])
def test_an_aide_is_of_the_side_of_the_person_served(text: str) -> None:
    # his words name only Poland; whose adviser he is says he speaks from the other side
    said = statements(text, dt.date(2024, 1, 5))
    assert [(e.countries, e.speaker.name if e.speaker else None) for e in said] == [
        (("BLR", "POL"), "Ales Karnienka")]


def test_who_serves_at_a_post_is_of_the_posts_country() -> None:
    # the posting place says whose officer she is; her words name only the other side
    text = ("Lt. Anna Nowicka, who serves at the Czeremcha post, spoke to reporters on "
            "Saturday. Nowicka said that migrants are brought to the fence in Belarusian "
            "army lorries.")
    said = statements(text, dt.date(2021, 12, 20))
    assert [e.countries for e in said if "lorries" in (e.evidence or "")] == [("BLR", "POL")]


def test_the_asker_is_not_the_speaker_and_the_question_names_the_target() -> None:
    text = ("Asked by a reporter from the Belarusian outlet Zerkalo about the Belarusian "
            "ruler's war remarks, Radosław Sikorski replied briefly: let him try.")
    said = statements(text, dt.date(2024, 4, 3))
    assert [(e.speaker.name if e.speaker else None, e.countries) for e in said] == [
        ("Radosław Sikorski", ("BLR", "POL"))]


def test_a_states_standing_position_is_background() -> None:
    text = ("Belarusian border guards said on Friday that Polish soldiers had fired shots.\n\n"
            "Warsaw accuses Minsk of steering migrants to the EU frontier. Minsk and Moscow "
            "reject accusations that they stand behind sabotage in Poland. Since last summer "
            "Poland and Lithuania have accused Minsk of funnelling migrants.")
    said = statements(text, dt.date(2021, 10, 11))
    assert [e.evidence[:20] for e in said] == ["Belarusian border gu"]


def test_a_states_statement_of_the_day_in_the_present_stays() -> None:
    # a lede's present, a dated present and a person's present are news; the state's own
    # accusation speaks as its government, so the lede that sums it up is the same statement
    text = ("Poland accuses Belarus of sending migrants to the border.\n\nWarsaw accuses Minsk "
            "on Tuesday of steering migrants to the frontier. Lukashenko says Poland is "
            "preparing for war.")
    said = statements(text, dt.date(2021, 10, 12))
    assert [(e.speaker.name if e.speaker else None, e.date) for e in said] == [
        ("Government of Poland", dt.date(2021, 10, 12)),
        ("Alyaksandr Lukashenka", dt.date(2021, 10, 12))]


def test_a_ledes_state_speaks_through_the_body_named_next() -> None:
    text = ("MINSK, March 27 - Belarus on Monday accused Poland of deliberately holding up "
            "trucks at their common border.\n\nThe Belarusian foreign ministry said the queue "
            "had doubled since Friday.")
    said = statements(text, dt.date(2023, 3, 27))
    assert said and said[0].speaker is not None
    assert said[0].speaker.name == "Ministry of Foreign Affairs of Belarus"


def test_back_to_back_remarks_of_one_speaker_are_one_statement() -> None:
    text = ("Polish Deputy Foreign Minister Paweł Jabłoński said on Monday that Belarus was "
            "holding Polish activists hostage. He added that Poland would not negotiate with "
            "Minsk.\n\nOn Tuesday Jabłoński said Belarus was lying about Poland.")
    said = statements(text, dt.date(2021, 8, 3))
    assert [(e.date.day, e.evidence.count(".")) for e in said] == [(2, 2), (3, 1)]


def test_one_speakers_remarks_of_one_day_told_apart_are_one_statement() -> None:
    # the gold brief: one speaker's remarks on one occasion are one statement, wherever
    # the article tells them; "had said earlier" is another occasion
    text = ("Polish Deputy Foreign Minister Paweł Jabłoński said on Monday that Belarus was "
            "holding Polish activists hostage.\n\nBelarus's foreign ministry said on Monday "
            "that Poland was lying.\n\nJabłoński also said Poland would not negotiate with "
            "Minsk.\n\nHe had said earlier on Monday that Minsk was waging a hybrid war on "
            "Poland.")
    said = statements(text, dt.date(2021, 8, 3))
    spoken = [(e.speaker.name if e.speaker else None, e.evidence[:19]) for e in said]
    assert spoken == [("Paweł Jabłoński", "Polish Deputy Forei"),
                      ("Ministry of Foreign Affairs of Belarus", "Belarus's foreign m"),
                      ("Paweł Jabłoński", "He had said earlier")]


def test_remarks_set_after_another_act_are_another_occasion() -> None:
    # "After meeting his Latvian counterpart, Morawiecki told reporters": remarks the text
    # sets after (or before) an act were made on their own occasion, not at the first one
    text = ("Prime Minister Mateusz Morawiecki said on Sunday that Belarus was waging a hybrid "
            "war against Poland on its eastern border.\n\nLatvia has offered to send border "
            "guards to help.\n\nAfter meeting his Latvian counterpart, Morawiecki told "
            "reporters that firm resistance by Poland had slowed down the actions of the "
            "Belarusian regime.")
    said = statements(text, dt.date(2021, 11, 22))
    assert [(e.date.day, e.evidence[:5]) for e in said] == [(21, "Prime"), (21, "After")]


def test_remarks_of_two_speakers_stay_two_statements() -> None:
    text = ("Polish Deputy Foreign Minister Paweł Jabłoński said on Monday that Belarus was "
            "holding Polish activists hostage. Belarus's foreign ministry said on Monday that "
            "Poland was lying.")
    said = statements(text, dt.date(2021, 8, 3))
    assert len(said) == 2


def test_a_bold_live_blog_heading_dates_its_entries() -> None:
    text = ("**Wednesday, 12 August**\n\n**15:40** – Ambassador Artur Michalski went to the "
            "Belarusian foreign ministry this afternoon to demand the release of the Poles.\n\n"
            "**Thursday, 13 August**\n\n**08:45** – Update: four Poles were detained.")
    met = [e for e in events(text, dt.date(2020, 8, 13)) if e.kind == "meeting"]
    assert [e.date for e in met] == [dt.date(2020, 8, 12)]


def test_a_speakers_remark_under_a_later_heading_keeps_that_headings_day() -> None:
    # her day of Monday does not reach across the next day's heading
    text = ("**Monday, 4 July**\n\nPrime Minister Mateusz Morawiecki received Sviatlana "
            "Tsikhanouskaya. Tsikhanouskaya says Morawiecki promised that Belarusians can "
            "count on Polish support. Also on Monday she called Lukashenka a collaborator who "
            "shares the blame for the war with the Kremlin.\n\n**Tuesday, 5 July**\n\nSpeaking to reporters "
            "afterwards, Tsikhanouskaya said the regime's closure of Polish schools in the "
            "Grodno region was revenge on Poland for supporting a democratic Belarus.")
    said = [e for e in events(text, dt.date(2022, 7, 5))
            if e.kind == "statement" and "POL" in e.countries]
    assert [e.date for e in said] == [dt.date(2022, 7, 4), dt.date(2022, 7, 5)]


def test_an_entrys_capitalised_weekday_stamp_dates_it() -> None:
    text = ("Friday 5 September, updated. Newest entries first.\n\n"
            "FRIDAY – Minsk has gone on the offensive against Warsaw.\n\n"
            "THURSDAY, EVENING – Foreign Minister Radosław Sikorski says Belarus is staging "
            "a provocation against Poland.\n\n"
            "THURSDAY – The KGB detained a Polish citizen in Lepel.")
    found = events(text, dt.date(2025, 9, 5))
    said = [e for e in found if e.kind == "statement" and e.speaker is not None]
    assert [e.date for e in said] == [dt.date(2025, 9, 4)]
    assert [e.date for e in found if e.kind == "measure"] == [dt.date(2025, 9, 4)]


def test_a_wire_dateline_in_capitals_is_no_entry_stamp() -> None:
    text = ("WARSAW, NOV 5 – Poland's defence ministry said Belarusian soldiers had damaged "
            "the border fence on Thursday.")
    said = statements(text, dt.date(2021, 11, 6))
    assert [e.date for e in said] == [dt.date(2021, 11, 5)]


def test_a_scare_quote_is_not_speech_and_the_reporter_speaks() -> None:
    text = ("Archbishop Tadeusz Kondrusiewicz was turned back at the border on Monday.\n\n"
            "Speaking in Baranavičy on Tuesday, Alaksandr Łukašenka gave his own account. The "
            'prelate, he said, had suddenly left "for consultations" in Warsaw and received '
            "certain tasks there.")
    said = [e for e in events(text, dt.date(2020, 9, 2)) if e.countries == ("BLR", "POL")]
    assert [(e.kind, e.speaker.name if e.speaker else None) for e in said] == [
        ("statement", "Alyaksandr Lukashenka")]


def test_a_short_reply_in_quotes_is_still_speech() -> None:
    text = 'Asked whether Poland would talk to Minsk, Sikorski replied: "Not now."'
    assert [e.speaker.name if e.speaker else None
            for e in events(text, dt.date(2024, 4, 3)) if e.kind == "statement"] == [
        "Radosław Sikorski"]


def test_an_embassy_speaks_for_itself() -> None:
    text = ("Polish national memorial sites in Belarus will not be forgotten, the Polish embassy "
            "wrote on Twitter on Tuesday.")
    said = statements(text, dt.date(2022, 7, 8))
    assert [(e.speaker.name if e.speaker else None, e.countries) for e in said] == [
        ("Embassy of Poland in Belarus", ("BLR", "POL"))]


def test_an_embassy_is_named_with_its_host_and_the_seat_is_not_its_owner() -> None:
    text = ("The Polish embassy in Minsk said on Monday that Belarus had refused the visas.\n\n"
            "The embassy in Minsk also said Poland would protest to Belarus.\n\n"
            "Belarus's embassy in Warsaw rejected the claim of Poland.")
    said = statements(text, dt.date(2024, 5, 15))
    assert [e.speaker.name if e.speaker else None for e in said] == [
        "Embassy of Poland in Belarus", "Embassy of Belarus in Poland"]


def test_an_embassy_placed_by_the_text_keeps_its_place() -> None:
    text = ("The Polish embassy in Tokyo said the Belarusian sprinter was safe and that "
            "Belarus would not reach her.")
    said = statements(text, dt.date(2021, 8, 3))
    assert [e.speaker.name if e.speaker else None for e in said] == [
        "Embassy of Poland in Japan"]


@pytest.mark.parametrize(("text", "published", "day"), [
    pytest.param(  # "speaking there": at the last occasion
        "On 2 April, Grodno hosted a session of the commission attended by officials from the "
        "Brest region and the Podlaskie province.\n\nSpeaking there, Dariusz Stefaniuk, "
        "deputy marshal of Poland's Lublin province, urged Belarus to open up to local border "
        "traffic.", dt.date(2019, 12, 16), dt.date(2019, 4, 2), id="speaking-there"),
    pytest.param(  # a wire lede's one date is the news day the story goes on from
        "WROCŁAW, Oct 18 – Belarus's ambassador to Poland, Vladimir Chushev, paid his first "
        "visit to Lower Silesia on Thursday and held talks with the head of the regional "
        "assembly, the regional government said.\n\n"
        "Chushev told his hosts he wanted cooperation with Poland to go further.",
        dt.date(2019, 10, 18), dt.date(2019, 10, 17), id="wire-lede"),
    pytest.param(  # "the talks" are the meeting the text dated, not Monday's invitations
        "After Wednesday's meeting at the Chancellery with every parliamentary club, Prime "
        "Minister Mateusz Morawiecki said all sides agreed on Belarus's sovereignty.\n\n"
        "The invitations went out on Monday.\n\n"
        "After the talks Morawiecki told reporters that Poland would remain the ambassador of "
        "a free Belarus.", dt.date(2020, 8, 27), dt.date(2020, 8, 26), id="the-talks"),
    pytest.param(  # "since 2021" is when the attack began, not when he spoke
        "Defence Minister Mariusz Błaszczak visited troops at Gruszki on Tuesday. Poland, in "
        "his words, has been under hybrid attack since 2021, an attack launched from "
        "Belarusian territory.",
        dt.date(2023, 4, 5), dt.date(2023, 4, 4), id="since-a-year"),
    pytest.param(  # written on Friday: earlier in the week, not on Friday
        "In a statement sent to PAP earlier this week, the Polish foreign ministry said it "
        "was watching Belarus's military ties with China with concern.",
        dt.date(2024, 7, 12), dt.date(2024, 7, 10), id="earlier-this-week"),
])
def test_an_undated_saying_takes_the_day_of_its_occasion(text: str, published: dt.date,
                                                         day: dt.date) -> None:
    assert [e.date for e in statements(text, published)] == [day]


def test_a_year_in_a_treaty_name_dates_nothing_and_names_no_country() -> None:
    text = ("In February Valery Revenko, a Belarusian defence official, said Belarus was ready "
            "for inspections under the 2011 Vienna Document, calling the offer a test of Polish "
            "policy. Poland's defence minister replied at the time that only Polish services "
            "should be trusted.")
    found = events(text, dt.date(2025, 8, 14))
    assert all(e.date.year == 2025 for e in found)
    assert all("AUT" not in e.countries for e in found)
    assert ("BLR", "POL") in [e.countries for e in found if e.kind == "statement"]


def test_a_speakerless_reading_of_a_spoken_sentence_is_dropped() -> None:
    text = ("Belarus's State Border Committee reported the crossing on Wednesday.\n\nThe "
            "committee added that Poland's \"ongoing provocative actions\", including what it "
            "called the spreading of fakes, showed Warsaw's wish to stoke tensions.")
    said = [e for e in events(text, dt.date(2022, 1, 20))
            if e.kind == "statement" and "added" in e.evidence]
    assert [e.speaker.name if e.speaker else None for e in said] == [
        "State Border Committee of Belarus"]


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


def test_a_paragraph_about_a_dated_occasion_is_told_at_it() -> None:
    # "the session" was on 22 January; the article came out nine days later
    text = ("A new council of Polish local governments held its inaugural session in Biała "
            "Podlaska on 22 January.\n\n"
            "Much of the session was spent on the council's rules. The members also met Wasil "
            "Kurlowicz, the consul of the Republic of Belarus in Biała Podlaska.")
    met = [e for e in events(text, dt.date(2018, 1, 31)) if e.kind == "meeting"]
    assert [(e.date, e.countries) for e in met] == [(dt.date(2018, 1, 22), ("BLR", "POL"))]


def test_a_deadline_lies_ahead_and_dates_nothing_told_after_it() -> None:
    text = ("Interior Minister Mariusz Kamiński announced on Saturday at the Terespol crossing "
            "that the Border Guard had put out a tender for an electronic barrier on the "
            "border with Belarus.\n\n"
            "Companies have until 22 September to submit bids. The minister said the tender "
            "should be settled by the middle of November.\n\n"
            "According to Kamiński, the barrier will stop every illegal crossing from Belarus.")
    said = statements(text, dt.date(2023, 9, 17))
    assert {e.date for e in said} == {dt.date(2023, 9, 16)}


def test_an_undated_remark_continues_a_story_of_eleven_days_ago() -> None:
    # a weekly round-up: the talks were eleven days before publication, the remark about
    # them is of their day, not of the publication day
    text = ("Polish and Belarusian border guards met in Terespol on 4 May.\n\n"
            "Belarus's border chief Anatol Lappo said the talks had been useful and that Poland "
            "should take its soldiers away from the border.")
    said = statements(text, dt.date(2024, 5, 15))
    assert [e.date for e in said] == [dt.date(2024, 5, 4)]


def test_an_ordinal_before_a_sitting_dates_nothing() -> None:
    # "The 19th" (tagged DATE) counts sittings; the sitting was on 8 April
    met = [e for e in events("The 19th sitting of the Polish-Belarusian commission for "
                             "cultural heritage took place in Warsaw on 8 April.",
                             dt.date(2019, 4, 19)) if e.kind == "meeting"]
    assert [e.date for e in met] == [dt.date(2019, 4, 8)]


def test_a_saying_set_inside_what_it_reports_is_not_dated_by_it() -> None:
    text = ("Alyaksandr Lukashenka spoke at a forum in Minsk on Tuesday. On 17 September 1939, "
            "he said, the shackles of the Polish lords fell before historical justice.")
    said = statements(text, dt.date(2024, 9, 18))
    assert [(e.date, e.countries) for e in said] == [(dt.date(2024, 9, 17), ("BLR", "POL"))]


def test_the_reported_past_inside_a_saying_does_not_move_the_story() -> None:
    # after "On 17 September 1939, he said, ...", the next paragraph's remark is still of
    # the forum's day, one occasion with the first
    text = ("Alyaksandr Lukashenka spoke at a forum in Minsk on Tuesday. On 17 September 1939, "
            "he said, the shackles of the Polish lords fell before historical justice.\n\n"
            "He praised his ancestors, adding that neither the threats of the Polish lords nor "
            "political borders could stop the Belarusians.")
    said = statements(text, dt.date(2024, 9, 18))
    assert [(e.date, e.countries) for e in said] == [(dt.date(2024, 9, 17), ("BLR", "POL"))]


def test_a_date_after_the_colon_of_a_saying_is_not_its_day() -> None:
    text = ("Interior Minister Marcin Kierwiński spoke on Radio Zet on Tuesday about the tunnel "
            "found under the border with Belarus. Kierwiński also said this was not the first "
            "such find: the Border Guard detected similar infrastructure three or four weeks ago.")
    said = statements(text, dt.date(2025, 10, 22))
    assert {e.date for e in said} == {dt.date(2025, 10, 21)}



def test_a_ranges_first_day_cut_off_by_the_parser_takes_the_ranges_year() -> None:
    text = ("Polish and Belarusian environment officials met in Brest on 17 and 18 July "
            "last year.")
    found = [e for e in events(text, dt.date(2018, 7, 12)) if e.kind == "meeting"]
    assert [(e.date.year, e.date.month) for e in found] == [(2017, 7)]


def test_of_that_year_is_the_year_last_named_and_a_things_period_no_day() -> None:
    text = ("The Polish Senate marshal led a delegation to Minsk in December 2016. On 5 "
            "December of that year he met Belarusian officials, and the Polish and "
            "Belarusian academies of sciences signed a cooperation agreement and protocol for 2017 "
            "to 2019.")
    found = [e for e in events(text, dt.date(2019, 2, 6)) if len(e.countries) == 2]
    assert found and {(e.date, e.date_precision) for e in found} \
        == {(dt.date(2016, 12, 5), "day")}


def test_a_month_later_counts_from_the_month_last_named() -> None:
    text = ("The case was opened in April 2021 by Belarus's prosecutor general. A month later "
            "Prosecutor General Andrei Shved said Minsk would ask Warsaw for legal assistance.")
    found = statements(text, dt.date(2024, 2, 9))
    assert [(e.date, e.date_precision, e.countries) for e in found] \
        == [(dt.date(2021, 5, 1), "month", ("BLR", "POL"))]


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


def test_a_saying_is_never_dated_after_the_report() -> None:
    published = dt.date(2025, 1, 31)
    plan = ExtractedEvent("statement", dt.date(2025, 5, 1), ("BLR", "POL"), "month")
    act = ExtractedEvent("measure", dt.date(2025, 5, 1), ("BLR", "POL"), "month")
    for event in (plan, act):
        said_by_publication(event, published)
    assert (plan.date, plan.date_precision) == (published, "day")
    assert (act.date, act.date_precision) == (dt.date(2025, 5, 1), "month")  # a plan's day


def test_years_later_counts_from_the_year_named_even_inside_a_longer_phrase() -> None:
    text = ("Andrzej Poczobut, a journalist, was detained in Grodno in 2021 and sentenced two "
            "years later to eight years in a penal colony.")
    found = [e for e in events(text, dt.date(2025, 8, 10)) if e.kind == "measure"]
    assert sorted(e.date.year for e in found) == [2021, 2023]


def test_today_after_a_dateline_is_the_report_day() -> None:
    """The small model leaves "Today" untagged after a dateline and an earlier day; the
    session is still held on the report's day, not on the day named before."""
    text = ("MINSK, 21 September (BelTA) – This week brought a busy round of contacts.\n\n"
            "The visit, made at the invitation of the Polish side, ended on Thursday.\n\n"
            "Today Minsk hosted the seventh session of the Belarusian-Polish working group on "
            "cooperation in agriculture.")
    found = [e for e in events(text, dt.date(2018, 9, 21)) if "seventh session" in (e.evidence or "")]
    assert [e.date for e in found] == [dt.date(2018, 9, 21)]


def test_said_then_and_added_are_on_the_day_named_before() -> None:
    """"The previous round took place on 3 December last year. [...] Karpiński said then
    that ... He added that ...": both remarks were made at that round, not on the report's
    day nor in "the years 1917-1921" the round dealt with."""
    text = ("Polish and Belarusian historians met in Minsk on Friday for the fourth round of "
            "their dialogue.\n\n"
            "The previous round took place at the University of Białystok on 3 December last "
            "year. It dealt with the turbulent years 1917-1921.\n\n"
            "Cezary Karpiński, director of the Polish Institute in Minsk, said then that the "
            "initiative could become part of a new opening in Polish-Belarusian relations. He "
            "added that on both sides of the border there was demand for dialogue.")
    said = [e for e in statements(text, dt.date(2019, 12, 9)) if e.countries == ("BLR", "POL")]
    assert {(e.date, e.date_precision) for e in said} == {(dt.date(2018, 12, 3), "day")}


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


@pytest.mark.parametrize(("text", "published", "said_on"), [
    # "more are planned for May, he said" in April: next May, and the saying stays on the
    # report's day (not the May before, read as an intention the speaker once had)
    ("Aleksandr Lukashenko spoke about Poland on Thursday. The president also drew attention "
     "to the military build-up on the Polish side of the border. Exercises are under way "
     "there and more are planned for May, he said.", dt.date(2024, 4, 12), dt.date(2024, 4, 11)),
    # "Poland takes over the rotating presidency on 1 January", written in December: next
    # January, so the undated remark after it keeps the report's day
    ("Poland takes over the rotating presidency of the EU on 1 January. Presenting the "
     "programme at a recent press conference, Foreign Minister Radosław Sikorski said the "
     "presidency would keep up sanctions against Belarus.", dt.date(2024, 12, 20),
     dt.date(2024, 12, 20)),
])
def test_a_plan_told_in_the_present_lies_ahead(text: str, published: dt.date,
                                               said_on: dt.date) -> None:
    found = statements(text, published)
    assert found and all(e.date == said_on for e in found)


@pytest.mark.parametrize(("text", "published", "days"), [
    pytest.param(  # the paragraphs between, about the day before, do not date his words
        "MINSK, 13 October – Belarus condemns Poland's refusal to let in a Belarusian "
        "parliamentarian travelling as an OSCE observer, the press secretary of the "
        "Belarusian Foreign Ministry, Anatoly Glaz, said on Friday.\n\n"
        "Denis Karas was turned back at the Brest–Terespol checkpoint on Thursday.\n\n"
        "Speaking to a newspaper, the deputy explained that Poland had invited the OSCE to "
        "monitor the vote. He called the Polish decision incomprehensible and unfriendly, "
        "and said it undermined trust in the elections in Poland.\n\n"
        "According to Anatoly Glaz, Warsaw's unilateral and politicised decision has "
        "deprived Belarus of the opportunity to take part in OSCE election observation. "
        "Filtering out observers is a gross violation of Poland's OSCE commitments, the "
        "spokesman said.", dt.date(2023, 10, 13), [dt.date(2023, 10, 13)], id="continues"),
    pytest.param(  # the guard: a paragraph's own day dates what it tells
        "Belarusian Foreign Ministry spokesman Anatoly Glaz said on Friday that Poland was "
        "stoking tension.\n\n"
        "On Monday Minsk recalled its ambassador from Warsaw. Glaz said the step had been "
        "forced on Belarus by Poland.", dt.date(2023, 10, 17),
        [dt.date(2023, 10, 13), dt.date(2023, 10, 16)], id="own-paragraph-day"),
])
def test_a_speakers_undated_remark_continues_the_day_the_text_gave_that_speaker(
        text: str, published: dt.date, days: list[dt.date]) -> None:
    said = [e for e in statements(text, published)
            if e.speaker is not None and e.speaker.name == "Anatoly Glaz"]
    assert sorted(e.date for e in said) == days


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


def test_a_day_of_the_month_just_named_with_its_year_is_in_that_year() -> None:
    # "17 November" alone would be the last one before publication (2022); the sentence has
    # just named November 2021
    found = statements("After an American firm tied the hackers to the Belarusian government "
                       "in November 2021, government spokesman Piotr Müller told national "
                       "radio on 17 November that the attack had come from Belarus.",
                       dt.date(2023, 4, 22))
    assert [e.date for e in found] == [dt.date(2021, 11, 17)]


def test_a_day_with_last_year_keeps_its_own_year() -> None:
    found = statements("The ban was lifted in April 2025. On 20 April last year, Lukashenka "
                       "said that Poland had flooded the market with apples.",
                       dt.date(2025, 5, 28))
    assert [e.date for e in found] == [dt.date(2024, 4, 20)]


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



def test_a_march_the_text_dated_dates_those_who_marched_in_it() -> None:
    # "every evening" recurs (it was read as Friday evening again) and "almost two weeks" is
    # a length: neither names a day, so the march keeps 20 August, and "marched" in the next
    # paragraph is that march (20 August is too long before publication to go on as the
    # story's day)
    found = events("Lublin lit its town hall in the colours of the Belarusian flag on Friday "
                   "evening.\n\nBiałystok took to the streets earlier. On Thursday, 20 August, a "
                   "solidarity march organised by Belarusians who have settled in the city "
                   "carried a 30-metre white-red-white flag along the main streets to the "
                   "Belarusian consulate, where people had been gathering every evening for "
                   "almost two weeks. At least several hundred took part.\n\nMayor Tadeusz "
                   "Truskolaski marched with the Belarusians. He said the election in Belarus "
                   "had been rigged.", dt.date(2020, 9, 12))
    assert [(e.kind, e.date, e.countries) for e in found if e.kind == "meeting"] == [
        ("meeting", dt.date(2020, 8, 20), ("BLR", "POL"))]
    # what he said in the paragraph about the march, he said there
    assert [e.date for e in found if e.kind == "statement"] == [dt.date(2020, 8, 20)]


@pytest.mark.parametrize("text", [
    "Representatives of the Białystok city authorities walked alongside members of the "
    "Belarusian diaspora on Sunday.",
    "On Sunday the deputy mayor of Gdańsk marched with Belarusian exiles through the old town.",
    # several groups of both sides as one subject march together
    "Belarusians living in Białystok and representatives of the city authorities marched "
    "through the centre of the city on Sunday.",
])
def test_officials_marching_with_the_other_side_is_a_contact(text: str) -> None:
    assert [(e.kind, e.countries) for e in events(text, dt.date(2023, 8, 7))] == [
        ("meeting", ("BLR", "POL"))]


@pytest.mark.parametrize("text", [
    "Belarusian soldiers marched towards the Polish border on Sunday.",
    "Thousands of Belarusians marched to the Polish embassy in Minsk on Sunday.",
])
def test_one_side_marching_towards_the_other_is_no_contact(text: str) -> None:
    assert [e for e in events(text, dt.date(2023, 8, 7)) if e.kind == "meeting"] == []


def test_that_month_after_a_year_is_in_that_year() -> None:
    text = ("In March 2017 Piotr Naimski told journalists that Poland would not buy power from "
            "the Belarusian plant. That August, Foreign Minister Witold Waszczykowski told RIA "
            "Novosti that Poland would not buy Belarusian electricity.")
    said = [e for e in events(text, dt.date(2020, 6, 17)) if e.kind == "statement"]
    assert sorted((e.date, e.date_precision) for e in said) == [
        (dt.date(2017, 3, 1), "month"), (dt.date(2017, 8, 1), "month")]


def test_a_march_in_lower_case_is_no_month() -> None:
    text = ("On the eve of the previous march, on 22 February 2019, Anatoly Glaz told BelTA "
            "that the ministry regarded the march in Hajnówka with concern and blamed Poland.")
    said = [e for e in events(text, dt.date(2020, 2, 22)) if e.kind == "statement"]
    assert [(e.date, e.date_precision) for e in said] == [(dt.date(2019, 2, 22), "day")]


def test_a_date_closing_a_participle_on_the_object_dates_the_verb() -> None:
    # the parser hangs "in June" on "creating": the decree was signed in June
    found = events("Lukashenka signed the decree creating the holiday in June.",
                   dt.date(2021, 9, 18))
    assert [(e.date, e.date_precision) for e in found] == [(dt.date(2021, 6, 1), "month")]
    found = events("Lukashenka signed the decree in June creating the holiday.",
                   dt.date(2021, 9, 18))
    assert [(e.date, e.date_precision) for e in found] == [(dt.date(2021, 6, 1), "month")]
