"""Cases from the research beyond the public vignettes: what any faithful advice must do for these people."""

from wegwijzer.advice.engine import advise, validate_profile


def advice_for(profile: dict) -> dict:
    return advise(validate_profile(profile))


def categories(advice: dict) -> list[str]:
    return [step["category"] for step in advice["steps"]]


def codes(items: list[dict]) -> set[str]:
    return {item["code"] for item in items}


def test_flex_by_choice_without_motivation_gets_coaching_and_recognition_not_courses():
    """Panteia §5.2 L1105-1125: a coach who looks beyond the CV, competences certified, no course list."""
    advice = advice_for(
        {"work_status": "oproep", "flex_choice": "bewust", "education": "vmbo", "years_experience": 15,
         "digital_skills": 2, "scales": {"motivation": 1, "learning_attitude": 2}}
    )  # fmt: skip
    assert advice["primary_group"] == "flex_bewust_niet_gemotiveerd"
    assert {"begeleiding", "erkenning"} <= set(categories(advice))
    assert "leren" not in categories(advice)
    assert "werkervaring" in codes(advice["strengths"])


def test_involuntary_flex_worker_without_named_problems_starts_with_a_coach_and_is_seen_as_afraid():
    """Panteia §5.2 L1129-1143: a coach who takes them by the hand, mindful of low confidence ('lef')."""
    advice = advice_for({"work_status": "uitzend", "flex_choice": "tegen_wil", "hours_per_week": 16})
    assert categories(advice)[0] == "begeleiding"
    assert "durven" in {barrier["dimension"] for barrier in advice["barriers"]}


def test_doubter_gets_a_coach_first_and_a_budget():
    """Panteia §5.2 L1147-1161: coach first; a personal budget lowers the threshold."""
    advice = advice_for({"work_status": "tijdelijk", "flex_choice": "twijfel", "scales": {"motivation": 4}})
    assert categories(advice)[0] == "begeleiding"
    assert "financiering" in categories(advice)
    assert "richting" in {barrier["eigen_regie"] for barrier in advice["barriers"]}


def test_motivated_person_with_debts_gets_stability_first_and_learning_later():
    """Beausaert L261-297 (interferentie): one blocker cancels motivation; Panteia §8.3 L1645."""
    advice = advice_for({"work_status": "vast", "education": "mbo2", "problems": ["schulden"],
                         "scales": {"motivation": 5, "self_efficacy": 4}})  # fmt: skip
    assert categories(advice)[0] == "stabiliteit"
    assert "blokkade_remt_motivatie" in codes(advice["barriers"])
    assert "leren_als_het_rustiger_is" in codes(advice["steps"])
    assert "motivatie" not in categories(advice)  # motivation is there; the blocker is the problem


def test_motivated_employee_drowning_in_work_pressure_first_talks_about_workload():
    advice = advice_for({"work_status": "vast", "education": "vmbo", "scales": {"motivation": 5, "work_pressure": 5}})
    assert advice["steps"][0]["code"] == "werkdruk_eerst_bespreken"
    assert categories(advice).index("werkgever") < categories(advice).index("leren")


def test_zzp_with_direction_but_no_room():
    """energietransitie-fase2 L610: zzp'ers mostly have richting but lack ruimte and ruggensteun."""
    advice = advice_for({"work_status": "zzp", "flex_choice": "bewust", "scales": {
        "knows_labour_market": 5, "motivation": 4, "money": 2, "time": 2, "work_pressure": 4}})  # fmt: skip
    regie = {barrier["eigen_regie"] for barrier in advice["barriers"]}
    assert {"ruimte", "ruggensteun"} <= regie
    assert "richting" not in regie
    assert "kent_arbeidsmarkt" in codes(advice["strengths"])
    assert advice["steps"][0]["code"] == "ruimte_maken_zzp"
    assert categories(advice).index("financiering") < categories(advice).index("leren")


