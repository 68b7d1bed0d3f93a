"""The employer's side: inviting staff with a code, the anonymous learning-climate survey, and a dashboard of
aggregates that says what to do first, with no way to single out one person's answer."""

import csv
import datetime
import io

import pytest
from django.core.management import call_command
from django.db import models, transaction
from django.urls import reverse
from freezegun import freeze_time
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wegwijzer.accounts.models import Organisation, Role
from wegwijzer.accounts.tests.conftest import make_user
from wegwijzer.insight import services
from wegwijzer.insight.models import ClimateAnswer, ClimateParticipation
from wegwijzer.insight.survey import Answer, load_survey

pytestmark = pytest.mark.django_db

SURVEY = load_survey()
FACTORS = [factor.key for factor in SURVEY.factors]
K = 10


def form_data(score_of, barrier="geen_tijd", driver="werktijd") -> dict:
    return {**{key: str(score_of(key)) for key in FACTORS}, "barrier": barrier, "driver": driver}


def answer_as(client, person, data) -> str:
    client.force_login(person)
    return client.post(reverse("insight:survey"), data).content.decode()


def test_an_hr_manager_of_forty_invites_staff_and_sees_what_to_do_first(client, world):
    client.force_login(world.werkgever)
    page = client.get(reverse("insight:invite")).content.decode()
    code = services.invitation(world.employer).code
    assert code in page and f"/organisatie/meedoen/?code={code}" in page
    staff = [make_user(f"collega-{n}", Role.DEELNEMER) for n in range(40)]
    with freeze_time("2026-08-12"):
        for number, person in enumerate(staff[:12]):
            client.force_login(person)
            page = client.get(reverse("insight:join"), {"code": code.lower()}).content.decode()
            assert "Werkgever Test" in page  # the code is read without minding case
            assert client.post(reverse("insight:join"), {"code": code, "confirm": "1"})["Location"] == reverse(
                "insight:survey"
            )
            # Workload is low for everyone; psychological safety too for the first ones.
            scores = {"werkdruk": 2, "psychologische_veiligheid": 1 if number < 6 else 4}
            page = answer_as(client, person, form_data(lambda key: scores.get(key, 4), "geen_tijd"))
            assert "Bedankt" in page
        client.force_login(world.werkgever)
        page = client.get(reverse("insight:climate")).content.decode()
        assert "Nog geen cijfers" in page  # the running quarter is never shown
    with freeze_time("2026-10-02"):
        client.force_login(world.werkgever)  # a new session: the old one ended weeks ago
        page = client.get(reverse("insight:climate")).content.decode()
    assert "12 mensen vulden de vragenlijst in" in page
    first = page.split("Pak dit eerst aan")[1].split("</section>")[0]
    assert "Werkdruk" in first and "Haal werk weg" in first  # 2.0 is lower than safety's 2.5
    assert "beausaert-kyndt-2025 L283" in first
    assert "<svg" in page and "<table" in page  # each chart with its table
    assert "collega-" not in page  # never a name


def test_answers_are_anonymous_by_construction(world):
    fields = {field.name: field for field in ClimateAnswer._meta.get_fields()}
    assert not any(field.is_relation and field.related_model is type(world.subject) for field in fields.values())
    assert not any(isinstance(field, models.DateTimeField | models.TimeField) for field in fields.values())
    assert isinstance(fields["id"], models.UUIDField)  # no order of arrival
    with freeze_time("2026-09-17"):  # a Thursday: only its week's Monday is kept
        assert services.record_answer(
            world.subject, Answer(dict.fromkeys(FACTORS, 3), "geld", "diploma"), datetime.date(2026, 9, 17)
        )
    stored = ClimateAnswer.objects.get()
    assert stored.week == datetime.date(2026, 9, 14) and stored.quarter == "2026-K3"
    assert ClimateParticipation.objects.get().person == world.subject  # that she answered, not what


def test_the_sums_kept_with_each_answer_equal_those_added_up_again(world):
    day = datetime.date(2026, 8, 12)
    for number in range(12):
        person = make_user(f"p{number}", Role.DEELNEMER, organisation=world.employer)
        scores = {key: 1 + (number + i) % 5 for i, key in enumerate(FACTORS)}
        services.record_answer(person, Answer(scores, ["geld", "prive"][number % 2], "werktijd"), day)
    kept = services.climate_summary(world.employer, "2026-K3", datetime.date(2026, 10, 1))
    services.rebuild_tallies()
    assert services.climate_summary(world.employer, "2026-K3", datetime.date(2026, 10, 1)) == kept
    assert kept.answers == 12
    means = {score.factor.key: score.mean for score in kept.scores}
    assert means == {key: sum(1 + (n + i) % 5 for n in range(12)) / 12 for i, key in enumerate(FACTORS)}
    assert "geld" not in kept.barriers.shown and kept.barriers.other == 12  # 6 and 6: only together


