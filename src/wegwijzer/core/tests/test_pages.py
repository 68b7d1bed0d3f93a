"""The home page and the frame every page shares: start in one tap, Dutch first, English on request."""

import pytest

pytestmark = pytest.mark.django_db


def test_home_starts_the_scan_in_one_tap(client):
    page = client.get("/").content.decode()
    assert 'href="/scan/"' in page
    assert "Vind je volgende stap" in page
    assert 'lang="nl"' in page
    assert ">English</button>" in page  # each language named in itself


def test_switching_to_english_without_javascript(client):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/"}, follow=True)
    page = response.content.decode()
    assert 'lang="en"' in page
    assert "Find your next step in work and learning" in page
    assert "Your employer does not see your answers" in page
    assert 'value="nl"' in page and ">Nederlands</button>" in page  # and back
