"""/geld/ "Welk geld past bij mij?": the visitor's own three lists, or the way to the scan."""

import pytest

from wegwijzer.advice.engine import validate_profile
from wegwijzer.funding import demo, views

pytestmark = pytest.mark.django_db


@pytest.fixture
def as_person(monkeypatch):
    def become(data: dict | None):
        profile = validate_profile(data) if data is not None else None
        monkeypatch.setattr(views.registry, "current_profile", lambda request: profile)

    return become


def test_without_a_scan_the_page_sends_you_to_the_scan(client, as_person):
    as_person(None)
    page = client.get("/geld/").content.decode()
    assert "Doe eerst de korte scan." in page and 'href="/scan/"' in page
    assert "Dit past bij jou" not in page


def test_a_zzp_er_sees_what_fits_what_might_and_what_does_not_with_how_to_apply(client, as_person):
    demo.load()
    as_person({"work_status": "zzp", "age": 44})
    page = client.get("/geld/").content.decode().replace("&#x27;", "'")
    fits = page[page.index('id="past"') : page.index('id="misschien"')]
    assert "Leervoucher voor zzp'ers" in fits and "Deze regeling past bij jou: je werkt als zzp'er." in fits
    assert "Voorbeeld" in fits and "50% van de prijs, hoogstens € 1.000" in fits
    assert "Vraag de voucher aan op de website van de regio" in fits
    might = page[page.index('id="misschien"') : page.index("<details")]
    assert "Als je bijstand hebt, dan kan deze regeling bij jou passen." in might
    assert "regelingen passen niet bij jou" in page
    assert "Deze regeling is gestopt op 31 december 2023." in page
    assert "Als zzp'er val je vaak buiten de regelingen voor werknemers." in page


def test_a_scheme_that_has_ended_is_never_shown_as_fitting(client, as_person):
    demo.load()
    as_person({"work_status": "vast", "age": 40})
    page = client.get("/geld/").content.decode()
    advised = page[: page.index("<details")]
    assert "Landelijk leerbudget (gestopt)" not in advised


def test_the_advice_links_its_funding_step_to_the_page(client, monkeypatch):
    from wegwijzer.scan import services as scan_services
    from wegwijzer.scan.codes import code_hash
    from wegwijzer.scan.models import Scan

    zzp = validate_profile({"work_status": "zzp", "age": 44, "scales": {"money": 1}})  # gets a funding step
    monkeypatch.setattr(scan_services, "profile_for", lambda request, scan: zzp)
    Scan.objects.create(code=code_hash("ZZPGELD1"))
    client.post("/scan/verder/", {"code": "ZZPGELD1"})
    page = client.get("/scan/advies/").content.decode()
    assert 'href="/geld/">Welk geld past bij mij?</a>' in page


def test_in_english_the_page_says_the_schemes_are_in_dutch_only(client, as_person):
    demo.load()
    as_person({"work_status": "zzp"})
    dutch = client.get("/geld/").content.decode()
    english = client.get("/geld/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "wegwijzer-dutch-only" not in dutch
    assert 'class="utrecht-paragraph wegwijzer-dutch-only"' in english
    assert '<h3 class="utrecht-heading-3" id="regeling-voorbeeld-zzp-leervoucher" lang="nl">' in english


def test_the_municipality_from_the_scan_decides_regional_schemes(client, monkeypatch):
    from wegwijzer.directory import demo as directory_demo
    from wegwijzer.scan import services as scan_services
    from wegwijzer.scan.codes import code_hash
    from wegwijzer.scan.models import Scan

    demo.load()
    directory_demo.load()  # knows the example municipalities Demodam and Voorbeeldstad
    on_bijstand = validate_profile({"benefit": "bijstand", "problems": ["geldzorgen"]})
    monkeypatch.setattr(scan_services, "profile_for", lambda request, scan: on_bijstand)
    for code, municipality in (("DEMODAM1", "demodam"), ("VOORBLD1", "Voorbeeldstad"), ("ONBEKND1", "")):
        Scan.objects.create(code=code_hash(code), answers={"gemeente": municipality} if municipality else {})
    pages = {}
    for code in ("DEMODAM1", "VOORBLD1", "ONBEKND1"):
        client.post("/scan/verder/", {"code": code})
        page = client.get("/geld/").content.decode()
        pages[code] = {
            "fits": page[page.index('id="past"') : page.index('id="misschien"')],
            "might": page[page.index('id="misschien"') : page.index("<details")],
            "not": page[page.index("<details") :],
        }
    assert "Deze regeling past bij jou: je hebt weinig geld en je woont in Demodam." in pages["DEMODAM1"]["fits"]
    assert "Deze regeling is alleen voor mensen in Demodam, en je woont in Voorbeeldstad." in pages["VOORBLD1"]["not"]
    assert "Als je in Demodam woont, dan kan deze regeling bij jou passen." in pages["ONBEKND1"]["might"]
