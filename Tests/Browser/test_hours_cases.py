"""The site's hours script answers every case of the hours engine's fixture exactly as the Swift
engine must: state, next change (kind, London date and time, and instant) and the line crews read.

The fixture (`Tests/WaymarkKitTests/Fixtures/hours/cases.json`) is shared with the Swift tests,
so the two engines cannot drift apart. Every case runs in a browser set to London, New York and
Kolkata: the answer is London's wall clock whatever zone the phone is in.
"""

import json
import pathlib

import pytest

FIXTURE = pathlib.Path(__file__).resolve().parents[1] / "WaymarkKitTests" / "Fixtures" / "hours" / "cases.json"
CASES = json.loads(FIXTURE.read_text(encoding="utf-8"))["cases"]
# Each zone with the offset its own clock has from UTC on 1 July 2026, in minutes as
# `Date.getTimezoneOffset` gives it (UTC minus local), to check the browser really runs in it.
ZONES = {"Europe/London": -60, "America/New_York": 240, "Asia/Kolkata": -330}

# Runs each case through the page's engine and puts the answer in the fixture's own terms.
RUN_CASES = """
(cases) => cases.map((c) => {
  try {
    const answer = window.WaymarkHours.status(c.hours, c.bank_holiday_dates, new Date(c.at));
    const next = answer.next;
    if (next && !(next.at instanceof Date)) return {error: 'next.at is not a Date'};
    return {
      state: answer.state,
      next: next && {
        change: next.change, date: next.date, time: next.time,
        at: next.at.toISOString().replace(/\\.\\d{3}Z$/, 'Z'),
      },
      description: answer.description,
    };
  } catch (error) {
    return {error: String(error)};
  }
})
"""


@pytest.fixture(scope="module")
def answers(browser, site_url):
    """The script's answer to every case, per browser zone, worked out once per zone."""
    found = {}

    def answers_in(zone):
        if zone not in found:
            context = browser.new_context(timezone_id=zone)
            try:
                page = context.new_page()
                errors = []
                page.on("pageerror", lambda error: errors.append(str(error)))
                page.goto(site_url + "index.html")
                page.wait_for_function("() => window.WaymarkHours && typeof window.WaymarkHours.status === 'function'")
                # Chromium may name a zone by an older alias (Asia/Calcutta), so its clock is checked.
                offset = page.evaluate("() => new Date('2026-07-01T00:00:00Z').getTimezoneOffset()")
                assert offset == ZONES[zone], f"the browser is not running in {zone}"
                found[zone] = page.evaluate(RUN_CASES, CASES)
                assert errors == [], f"script errors on the home page: {errors}"
            finally:
                context.close()
        return found[zone]

    return answers_in


def test_the_fixture_has_cases():
    assert len(CASES) >= 50
    assert len({case["name"] for case in CASES}) == len(CASES), "case names must be unique to report failures"


@pytest.mark.parametrize("zone", ZONES)
@pytest.mark.parametrize("index", range(len(CASES)), ids=[case["name"] for case in CASES])
def test_case(answers, zone, index):
    case = CASES[index]
    answer = answers(zone)[index]
    assert "error" not in answer, f"{case['name']} ({case['at']}, browser in {zone}): {answer['error']}"
    assert answer == case["expect"], (
        f"{case['name']} ({case['at']}, browser in {zone}):\n"
        f"  expected {json.dumps(case['expect'])}\n"
        f"  answered {json.dumps(answer)}"
    )
