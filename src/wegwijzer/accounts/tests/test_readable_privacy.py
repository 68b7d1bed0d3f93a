"""The privacy page and both exports are written for people: question texts and answer words, step titles, parts
and places in words, dates for people, "geen" for nothing, no keys or codes; the page's language throughout, and
what exists only in Dutch (an offer's title) marked lang="nl"; the readable export opens as a page."""

import json
import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import formats, timezone, translation

from wegwijzer.accounts import services
from wegwijzer.accounts.models import Organisation, Role, User
from wegwijzer.accounts.tests.conftest import make_user
from wegwijzer.catalogue.models import Offer, Provider, Review
from wegwijzer.catalogue.tests.conftest import BASE
from wegwijzer.coaching import services as coaching
from wegwijzer.scan import services as scan_services
from wegwijzer.scan.tests.conftest import make_plan

pytestmark = pytest.mark.django_db

# Keys and codes as they are stored; none of them may reach a person (the first ones were seen on the page).
RAW = (
    "Answers",
    "Sensitive answers",
    "Zin-in-leren",
    "zin-in-leren",
    "ander_werk",
    "hulp_bij_geldzorgen",
    "uitzend",
    "mbo2",
    "coach_access",
    "share_with_employer",
    "sensitive_answers",
    "overzicht",
    "leeg",
    "None",
    "nugger",
)
# What a person reads instead (a question and its answer, an answer word, a part in words, a place in words).
READABLE = (
    "Ik wil graag iets nieuws leren.",
    "Vaak wel",
    "Ander werk doen",
    "Je hebt schulden",
    "Je hebt geen werk en geen uitkering",
)
OFFER_TITLE = "Werken met de computer"


@pytest.fixture
def person(client) -> Client:
    """A participant with a saved scan and plan (debts kept with consent), a coach who looked, the plan shared
    with the employer, and a review of an offer."""
    employer = Organisation.objects.create(name="Bouwbedrijf De Vries", kind=Organisation.Kind.WERKGEVER)
    sanne = make_user("sanne", Role.DEELNEMER, first_name="Sanne", organisation=employer)
    client.force_login(sanne)
    make_plan(client)
    coach = make_user("karim", Role.COACH, first_name="Karim")
    coaching.grant_access(sanne, coach)
    services.log_access(coach, sanne, "overzicht", "Voorbereiding gesprek")
    scan_services.share_plan_with_employer(sanne)
    offer = Offer.objects.create(provider=Provider.objects.create(code="roc", name="ROC Test"), external_id="1", **BASE)
    Review.objects.create(offer=offer, user=sanne, rating=4, sentence="Ik durf nu meer.", primary_group="nugger")
    return client


def visible_text(html: str) -> str:
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.DOTALL)
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def assert_readable(text: str) -> None:
    for raw in RAW:
        assert not re.search(rf"(?<![\w-]){re.escape(raw)}(?![\w-])", text), raw
    assert not re.search(r"\b[a-z]+_[a-z_]+\b", text)  # no key like "gegeven_op"
    for words in READABLE:
        assert words in text


def test_the_privacy_page_shows_questions_answers_and_parts_in_words(person):
    text = visible_text(person.get(reverse("accounts:privacy")).content.decode())
    assert_readable(text)
    assert "Coachcode geen" in text  # a participant has no coach code: said in a word, not "leeg"
    assert "Wat je met je coach deelt" in text  # who looked at what: the part in words
    assert "Vraag gratis hulp bij geldzorgen" in text  # the plan's step by its title


def test_the_json_export_keeps_dutch_keys_and_holds_words_not_codes(person):
    response = person.get(reverse("accounts:export_json"))
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    [scan] = data["scan"]["scans"]
    assert scan["antwoorden"]["Wat wil je het liefst?"] == "Ander werk doen"
    assert "Vraag gratis hulp bij geldzorgen" in scan["ontwikkelplan"]["gekozen_stappen"]
    consents = {consent["waarvoor"]: consent for consent in data["accounts"]["toestemmingen"]}
    assert consents["Je werkgever mag één onderdeel zien"]["onderdeel"] == "Je ontwikkelplan"
    assert data["accounts"]["inzage_door_anderen"][0]["wat"] == "Wat je met je coach deelt"
    parts = [*data["scan"]["scans"], *data["accounts"]["toestemmingen"], *data["catalogue"]["ervaringen"]]
    values = json.dumps(parts, ensure_ascii=False)
    codes = ("zin-in-leren", "ander_werk", "hulp_bij_geldzorgen", '"uitzend"', "mbo2", '"schulden"', '"gevoelig"')
    for code in (*codes, "nugger"):
        assert code not in values


def test_the_readable_export_opens_as_a_page_with_a_heading_and_a_date_first(person):
    response = person.get(reverse("accounts:export_html"))
    assert "attachment" not in response.get("Content-Disposition", "")
    html = response.content.decode()
    with translation.override("nl"):
        today = formats.date_format(timezone.localdate(), "j F Y")
    first = re.search(r"<h1>(.*?)</h1>\s*<p>(.*?)</p>", html, re.DOTALL)
    assert first.group(1) == "Mijn gegevens in Wegwijzer" and first.group(2).startswith(f"Gemaakt op {today}, ")
    text = visible_text(html)
    assert_readable(text)
    assert "Gegeven bij je ontwikkelplan" in text and "Gegeven bij de loopbaanscan" in text
    download = person.get(reverse("accounts:export_html"), {"download": "1"})
    assert download["Content-Disposition"] == 'attachment; filename="wegwijzer-mijn-gegevens.html"'
    privacy_page = person.get(reverse("accounts:privacy")).content.decode()
    assert f'href="{reverse("accounts:export_html")}">' in privacy_page  # opens in the browser
    assert f'href="{reverse("accounts:export_html")}?download=1" download>' in privacy_page


MARKED = re.compile(rf'<span lang="nl">{OFFER_TITLE}\s*</span>')
NOTE = re.compile(rf'<span lang="nl">{OFFER_TITLE}\s*</span> <small class="wegwijzer-dutch-only">')


def test_on_an_english_page_text_that_exists_only_in_dutch_is_marked(person):
    english = person.get(reverse("accounts:privacy"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert NOTE.search(english)
    dutch = person.get(reverse("accounts:privacy"), HTTP_ACCEPT_LANGUAGE="nl").content.decode()
    assert MARKED.search(dutch) and "wegwijzer-dutch-only" not in dutch
    export = person.get(reverse("accounts:export_html"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert NOTE.search(export)


def test_the_coachs_view_in_english_names_the_steps_in_english(person):
    sanne, coach = User.objects.get(username="sanne"), User.objects.get(username="karim")
    coaching.grant_access(sanne, coach, include_sensitive=True)
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(coach)
    page = client.post(reverse("coaching:person", args=[sanne.pk]), {"why": "Gesprek"}).content.decode()
    assert "Ask for free help with money worries" in page and "Vraag gratis hulp bij geldzorgen" not in page
