"""The include under an advice step: where to go, tap-to-call and website links, "Voorbeeld" for demo entries."""

import pytest
from django.template import Context, Template

from wegwijzer.directory.models import Municipality

from .conftest import make_entry

TAG = Template("{% load directory %}{% where_to_go_for_step step answers %}")


def render(step, answers) -> str:
    return TAG.render(Context({"step": step, "answers": answers}))


@pytest.fixture
def demodam(db):
    town = Municipality.objects.create(name="Demodam", is_demo=True)
    make_entry(
        "demo",
        "schuldhulp",
        town,
        organisation="Geldloket Demodam",
        phone="000-000 00 01",
        website="https://example.org/demodam/",
        what_to_bring="Neem je brieven mee.",
        is_demo=True,
        source_url="",
        checked_on=None,
    )
    make_entry("echt", "schuldhulp", organisation="Geldfit", phone="0800-8115", website="https://www.geldfit.nl/")
    return town


def test_a_demo_entry_says_voorbeeld_and_has_a_tel_link(demodam):
    html = render({"service": "schuldhulp"}, {"gemeente": "demodam"})

    assert "Hier kun je terecht in Demodam" in html
    assert html.index("Geldloket Demodam") < html.index("Geldfit")
    demo, real = html.split("Geldfit", 1)
    assert "<strong>Voorbeeld:</strong> <strong>Geldloket Demodam</strong>" in demo  # marked where it is named
    assert "Voorbeeld" not in real
    assert 'href="tel:0000000001"' in html
    assert 'href="tel:08008115"' in html
    assert "utrecht-button-link--secondary-action" in html  # Utrecht's button link: at least 44 px high
    assert "Neem je brieven mee." in html
    # Who and how to reach them are seen at once; what to bring waits in a fold, one tap away.
    assert html.index('href="tel:0000000001"') < html.index("<details") < html.index("Neem je brieven mee.")
    assert "Bron, gecontroleerd op 30 november 2026:" in html
    assert '<a class="utrecht-link" href="https://example.org/bron" rel="noopener">example.org</a>' in html


def test_without_a_municipality_the_national_entry_and_an_invitation(demodam):
    html = render({"service": "schuldhulp"}, {})

    assert "Geldfit" in html and "Geldloket Demodam" not in html
    assert "Vul in de scan je gemeente of postcode (4 cijfers) in." in html


def test_the_invitation_links_to_the_question_when_the_page_gives_its_address(demodam):
    ask = Template("{% load directory %}{% where_to_go_for_step step answers '/scan/vraag/gemeente/' %}")
    without = ask.render(Context({"step": {"service": "schuldhulp"}, "answers": {}}))
    known = ask.render(Context({"step": {"service": "schuldhulp"}, "answers": {"gemeente": "Demodam"}}))

    assert 'href="/scan/vraag/gemeente/">Vul je gemeente of postcode in</a>' in without
    assert "/scan/vraag/gemeente/" not in known


def test_an_unknown_place_says_so_and_shows_the_national_entry(demodam):
    html = render({"service": "schuldhulp"}, {"gemeente": "Atlantis"})

    assert "We weten nog niet welke gemeente bij „Atlantis” hoort." in html
    assert "Geldfit" in html and "Geldloket Demodam" not in html


@pytest.mark.parametrize("step", [{}, {"code": "x"}, {"service": "ruimtevaart"}, None])
def test_a_step_without_a_known_service_shows_nothing(demodam, step):
    assert render(step, {"gemeente": "Demodam"}).strip() == ""
