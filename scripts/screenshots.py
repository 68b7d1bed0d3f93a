"""Regenerate the gallery of Wegwijzer's main pages, on a phone and on a desktop, in docs/screenshots/ (issue 12).

    .venv/bin/python scripts/screenshots.py            # the PNGs, and a table of tap targets under 44 px high
    .venv/bin/python scripts/screenshots.py --check    # the same, and exit 1 if a tap target outside text is too small

It makes a throw-away SQLite database in a temporary folder, loads the demo data (example data, not real offers or
people), starts `wegwijzer runserver` on a free port and walks the pages in Debian's chromium through Playwright, as
conftest.py does. The server runs with DEBUG off, so the 404 page is the one people see.
"""

import argparse
import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from PIL import Image
from playwright.sync_api import Page, sync_playwright

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
CHROMIUM = os.environ.get("WEGWIJZER_CHROMIUM", "/usr/bin/chromium")
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
# Only the first screens: enough to see a page, small enough to commit.
MAX_HEIGHT = {"phone": 2500, "desktop": 1600}
MIN_TAP = 44  # px, the height of a tap target (WCAG 2.5.5 AAA; NL Design System's own target size)
PASSWORD = "wegwijzer-demo"  # noqa: S105 - public: README "Accounts", every demo account has it

FIRST_QUESTION = "werk"
MULTI_QUESTION_PAGE = "uitkering"  # "Over jou en thuis": three questions on one page

# Every tappable thing that is visible, with its size, and whether it is a link inside running text (WCAG 2.5.8
# exempts those: their size is the line's). A check box or radio button is as high as the area that toggles it: the
# box itself and its label (a tap on the label ticks the box), measured by asking the page what is under each point.
TAP_TARGETS_JS = """
() => {
  const toggleHeight = el => {
    const labels = [...el.labels];
    const toggles = node => node && (node === el || labels.some(label => label.contains(node)));
    el.scrollIntoView({block: 'center', behavior: 'instant'});
    const box = el.getBoundingClientRect();
    const x = box.left + box.width / 2;
    let top = box.top + box.height / 2, bottom = top;
    while (top > 0 && toggles(document.elementFromPoint(x, top - 1))) top--;
    while (bottom < innerHeight && toggles(document.elementFromPoint(x, bottom + 1))) bottom++;
    return Math.max(box.height, bottom - top + 1);
  };
  return [...document.querySelectorAll('a, button, input:not([type=hidden]), select, textarea, summary')]
  .filter(el => el.getClientRects().length && getComputedStyle(el).visibility !== 'hidden')
  .map(el => {
    const box = el.getBoundingClientRect();
    const height = ['checkbox', 'radio'].includes(el.type) && el.tagName === 'INPUT' ? toggleHeight(el) : box.height;
    const parent = el.parentElement;
    const inline = el.tagName === 'A' && parent && ['P', 'LI', 'DD', 'TD'].includes(parent.tagName)
      && parent.textContent.trim() !== el.textContent.trim();
    const label = (el.textContent || el.value || el.name || el.type || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
    return {tag: el.tagName.toLowerCase() + (el.type && el.tagName !== 'A' ? '[' + el.type + ']' : ''),
            label, width: Math.round(box.width), height: Math.round(height), inline};
  });
}
"""


