"""Cases from the research beyond the public vignettes: what any faithful advice must do for these people."""

from wegwijzer.advice.engine import advise, validate_profile


def advice_for(profile: dict) -> dict:
    return advise(validate_profile(profile))


def categories(advice: dict) -> list[str]:
    return [step["category"] for step in advice["steps"]]


def codes(items: list[dict]) -> set[str]:
    return {item["code"] for item in items}


# one helper for all of it (wijkteam); the second names a housing or legal problem in its text
ONE_HELPER = {
    "een_hulpverlener_voor_alles", "een_hulpverlener_ook_voor_woning", "een_hulpverlener_ook_voor_recht",
    "een_hulpverlener_ook_voor_woning_en_recht",
}  # fmt: skip


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
    courses = [step for step in advice["steps"] if step["category"] == "leren"]
    assert courses and all(step["horizon"] == "later" for step in courses)
    assert "motivatie" not in categories(advice)  # motivation is there; the blocker is the problem


def test_motivated_employee_drowning_in_work_pressure_first_talks_about_workload():
    advice = advice_for({"work_status": "vast", "education": "vmbo", "scales": {"motivation": 5, "work_pressure": 5}})
    assert advice["steps"][0]["code"] == "werkdruk_eerst_bespreken"
    assert categories(advice).index("werkgever") < categories(advice).index("leren")


def test_zzp_with_direction_but_no_room():
    """energietransitie-fase2 L610: zzp'ers mostly have richting but lack ruimte and ruggensteun; L145: their
    question is nearly always how to pay for a course they have in mind. Here work pressure 4 is a blocker the barrier
    says to tackle first (beausaert-kyndt-2025 L261-297; review round 6, r11), so room first, then funding."""
    advice = advice_for({"work_status": "zzp", "flex_choice": "bewust", "scales": {
        "knows_labour_market": 5, "motivation": 4, "money": 2, "time": 2, "work_pressure": 4}})  # fmt: skip
    regie = {barrier["eigen_regie"] for barrier in advice["barriers"]}
    assert {"ruimte", "ruggensteun"} <= regie
    assert "richting" not in regie
    assert "kent_arbeidsmarkt" in codes(advice["strengths"])
    assert [step["code"] for step in advice["steps"][:2]] == ["ruimte_maken_zzp", "subsidie_voor_zzp"]
    assert categories(advice).index("financiering") < categories(advice).index("leren")


def test_older_worker_in_the_low_participation_profile():
    """Beausaert L315-346: the accumulation of barriers, not age alone."""
    profile = {"age": 61, "work_status": "vast", "education": "vmbo", "education_completed": True,
               "years_current_job": 35, "digital_skills": 2, "scales": {"motivation": 2, "autonomy": 2}}  # fmt: skip
    advice = advice_for(profile)
    assert advice["primary_group"] == "oudere_werknemer"
    assert "laagopgeleid_vast" in advice["target_groups"]
    assert "begeleiding" in set(categories(advice))
    assert "leren_op_de_werkvloer" in codes(advice["steps"])
    # 61 with risks in his answers (digital skills 2, autonomy 2): no opt-out yet (review 2026-11, round 7, s15)
    assert "eigen_keuze_voor_pensioen" not in codes(advice["steps"])
    assert "oudere_werknemer" not in advice_for({**profile, "age": 61, "digital_skills": 4, "education": "hbo",
                                                 "scales": {"motivation": 5}})["target_groups"]  # fmt: skip


def test_permanent_worker_whose_job_disappears_takes_the_mobility_route_while_still_employed():
    """Panteia §8.3 L1659-1665: retrain threatened workers while still employed."""
    advice = advice_for({"work_status": "vast", "education": "mbo2", "years_current_job": 18, "job_at_risk": True,
                         "scales": {"sees_urgency": 2}})  # fmt: skip
    assert advice["route"] == "mobiliteitsroute"
    assert {"omscholen_met_baan", "vraag_wat_je_werk_straks_vraagt"} <= codes(advice["steps"])
    assert "kijk_hoe_je_werk_verandert" not in codes(advice["steps"])  # the employer step says it
    assert "urgentie_onderschat" in codes(advice["barriers"])
    assert "geen_urgentie" not in codes(advice["barriers"])  # its text would call the work secure


def test_single_mother_with_a_digital_gap_gets_stability_then_a_free_digital_course():
    """Panteia §6.5 L1302-1381: once stable, coaching, volunteer certificates and an instapcursus."""
    mother = {"single_parent": True, "children_under_12": 1, "work_status": "niet_werkend", "benefit": "bijstand"}
    advice = advice_for({**mother, "digital_skills": 1, "informal_experience": ["vrijwilligerswerk"]})
    assert categories(advice)[0] == "stabiliteit"
    assert {
        "instapcursus_digitaal",
        "vrijwilligerscursus_met_certificaat",
        "bijstand_en_toeslagen_laten_berekenen",
    } <= codes(advice["steps"])
    assert "armoedeval" in codes(advice["barriers"])
    assert "nugger" not in advice["target_groups"]


def test_mother_without_benefit_is_framed_as_personal_growth_not_school():
    """Panteia §7.3 L1449-1466 and §8.4 L1747."""
    advice = advice_for({"work_status": "niet_werkend", "benefit": "geen", "children_under_12": 2,
                         "scales": {"self_efficacy": 2, "motivation": 2}, "goal": "persoonlijke_groei"})  # fmt: skip
    assert advice["primary_group"] == "nugger"
    assert {"coach_persoonlijke_groei", "leren_voor_jezelf", "kleine_eerste_stap"} <= codes(advice["steps"])
    assert "korte_lessen_zonder_examen" not in codes(advice["steps"])  # "begin klein" once, not twice (round 4)
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
    assert {"werkervaring", "ervaring_mantelzorg", "hobby"} <= codes(advice["strengths"])
    assert "bouw_op_wat_je_kunt" in codes(advice["steps"])


def test_bricklayer_with_a_bad_back_is_helped_to_other_work_while_still_employed():
    """Panteia §8.3 L1659-1665: for a worker whose body or job will not last, retraining from a job is the point."""
    advice = advice_for({"age": 58, "work_status": "vast", "education": "mbo1", "education_completed": True,
                         "occupation": "metselaar", "problems": ["gezondheid"], "job_at_risk": True,
                         "scales": {"motivation": 2, "self_efficacy": 2}})  # fmt: skip
    now = [step["code"] for step in advice["steps"] if step["horizon"] == "nu"]
    assert "ander_werk_voor_je_gezondheid" in now
    # one step says "look at other work from a job, with the Leerwerkloket", not two (review round 3)
    assert "omscholen_met_baan" not in codes(advice["steps"])
    other = advice_for({"age": 60, "work_status": "vast", "occupation": "vrachtwagenchauffeur", "goal": "ander_werk",
                        "problems": ["gezondheid"], "scales": {"knows_labour_market": 2}})  # fmt: skip
    assert "ander_werk_voor_je_gezondheid" in codes(other["steps"])
    assert "ontdek_kansrijk_werk" not in codes(other["steps"])  # one step to look for other work, not two
    assert "zorg_voor_gezondheid_met_bedrijfsarts" in now


