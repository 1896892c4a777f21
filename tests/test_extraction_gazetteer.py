"""The gazetteer data files are consistent with each other and with the CAMEO table."""

from __future__ import annotations

import datetime as dt
import re

from pipeline.cameo import lookup
from pipeline.extraction import extract
from pipeline.extraction.entities import find_mentions
from pipeline.extraction.gazetteer import load_gazetteer
from pipeline.extraction.nlp import load_nlp
from pipeline.types import Article, fold

KINDS = {"meeting", "statement", "measure", "incident", "other"}


def countries_of(text: str, kind: str) -> dict[str | None, str | None]:
    """Each resolved name of one kind of mention in the text, and its country."""
    doc = load_nlp()(text)
    return {m.name: m.country for m in find_mentions(doc, dt.date(2023, 1, 1)).mentions
            if m.kind == kind}


def test_country_codes_are_iso_alpha3_and_referenced_codes_exist() -> None:
    gaz = load_gazetteer()
    codes = set(gaz.country_names)
    assert {"BLR", "POL", "RUS", "UKR", "LTU", "USA", "DEU"} <= codes
    assert all(re.fullmatch(r"[A-Z]{3}", code) for code in codes)
    for entry in gaz.entries.values():
        assert entry.country is None or entry.country in codes, entry
    for (country, _role), holders in gaz.role_holders.items():
        assert country in codes
        for holder in holders:
            assert holder.person in gaz.persons


def test_role_holders_do_not_overlap() -> None:
    for key, holders in load_gazetteer().role_holders.items():
        spans = sorted((h.start, h.end or dt.date.max) for h in holders)
        for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
            assert end <= start, key


def test_trigger_codes_exist_in_the_cameo_table() -> None:
    for lemma, triggers in load_gazetteer().triggers.items():
        for trigger in triggers:
            if trigger.kind == "none":  # "meet the standard": no event, no code
                assert trigger.requires is not None and trigger.cameo == "-", lemma
                continue
            assert trigger.kind in KINDS, lemma
            assert lookup(trigger.cameo) is not None, (lemma, trigger.cameo)


def test_holder_on_a_date() -> None:
    gaz = load_gazetteer()
    assert gaz.holder("POL", "prime_minister", dt.date(2019, 3, 5)) == "Mateusz Morawiecki"
    assert gaz.holder("POL", "prime_minister", dt.date(2024, 3, 5)) == "Donald Tusk"
    assert gaz.holder("BLR", "foreign_minister", dt.date(2023, 6, 1)) == "Sergei Aleinik"
    assert gaz.holder("BLR", "foreign_minister", dt.date(1990, 1, 1)) is None


def test_spellings_and_ministries_resolve() -> None:
    doc = load_nlp()("Łukaszenka and Lukaszenka met the Polish MFA, then the Belarusian "
                     "Foreign Ministry and Poland's MoD. The ministry said nothing.")
    mentions = find_mentions(doc, dt.date(2022, 1, 1))
    names = [m.name for m in mentions.mentions if m.name]
    assert names.count("Alyaksandr Lukashenka") == 2
    assert "Ministry of Foreign Affairs of Poland" in names
    assert "Ministry of Foreign Affairs of Belarus" in names
    assert "Ministry of National Defence of Poland" in names
    lukashenka = next(m for m in mentions.mentions if m.name == "Alyaksandr Lukashenka")
    assert set(lukashenka.aliases) == {"Łukaszenka", "Lukaszenka"}


def test_lowercase_words_are_not_countries() -> None:
    doc = load_nlp()("They told us to scale a pole near the mon river.")
    assert [m.kind for m in find_mentions(doc, None).mentions] == []


def test_a_sum_in_a_countrys_currency_names_no_country() -> None:
    """"put the damage at about 20 million US dollars": the currency is no party to the
    act; the state named elsewhere in the sentence still is."""
    text = ("Vasily Rudenik of the State Control Committee of Belarus said an inspection put "
            "the damage at about 20 million US dollars.")
    assert set(countries_of(text, "country").values()) == {"BLR"}


def test_a_title_before_an_institution_word_announces_no_person() -> None:
    """"General" is a rank, but "the General Command" and "the General Staff" are
    institutions: no person called "Command" or "Staff" (institution_words.tsv)."""
    nlp = load_nlp()
    for text, word in [
        ("The General Command of the Polish Armed Forces announced on Thursday that a "
         "soldier had died.", "Command"),
        ("The General Staff said on Monday that drills near Brest would go on.", "Staff"),
    ]:
        mentions = find_mentions(nlp(text), dt.date(2024, 6, 6))
        people = [m.name for m in mentions.mentions if m.kind == "person"]
        assert word not in people, people
    titled = find_mentions(nlp("General Viktor Khrenin visited the troops in Brest on Monday."),
                           dt.date(2024, 6, 6))
    assert any("Khrenin" in (m.name or "") for m in titled.mentions if m.kind == "person")


