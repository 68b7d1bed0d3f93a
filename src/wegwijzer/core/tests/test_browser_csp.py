"""No page breaks the Content-Security-Policy: every page a visitor can reach, in a real browser (chromium).

The pages are found, not listed: every URL pattern without parameters that answers the visitor with an HTML page
(downloads and redirects left out), plus the pages about one object (an offer, a question of the scan, a person a
coach or employer may see, a consent) and the admin's pages for the administrator. Each visitor's session comes
from Django's test client: anonymous after finishing the scan and making a plan, a participant who did the same,
a coach with that person's consent, the employer the person shares their plan with, and an administrator.
The browser reports every CSP refusal on the console; a JavaScript error counts as a failure too.
"""

import pytest
from django.conf import settings
from django.contrib import admin
from django.test import Client
from django.urls import reverse

from wegwijzer.accounts.models import Consent, DataCategory, Organisation, Role, User
from wegwijzer.accounts.services import record_consent, share_with_employer
from wegwijzer.catalogue.models import Offer, Provider
from wegwijzer.core.tests.routes import url_patterns
from wegwijzer.scan.questions import BY_KEY
from wegwijzer.scan.tests.conftest import make_plan

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def reachable_pages(client: Client, extra: list[str]) -> list[str]:
    """The URLs without parameters that answer this client an HTML page, and the extra ones (checked the same)."""
    candidates = [p.route for p in url_patterns() if not p.has_parameters and not p.key.startswith("admin:")]
    pages = []
    for url in [*candidates, *extra]:
        response = client.get(url)
        is_page = response.status_code == 200 and response["Content-Type"].startswith("text/html")
        if is_page and "attachment" not in response.get("Content-Disposition", ""):
            pages.append(url)
    return pages


def admin_pages() -> list[str]:
    pages = [reverse("admin:index")]
    for model in admin.site._registry:
        info = (model._meta.app_label, model._meta.model_name)
        pages.append(reverse("admin:{}_{}_changelist".format(*info)))
    return pages


def as_user(user: User | None) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


@pytest.fixture
def visitors(db) -> dict[str, tuple[Client, list[str]]]:
    """Each visitor's client (its session goes into the browser) and the object pages it may open."""
    employer = Organisation.objects.create(name="Bouwbedrijf", kind=Organisation.Kind.WERKGEVER)
    person = User.objects.create(username="sanne", first_name="Sanne", role=Role.DEELNEMER, organisation=employer)
    coach = User.objects.create(username="karim", first_name="Karim", role=Role.COACH)
    consent = record_consent(person, Consent.Subject.COACH_ACCESS, recipient=coach)
    share_with_employer(person, DataCategory.PLAN)
    provider = Provider.objects.create(code="roc-csp", name="ROC CSP")
    offer = Offer.objects.create(
        provider=provider, external_id="csp-1", kind="cursus", theme="digitaal", title="Werken met de computer",
        description="Een cursus voor de test.", delivery="online", schedule="avond", hours=4, weeks=1,
        price_cents=0, entry_level="geen", certificate="geen",
    )  # fmt: skip
    scan_pages = [reverse("scan:question", args=[key]) for key in BY_KEY]
    anonymous, participant = as_user(None), as_user(person)
    make_plan(anonymous)
    make_plan(participant)
    objects = [reverse("catalogue:offer", args=[offer.pk]), *scan_pages]
    return {
        "anoniem": (anonymous, objects),
        "deelnemer": (participant, [*objects, reverse("accounts:withdraw_consent", args=[consent.pk])]),
        "coach": (
            as_user(coach),
            [
                reverse(name, args=[person.pk])
                for name in ("coaching:person", "coaching:file", "coaching:contact", "coaching:plan")
            ],
        ),
        "werkgever": (
            as_user(User.objects.create(username="hr", role=Role.WERKGEVER, organisation=employer)),
            [reverse("insight:person", args=[person.pk])],
        ),
        "beheerder": (
            as_user(User.objects.create(username="beheer", role=Role.BEHEERDER, is_staff=True, is_superuser=True)),
            admin_pages(),
        ),
    }


def csp_problems(browser, live_server, client: Client, pages: list[str]) -> list[str]:
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="nl-NL")
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}])
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(f"{page.url}: {m.text}") if "Content Security" in m.text else None)
    page.on("pageerror", lambda error: problems.append(f"{page.url}: {error}"))
    for url in pages:
        page.goto(live_server.url + url, wait_until="load")
    context.close()
    return problems


@pytest.mark.parametrize("who", ["anoniem", "deelnemer", "coach", "werkgever", "beheerder"])
def test_no_page_a_visitor_can_reach_breaks_the_content_security_policy(who, browser, live_server, visitors):
    client, extra = visitors[who]
    pages = reachable_pages(client, extra)
    assert len(pages) >= len(extra) // 2 + 3, pages  # the walk found pages, not only refusals
    assert csp_problems(browser, live_server, client, pages) == []


def test_the_api_docs_work_under_the_content_security_policy(phone, live_server):
    problems = []
    phone.on("console", lambda message: problems.append(message.text) if "Content Security" in message.text else None)
    phone.goto(live_server.url + reverse("api:openapi-view"))
    phone.locator(".swagger-ui .opblock").first.wait_for()
    assert phone.locator(".swagger-ui .opblock").count() >= 1
    assert problems == []
