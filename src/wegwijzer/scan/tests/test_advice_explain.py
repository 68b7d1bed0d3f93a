"""'Omdat je zei …' on one line under a step: each question once, in the scan's words, with what the person chose."""

from wegwijzer.scan.templatetags.advice_explain import answers_in_short


def test_options_of_one_question_share_it_and_questions_are_separated():
    because = [
        {"field": "single_parent", "value": True},
        {"field": "problems", "value": "schulden"},
        {"field": "problems", "value": "geldzorgen"},
    ]
    assert answers_in_short(because) == (
        "„Zorg je alleen voor je kinderen?” Ja; "
        "„Speelt een van deze dingen nu in je leven?” Je hebt schulden, zorgen over geld"
    )


def test_a_statement_reads_with_the_chosen_point_and_names_keep_their_capitals():
    assert answers_in_short([{"field": "scales.self_efficacy", "value": 2}]) == "„Ik kan een cursus afmaken.” Vaak niet"
    assert answers_in_short([{"field": "benefit", "value": "ww"}]) == "„Krijg je een uitkering?” Ja, WW"


def test_nothing_said_gives_no_line():
    assert answers_in_short([]) == "" and answers_in_short(None) == ""
