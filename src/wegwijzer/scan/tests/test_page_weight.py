"""Every page of the scan, the advice and the plan weigh at most 100 kB as sent, CSS, JS and fonts included."""

import pytest
from django.test import Client
from django.utils import timezone

from wegwijzer.scan.questions import applicable_pages

from .conftest import FLEX_WORKER
from .weight import page_weight

BUDGET = 100 * 1024
PAGES = ["/scan/verder/", "/scan/advies/", "/scan/plan/aanpassen/", "/scan/antwoorden/", "/scan/opnieuw/"]
PAGES += [f"/scan/vraag/{page.key}/" for page in applicable_pages(FLEX_WORKER)]


@pytest.mark.django_db
@pytest.mark.parametrize("url", PAGES)
def test_page_fits_the_budget(completed, url):
    weight = page_weight(completed, url)
    assert weight.assets, "the page loads the project's CSS and JS"
    assert weight.sent <= BUDGET, f"{url}: {weight.sent} bytes sent ({weight.assets})"


@pytest.mark.django_db
def test_first_page_and_plan_fit_the_budget(completed):
    assert page_weight(Client(), "/scan/").sent <= BUDGET
    today = timezone.localdate().isoformat()
    plan = {"steps": ["hulp_bij_geldzorgen"], "goal": "Werk", "first_step": "Bellen", "first_step_date": today}
    assert completed.post("/scan/plan/aanpassen/", plan).status_code == 303
    assert page_weight(completed, "/scan/plan/").sent <= BUDGET
