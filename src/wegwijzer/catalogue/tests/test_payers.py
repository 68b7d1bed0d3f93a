"""Who can pay is data: a payer a beheerder adds in the admin is a filter value at once, and the migration that
turned the boolean columns into payer links keeps every offer's payers (and gives them back when reversed)."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse

from wegwijzer.accounts.models import Role, User
from wegwijzer.catalogue.filters import SearchParams
from wegwijzer.catalogue.models import Payer
from wegwijzer.catalogue.search.service import search

BEFORE = [("catalogue", "0008_payers")]  # the Payer table and the links exist, the columns still hold the payers
AFTER = [("catalogue", "0010_remove_pay_columns")]


def betaler_counts(result) -> dict[str, int]:
    facet = next(facet for facet in result.facets if facet.key == "betaler")
    return {option.value: option.count for option in facet.options}


@pytest.mark.django_db
@pytest.mark.parametrize("use_snapshot", [True, False])
def test_a_payer_added_in_the_admin_is_a_filter_value_at_once(client, make_offer, use_snapshot):
    paid = make_offer(title="Met een leerrekening")
    make_offer(title="Zelf betalen")
    assert "leerrekening" not in betaler_counts(search(SearchParams(), use_snapshot=use_snapshot))
    client.force_login(User.objects.create(username="beheer", role=Role.BEHEERDER, is_staff=True, is_superuser=True))

    response = client.post(
        reverse("admin:catalogue_payer_add"), {"code": "leerrekening", "name": "Leerrekening", "order": 60}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    offer_form = client.get(reverse("admin:catalogue_offer_change", args=[paid.pk])).content.decode()
    assert 'type="checkbox" name="payers"' in offer_form and "Leerrekening" in offer_form
    paid.payers.add(Payer.objects.get(code="leerrekening"))

    result = search(SearchParams(), use_snapshot=use_snapshot)
    assert betaler_counts(result)["leerrekening"] == 1
    chosen = search(SearchParams(filters={"betaler": "leerrekening"}), use_snapshot=use_snapshot)
    assert [offer.pk for offer in chosen.offers] == [paid.pk]
    client.logout()  # a beheerder is sent to the admin; the filter is for people who search
    assert "Leerrekening" in client.get(reverse("catalogue:list")).content.decode()


def migrate(targets) -> MigrationExecutor:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor


@pytest.mark.usefixtures("latest_migrations_afterwards")
def test_the_migration_turns_the_columns_into_payer_links_and_back():
    old_apps = (
        migrate([("catalogue", "0007_narrow_words_table")])
        .loader.project_state([("catalogue", "0007_narrow_words_table")])
        .apps
    )
    provider = old_apps.get_model("catalogue", "Provider").objects.create(code="betalers", name="Betalers")
    Offer = old_apps.get_model("catalogue", "Offer")
    common = {"provider": provider, "kind": "cursus", "theme": "digitaal", "title": "Cursus", "description": "Tekst.",
              "delivery": "online", "schedule": "avond", "hours": 4, "weeks": 1, "price_cents": 100,
              "entry_level": "geen", "certificate": "geen"}  # fmt: skip
    Offer.objects.create(external_id="fonds", pay_own=True, pay_fund=True, pay_national=True, **common)
    Offer.objects.create(external_id="gratis", pay_own=False, **common)
    Offer.objects.create(external_id="werkgever", pay_own=False, pay_employer=True, pay_municipality=True, **common)

    new_apps = migrate(AFTER).loader.project_state(AFTER).apps
    links = new_apps.get_model("catalogue", "Offer").payers.through.objects
    paid_by = {}
    for external_id, code in links.values_list("offer__external_id", "payer__code"):
        paid_by.setdefault(external_id, set()).add(code)
    assert paid_by == {"fonds": {"eigen_geld", "oo_fonds", "landelijk"}, "werkgever": {"werkgever", "gemeente"}}
    payers = new_apps.get_model("catalogue", "Payer").objects.order_by("order")
    assert list(payers.values_list("code", "name")) == [
        ("eigen_geld", "Je betaalt zelf"),
        ("werkgever", "Werkgever"),
        ("oo_fonds", "O&O-fonds van een sector"),
        ("gemeente", "Gemeente"),
        ("landelijk", "Landelijke regeling"),
    ]

    back = migrate(BEFORE).loader.project_state(BEFORE).apps.get_model("catalogue", "Offer")
    columns = ("pay_own", "pay_employer", "pay_fund", "pay_municipality", "pay_national")
    assert {row[0]: row[1:] for row in back.objects.values_list("external_id", *columns)} == {
        "fonds": (True, False, True, False, True),
        "gratis": (False, False, False, False, False),
        "werkgever": (False, True, False, True, False),
    }
