"""A person on a phone: from the home page through the scan to a printed and downloaded ontwikkelplan, with
JavaScript on and off and by keyboard only; resuming with a code and a link. axe-core checks every page."""

import re

import pytest

from wegwijzer.scan.questions import FIRST, PAGE_OF

from .conftest import FLEX_WORKER

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SINGLE_PARENT = {
    "werk": "vast",
    "kinderen": "1",
    "alleen-ouder": "ja",
    "uren": "24",
    "jaren-werk": "6",
    "leeftijd": "41",
    "zorgen": ["kinderopvang"],
    "zin-in-leren": "5",
    "geld": "2",
    "leren": ["avond", "online"],
}
QUESTION_PATH = re.compile(r"/scan/vraag/([a-z-]+)/$|/scan/$")


def current_key(page) -> str | None:
    match = QUESTION_PATH.search(page.url.split("?")[0])
    if match is None:
        return None
    return match.group(1) or FIRST.key


def wait_for_next_page(page, before_url: str, before_heading: str) -> None:
    """Both a full page load (no JS) and an htmx swap (JS) end with a new heading or a new address."""
    page.wait_for_load_state()
    if page.url == before_url and page.locator("h1").first.inner_text() == before_heading:
        page.wait_for_url(lambda url: url != before_url)


def answer_page(page, key: str, keyboard: bool = False, answers: dict = FLEX_WORKER) -> list[str]:
    """Answer the page as this person would; returns the keys of the questions it showed (each one is found on
    the page, or the locator fails)."""
    shown = PAGE_OF[key].shown(answers)
    before = (page.url, page.locator("h1").first.inner_text())
    if len(shown) == 1:
        answer_alone(page, shown[0], keyboard, answers.get(shown[0].key))
    else:
        for question in shown:
            answer_beside_others(page, question, keyboard, answers.get(question.key))
        press(page, page.get_by_role("button", name="Volgende"), "Enter", keyboard)
    wait_for_next_page(page, *before)
    return [question.key for question in shown]


def answer_alone(page, question, keyboard: bool, value) -> None:
    """A page with one question: a choice is one tap on its button; a list or a number then 'Volgende'."""
    if question.kind == "choice":
        target = page.locator(f'button[name="answer"][value="{value or question.options[0].value}"]')
        if value is None and question.skip_label:
            target = page.locator('button[name="skip"]')
        press(page, target, "Enter", keyboard)
    elif question.kind == "multi":
        for item in value or []:
            press(page, page.locator(f'input[name="answer"][value="{item}"]'), "Space", keyboard)
        if not value:
            press(page, page.locator('button[name="skip"]'), "Enter", keyboard)
        else:
            press(page, page.get_by_role("button", name="Volgende"), "Enter", keyboard)
    elif value is None:
        press(page, page.locator('button[name="skip"]'), "Enter", keyboard)
    else:
        type_into(page, page.locator('input[name="answer"]'), value, keyboard)
        press(page, page.get_by_role("button", name="Volgende"), "Enter", keyboard)


def answer_beside_others(page, question, keyboard: bool, value) -> None:
    """One of a few questions on a page: radio buttons or a field; no answer leaves it open."""
    name = f"{question.key}-answer"
    if question.kind != "choice":
        field = page.locator(f'input[name="{name}"]')
        assert field.count() == 1, name
        if value is not None:
            type_into(page, field, value, keyboard)
        return
    radios = page.locator(f'input[name="{name}"]')
    assert radios.count() == len(question.options), name
    if value is None:
        return
    if not keyboard:
        page.locator(f'input[name="{name}"][value="{value}"]').check()
        return
    # A keyboard user tabs into the group (its first button) and moves with the arrow keys, which select.
    tab_to(page, radios.first)
    index = [option.value for option in question.options].index(value)
    page.keyboard.press("Space" if index == 0 else "ArrowDown")
    for _ in range(index - 1):
        page.keyboard.press("ArrowDown")
    assert radios.nth(index).is_checked(), name


def type_into(page, field, value, keyboard: bool) -> None:
    if keyboard:
        tab_to(page, field)
        page.keyboard.type(value)
    else:
        field.fill(value)


def tab_to(page, locator, limit: int = 60) -> None:
    """Press Tab until the element has focus, as a keyboard user would."""
    handle = locator.element_handle()
    for _ in range(limit):
        if page.evaluate("(element) => document.activeElement === element", handle):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {locator}")


def press(page, locator, key: str, keyboard: bool) -> None:
    if keyboard:
        tab_to(page, locator)
        page.keyboard.press(key)
    elif key == "Space":
        locator.check()
    else:
        locator.click()


