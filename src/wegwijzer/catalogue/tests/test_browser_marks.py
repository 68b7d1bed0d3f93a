"""Rating an offer on a phone, with JavaScript on and off: the ten marks are boxes of at least 44 by 44 px, tapping
the 8 chooses 8, and the page passes axe with the form on it (issue 12)."""

import pytest

from wegwijzer.accounts.models import User
from wegwijzer.catalogue.models import Review

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "een-lang-test-wachtwoord-42"  # a test account's, as in accounts/tests/conftest.py
TAP = 44


@pytest.mark.parametrize("javascript", [True, False], ids=["met-js", "zonder-js"])
def test_a_person_taps_a_mark_out_of_10_on_a_phone(request, live_server, make_offer, axe_violations, javascript):
    page = request.getfixturevalue("phone" if javascript else "phone_without_js")
    offer = make_offer(title="Excel op de avond")
    User.objects.create_user("cursist", password=PASSWORD)
    page.goto(f"{live_server.url}/account/inloggen/")
    page.get_by_label("Gebruikersnaam").fill("cursist")
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").last.click()
    page.goto(f"{live_server.url}/aanbod/{offer.pk}/")

    marks = page.get_by_role("group", name="Welk cijfer geef je?").get_by_role("radio")
    assert marks.count() == 10
    for mark in marks.all():
        box = mark.bounding_box()
        assert box["width"] >= TAP and box["height"] >= TAP, box
    if javascript:  # axe-core runs with the page's JavaScript
        assert axe_violations(page) == []
    page.get_by_label("Ik heb dit aanbod gevolgd").check()
    page.get_by_label("8", exact=True).click()  # the transparent radio button lies over the box a person sees
    page.get_by_label("Wat bracht het je? Eén zin.").fill("Nu durf ik Excel.")
    page.get_by_role("button", name="Versturen").click()
    page.wait_for_load_state()
    assert Review.objects.get().rating == 8
