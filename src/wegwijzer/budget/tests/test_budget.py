"""What a person, their employer and the platform do with an ontwikkelbudget, through the pages."""

import datetime
import json

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from wegwijzer.accounts.models import AccessLog, Role
from wegwijzer.accounts.privacy_hooks import delete_account, export_everything
from wegwijzer.accounts.tests.conftest import make_user
from wegwijzer.budget.ledger import Movement
from wegwijzer.budget.models import Budget, Entry, Reservation
from wegwijzer.budget.services import balances, book, expire_due, reserve, send_reminders

from .conftest import UNTIL

pytestmark = pytest.mark.django_db
KEY = "0123456789abcdef0123456789abcdef"


def _reserve(client, offer, key=KEY):
    return client.post(reverse("budget:reserve", args=[offer.pk]), {"sleutel": key}, follow=True)


def test_the_offer_page_shows_what_is_left_and_reserving_holds_the_price_once_even_when_sent_twice(
    client, person, make_budget, make_offer
):
    budget = make_budget(person, 100_000)
    offer = make_offer(title="Excel voor beginners", price_cents=29_550)
    client.force_login(person)
    page = client.get(reverse("catalogue:offer", args=[offer.pk])).content.decode()
    assert "Je ontwikkelbudget: € 1.000,00 over" in page
    assert "Reserveer € 295,50" in page

    first = _reserve(client, offer)
    again = _reserve(client, offer)  # the same form sent a second time (a double tap, a resent request)

    assert "Gereserveerd: € 295,50 voor Excel voor beginners." in first.content.decode()
    assert "Dit was al gereserveerd" in again.content.decode()
    assert Reservation.objects.filter(budget=budget).count() == 1
    assert Entry.objects.filter(budget=budget, movement=Movement.RESERVE).count() == 1
    assert balances(budget).available == 100_000 - 29_550
    assert (
        "Je ontwikkelbudget: € 704,50 over" in client.get(reverse("catalogue:offer", args=[offer.pk])).content.decode()
    )


def test_confirming_pays_and_cancelling_gives_the_money_back_each_only_once(client, person, make_budget, make_offer):
    budget = make_budget(person, 100_000)
    paid = reserve(person, make_offer(title="Cursus A", price_cents=30_000), "sleutel-aaaa").reservation
    cancelled = reserve(person, make_offer(title="Cursus B", price_cents=20_000), "sleutel-bbbb").reservation
    client.force_login(person)

    page = client.post(reverse("budget:confirm", args=[paid.pk]), follow=True).content.decode()
    assert "Betaald: € 300,00 uit je ontwikkelbudget." in page
    page = client.post(reverse("budget:cancel", args=[cancelled.pk]), follow=True).content.decode()
    assert "Geannuleerd. Je hebt € 200,00 weer te besteden." in page
    assert "Dit was al gedaan" in client.post(reverse("budget:confirm", args=[paid.pk]), follow=True).content.decode()
    refused = client.post(reverse("budget:cancel", args=[paid.pk]), follow=True).content.decode()
    assert "Deze reservering is al betaald." in refused

    now = balances(budget)
    assert (now.available, now.reserved, now.spent) == (70_000, 0, 30_000)
    assert Entry.objects.filter(budget=budget).count() == 5  # grant, 2 reserve, book, release


def test_the_budget_page_shows_balance_reservations_and_spending(client, person, make_budget, make_offer):
    budget = make_budget(person, 50_000)
    held = reserve(person, make_offer(title="Zorg en welzijn basis", price_cents=12_500), "sleutel-cccc")
    client.force_login(person)
    page = client.get(reverse("budget:mine")).content.decode()
    assert "Je hebt nog <strong>€ 375,00</strong> om te leren." in page
    assert "Zorggroep Test" in page and f"31 december {UNTIL.year}" in page
    assert "Zorg en welzijn basis" in page and "Mijn aanmelding is bevestigd" in page
    assert "cursus, opleiding" in page
    mine = client.get(reverse("accounts:mine")).content.decode()
    assert "Mijn ontwikkelbudget" in mine and reverse("budget:mine") in mine
    assert held.reservation.budget == budget


