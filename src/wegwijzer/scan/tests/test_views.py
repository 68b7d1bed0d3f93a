"""The scan's pages through Django's test client: plain forms, POST then redirect, Dutch errors beside fields."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings
from django.utils import timezone

from wegwijzer.advice.engine import advise, validate_profile
from wegwijzer.scan.codes import code_hash
from wegwijzer.scan.models import Plan, Scan
from wegwijzer.scan.questions import BY_KEY, profile_data
from wegwijzer.scan.services import SESSION_CODE

from .conftest import FLEX_WORKER, complete_scan, shown_code

pytestmark = pytest.mark.django_db
JARGON = [
    "nugger",
    "dispositioneel",
    "situationeel",
    "institutioneel",
    "mobiliteitsroute",
    "taakontwerproute",
    "ontwikkelroute",
    "multiproblematiek",
    "self-efficacy",
    "eigen-effectiviteit",
]


def text_of(response) -> str:
    """What a person reads: the page without tags, attributes, scripts and styles."""
    html = response.content.decode()
    html = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"<[^>]+>", " ", html)


def test_home_starts_the_scan_in_one_tap(client):
    response = client.get("/")
    assert re.search(r'<a [^>]*href="/scan/"[^>]*>\s*Start de scan', response.content.decode())


def test_scan_opens_on_the_first_question_without_creating_anything(client):
    response = client.get("/scan/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Wat doe je nu vooral?" in page
    assert "Stap 1 van ongeveer 16" in page
    assert 'href="/scan/verder/"' in page
    assert Scan.objects.count() == 0


def test_first_answer_creates_the_scan_and_goes_on(client):
    response = client.post("/scan/vraag/werk/", {"answer": "uitzend"})
    assert response.status_code == 303
    assert response["Location"] == "/scan/vraag/keuze-flex/"
    scan = Scan.objects.get()
    assert client.session[SESSION_CODE] == scan.code
    assert scan.answers == {"werk": "uitzend"}


def test_double_submit_and_reload_change_nothing(client):
    first = client.post("/scan/vraag/werk/", {"answer": "vast"})
    second = client.post("/scan/vraag/werk/", {"answer": "vast"})
    assert first["Location"] == second["Location"]
    assert Scan.objects.count() == 1
    assert Scan.objects.get().answers == {"werk": "vast"}
    assert client.get(first["Location"]).status_code == 200


def test_back_link_and_previous_answer_shown(client):
    client.post("/scan/vraag/werk/", {"answer": "zzp"})
    page = client.get("/scan/vraag/keuze-flex/").content.decode()
    assert re.search(r'<a [^>]*href="/scan/vraag/werk/"[^>]*>Terug</a>', page)
    assert "Stap 2 van ongeveer 16" in page
    first = client.get("/scan/vraag/werk/").content.decode()
    chosen = re.search(r'<button[^>]*value="zzp"[^>]*class="[^"]*scan-choice--chosen', first)
    assert chosen, "the earlier answer is marked"


def test_the_code_to_continue_later_is_on_every_question_after_the_first(client):
    client.post("/scan/vraag/werk/", {"answer": "vast"})
    code = shown_code(client)
    assert code in client.get("/scan/vraag/uitkering/").content.decode()
    assert code.replace("-", "") not in str(Scan.objects.values().get())  # the database keeps only a hash


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "Vul een getal in."),
        ("veertig", "Vul alleen cijfers in, bijvoorbeeld 12."),
        ("140", "Vul een getal in van 15 tot en met 100."),
        ("3", "Vul een getal in van 15 tot en met 100."),
    ],
)
def test_a_wrong_number_gets_a_dutch_message_and_keeps_the_input(client, typed, message):
    """On a page with two questions, the age is required once something is typed; an empty field is a skip."""
    client.post("/scan/vraag/werk/", {"answer": "vast"})
    response = client.post("/scan/vraag/leeftijd/", {"leeftijd-answer": typed or "0", "jaren-werk-answer": "3"})
    typed = typed or "0"
    message = message if message != "Vul een getal in." else "Vul een getal in van 15 tot en met 100."
    assert response.status_code == 200
    page = response.content.decode()
    assert message in page
    assert f'value="{typed}"' in page
    assert 'aria-invalid="true"' in page
    assert "<title>Fout:" in page
    assert "leeftijd" not in Scan.objects.get().answers


def test_none_and_something_else_together_is_refused_and_kept(client):
    client.post("/scan/vraag/werk/", {"answer": "vast"})
    response = client.post("/scan/vraag/ervaring/", {"answer": ["geen", "hobby"]})
    page = response.content.decode()
    assert "Je koos ‘Niets van dit alles’ en ook iets anders. Kies één van de twee." in page
    assert re.search(r'value="hobby"[^>]*checked', page)


def test_skip_stores_unknown_and_goes_on(client):
    client.post("/scan/vraag/werk/", {"answer": "vast"})
    response = client.post("/scan/vraag/uitkering/", {"skip": "1"})
    assert response.status_code == 303
    assert Scan.objects.get().answers == {"werk": "vast", "kinderen": None, "mantelzorg": None}


def test_a_question_left_open_on_a_page_of_several_is_skipped(client):
    client.post("/scan/vraag/werk/", {"answer": "vast"})
    response = client.post("/scan/vraag/uitkering/", {"kinderen-answer": "1", "mantelzorg-answer": ""})
    assert response["Location"] == "/scan/vraag/leeftijd/"  # the page that also asks whether you care alone
    assert Scan.objects.get().answers == {"werk": "vast", "kinderen": "1", "mantelzorg": None}


def test_a_page_sends_its_answers_to_itself_also_when_its_first_question_is_not_asked(client):
    client.post("/scan/vraag/werk/", {"answer": "vast"})  # no question about a benefit
    page = client.get("/scan/vraag/uitkering/").content.decode()
    assert '<form method="post" action="/scan/vraag/uitkering/"' in page
    assert "Krijg je een uitkering?" not in page


def test_a_wrong_answer_on_a_page_of_several_saves_none_of_them(client):
    client.post("/scan/vraag/werk/", {"answer": "vast"})
    response = client.post("/scan/vraag/uitkering/", {"kinderen-answer": "1", "mantelzorg-answer": "misschien"})
    assert response.status_code == 200
    assert "Kies een van de antwoorden hieronder." in response.content.decode()
    assert re.search(r'name="kinderen-answer" value="1"[^>]*checked', response.content.decode())
    assert Scan.objects.get().answers == {"werk": "vast"}


def test_an_essential_question_cannot_be_skipped(client):
    response = client.post("/scan/vraag/werk/", {"skip": "1"})
    assert response.status_code == 200
    assert "Kies een antwoord." in response.content.decode()
    assert "Sla over" not in response.content.decode()
    assert Scan.objects.count() == 0


def test_a_question_that_does_not_apply_is_passed_by(client):
    client.post("/scan/vraag/werk/", {"answer": "vast"})
    response = client.get("/scan/vraag/keuze-flex/")
    assert response.status_code == 303
    assert response["Location"] == "/scan/vraag/uitkering/"  # the page of kinderen; it does not ask uitkering
    assert "Krijg je een uitkering?" not in client.get("/scan/vraag/uitkering/").content.decode()


def test_unknown_question_is_404(client):
    assert client.get("/scan/vraag/bestaat-niet/").status_code == 404


def test_without_a_scan_a_later_question_sends_you_to_the_start(client):
    response = client.get("/scan/vraag/leeftijd/", follow=True)
    assert response.request["PATH_INFO"] == "/scan/"
    assert "We vinden geen scan in deze browser." in response.content.decode()


def test_completing_the_scan_shows_strengths_then_steps(completed):
    response = completed.get("/scan/advies/")
    page = response.content.decode()
    assert page.index("Dit gaat al goed") < page.index("Jouw stappen")
    assert "Je hebt ervaring met vrijwilligerswerk." in page
    assert page.count("<summary>Waarom?</summary>") == page.count('class="wegwijzer-card scan-step"') > 0
    assert "Panteia, Belemmeringen Leven Lang Ontwikkelen (2019)" in page
    assert "Vraag gratis hulp bij geldzorgen" in page  # from the answer kept only in this session
    assert Scan.objects.get().completed_at is not None


def test_each_step_shows_the_persons_own_answers_and_folds_the_research_without_line_numbers(completed):
    page = completed.get("/scan/advies/").content.decode()
    steps = page.split('class="wegwijzer-card scan-step"')[1:]
    debts = next(step for step in steps if "Vraag gratis hulp bij geldzorgen" in step)
    shown, _, folded = debts.partition('<details class="scan-sources">')
    assert "Omdat je zei:</strong> „Speelt een van deze dingen nu in je leven?” Je hebt schulden" in shown
    assert "Dit advies komt uit onderzoek" not in shown and "Dit advies komt uit onderzoek" in folded
    assert all("Omdat je zei:" in step.partition("<details")[0] for step in steps)
    assert "hoofdstuk 8.3" in page
    assert not re.search(r"regel \d|\bL\d{2,}", text_of(completed.get("/scan/advies/")))


def test_at_most_five_steps_for_now_and_the_rest_folded_away(completed):
    page = completed.get("/scan/advies/").content.decode()
    now, _, after = page.partition('<details class="scan-later-steps">')
    assert 0 < now.count('class="wegwijzer-card scan-step"') <= 5
    assert after.count('class="wegwijzer-card scan-step"') > 0  # this person has more to do, later


def test_every_learning_step_links_to_the_catalogue(completed):
    page = completed.get("/scan/advies/").content.decode()
    answers = {key: (int(value) if BY_KEY[key].kind == "number" else value) for key, value in FLEX_WORKER.items()}
    advice = advise(validate_profile(profile_data(answers)))
    learning = [step["code"] for step in advice["steps"] if step["category"] == "leren"]
    assert learning, "the flex worker gets at least one learning step"
    assert re.findall(r'href="/aanbod/\?stap=([a-z_]+)"', page) == learning


def test_a_person_never_reads_jargon(completed):
    pages = [completed.get(url) for url in ("/scan/advies/", "/scan/plan/aanpassen/", "/scan/verder/")]
    pages += [completed.get(f"/scan/vraag/{key}/") for key in FLEX_WORKER]
    for response in pages:
        words = text_of(response).lower()
        for term in JARGON:
            assert term not in words, (response.request["PATH_INFO"], term)
        assert not re.search(r"\b[a-z]+_[a-z_]+\b", words), response.request["PATH_INFO"]  # no codes like weet_niet


def test_resume_by_typed_code_in_another_browser(client, django_user_model):
    from django.test import Client

    client.post("/scan/vraag/werk/", {"answer": "vast"})
    client.post("/scan/vraag/uitkering/", {"kinderen-answer": "geen", "mantelzorg-answer": "nee"})
    scan = Scan.objects.get()
    other = Client()
    response = other.post("/scan/verder/", {"code": shown_code(client).lower()})
    assert response.status_code == 303
    assert response["Location"] == "/scan/vraag/leeftijd/"
    assert other.session[SESSION_CODE] == scan.code


def test_resume_by_link_asks_for_one_tap(client):
    from django.test import Client

    client.post("/scan/vraag/werk/", {"answer": "vast"})
    code = shown_code(client).replace("-", "")
    other = Client()
    page = other.get(f"/scan/verder/{code}/").content.decode()
    assert f'value="{code}"' in page
    assert SESSION_CODE not in other.session  # a GET opens nothing
    response = other.post("/scan/verder/", {"code": code}, follow=True)
    assert response.request["PATH_INFO"] == "/scan/vraag/uitkering/"  # the page that asks about children
    assert "Fijn dat je terug bent." in response.content.decode()


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "Vul je code in."),
        ("ABC", "Een code heeft 8 letters en cijfers, zoals ABCD-EF23."),
        ("ABCD-EF23", "We vinden geen scan met deze code."),
    ],
)
def test_resume_with_a_wrong_code(client, typed, message):
    response = client.post("/scan/verder/", {"code": typed})
    assert response.status_code == 200
    page = response.content.decode()
    assert message in page
    assert f'value="{typed}"' in page


@override_settings(LOGIN_URL="/inloggen/")
def test_a_saved_scan_needs_its_owner_to_log_in(client):
    owner = get_user_model().objects.create_user("anna", password="geheim-wachtwoord-123")
    scan = Scan.objects.create(code=code_hash("SAVE2345"), user=owner)
    response = client.post("/scan/verder/", {"code": "SAVE-2345"})
    page = response.content.decode()
    assert "Deze scan is bewaard in een account. Log in om verder te gaan." in page
    assert 'href="/inloggen/?next=%2Fscan%2Fverder%2FSAVE2345%2F"' in page
    client.force_login(owner)
    assert client.post("/scan/verder/", {"code": "SAVE-2345"}).status_code == 303
    assert client.session[SESSION_CODE] == scan.code


@override_settings(LOGIN_URL="/inloggen/")
def test_saving_to_an_account_needs_a_login(completed):
    response = completed.get("/scan/bewaren/")
    assert response.status_code == 302
    assert response["Location"].startswith("/inloggen/?next=/scan/bewaren/")
    person = get_user_model().objects.create_user("bram", password="geheim-wachtwoord-123")
    completed.force_login(person)
    assert completed.get("/scan/bewaren/").status_code == 200
    response = completed.post("/scan/bewaren/")
    assert response.status_code == 303
    assert Scan.objects.get().user == person


def test_consent_given_later_and_withdrawn_from_the_advice_page(completed):
    page = completed.get("/scan/advies/").content.decode()
    assert "We gebruiken dit antwoord alleen nu." in page
    completed.post("/scan/toestemming/", {"action": "geven"})
    assert Scan.objects.get().sensitive_answers == {"zorgen": ["schulden"]}
    assert "We bewaren dit antwoord veilig bij je scan" in completed.get("/scan/advies/").content.decode()
    completed.post("/scan/toestemming/", {"action": "intrekken"})
    scan = Scan.objects.get()
    assert scan.sensitive_answers is None and scan.sensitive_consent_withdrawn_at is not None
    assert "Vraag gratis hulp bij geldzorgen" not in completed.get("/scan/advies/").content.decode()


def test_consent_on_the_question_page_stores_the_answer(client):
    client.post("/scan/vraag/werk/", {"answer": "vast"})
    client.post("/scan/vraag/zorgen/", {"answer": ["gezondheid"], "bewaren": "ja"})
    scan = Scan.objects.get()
    assert scan.sensitive_answers == {"zorgen": ["gezondheid"]}
    page = client.get("/scan/vraag/zorgen/").content.decode()
    assert re.search(r'value="gezondheid"[^>]*checked', page)
    assert re.search(r'value="ja"[^>]*checked', page)
    assert "Waarom vragen we dit?" in page


def test_start_over_first_says_what_happens_and_wipes_nothing(completed):
    code = shown_code(completed)
    before = dict(completed.session)
    page = completed.get("/scan/opnieuw/")
    assert page.status_code == 200
    text = page.content.decode()
    assert "Een nieuwe scan beginnen?" in text
    assert code in text  # so they can come back
    assert "Je antwoord over zorgen hebben we niet bewaard." in text  # kept only in this session, without consent
    assert re.search(r'<form method="post" action="/scan/opnieuw/">', text)  # a plain form: works without JS
    assert dict(completed.session) == before


def test_the_advice_page_button_leads_to_the_confirmation(completed):
    """The advice page's form posts without confirming: that shows the question, it does not start over."""
    response = completed.post("/scan/opnieuw/")
    assert response.status_code == 303 and response["Location"] == "/scan/opnieuw/"
    assert SESSION_CODE in completed.session