def single_mother() -> dict:
    """The person of issue 12's walk (the scan tests' worst case for reading), in the demo directory's town."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wegwijzer.conf.dev")
    import django

    django.setup()
    from wegwijzer.scan.tests.walk import SINGLE_MOTHER

    return {**SINGLE_MOTHER, "gemeente": "Demodam"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def prepare(folder: Path) -> dict:
    """The environment of a throw-away installation in ``folder``: its own SQLite file, demo mode, DEBUG off."""
    (folder / "gallery_settings.py").write_text(
        "from wegwijzer.conf.dev import *  # noqa: F403\nDEBUG = False\n", encoding="utf-8"
    )
    env = dict(os.environ)
    env.update(
        WEGWIJZER_BASE_DIR=str(folder),
        DATABASE_URL=f"sqlite:///{folder / 'gallery.sqlite3'}",
        WEGWIJZER_DEMO="1",
        DJANGO_SETTINGS_MODULE="gallery_settings",
        PYTHONPATH=os.pathsep.join([str(ROOT / "src"), str(folder)]),
    )
    return env


def wegwijzer(*args: str) -> list[str]:
    return [sys.executable, "-m", "wegwijzer.manage", *args]


def wait_until_up(url: str, server: subprocess.Popen) -> None:
    for _ in range(200):
        if server.poll() is not None:
            raise SystemExit(f"De server stopte meteen (code {server.returncode}).")
        try:
            urllib.request.urlopen(url, timeout=2)  # noqa: S310 - our own http:// address
            return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:
            time.sleep(0.1)
    raise SystemExit("De server kwam niet op binnen 20 seconden.")


def small(path: Path) -> None:
    """The PNG with a palette of 256 colours: text on flat colours looks the same, at about a third of the size."""
    with Image.open(path) as image:
        palette = image.convert("RGB").quantize(colors=256)
    palette.save(path, optimize=True)


def shoot(page: Page, name: str, report: list, start: str = "") -> None:
    """A phone and a desktop picture of the page as it is now (from the element ``start`` down, if given), and its
    tap targets on the phone."""
    for device, size in (("phone", PHONE), ("desktop", DESKTOP)):
        page.set_viewport_size(size)
        page.wait_for_timeout(50)
        top = page.locator(start).evaluate("el => el.getBoundingClientRect().top + scrollY") if start else 0
        height = min(page.evaluate("() => document.documentElement.scrollHeight") - top, MAX_HEIGHT[device])
        clip = {"x": 0, "y": top, "width": size["width"], "height": height}
        path = OUT / f"{name}-{device}.png"
        page.screenshot(path=path, full_page=True, clip=clip)
        small(path)
        if device == "phone":
            for target in page.evaluate(TAP_TARGETS_JS):
                if target["height"] < MIN_TAP:
                    report.append({"page": name, **target})
    page.set_viewport_size(PHONE)
    print(f"  {name}", flush=True)


def submit(page: Page, button) -> None:
    """Tap a submit button and wait for the next page (a normal load or htmx's boosted swap)."""
    with page.expect_response(lambda response: response.request.method == "POST"):
        button.click()
    page.wait_for_load_state()
    # htmx marks the body while it swaps and settles the new page in; tapping before that misses the new form.
    page.wait_for_function("() => !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')")


def answer_page(page: Page, answers: dict) -> None:
    """Answer the question page on screen as this person does: a choice button, or fields and 'Volgende'."""
    url_key = page.url.rstrip("/").rsplit("/", 1)[-1]
    url_key = FIRST_QUESTION if url_key == "scan" else url_key  # /scan/ shows the first question
    form = page.locator("form.scan-form")
    single = form.locator('[name="answer"]').count() > 0
    several = form.locator('[name$="-answer"]').evaluate_all("els => els.map(e => e.name)")
    names = ["answer"] if single else sorted(set(several))
    for name in names:
        value = answers.get(url_key if single else name.removesuffix("-answer"))
        fields = form.locator(f'[name="{name}"]')
        if value is None or fields.count() == 0:
            continue
        kind = fields.first.evaluate("el => el.tagName === 'BUTTON' ? 'button' : el.type")
        if kind == "button":
            submit(page, form.locator(f'button[name="answer"][value="{value}"]'))
            return
        if kind in ("radio", "checkbox"):
            for one in value if isinstance(value, list) else [value]:
                form.locator(f'[name="{name}"][value="{one}"]').check()
        else:
            fields.first.fill(str(value))
    if single and answers.get(url_key) is None:
        submit(page, form.locator('button[name="skip"]'))
    else:
        submit(page, form.locator(".scan-actions .utrecht-button--primary-action"))


def walk_scan(page: Page, base: str, answers: dict, report: list, suffix: str = "") -> None:
    page.goto(f"{base}/scan/")
    shoot(page, f"scan-first-question{suffix}", report)
    for _ in range(40):
        if "/scan/vraag/" not in page.url and not page.url.endswith("/scan/"):
            break
        if page.url.rstrip("/").endswith(MULTI_QUESTION_PAGE):
            shoot(page, f"scan-several-questions{suffix}", report)
        answer_page(page, answers)
    else:
        raise SystemExit(f"De scan eindigde niet; laatste pagina {page.url}")
    if "/scan/advies/" not in page.url:
        raise SystemExit(f"Na de laatste vraag kwam {page.url}, niet het advies.")


def log_in(page: Page, base: str, username: str) -> None:
    page.goto(f"{base}/account/inloggen/")
    page.fill('[name="username"]', username)
    page.fill('[name="password"]', PASSWORD)
    with page.expect_navigation():
        page.locator('main form button[type="submit"]').first.click()
    if "/inloggen/" in page.url:
        raise SystemExit(f"Inloggen als {username} lukte niet.")


def first_link(page: Page, selector: str) -> str:
    return page.locator(selector).first.get_attribute("href")


def gallery(base: str, report: list) -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        try:
            context = browser.new_context(viewport=PHONE, locale="nl-NL", has_touch=True)
            page = context.new_page()
            page.goto(f"{base}/")
            shoot(page, "home", report)
            walk_scan(page, base, single_mother(), report)
            shoot(page, "advice", report)
            page.goto(f"{base}/scan/antwoorden/")
            shoot(page, "scan-answers", report)
            page.goto(f"{base}/scan/plan/aanpassen/")
            shoot(page, "plan-form", report)
            page.goto(f"{base}/aanbod/")
            shoot(page, "catalogue", report)
            offer = first_link(page, 'main a[href^="/aanbod/"][href$="/"]')
            page.goto(base + offer)
            shoot(page, "offer", report)
            page.goto(f"{base}/scan/opnieuw/")
            shoot(page, "start-over", report)
            page.goto(f"{base}/account/aanmelden/")
            shoot(page, "signup", report)
            page.goto(f"{base}/account/inloggen/")
            shoot(page, "login", report)
            page.goto(f"{base}/privacyverklaring/")
            shoot(page, "privacyverklaring", report)
            page.goto(f"{base}/deze-pagina-bestaat-niet/")
            shoot(page, "not-found", report)
            context.close()

            # Issue 18: the same scan and advice in Arabic (right to left) and Polish, chosen by the browser's language.
            for language in ("ar", "pl"):
                context = browser.new_context(viewport=PHONE, locale=language, has_touch=True)
                page = context.new_page()
                walk_scan(page, base, single_mother(), report, suffix=f"-{language}")
                shoot(page, f"advice-{language}", report)
                context.close()

            for username, shots in (
                (
                    "demo-deelnemer",
                    (
                        ("mijn-wegwijzer", "/account/mijn-wegwijzer/"),
                        ("privacy", "/account/privacy/"),
                        ("offer-review", offer),
                        ("my-work", "/werk/"),
                        ("messages", "/account/berichten/"),
                        ("stories", "/verhalen/"),
                        ("my-coach", "/account/coach/"),
                        ("my-coach-plan", "/account/coach/plan/"),
                        ("budget-code", "/ontwikkelbudget/code/"),
                        ("ontwikkelgesprek", "/organisatie/ontwikkelgesprek/"),
                    ),
                ),
                (
                    "demo-coach",
                    (
                        ("coach-caseload", "/coach/"),
                        ("coach-file", None),
                        ("coach-money", "geld/"),
                        ("coach-invite", "/coach/uitnodigen/"),
                    ),
                ),
                (
                    "demo-werkgever",
                    (
                        ("employer-organisation", "/organisatie/"),
                        ("employer-invite", "/organisatie/uitnodigen/"),
                        ("learning-climate", "/organisatie/leerklimaat/"),
                        ("budget-give", "/ontwikkelbudget/geven/"),
                    ),
                ),
                ("demo-regio", (("region-scans", "/organisatie/scans/"),)),
                ("demo-aanbieder", (("provider-sign-ups", "/ontwikkelbudget/aanmeldingen/"),)),
            ):
                context = browser.new_context(viewport=PHONE, locale="nl-NL", has_touch=True)
                page = context.new_page()
                log_in(page, base, username)
                coach_file = ""
                for name, path in shots:
                    # The coach's first person: the file linked from the caseload page (the id differs per run);
                    # a path without a leading slash is a page of that person ("geld/").
                    if path is None:
                        coach_file = first_link(page, 'main a[href$="/dossier/"]')
                        path = coach_file
                    elif not path.startswith("/"):
                        path = coach_file.removesuffix("dossier/") + path
                    page.goto(f"{base}{path}")
                    shoot(page, name, report, start="form[action$='/ervaring/']" if name == "offer-review" else "")
                context.close()
        finally:
            browser.close()


def print_table(report: list) -> None:
    print(f"\nTap targets under {MIN_TAP} px high on the phone ({len(report)}; 'inline' = a link in running text):")
    print(f"{'page':24} {'element':18} {'w×h':>9}  inline  label")
    for row in report:
        size = f"{row['width']}×{row['height']}"
        print(f"{row['page']:24} {row['tag']:18} {size:>9}  {'yes' if row['inline'] else 'no':6}  {row['label']}")
    pages = dict.fromkeys(row["page"] for row in report)
    counts = ", ".join(f"{page} {sum(row['page'] == page and not row['inline'] for row in report)}" for page in pages)
    print(f"Per page, outside running text: {counts}")


@contextlib.contextmanager
def server(env: dict, folder: str):
    """`wegwijzer runserver` on a free port with these settings, stopped at the end, also after an error."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    process = subprocess.Popen(  # noqa: S603 - our own command, fixed arguments
        wegwijzer("runserver", f"127.0.0.1:{port}", "--noreload", "--insecure"),
        env=env,
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until_up(f"{base}/", process)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


def example_themes(env: dict, folder: str, report: list) -> None:
    """The home page in the look of each example municipality of the demo (WEGWIJZER_THEME_EXAMPLE)."""
    for example in ("demodam", "voorbeeldstad"):
        with server({**env, "WEGWIJZER_THEME_EXAMPLE": example}, folder) as base, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
            try:
                page = browser.new_page(viewport=PHONE, locale="nl-NL", has_touch=True)
                page.goto(f"{base}/")
                shoot(page, f"home-{example}", report)
            finally:
                browser.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if a tap target outside running text is too small")
    check = parser.parse_args().check
    OUT.mkdir(parents=True, exist_ok=True)
    report: list = []
    with tempfile.TemporaryDirectory(prefix="wegwijzer-gallery-") as folder:
        env = prepare(Path(folder))
        for command in (("migrate", "--verbosity", "0"), ("load_demo_data",)):
            subprocess.run(wegwijzer(*command), env=env, check=True, cwd=folder, stdout=subprocess.DEVNULL)  # noqa: S603
        print(f"Screenshots in {OUT.relative_to(ROOT)}:")
        with server(env, folder) as base:
            gallery(base, report)
        example_themes(env, folder, report)
    print_table(report)
    blocking = [row for row in report if not row["inline"]]
    if check and blocking:
        print(f"\nFOUT: {len(blocking)} tap targets buiten lopende tekst zijn lager dan {MIN_TAP} px.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
