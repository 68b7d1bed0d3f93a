"""A closed quarter's figures: a region's scans by municipality, target group and barrier, over time; plan steps
for an employer. Each figure from k people, with complements hidden, and frozen once counted so that no two looks
(a filter, a quarter, before and after someone joins or leaves) single one person out."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from freezegun import freeze_time
from hypothesis import given
from hypothesis import strategies as st

from wegwijzer.accounts.models import Role
from wegwijzer.accounts.tests.conftest import make_user
from wegwijzer.coaching.models import PlanStep
from wegwijzer.directory.models import Municipality
from wegwijzer.insight import services
from wegwijzer.insight.models import QuarterFigure
from wegwijzer.insight.suppression import suppress_overlapping
from wegwijzer.scan.models import Scan

# A flex worker's stored answers (scan/tests/conftest.py's FLEX_WORKER as the scan keeps them); "digitaal" 2 gives the
# barrier digitale_vaardigheden, 4 does not.
ANSWERS = {
    "werk": "uitzend", "keuze-flex": "bewust", "uitkering": "geen", "kinderen": "geen", "jaren-werk": 12,
    "leeftijd": 34, "school": "mbo2", "diploma": "nee", "mantelzorg": "nee", "zorgen": None, "taal": "moedertaal",
    "digitaal": 2, "doel": "ander_werk", "baan-verandert": "ja", "zin-in-leren": 4, "leren-leuk": 2, "vertrouwen": 2,
    "omgeving": 3, "weet-cursussen": 2, "weet-kansen": 2, "blijven-leren": 4, "invloed": 3, "steun-werk": 2,
    "werkdruk": 2, "vrijheid": 3, "tijd": 3, "cursus": "nee", "ervaring": ["vrijwilligerswerk"], "leren": ["kort"],
}  # fmt: skip
IN_Q3 = datetime.datetime(2026, 8, 10, 12, tzinfo=datetime.UTC)
AFTER_Q3 = datetime.date(2026, 10, 2)


@pytest.fixture
def places(db):
    Municipality.objects.create(name="Utrecht")
    Municipality.objects.create(name="Zeist")


def scans_in_region(world, count: int, place="Utrecht", digital=2, when=IN_Q3, start=0) -> list:
    people = []
    for n in range(start, start + count):
        person = make_user(f"inwoner-{n}", Role.DEELNEMER, organisation=world.region)
        answers = ANSWERS | {"gemeente": place, "digitaal": digital}
        Scan.objects.create(code=f"S{n:07d}", user=person, answers=answers, completed_at=when)
        people.append(person)
    return people


def region_page(client, world, quarter="") -> str:
    if "_auth_user_id" not in client.session:
        client.force_login(world.regio)
    with freeze_time(AFTER_Q3):
        page = client.get(reverse("insight:scans"), {"kwartaal": quarter} if quarter else {}).content.decode()
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", page)  # the same figures, a new form token


def test_a_region_sees_its_scans_of_the_closed_quarter_by_place_group_and_barrier(client, world, places):
    scans_in_region(world, 12, "Utrecht")
    scans_in_region(world, 10, "Zeist", digital=4, start=12)
    assert "Nog geen cijfers" in region_page(client, world)  # not counted yet: the daily job counts it
    assert services.freeze_closed_quarters(AFTER_Q3) >= 1
    page = region_page(client, world)
    assert "Kwartaal 2026-K3: 22 scans" in page
    assert "Utrecht: 12" in page and "Zeist: 10" in page
    assert "Flexwerk uit eigen keuze, wil leren: 22" in page
    assert "Digitale vaardigheden: 12" in page  # 12 have it, the other 10 not: both sides at least k


def test_one_person_in_another_place_is_not_shown_nor_computable(client, world, places):
    """The complement: Zeist (1) is hidden, and so is Utrecht (11), else 12 minus 11 gives Zeist away."""
    scans_in_region(world, 11, "Utrecht")
    scans_in_region(world, 1, "Zeist", start=11)
    services.freeze_closed_quarters(AFTER_Q3)
    page = region_page(client, world)
    assert "Kwartaal 2026-K3: 12 scans" in page
    assert "Zeist" not in page and "Utrecht: 11" not in page
    assert "Andere gemeenten samen: 12" in page


def test_a_barrier_all_but_one_person_have_is_hidden(client, world, places):
    """11 of 12 with a barrier says the twelfth has not: hidden, like the one-person cell itself."""
    scans_in_region(world, 11, digital=2)
    scans_in_region(world, 1, digital=4, start=11)
    services.freeze_closed_quarters(AFTER_Q3)
    page = region_page(client, world)
    assert "Digitale vaardigheden" not in page
    assert "Opties onbekend: 12" in page  # a barrier all have: the rest is 0, nobody singled out


def test_a_counted_quarter_never_changes_when_one_person_leaves_joins_or_deletes(client, world, places):
    """Differencing over time: looks before and after one person's change are the same."""
    people = scans_in_region(world, 12)
    services.freeze_closed_quarters(AFTER_Q3)
    before = region_page(client, world)
    people[0].delete()  # deletes their scan with them
    scans_in_region(world, 1, "Zeist", start=50)  # a late joiner whose scan fell in the quarter
    assert services.freeze_closed_quarters(AFTER_Q3) == 0
    assert region_page(client, world) == before