def test_start_over_after_confirming_forgets_the_scan_in_this_browser(completed):
    scan = Scan.objects.get()
    response = completed.post("/scan/opnieuw/", {"bevestigen": "1"})
    assert response["Location"] == "/scan/"
    assert SESSION_CODE not in completed.session
    assert "Stap 1 van" in completed.get("/scan/").content.decode()
    assert Scan.objects.filter(pk=scan.pk).exists()  # it stays for its code


def test_start_over_without_a_scan_goes_to_the_start(client):
    assert client.get("/scan/opnieuw/")["Location"] == "/scan/"


def test_the_overview_lists_every_answer_with_a_link_to_change_it(completed):
    page = completed.get("/scan/antwoorden/").content.decode()
    assert "Via een uitzendbureau" in page or "Ik werk via een uitzendbureau" in page
    assert "Je hebt schulden" in page  # the person sees their own sensitive answer
    assert 'href="/scan/vraag/leeftijd/?terug=overzicht"' in page
    assert 'href="/scan/vraag/jaren-werk/?terug=overzicht"' in page  # each answer, not each page
    assert "Pas je antwoorden aan" not in page


def test_the_advice_page_links_to_the_overview(completed):
    page = completed.get("/scan/advies/").content.decode()
    assert re.search(r'href="/scan/antwoorden/"[^>]*>Pas je antwoorden aan', page)


