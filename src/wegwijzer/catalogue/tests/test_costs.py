"""What an offer costs you (issue 12, "Honest costs"): "€ 0" only when a scheme surely applies to this person;
otherwise whom to ask, fitted to their work status; with money worries the list from the advice starts free."""

import pytest

from wegwijzer.advice.engine import validate_profile
from wegwijzer.catalogue import person

pytestmark = pytest.mark.django_db

OLD_OVERPROMISE = "Het kan voor jou gratis zijn"


@pytest.fixture
def as_person(monkeypatch):
    def become(data: dict | None):
        profile = validate_profile(data) if data is not None else None
        monkeypatch.setattr(person, "current_profile", lambda request: profile)

    return become


def cost_part(client, offer) -> str:
    page = client.get(f"/aanbod/{offer.pk}/").content.decode()
    return page[page.index('id="kosten"') : page.index("</section>", page.index('id="kosten"'))]


def test_a_fund_that_might_pay_is_no_reason_to_say_zero(client, make_offer, make_scheme, as_person):
    # Issue 12: "Voor jou: € 0" rested on an O&O-fonds that may not apply. The sector is not known from the scan.
    make_scheme("schoonmaakfonds", name="Fonds Schoonmaak", work_statuses=["uitzend"], sectors=["de schoonmaak"])
    offer = make_offer(payers=("eigen_geld", "oo_fonds"), price_cents=39500)
    as_person({"work_status": "uitzend"})
    part = cost_part(client, offer)
    assert "€ 0" not in part and OLD_OVERPROMISE not in part
    assert "Misschien betaal je minder." in part
    assert "Fonds Schoonmaak kan tot € 395 betalen." in part
    assert "Als je in de schoonmaak werkt, dan kan deze regeling bij jou passen." in part
    assert "Vraag je uitzendbureau" in part


def test_zero_only_when_a_scheme_surely_pays_all_of_it(client, make_offer, make_scheme, as_person):
    make_scheme("bijstand", name="Scholing naar werk", kind="gemeente", benefits=["bijstand"], max_cents=150000,
                is_example=True)  # fmt: skip
    as_person({"benefit": "bijstand", "work_status": "niet_werkend"})
    cheap = make_offer(price_cents=39500)
    part = cost_part(client, cheap)
    assert "Voor jou: € 0." in part
    assert "Scholing naar werk betaalt de hele prijs." in part
    assert "Deze regeling past bij jou: je hebt bijstand." in part
    assert "(voorbeeld)" in part
    dear = make_offer(price_cents=250000)  # more than the scheme's maximum
    part = cost_part(client, dear)
    assert "€ 0" not in part
    assert "Scholing naar werk kan tot € 1.500 betalen." in part


def test_an_expired_scheme_never_makes_an_offer_free(client, make_offer, make_scheme, as_person):
    make_scheme("oud", name="Oud budget", kind="landelijk", valid_until="2023-12-31")
    as_person({"work_status": "vast"})
    part = cost_part(client, make_offer())
    assert "€ 0" not in part and "Oud budget" not in part


def test_a_permanent_employee_is_not_sent_to_an_uitzendbureau(client, make_offer, as_person):
    as_person({"work_status": "vast"})
    part = cost_part(client, make_offer(payers=("eigen_geld", "werkgever", "oo_fonds")))
    assert "uitzendbureau" not in part
    assert "Vraag je leidinggevende of personeelszaken" in part


def test_a_zzp_er_gets_the_routes_for_the_self_employed(client, make_offer, as_person):
    as_person({"work_status": "zzp"})
    part = cost_part(client, make_offer(payers=("eigen_geld", "oo_fonds", "werkgever")))
    assert "Als zzp'er val je vaak buiten de regelingen voor werknemers." in part.replace("&#x27;", "'")
    assert "uitzendbureau" not in part and "leidinggevende" not in part


def test_without_a_scan_the_page_says_whom_to_ask_and_offers_the_scan(client, make_offer, as_person):
    as_person(None)
    part = cost_part(client, make_offer())
    assert "€ 0" not in part
    assert "Vraag de aanbieder welke regelingen er zijn." in part
    assert "Doe de korte scan." in part


def test_with_debts_the_list_from_the_advice_starts_with_free_offers(client, make_offer, as_person):
    as_person({"work_status": "vast", "problems": ["schulden"], "learning_preferences": ["kort", "avond"],
               "scales": {"money": 1, "self_efficacy": 1}})  # fmt: skip
    for number in range(3):  # paid offers that fit her other wishes well: short, in the evening, no exam
        make_offer(title=f"Kort en 's avonds {number}", hours=8, schedule="avond", exam=False, price_cents=9900)
    free = [make_offer(title=f"Gratis {number}", hours=40, schedule="overdag", exam=True, price_cents=0)
            for number in range(2)]  # fmt: skip
    page = client.get("/aanbod/", {"stap": "korte_praktische_cursus"}).content.decode()
    positions = {offer.pk: page.index(f'href="/aanbod/{offer.pk}/') for offer in free}
    first_paid = page.index("Kort en &#x27;s avonds")
    assert all(position < first_paid for position in positions.values())


def test_the_api_takes_the_offer_into_account(client, make_offer, make_scheme):
    make_scheme("training", name="Alleen training", offer_kinds=["training"])
    offer = make_offer(kind="cursus", price_cents=30000)
    body = {"profile": {"work_status": "vast"}, "offer_id": offer.pk}
    answer = client.post("/api/v1/funding/eligibility", body, content_type="application/json").json()
    assert answer["does_not_fit"][0]["reason"] == "Deze regeling betaalt niet voor dit soort aanbod (cursus)."
    training = make_offer(kind="training", price_cents=30000)
    answer = client.post("/api/v1/funding/eligibility", {**body, "offer_id": training.pk},
                         content_type="application/json").json()  # fmt: skip
    assert answer["fits"][0]["pays_cents"] == 30000


def test_a_municipal_scheme_makes_it_free_only_for_people_who_live_there(
    client, make_offer, make_scheme, as_person, monkeypatch
):
    make_scheme("demodam", name="Leerpotje Demodam", kind="gemeente", regions=["Demodam"])
    offer = make_offer(price_cents=20000)
    as_person({"work_status": "werkzoekend"})
    assert "Voor jou: € 0." not in cost_part(client, offer)  # we do not know where she lives
    monkeypatch.setattr(person.registry, "current_place", lambda request: "Demodam")
    assert "Voor jou: € 0." in cost_part(client, offer)
    monkeypatch.setattr(person.registry, "current_place", lambda request: "Voorbeeldstad")
    part = cost_part(client, offer)
    assert "Voor jou: € 0." not in part and "Leerpotje Demodam" not in part