def test_young_jobseeker_gets_a_learning_work_place_with_a_guide_not_the_mothers_framing():
    """NSvP L19, L58, L83: a safe learning-work place and a guide; Panteia's nugger research was on mothers."""
    advice = advice_for({"age": 23, "work_status": "werkzoekend", "benefit": "geen", "goal": "werk_vinden",
                         "scales": {"learning_attitude": 1, "motivation": 3}})  # fmt: skip
    steps = codes(advice["steps"])
    assert "leerwerkplek_met_begeleider" in steps
    assert not {"coach_persoonlijke_groei", "leren_voor_jezelf"} & steps
    older = advice_for({"age": 45, "work_status": "werkzoekend", "benefit": "geen", "goal": "persoonlijke_groei",
                        "scales": {"learning_attitude": 1, "motivation": 2}})  # fmt: skip
    assert "leerwerkplek_met_begeleider" not in codes(older["steps"])


def test_near_pension_may_choose_not_to_start_a_course():
    """energietransitie-fase2 L258: a 65-year-old fitter who wants no more courses is 'heel erg oké'."""
    profile = {"age": 63, "work_status": "vast", "education": "mbo2", "scales": {"motivation": 2}}
    assert "eigen_keuze_voor_pensioen" in codes(advice_for(profile)["steps"])
    assert "eigen_keuze_voor_pensioen" not in codes(advice_for({**profile, "age": 45})["steps"])


def test_at_61_without_a_wish_to_learn_the_choice_comes_first_and_nothing_pushes_after_it():
    """energietransitie-fase2 L257-258; the review of 2026-11 (round 3) found the choice missing at 61 and 'Hoor hoe
    anderen zoals jij begonnen' right after it."""
    profile = {"age": 61, "work_status": "vast", "education": "vmbo", "goal": "zekerheid",
               "scales": {"motivation": 1, "social_norm": 1, "sees_urgency": 2}}  # fmt: skip
    steps = codes(advice_for(profile)["steps"])
    assert "eigen_keuze_voor_pensioen" in steps
    assert not {"verhalen_van_anderen", "kleine_eerste_stap", "wat_levert_het_op"} & steps
    assert "eigen_keuze_voor_pensioen" not in codes(advice_for({**profile, "scales": {"motivation": 3}})["steps"])
    doubting = {**profile, "scales": {"motivation": 3, "sees_urgency": 2}}
    assert "wat_levert_het_op" in codes(advice_for(doubting)["steps"])


def test_motivation_three_is_not_unmotivated():
    advice = advice_for({"work_status": "uitzend", "flex_choice": "bewust", "scales": {"motivation": 3}})
    assert "flex_bewust_niet_gemotiveerd" not in advice["target_groups"]


def test_flex_worker_who_sees_no_need_keeps_the_course_through_his_volunteer_organisation():
    """Panteia §5.2 L1123: courses at the volunteer organisation fit this subgroup's own goals better."""
    advice = advice_for({"work_status": "oproep", "flex_choice": "bewust", "informal_experience": ["vrijwilligerswerk"],
                         "scales": {"motivation": 1}})  # fmt: skip
    assert advice["primary_group"] == "flex_bewust_niet_gemotiveerd"
    assert "vrijwilligerscursus_met_certificaat" in codes(advice["steps"])


def test_learning_wishes_choose_the_kind_of_course():
    base = {"work_status": "vast", "education": "mbo3", "scales": {"motivation": 5}}
    chosen = {
        wish: {step["code"] for step in advice_for({**base, "learning_preferences": [wish]})["steps"]}
        for wish in ("praktijk", "online", "certificaat", "samen")
    }
    assert "cursus_door_te_doen" in chosen["praktijk"]
    assert "cursus_online_eigen_tempo" in chosen["online"]
    assert "cursus_met_bewijs" in chosen["certificaat"]
    assert "cursus_in_een_groep" in chosen["samen"]


def test_occupation_changes_the_advice():
    base = {"work_status": "vast", "education": "mbo3", "scales": {"motivation": 4}}
    fitter = codes(advice_for({**base, "occupation": "cv-monteur"})["steps"])
    clerk = codes(advice_for({**base, "occupation": "administratief medewerker"})["steps"])
    assert "energietransitie_in_je_vak" in fitter and "energietransitie_in_je_vak" not in clerk


def test_several_problems_start_with_one_helper_for_all_of_it():
    """Panteia §8.5 L1786: one helper for all problems; the single-problem steps wait."""
    advice = advice_for({"work_status": "werkzoekend", "benefit": "bijstand",
                         "problems": ["schulden", "huisvesting", "psychisch"]})  # fmt: skip
    assert advice["steps"][0]["code"] in ONE_HELPER
    assert advice["steps"][0]["service"] == "wijkteam"
    waiting = {step["code"]: step["horizon"] for step in advice["steps"]}
    assert waiting["zorg_voor_gezondheid"] == "daarna"
    # debts beside a housing problem can cost the home: schuldhulp is "nu" beside the helper (round 7, s19)
    assert waiting["hulp_bij_geldzorgen"] == "nu"
    without_housing = advice_for({"work_status": "werkzoekend", "benefit": "bijstand",
                                  "problems": ["schulden", "juridisch", "psychisch"]})  # fmt: skip
    assert horizons(without_housing)["hulp_bij_geldzorgen"] == "daarna"


def test_a_zzp_whose_work_is_at_risk_is_not_told_he_sees_no_reason_to_learn():
    advice = advice_for({"work_status": "zzp", "flex_choice": "bewust", "job_at_risk": True,
                         "scales": {"sees_urgency": 3, "motivation": 3}})  # fmt: skip
    texts = " ".join(item["why"] for item in advice["barriers"] + advice["steps"])
    assert "weinig reden" not in texts and "voelt zeker" not in texts


def test_single_mother_with_money_trouble_gets_one_helper_not_three_desks():
    """Panteia §8.5 L1786: single mothers will not go to a desk themselves; one helper for all problems."""
    advice = advice_for({"single_parent": True, "children_under_12": 2, "work_status": "werkzoekend",
                         "benefit": "bijstand", "problems": ["schulden"], "scales": {"time": 1}})  # fmt: skip
    assert advice["steps"][0]["code"] in ONE_HELPER
    horizon = {step["code"]: step["horizon"] for step in advice["steps"]}
    assert horizon["hulp_bij_geldzorgen"] == horizon["bijstand_en_toeslagen_laten_berekenen"] == "daarna"


def test_three_problems_leave_only_stability_and_a_helper_for_now():
    """Panteia §8.3 L1645 and §5.2 L1129-1143: first the problems and a helper, work and learning wait."""
    advice = advice_for({"work_status": "oproep", "flex_choice": "tegen_wil", "occupation": "bezorger",
                         "problems": ["geldzorgen", "huisvesting", "psychisch", "scheiding"],
                         "scales": {"self_efficacy": 2}})  # fmt: skip
    now = {step["category"] for step in advice["steps"] if step["horizon"] == "nu"}
    assert now and now <= {"stabiliteit", "begeleiding"}
    assert "ander_werk_voor_je_gezondheid" in codes(advice["steps"])  # still there, for later


def test_working_parent_with_a_small_income_gets_the_toeslagen_check():
    """Panteia §6.3 L1274: money from 'eigen inkomen of uitkering'; the fear of losing toeslagen."""
    parent = {"single_parent": True, "children_under_12": 1, "work_status": "tijdelijk", "hours_per_week": 16,
              "problems": ["geldzorgen"]}  # fmt: skip
    advice = advice_for(parent)
    assert "armoedeval" in codes(advice["barriers"])
    assert "toeslagen_laten_berekenen" in codes(advice["steps"])
    assert "armoedeval" not in codes(advice_for({**parent, "hours_per_week": 36})["barriers"])
    couple = {**parent, "single_parent": False, "problems": [], "scales": {"money": 2}}  # money for a course only
    assert "armoedeval" not in codes(advice_for(couple)["barriers"])