def test_changing_one_answer_from_the_overview_returns_to_the_overview(completed):
    form = completed.get("/scan/vraag/jaren-werk/?terug=overzicht").content.decode()
    assert "Hoeveel jaar heb je betaald werk gedaan?" in form
    assert "Hoe oud ben je?" not in form  # only the answer chosen, not its whole page
    assert 'value="12"' in form
    assert re.search(r'<a [^>]*href="/scan/antwoorden/"[^>]*>Terug naar je antwoorden</a>', form)
    assert "Bewaar je antwoord" in form and "Stap " not in form  # no progress: this is not the walk
    response = completed.post("/scan/vraag/jaren-werk/?terug=overzicht", {"answer": "20"})
    assert response.status_code == 303 and response["Location"] == "/scan/antwoorden/"
    answers = Scan.objects.get().answers
    assert answers["jaren-werk"] == 20
    assert answers["leeftijd"] == 34  # the rest stays as it was


def test_a_wrong_change_from_the_overview_is_refused_and_changes_nothing(completed):
    response = completed.post("/scan/vraag/jaren-werk/?terug=overzicht", {"answer": "honderd"})
    assert response.status_code == 200
    assert "Vul alleen cijfers in, bijvoorbeeld 12." in response.content.decode()
    assert Scan.objects.get().answers["jaren-werk"] == 12


