"""One example per rule: a profile drawn from the research for which the rule must fire.

Every group, barrier, strength, route and step in the rule files needs an entry here, so a new rule without
an example fails ``test_every_rule_has_an_example``.
"""

import pytest

from wegwijzer.advice.engine import advise, load_rulebook, validate_profile

BOOK = load_rulebook()

VAST_PRAKTISCH = {"work_status": "vast", "education": "vmbo", "education_completed": True, "years_current_job": 15}
FLEX = {"work_status": "uitzend", "education": "mbo2", "education_completed": True}
ZZP = {"work_status": "zzp", "flex_choice": "bewust", "education": "mbo3", "education_completed": True}
NUGGER = {"work_status": "niet_werkend", "benefit": "geen", "age": 45}
MOEDER = {"single_parent": True, "children_under_12": 1, "work_status": "werkzoekend", "benefit": "bijstand"}


def scales(**values):
    return {"scales": values}


GROUPS = {
    "laagopgeleid_vast": VAST_PRAKTISCH,
    "flex_bewust_gemotiveerd": {**FLEX, "flex_choice": "bewust", **scales(motivation=5)},
    "flex_bewust_niet_gemotiveerd": {**FLEX, "flex_choice": "bewust", **scales(motivation=2)},
    "flex_tegen_wil_en_dank": {**FLEX, "flex_choice": "tegen_wil"},
    "flex_twijfelaar": {**FLEX, "flex_choice": "twijfel"},
    "alleenstaande_ouder": MOEDER,
    "nugger": NUGGER,
    "zzp": ZZP,
    "oudere_werknemer": {**VAST_PRAKTISCH, "age": 58, **scales(motivation=2)},
    "overig": {"work_status": "student"},
}

BARRIERS = {
    "schulden": {"problems": ["schulden"]},
    "woonsituatie": {"problems": ["huisvesting"]},
    "gezondheid": {"problems": ["psychisch"]},
    "kinderopvang": {"problems": ["kinderopvang"]},
    "vervoer": {"problems": ["vervoer"]},
    "juridisch": {"problems": ["juridisch"]},
    "scheiding": {"problems": ["scheiding"]},
    "zorgtaken": {"informal_care": True},
    "armoedeval": MOEDER,
    "geen_doel": {"goal": "weet_niet"},
    "arbeidsmarkt_onbekend": scales(knows_labour_market=1),
    "opties_onbekend": scales(knows_options=2),
    "geen_urgentie": {**VAST_PRAKTISCH, "job_at_risk": True, **scales(sees_urgency=3)},
    "weinig_motivatie": scales(motivation=1),
    "negatief_beeld_leren": scales(learning_attitude=1),
    "omgeving_leert_niet": scales(social_norm=2),
    "blokkade_remt_motivatie": {"problems": ["geldzorgen"], **scales(motivation=5)},
    "weinig_zelfvertrouwen": scales(self_efficacy=1),
    "angst_voor_opleiding": GROUPS["flex_tegen_wil_en_dank"],
    "weinig_regie": scales(career_control=2),
    "geen_tijd": scales(time=1),
    "werkdruk": scales(work_pressure=5),
    "geen_geld": scales(money=1),
    "zzp_inkomstenderving": {**ZZP, **scales(time=2)},
    "digitale_vaardigheden": {"digital_skills": 1},
    "taal": {"dutch_language": "beperkt"},
    "te_weinig_uren": {**NUGGER, "hours_per_week": 0},
    "geen_steun_werkgever": {**VAST_PRAKTISCH, **scales(employer_support=1)},
    "flex_geen_investering": FLEX,
    "zzp_geen_ruggensteun": ZZP,
    "weinig_autonomie": {**VAST_PRAKTISCH, **scales(autonomy=1)},
    "diploma_drempel": {"education": "havo", "education_completed": False},
}

STRENGTHS = {
    "werkervaring": {"years_experience": 12},
    "vrijwilligerswerk": {"informal_experience": ["vrijwilligerswerk"]},
    "mantelzorg": {"informal_care": True},
    "opvoeding": {"informal_experience": ["opvoeding"]},
    "hobby": {"informal_experience": ["hobby"]},
    "ervaring_elders": {"informal_experience": ["werk_buitenland"]},
    "motivatie": scales(motivation=4),
    "leert_graag": scales(learning_attitude=5),
    "zelfvertrouwen": scales(self_efficacy=4),
    "recent_geleerd": {"trained_last_year": True},
    "steun_werkgever": scales(employer_support=5),
    "steun_omgeving": scales(social_norm=4),
    "kent_arbeidsmarkt": scales(knows_labour_market=5),
    "kent_opties": scales(knows_options=4),
    "eigen_regie": scales(autonomy=4),
    "tijd": scales(time=5),
    "digitaal_vaardig": {"digital_skills": 5},
    "diploma": {"education": "mbo2", "education_completed": True},
}

ROUTES = {
    "mobiliteitsroute": {**VAST_PRAKTISCH, "job_at_risk": True},
    "taakontwerproute": {**VAST_PRAKTISCH, **scales(learning_attitude=1, motivation=2)},
    "ontwikkelroute": {**VAST_PRAKTISCH, "goal": "zelfde_werk_beter"},
}

