"""Screenshots of every kind of page at phone width, for a person to review, and the print view.

They are written to the folder named by WAYMARK_SCREENSHOTS (`Site-screenshots/` at the
repository root by default): `<kind>.png` for each kind of page as a phone shows it,
`states.png` for every state of the open-now line and the offline banner, and `<kind>-print.pdf`
for the pages crews are most likely to print. Nothing is compared: a person looks at them."""

import os
import pathlib

import pytest

from conftest import PAGE_KINDS, PHONE, REPOSITORY, show_every_state

SCREENSHOTS = pathlib.Path(os.environ.get("WAYMARK_SCREENSHOTS", REPOSITORY / "Site-screenshots")).resolve()

# A full page taller than this is cut here: the top of a page is what a reviewer needs, and a
# screenshot of a 50,000 px table is no use to anyone.
TALLEST = 8000


@pytest.fixture(scope="module")
def screenshots():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


def open_at_build_time(new_page, url):
    """Opens a page with the clock at ten in the morning of the build date, London time, so that
    the open-now lines and the offline banner show what a crew would see on that day."""
    page = new_page(service_workers="block", timezone_id="Europe/London")
    page.goto(url)
    built = page.evaluate("document.body.dataset.built || ''")
    if built:
        page.clock.set_fixed_time(f"{built}T10:00:00+00:00")
        page.reload()
    if "?q=" in url:
        page.locator("#search-results li").first.wait_for()
    return page


@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_phone_screenshot(kind, example_page, new_page, screenshots):
    page = open_at_build_time(new_page, example_page(kind))
    height = page.evaluate("document.documentElement.scrollHeight")
    target = screenshots / f"{kind}.png"
    if height <= TALLEST:
        page.screenshot(path=str(target), full_page=True)
    else:
        page.screenshot(path=str(target), full_page=True, clip={"x": 0, "y": 0, "width": PHONE["viewport"]["width"], "height": TALLEST})
    assert target.stat().st_size > 0


def test_screenshot_of_every_scripted_state(example_page, new_page, screenshots):
    """`states.png`: each open-now state and offline banner, whatever the clock says today."""
    page = open_at_build_time(new_page, example_page("pathway-active"))
    show_every_state(page)
    box = page.evaluate(
        """() => {
            const shown = [...document.querySelectorAll('.state-under-test')].map(element => element.getBoundingClientRect());
            return {top: Math.min(...shown.map(box => box.top + scrollY)), bottom: Math.max(...shown.map(box => box.bottom + scrollY))};
        }"""
    )
    clip = {"x": 0, "y": box["top"] - 8, "width": PHONE["viewport"]["width"], "height": box["bottom"] - box["top"] + 16}
    page.screenshot(path=str(screenshots / "states.png"), full_page=True, clip=clip)


@pytest.mark.parametrize("kind", ["pathway-active", "pathway-suspended", "place"])
def test_print_view_keeps_the_content_and_the_warnings_and_drops_the_chrome(kind, example_page, new_page, screenshots):
    page = open_at_build_time(new_page, example_page(kind))
    page.emulate_media(media="print")
    shown = page.evaluate(
        """() => {
            const shown = selector => [...document.querySelectorAll(selector)].some(element => {
                const box = element.getBoundingClientRect();
                return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
            });
            const selectors = ['.skip-link', '.site-header', '.site-footer', '.breadcrumbs', '.search-form',
                               '.offline-status', '.sample-banner', 'main h1', '.warning', '.card-warning', '.status'];
            const colours = getComputedStyle(document.body);
            return {...Object.fromEntries(selectors.map(selector => [selector, shown(selector)])),
                    background: colours.backgroundColor, color: colours.color};
        }"""
    )
    for chrome in [".skip-link", ".site-header", ".site-footer", ".breadcrumbs", ".search-form", ".offline-status"]:
        assert not shown[chrome], f"{chrome} should not print"
    sample = page.evaluate("!!document.querySelector('.sample-banner')")
    assert shown[".sample-banner"] == sample, "the sample banner should print"
    assert shown["main h1"]
    if kind == "pathway-suspended":
        assert shown[".warning"], "the suspended warning should print"
    if kind == "place" and page.evaluate("!!document.querySelector('.card-warning')"):
        assert shown[".card-warning"], "a card's warning should print"
    assert shown["background"] in ("rgb(255, 255, 255)", "rgba(0, 0, 0, 0)"), shown
    assert shown["color"] == "rgb(0, 0, 0)", shown
    page.pdf(path=str(screenshots / f"{kind}-print.pdf"), format="A4", print_background=False)