def test_a_change_that_opens_a_new_question_shows_it_in_the_overview(completed):
    completed.post("/scan/vraag/kinderen/?terug=overzicht", {"answer": "1"})
    page = completed.get("/scan/antwoorden/").content.decode()
    assert "Zorg je alleen voor je kinderen?" in page
    assert "Nog geen antwoord" in page


def test_plan_without_a_plan_goes_to_the_form(completed):
    response = completed.get("/scan/plan/")
    assert response.status_code == 303 and response["Location"] == "/scan/plan/aanpassen/"


def test_plan_form_errors_keep_what_was_typed(completed):
    yesterday = (timezone.localdate() - timedelta(days=1)).isoformat()
    response = completed.post(
        "/scan/plan/aanpassen/", {"goal": "Werken met hout", "first_step": "", "first_step_date": yesterday}
    )
    page = response.content.decode()
    assert "Kies minstens één stap." in page
    assert "Schrijf op wat je als eerste gaat doen." in page
    assert "Kies vandaag of een dag later." in page
    assert "Werken met hout" in page
    assert f'value="{yesterday}"' in page
    assert not Plan.objects.exists()


def test_make_view_and_download_the_plan(completed):
    advice_page = completed.get("/scan/advies/").content.decode()
    steps = re.findall(r'href="/aanbod/\?stap=([a-z_]+)"', advice_page)[:1]
    when = timezone.localdate() + timedelta(days=3)
    response = completed.post(
        "/scan/plan/aanpassen/",
        {
            "steps": ["hulp_bij_geldzorgen", *steps],
            "goal": "Ik wil in de bouw werken.",
            "first_step": "Ik bel de gemeente.",
            "first_step_date": when.strftime("%d-%m-%Y"),
        },
    )
    assert response.status_code == 303 and response["Location"] == "/scan/plan/"
    plan = Plan.objects.get()
    assert "hulp_bij_geldzorgen" not in plan.steps and plan.first_step_date == when  # only in this session
    assert "Vraag gratis hulp bij geldzorgen" in completed.get("/scan/plan/").content.decode()
    page = completed.get("/scan/plan/").content.decode()
    assert "Ik wil in de bouw werken." in page and "Ik bel de gemeente." in page
    assert 'href="/scan/plan/ontwikkelplan.pdf"' in page
    pdf = completed.get("/scan/plan/ontwikkelplan.pdf")
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf["Content-Disposition"] == 'attachment; filename="ontwikkelplan.pdf"'
    assert pdf.content.startswith(b"%PDF")
    edit = completed.get("/scan/plan/aanpassen/").content.decode()
    assert "Ik wil in de bouw werken." in edit


