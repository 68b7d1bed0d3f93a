"""The stories page on a phone, with and without JavaScript; it passes axe (which itself needs JavaScript)."""

import pytest
from django.urls import reverse

from wegwijzer.accounts.tests.test_browser import assert_accessible
from wegwijzer.stories import demo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("javascript", [True, False], ids=["met-js", "zonder-js"])
def test_the_stories_page_marks_examples_and_passes_axe(request, javascript, live_server, axe_violations, settings):
    settings.WEGWIJZER_DEMO = True
    demo.load()
    page = request.getfixturevalue("phone" if javascript else "phone_without_js")
    page.goto(live_server.url + reverse("stories:list"))
    assert page.get_by_role("heading", name="Iemand zoals jij", level=1).is_visible()
    assert page.get_by_text("Voorbeeldverhaal").first.is_visible()
    if javascript:
        assert_accessible(page, axe_violations)
