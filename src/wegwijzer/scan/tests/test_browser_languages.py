"""Issue 18 on a phone: a Polish flex worker and an Arabic-speaking mother choose their language in the footer, do
the whole scan and read the advice in it (Arabic right to left, the layout mirrored), each step with the Dutch name
of the service to ask for, and hear each question read aloud. axe-core checks every page.

The read-aloud button (core/static/wegwijzer/read-aloud.js) appears only with JavaScript and a voice for the page's
language. Headless Chromium has no voices, so these tests give the page a stand-in speechSynthesis with the voices
a phone would have, and record what it is asked to say; no sound is made and nothing leaves the browser.

The scan in Polish and Arabic needs the translators' catalogues (src/wegwijzer/*/locale/{pl,ar}): until they are
there, the check that the advice is in that language fails."""

import json
import re

import pytest
from django.utils import translation

from wegwijzer.scan.questions import PAGE_OF

from .conftest import FLEX_WORKER
from .test_browser import current_key, wait_for_next_page
from .walk import SINGLE_MOTHER, load_help_directory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PHONE = {"width": 390, "height": 844}
SPEECH = """
(() => {
  const voices = %s.map(([lang, localService]) => ({lang, localService, name: lang, voiceURI: lang, default: false}));
  window.spoken = [];
  const synth = {
    speaking: false, pending: false, paused: false,
    getVoices: () => voices,
    speak: (utterance) => window.spoken.push({text: utterance.text, lang: utterance.lang}),
    cancel: () => {}, pause: () => {}, resume: () => {},
    addEventListener: () => {}, removeEventListener: () => {},
  };
  Object.defineProperty(window, "speechSynthesis", {value: synth, configurable: true});
  window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; this.lang = ""; } };
})();
"""


def phone_with_voices(browser, voices: list[str], javascript: bool = True, online: bool = False):
    """A phone whose browser has these voices, on the device itself, or (online) only through an online service."""
    context = browser.new_context(
        viewport=PHONE, locale="nl-NL", is_mobile=True, has_touch=True, java_script_enabled=javascript
    )
    context.add_init_script(SPEECH % json.dumps([[voice, not online] for voice in voices]))
    return context


def choose_language(page, live_server, language: str) -> None:
    """As a person does: the language's own name in the footer of the home page (a form, no JavaScript needed)."""
    page.goto(live_server.url + "/")
    page.locator(f'button[name="language"][value="{language}"]').click()
    page.wait_for_function(f"() => document.documentElement.lang === '{language}'")


def submit(page):
    return page.locator(".scan-actions button.utrecht-button--primary-action")


def answer(page, key: str, answers: dict) -> None:
    """Answer one page by the answers' values, not by the words on the buttons, which are in the page's language."""
    shown = PAGE_OF[key].shown(answers)
    before = (page.url, page.locator("h1").first.inner_text())
    if len(shown) == 1 and shown[0].kind == "choice":
        value = answers.get(shown[0].key)
        page.locator(f'button[name="answer"][value="{value}"]' if value else 'button[name="skip"]').click()
    elif len(shown) == 1:
        question, value = shown[0], answers.get(shown[0].key)
        if not value:
            page.locator('button[name="skip"]').click()
        else:
            for item in value if question.kind == "multi" else []:
                page.locator(f'input[name="answer"][value="{item}"]').check()
            if question.kind != "multi":
                page.locator('input[name="answer"]').fill(value)
            submit(page).click()
    else:
        for question in shown:
            value = answers.get(question.key)
            if value is None:
                continue
            if question.kind == "choice":
                page.locator(f'input[name="{question.key}-answer"][value="{value}"]').check()
            else:
                page.locator(f'input[name="{question.key}-answer"]').fill(value)
        submit(page).click()
    wait_for_next_page(page, *before)


def wait_for_read_aloud(page) -> None:
    """htmx swaps the next page in and settles it a moment later: then every readable text has its button."""
    page.wait_for_function("() => !document.querySelector('[data-read-aloud]:not([data-read-aloud-ready])')")


def start_side(page, selector: str) -> str:
    """On which side of the phone's screen an element starts: "left" or "right" of the middle."""
    box = page.locator(selector).first.bounding_box()
    return "left" if box["x"] + box["width"] / 2 < PHONE["width"] / 2 else "right"


def do_the_scan(page, live_server, axe_violations, language: str, answers: dict) -> None:
    direction = "rtl" if language == "ar" else "ltr"
    page.goto(live_server.url + "/")
    assert start_side(page, ".wegwijzer-logo") == "left"  # Dutch first
    choose_language(page, live_server, language)
    assert page.evaluate("() => [document.documentElement.lang, document.documentElement.dir]") == [language, direction]
    assert start_side(page, ".wegwijzer-logo") == ("right" if direction == "rtl" else "left")
    assert axe_violations(page) == []
    page.locator('main a[href="/scan/"]').first.click()
    page.wait_for_url(re.compile(r"/scan/$"))
    pages = []
    while (key := current_key(page)) is not None:
        assert key not in pages, f"showed {key} twice"
        pages.append(key)
        assert page.evaluate("() => document.documentElement.dir") == direction
        # "Terug" starts the line: on the left in Polish, on the right in Arabic.
        assert start_side(page, ".scan-back") == ("right" if direction == "rtl" else "left"), key
        wait_for_read_aloud(page)
        question = page.locator("[data-read-aloud].scan-question, .scan-form [data-read-aloud]").first
        assert question.locator("xpath=following-sibling::button[1]").get_attribute("class") == "wegwijzer-read-aloud"
        assert axe_violations(page) == [], page.url
        answer(page, key, answers)
    assert page.url.endswith("/scan/advies/")
    assert axe_violations(page) == []