def test_someone_who_works_is_not_told_to_find_work_first():
    """Panteia §6.5 L1332-1334 'eerst aan het werk' is about people out of work."""
    advice = advice_for({"work_status": "oproep", "flex_choice": "tegen_wil", "hours_per_week": 16,
                         "scales": {"motivation": 5}})  # fmt: skip
    assert "eerst_werk_met_passende_uren" not in codes(advice["steps"])
    assert "vraag_uitzendbureau" not in codes(advice["steps"])


def test_limited_dutch_comes_before_the_computer_course():
    """Beausaert-Kyndt L363-420: language support; language is the way in to every next step."""
    advice = advice_for({"dutch_language": "beperkt", "digital_skills": 1, "work_status": "oproep",
                         "scales": {"motivation": 5}})  # fmt: skip
    order = [step["code"] for step in advice["steps"]]
    assert order.index("taal_oefenen") < order.index("instapcursus_digitaal")
    assert {step["code"]: step["horizon"] for step in advice["steps"]}["taal_oefenen"] == "nu"


def test_ww_starts_at_uwv():
    advice = advice_for({"work_status": "werkzoekend", "benefit": "ww", "goal": "werk_vinden"})
    assert advice["steps"][0]["service"] == "uwv"
    assert "geen uitkering" not in " ".join(step["why"] for step in advice["steps"])


def test_near_pension_choice_comes_first_and_is_not_pushed_to_learn():
    """energietransitie-fase2 L258: the choice not to learn any more is first, with no push to learn."""
    advice = advice_for({"age": 64, "work_status": "vast", "education": "vmbo", "years_current_job": 20,
                         "scales": {"motivation": 1, "sees_urgency": 1, "knows_labour_market": 2}})  # fmt: skip
    assert advice["steps"][0]["code"] == "eigen_keuze_voor_pensioen"
    assert "kijk_hoe_je_werk_verandert" not in codes(advice["steps"])
    now = {step["category"] for step in advice["steps"] if step["horizon"] == "nu"}
    assert not now & {"leren", "orientatie", "werkgever", "financiering"}
    assert "geen_urgentie" not in codes(advice["barriers"])


def test_sixty_year_old_who_wants_other_work_is_not_told_about_his_pension():
    advice = advice_for({"age": 60, "work_status": "vast", "goal": "ander_werk", "scales": {"motivation": 2}})
    assert "pensioen" not in " ".join(step["why"] for step in advice["steps"])


def test_a_course_waits_until_the_direction_is_clear():
    """Panteia §5.2 L1147-1161: the doubter first finds a direction with a coach, then a course."""
    advice = advice_for({"work_status": "tijdelijk", "flex_choice": "twijfel", "learning_preferences": ["online"],
                         "scales": {"motivation": 5}})  # fmt: skip
    horizon = {step["code"]: step["horizon"] for step in advice["steps"]}
    assert horizon["coach_voor_richting"] == "nu"
    assert horizon["cursus_online_eigen_tempo"] == "daarna"


def test_motivated_worker_with_a_supportive_employer_makes_a_development_plan():
    """energietransitie-fase2 L258: 'het persoonlijke ontwikkelingsplan' for those who want to learn."""
    advice = advice_for({"work_status": "vast", "education": "mbo4", "occupation": "elektromonteur",
                         "scales": {"motivation": 5, "employer_support": 5, "money": 4,
                                    "knows_labour_market": 4}})  # fmt: skip
    steps = codes(advice["steps"])
    assert "ontwikkelgesprek_met_steun" in steps
    assert next(step for step in advice["steps"] if step["code"] == "ontwikkelgesprek_met_steun")["horizon"] == "nu"
    assert not {"ontwikkelbudget_zoeken", "energietransitie_in_je_vak"} & steps  # no barrier there, a direction known


def test_because_names_the_few_answers_that_make_a_step_true():
    """Review 2026-11: 'Omdat je zei' listed 16 answers; one reason per 'any', N per 'at least N'."""
    advice = advice_for({"age": 58, "work_status": "vast", "education": "vmbo", "years_current_job": 30,
                         "years_experience": 38, "digital_skills": 2, "job_at_risk": True, "goal": "zekerheid",
                         "scales": {"motivation": 2, "learning_attitude": 2, "self_efficacy": 2, "autonomy": 2,
                                    "career_control": 2, "knows_labour_market": 2, "employer_support": 2}})  # fmt: skip
    for step in advice["steps"]:
        assert 1 <= len(step["because"]) <= 4, step


def test_when_work_changes_the_employer_is_asked_first_what_it_will_need():
    """Panteia L1635: bijscholing is accepted, omscholing a mental barrier; L939-943: the employer says what function
    X will need. So someone who wants security in a changing job first asks, and retraining waits."""
    advice = advice_for({"age": 58, "work_status": "vast", "education": "vmbo", "years_current_job": 30,
                         "occupation": "productiemedewerker", "job_at_risk": True, "goal": "zekerheid",
                         "scales": {"motivation": 2, "learning_attitude": 2}})  # fmt: skip
    order = [step["code"] for step in advice["steps"]]
    assert order.index("vraag_wat_je_werk_straks_vraagt") < order.index("omscholen_met_baan")
    horizons = {step["code"]: step["horizon"] for step in advice["steps"]}
    assert horizons["vraag_wat_je_werk_straks_vraagt"] == "nu"
    assert horizons["omscholen_met_baan"] == "daarna"  # "een mentale barrière" (L1633-1637): after the talk


def test_a_tired_carer_who_says_learning_does_not_fit_now_is_told_it_may_wait():
    """Panteia §8.1 L1532: not too much on one's plate; §8.3 L1645: other problems first."""
    advice = advice_for({"age": 52, "work_status": "vast", "informal_care": True, "problems": ["psychisch"],
                         "scales": {"motivation": 1, "time": 1}})  # fmt: skip
    assert "leren_mag_even_wachten" in [step["code"] for step in advice["steps"] if step["horizon"] == "nu"]


def test_a_motivated_worker_with_one_blocker_tackles_it_before_learning():
    """Beausaert-Kyndt L261-297: one blocker (interference) can cancel the wish to learn; it comes first."""
    advice = advice_for({**_MOTIVATED_EMPLOYEE, "scales": {"motivation": 5, "work_pressure": 5, "time": 1}})
    assert "blokkade_remt_motivatie" in codes(advice["barriers"])
    now = [step for step in advice["steps"] if step["horizon"] == "nu"]
    assert now and not {"leren", "erkenning"} & {step["category"] for step in now}
    assert {"leren", "erkenning"} & set(categories(advice))  # they wait, they are not dropped


def test_with_one_helper_for_everything_the_coach_waits():
    """Panteia §5.2 L1141-1143, §8.5 L1786: first one helper (welzijnswerk, wijkteam), then a coach."""
    advice = advice_for(
        {"work_status": "uitzend", "flex_choice": "tegen_wil", "problems": ["huisvesting", "schulden"],
         "scales": {"self_efficacy": 1}}
    )  # fmt: skip
    horizons = {step["code"]: step["horizon"] for step in advice["steps"]}
    assert horizons["een_hulpverlener_ook_voor_woning"] == "nu"
    assert all(horizons[code] != "nu" for code in horizons if code.startswith("coach"))


