"""Five languages, each named in itself in a switch that works without JavaScript; Arabic right to left; text that
exists only in Dutch marked as such on a page in another language."""

import re
from pathlib import Path

import pytest
from django.template import Context, Template
from django.utils import translation

pytestmark = pytest.mark.django_db
SELF_NAMES = {"nl": "Nederlands", "en": "English", "pl": "Polski", "tr": "Türkçe", "ar": "العربية"}


def switch_to(client, language: str) -> str:
    return client.post("/i18n/setlang/", {"language": language, "next": "/"}, follow=True).content.decode()


def language_buttons(page: str) -> dict[str, str]:
    button = r'<button class="wegwijzer-language__choice"[^>]*value="(\w+)" lang="\1" dir="\w+">([^<]+)<'
    return dict(re.findall(button, page))


@pytest.mark.parametrize("language", ["nl", "en", "pl", "tr", "ar"])
def test_every_other_language_is_offered_in_its_own_name(client, language):
    page = client.get("/").content.decode() if language == "nl" else switch_to(client, language)
    assert f'<html lang="{language}"' in page
    assert language_buttons(page) == {code: name for code, name in SELF_NAMES.items() if code != language}


@pytest.mark.parametrize(("language", "direction"), [("ar", "rtl"), ("pl", "ltr"), ("tr", "ltr"), ("nl", "ltr")])
def test_the_page_says_its_language_and_direction(client, language, direction):
    page = switch_to(client, language)
    assert f'<html lang="{language}" dir="{direction}"' in page


def test_the_arabic_choice_is_marked_right_to_left_on_a_dutch_page(client):
    page = client.get("/").content.decode()
    assert 'value="ar" lang="ar" dir="rtl">العربية</button>' in page


def test_the_read_aloud_script_and_its_words_are_on_every_page(client):
    page = client.get("/").content.decode()
    assert '<script src="/static/wegwijzer/read-aloud.js" defer></script>' in page
    assert 'data-read-aloud-label="Lees voor"' in page
    english = switch_to(client, "en")
    assert 'data-read-aloud-label="Read aloud"' in english


DUTCH_BLOCK = Template("{% load languages %}{% dutch %}<p>Een cursus voor beginners.</p>{% enddutch %}")
DUTCH_INLINE = Template("{% load languages %}<p>Wanneer: {% dutch inline %}elke dinsdag{% enddutch %}</p>")


def test_dutch_text_on_a_dutch_page_is_only_marked():
    with translation.override("nl"):
        assert DUTCH_BLOCK.render(Context()) == '<div lang="nl"><p>Een cursus voor beginners.</p></div>'
        assert DUTCH_INLINE.render(Context()) == '<p>Wanneer: <span lang="nl">elke dinsdag</span></p>'


def test_dutch_text_on_a_page_in_another_language_says_so_in_that_language():
    with translation.override("en"):
        block = DUTCH_BLOCK.render(Context())
        inline = DUTCH_INLINE.render(Context())
    assert block == (
        '<p class="utrecht-paragraph wegwijzer-dutch-only">This text is only in Dutch.</p>'
        '<div lang="nl"><p>Een cursus voor beginners.</p></div>'
    )
    assert inline == (
        '<p>Wanneer: <span lang="nl">elke dinsdag</span> '
        '<span class="wegwijzer-dutch-only">(This text is only in Dutch.)</span></p>'
    )


def test_dutch_text_on_a_right_to_left_page_keeps_its_own_direction():
    with translation.override("ar"):
        assert DUTCH_BLOCK.render(Context()).endswith(
            '<div lang="nl" dir="ltr"><p>Een cursus voor beginners.</p></div>'
        )
        assert '<span lang="nl" dir="ltr">elke dinsdag</span>' in DUTCH_INLINE.render(Context())


def test_no_note_for_a_dutch_text_that_is_empty():
    with translation.override("en"):
        assert Template("{% load languages %}{% dutch %} {% enddutch %}").render(Context()) == " "


SRC = Path(__file__).resolve().parents[2]
PHYSICAL = re.compile(
    r"\b(?:margin|padding|border)-(?:left|right)\b|(?<![\w-])(?:left|right)\s*:|\b(?:float|clear|text-align)\s*:\s*"
    r"(?:left|right)\b|\bborder-(?:top|bottom)-(?:left|right)-radius\b"
)
INLINE_STYLE = re.compile(r'<style[^>]*>(.*?)</style>|style="([^"]*)"', re.S)


def styles() -> dict[str, str]:
    """Our own CSS: the stylesheet's source and every template's <style> element and style attribute."""
    found = {str(path.relative_to(SRC)): path.read_text(encoding="utf-8") for path in SRC.glob("core/assets/*.css")}
    for path in SRC.glob("*/templates/**/*.html"):
        inline = "\n".join("".join(parts) for parts in INLINE_STYLE.findall(path.read_text(encoding="utf-8")))
        if inline:
            found[str(path.relative_to(SRC))] = inline
    return found


def test_the_css_uses_logical_properties_so_that_arabic_mirrors():
    found = styles()
    assert "core/assets/wegwijzer.css" in found and "scan/templates/scan/plan_pdf.html" in found
    physical = {name: PHYSICAL.findall(css) for name, css in found.items() if PHYSICAL.search(css)}
    assert physical == {}


@pytest.mark.parametrize(
    "css", ["margin-left: 1rem", ".a { right: 0 }", "float: left", "text-align: right", "border-right: 1px"]
)
def test_a_physical_property_is_found(css):
    assert PHYSICAL.search(css)


@pytest.mark.parametrize("css", ["margin-inline-start: 1rem", "inset-inline-end: 0", "text-align: start"])
def test_a_logical_property_is_not_found(css):
    assert not PHYSICAL.search(css)
