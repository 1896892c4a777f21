"""Tone of statements: VADER plus the diplomatic lexicon, in [-1, 1]."""

from __future__ import annotations

import pytest

from pipeline.extraction import load_nlp
from pipeline.extraction.stance import verb_stance
from pipeline.extraction.tone import (
    NEUTRAL_BAND,
    negation_scoped,
    tone,
    tone_label,
)
from tests.sentence_helpers import statements


def test_diplomatic_hostility_is_negative() -> None:
    value = tone("The president demonized the insidious West and warned of a hostile threat.")
    assert value < -NEUTRAL_BAND
    assert tone_label(value) == "negative"


def test_diplomatic_cooperation_is_positive() -> None:
    value = tone("Its goal is de-escalating tensions and confidence-building between neighbours.")
    assert value > NEUTRAL_BAND
    assert tone_label(value) == "positive"


def test_diplomatic_words_change_vader_scores() -> None:
    # VADER alone knows none of these words; the lexicon file makes them count
    assert tone("The talks were about de-escalating.") > 0
    assert tone("They called it an insidious move.") < 0


def test_hostility_to_a_nation_is_negative() -> None:
    assert tone_label(tone("Analysts said the verdict carried an anti-Polish undertone.")) \
        == "negative"


def test_to_treat_is_no_praise() -> None:
    assert tone_label(tone("The ministry said it would treat the declarations as they come.")) \
        == "neutral"


def test_plain_report_is_neutral() -> None:
    value = tone("The delegation came to Brest in August.")
    assert value == 0.0
    assert tone_label(value) == "neutral"
    assert tone_label(None) == "neutral"


def test_negation_turns_the_sign() -> None:
    assert tone("Poland is a threat.") < 0
    assert tone("Poland is not a threat.") > tone("Poland is a threat.")


def test_range_is_bounded() -> None:
    text = "great excellent wonderful friendly constructive cooperation " * 20
    assert -1.0 <= tone(text) <= 1.0
    assert tone("") == 0.0


def test_act_prior_gives_neutral_words_the_sign_of_the_act() -> None:
    text = "The minister answered the request of the neighbouring government."
    assert abs(tone(text)) < NEUTRAL_BAND  # the words alone lean nowhere
    assert tone_label(tone(text, ("120",))) == "negative"  # 12x: reject
    assert tone_label(tone("The minister thanked the neighbouring government.", ("051",))) \
        == "positive"


def test_plain_saying_borrows_the_lean_of_a_hostile_act_it_reports() -> None:
    text = "The premier said the government would close two more crossings."
    assert tone(text, ("010", "172")) < -NEUTRAL_BAND
    assert tone(text, ("010", "042")) == tone(text, ("010",))  # a visit is a setting


def test_institutional_words_are_not_sentiment() -> None:
    assert abs(tone("The special services and the Security Council met.")) < NEUTRAL_BAND


def test_the_statement_verb_gives_the_speakers_stance() -> None:
    nlp = load_nlp()
    hostile = nlp("The minister claimed that the neighbours were dreaming of the region.")
    friendly = nlp("The minister thanked the neighbours for the talks.")
    silent = nlp("The ministry declined to comment on the report.")
    assert verb_stance(hostile[2]) < 0 and verb_stance(friendly[2]) > 0
    assert verb_stance(silent[2]) is None
    text = hostile.text
    assert tone_label(tone(text, "010", verb_stance(hostile[2]))) == "negative"
    assert tone(silent.text, "011", verb_stance(silent[2])) == 0.0


def test_an_instruction_not_to_act_is_a_rebuke() -> None:
    doc = load_nlp()("The minister told his counterpart not to poke his nose into our affairs.")
    assert verb_stance(doc[2]) < 0


def test_reducing_a_bad_thing_is_good() -> None:
    assert tone_label(tone("Minsk wants to lower military tension with its neighbour.")) == \
        "positive"
    assert tone("The two sides should avoid escalation.") > 0


def test_a_good_thing_after_a_verb_of_harm_counts_against_the_act() -> None:
    # VADER alone reads "good-neighbourly cooperation" as friendly
    assert tone("Minsk said Warsaw was undermining good-neighbourly cooperation.") < \
        -NEUTRAL_BAND
    assert tone("Minsk praised good-neighbourly cooperation.") > NEUTRAL_BAND


# --- generalisation rules: contrast, concession, mild reports ------------------------

def test_clause_after_but_decides_a_conceded_statement() -> None:
    # a flat point after a friendly concession reads as a reservation
    conceded = tone("The envoy said the gesture was welcome, but that the remaining steps "
                    "were still far off.", ("010",))
    assert tone_label(conceded) == "negative"
    # the point with a lean of its own decides over the concession's words
    turned = tone("The minister said the talks had been difficult, but that both sides "
                  "had made real progress.", ("010",))
    assert tone_label(turned) == "positive"