def assert_accessible(page, axe_violations, twin=None) -> None:
    checked = page
    if twin is not None:
        twin.context.clear_cookies()
        twin.context.add_cookies(page.context.cookies())
        twin.goto(page.url)
        checked = twin
    assert axe_violations(checked) == [], page.url


def complete_scan(page, live_server, axe_violations, keyboard=False, twin=None, answers=FLEX_WORKER) -> list[str]:
    page.goto(live_server.url + "/")
    assert_accessible(page, axe_violations, twin)
    start = page.get_by_role("link", name="Start de scan")
    if keyboard:
        tab_to(page, start)
        page.keyboard.press("Enter")
    else:
        start.click()
    page.wait_for_url(re.compile(r"/scan/$"))
    pages, asked, totals = [], [], []
    while (key := current_key(page)) is not None:
        assert key not in pages, f"showed {key} twice"
        pages.append(key)
        progress = re.fullmatch(r"Stap (\d+) van ongeveer (\d+)", page.locator(".scan-progress").inner_text())
        assert int(progress.group(1)) == len(pages), progress.group(0)
        totals.append(int(progress.group(2)))
        assert_accessible(page, axe_violations, twin)
        asked += answer_page(page, key, keyboard, answers)
    assert page.url.endswith("/scan/advies/")
    assert totals == sorted(totals, reverse=True) and totals[-1] == len(pages)  # the total never grew
    assert len(pages) + 1 <= 22  # with the advice
    return asked


def check_advice(page, axe_violations, twin=None) -> None:
    assert_accessible(page, axe_violations, twin)
    headings = page.locator("h2").all_inner_texts()
    assert headings.index("Dit gaat al goed") < headings.index("Jouw stappen")
    details = page.locator("details.scan-sources").first
    details.locator("summary").click()
    assert "Panteia" in details.inner_text() or "Beausaert" in details.inner_text() or "NSvP" in details.inner_text()
    assert page.locator('a[href^="/aanbod/?stap="]').count() >= 1


def make_plan(page, axe_violations, keyboard: bool = False, twin=None) -> None:
    link = page.get_by_role("link", name="Maak je plan")
    if keyboard:
        tab_to(page, link)
        page.keyboard.press("Enter")
    else:
        link.click()
    page.wait_for_url(re.compile(r"/scan/plan/aanpassen/$"))
    assert_accessible(page, axe_violations, twin)
    page.get_by_role("button", name="Bewaar mijn plan").click()
    page.wait_for_load_state()
    assert page.get_by_text("Kies minstens één stap.").is_visible()
    if twin is None:
        assert_accessible(page, axe_violations)  # the page with errors too
    goal = "Ik wil over een jaar vast werk in de bouw."
    step = "Ik bel de bibliotheek over een computercursus."
    if keyboard:
        tab_to(page, page.locator('input[name="steps"]').first)
        page.keyboard.press("Space")
        tab_to(page, page.locator('textarea[name="goal"]'))
        page.keyboard.type(goal)
        tab_to(page, page.locator('input[name="first_step"]'))
        page.keyboard.type(step)
        page.keyboard.press("Enter")  # the date keeps its suggestion: a week from today
    else:
        page.locator('input[name="steps"]').first.check()
        page.locator('textarea[name="goal"]').fill(goal)
        page.locator('input[name="first_step"]').fill(step)
        page.get_by_role("button", name="Bewaar mijn plan").click()
    page.wait_for_url(re.compile(r"/scan/plan/$"))
    assert_accessible(page, axe_violations, twin)
    assert page.get_by_text(goal).is_visible()


def print_and_download(page, with_js: bool) -> None:
    assert page.get_by_role("button", name="Print je plan").is_visible() == with_js
    page.emulate_media(media="print")
    assert not page.locator("header").is_visible()
    assert not page.get_by_role("link", name="Download je plan als pdf").is_visible()
    assert page.locator("h1").inner_text() == "Mijn ontwikkelplan"
    if with_js:
        assert page.pdf()[:4] == b"%PDF"  # what the print dialog would print
    page.emulate_media(media="screen")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download je plan als pdf").click()
    assert download.value.suggested_filename == "ontwikkelplan.pdf"
    with open(download.value.path(), "rb") as handle:
        assert handle.read(4) == b"%PDF"


def test_scan_to_printed_plan_with_javascript(phone, live_server, axe_violations):
    errors = []

    def on_console(message):
        if message.type == "error" and not message.location.get("url", "").endswith("/favicon.ico"):
            errors.append(message.text)

    phone.on("console", on_console)
    asked = complete_scan(phone, live_server, axe_violations)
    assert 25 <= len(asked) <= 35  # questions, on at most 16 pages
    check_advice(phone, axe_violations)
    make_plan(phone, axe_violations)
    print_and_download(phone, with_js=True)
    assert errors == []  # e.g. no Content-Security-Policy refusals