def test_the_scan_speaks_english_too(client):
    response = client.get("/scan/", HTTP_ACCEPT_LANGUAGE="en")
    page = response.content.decode()
    assert '<html lang="en"' in page
    assert "What do you mostly do now?" in page
    assert "Wat doe je nu vooral?" not in page


def test_every_message_of_the_scan_has_an_english_translation():
    from .test_readability import CATALOGUE

    entries = re.split(r"\n\n+", CATALOGUE.read_text(encoding="utf-8").strip())[1:]  # [0] is the header
    untranslated = [entry for entry in entries if re.search(r'^msgstr ""$(?!\n")', entry, flags=re.M)]
    fuzzy = [entry for entry in entries if "#, fuzzy" in entry]
    assert len(entries) > 200
    assert untranslated == [] and fuzzy == []


def test_answers_that_cannot_both_be_true_are_asked_again(client):
    complete_scan(client, {**FLEX_WORKER, "leeftijd": "20", "jaren-werk": "30"})
    page = client.get("/scan/advies/").content.decode()
    assert "Je zei dat je 20 jaar bent en 30 jaar hebt gewerkt. Dat kan niet allebei kloppen." in page
    assert 'href="/scan/vraag/jaren-werk/"' in page and 'href="/scan/vraag/leeftijd/"' in page


