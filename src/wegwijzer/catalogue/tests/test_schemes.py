"""Offers linked to funding schemes (issue 14): an offer page names the schemes that can pay for it, and a scheme's
page lists the offers it can pay for; a stopped scheme has no page and is never named."""

import datetime

import pytest

pytestmark = pytest.mark.django_db


def test_an_offer_names_the_schemes_that_can_pay_for_it_and_each_lists_that_offer(client, make_offer, make_scheme):
    make_scheme("techniekfonds", name="Fonds Techniek", kind="sector", offer_kinds=["cursus"])
    make_scheme("stadsgeld", name="Leergeld Demodam", kind="gemeente")  # the provider does not name the gemeente
    make_scheme("alleen-diploma", name="Diplomafonds", kind="sector", certificates=["diploma"])
    offer = make_offer(title="Lassen voor beginners", payers=("eigen_geld", "oo_fonds"), certificate="certificaat")

    page = client.get(f"/aanbod/{offer.pk}/").content.decode()
    assert "Regelingen die dit kunnen betalen:" in page
    assert "Fonds Techniek" in page
    assert "Leergeld Demodam" not in page and "Diplomafonds" not in page

    scheme_page = client.get("/aanbod/regeling/techniekfonds/")
    assert scheme_page.status_code == 200
    assert "Lassen voor beginners" in scheme_page.content.decode()
    assert "Lassen voor beginners" not in client.get("/aanbod/regeling/alleen-diploma/").content.decode()


def test_a_stopped_or_unknown_scheme_has_no_page_and_is_not_named(client, make_offer, make_scheme):
    make_scheme("oud", name="Oud Fonds", valid_until=datetime.date(2020, 12, 31))
    offer = make_offer(payers=("oo_fonds",))
    assert "Oud Fonds" not in client.get(f"/aanbod/{offer.pk}/").content.decode()
    assert client.get("/aanbod/regeling/oud/").status_code == 404
    assert client.get("/aanbod/regeling/bestaat-niet/").status_code == 404


def test_a_free_offer_needs_no_scheme(client, make_offer, make_scheme):
    make_scheme("techniekfonds", name="Fonds Techniek")
    offer = make_offer(payers=("oo_fonds",), price_cents=0)
    assert "Regelingen die dit kunnen betalen:" not in client.get(f"/aanbod/{offer.pk}/").content.decode()


def test_a_scheme_page_pages_its_offers_and_takes_any_page_number(client, make_offer, make_scheme):
    make_scheme("techniekfonds", name="Fonds Techniek")
    for number in range(23):
        make_offer(title=f"Cursus {number:02d}", payers=("oo_fonds",))
    first = client.get("/aanbod/regeling/techniekfonds/").content.decode()
    assert "23 cursussen en opleidingen die deze regeling kan betalen" in first
    assert "Pagina 1 van 2" in first and "Cursus 19" in first and "Cursus 20" not in first
    assert "Cursus 22" in client.get("/aanbod/regeling/techniekfonds/?pagina=2").content.decode()
    for wrong in ("abc", "-1", "999"):  # a wrong page number shows a page that exists, never an error
        assert client.get(f"/aanbod/regeling/techniekfonds/?pagina={wrong}").status_code == 200


def test_a_scheme_page_costs_the_same_few_queries_however_many_offers(
    client, make_offer, make_scheme, django_assert_max_num_queries
):
    make_scheme("techniekfonds", name="Fonds Techniek")
    for number in range(20):
        make_offer(title=f"Cursus {number:02d}", payers=("oo_fonds",))
    with django_assert_max_num_queries(6):
        assert client.get("/aanbod/regeling/techniekfonds/").status_code == 200
