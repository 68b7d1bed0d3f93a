"""An offer's texts exist only in the provider's Dutch: on a page in another language they are marked lang="nl"
and a note in that language says so (issue 18); on a Dutch page the note is not needed."""

import pytest

pytestmark = pytest.mark.django_db
NOTE_EN = "This text is only in Dutch."


def offer_page(client, offer, language: str) -> str:
    client.post("/i18n/setlang/", {"language": language, "next": "/"})
    return client.get(f"/aanbod/{offer.pk}/").content.decode()


def test_the_offer_page_in_english_marks_the_providers_dutch(client, make_offer):
    offer = make_offer(signup_info="Bel ons op maandag.")
    page = offer_page(client, offer, "en")
    assert f'<h1 class="utrecht-heading-1" lang="nl">{offer.title}</h1>' in page
    assert (
        f'<p class="utrecht-paragraph wegwijzer-dutch-only">{NOTE_EN}</p>'
        f'<div lang="nl"><p class="utrecht-paragraph">{offer.description}</p></div>'
    ) in page
    assert '<div lang="nl"><p class="utrecht-paragraph">Bel ons op maandag.</p></div>' in page


def test_the_offer_page_in_dutch_needs_no_note(client, make_offer):
    page = offer_page(client, make_offer(), "nl")
    assert "wegwijzer-dutch-only" not in page
    description = '<p class="utrecht-paragraph">Je leert werken met de computer, stap voor stap.</p>'
    assert f'<div lang="nl">{description}</div>' in page