def test_older_worker_in_the_low_participation_profile():
    """Beausaert L315-346: the accumulation of barriers, not age alone."""
    profile = {"age": 61, "work_status": "vast", "education": "vmbo", "education_completed": True,
               "years_current_job": 35, "digital_skills": 2, "scales": {"motivation": 2, "autonomy": 2}}  # fmt: skip
    advice = advice_for(profile)
    assert advice["primary_group"] == "oudere_werknemer"
    assert "laagopgeleid_vast" in advice["target_groups"]
    assert {"begeleiding", "werkgever"} <= set(categories(advice))
    assert "leren_op_de_werkvloer" in codes(advice["steps"])
    assert "oudere_werknemer" not in advice_for({**profile, "age": 61, "digital_skills": 4, "education": "hbo",
                                                 "scales": {"motivation": 5}})["target_groups"]  # fmt: skip


def test_permanent_worker_whose_job_disappears_takes_the_mobility_route_while_still_employed():
    """Panteia §8.3 L1659-1665: retrain threatened workers while still employed."""
    advice = advice_for({"work_status": "vast", "education": "mbo2", "years_current_job": 18, "job_at_risk": True,
                         "scales": {"sees_urgency": 2}})  # fmt: skip
    assert advice["route"] == "mobiliteitsroute"
    assert {"kijk_hoe_je_werk_verandert", "omscholen_met_baan", "ontwikkelgesprek_vragen"} <= codes(advice["steps"])
    assert "geen_urgentie" in codes(advice["barriers"])


def test_single_mother_with_a_digital_gap_gets_stability_then_a_free_digital_course():
    """Panteia §6.5 L1302-1381: once stable, coaching, volunteer certificates and an instapcursus."""
    mother = {"single_parent": True, "children_under_12": 1, "work_status": "niet_werkend", "benefit": "bijstand"}
    advice = advice_for({**mother, "digital_skills": 1, "informal_experience": ["vrijwilligerswerk"]})
    assert categories(advice)[0] == "stabiliteit"
    assert {"instapcursus_digitaal", "vrijwilligerscursus_met_certificaat", "toeslagen_laten_berekenen"} <= codes(
        advice["steps"]
    )
    assert "armoedeval" in codes(advice["barriers"])
    assert "nugger" not in advice["target_groups"]


def test_mother_without_benefit_is_framed_as_personal_growth_not_school():
    """Panteia §7.3 L1449-1466 and §8.4 L1747."""
    advice = advice_for({"work_status": "niet_werkend", "benefit": "geen", "children_under_12": 2,
                         "scales": {"self_efficacy": 2, "motivation": 2}, "goal": "persoonlijke_groei"})  # fmt: skip
    assert advice["primary_group"] == "nugger"
    assert {"coach_persoonlijke_groei", "leren_voor_jezelf", "korte_lessen_zonder_examen"} <= codes(advice["steps"])
    assert "ontdek_kansrijk_werk" not in codes(advice["steps"])


def test_jobseeker_on_ww_is_sent_to_uwv_not_the_municipality():
    advice = advice_for({"work_status": "werkzoekend", "benefit": "ww", "scales": {"money": 1}})
    assert "uwv_scholing" in codes(advice["steps"])
    assert "gemeente_betaalt_mee" not in codes(advice["steps"])
    assert "nugger" not in advice["target_groups"]


def test_someone_with_nothing_in_the_way_still_gets_a_step_and_no_invented_barriers():
    advice = advice_for({})
    assert advice["target_groups"] == ["overig"]
    assert advice["barriers"] == [] and advice["strengths"] == []
    assert len(advice["steps"]) == 1


def test_strengths_lead_when_confidence_is_low():
    """Kuijpers en Draaisma: work amplitief, build on what goes well."""
    advice = advice_for({"years_experience": 20, "informal_experience": ["mantelzorg", "hobby"],
                         "scales": {"self_efficacy": 1}})  # fmt: skip
    assert {"werkervaring", "mantelzorg", "hobby"} <= codes(advice["strengths"])
    assert "bouw_op_wat_je_kunt" in codes(advice["steps"])