def test_scan_to_printed_plan_without_javascript(phone_without_js, live_server, axe_violations, twin):
    complete_scan(phone_without_js, live_server, axe_violations, twin=twin)
    check_advice(phone_without_js, axe_violations, twin)
    make_plan(phone_without_js, axe_violations, twin=twin)
    print_and_download(phone_without_js, with_js=False)


def test_scan_and_plan_by_keyboard_only(phone, live_server, axe_violations):
    """A single parent with a permanent job: the questions the flex worker never sees (hours, money) too."""
    asked = complete_scan(phone, live_server, axe_violations, keyboard=True, answers=SINGLE_PARENT)
    assert {"alleen-ouder", "uren", "geld"} <= set(asked)
    make_plan(phone, axe_violations, keyboard=True)


def test_wrong_number_shows_a_message_beside_the_field(phone, live_server, axe_violations):
    page = phone
    page.goto(live_server.url + "/scan/")
    page.locator('button[value="vast"]').click()
    page.wait_for_url(re.compile(r"/scan/vraag/uitkering/$"))
    page.goto(live_server.url + "/scan/vraag/leeftijd/")
    page.locator('input[name="leeftijd-answer"]').fill("honderd")
    page.get_by_role("button", name="Volgende").click()
    page.get_by_text("Vul alleen cijfers in, bijvoorbeeld 12.").wait_for()  # htmx swaps the page in
    # Focus moves to the heading as on a new page; htmx does that once the swap has settled, so wait for it.
    page.wait_for_function("() => document.activeElement && document.activeElement.tagName === 'H1'", timeout=5000)
    assert page.locator('input[name="leeftijd-answer"]').input_value() == "honderd"
    assert page.title().startswith("Fout:")
    assert_accessible(page, axe_violations)


@pytest.mark.parametrize("by", ["code", "link"])
def test_resume_in_another_browser(browser, phone_without_js, live_server, axe_violations, by):
    page = phone_without_js
    page.goto(live_server.url + "/scan/")
    for key in ("werk", "keuze-flex"):
        answer_page(page, key)
    page.get_by_text("Later verder?").click()  # the code waits in a fold on every question page
    code = page.locator(".scan-code").inner_text()
    assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}", code)
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="nl-NL")
    other = context.new_page()
    try:
        if by == "code":
            other.goto(live_server.url + "/")
            other.get_by_role("link", name="Ga verder met je code").click()
            assert_accessible(other, axe_violations)
            other.get_by_label("Je code").fill(code.lower().replace("-", " "))
            other.get_by_role("button", name="Ga verder").click()
        else:
            other.goto(f"{live_server.url}/scan/verder/{code.replace('-', '')}/")
            assert_accessible(other, axe_violations)
            other.get_by_role("button", name="Ga verder").click()
        other.wait_for_url(re.compile(r"/scan/vraag/uitkering/$"))
        assert other.get_by_text("Fijn dat je terug bent.").is_visible()
        assert other.locator(".scan-progress").inner_text().startswith("Stap 3 van")
        other.get_by_role("link", name="Terug").click()
        assert other.locator('button[value="bewust"].scan-choice--chosen').count() == 1
    finally:
        context.close()


def test_change_one_answer_and_start_over_without_javascript(phone_without_js, live_server, axe_violations, twin):
    """From the advice: the overview, one answer changed and back to the overview; then starting over asks first."""
    page = phone_without_js
    complete_scan(page, live_server, axe_violations, twin=twin)
    page.get_by_role("link", name="Pas je antwoorden aan").click()
    page.wait_for_url(re.compile(r"/scan/antwoorden/$"))
    assert_accessible(page, axe_violations, twin)
    page.locator('a[href="/scan/vraag/leeftijd/?terug=overzicht"]').click()
    page.wait_for_url(re.compile(r"/scan/vraag/leeftijd/\?terug=overzicht$"))
    assert_accessible(page, axe_violations, twin)
    page.locator('input[name="answer"]').fill("35")
    page.get_by_role("button", name="Bewaar je antwoord").click()
    page.wait_for_url(re.compile(r"/scan/antwoorden/$"))
    assert page.get_by_text("Je antwoord is aangepast.").is_visible()
    page.get_by_role("link", name="Naar je advies", exact=True).click()
    code = page.locator(".scan-code").inner_text()
    page.get_by_role("button", name="Begin een nieuwe scan").click()
    page.wait_for_url(re.compile(r"/scan/opnieuw/$"))
    assert_accessible(page, axe_violations, twin)
    assert page.locator(".scan-code").inner_text() == code
    page.get_by_role("button", name="Ja, begin een nieuwe scan").click()
    page.wait_for_url(re.compile(r"/scan/$"))
    assert page.locator(".scan-progress").inner_text().startswith("Stap 1 van")