def test_readiness_never_answered_is_hostile() -> None:
    value = tone("He said he had always been open to good ties with the neighbours but that "
                 "the other capital had never answered.", ("010",))
    assert tone_label(value) == "negative"


def test_although_puts_the_concession_after_the_word() -> None:
    value = tone("Although the meeting was friendly, the minister said the border dispute "
                 "was a serious danger to the region.", ("010",))
    assert tone_label(value) == "negative"


def test_flat_statement_with_flat_contrast_is_left_to_vader() -> None:
    from pipeline.extraction.tone import _analyzer, contrast_weighted

    text = "The spokesman said the delegation left for Minsk, but that the train was late."
    assert contrast_weighted(text) == _analyzer().polarity_scores(text)["compound"]


def test_mild_plain_report_stays_neutral() -> None:
    value = tone("The minister wrote that the government would keep working to bring the "
                 "remaining prisoners home.", ("010",))
    assert tone_label(value) == "neutral"


def test_claimed_frames_a_flat_assertion_as_hostile() -> None:
    nlp = load_nlp()
    doc = nlp("The general claimed that foreign troops were gathering near the frontier.")
    verb = next(t for t in doc if t.lemma_ == "claim")
    stance = verb_stance(verb)
    assert stance is not None and stance < 0
    value = tone(doc.text, ("010",), stance)
    assert tone_label(value) == "negative"


def test_but_also_adds_rather_than_contrasts() -> None:
    from pipeline.extraction.tone import _analyzer, contrast_weighted

    text = "He said the neighbours were good friends but also partners in trade."
    assert contrast_weighted(text) == _analyzer().polarity_scores(text)["compound"]
    assert tone_label(tone(text, ("010",))) == "positive"


def test_words_of_state_hostility_and_dismissive_hedges_are_negative() -> None:
    assert tone_label(tone("He said the neighbours were militarising the frontier zone.",
                           ("010",))) == "negative"
    assert tone_label(tone("She said the other side kept weaponising the refugees.",
                           ("010",))) == "negative"
    assert tone("The minister spoke of the so-called peace plan.", ("010",)) < \
        tone("The minister spoke of the peace plan.", ("010",))


def test_mending_relations_is_friendly() -> None:
    value = tone("The president said the two neighbours should talk and mend relations.",
                 ("010",))
    assert tone_label(value) == "positive"


# --- constructions whose stance is not in their words ---------------------------------

def _statement_tone(sentence: str, verb_lemma: str) -> float:
    doc = load_nlp()(sentence)
    verb = next(t for t in doc if t.lemma_.lower() == verb_lemma)
    return tone(doc.text, ("010",), verb_stance(verb))


def test_a_promised_answer_under_a_condition_is_a_threat() -> None:
    threat = ("The defence minister said that if the neighbours station new missiles near "
              "the frontier, his country will respond with its partners.")
    assert tone_label(_statement_tone(threat, "say")) == "negative"
    # the same answer without a condition is a plain announcement
    plain = "The defence minister said his country will respond to the letter next week."
    assert tone_label(_statement_tone(plain, "say")) == "neutral"


def test_a_condition_on_the_first_of_coordinated_verbs_covers_the_answer() -> None:
    threat = ("The president said that if the neighbours expand their garrison, his country "
              "is ready and will react together with its partners.")
    assert tone_label(_statement_tone(threat, "say")) == "negative"


def test_not_ruling_out_a_hostile_act_is_a_threat_of_it() -> None:
    hostile = "The minister said the government did not exclude new sanctions against the regime."
    assert tone_label(_statement_tone(hostile, "say")) == "negative"
    # a friendly option kept open is no threat
    friendly = "The minister said the government did not exclude a visit by the premier."
    assert tone_label(_statement_tone(friendly, "say")) != "negative"


def test_refusing_to_recognise_is_a_refusal_whatever_its_words() -> None:
    refusal = ("The country would not recognise any arrangements made by the great powers "
               "for a lasting peace, the foreign minister said.")
    assert tone_label(_statement_tone(refusal, "say")) == "negative"
    accepting = ("The country would recognise the arrangements made by the great powers "
                 "for a lasting peace, the foreign minister said.")
    assert tone_label(_statement_tone(accepting, "say")) != "negative"


def test_a_hostile_frame_does_not_mean_the_friendly_words_it_reports() -> None:
    # "ready" and "glad" are what the speaker alleges of the other side
    value = _statement_tone("The general claimed the neighbours were ready and glad to seize "
                            "the eastern provinces.", "claim")
    assert tone_label(value) == "negative"