def test_a_jobseeker_is_not_sent_to_an_employer_or_sector_fund_for_money():
    """Panteia §8.3 L1701-1729: people with an employer have means; jobseekers need other money."""
    advice = advice_for({"work_status": "werkzoekend", "goal": "werk_vinden", "scales": {"money": 3, "motivation": 5}})
    assert "ontwikkelbudget_zoeken" not in codes(advice["steps"])
    assert "leergeld_zonder_werk" in codes(advice["steps"])


def test_motivated_flex_worker_by_choice_looks_for_money_first_and_gets_no_colleague_coach():
    """Panteia §5.2 L1097-1101: cost is the only real barrier; §8.3 L1653-1655: an external coach for flex workers."""
    advice = advice_for(
        {"work_status": "uitzend", "flex_choice": "bewust", "scales": {"motivation": 5, "employer_support": 1}}
    )
    assert advice["steps"][0]["code"] == "leerbudget_voor_flex"
    assert "leerambassadeur" not in codes(advice["steps"])


def test_a_zzp_doubter_without_direction_gets_the_coach_before_money():
    """Panteia §5.2 L1155: twijfelaars see coaching first as the solution, a budget second."""
    advice = advice_for(
        {"work_status": "zzp", "flex_choice": "twijfel", "goal": "weet_niet", "scales": {"money": 1, "motivation": 3}}
    )
    order = [step["code"] for step in advice["steps"]]
    assert order.index("coach_voor_richting") < order.index("subsidie_voor_zzp")


_MOTIVATED_EMPLOYEE = {"work_status": "vast", "education": "mbo2", "education_completed": True, "age": 40}


def test_the_32_hour_barrier_is_not_for_someone_with_a_permanent_job():
    """Panteia §5.2 L1133, §6.3 L1280: finding a (permanent) job with fewer hours; not for who already has one."""
    mother = {"single_parent": True, "children_under_12": 1, "hours_per_week": 24}
    assert "te_weinig_uren" not in codes(advice_for({**mother, "work_status": "vast"})["barriers"])
    assert "te_weinig_uren" in codes(advice_for({**mother, "work_status": "tijdelijk"})["barriers"])
    involuntary = {"work_status": "tijdelijk", "flex_choice": "tegen_wil", "hours_per_week": 28}
    assert "te_weinig_uren" not in codes(advice_for(involuntary)["barriers"])  # nothing shows fewer hours are needed


def test_a_threatened_older_worker_acts_on_the_job_before_the_work_pressure():
    """Panteia §8.3 L1659-1665: retrain threatened workers while they still have a job."""
    advice = advice_for(
        {"age": 58, "work_status": "vast", "job_at_risk": True, "occupation": "orderpicker",
         "scales": {"motivation": 2, "work_pressure": 5, "employer_support": 3}}
    )  # fmt: skip
    order = [step["code"] for step in advice["steps"]]
    assert order.index("vraag_wat_je_werk_straks_vraagt") < order.index("werkdruk_eerst_bespreken")
    # retraining waits until after the talk with the employer ("een mentale barrière", panteia-2019 L1633-1637)
    assert {step["code"]: step["horizon"] for step in advice["steps"]}["omscholen_met_baan"] == "daarna"
    # without the employer's support, advice outside the work comes first and the talk about the job after it
    # (Panteia L253, §4.4 L855; review round 4, p16); the work pressure stays a blocker for now
    unsupported = advice_for({"age": 58, "work_status": "vast", "job_at_risk": True, "occupation": "orderpicker",
                              "scales": {"motivation": 2, "work_pressure": 5, "employer_support": 2}})  # fmt: skip
    now = horizons(unsupported)
    assert unsupported["steps"][0]["code"] == "ontwikkeladvies_zonder_steun"
    assert now["werkdruk_eerst_bespreken"] == "nu" and now["vraag_wat_je_werk_straks_vraagt"] == "daarna"


def test_after_the_choice_not_to_learn_no_coach_or_certificate_is_for_now():
    """energietransitie-fase2 L258: near retirement the person's own choice comes first."""
    advice = advice_for(
        {"age": 63, "work_status": "zzp", "flex_choice": "bewust", "years_experience": 47,
         "occupation": "timmerman", "scales": {"motivation": 2, "sees_urgency": 2}}
    )  # fmt: skip
    now = [step for step in advice["steps"] if step["horizon"] == "nu"]
    assert "eigen_keuze_voor_pensioen" in codes(now)
    assert not {"begeleiding", "erkenning"} & {step["category"] for step in now}


def test_the_digital_entry_course_is_for_now_for_a_mother_without_work_not_for_a_worker():
    """Panteia §6.5 L1326, §7.3 L1466: the digital course as first step for mothers and women without work."""

    def horizon(profile):
        steps = {step["code"]: step["horizon"] for step in advice_for({**profile, "digital_skills": 2})["steps"]}
        return steps["instapcursus_digitaal"]

    assert horizon({"work_status": "niet_werkend", "benefit": "geen", "children_under_12": 1}) == "nu"
    assert horizon({"work_status": "vast", "occupation": "stratenmaker"}) == "daarna"


def test_routes_fit_the_steps():
    """Panteia §3.1 L588-600: a step to other work is the mobility route; task design is for a job one keeps."""
    health = advice_for({"work_status": "oproep", "problems": ["gezondheid"], "occupation": "schoonmaker"})
    assert health["route"] == "mobiliteitsroute"
    young = advice_for({"age": 19, "work_status": "oproep", "flex_choice": "twijfel", "scales": {"motivation": 2,
                        "learning_attitude": 1}})  # fmt: skip
    assert young["route"] not in {"taakontwerproute", "ontwikkelroute"}


def test_piled_up_problems_give_a_short_list_that_keeps_the_helper_first():
    """energietransitie-fase2 L155, panteia-2019 §8.3 L1692-1695: a few clear, small steps; §8.5 L1786 one helper."""
    advice = advice_for(
        {"age": 39, "work_status": "niet_werkend", "benefit": "bijstand", "single_parent": True, "children_under_12": 3,
         "problems": ["schulden", "huisvesting", "psychisch", "kinderopvang", "vervoer"], "digital_skills": 2,
         "scales": {"motivation": 2, "self_efficacy": 1, "time": 1, "money": 1}, "goal": "weet_niet"}
    )  # fmt: skip
    assert len(advice["steps"]) <= 10
    assert advice["steps"][0]["code"] in ONE_HELPER


def test_one_motivation_step_for_now_not_two_that_say_the_same():
    """Review 2026-11: 'begin klein' and 'begin bij wat je al kunt' side by side in 'nu'."""
    advice = advice_for(
        {"age": 24, "work_status": "oproep", "flex_choice": "twijfel", "occupation": "bezorger", "digital_skills": 4,
         "informal_experience": ["bijbaan"], "learning_preferences": ["praktijk"],
         "scales": {"motivation": 2, "learning_attitude": 1, "self_efficacy": 2, "career_control": 2}}
    )  # fmt: skip
    now = [step["code"] for step in advice["steps"] if step["horizon"] == "nu"]
    assert not {"kleine_eerste_stap", "bouw_op_wat_je_kunt"} <= set(now)


def test_work_pressure_is_named_once_among_the_barriers():
    """Review 2026-11: 'werkdruk' beside 'blokkade_remt_motivatie' said the same thing twice."""
    advice = advice_for({"work_status": "vast", "scales": {"motivation": 5, "work_pressure": 5}})
    barriers = codes(advice["barriers"])
    assert "blokkade_remt_motivatie" in barriers and "werkdruk" not in barriers