STEPS = {
    "hulp_bij_geldzorgen": {"problems": ["schulden"]},
    "hulp_bij_wonen": {"problems": ["huisvesting"]},
    "zorg_voor_gezondheid": {"problems": ["gezondheid"]},
    "kinderopvang_regelen": MOEDER,
    "toeslagen_laten_berekenen": MOEDER,
    "juridisch_loket": {"problems": ["juridisch"]},
    "steun_bij_scheiding": {"problems": ["scheiding"]},
    "vervoer_oplossen": {"problems": ["vervoer"]},
    "coach_die_meeloopt": GROUPS["flex_tegen_wil_en_dank"],
    "coach_voor_alleenstaande_ouder": MOEDER,
    "coach_persoonlijke_groei": NUGGER,
    "coach_voor_richting": GROUPS["flex_twijfelaar"],
    "coach_kijkt_verder_dan_cv": GROUPS["flex_bewust_niet_gemotiveerd"],
    "leerambassadeur": {**VAST_PRAKTISCH, **scales(self_efficacy=2)},
    "coach_bij_stapeling": {"work_status": "student", **scales(self_efficacy=1)},
    "kijk_hoe_je_werk_verandert": {**VAST_PRAKTISCH, "job_at_risk": True},
    "ontdek_kansrijk_werk": {"work_status": "werkzoekend", "benefit": "ww"},
    "zet_je_vraag_op_papier": {"goal": "weet_niet"},
    "bekijk_kleine_leervormen": scales(knows_options=1),
    "verken_je_mogelijkheden": {},
    "kleine_eerste_stap": scales(self_efficacy=2),
    "bouw_op_wat_je_kunt": {"years_experience": 20, "informal_experience": ["hobby"], **scales(self_efficacy=2)},
    "verhalen_van_anderen": scales(social_norm=1),
    "leren_voor_jezelf": {**NUGGER, **scales(motivation=2)},
    "wat_levert_het_op": {**VAST_PRAKTISCH, **scales(sees_urgency=1, motivation=3)},
    "laat_vakmanschap_afvinken": GROUPS["flex_bewust_niet_gemotiveerd"],
    "maak_ervaring_zichtbaar": {"informal_experience": ["mantelzorg"]},
    "instapcursus_digitaal": {"digital_skills": 2},
    "taal_oefenen": {"dutch_language": "matig"},
    "vrijwilligerscursus_met_certificaat": {"informal_experience": ["vrijwilligerswerk"]},
    "korte_lessen_zonder_examen": scales(self_efficacy=1),
    "leren_op_de_werkvloer": {**VAST_PRAKTISCH, **scales(learning_attitude=2)},
    "omscholen_met_baan": {**VAST_PRAKTISCH, "job_at_risk": True},
    "korte_modules_zzp": ZZP,
    "korte_praktische_cursus": {**VAST_PRAKTISCH, **scales(motivation=5)},
    "leren_als_het_rustiger_is": {"problems": ["psychisch"], **scales(motivation=4)},
    "leerbudget_voor_flex": GROUPS["flex_bewust_gemotiveerd"],
    "subsidie_voor_zzp": {**ZZP, **scales(money=1)},
    "uwv_scholing": {"work_status": "werkzoekend", "benefit": "ww"},
    "gemeente_betaalt_mee": {"work_status": "werkzoekend", "benefit": "bijstand"},
    "ontwikkelbudget_zoeken": {**VAST_PRAKTISCH, **scales(money=3)},
    "werkdruk_eerst_bespreken": {**VAST_PRAKTISCH, **scales(work_pressure=4)},
    "ruimte_maken_zzp": {**ZZP, **scales(work_pressure=5)},
    "leertijd_inplannen_zzp": ZZP,
    "ontwikkelgesprek_vragen": {**VAST_PRAKTISCH, "job_at_risk": True},
    "vraag_uitzendbureau": FLEX,
    "leren_onder_werktijd": {**VAST_PRAKTISCH, "learning_preferences": ["onder_werktijd"]},
}


def advice_for(profile: dict) -> dict:
    return advise(validate_profile(profile))


def test_every_rule_has_an_example():
    assert set(GROUPS) == {rule.code for rule in BOOK.groups}
    assert set(BARRIERS) == {rule.code for rule in BOOK.barriers}
    assert set(STRENGTHS) == {rule.code for rule in BOOK.strengths}
    assert set(ROUTES) == {rule.code for rule in BOOK.routes}
    assert set(STEPS) == {rule.code for rule in BOOK.steps}


@pytest.mark.parametrize(("group", "profile"), GROUPS.items())
def test_group(group, profile):
    assert group in advice_for(profile)["target_groups"]


@pytest.mark.parametrize(("code", "profile"), BARRIERS.items())
def test_barrier(code, profile):
    assert code in [barrier["code"] for barrier in advice_for(profile)["barriers"]]


@pytest.mark.parametrize(("code", "profile"), STRENGTHS.items())
def test_strength(code, profile):
    assert code in [strength["code"] for strength in advice_for(profile)["strengths"]]


@pytest.mark.parametrize(("route", "profile"), ROUTES.items())
def test_route(route, profile):
    assert advice_for(profile)["route"] == route


@pytest.mark.parametrize(("code", "profile"), STEPS.items())
def test_step(code, profile):
    assert code in [step["code"] for step in advice_for(profile)["steps"]]
