"""Which day "that day", a misparsed noun phrase's date, a date glued to a name, a live
blog's heading and an undated saying's occasion give; who speaks when a date hides the name,
a participle reports, a question is put or an embassy speaks; whom a quoted statement about
one's own crossing concerns.  On sentences of our own (dates that name things:
test_extraction_dates_of_things.py; the story's days and years:
test_extraction_story_days_and_years.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.sentence_helpers import events, statements


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


def test_a_speakerless_reading_of_a_spoken_sentence_is_dropped() -> None:
    text = ("Belarus's State Border Committee reported the crossing on Wednesday.\n\nThe "
            "committee added that Poland's \"ongoing provocative actions\", including what it "
            "called the spreading of fakes, showed Warsaw's wish to stoke tensions.")
    said = [e for e in events(text, dt.date(2022, 1, 20))
            if e.kind == "statement" and "added" in e.evidence]
    assert [e.speaker.name if e.speaker else None for e in said] == [
        "State Border Committee of Belarus"]