def test_with_work_pressure_as_the_blocker_one_talk_with_the_employer_and_no_money_hunt_for_now():
    """Beausaert-Kyndt L261-297: the blocker first; the development talk and money for a course come after."""
    advice = advice_for(
        {"work_status": "vast", "informal_care": True,
         "scales": {"motivation": 4, "time": 1, "work_pressure": 5, "employer_support": 3, "money": 3}}
    )  # fmt: skip
    now = [step["code"] for step in advice["steps"] if step["horizon"] == "nu"]
    assert "werkdruk_eerst_bespreken" in now
    assert not {"ontwikkelgesprek_vragen", "ontwikkelbudget_zoeken"} & set(now)


def test_a_temporary_worker_gets_a_coach_from_outside_not_a_colleague():
    """Panteia §8.3 L1653-1655: HR or a colleague for regular employees, an external coach for flex workers."""
    advice = advice_for({"work_status": "tijdelijk", "scales": {"self_efficacy": 2}})
    assert "leerambassadeur" not in codes(advice["steps"])
    assert "begeleiding" in categories(advice)


def test_a_disability_benefit_for_personal_growth_gets_no_hours_barrier_and_no_gemeente_budget():
    """The review of 2026-11 (round 3): 'Veel vaste banen vragen 32 uur' and 'leren in plaats van solliciteren' do not
    fit someone on a disability benefit who wants to learn for personal growth."""
    profile = {"age": 44, "work_status": "niet_werkend", "benefit": "arbeidsongeschiktheid", "hours_per_week": 0,
               "goal": "persoonlijke_groei", "problems": ["gezondheid"],
               "scales": {"money": 1, "motivation": 3}}  # fmt: skip
    advice = advice_for(profile)
    assert "te_weinig_uren" not in codes(advice["barriers"])
    assert "gemeente_betaalt_mee" not in codes(advice["steps"])
    assert "te_weinig_uren" in codes(advice_for({**profile, "goal": "werk_vinden"})["barriers"])


def test_someone_who_knows_where_the_work_goes_is_not_told_to_look_how_it_changes():
    """The review of 2026-11 (round 3) found 'Kijk hoe jouw werk verandert' next to the strength kent_arbeidsmarkt."""
    profile = {"work_status": "vast", "education": "vmbo", "scales": {"sees_urgency": 1, "knows_labour_market": 4}}
    assert "kijk_hoe_je_werk_verandert" not in codes(advice_for(profile)["steps"])
    low = advice_for({**profile, "scales": {"sees_urgency": 1, "knows_labour_market": 3}})["steps"]
    assert "kijk_hoe_je_werk_verandert" in codes(low)
    assert {s["code"]: s.get("service") for s in low}["kijk_hoe_je_werk_verandert"] == "leerwerkloket"


def test_a_young_flex_worker_by_choice_without_a_wish_to_learn_first_gets_a_coach_who_looks_past_the_cv():
    """Panteia §5.2 L1115-1117: this group asks for 'een coach ... die breder kijkt dan het huidige CV', not a bbl."""
    advice = advice_for({"age": 22, "work_status": "oproep", "flex_choice": "bewust", "education": "vmbo",
                         "education_completed": False,
                         "scales": {"motivation": 1, "learning_attitude": 1}})  # fmt: skip
    assert advice["steps"][0]["code"] == "coach_kijkt_verder_dan_cv"
    assert "leerwerkplek_met_begeleider" not in codes(advice["steps"])


def test_a_zzp_worker_against_his_will_gets_help_and_a_coach_before_the_money():
    """Panteia §5.2 L1141-1143: against one's will, first help and a coach; money first only by choice (L1091-1101)."""
    profile = {"age": 36, "work_status": "zzp", "flex_choice": "tegen_wil", "education": "mbo2",
               "problems": ["geldzorgen"], "scales": {"money": 1, "motivation": 3}}  # fmt: skip
    horizons = {step["code"]: step["horizon"] for step in advice_for(profile)["steps"]}
    assert horizons["coach_die_meeloopt"] == "nu"
    assert horizons["subsidie_voor_zzp"] == "daarna"
    by_choice = {step["code"]: step["horizon"] for step in advice_for({**profile, "flex_choice": "bewust"})["steps"]}
    assert by_choice["subsidie_voor_zzp"] == "nu"


def test_in_a_crisis_only_a_few_steps_wait_after_the_helper():
    """Panteia §8.3 L1645: other problems first. The review of 2026-11 (round 3) found ten steps, five of them about
    courses, for a father in a divorce with psychological complaints and no home."""
    profile = {"age": 42, "work_status": "vast", "education": "mbo2", "single_parent": True, "children_under_12": 1,
               "occupation": "timmerman", "problems": ["psychisch", "huisvesting", "scheiding"],
               "scales": {"motivation": 2, "self_efficacy": 2, "time": 1, "money": 2}}  # fmt: skip
    steps = advice_for(profile)["steps"]
    assert steps[0]["category"] == "stabiliteit"
    # the courses come "later", after the problems; round 5 (q07) asked to still show where the path leads, so up to
    # eight steps wait (limits.yaml)
    assert sum(step["horizon"] != "nu" for step in steps) <= 8
    assert all(step["horizon"] == "later" for step in steps if step["category"] == "leren")


def test_a_blocker_names_the_blocking_answers_not_the_wish_to_learn():
    """Beausaert-Kyndt L261-297: one blocker can cancel the wish to learn. The review of 2026-11 (round 3) found
    'motivation 5' named as part of the problem."""
    advice = advice_for({"age": 44, "work_status": "zzp", "flex_choice": "bewust", "education": "mbo3",
                         "scales": {"motivation": 5, "work_pressure": 5, "money": 2, "time": 1}})  # fmt: skip
    for item in advice["barriers"] + advice["steps"]:
        if item["code"] in ("blokkade_remt_motivatie", "coach_bij_stapeling"):
            assert {"field": "scales.motivation", "value": 5} not in item["because"], item["code"]
    assert "blokkade_remt_motivatie" in codes(advice["barriers"])


def test_an_employee_who_asked_to_learn_online_gets_the_online_course_not_walking_along_with_a_colleague():
    """Panteia §8.3 L1684-1688: learning in the form that fits. The review of 2026-11 (round 3) found a lorry
    driver's wish for online, own-pace learning ignored for 'meelopen met een collega'."""
    profile = {"age": 50, "work_status": "vast", "education": "mbo2", "occupation": "vrachtwagenchauffeur",
               "scales": {"motivation": 3, "employer_support": 4, "work_pressure": 5, "time": 1},
               "learning_preferences": ["online", "eigen_tempo", "kort"]}  # fmt: skip
    steps = codes(advice_for(profile)["steps"])
    assert "cursus_online_eigen_tempo" in steps
    assert "leren_op_de_werkvloer" not in steps
    by_doing = codes(advice_for({**profile, "learning_preferences": ["praktijk"], "age": 58})["steps"])
    assert "cursus_online_eigen_tempo" not in by_doing


def horizons(advice: dict) -> dict[str, str]:
    return {step["code"]: step["horizon"] for step in advice["steps"]}