def test_no_one_fills_the_group_with_answers_of_their_own(client, world):
    data = form_data(lambda key: 1)
    with freeze_time("2026-08-12"):
        assert client.post(reverse("insight:survey"), data).status_code == 302  # the code alone does not let you in
        client.force_login(world.werkgever)
        assert client.post(reverse("insight:survey"), data).status_code == 403
        answer_as(client, world.subject, data)
        page = answer_as(client, world.subject, data)
    assert "al in" in page and ClimateAnswer.objects.count() == 1  # once per quarter


def test_the_survey_refuses_an_incomplete_form_with_a_dutch_message_and_stores_nothing(client, world):
    data = form_data(lambda key: 3)
    del data["autonomie"]
    data["werkdruk"] = "9"
    page = answer_as(client, world.subject, data)
    assert "Kies een antwoord bij deze zin." in page and "Kies een van de antwoorden die er staan." in page
    assert not ClimateAnswer.objects.exists() and not ClimateParticipation.objects.exists()


def test_a_wrong_code_says_so_and_links_nothing(client, world):
    person = make_user("nieuw", Role.DEELNEMER)
    client.force_login(person)
    page = client.post(reverse("insight:join"), {"code": "NIETBEST", "confirm": "1"}).content.decode()
    assert "Deze code kennen we niet" in page
    person.refresh_from_db()
    assert person.organisation is None


def test_a_new_code_stops_the_old_one(client, world):
    old = services.invitation(world.employer).code
    client.force_login(world.werkgever)
    client.post(reverse("insight:invite"))
    assert services.organisation_for_code(old) is None
    assert services.organisation_for_code(services.invitation(world.employer).code) == world.employer


def _answers(organisation, quarter_day: datetime.date, count: int, score=3, barrier="geen_tijd"):
    week = quarter_day - datetime.timedelta(days=quarter_day.weekday())
    ClimateAnswer.objects.bulk_create(
        ClimateAnswer(
            organisation=organisation,
            week=week,
            quarter=services.quarter_of(quarter_day),
            scores=dict.fromkeys(FACTORS, score),
            barrier=barrier,
            driver="werktijd",
        )
        for _ in range(count)
    )
    services.rebuild_tallies()  # a bulk load bypasses the sums kept with each answer


def test_csv_and_summary_page_hold_the_same_suppressed_figures(client, world):
    _answers(world.employer, datetime.date(2026, 8, 3), 14, barrier="geen_tijd")
    _answers(world.employer, datetime.date(2026, 8, 3), 11, barrier="prive")
    _answers(world.employer, datetime.date(2026, 8, 3), 3, barrier="geld")
    with freeze_time("2026-10-02"):
        client.force_login(world.werkgever)
        rows = list(csv.reader(io.StringIO(client.get(reverse("insight:climate_csv")).content.decode())))
        summary = client.get(reverse("insight:climate_print")).content.decode()
    values = {(row[1], row[2]): row[3] for row in rows[1:]}
    assert values[("deelname", "antwoorden")] == "28"
    assert values[("drempel", "Geen tijd door werkdruk")] == "14"
    assert ("drempel", "Het kost te veel") not in values  # 3: hidden, and not as "<10" either
    # 28 - 14 - 11 = 3 would give it away: so "thuis" (11) is hidden with it, the two only shown together.
    assert ("drempel", "Thuis of gezondheid") not in values and values[("drempel", "Andere antwoorden samen")] == "14"
    assert all(not value.isdigit() or int(value) == 0 or int(value) >= K for value in values.values())
    assert "Het kost te veel" not in summary and "Leerklimaat bij Werkgever Test" in summary


def test_the_dashboard_reads_a_fixed_number_of_queries(client, world, django_assert_max_num_queries):
    for month in (2, 5, 8):
        _answers(world.employer, datetime.date(2026, month, 3), 12)
    with freeze_time("2026-10-02"):
        client.force_login(world.werkgever)
        with django_assert_max_num_queries(8):
            assert client.get(reverse("insight:climate")).status_code == 200


