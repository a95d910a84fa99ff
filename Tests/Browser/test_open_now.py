"""Open now on real pages of the sample build: what a crew reads beside a pathway's hours.

The clock is fixed around the October 2026 clock change, at instants where reading UTC as
London's time would give the wrong answer: 07:30 UTC is 08:30 on Saturday 24 October (BST), so a
service opening at 08:00 is open, but 07:30 on Monday 26 October (GMT), so it is still closed.
The phone's own zone (New York in some tests) must make no difference.

Leeds's six sample pathways (Content/systems/west-yorkshire/leeds/) carry the hours used here:
- falls, urgent-community-response: Monday to Friday 08:00-20:00, weekends 09:00-17:00;
- frailty, sdec: every day 08:00-20:00, last referral 18:00;
- mental-health-crisis: every day 08:00-20:00;
- stroke: around the clock.
"""

import datetime

import pytest

SATURDAY_MORNING_BST = "2026-10-24T07:30:00Z"  # 08:30 in London
MONDAY_MORNING_GMT = "2026-10-26T07:30:00Z"  # 07:30 in London
SATURDAY_EVENING_BST = "2026-10-24T19:45:00Z"  # 20:45 in London
MONDAY_EVENING_GMT = "2026-10-26T19:45:00Z"  # 19:45 in London

# What each Leeds pathway's open-now line says at each instant: (state, text).
LEEDS = {
    "falls": {
        SATURDAY_MORNING_BST: ("closed", "Closed, opens 09:00"),
        MONDAY_MORNING_GMT: ("closed", "Closed, opens 08:00"),
        SATURDAY_EVENING_BST: ("closed", "Closed, opens Sunday 09:00"),
        MONDAY_EVENING_GMT: ("closing-soon", "Closing soon, closes 20:00"),
    },
    "frailty": {
        SATURDAY_MORNING_BST: ("open", "Open, closes 20:00; last referral 18:00"),
        MONDAY_MORNING_GMT: ("closed", "Closed, opens 08:00"),
        SATURDAY_EVENING_BST: ("closed", "Closed, opens Sunday 08:00"),
        MONDAY_EVENING_GMT: ("last-referral-passed", "Open, but no referrals after 18:00; closes 20:00"),
    },
    "mental-health-crisis": {
        SATURDAY_MORNING_BST: ("open", "Open, closes 20:00"),
        MONDAY_MORNING_GMT: ("closed", "Closed, opens 08:00"),
        SATURDAY_EVENING_BST: ("closed", "Closed, opens Sunday 08:00"),
        MONDAY_EVENING_GMT: ("closing-soon", "Closing soon, closes 20:00"),
    },
    "sdec": {
        SATURDAY_MORNING_BST: ("open", "Open, closes 20:00; last referral 18:00"),
        MONDAY_MORNING_GMT: ("closed", "Closed, opens 08:00"),
        SATURDAY_EVENING_BST: ("closed", "Closed, opens Sunday 08:00"),
        MONDAY_EVENING_GMT: ("last-referral-passed", "Open, but no referrals after 18:00; closes 20:00"),
    },
    "stroke": {
        SATURDAY_MORNING_BST: ("open", "Open 24 hours"),
        MONDAY_MORNING_GMT: ("open", "Open 24 hours"),
        SATURDAY_EVENING_BST: ("open", "Open 24 hours"),
        MONDAY_EVENING_GMT: ("open", "Open 24 hours"),
    },
    "urgent-community-response": {
        SATURDAY_MORNING_BST: ("closed", "Closed, opens 09:00"),
        MONDAY_MORNING_GMT: ("closed", "Closed, opens 08:00"),
        SATURDAY_EVENING_BST: ("closed", "Closed, opens Sunday 09:00"),
        MONDAY_EVENING_GMT: ("closing-soon", "Closing soon, closes 20:00"),
    },
}

STATES = ["open", "closing-soon", "last-referral-passed", "closed"]
INSTANTS = [SATURDAY_MORNING_BST, MONDAY_MORNING_GMT, SATURDAY_EVENING_BST, MONDAY_EVENING_GMT]
PHONE_ZONES = ["Europe/London", "America/New_York"]

