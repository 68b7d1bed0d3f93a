import pytest

from wegwijzer.accounts.models import Role, User
from wegwijzer.advice.engine import load_rulebook
from wegwijzer.catalogue import demo, person
from wegwijzer.catalogue.filters import FACETS_BY_KEY
from wegwijzer.catalogue.models import Offer, Review
from wegwijzer.catalogue.privacy import delete_personal_data, export_personal_data
from wegwijzer.catalogue.services import moderate_review, submit_review
from wegwijzer.catalogue.steps import STEP_FILTERS

pytestmark = pytest.mark.django_db


@pytest.fixture
def as_flex_worker(monkeypatch, flex_worker):
    monkeypatch.setattr(person, "current_profile", lambda request: flex_worker)


def test_every_learning_step_of_the_advice_has_valid_filters():
    learning = {rule.code for rule in load_rulebook().steps if rule.output["category"] == "leren"}
    assert learning == set(STEP_FILTERS)
    for step in STEP_FILTERS.values():
        for key, value in step.filters.items():
            assert FACETS_BY_KEY[key].option(value) is not None


def test_list_page_works_with_plain_get_links_and_counts(client, make_offer):
    make_offer(title="Excel op de avond", schedule="avond")
    make_offer(title="Excel overdag")
    page = client.get("/aanbod/", {"q": "excel"}).content.decode()
    assert "2 cursussen en trainingen gevonden" in page
    assert 'href="?q=excel&amp;wanneer=avond"' in page and "(1)" in page
    assert '<form method="get"' in page
    filtered = client.get("/aanbod/", {"q": "excel", "wanneer": "avond"}).content.decode()
    assert "1 cursus of training gevonden" in filtered and 'aria-current="true"' in filtered
    # A new word keeps the filters chosen so far.
    assert '<input type="hidden" name="wanneer" value="avond">' in filtered