def test_a_title_word_inside_an_archive_or_library_name_announces_no_person() -> None:
    """"State" is a title ("State Secretary"), but "the State Historical Archive in Minsk" is
    a Belarusian body, and a delegation's talks there and with another Belarusian body on
    the same day are two contacts, not one."""
    from pipeline.extraction import extract
    from pipeline.types import Article

    nlp = load_nlp()
    mentions = find_mentions(nlp("At the State Historical Archive in Minsk, the guests talked "
                                 "about a joint exhibition."), dt.date(2019, 3, 15))
    assert ("org", "State Historical Archive", "BLR") in [
        (m.kind, m.name, m.country) for m in mentions.mentions], mentions.mentions
    text = ("A delegation from Poland's Lubelskie Voivodeship spent Thursday in Minsk. The "
            "delegation sat down with the Belarusian Chamber of Commerce and Industry. At the "
            "State Historical Archive in Minsk, the visitors discussed a joint exhibition.")
    meetings = [e for e in extract(Article(text=text, published=dt.date(2019, 3, 15)))
                if e.kind == "meeting" and set(e.countries) == {"BLR", "POL"}]
    assert len(meetings) == 2, [(e.evidence, e.actors) for e in meetings]


def test_an_outlet_reports_and_a_state_broadcaster_speaks_for_its_state() -> None:
    from pipeline.extraction import extract
    from pipeline.types import Article

    def speakers(text: str) -> list[tuple[tuple[str, ...], str | None]]:
        found = extract(Article(text=text, published=dt.date(2022, 9, 15)))
        return [(e.countries, e.speaker.name if e.speaker else None)
                for e in found if e.kind == "statement"]

    # a private radio station that quotes others is where the words were read, no speaker
    assert all(name != "RMF FM" for _, name in speakers(
        "Polish diplomats quoted by the radio station RMF FM described the checks as a "
        "painful blow to Lukashenka's regime."))
    # the state channel's commentary is the Belarusian side's word on Poland
    assert speakers("Earlier this month, Belarusian state broadcaster CTV told viewers that "
                    "Warsaw, afraid of a cold winter, had stopped paying attention to "
                    "sanctions.") == [(("BLR", "POL"), "CTV")]


def test_state_agencies_and_companies_have_their_country() -> None:
    nlp, gaz = load_nlp(), load_gazetteer()
    assert gaz is not None
    doc = nlp("PAIH, Belarusian Railways and the Council of the Republic replied.")
    found = {m.name: m.country for m in find_mentions(doc, dt.date(2020, 10, 1)).mentions}
    assert found["Polish Investment and Trade Agency"] == "POL"
    assert found["Belarusian Railways"] == "BLR"
    assert found["Council of the Republic of Belarus"] == "BLR"


def test_a_body_named_with_its_states_possessive_is_that_body() -> None:
    # "Security Council" alone may be the UN's; "Belarus's Security Council" is not
    doc = load_nlp()("The state secretary of Belarus's Security Council spoke on Monday.")
    found = [(m.name, m.country) for m in find_mentions(doc, dt.date(2024, 11, 20)).mentions]
    assert found == [("Security Council of Belarus", "BLR")]


def test_kin_states_name_known_bodies_and_real_countries() -> None:
    gaz = load_gazetteer()
    codes = set(gaz.country_names)
    orgs = {fold(e.key) for e in gaz.entries.values() if e.kind == "org"}
    assert gaz.kin and all(kin in codes and home in codes and kin != home
                           for kin, home in gaz.kin.values())
    assert "union of poles in belarus" in orgs & set(gaz.kin)


def test_exile_bodies_and_the_customs_committee_are_belarusian() -> None:
    found = countries_of("Latushka spoke for the National Anti-Crisis Management, "
                         "Tsikhanouskaya for the United Transitional Cabinet, and the State "
                         "Customs Committee said nothing.", "org")
    assert found == {"National Anti-Crisis Management": "BLR",
                     "United Transitional Cabinet of Belarus": "BLR",
                     "State Customs Committee of Belarus": "BLR"}