def check_advice_in(page, language: str) -> None:
    with translation.override(language):
        heading = translation.gettext("Jouw advies")
    assert heading != "Jouw advies", f"no {language} translation yet (src/wegwijzer/scan/locale/{language})"
    assert page.locator("h1").inner_text() == heading
    steps = page.locator("li.scan-step")
    assert steps.count() >= 1
    sent_somewhere = 0
    for step in steps.all():
        # A step that sends the person somewhere (where to go is shown) names that service in Dutch, marked as such.
        sends = step.locator(".directory-help").count() == 1
        assert step.locator(".wegwijzer-dutch-name strong[lang=nl]").count() == int(sends)
        sent_somewhere += sends
        title = step.locator("h3[data-read-aloud]")
        assert title.locator("xpath=following-sibling::button[1]").get_attribute("class") == "wegwijzer-read-aloud"
    assert sent_somewhere >= 1


def test_a_polish_flex_worker_does_the_scan_in_polish(browser, live_server, axe_violations):
    load_help_directory()
    context = phone_with_voices(browser, ["pl-PL", "nl-NL"])
    page = context.new_page()
    try:
        do_the_scan(page, live_server, axe_violations, "pl", FLEX_WORKER)
        check_advice_in(page, "pl")
        page.locator("li.scan-step h3[data-read-aloud]").first.locator("xpath=following-sibling::button[1]").click()
        assert page.evaluate("() => window.spoken.map((said) => said.lang)") == ["pl"]
    finally:
        context.close()


def test_an_arabic_speaking_mother_does_the_scan_right_to_left(browser, live_server, axe_violations):
    load_help_directory()
    context = phone_with_voices(browser, ["ar-SA"])
    page = context.new_page()
    try:
        do_the_scan(page, live_server, axe_violations, "ar", SINGLE_MOTHER)
        check_advice_in(page, "ar")
        # Within a step's card, the read-aloud button sits at the start of the line: by the card's right edge.
        step = page.locator("li.scan-step").first
        card, button = step.bounding_box(), step.locator("button.wegwijzer-read-aloud").bounding_box()
        assert card["x"] + card["width"] - (button["x"] + button["width"]) < button["x"] - card["x"]
    finally:
        context.close()


def read_aloud_buttons(page):
    return page.locator("button.wegwijzer-read-aloud")


def test_read_aloud_reads_the_question_and_each_answer_in_the_page_language(browser, live_server, axe_violations):
    context = phone_with_voices(browser, ["nl-NL", "en-GB"])
    page = context.new_page()
    try:
        page.goto(live_server.url + "/scan/")
        options = page.locator('button[name="answer"]')
        assert read_aloud_buttons(page).count() == 1 + options.count()  # the question and each answer
        for button in read_aloud_buttons(page).all():
            box = button.bounding_box()
            assert box["width"] >= 44 and box["height"] >= 44  # a tap target
        question = page.locator("h1.scan-question").inner_text()
        read_aloud_buttons(page).first.click()
        assert read_aloud_buttons(page).first.get_attribute("aria-pressed") == "true"
        read_aloud_buttons(page).nth(1).click()
        assert page.evaluate("() => window.spoken") == [
            {"text": question, "lang": "nl"},
            {"text": options.first.inner_text(), "lang": "nl"},
        ]
        assert axe_violations(page) == []
        # The next question arrives by htmx: it gets its buttons too.
        answer(page, "werk", FLEX_WORKER)
        wait_for_read_aloud(page)
        assert read_aloud_buttons(page).count() == 1 + page.locator('button[name="answer"]').count()
    finally:
        context.close()


@pytest.mark.parametrize(
    ("voices", "online"),
    [
        (["en-GB"], False),  # a Dutch page, only an English voice
        # an online voice would send the text (an advice step can say "schuldhulp") to another party: not used
        (["nl-NL"], True),
    ],
    ids=["no-voice-for-the-language", "only-an-online-voice"],
)
def test_no_read_aloud_without_a_voice_on_the_device_for_the_page_language(browser, live_server, voices, online):
    context = phone_with_voices(browser, voices, online=online)
    page = context.new_page()
    try:
        page.goto(live_server.url + "/scan/")
        page.wait_for_load_state("load")
        assert page.locator("h1.scan-question").is_visible()
        assert read_aloud_buttons(page).count() == 0
    finally:
        context.close()


def test_without_javascript_there_is_no_read_aloud_and_the_scan_works(browser, live_server):
    context = phone_with_voices(browser, ["nl-NL"], javascript=False)
    page = context.new_page()
    try:
        page.goto(live_server.url + "/scan/")
        assert page.locator("h1.scan-question").is_visible()
        assert read_aloud_buttons(page).count() == 0
        answer(page, "werk", FLEX_WORKER)
        assert current_key(page) == "keuze-flex"
        assert read_aloud_buttons(page).count() == 0
    finally:
        context.close()
