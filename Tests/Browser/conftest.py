"""Shared fixtures for the browser tests: the built site served on loopback, and headless Chromium.

The tests run against `Site/` as `waymark build` wrote it (or the folder named by WAYMARK_SITE),
served over http://127.0.0.1 so that the service worker has a secure context. Chromium is
Debian's (`/usr/bin/chromium`, or WAYMARK_CHROMIUM); Playwright never downloads a browser.
"""

import functools
import http.server
import os
import pathlib
import re
import sys
import threading

import pytest
from playwright.sync_api import sync_playwright

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]
SITE = pathlib.Path(os.environ.get("WAYMARK_SITE", REPOSITORY / "Site")).resolve()
CHROMIUM = os.environ.get("WAYMARK_CHROMIUM", "/usr/bin/chromium")

# A phone held upright: what crews use in the field.
PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2, "is_mobile": True, "has_touch": True}

# A 1280 px wide desktop window at 400% zoom (WCAG 1.4.10 Reflow).
ZOOMED = {"viewport": {"width": 320, "height": 256}, "device_scale_factor": 1, "is_mobile": False, "has_touch": False}

# One example of every kind of page the site has. Each is found in the built site by what it
# holds (see `find_example`), so the tests follow the content rather than fixed names.
PAGE_KINDS = [
    "home",
    "trust",
    "system",
    "place",
    "pathway-active",
    "pathway-suspended",
    "pathway-retired",
    "pathway-type",
    "governance-body",
    "reference",
    "variation",
    "variation-type",
    "variation-trust",
    "search",
    "changes",
    "not-found",
]


# Every state the scripts can put the open-now line and the offline banner in, with words like the
# scripts', so that each state's colours are judged even when the clock or the network would not
# show it today.
SCRIPTED_STATES = [
    ("p", "open-now open-now--open", "Open, closes at 20:00"),
    ("p", "open-now open-now--closing-soon", "Closing soon, closes at 20:00"),
    ("p", "open-now open-now--last-referral-passed", "Open, but no referrals after 19:00; closes at 20:00"),
    ("p", "open-now open-now--closed", "Closed, opens at 08:00 on Monday"),
    ("div", "offline-status offline-status--offline", "Offline copy from 22 November 2026"),
    ("div", "offline-status offline-status--stale", "This offline copy is 9 days old: confirm with control before you refer."),
    ("div", "offline-status offline-status--updating", "This page is from an older build. Loading the current version…"),
]


def show_every_state(page):
    """Puts one element in each scripted state at the top of the page's main content."""
    page.evaluate(
        """states => {
            const main = document.querySelector('main');
            states.reverse().forEach(([tag, classes, text]) => {
                const element = document.createElement(tag);
                element.className = classes + ' state-under-test';
                element.textContent = text;
                main.prepend(element);
            });
        }""",
        SCRIPTED_STATES,
    )


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site without logging every request, with no caching so each build is seen."""

    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".js": "text/javascript",
        ".json": "application/json",
        ".atom": "application/atom+xml",
        ".xml": "application/xml",
    }

    def end_headers(self):
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, format, *args):
        pass


class QuietServer(http.server.ThreadingHTTPServer):
    """Says nothing when the browser drops a connection it no longer needs (a page closed while
    its stylesheet or a prefetch was still arriving)."""

    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


@pytest.fixture(scope="session")
def site_dir():
    if not (SITE / "index.html").is_file():
        pytest.fail(f"no built site at {SITE}: run `swift run waymark build` first")
    return SITE


def _first(paths, holding=None, largest=False):
    """The first of `paths` (the smallest file, then by name) whose text matches `holding`, if given.

    The smallest page of a kind has the parts of its template that the larger ones have, and
    keeps the checks that walk every element of a page quick. Pathway pages are small, and the
    largest of them has the most parts (closures, thresholds, a comparison): that one is taken."""
    for path in sorted(paths, key=lambda path: (-path.stat().st_size if largest else path.stat().st_size, path.name)):
        if holding is None or re.search(holding, path.read_text(encoding="utf-8")):
            return path
    return None


def find_example(site, kind):
    """The path, relative to the site root, of an example page of `kind`; None if the site has none.

    A place is one that lists a suspended or retired pathway when there is one, so that every card
    style is seen; a governance body is a joint committee when there is one. The search page is
    opened with a query, so that results are on it."""
    single = {
        "home": "index.html",
        "reference": "reference/index.html",
        "variation": "variation/index.html",
        "search": "search.html",
        "changes": "changes.html",
        "not-found": "404.html",
    }
    if kind in single:
        path = site / single[kind]
        if not path.is_file():
            return None
        return single[kind] + ("?q=falls" if kind == "search" else "")
    if kind.startswith("pathway-") and kind != "pathway-type":
        status = kind.removeprefix("pathway-")
        found = _first(site.glob("pathways/*/*.html"), rf'<article class="pathway pathway-{status}"', largest=True)
    elif kind == "place":
        places = list(site.glob("places/*.html"))
        found = _first(places, r'class="card card-(suspended|retired)"') or _first(places)
    elif kind == "governance-body":
        bodies = list(site.glob("governance/*.html"))
        found = _first([body for body in bodies if "joint-committee" in body.name]) or _first(bodies)
    else:
        folder = {
            "trust": "trusts",
            "system": "systems",
            "pathway-type": "types",
            "variation-type": "variation/types",
            "variation-trust": "variation/trusts",
        }[kind]
        found = _first(site.glob(f"{folder}/*.html"))
    return found.relative_to(site).as_posix() if found else None


@pytest.fixture(scope="session")
def example_pages(site_dir):
    """Every kind in PAGE_KINDS mapped to an example page's path (with any query), or None."""
    return {kind: find_example(site_dir, kind) for kind in PAGE_KINDS}


@pytest.fixture
def example_page(example_pages, site_url):
    """Returns the URL of the example page of a kind; fails if the site has no such page."""

    def url_of(kind):
        path = example_pages[kind]
        if path is None:
            pytest.fail(f"the built site has no {kind} page")
        return site_url + path

    return url_of


@pytest.fixture(scope="session")
def site_url(site_dir):
    """The served site's root URL, ending in `/`."""
    handler = functools.partial(QuietHandler, directory=str(site_dir))
    server = QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def playwright_instance():
    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(playwright_instance):
    browser = playwright_instance.chromium.launch(executable_path=CHROMIUM, headless=True)
    yield browser
    browser.close()


@pytest.fixture
def new_page(browser):
    """Opens a page in a fresh phone-sized context; extra keyword arguments go to the context
    (such as `timezone_id`, `service_workers`). Every context is closed after the test."""
    contexts = []

    def open_page(**options):
        context = browser.new_context(**{**PHONE, **options})
        contexts.append(context)
        page = context.new_page()
        errors = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.script_errors = errors
        return page

    yield open_page
    for context in contexts:
        context.close()