def test_a_young_person_in_bijstand_who_says_learning_is_not_for_him_gets_a_guide_not_self_service():
    """NSvP L19 ("leren kan ik niet": a safe learning-work place and a guide), L48 (little self-direction: a person,
    not self-service), L58, L83; review 2026-11 round 4, p15 (scored 1)."""
    young = {"age": 19, "education": "mbo1", "education_completed": False, "work_status": "werkzoekend",
             "benefit": "bijstand", "problems": ["psychisch"], "goal": "weet_niet",
             "scales": {"learning_attitude": 1, "self_efficacy": 1, "career_control": 1, "motivation": 2}}  # fmt: skip
    now = horizons(advice_for(young))
    assert now["jobcoach_via_gemeente"] == "nu"
    assert "zet_je_vraag_op_papier" not in now  # no "schrijf op wat je wilt" with self-direction 1
    assert "leren_mag_even_wachten" not in now  # learning at a workplace is the way, not waiting
    assert [code for code, horizon in now.items() if horizon == "nu"].count("gemeente_betaalt_mee") == 0
    older = advice_for({**young, "age": 35})
    assert "jobcoach_via_gemeente" not in codes(older["steps"])
    in_charge = advice_for({**young, "scales": {**young["scales"], "career_control": 4}})
    assert "zet_je_vraag_op_papier" in codes(in_charge["steps"])


def test_when_learning_may_wait_no_small_lesson_or_course_is_for_now():
    """Panteia §8.1 L1532, §8.3 L1645; review 2026-11 round 4 (p05, p14): 'leren mag even wachten' and 'begin met een
    les van een uur' were both 'nu'."""
    advice = advice_for({"age": 41, "work_status": "oproep", "flex_choice": "tegen_wil", "occupation": "schoonmaker",
                         "problems": ["gezondheid", "geldzorgen"],
                         "scales": {"motivation": 2, "learning_attitude": 1, "self_efficacy": 1}})  # fmt: skip
    now = horizons(advice)
    assert now["leren_mag_even_wachten"] == "nu"
    assert now.get("kleine_eerste_stap") != "nu"
    assert not [step for step in advice["steps"] if step["horizon"] == "nu" and step["category"] == "leren"]


def test_work_pressure_five_comes_first_also_near_the_pension():
    """Beausaert & Kyndt L261-297: one blocker such as work pressure cancels the rest; review round 4, p08."""
    advice = advice_for({"age": 63, "work_status": "vast", "education": "basisonderwijs", "occupation": "magazijn",
                         "problems": ["gezondheid"], "goal": "zekerheid",
                         "scales": {"motivation": 1, "work_pressure": 5, "self_efficacy": 2}})  # fmt: skip
    now = horizons(advice)
    assert now["eigen_keuze_voor_pensioen"] == now["werkdruk_eerst_bespreken"] == "nu"
    assert "ander_werk_voor_je_gezondheid" not in now  # the choice not to learn, no search for other work
    assert advice["route"] != "mobiliteitsroute"
    assert len(advice["steps"]) <= sum(horizon == "nu" for horizon in now.values()) + 4
    zzp = advice_for({"age": 62, "work_status": "zzp", "flex_choice": "bewust", "occupation": "timmerman",
                      "scales": {"motivation": 1, "work_pressure": 5, "money": 3}})  # fmt: skip
    assert horizons(zzp)["ruimte_maken_zzp"] == "nu"
    assert zzp["route"] is None  # no "met cursussen beter worden" after the choice not to learn
    assert "subsidie_voor_zzp" not in codes(zzp["steps"])


def test_without_support_from_the_employer_the_first_step_is_advice_outside_the_work():
    """Panteia L253, §4.4 L855, §4.6 L927-931: workers avoid HR; independent career advice; review round 4, p16."""
    driver = {"age": 47, "work_status": "vast", "education": "mbo2", "education_completed": True,
              "occupation": "vrachtwagenchauffeur", "job_at_risk": True, "goal": "zelfde_werk_beter",
              "scales": {"motivation": 4, "employer_support": 1, "work_pressure": 4, "time": 2}}  # fmt: skip
    steps = advice_for(driver)["steps"]
    assert steps[0]["code"] == "ontwikkeladvies_zonder_steun"
    assert steps[0]["service"] == "ontwikkeladvies"
    assert steps[1]["service"] == "werkgever"  # the talks with the employer come after it
    young = advice_for({**driver, "age": 30})["steps"]
    assert young[0]["code"] == "coach_buiten_je_werk"
    supported = advice_for({**driver, "scales": {**driver["scales"], "employer_support": 4}})["steps"]
    assert supported[0]["service"] == "werkgever"


def test_the_money_sum_speaks_of_bijstand_to_someone_on_bijstand_and_comes_early_for_a_working_parent():
    """Panteia §6.3 L1274; review round 4 (p02, p17): 'Heb je een uitkering?' asked of someone on bijstand."""
    parent = {"age": 29, "single_parent": True, "children_under_12": 1, "work_status": "tijdelijk",
              "hours_per_week": 16, "benefit": "bijstand", "problems": ["geldzorgen"]}  # fmt: skip
    steps = {step["code"]: step for step in advice_for(parent)["steps"]}
    step = steps["bijstand_en_toeslagen_laten_berekenen"]
    assert "Je hebt bijstand" in step["why"] and "uitkering?" not in step["why"]
    assert step["horizon"] == "nu" and step["service"] == "werkplein"
    jobless = horizons(advice_for({**parent, "work_status": "werkzoekend", "hours_per_week": 0}))
    assert jobless["bijstand_en_toeslagen_laten_berekenen"] == "daarna"  # behind the one helper


def test_a_disability_benefit_names_uwv():
    """NSvP L48, L73; review round 4, p19."""
    advice = advice_for({"age": 50, "work_status": "niet_werkend", "benefit": "arbeidsongeschiktheid",
                         "problems": ["psychisch", "schulden", "huisvesting"]})  # fmt: skip
    assert "uwv" in {step.get("service") for step in advice["steps"]}
    assert advice["steps"][0]["code"] in ONE_HELPER


def test_one_step_about_the_sector_fund_and_foreign_work_is_recognised():
    """Review round 4, p04 and p10: two steps about the sector fund; a former electrician got only the generic step."""
    flex = advice_for({"work_status": "uitzend", "flex_choice": "bewust", "scales": {"motivation": 5, "money": 1}})
    assert "leerbudget_voor_flex" in codes(flex["steps"]) and "vraag_uitzendbureau" not in codes(flex["steps"])
    newcomer = advice_for({"age": 35, "work_status": "uitzend", "flex_choice": "tegen_wil", "dutch_language": "beperkt",
                           "informal_experience": ["werk_buitenland"], "goal": "ander_werk",
                           "scales": {"motivation": 5}})  # fmt: skip
    assert horizons(newcomer)["ervaring_uit_buitenland_laten_erkennen"] == "nu"
    assert "andere zorgen" not in " ".join(step["why"] for step in newcomer["steps"])


def test_a_zzp_worker_is_spoken_to_as_a_zzp_worker():
    """Review round 4, p14: 'terwijl je nog een baan hebt' and 'of werkgevers hem kennen' to a zzp'er."""
    painter = advice_for({"age": 58, "work_status": "zzp", "flex_choice": "twijfel", "occupation": "schilder",
                          "problems": ["gezondheid", "geldzorgen"], "goal": "ander_werk", "job_at_risk": True,
                          "scales": {"motivation": 2, "self_efficacy": 2, "money": 1}})  # fmt: skip
    texts = " ".join(item["why"] for part in ("barriers", "steps") for item in painter[part])
    assert "baan" not in texts and "werkgevers" not in texts