def test_veiled_warning_formulas_are_warnings() -> None:
    for text in ("The spokesman said he hoped the embassy would draw the necessary "
                 "conclusions from the incident.",
                 "The minister said the regime would soon feel the real cost of its conduct.",
                 "He hinted that his services could show the neighbours what they were "
                 "truly capable of."):
        assert tone_label(tone(text, ("010",))) == "negative", text
    # the same words in their everyday senses, not as a prospect, warn of nothing
    for text in ("The study draws conclusions about the trade between the two countries.",
                 "Importers paid the market price for the grain."):
        assert tone_label(tone(text, ("010",))) == "neutral", text


def test_praise_in_a_mocking_remark_is_not_praise() -> None:
    text = ("In a sarcastic post, the minister asked why the whole nation adored its "
            "wonderful leader so much.")
    assert tone_label(tone(text, ("010",))) == "negative"
    assert tone_label(tone(text.replace("sarcastic", "long"), ("010",))) == "positive"


def test_thanks_to_ones_own_servicemen_is_no_friendliness_abroad() -> None:
    text = ("The interior minister said the attempted crossings at the frontier had been "
            "stopped and thanked the border guards on duty over the holidays.")
    assert tone("The interior minister thanked the neighbouring government.") > NEUTRAL_BAND
    assert tone_label(tone(text, ("010",))) != "positive"


def test_negated_estrangement_is_closeness() -> None:
    assert tone_label(tone("The two nations are no strangers, the envoy noted.", ("010",))) \
        == "positive"
    assert tone_label(tone("The two nations have become strangers.", ("010",))) == "negative"


def test_a_promise_to_look_into_a_matter_later_says_nothing_yet() -> None:
    doc = load_nlp()("The spokeswoman said the ministry would study the hostile accusations "
                     "once the embassy had sent its report.")
    said = next(t for t in doc if t.lemma_ == "say")
    assert verb_stance(said) is None
    assert tone(doc.text, ("010",), verb_stance(said)) == 0.0
    # a promise to act is not a deferral
    acting = load_nlp()("The spokeswoman said the ministry would expel the attaché.")
    assert verb_stance(next(t for t in acting if t.lemma_ == "say")) is not None


def test_an_act_called_unintended_lends_no_hostile_lean() -> None:
    excused = ("The general said the helicopter had crossed the frontier by mistake during "
               "a training flight.")
    deliberate = "The general said the helicopter had crossed the frontier during a raid."
    assert tone_label(tone(excused, ("010", "150"))) == "neutral"
    assert tone_label(tone(deliberate, ("010", "150"))) == "negative"


def test_typographic_apostrophes_and_quotes_read_like_ascii_ones() -> None:
    """News text uses ’ and “ ”; the sentiment lexicon's negation and words must still apply."""
    for curly, plain in [
        ("Minsk said it didn\u2019t want a conflict with Warsaw.",
         "Minsk said it didn't want a conflict with Warsaw."),
        ("He called the plan \u201cinsidious\u201d and hostile.",
         'He called the plan "insidious" and hostile.'),
        ("The minister said Poland wasn\u2019t a threat to anyone.",
         "The minister said Poland wasn't a threat to anyone."),
    ]:
        assert tone(curly) == tone(plain)


@pytest.mark.parametrize("text", [
    "According to him, the Poles turned that offer down.",
    "To our amazement, there has been a complete refusal to accept Polish support for "
    "humanitarian purposes.",
    "Minsk rebuffed the generous proposal of friendly talks.",
])
def test_a_rejection_told_as_such_is_negative_whatever_was_rejected(text: str) -> None:
    assert tone_label(tone(text, ("010",), 0.0)) == "negative"



EXCHANGE = ("Belarus's foreign ministry on Monday accused Poland of a hostile, aggressive "
            "provocation on the border.\n\n"
            "Spokesman Anatoly Glaz said on Monday that Warsaw's actions were a dangerous "
            "threat.\n\n"
            "Glaz added on Tuesday that Minsk had asked Poland for an explanation.")


def _statement_tones(text: str) -> list[float | None]:
    import datetime as dt

    from pipeline.extraction import extract
    from pipeline.types import Article
    return [e.tone for e in extract(Article(text=text, published=dt.date(2023, 4, 18)))
            if e.kind == "statement" and set(e.countries) == {"BLR", "POL"}]


def test_a_flat_remark_takes_the_lean_of_the_exchange_it_belongs_to() -> None:
    tones = _statement_tones(EXCHANGE)
    assert len(tones) == 3 and all(t is not None and t < 0 for t in tones)
    assert tones[-1] == -NEUTRAL_BAND  # the weakest clear lean, not a strong one