def test_answers_that_fit_together_are_not_questioned(completed):
    assert "Dat kan niet allebei kloppen" not in completed.get("/scan/advies/").content.decode()


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Utrecht", "Utrecht"),
        ("  ’s-Hertogenbosch ", "’s-Hertogenbosch"),
        ("Súdwest-Fryslân", "Súdwest-Fryslân"),
        ("Bergen (NH)", "Bergen (NH)"),
        ("3511", "3511"),
        ("3511 AB", "3511"),  # only the area is kept, never the street's letters
    ],
)
def test_the_place_is_a_municipality_or_four_digits(client, typed, stored):
    client.post("/scan/vraag/werk/", {"answer": "vast"})
    response = client.post("/scan/vraag/gemeente/", {"answer": typed})
    assert response.status_code == 303 and response["Location"] == "/scan/advies/"
    assert Scan.objects.get().answers["gemeente"] == stored


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "Vul je gemeente of de 4 cijfers van je postcode in. Of kies ‘Sla over’."),
        ("351", "Een postcode begint met 4 cijfers, zoals 3511."),
        ("0123", "Een postcode begint met 4 cijfers, zoals 3511."),
        ("Utrecht 3511", "Een postcode begint met 4 cijfers, zoals 3511."),
        ("<script>", "Vul de naam van je gemeente in, zoals Utrecht of ’s-Hertogenbosch."),
        ("x", "Vul de naam van je gemeente in, zoals Utrecht of ’s-Hertogenbosch."),
        ("U" * 61, "Dit is te lang voor een gemeente."),
    ],
)
def test_a_place_that_is_not_one_gets_a_dutch_message_and_changes_nothing(client, typed, message):
    client.post("/scan/vraag/werk/", {"answer": "vast"})
    response = client.post("/scan/vraag/gemeente/", {"answer": typed})
    assert response.status_code == 200
    page = response.content.decode()
    assert message in page
    assert 'aria-invalid="true"' in page
    assert "gemeente" not in Scan.objects.get().answers