def test_a_well_educated_person_doing_fine_gets_a_short_plan_without_the_low_threshold_kit():
    """Kuijpers & Draaisma L2206-2213 (amplitive); review round 5, q19: volunteer course, praktijkverklaring and
    lessons 'als de kinderen slapen' for an hbo policy adviser with every scale 4-5."""
    adviser = {"age": 40, "education": "hbo", "education_completed": True, "work_status": "vast",
               "children_under_12": 2, "informal_experience": ["vrijwilligerswerk", "opvoeding"],
               "years_experience": 15,
               "goal": "persoonlijke_groei", "scales": {"motivation": 5, "employer_support": 5, "time": 4,
                                                         "self_efficacy": 5, "learning_attitude": 5}}  # fmt: skip
    steps = codes(advice_for(adviser)["steps"])
    assert not steps & {"vrijwilligerscursus_met_certificaat", "maak_ervaring_zichtbaar",
                        "leren_onder_schooltijd_of_avond"}  # fmt: skip
    assert "ontwikkelgesprek_met_steun" in steps


def test_a_highly_educated_newcomer_on_bijstand_gets_language_and_recognition_not_work_first():
    """Panteia L1332-1334 is about single mothers; review round 5, q17."""
    engineer = {"age": 35, "education": "wo", "education_completed": True, "work_status": "werkzoekend",
                "benefit": "bijstand", "dutch_language": "beperkt", "informal_experience": ["werk_buitenland"],
                "goal": "werk_vinden", "scales": {"motivation": 5}}  # fmt: skip
    now = horizons(advice_for(engineer))
    assert "eerst_werk_met_passende_uren" not in now
    assert now["taal_oefenen"] == now["ervaring_uit_buitenland_laten_erkennen"] == "nu"


def test_a_zzp_worker_against_his_will_is_helped_to_weigh_loondienst_before_courses():
    """energietransitie-fase2 L163; Panteia §5.2 L1129-1143; review round 5, q14."""
    painter = {"age": 50, "work_status": "zzp", "flex_choice": "tegen_wil", "problems": ["geldzorgen"],
               "goal": "zekerheid", "scales": {"money": 1, "knows_labour_market": 2}}  # fmt: skip
    now = horizons(advice_for(painter))
    assert now["zzp_of_loondienst"] == "nu"
    assert now.get("check_of_een_cursus_goed_is") != "nu" and now.get("kijk_hoe_je_werk_verandert") != "nu"


def test_a_low_educated_employee_whose_job_may_go_first_gets_an_independent_scan():
    """Panteia §4.6 L925-933: independent loopbaanadvies, HR is avoided; review round 5, q01."""
    picker = {"age": 52, "education": "vmbo", "education_completed": True, "work_status": "vast",
              "years_current_job": 24, "job_at_risk": True, "scales": {"employer_support": 3}}  # fmt: skip
    steps = advice_for(picker)["steps"]
    assert steps[0]["code"] == "loopbaanscan_bij_onzeker_werk"
    assert steps[1]["code"] == "vraag_wat_je_werk_straks_vraagt"


def test_strengths_do_not_contradict_the_barriers():
    """Review round 5: 'invloed op je loopbaan' (from autonomy) beside 'weinig invloed op je toekomst', and 'weinig
    tijd' for care beside 'je hebt tijd'."""
    advice = advice_for({"work_status": "zzp", "informal_care": True, "scales": {"autonomy": 4, "career_control": 2,
                                                                               "time": 4}})  # fmt: skip
    strengths, barriers = codes(advice["strengths"]), codes(advice["barriers"])
    assert "weinig_regie" in barriers and "eigen_regie" not in strengths and "ruimte_in_je_werk" in strengths
    assert "tijd" in strengths and "zorgtaken" not in barriers


# The single mother of the sixth review (r07): divorced, no childcare, money trouble, volunteers at school, digital 2.
SINGLE_MOTHER_IN_CRISIS = {
    "age": 36, "education": "mbo2", "work_status": "werkzoekend", "benefit": "bijstand", "years_experience": 6,
    "single_parent": True, "children_under_12": 2, "digital_skills": 2,
    "problems": ["kinderopvang", "geldzorgen", "scheiding"], "goal": "werk_vinden",
    "informal_experience": ["vrijwilligerswerk", "opvoeding"],
    "scales": {"knows_options": 2, "knows_labour_market": 2, "motivation": 3, "self_efficacy": 2, "time": 2,
               "money": 1, "career_control": 2},
}  # fmt: skip


def test_a_long_plan_drops_generic_steps_before_the_mothers_own_courses():
    """Panteia §6.5 L1326, L1373-1381 (digital entry course) and L1302-1338, §8.5 L1751 (volunteer certificate) are
    this group's own recommendations; review round 6, r07: both were cut while 'bekijk welke soorten leren' stayed."""
    steps = codes(advice_for(SINGLE_MOTHER_IN_CRISIS)["steps"])
    assert {"instapcursus_digitaal", "vrijwilligerscursus_met_certificaat"} <= steps
    assert "bekijk_kleine_leervormen" not in steps


def test_a_mother_who_does_not_volunteer_gets_no_volunteer_course_and_the_generic_step_may_stay():
    without_volunteering = {**SINGLE_MOTHER_IN_CRISIS, "informal_experience": ["opvoeding"], "digital_skills": 4}
    steps = codes(advice_for(without_volunteering)["steps"])
    assert not {"vrijwilligerscursus_met_certificaat", "instapcursus_digitaal"} & steps
    short_plan = codes(advice_for({"work_status": "werkzoekend", "scales": {"knows_options": 1}})["steps"])
    assert "bekijk_kleine_leervormen" in short_plan  # the generic step goes only when the list is too long


# Review round 6, r05: on-call worker against her will, debts and anxiety, self-efficacy 1: sixteen barriers.
ANXIOUS_ON_CALL_WORKER = {
    "age": 40, "education": "vmbo", "work_status": "oproep", "flex_choice": "tegen_wil", "hours_per_week": 14,
    "problems": ["schulden", "psychisch"], "digital_skills": 2,
    "scales": {"knows_options": 1, "knows_labour_market": 1, "motivation": 2, "learning_attitude": 2,
               "self_efficacy": 1, "social_norm": 2, "time": 2, "money": 1, "career_control": 1, "autonomy": 1,
               "employer_support": 1},
}  # fmt: skip


def test_a_person_with_low_confidence_sees_a_few_barriers_without_repeats():
    """Panteia §8.3 L1653-1655, L1692-1695 (confidence first, small successes); kuijpers-draaisma-2020 L2130."""
    advice = advice_for(ANXIOUS_ON_CALL_WORKER)
    shown = codes(advice["barriers"])
    assert len(shown) <= 6
    assert not {"negatief_beeld_leren", "omgeving_leert_niet"} & shown or "weinig_motivatie" not in shown
    # her problems and her answers of 1 fill the six places, a milder answer (2) does not push one out (round 7, s04)
    assert shown == {"geldzorgen", "gezondheid", "opties_onbekend", "arbeidsmarkt_onbekend", "weinig_zelfvertrouwen",
                     "weinig_regie"}  # fmt: skip


def test_without_money_worries_the_course_money_barrier_is_shown():
    advice = advice_for({**ANXIOUS_ON_CALL_WORKER, "problems": [], "scales": {"money": 1, "motivation": 4}})
    assert "geen_geld" in codes(advice["barriers"])