@pytest.mark.parametrize(
    ("price", "kind", "key", "message"),
    [
        (200_000, "cursus", KEY, "Je hebt niet genoeg ontwikkelbudget over voor dit aanbod."),
        (10_000, "werkplekleren", KEY, "Je ontwikkelbudget is niet voor dit soort aanbod"),
        (0, "cursus", KEY, "Dit aanbod is gratis."),
        (10_000, "cursus", "", "Dit formulier is niet compleet."),
        (10_000, "cursus", "<script>", "Dit formulier is niet compleet."),
    ],
)
def test_a_reservation_that_cannot_be_made_says_why_and_changes_nothing(
    client, person, make_budget, make_offer, price, kind, key, message
):
    budget = make_budget(person, 100_000)
    offer = make_offer(price_cents=price, kind=kind)
    client.force_login(person)
    response = _reserve(client, offer, key)
    assert response.redirect_chain[-1][0] == reverse("catalogue:offer", args=[offer.pk])
    assert message in response.content.decode()
    assert Entry.objects.filter(budget=budget).count() == 1  # the grant only


def test_a_budget_outside_its_period_is_not_offered_or_used(client, person, make_budget, make_offer):
    make_budget(person, 100_000, valid_from=datetime.date(2020, 1, 1), valid_until=datetime.date(2020, 12, 31))
    offer = make_offer(price_cents=10_000)
    client.force_login(person)
    assert "Je ontwikkelbudget" not in client.get(reverse("catalogue:offer", args=[offer.pk])).content.decode()
    assert "niet voor dit soort aanbod, of het is nu niet te gebruiken" in _reserve(client, offer).content.decode()


def test_someone_else_cannot_confirm_or_cancel_a_reservation(client, person, make_budget, make_offer):
    make_budget(person, 100_000)
    reservation = reserve(person, make_offer(price_cents=10_000), "sleutel-dddd").reservation
    client.force_login(make_user("ander", Role.DEELNEMER))
    for name in ("budget:confirm", "budget:cancel"):
        assert client.post(reverse(name, args=[reservation.pk])).status_code == 404
    assert balances(reservation.budget).reserved == 10_000


def test_the_last_day_is_usable_then_the_rest_expires_once_and_a_reminder_comes_a_month_before(
    person, make_budget, make_offer
):
    budget = make_budget(person, 80_000, valid_until=datetime.date(2026, 6, 30))
    reserve(person, make_offer(price_cents=30_000), "sleutel-eeee", today=datetime.date(2026, 6, 30))

    assert send_reminders(datetime.date(2026, 5, 30)) == 0  # 31 days before: not yet
    assert send_reminders(datetime.date(2026, 5, 31)) == 1
    assert send_reminders(datetime.date(2026, 6, 1)) == 0  # once
    [reminder] = mail.outbox
    assert reminder.to == [person.email]
    assert reminder.subject == "Je ontwikkelbudget stopt over een maand"
    assert "Je hebt nog € 500,00" in reminder.body and "30 juni 2026" in reminder.body

    assert expire_due(datetime.date(2026, 6, 30)) == 0  # the last day itself still counts
    assert expire_due(datetime.date(2026, 7, 1)) == 1
    assert expire_due(datetime.date(2026, 7, 2)) == 0
    now = balances(budget)
    assert (now.available, now.reserved, now.expired) == (0, 30_000, 50_000)  # a sign-up made in time stays held


def test_the_command_expires_and_reminds(person, make_budget, capsys):
    today = datetime.date.today()
    make_budget(
        person, 10_000, valid_from=today - datetime.timedelta(days=400), valid_until=today - datetime.timedelta(days=1)
    )
    make_budget(person, 20_000, valid_from=today, valid_until=today + datetime.timedelta(days=10))
    call_command("expire_budgets")
    assert "1 verlopen, 1 herinnering(en)" in capsys.readouterr().out
    assert len(mail.outbox) == 1