def test_a_flat_remark_alone_stays_flat() -> None:
    # the guard: no other statement about the pair, nothing to lean on
    text = "Spokesman Anatoly Glaz said on Tuesday that Minsk had asked Poland for an explanation."
    assert [abs(t or 0.0) < NEUTRAL_BAND for t in _statement_tones(text)] == [True]


def test_a_negated_verb_denies_its_whole_phrase() -> None:
    # "enemies" is six words after "not": beyond VADER's own three-word reach
    sentence = next(load_nlp()("Belarusians do not want the Poles to regard them as "
                               "strangers or enemies.").sents)
    assert tone(sentence.text) < -NEUTRAL_BAND
    assert abs(tone(negation_scoped(sentence))) < NEUTRAL_BAND


def test_negation_does_not_reach_a_clause_joined_by_and_or_a_name() -> None:
    doc = load_nlp()("Minsk did not reply and accused Warsaw of a hostile provocation. "
                     "Poland should not be honouring a representative of the hateful regime.")
    assert [negation_scoped(s) for s in doc.sents] == [s.text for s in doc.sents]


def test_a_reproach_in_back_to_back_remarks_sets_their_tone() -> None:
    # one speaker's remarks are one statement; the first is friendly, the second a demand
    tones = _statement_tones(
        "On Tuesday the Senate speaker, Tomasz Grodzki, opened a conference on Belarus, "
        "pledging that the Senate would keep supporting the democratic aspirations of "
        "Belarusian society. Grodzki called on the Lukashenko regime to release Andrzej "
        "Poczobut and the other jailed Poles.")
    assert len(tones) == 1
    assert (tones[0] or 0.0) <= -NEUTRAL_BAND


def test_thanks_to_the_other_side_keep_their_tone_beside_a_later_reproach() -> None:
    # thanks (CAMEO 05) are about the relation itself; a reproach of the regime told next
    # does not turn them into one
    tones = _statement_tones(
        "Pavel Latushka came to the marshal's office in Białystok on Monday. He used the "
        "visit to thank the Polish marshal for setting up the Belarusian Culture Centre. "
        "Belarusians, he said, can still be active, but only in neighbouring countries and "
        "above all in Poland, because at home there are thousands of political prisoners "
        "and no independent press.")
    assert len(tones) == 1
    assert (tones[0] or 0.0) >= NEUTRAL_BAND


def test_the_words_describing_the_speaker_lend_the_statement_no_tone() -> None:
    text = ("Paweł Siewiaryniec, one of the activists who have been protesting for a month "
            "against a restaurant opened next to the burial ground, said Belarusians were "
            "grateful to Poland.")
    (tone_said,) = _statement_tones(text)
    assert tone_said is not None and tone_said > 0


@pytest.mark.parametrize("text", [
    "Rau said the fate of Belarus should lie in the hands of Belarusians, not of the regime "
    "in Minsk.",
    "The spokesman said the new year would bring good news for the political prisoners.",
    "Duda said he wished the people of Belarus a happy future, free of the dictatorship.",
])
def test_naming_a_persecuting_regime_condemns_that_government(text: str) -> None:
    assert tone_label(tone(text)) == "negative"


@pytest.mark.parametrize("text", [
    # help and solidarity for the regime's victims: the kind words mean what they say
    "Kamiński said Poland would gladly support and help everyone who escapes the regime.",
    # a regime that is a legal arrangement
    "Szejna said the small border traffic regime would be good news for both nations.",
])
def test_kind_words_about_victims_or_arrangements_stay_kind(text: str) -> None:
    assert tone_label(tone(text)) == "positive"


def test_a_friendly_verb_keeps_its_lean_beside_political_prisoners() -> None:
    value = _statement_tone("Warsaw welcomed the release of two political prisoners.",
                            "welcome")
    assert tone_label(value) == "positive"


@pytest.mark.parametrize(("text", "friendly"), [
    # an exile's hostile words aim at the regime she fled; to Poland, her host, she is friendly
    ("Sviatlana Tsikhanouskaya called the coming ballot in Belarus a farce and urged the "
     "Polish Senate not to recognise it.", True),
    # the same words from the regime's side are hostile
    ("Alyaksandr Lukashenka called the coming ballot in Poland a farce and urged the Polish "
     "Senate not to recognise it.", False),
])
def test_an_exiles_words_to_the_state_sheltering_them_are_friendly(text: str,
                                                                    friendly: bool) -> None:
    (said,) = statements(text)
    assert said.pair == ("BLR", "POL")
    assert (said.tone is not None and said.tone >= 0.2) == friendly
