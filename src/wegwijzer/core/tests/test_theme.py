"""An organisation offers Wegwijzer under its own name, logo and colours, over the calm Voorbeeld base (issue 12).
What it sets shows in the header and as custom properties on every page; a value Wegwijzer refuses stops the start
with a Dutch message, and no value reaches the page as raw CSS."""

import re

import pytest
from django.apps import apps
from django.core.exceptions import ImproperlyConfigured

from wegwijzer.core.theme import EXAMPLES, ThemeError, build_theme, contrast_with_white

pytestmark = pytest.mark.django_db

PNG_1x1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082"
)


@pytest.fixture
def organisation(settings, tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG_1x1)
    settings.WEGWIJZER_DEMO = False
    settings.WEGWIJZER_ORGANISATION_NAME = "Gemeente Testdorp"
    settings.WEGWIJZER_THEME_LOGO = str(logo)
    settings.WEGWIJZER_THEME_COLOUR = "#00568B"
    settings.WEGWIJZER_THEME_HEADER_COLOUR = "#14472c"
    return settings


def style_of(page: str) -> str:
    styles = re.findall(r"<style nonce=\"([^\"]+)\">(.*?)</style>", page, re.S)
    assert len(styles) == 1
    return styles[0]


def test_the_organisation_shows_in_the_header_and_its_colours_on_every_page(client, organisation):
    response = client.get("/")
    page = response.content.decode()
    header = page[page.index("<header") : page.index("</header>")]
    assert "van Gemeente Testdorp" in header and "(voorbeeld)" not in header
    assert 'src="data:image/png;base64,iVBORw0KGgo' in header
    nonce, css = style_of(page)
    assert css == (
        "html.voorbeeld-theme.wegwijzer-theme{--wegwijzer-primary:#00568b;--wegwijzer-header-background:#14472c;"
        "--wegwijzer-header-color:#ffffff;}"
    )
    assert f"'nonce-{nonce}'" in response["Content-Security-Policy"]
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert "Gemeente Testdorp" in client.get("/contact/").content.decode()


def test_without_settings_wegwijzer_has_its_own_look_and_no_inline_style(client, settings):
    settings.WEGWIJZER_THEME_EXAMPLE = ""
    response = client.get("/")
    page = response.content.decode()
    assert "<style" not in page and "nonce-" not in response["Content-Security-Policy"]
    assert 'class="voorbeeld-theme wegwijzer-theme utrecht-root"' in page
    assert "wegwijzer-logo__image" not in page


@pytest.mark.parametrize("example", sorted(EXAMPLES))
def test_the_demo_shows_each_example_municipality_marked_as_an_example(client, settings, example):
    settings.WEGWIJZER_DEMO = True
    settings.WEGWIJZER_THEME_EXAMPLE = example
    page = client.get("/").content.decode()
    header = page[page.index("<header") : page.index("</header>")]
    assert f"van {EXAMPLES[example].name}" in header and "(voorbeeld)" in header
    assert 'src="data:image/svg+xml;base64,' in header
    assert EXAMPLES[example].colour in style_of(page)[1]
    contact = client.get("/contact/").content.decode()
    assert f"{EXAMPLES[example].name} (voorbeeld)" in contact


def test_every_example_colour_carries_white_text():
    for example in EXAMPLES.values():
        assert min(contrast_with_white(example.colour), contrast_with_white(example.header_colour)) >= 7


@pytest.mark.parametrize(
    ("setting", "value", "message"),
    [
        ("WEGWIJZER_THEME_COLOUR", "red", "'red' is geen kleur die Wegwijzer kent"),
        ("WEGWIJZER_THEME_COLOUR", "#00568b;}body{display:none", "geen kleur die Wegwijzer kent"),
        ("WEGWIJZER_THEME_HEADER_COLOUR", "#ffdd00", "'#ffdd00' is te licht. Witte tekst op deze kleur"),
        ("WEGWIJZER_THEME_LOGO", "/etc/hostname", "het logo moet een PNG- of SVG-bestand zijn"),
        ("WEGWIJZER_THEME_LOGO", "/bestaat/niet.svg", "is er niet of Wegwijzer mag het niet lezen"),
        ("WEGWIJZER_THEME_EXAMPLE", "utrecht", "kies demodam of voorbeeldstad, niet 'utrecht'"),
    ],
)
def test_a_bad_value_stops_the_start_with_a_dutch_message(settings, setting, value, message):
    settings.WEGWIJZER_DEMO = True
    setattr(settings, setting, value)
    with pytest.raises(ImproperlyConfigured, match=re.escape(f"{setting}: ")) as refused:
        apps.get_app_config("core").ready()
    assert message in str(refused.value)


def test_a_logo_that_is_not_what_its_name_says_is_refused(tmp_path):
    fake = tmp_path / "logo.png"
    fake.write_text("<script>alert(1)</script>")
    with pytest.raises(ThemeError, match=re.escape("'logo.png' is geen echt PNG-bestand")):
        build_theme("Gemeente X", str(fake), "", "", "", False)
    big = tmp_path / "groot.svg"
    big.write_text("<svg>" + " " * 200_000 + "</svg>")
    with pytest.raises(ThemeError, match="het logo is te groot"):
        build_theme("Gemeente X", str(big), "", "", "", False)


def test_an_example_municipality_is_refused_outside_the_demo():
    with pytest.raises(ThemeError, match="een voorbeeldgemeente kan alleen in de demo"):
        build_theme("", "", "", "", "demodam", False)