def test_wrong_filter_values_are_explained_and_ignored(client, make_offer):
    make_offer()
    response = client.get("/aanbod/", {"wanneer": "nacht", "pagina": "-3", "stap": "bestaat_niet"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "kent de waarde" in page and "Deze stap uit het advies kennen we niet" in page
    assert "1 cursus of training gevonden" in page


def test_htmx_gets_only_the_results(client, make_offer):
    make_offer()
    page = client.get("/aanbod/", HTTP_HX_REQUEST="true").content.decode()
    assert page.lstrip().startswith('<div id="resultaten"')
    assert "<h1" not in page and 'name="q"' not in page


def test_a_flex_worker_sees_their_steps_what_it_costs_them_and_why_it_fits(
    client, make_offer, make_scheme, as_flex_worker
):
    make_scheme("flexfonds", name="Scholing voor flexwerkers", work_statuses=["uitzend", "oproep"])
    offer = make_offer(
        title="Heftruck op de avond", schedule="avond", hours=8, payers=("eigen_geld", "oo_fonds"), price_cents=39500
    )
    listing = client.get("/aanbod/").content.decode()
    assert 'href="?stap=korte_praktische_cursus"' in listing
    assert "Gratis voor jou" in listing
    step_page = client.get("/aanbod/", {"stap": "korte_praktische_cursus"}).content.decode()
    assert "Voor jou misschien gratis" in step_page
    detail = client.get(f"/aanbod/{offer.pk}/", {"stap": "korte_praktische_cursus"}).content.decode()
    assert "Voor jou: € 0" in detail
    assert "Scholing voor flexwerkers betaalt de hele prijs." in detail
    assert "Deze regeling past bij jou: je werkt via een uitzendbureau." in detail
    assert "je advies zegt: kies een korte, praktische cursus" in detail
    assert "het voor jou gratis kan zijn" in detail and "het kort duurt" in detail
    assert "Regelingen en hun namen veranderen vaak" in detail


def test_an_unknown_or_hidden_offer_is_404(client, make_offer):
    assert client.get("/aanbod/999999/").status_code == 404
    assert client.get(f"/aanbod/{make_offer(is_active=False).pk}/").status_code == 404


def test_review_waits_for_moderation_and_peers_come_first(client, make_offer, as_flex_worker):
    offer = make_offer()
    writer = User.objects.create_user("schrijver", password="x", role=Role.DEELNEMER)
    client.force_login(writer)
    response = client.post(
        f"/aanbod/{offer.pk}/ervaring/", {"followed": "on", "rating": "4", "sentence": "Nu durf ik Excel."}
    )
    assert response.status_code == 302
    review = Review.objects.get()
    assert (review.status, review.primary_group) == ("pending", "flex_bewust_gemotiveerd")
    assert "Nu durf ik Excel." not in client.get(f"/aanbod/{offer.pk}/").content.decode()
    other = submit_review(offer, User.objects.create_user("ander"), 5, "Leuk, ook zonder werk.", "nugger")
    admin = User.objects.create_user("beheer", role=Role.BEHEERDER, is_staff=True)
    moderate_review(review, admin, approve=True)
    moderate_review(other, admin, approve=True)
    page = client.get(f"/aanbod/{offer.pk}/").content.decode()
    assert page.index("Nu durf ik Excel.") < page.index("Leuk, ook zonder werk.")
    assert "van iemand in een situatie zoals die van jou" in page


def test_a_bad_review_is_refused_with_dutch_messages(client, make_offer):
    offer = make_offer()
    client.force_login(User.objects.create_user("p"))
    response = client.post(f"/aanbod/{offer.pk}/ervaring/", {"rating": "9", "sentence": ""})
    page = response.content.decode()
    assert response.status_code == 400
    assert "Vink aan dat je dit aanbod hebt gevolgd" in page and "Schrijf in één zin" in page
    assert Review.objects.count() == 0


def test_anonymous_people_cannot_post_a_review(client, make_offer):
    offer = make_offer()
    response = client.post(f"/aanbod/{offer.pk}/ervaring/", {"followed": "on", "rating": "4", "sentence": "x"})
    assert response.status_code == 302 and "/account/" in response["Location"]
    assert Review.objects.count() == 0


def test_privacy_export_and_delete_cover_the_reviews(make_offer):
    user = User.objects.create_user("p")
    submit_review(make_offer(), user, 3, "Goed te doen.", "overig")
    assert export_personal_data(user)["ervaringen"][0]["zin"] == "Goed te doen."
    delete_personal_data(user)
    assert export_personal_data(user) == {"ervaringen": []}


def test_without_a_scan_the_adapter_gives_no_profile(rf):
    from django.contrib.auth.models import AnonymousUser
    from django.contrib.sessions.backends.db import SessionStore

    request = rf.get("/aanbod/")
    request.user, request.session = AnonymousUser(), SessionStore()
    assert person.current_profile(request) is None


def test_demo_data_loads_a_few_hundred_offers_once():
    demo.load()
    demo.load()
    assert Offer.objects.count() == demo.DEMO_COUNT


def test_the_catalogue_speaks_english_too(client, make_offer):
    make_offer()
    page = client.get("/aanbod/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "1 course or training found" in page and "What do you want to learn more about?" in page


def test_on_the_page_the_results_come_before_the_filters_which_fold_away(client, make_offer):
    make_offer(title="Excel op de avond", schedule="avond")
    page = client.get("/aanbod/").content.decode()
    found, panel, first_filter, first_result = (
        page.index("1 cursus of training gevonden"),
        page.index('<details class="wegwijzer-filters"'),
        page.index("wegwijzer-facet "),
        page.index("Excel op de avond"),
    )
    assert found < panel < first_filter  # the filters are inside the fold, closed until someone opens it
    assert '<details class="wegwijzer-filters" id="filters">' in page  # not open: on a phone the results come first
    assert page.index("</details>") < first_result


def test_jargon_is_explained_where_it_stays_and_levels_read_as_niveau(client, make_offer):
    make_offer(nlqf="2", kind="microlearning", payers=("oo_fonds",))
    page = client.get("/aanbod/").content.decode()
    assert "Niveau 2" in page and "NLQF 2" not in page
    assert "Op papier heet dit soms NLQF" in page
    assert "Een O&amp;O-fonds is geld voor scholing in een sector" in page
    assert "Een korte module (microlearning) is" in page
    assert "keer aanbod" not in page


def test_a_filter_the_advice_step_set_can_be_taken_away(client, make_offer):
    make_offer(title="Kort", hours=10)
    make_offer(title="Lang", hours=100)
    step = client.get("/aanbod/", {"stap": "korte_praktische_cursus"}).content.decode()
    assert "1 cursus of training gevonden" in step
    assert 'href="?stap=korte_praktische_cursus&amp;duur=alle"' in step  # the chosen "Hoogstens 40 uur" takes it away
    without = client.get("/aanbod/", {"stap": "korte_praktische_cursus", "duur": "alle"}).content.decode()
    assert "2 cursussen en trainingen gevonden" in without and "Uit je advies:" in without


def test_a_chosen_filter_shows_no_count_above_the_total_for_its_other_values(client, make_offer):
    make_offer(title="Kort", hours=10)
    for _ in range(3):
        make_offer(title="Lang", hours=100)
    page = client.get("/aanbod/", {"duur": "40"}).content.decode()
    assert "1 cursus of training gevonden" in page
    assert "Hoogstens 200 uur</a>" in page  # offered to switch to, without its count of 4
    assert "(4)" not in page


def test_a_typo_is_answered_with_a_suggestion_or_similar_titles(client, make_offer):
    from django.db import connection

    make_offer(title="Heftruckcertificaat")
    page = client.get("/aanbod/", {"q": "heftruk", "wanneer": "overdag"}).content.decode()
    if connection.vendor == "postgresql":
        assert "Niets gevonden met precies ‘heftruk’" in page and "Heftruckcertificaat" in page
    else:
        assert 'Bedoel je <a class="utrecht-link" href="?q=heftruck&amp;wanneer=overdag">heftruck</a>?' in page