# Suspended and retired sample pathways, with the place page that lists them.
NOT_ACTIVE = [
    ("pathways/doncaster/sdec.html", "places/doncaster.html", "suspended"),
    ("pathways/cornwall/falls.html", "places/cornwall.html", "suspended"),
    ("pathways/wigan/mental-health-crisis.html", "places/wigan.html", "retired"),
    ("pathways/darlington/mental-health-crisis.html", "places/darlington.html", "retired"),
]


def instant(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def open_at(new_page, url, at, zone="Europe/London"):
    """Opens `url` with the page's clock fixed at `at` and the phone set to `zone`."""
    page = new_page(timezone_id=zone)
    page.clock.set_fixed_time(instant(at))
    page.goto(url)
    page.wait_for_selector(".open-now[data-state]", state="attached", timeout=10_000)
    return page


def check_line(line, state, text):
    """One open-now line: shown, saying `text`, with its state as an attribute and a class."""
    assert line.is_visible(), f"the open-now line is hidden (expected {text!r})"
    assert line.text_content().strip() == text
    assert line.get_attribute("data-state") == state
    classes = (line.get_attribute("class") or "").split()
    assert "open-now" in classes
    assert [name for name in classes if name.startswith("open-now--")] == [f"open-now--{state}"]
    # The state is in words, never in colour alone.
    assert text.split(",")[0] in ("Open", "Closing soon", "Closed", "Open 24 hours")
    assert line.get_attribute("title") is None


def card(page, place, pathway):
    """The card on a place page that links to `pathway` at `place`."""
    link = page.locator(f'a[href$="pathways/{place}/{pathway}.html"]')
    return page.locator(".card", has=link)


@pytest.mark.parametrize("zone", PHONE_ZONES)
@pytest.mark.parametrize("at", INSTANTS)
def test_pathway_page_says_whether_it_is_open_in_london_time(new_page, site_url, at, zone):
    page = open_at(new_page, site_url + "pathways/leeds/sdec.html", at, zone)
    state, text = LEEDS["sdec"][at]
    assert page.locator('section[aria-labelledby="hours"] .open-now').count() == 1
    # The page may say it in more than one place (the summary too): each says the same.
    lines = page.locator("article.pathway .open-now")
    for index in range(lines.count()):
        check_line(lines.nth(index), state, text)
    # The written hours stay beside it.
    assert "08:00" in page.locator("table.hours").text_content()
    assert page.script_errors == []


@pytest.mark.parametrize("zone", PHONE_ZONES)
@pytest.mark.parametrize("at", INSTANTS)
def test_place_page_says_it_on_every_card(new_page, site_url, at, zone):
    page = open_at(new_page, site_url + "places/leeds.html", at, zone)
    for pathway, answers in LEEDS.items():
        found = card(page, "leeds", pathway)
        assert found.count() == 1, f"one card for {pathway}"
        lines = found.locator(".open-now")
        assert lines.count() == 1, f"one open-now line on the {pathway} card"
        state, text = answers[at]
        check_line(lines.first, state, text)
    # Every active card has its line, and every line was filled.
    assert page.locator(".card-active").count() == page.locator(".card-active .open-now").count()
    assert page.locator(".open-now:not([data-state])").count() == 0
    assert page.script_errors == []


def test_the_clock_change_itself_changes_the_answer(new_page, site_url):
    """The same UTC time of day, two days apart, reads differently either side of the change."""
    before = open_at(new_page, site_url + "pathways/leeds/mental-health-crisis.html", SATURDAY_MORNING_BST)
    after = open_at(new_page, site_url + "pathways/leeds/mental-health-crisis.html", MONDAY_MORNING_GMT)
    assert before.locator(".open-now").first.get_attribute("data-state") == "open"
    assert after.locator(".open-now").first.get_attribute("data-state") == "closed"


def test_the_line_refreshes_every_30_seconds(new_page, site_url):
    page = new_page(timezone_id="America/New_York")
    page.clock.install(time=instant("2026-10-26T07:59:45Z"))
    page.goto(site_url + "pathways/leeds/sdec.html")
    line = page.locator('section[aria-labelledby="hours"] .open-now')
    page.wait_for_selector(".open-now[data-state]", state="attached", timeout=10_000)
    check_line(line, "closed", "Closed, opens 08:00")
    page.clock.run_for(30_000)
    check_line(line, "open", "Open, closes 20:00; last referral 18:00")
    assert page.script_errors == []


def test_the_line_refreshes_when_the_page_is_shown_again(new_page, site_url):
    page = new_page()
    page.clock.install(time=instant("2026-10-26T07:59:45Z"))
    page.goto(site_url + "places/leeds.html")
    page.wait_for_selector(".open-now[data-state]", state="attached", timeout=10_000)
    line = card(page, "leeds", "mental-health-crisis").locator(".open-now")
    check_line(line, "closed", "Closed, opens 08:00")
    # The phone slept: time moved on with no timer firing, then the page became visible again.
    page.clock.set_system_time(instant("2026-10-26T19:40:00Z"))
    assert line.text_content() == "Closed, opens 08:00"
    page.evaluate("() => document.dispatchEvent(new Event('visibilitychange'))")
    check_line(line, "closing-soon", "Closing soon, closes 20:00")
    assert page.script_errors == []


@pytest.mark.parametrize(("pathway", "place", "status"), NOT_ACTIVE, ids=[row[0] for row in NOT_ACTIVE])
def test_suspended_and_retired_pathways_never_say_open(new_page, site_url, pathway, place, status):
    page = new_page()
    page.clock.set_fixed_time(instant(SATURDAY_MORNING_BST))
    page.goto(site_url + pathway)
    assert page.locator(f"article.pathway.pathway-{status}").count() == 1
    assert page.locator(".open-now").count() == 0
    page.goto(site_url + place)
    link = pathway.removeprefix("pathways/")
    cards = page.locator(".card", has=page.locator(f'a[href$="{link}"]'))
    assert cards.count() >= 1, f"{place} lists {pathway}"
    for index in range(cards.count()):
        assert f"card-{status}" in cards.nth(index).get_attribute("class").split()
        assert cards.nth(index).locator(".open-now").count() == 0
    assert page.locator(f".card-{status} .open-now").count() == 0
    assert page.script_errors == []


@pytest.mark.parametrize("path", ["pathways/leeds/sdec.html", "places/leeds.html"])
def test_without_javascript_the_written_hours_remain_and_the_line_stays_hidden(new_page, site_url, path):
    page = new_page(java_script_enabled=False)
    page.goto(site_url + path)
    lines = page.locator(".open-now")
    assert lines.count() >= 1
    for index in range(lines.count()):
        line = lines.nth(index)
        assert line.get_attribute("hidden") is not None
        assert not line.is_visible()
        assert line.text_content() == ""
    if path.startswith("pathways/"):
        hours = page.locator("table.hours")
        assert hours.is_visible()
        assert "08:00" in hours.text_content() and "20:00" in hours.text_content()
    else:
        assert "08:00" in card(page, "leeds", "sdec").inner_text()


def test_a_broken_line_does_not_stop_the_others(new_page, site_url):
    page = new_page()
    page.clock.set_fixed_time(instant(SATURDAY_MORNING_BST))
    page.goto(site_url + "places/leeds.html")
    page.wait_for_selector(".open-now[data-state]", state="attached", timeout=10_000)
    page.evaluate(
        """() => {
            const lines = document.querySelectorAll('.open-now');
            lines[0].setAttribute('data-hours', '{"sessions": [{"days": ["someday"]}]}');
            for (const line of lines) { line.hidden = true; line.removeAttribute('data-state'); }
            window.WaymarkHours.refresh();
        }"""
    )
    lines = page.locator(".open-now")
    assert not lines.first.is_visible()
    for index in range(1, lines.count()):
        assert lines.nth(index).is_visible()
        assert lines.nth(index).get_attribute("data-state") in STATES


def test_a_site_in_another_zone_names_it_on_the_body(new_page, site_url):
    """Hours are read in the zone the body's `data-time-zone` names, London when it names none."""
    page = open_at(new_page, site_url + "pathways/leeds/sdec.html", MONDAY_EVENING_GMT)
    line = page.locator('section[aria-labelledby="hours"] .open-now')
    check_line(line, *LEEDS["sdec"][MONDAY_EVENING_GMT])
    # 19:45 UTC is 15:45 in New York.
    page.evaluate(
        "() => { document.body.setAttribute('data-time-zone', 'America/New_York'); window.WaymarkHours.refresh(); }"
    )
    check_line(line, "open", "Open, closes 20:00; last referral 18:00")
    assert page.script_errors == []