# Review round 6, r20: bus driver of 63, content, healthy, safe job, goal zekerheid, some wish to learn (3).
CONTENT_BUS_DRIVER = {
    "age": 63, "education": "mbo4", "education_completed": True, "work_status": "vast", "years_experience": 40,
    "years_current_job": 20, "occupation": "buschauffeur", "digital_skills": 3, "goal": "zekerheid",
    "job_at_risk": False, "informal_experience": ["vrijwilligerswerk"], "trained_last_year": True,
    "scales": {"sees_urgency": 2, "motivation": 3, "learning_attitude": 3, "self_efficacy": 4, "employer_support": 3,
               "time": 3, "money": 4, "career_control": 4, "work_pressure": 2, "autonomy": 3},
}  # fmt: skip


def test_a_content_worker_near_the_pension_leads_with_his_own_choice_and_few_light_steps():
    """energietransitie-fase2 L258 ('laat mij met rust ... heel erg oké'), beausaert-kyndt-2025 L333."""
    advice = advice_for(CONTENT_BUS_DRIVER)
    assert advice["steps"][0]["code"] == "eigen_keuze_voor_pensioen"
    assert len(advice["steps"]) <= 3
    assert [step["code"] for step in advice["steps"] if step["horizon"] == "nu"] == ["eigen_keuze_voor_pensioen"]
    assert "geen_urgentie" not in codes(advice["barriers"])
    assert "twijfel" not in " ".join(step["why"] for step in advice["steps"])


def test_a_worker_near_the_pension_whose_job_is_at_risk_is_not_left_alone():
    advice = advice_for({**CONTENT_BUS_DRIVER, "job_at_risk": True})
    assert "eigen_keuze_voor_pensioen" not in codes(advice["steps"])
    # not left alone: learning for other work while he still has work (Panteia §8.3 L1659-1665); since round 10 no
    # longer also "meelopen met een collega" in the job that may go (v01), so three steps can be enough
    assert {"vraag_wat_je_werk_straks_vraagt", "omscholen_met_baan"} <= set(codes(advice["steps"]))


def now_codes(advice: dict) -> list[str]:
    return [step["code"] for step in advice["steps"] if step["horizon"] == "nu"]


# Review round 6, r11: motivated zzp installer, time 1, work pressure 5.
BUSY_ZZP = {
    "age": 38, "education": "mbo4", "work_status": "zzp", "flex_choice": "bewust", "hours_per_week": 55,
    "scales": {"knows_options": 4, "knows_labour_market": 5, "motivation": 5, "learning_attitude": 4,
               "self_efficacy": 4, "time": 1, "money": 2, "career_control": 5, "work_pressure": 5},
    "goal": "zelfde_werk_beter", "learning_preferences": ["kort", "praktijk", "certificaat"],
}  # fmt: skip


def test_the_blocker_the_barrier_puts_first_is_the_first_step():
    """Beausaert L261-297: one blocker cancels the rest; the barrier says 'Pak die daarom als eerste aan'."""
    advice = advice_for(BUSY_ZZP)
    assert "blokkade_remt_motivatie" in codes(advice["barriers"])
    assert advice["steps"][0]["code"] == "ruimte_maken_zzp"
    assert "subsidie_voor_zzp" not in now_codes(advice)


def test_a_zzp_without_a_blocker_looks_for_money_first():
    """energietransitie-fase2 L145, L610: most zzp'ers have a course in mind and ask how to pay for it."""
    advice = advice_for({**BUSY_ZZP, "scales": {**BUSY_ZZP["scales"], "work_pressure": 2, "time": 3}})
    assert advice["steps"][0]["code"] == "subsidie_voor_zzp"


# Review round 6, r12: parcel courier, zzp against his will, 60 hours, money worries.
FORCED_ZZP_WITH_MONEY_WORRIES = {
    "age": 50, "education": "mbo2", "work_status": "zzp", "flex_choice": "tegen_wil", "hours_per_week": 60,
    "problems": ["geldzorgen"], "goal": "zekerheid",
    "scales": {"motivation": 2, "time": 1, "money": 1, "career_control": 1, "work_pressure": 5},
}  # fmt: skip


def test_a_forced_zzp_with_money_worries_is_not_told_to_free_unpaid_hours_now():
    """energietransitie-fase2 L274 (zzp'ers must earn income now), L163 (loondienst?); Panteia §8.3 L1645."""
    advice = advice_for(FORCED_ZZP_WITH_MONEY_WORRIES)
    assert {"hulp_bij_geldzorgen", "zzp_of_loondienst"} <= set(now_codes(advice))
    assert "ruimte_maken_zzp" not in now_codes(advice)
    assert "korte_modules_zzp" not in codes(advice["steps"])  # no course for the work he may want to leave


def test_a_forced_zzp_without_money_worries_may_make_room_now():
    advice = advice_for({**FORCED_ZZP_WITH_MONEY_WORRIES, "problems": []})
    assert "ruimte_maken_zzp" in now_codes(advice)
    assert "korte_modules_zzp" in codes(advice_for({**BUSY_ZZP, "problems": []})["steps"])


def test_a_legal_or_housing_problem_is_named_in_the_helpers_step():
    """Panteia §8.5 L1786, NSvP L72; review round 6, r17: the juridisch barrier had no step."""
    for problem in ("juridisch", "huisvesting"):
        advice = advice_for({"work_status": "werkzoekend", "problems": ["schulden", problem]})
        first = advice["steps"][0]
        assert (first["service"], first["horizon"]) == ("wijkteam", "nu")
        assert {"field": "problems", "value": problem} in first["because"]
        # only the problem reported is named (review 2026-11, round 7, s19: "of een juridische zaak" for housing)
        assert ("juridische zaak" in first["why"]) == (problem == "juridisch")
        assert ("woning" in first["why"]) == (problem == "huisvesting")
    both = advice_for({"work_status": "werkzoekend", "problems": ["juridisch", "huisvesting"]})["steps"][0]
    assert "juridische zaak" in both["why"] and "woning" in both["why"]


def test_without_a_legal_or_housing_problem_the_helpers_step_names_neither():
    advice = advice_for({"work_status": "werkzoekend", "problems": ["schulden", "psychisch"]})
    assert advice["steps"][0]["code"] == "een_hulpverlener_voor_alles"
    assert "juridische" not in advice["steps"][0]["why"]


def test_past_experience_is_said_neutrally_and_the_diploma_by_its_level():
    """The advice says no more than the answers (issue 11); review round 6, r02 and r15."""
    advice = advice_for({"education": "wo", "education_completed": True, "informal_experience": ["mantelzorg"]})
    texts = " ".join(strength["why"] for strength in advice["strengths"])
    assert "Je hebt ervaring met zorgen voor iemand" in texts and "Je zorgt voor iemand" not in texts
    assert "universiteit" in texts and "mbo-niveau" not in texts
    carer = advice_for({"education": "mbo2", "education_completed": True, "informal_care": True})
    texts = " ".join(strength["why"] for strength in carer["strengths"])
    assert "Je zorgt voor iemand" in texts and "universiteit" not in texts


def test_a_waiting_health_step_does_not_say_now_nor_that_the_work_does_not_suit():
    """Review round 6, r05: 'Kijk nu al naar werk dat beter bij je gezondheid past' as a daarna step."""
    advice = advice_for({"work_status": "oproep", "flex_choice": "tegen_wil", "education": "vmbo",
                         "problems": ["schulden", "psychisch"], "scales": {"self_efficacy": 1}})  # fmt: skip
    for step in advice["steps"]:
        if step["horizon"] != "nu":
            assert "nu al" not in step["title"] + " " + step["why"]
    assert "beter bij je gezondheid" not in " ".join(step["title"] for step in advice["steps"])
