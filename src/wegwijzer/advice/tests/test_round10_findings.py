"""What the tenth blind review (docs/fidelity/round10/review.md) found, as new people and what they see.

The people here are not the reviewer's: each is a new person with the trait the finding was about.
"""

from .reading import advice_for, codes


# 1. The generic recognition step is not for someone with a completed diploma from mbo 2 up (v03, v19, v20).
def test_a_care_worker_with_her_mbo3_diploma_is_not_asked_to_prove_what_she_can():
    advice = advice_for({"age": 36, "education": "mbo3", "education_completed": True, "work_status": "vast",
                         "years_experience": 15, "scales": {"motivation": 5, "employer_support": 4}})  # fmt: skip
    assert "maak_ervaring_zichtbaar" not in codes(advice["steps"])


def test_a_warehouse_worker_without_a_diploma_still_gets_his_experience_recorded():
    advice = advice_for({"age": 36, "education": "vmbo", "education_completed": False, "work_status": "vast",
                         "years_experience": 15, "scales": {"motivation": 5, "employer_support": 4}})  # fmt: skip
    assert "maak_ervaring_zichtbaar" in codes(advice["steps"])


# 4. Hours and contract only for a single parent on a temporary contract who said she wants to go on (v16).
def test_a_single_father_with_a_permanent_job_is_not_told_to_talk_about_his_contract():
    father = {"age": 42, "work_status": "vast", "single_parent": True, "children_under_12": 1,
              "problems": ["kinderopvang", "geldzorgen"], "goal": "zekerheid", "scales": {"motivation": 5}}  # fmt: skip
    assert "uren_en_contract_bespreken" not in codes(advice_for(father)["steps"])
    temporary_but_unsure = {**father, "work_status": "tijdelijk", "scales": {"motivation": 3}}
    assert "uren_en_contract_bespreken" not in codes(advice_for(temporary_but_unsure)["steps"])


# 4. "Je hebt tijd, voor jou geen drempel" is not said to someone who has time because there is no work (v08, v12).
def test_time_is_no_strength_for_someone_out_of_work():
    jobless = advice_for({"age": 50, "work_status": "werkzoekend", "benefit": "ww", "scales": {"time": 5}})
    assert "tijd" not in codes(jobless["strengths"])
    working = advice_for({"age": 50, "work_status": "vast", "scales": {"time": 5}})
    assert "tijd" in codes(working["strengths"])


# 5. A job that may disappear: learning for other work, not "meelopen met een collega" in that job (v01).
def test_a_worker_whose_job_may_go_is_not_sent_to_learn_on_its_shop_floor():
    advice = advice_for({"age": 48, "education": "vmbo", "work_status": "vast", "job_at_risk": True,
                         "scales": {"learning_attitude": 2, "sees_urgency": 1}})  # fmt: skip
    assert "leren_op_de_werkvloer" not in codes(advice["steps"])
    assert "omscholen_met_baan" in codes(advice["steps"])


# 5. Care for someone is a step only when time is short or it presses (v11: time 3, no problem named).
def test_a_carer_with_enough_time_is_not_first_sent_to_respite_care():
    advice = advice_for({"age": 56, "work_status": "werkzoekend", "benefit": "ww", "informal_care": True,
                         "scales": {"time": 3}})  # fmt: skip
    assert "mantelzorg_verlichten" not in codes(advice["steps"])


# 7. The service names the place the text sends the person to (v04, v06, v09: "begin bij het Leerwerkloket").
def test_a_coach_step_that_sends_to_the_leerwerkloket_names_it_as_its_service():
    for profile in (
        {"age": 48, "work_status": "niet_werkend", "benefit": "geen", "goal": "weet_niet"},
        {"age": 35, "work_status": "oproep", "flex_choice": "bewust", "scales": {"motivation": 1}},
    ):
        for step in advice_for(profile)["steps"]:
            if "Begin daarom bij het Leerwerkloket" in step["why"]:
                assert step["service"] == "leerwerkloket", step["code"]