def _organisation_with_people(employer, make_budget, make_offer, people: int, spenders: int) -> None:
    offer = make_offer(price_cents=10_000)
    for number in range(people):
        someone = make_user(f"collega{number}", Role.DEELNEMER, organisation=employer)
        make_budget(someone, 100_000)
        if number < spenders:
            reserve(someone, offer, f"sleutel-{number:04d}")


def test_the_employer_sees_totals_only_over_enough_people(client, employer, make_budget, make_offer):
    _organisation_with_people(employer, make_budget, make_offer, people=12, spenders=9)
    client.force_login(make_user("petra", Role.WERKGEVER, organisation=employer))
    page = client.get(reverse("budget:organisation")).content.decode()
    assert ">12<" in page and "€ 12.000,00" in page
    assert "minder dan 10 mensen" in page  # nine people used theirs: too few to show what they spent
    assert "%" not in page.split("<dl")[1].split("</dl>")[0]

    for number in range(9, 12):
        someone = employer.users.get(username=f"collega{number}")
        reserve(someone, make_offer(price_cents=10_000), f"meer-{number:04d}")
    page = client.get(reverse("budget:organisation")).content.decode()
    assert "10%" in page  # 12 x € 100 held of € 12.000
    assert 'Samen betaald</dt><dd class="utrecht-data-list__item-value">niet te zien' in page  # no one paid yet
    assert "Werken met de computer" not in page and "collega" not in page  # never who chose what

    for reservation in Reservation.objects.filter(budget__grantor=employer)[:9]:
        book(reservation, None)
    assert "niet te zien" in client.get(reverse("budget:organisation")).content.decode()  # nine paid: hidden
    book(Reservation.objects.filter(budget__grantor=employer).exclude(entries__movement=Movement.BOOK).first(), None)
    assert "€ 1.000,00" in client.get(reverse("budget:organisation")).content.decode()  # ten paid: shown


def test_a_small_organisation_sees_no_money_figures(client, employer, make_budget, make_offer):
    _organisation_with_people(employer, make_budget, make_offer, people=3, spenders=3)
    client.force_login(make_user("petra", Role.WERKGEVER, organisation=employer))
    page = client.get(reverse("budget:organisation")).content.decode()
    assert "€" not in page and page.count("niet te zien") == 3


def test_the_person_exports_their_budget_and_deleting_the_account_removes_it(person, make_budget, make_offer):
    make_budget(person, 40_000)
    reserve(person, make_offer(title="Excel voor beginners", price_cents=10_000), "sleutel-ffff")
    exported = export_everything(person)["budget"]["ontwikkelbudgetten"][0]
    assert exported["over"] == "€ 300,00" and exported["gegeven_door"] == "Zorggroep Test"
    assert [entry["wat"] for entry in exported["boekingen"]] == ["Gekregen", "Gereserveerd"]
    assert exported["boekingen"][1]["aanbod"] == "Excel voor beginners"
    json.dumps(exported)
    delete_account(person)
    assert not Budget.objects.exists() and not Entry.objects.exists()


def test_entries_never_change(person, make_budget):
    entry = make_budget(person).entries.get()
    with pytest.raises(TypeError):
        entry.save()
    with pytest.raises(TypeError):
        entry.delete()


def test_the_demo_gives_the_demo_participant_an_example_budget_once(settings):
    from wegwijzer.accounts import demo as accounts_demo
    from wegwijzer.budget import demo

    settings.WEGWIJZER_DEMO = True
    accounts_demo.load()
    assert demo.load() == "1 voorbeeld-ontwikkelbudget en de code LEERBUDGET"
    assert demo.load() == "1 voorbeeld-ontwikkelbudget (bestond al) en de code LEERBUDGET"
    budget = Budget.objects.get()
    assert budget.is_example and budget.name.startswith("Voorbeeld")
    assert balances(budget).available == demo.DEMO_AMOUNT_CENTS