def test_only_closed_quarters_of_ones_own_scope_can_be_asked_for(client, world):
    other = Organisation.objects.create(name="Ander bedrijf", kind=Organisation.Kind.WERKGEVER)
    _answers(other, datetime.date(2026, 5, 4), 20, score=1)
    _answers(world.employer, datetime.date(2026, 8, 3), 12, score=4)
    _answers(world.employer, datetime.date(2026, 10, 1), 30, score=2)  # the running quarter
    with freeze_time("2026-10-20"):
        client.force_login(world.werkgever)
        for asked in ("2026-K4", "2026-K2", "'; drop table", ""):
            page = client.get(reverse("insight:climate"), {"kwartaal": asked}).content.decode()
            assert "12 mensen vulden" in page and "30 mensen" not in page and "20 mensen" not in page


# --- adversarial: trying to single out one employee ------------------------------------------------------------

DAYS = st.dates(datetime.date(2026, 7, 1), datetime.date(2026, 12, 31))


def observe(viewers, today) -> dict:
    """Everything the attackers can see on a day: each viewer's dashboard for each quarter it may ask for (after
    the regions' daily refresh of that day)."""
    services.refresh_region_tallies(today)
    seen = {}
    for viewer in viewers:
        for quarter in services.closed_quarters(viewer, today):
            summary = services.climate_summary(viewer, quarter, today)
            if summary:
                seen[(viewer.pk, quarter)] = summary
    return seen


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    others=st.lists(st.tuples(DAYS, st.integers(1, 5)), min_size=8, max_size=30),
    victim_day=DAYS,
    looks=st.lists(DAYS, min_size=1, max_size=5),
)
def test_looking_before_and_after_one_person_answers_never_shows_their_answer(world, others, victim_day, looks):
    """The attacker (employer and region together) looks at every dashboard they may open on the day before the
    victim answers and on later days. Any figure they saw before must be exactly the same after: the victim's answer
    only ever appears inside a figure the attacker never saw without it."""
    with transaction.atomic():
        for day, score in others:
            _answers(world.employer, day, 1, score=score)
        viewers = (world.employer, world.region)
        before = observe(viewers, victim_day)
        victim = make_user("slachtoffer", Role.DEELNEMER, organisation=world.employer)
        services.record_answer(victim, Answer(dict.fromkeys(FACTORS, 5), "prive", "diploma"), victim_day)
        for day in [victim_day, *looks]:
            if day < victim_day:
                continue
            after = observe(viewers, day)
            for key, summary in before.items():
                assert after[key] == summary
            for summary in after.values():
                assert summary.answers >= K
        transaction.set_rollback(True)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(counts=st.lists(st.integers(0, 25), min_size=2, max_size=4), colluders=st.sets(st.integers(0, 3)))
def test_the_region_minus_the_employers_that_collude_is_never_a_small_group(world, counts, colluders):
    """Employers in a region each see their own figures; the region sees them together. Whatever employers pool
    their figures, the region's count minus theirs is 0 or at least k: never one person."""
    with transaction.atomic():
        employers = [
            Organisation.objects.create(name=f"Bedrijf {n}", kind=Organisation.Kind.WERKGEVER, region=world.region)
            for n in range(len(counts))
        ]
        for employer, count in zip(employers, counts, strict=True):
            _answers(employer, datetime.date(2026, 8, 3), count)
        today = datetime.date(2026, 10, 2)
        services.refresh_region_tallies(today)
        region = services.climate_summary(world.region, "2026-K3", today)
        known = sum(
            summary.answers
            for n, employer in enumerate(employers)
            if n in colluders and (summary := services.climate_summary(employer, "2026-K3", today))
        )
        remainder = (region.answers if region else 0) - known
        assert remainder == 0 or remainder >= K
        transaction.set_rollback(True)


def test_a_region_sees_its_employers_together_after_the_daily_refresh(client, world):
    small = Organisation.objects.create(name="Klein bedrijf", kind=Organisation.Kind.WERKGEVER, region=world.region)
    _answers(world.employer, datetime.date(2026, 8, 3), 12, score=4)
    _answers(small, datetime.date(2026, 8, 3), 4, score=1)  # under k: not counted in the region at all
    with freeze_time("2026-10-02"):
        client.force_login(world.regio)
        assert "Nog geen cijfers" in client.get(reverse("insight:climate")).content.decode()  # before the job ran
    call_command("refresh_region_tallies")  # today: the summer of 2026 is over
    with freeze_time("2026-10-02"):
        client.force_login(world.regio)
        page = client.get(reverse("insight:climate")).content.decode()
        rows = client.get(reverse("insight:climate_csv")).content.decode()
    assert "12 mensen vulden de vragenlijst in" in page and "4,0" in page and "Klein bedrijf" not in page
    assert "deelname,antwoorden,12" in rows