def test_a_small_quarter_is_hidden_and_no_total_over_quarters_gives_it_away(client, world, places):
    scans_in_region(world, 9, when=datetime.datetime(2026, 5, 5, tzinfo=datetime.UTC))
    services.freeze_quarter(world.region, "2026-K2")
    scans_in_region(world, 12, start=9)
    services.freeze_closed_quarters(AFTER_Q3)
    with freeze_time(AFTER_Q3):
        shown = services.quarter_figures(world.region, "2026-K2", timezone.localdate())
    assert shown.quarter == "2026-K2" and shown.scans is None
    assert (shown.municipalities, shown.target_groups, shown.barriers) == (None, None, {})
    assert shown.scans_over_time == [("2026-K2", None), ("2026-K3", 12)]
    page = region_page(client, world, "2026-K2")
    assert "21" not in page and ">9<" not in page and "te weinig om te tonen" in page


def test_an_employer_sees_plan_steps_of_the_quarter_only_when_both_sides_reach_k(client, world):
    staff = [make_user(f"mw-{n}", Role.DEELNEMER, organisation=world.employer) for n in range(20)]
    for person in staff[:10]:  # with world's two, 22 people: 10 set steps, 12 did not
        PlanStep.objects.create(person=person, text="x", owner="deelnemer", due=AFTER_Q3, created_at=IN_Q3)
        PlanStep.objects.create(person=person, text="y", owner="deelnemer", due=AFTER_Q3, created_at=IN_Q3)
    PlanStep.objects.create(person=staff[0], text="z", owner="deelnemer", due=AFTER_Q3, created_at=IN_Q3, done_at=IN_Q3)
    services.freeze_closed_quarters(AFTER_Q3)
    client.force_login(world.werkgever)
    with freeze_time(AFTER_Q3):
        page = client.get(reverse("insight:organisation")).content.decode()
    assert "Plannen en budget in kwartaal 2026-K3" in page
    assert '<td class="utrecht-table__cell">21</td><td class="utrecht-table__cell">10</td>' in page
    row = page.split("Stappen uit het plan gedaan")[1].split("</tr>")[0]
    assert "te weinig om te tonen" in row  # one person finished one step: not shown


def test_the_region_minus_its_employer_never_gives_away_one_persons_steps(world):
    """An employer and its region pooling what they see: the region's one person outside the employer is a block
    under k and is left out, so region minus employer is 0, not that person's steps."""
    staff = [make_user(f"mw-{n}", Role.DEELNEMER, organisation=world.employer) for n in range(10)]
    loner = make_user("inwoner", Role.DEELNEMER, organisation=world.region)
    for person in [*staff, loner]:
        PlanStep.objects.create(person=person, text="x", owner="deelnemer", due=AFTER_Q3, created_at=IN_Q3)
    PlanStep.objects.create(person=loner, text="y", owner="deelnemer", due=AFTER_Q3, created_at=IN_Q3)
    services.freeze_closed_quarters(AFTER_Q3)

    def steps_set(organisation):
        shown = services.quarter_figures(organisation, None, AFTER_Q3)
        return next((f.people, f.amount) for f in shown.activity if f.label == "Stappen in het plan gezet")

    assert steps_set(world.region) == steps_set(world.employer) == (None, None)  # 10 of 12 set one: rest is 2
    world_size = QuarterFigure.objects.get(organisation=world.region, part="groep", key="mensen").people
    assert world_size == 12  # the employer's 12 (10 and world's two); the region's one person is not counted
    assert QuarterFigure.objects.get(organisation=world.region, key="stappen_gezet").amount == 10


def test_an_employer_never_sees_the_region_scan_page(client, world):
    client.force_login(world.werkgever)
    assert client.get(reverse("insight:scans")).status_code == 403


def test_the_pages_read_a_fixed_number_of_queries(client, world, places, django_assert_max_num_queries):
    scans_in_region(world, 12)
    services.freeze_closed_quarters(AFTER_Q3)
    client.force_login(world.regio)
    with django_assert_max_num_queries(6):
        region_page(client, world)
    scans_in_region(world, 30, start=100, when=datetime.datetime(2026, 5, 5, tzinfo=datetime.UTC))
    services.freeze_quarter(world.region, "2026-K2")
    with django_assert_max_num_queries(6):
        region_page(client, world)


def test_the_employer_dashboard_reads_as_many_queries_for_one_quarter_as_for_many(
    client, world, django_assert_max_num_queries
):
    for n in range(10):  # with world's two, 12 people: the employer's figures are counted
        make_user(f"mw-{n}", Role.DEELNEMER, organisation=world.employer)
    client.force_login(world.werkgever)
    for quarter in ("2025-K4", "2026-K1", "2026-K2", "2026-K3"):
        services.freeze_quarter(world.employer, quarter)
    with freeze_time(AFTER_Q3), django_assert_max_num_queries(8):
        page = client.get(reverse("insight:organisation")).content.decode()
    assert "Plannen en budget in kwartaal 2026-K3" in page


@given(st.lists(st.integers(0, 40), max_size=8), st.integers(0, 40))
def test_no_shown_overlapping_count_or_its_rest_is_a_small_group(counts, extra):
    total = max(counts, default=0) + extra
    shown = suppress_overlapping(dict(enumerate(counts)), total, 10)
    for count in shown.values():
        assert count == 0 or count >= 10
        assert total - count == 0 or total - count >= 10
    assert not shown or total >= 10


def test_quarter_figures_are_counts_not_people(world, places):
    scans_in_region(world, 12)
    services.freeze_closed_quarters(AFTER_Q3)
    fields = {field.name for field in QuarterFigure._meta.get_fields()}
    assert not fields & {"person", "user", "scan"}