def test_a_beheerder_grants_a_budget_in_the_admin_and_the_same_form_twice_grants_once(client, person, employer):
    client.force_login(make_user("beheerder", Role.BEHEERDER, is_staff=True, is_superuser=True))
    form = {
        "person": person.pk,
        "grantor": employer.pk,
        "name": "Leerbudget 2027",
        "valid_from": "2027-01-01",
        "valid_until": "2027-12-31",
        "offer_kinds": ["cursus", "training"],
        "amount": "750.25",
        "reason": "Afspraak in het jaargesprek",
        "key": KEY,
        "entries-TOTAL_FORMS": "0",
        "entries-INITIAL_FORMS": "0",
    }
    url = reverse("admin:budget_budget_add")
    assert client.post(url, form).status_code == 302
    assert client.post(url, form).status_code == 302
    budget = Budget.objects.get()
    assert balances(budget).granted == 75_025
    grant_entry = budget.entries.get()
    assert (grant_entry.actor.username, grant_entry.reason) == ("beheerder", "Afspraak in het jaargesprek")

    wrong = client.post(url, {**form, "valid_until": "2026-12-31", "key": "another-key-123"})
    assert "De einddatum ligt voor de begindatum." in wrong.content.decode()
    assert Budget.objects.count() == 1


def test_every_look_by_a_beheerder_at_a_budget_is_in_the_persons_access_log(client, person, make_budget):
    # Issue 14 and the privacy rules: every look by someone else at a person's data is logged. The admin's list of
    # budgets shows whose budget and what is left; one budget shows every movement.
    budget = make_budget(person, 50_000)
    beheerder = make_user("beheerder", Role.BEHEERDER, is_staff=True, is_superuser=True)
    client.force_login(beheerder)
    assert client.get(reverse("admin:budget_budget_changelist")).status_code == 200
    assert client.get(reverse("admin:budget_budget_change", args=[budget.pk])).status_code == 200
    looks = AccessLog.objects.filter(person=person, viewer=beheerder).order_by("at", "pk")
    assert [(look.what, look.why) for look in looks] == [
        ("ontwikkelbudget", "Beheer: lijst van ontwikkelbudgetten bekeken"),
        ("ontwikkelbudget", "Beheer: ontwikkelbudget bekeken (via /beheer/)"),
    ]
    client.force_login(person)
    assert "Beheer: ontwikkelbudget bekeken" in client.get(reverse("accounts:privacy")).content.decode()


def test_the_demo_code_gives_another_participant_the_example_budget(settings):
    from wegwijzer.accounts import demo as accounts_demo
    from wegwijzer.budget import demo
    from wegwijzer.budget.services import claim, find_link

    settings.WEGWIJZER_DEMO = True
    accounts_demo.load()
    demo.load()
    budget, created = claim(make_user("nieuw", Role.DEELNEMER), find_link("leerbudget"))
    assert created and balances(budget).available == demo.DEMO_AMOUNT_CENTS


def test_the_money_a_group_spent_in_a_period_is_counted_for_insight(employer, make_budget, make_offer):
    """budget's group_figures registry part: what was booked in the period, by how many people; a reservation that
    is not booked yet, and someone outside the group, do not count."""
    from django.utils import timezone

    from wegwijzer.accounts.models import User
    from wegwijzer.budget.services import group_figures

    _organisation_with_people(employer, make_budget, make_offer, people=4, spenders=3)
    reservations = list(Reservation.objects.filter(budget__grantor=employer).order_by("pk"))
    for reservation in reservations[:2]:
        book(reservation, None)
    today = timezone.localdate()  # the day the booking fell on, in the site's time zone
    group = User.objects.filter(organisation=employer)
    (spent,) = group_figures(group, today, today)
    assert (spent.key, spent.people, spent.amount, spent.unit) == ("budget_besteed", 2, 2 * 10_000, "cent")
    (nothing,) = group_figures(group, today - datetime.timedelta(days=10), today - datetime.timedelta(days=1))
    assert (nothing.people, nothing.amount) == (0, 0)