def test_the_place_may_be_skipped(client):
    client.post("/scan/vraag/werk/", {"answer": "vast"})
    response = client.post("/scan/vraag/gemeente/", {"skip": "1"})
    assert response["Location"] == "/scan/advies/"
    assert Scan.objects.get().answers["gemeente"] is None


def test_each_step_that_sends_you_somewhere_names_the_place_in_your_municipality(client):
    """The advice's ``service`` meets the directory: the person's municipality first, marked when it is an example."""
    from wegwijzer.directory.models import HelpEntry, Municipality

    town = Municipality.objects.create(name="Demodam", is_demo=True)
    for service, _label in HelpEntry._meta.get_field("service").choices:
        HelpEntry.objects.create(
            key=f"demodam-{service}", service=service, municipality=town, organisation=f"Loket {service} Demodam",
            what_they_do="Hier helpen ze je verder.", phone="000-000 00 00", is_demo=True,
        )  # fmt: skip
    page = complete_scan(client, {**FLEX_WORKER, "gemeente": "Demodam"}).content.decode()
    services = [step["service"] for step in client.get("/scan/advies/").context["advice"]["steps"] if "service" in step]
    assert services, "this person's advice sends them somewhere"
    for service in services:
        assert f"Loket {service} Demodam" in page
    assert "Voorbeeld" in page


def test_the_recognition_step_leads_to_the_skills_profile(completed):
    page = completed.get("/scan/advies/").content.decode()
    answers = {key: (int(value) if BY_KEY[key].kind == "number" else value) for key, value in FLEX_WORKER.items()}
    advice = advise(validate_profile(profile_data(answers)))
    recognition = [step for step in advice["steps"] if step["category"] == "erkenning"]
    assert recognition, "the flex worker with volunteering experience gets a recognition step"
    assert page.count('href="/vaardigheden/"') == len(recognition)


def test_the_overview_shows_the_questions_that_waited_as_not_asked_with_a_way_to_answer(client):
    from .walk import SINGLE_MOTHER

    complete_scan(client, SINGLE_MOTHER)
    page = client.get("/scan/antwoorden/").content.decode()
    row = re.search(r"Mijn familie en vrienden vinden leren goed\.</dt>\s*<dd>(.*?)</dd>", page, re.S).group(1)
    assert "Nog niet gevraagd" in row
    assert re.search(r'href="/scan/vraag/omgeving/\?terug=overzicht">Beantwoord', row)
    response = client.post("/scan/vraag/omgeving/?terug=overzicht", {"answer": "4"})
    assert response["Location"] == "/scan/antwoorden/"
    assert Scan.objects.get().answers["omgeving"] == "4"