def test_another_first_name_before_a_known_surname_is_another_person() -> None:
    # the president's son is not the president; a spelling of his own first name still is
    text = ("Aleksandr Lukashenko arrived with Viktor Lukashenko, his eldest son. Later Viktor "
            "Lukashenko flew home and Lukashenko stayed.")
    doc = load_nlp()(text)
    people = [(doc[m.start:m.end].text, m.name) for m in
              find_mentions(doc, dt.date(2024, 7, 2)).mentions if m.kind == "person"]
    assert people == [("Aleksandr Lukashenko", "Alyaksandr Lukashenka"),
                      ("Viktor Lukashenko", "Viktor Lukashenko"),
                      ("Viktor Lukashenko", "Viktor Lukashenko"),
                      ("Lukashenko", "Alyaksandr Lukashenka")]


def test_a_bracketed_acronym_is_of_the_country_its_full_name_holds() -> None:
    nlp = load_nlp()
    found = find_mentions(nlp("The Presidium of the Conference of Rectors of Academic Schools "
                              "in Poland (KRASP) voiced concern on 23 June."),
                          dt.date(2021, 6, 24))
    assert ("KRASP", "POL") in [(m.name, m.country) for m in found.mentions
                                if m.kind == "org"], found.mentions
    # a name that holds no country, or two, gives none
    found = find_mentions(nlp("The Association of Road Carriers (ZMPD) complained on Monday."),
                          dt.date(2021, 6, 24))
    assert all(m.country is None for m in found.mentions if m.kind == "org")


def test_ministers_of_both_governments_and_their_neighbours_have_their_country() -> None:
    # a minister the text titles without a country ("Culture Minister Piotr Gliński") is
    # known by name, as are the neighbours' leaders who speak about the pair
    found = countries_of("Culture Minister Piotr Gliński, Sports Minister Kamil Bortniczuk, "
                         "Natural Resources Minister Andrei Khudyk, Linas Linkevičius and "
                         "Krišjānis Kariņš spoke in turn.", "person")
    assert found == {"Piotr Gliński": "POL", "Kamil Bortniczuk": "POL",
                     "Andrei Khudyk": "BLR", "Linas Linkevičius": "LTU",
                     "Krišjānis Kariņš": "LVA"}


def test_the_senate_is_polands_unless_its_name_says_whose() -> None:
    # Belarus has no senate; a university's senate is named by its "of" phrase
    doc = load_nlp()("In a resolution adopted on Wednesday, the Senate called on Minsk to free "
                     "the prisoners. The Senate of Maria Curie-Skłodowska University in Lublin "
                     "declared its solidarity.")
    found = [(doc[m.start:m.end].text, m.name, m.country)
             for m in find_mentions(doc, dt.date(2024, 3, 21)).mentions
             if doc[m.start:m.end].text == "Senate"]
    assert found == [("Senate", "Senate of Poland", "POL"), ("Senate", None, None)]
    assert countries_of("The Senate of the Republic of Poland agreed.", "org") == {
        "Senate of Poland": "POL"}  # (its of-phrase names its own state)
    doc = load_nlp()("Opponents of Rwanda's Senate protested yesterday.")
    assert [(m.name, m.country) for m in find_mentions(doc, dt.date(2015, 6, 9)).mentions
            if m.kind == "org"] == [("Senate of Rwanda", "RWA")]  # (another state's own)


def test_an_acronym_given_in_brackets_names_its_body_later() -> None:
    text = ("The Belarusian Social and Cultural Society (BTSK), the largest organisation of the "
            "Belarusian minority in Poland, held its festival in Białystok. On Friday the BTSK's "
            "deputy chairman Bazyli Siegień welcomed Ambassador Vladimir Chushev.")
    found = extract(Article(text=text, published=dt.date(2020, 2, 21)))
    meeting = next(e for e in found if e.kind == "meeting")
    assert meeting.countries == ("BLR", "POL")
    assert ("Bazyli Siegień", "POL") in [(a.name, a.country) for a in meeting.actors]


def test_polands_national_prosecutors_office_is_polish() -> None:
    """"The National Prosecutor's Office announced that a Belarusian citizen was charged":
    the office is Poland's (Prokuratura Krajowa), so the charge is Poland's act toward a
    Belarusian."""
    found = extract(Article(
        text="The National Prosecutor's Office announced on Wednesday that a Belarusian "
             "citizen, identified as Stepan K., was charged on Monday with carrying out an act "
             "of sabotage.", published=dt.date(2025, 3, 12)))
    assert [(e.kind, e.countries, e.date) for e in found] == [
        ("measure", ("BLR", "POL"), dt.date(2025, 3, 10))]
