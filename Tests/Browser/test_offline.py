"""The catalogue offline: the service worker keeps the whole build, pages say how old their copy is,
and an old copy never stands in for a newer build the phone can reach.

Each test starts from an empty browser profile, waits until the service worker has kept every file
that `sw.js` lists, and then takes the network away or changes what the server has.
"""

import datetime
import functools
import hashlib
import json
import re
import shutil
import threading
import time

import pytest
from conftest import QuietHandler, QuietServer
from playwright.sync_api import expect

MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]

# Long enough for the service worker to give up on the network (4 s) and answer from its copy.
SLOW = 6.0


def long_date(text):
    date = datetime.date.fromisoformat(text)
    return f"{date.day} {MONTHS[date.month - 1]} {date.year}"


def precached_files(site):
    """The paths of the `FILES` list ([path, revision] pairs) that the build wrote into `sw.js`."""
    source = (site / "sw.js").read_text(encoding="utf-8")
    match = re.search(r"\bFILES\s*=\s*", source)
    assert match, "sw.js declares no FILES list"
    files, _ = json.JSONDecoder().raw_decode(source, match.end())
    assert all(len(entry) == 2 and re.fullmatch(r"[0-9a-f]{16}", entry[1]) for entry in files), files[:3]
    return [path for path, _ in files]


def revision_of(site, path):
    """The revision a page carries, and the file listing the current one."""
    html = (site / path).read_text(encoding="utf-8")
    revision = re.search(r'data-revision="([0-9a-f]{16})"', html).group(1)
    check = re.search(r'data-check="([^"]+)"', html).group(1)
    return revision, check


def version(site):
    return json.loads((site / "version.json").read_text(encoding="utf-8"))


def pathway_page(site, status):
    """A pathway page of the given status, as a path from the site root."""
    for path in sorted((site / "pathways").rglob("*.html")):
        if f'class="pathway pathway-{status}"' in path.read_text(encoding="utf-8"):
            return path.relative_to(site).as_posix()
    pytest.skip(f"the site has no {status} pathway")


def place_page(site):
    preferred = site / "places" / "leeds.html"
    if preferred.is_file():
        return "places/leeds.html"
    return sorted((site / "places").glob("*.html"))[0].relative_to(site).as_posix()


def wait_for_offline_copy(page, site, timeout=120):
    """Waits until the service worker controls the page and its cache holds every listed file."""
    page.evaluate("async () => { await navigator.serviceWorker.ready; }")
    expected = len(precached_files(site))
    build = version(site)["build"]
    deadline = time.monotonic() + timeout
    kept = None
    while time.monotonic() < deadline:
        kept = page.evaluate(
            """async (name) => {
                if (!(await caches.has(name))) return -1;
                return (await (await caches.open(name)).keys()).length;
            }""",
            f"waymark-{build}",
        )
        if kept == expected:
            break
        time.sleep(0.25)
    assert kept == expected, f"the offline copy holds {kept} of {expected} files"
    # Controlled pages are the ones the worker answers for. A function, not a bare expression:
    # while it polls, Playwright evaluates a bare expression with eval, which the pages' policy forbids.
    page.wait_for_function("() => navigator.serviceWorker.controller !== null")


def title_of(path):
    match = re.search(r"<h1>(.*?)</h1>", path.read_text(encoding="utf-8"))
    return match.group(1).replace("&#39;", "'").replace("&amp;", "&")


# --- A server of our own, over a copy of the site that the tests change -----------------------


class ChangingSiteHandler(QuietHandler):
    """The conftest's handler, with some paths answered slowly on purpose."""

    slow_paths = None
    requested = None

    def do_GET(self):
        path = self.path.split("?", 1)[0].lstrip("/")
        self.requested.append(path)
        if path in self.slow_paths:
            time.sleep(SLOW)
        super().do_GET()


class ServedCopy:
    def __init__(self, folder, url, slow_paths, requested):
        self.folder = folder
        self.url = url
        self.slow_paths = slow_paths
        # Every path the server was asked for, in order.
        self.requested = requested

    def list_revision(self, path, revision):
        """Makes the server's list alone name another revision of the page at `path`, as a
        half-published site would."""
        _, check = revision_of(self.folder, path)
        listing = json.loads((self.folder / check).read_text(encoding="utf-8"))
        listing[path] = revision
        (self.folder / check).write_text(json.dumps(listing, separators=(",", ":")), encoding="utf-8")

    def publish_new_build(self, suspend):
        """Turns the copy into another build, as waymark would write it: each pathway page in
        `suspend` switched from active to suspended, with a new revision in the page, in the list
        of current revisions and in `sw.js`, and a new version in `sw.js` and `version.json`.
        Every other page is unchanged. Returns the new version and each changed page's revision."""
        old = version(self.folder)["build"]
        new = hashlib.sha256(f"{old} and after".encode()).hexdigest()[: len(old)]
        worker = (self.folder / "sw.js").read_text(encoding="utf-8")
        revisions = {}
        for path in suspend:
            page = self.folder / path
            html = page.read_text(encoding="utf-8")
            html = html.replace('class="pathway pathway-active"', 'class="pathway pathway-suspended"', 1)
            html = html.replace(
                '<span class="status status-active">Active</span>',
                '<span class="status status-suspended">Suspended</span>\n'
                '<div class="warning" role="alert"><p><strong>Suspended: this pathway is not taking '
                "referrals. Do not refer; use the usual route.</strong></p></div>",
                1,
            )
            html = re.sub(r'<p class="open-now"[^>]*>\s*</p>', "", html)
            before, _ = revision_of(self.folder, path)
            after = hashlib.sha256(f"{before} and after".encode()).hexdigest()[:16]
            page.write_text(html.replace(f'data-revision="{before}"', f'data-revision="{after}"', 1), encoding="utf-8")
            self.list_revision(path, after)
            listed = f'["{path}","{before}"]'
            assert listed in worker, listed
            worker = worker.replace(listed, f'["{path}","{after}"]')
            revisions[path] = after
        (self.folder / "sw.js").write_text(worker.replace(old, new), encoding="utf-8")
        (self.folder / "version.json").write_text(
            json.dumps({**version(self.folder), "build": new}), encoding="utf-8"
        )
        return new, revisions


@pytest.fixture
def served_copy(site_dir, tmp_path):
    """A copy of the site in a temporary folder, served like the real one; paths added to
    `slow_paths` are answered only after SLOW seconds."""
    folder = tmp_path / "site"
    shutil.copytree(site_dir, folder)
    slow_paths = set()
    requested = []
    handler = functools.partial(
        type("Handler", (ChangingSiteHandler,), {"slow_paths": slow_paths, "requested": requested}),
        directory=str(folder),
    )
    server = QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield ServedCopy(folder, f"http://127.0.0.1:{server.server_address[1]}/", slow_paths, requested)
    server.shutdown()
    server.server_close()


# Records, across reloads of the tab, every state the banner takes and whether any "open now"
# answer was visible at that moment.
RECORD_BANNER = """
(() => {
  const record = () => {
    const banner = document.getElementById('offline-status');
    if (!banner) return;
    const seen = JSON.parse(sessionStorage.getItem('test-banners') || '[]');
    seen.push({
      revision: document.body.dataset.revision,
      hidden: banner.hidden,
      className: banner.className,
      role: banner.getAttribute('role'),
      text: banner.textContent,
      openNowShown: document.querySelectorAll('.open-now:not([hidden])').length,
    });
    sessionStorage.setItem('test-banners', JSON.stringify(seen));
  };
  document.addEventListener('DOMContentLoaded', () => {
    const banner = document.getElementById('offline-status');
    if (!banner) return;
    new MutationObserver(record).observe(banner, {
      attributes: true, childList: true, characterData: true, subtree: true,
    });
  });
})();
"""


def recorded_banners(page):
    """Every banner state RECORD_BANNER has seen in this tab, oldest first."""
    return json.loads(page.evaluate("sessionStorage.getItem('test-banners') || '[]'"))


def page_with_the_copy_kept(served_copy, new_page, path):
    """A page of the served copy that records its banners, opened at `path` once the service
    worker has kept the whole build."""
    page = new_page()
    page.add_init_script(RECORD_BANNER)
    page.goto(served_copy.url + path)
    wait_for_offline_copy(page, served_copy.folder)
    return page


# --- The tests --------------------------------------------------------------------------------


def test_pages_never_visited_open_offline_with_the_date_of_the_copy(site_url, site_dir, new_page):
    # West of Greenwich, a date read as UTC midnight would show as the day before.
    page = new_page(timezone_id="America/New_York")
    page.clock.set_fixed_time(datetime.datetime.fromisoformat(version(site_dir)["built"] + "T17:00:00+00:00"))
    page.goto(site_url + "index.html")
    banner = page.locator("#offline-status")
    expect(banner).to_be_hidden()
    wait_for_offline_copy(page, site_dir)

    page.context.set_offline(True)
    # The worker's own requests are cut off too: a file it does not keep cannot be fetched.
    not_kept = set(precached_files(site_dir)) | {"sw.js", "version.json"}
    every_file = sorted(path.relative_to(site_dir).as_posix() for path in site_dir.rglob("*") if path.is_file())
    unkept = next(relative for relative in every_file if relative not in not_kept)
    assert page.evaluate("(url) => fetch(url).then((r) => r.status, () => 'failed')", site_url + unkept) != 200
    page.reload()
    expected = "Offline copy from " + long_date(version(site_dir)["built"])
    expect(banner).to_have_text(expected)
    expect(banner).to_have_class(re.compile(r"\boffline-status--offline\b"))
    expect(banner).to_be_visible()

    place = place_page(site_dir)
    page.goto(site_url + place)
    expect(page.locator("h1")).to_have_text(title_of(site_dir / place))
    expect(banner).to_have_text(expected)

    pathway = pathway_page(site_dir, "active")
    page.goto(site_url + pathway)
    expect(page.locator("h1")).to_have_text(title_of(site_dir / pathway))
    expect(page.locator("article.pathway")).to_have_class(re.compile(r"\bpathway-active\b"))
    expect(banner).to_have_text(expected)

    # A folder's address is its index page.
    page.goto(site_url)
    expect(page.locator("h1")).to_have_text(title_of(site_dir / "index.html"))

    # An address the catalogue does not have gets the kept "not found" page.
    if (site_dir / "404.html").is_file():
        response = page.goto(site_url + "places/nowhere-at-all.html")
        assert response.status == 404
        expect(page.locator("h1")).to_have_text(title_of(site_dir / "404.html"))

    # Search still works from the kept index.
    name = title_of(site_dir / place)
    page.goto(site_url + "search.html")
    page.locator("#search-input").fill(name)
    page.locator("#search-input").press("Enter")
    expect(page.locator("#search-results")).to_contain_text(name, timeout=10000)
    expect(banner).to_have_text(expected)
    assert page.script_errors == []


def test_an_offline_copy_more_than_a_week_old_warns_to_confirm_with_control(site_url, site_dir, new_page):
    built = version(site_dir)["built"]
    build_day = datetime.datetime.fromisoformat(built + "T12:00:00+00:00")
    page = new_page(timezone_id="Europe/London")
    page.goto(site_url + "index.html")
    wait_for_offline_copy(page, site_dir)
    page.context.set_offline(True)
    banner = page.locator("#offline-status")
    place = place_page(site_dir)

    # A week old is still only an offline copy.
    page.clock.set_fixed_time(build_day + datetime.timedelta(days=7))
    page.goto(site_url + place)
    expect(banner).to_have_text("Offline copy from " + long_date(built))
    expect(banner).not_to_have_attribute("role", "alert")

    page.clock.set_fixed_time(build_day + datetime.timedelta(days=9))
    page.goto(site_url + pathway_page(site_dir, "active"))
    expect(banner).to_be_visible()
    expect(banner).to_have_class(re.compile(r"\boffline-status--stale\b"))
    expect(banner).to_have_attribute("role", "alert")
    expect(banner).to_have_text(
        f"This offline copy is 9 days old (from {long_date(built)}). Hours, phone numbers and whether a "
        "pathway is taking referrals may have changed: confirm with control before you refer."
    )

    # The count goes by the phone's calendar date, not by hours since the build.
    midnight = datetime.datetime.fromisoformat(built + "T00:00:00+00:00") + datetime.timedelta(days=9)
    page.clock.set_fixed_time(midnight - datetime.timedelta(minutes=15))
    page.goto(site_url + place)
    expect(banner).to_contain_text("This offline copy is 8 days old")
    page.clock.set_fixed_time(midnight + datetime.timedelta(minutes=15))
    page.goto(site_url + place)
    expect(banner).to_contain_text("This offline copy is 9 days old")
    assert page.script_errors == []


def test_a_page_from_the_copy_on_a_slow_network_says_so_before_the_server_answers(served_copy, new_page):
    site = served_copy.folder
    pathway = pathway_page(site, "active")
    page = new_page()
    page.goto(served_copy.url + "index.html")
    wait_for_offline_copy(page, site)

    # The server is slow with the page and with its version: the worker answers from its copy,
    # and the page says it is an offline copy until the server confirms it is current.
    served_copy.slow_paths.update([pathway, "version.json"])
    page.goto(served_copy.url + pathway, wait_until="commit")
    asked = time.monotonic()
    banner = page.locator("#offline-status")
    expect(banner).to_have_text("Offline copy from " + long_date(version(site)["built"]), timeout=3000)
    assert time.monotonic() - asked < SLOW, "the banner waited for the server"
    expect(banner).to_be_hidden(timeout=15000)
    assert page.script_errors == []


def test_a_newer_build_on_the_server_replaces_the_kept_page(served_copy, new_page):
    site = served_copy.folder
    pathway = pathway_page(site, "active")
    page = page_with_the_copy_kept(served_copy, new_page, pathway)
    expect(page.locator("article.pathway")).to_have_class(re.compile(r"\bpathway-active\b"))

    before = len(recorded_banners(page))
    new, revisions = served_copy.publish_new_build(suspend=[pathway])
    asked_before = len(served_copy.requested)
    page.reload()
    expect(page.locator("body")).to_have_attribute("data-revision", revisions[pathway])
    expect(page.locator("article.pathway")).to_have_class(re.compile(r"\bpathway-suspended\b"))
    expect(page.locator(".status").first).to_have_text("Suspended")
    expect(page.locator(".open-now:visible")).to_have_count(0)
    expect(page.locator("#offline-status")).to_be_hidden()

    # The new worker keeps the new build and drops the old one.
    wait_for_offline_copy(page, site)
    page.wait_for_function(
        """async (name) => {
            const names = (await caches.keys()).filter((each) => each.startsWith('waymark-'));
            return names.length === 1 && names[0] === name;
        }""",
        arg=f"waymark-{new}",
        polling=250,
        timeout=30000,
    )

    # The phone downloaded only what changed: the page, the worker, the version and the revisions;
    # every other file of the new build came from the old copy.
    fetched = set(served_copy.requested[asked_before:])
    assert fetched <= {pathway, "sw.js", "version.json"} | {p for p in fetched if p.startswith("revisions/")}, fetched
    assert pathway in fetched

    # The old page was never on screen again once the new build was published.
    seen = recorded_banners(page)
    assert seen[before:] and all(state["revision"] == revisions[pathway] for state in seen[before:]), seen[before:]
    assert page.script_errors == []


def test_a_page_from_the_old_copy_says_so_and_loads_the_newer_build(served_copy, new_page):
    site = served_copy.folder
    pathway = pathway_page(site, "active")
    page = page_with_the_copy_kept(served_copy, new_page, "index.html")
    old, _ = revision_of(site, pathway)

    # The server has a newer build, in which this pathway is suspended, but answers slowly: the
    # worker gives up waiting and shows the page it kept.
    _, revisions = served_copy.publish_new_build(suspend=[pathway])
    served_copy.slow_paths.add(pathway)
    page.goto(served_copy.url + pathway, wait_until="commit")

    # The page then loads the current version by itself.
    expect(page.locator("article.pathway")).to_have_class(re.compile(r"\bpathway-suspended\b"), timeout=30000)
    expect(page.locator("body")).to_have_attribute("data-revision", revisions[pathway])
    expect(page.locator("#offline-status")).to_be_hidden()

    seen = recorded_banners(page)
    old_states = [state for state in seen if state["revision"] == old and not state["hidden"]]
    assert old_states, f"the old page never showed its banner: {seen}"
    warning = old_states[-1]
    assert "offline-status--updating" in warning["className"].split()
    assert warning["role"] == "alert"
    assert warning["text"] == (
        f"This page is from an older copy of the catalogue (built {long_date(version(site)['built'])}). "
        "Loading the current version…"
    )
    # While the old page was on screen it gave no "open now" answer.
    assert warning["openNowShown"] == 0
    assert page.script_errors == []


def test_an_old_page_already_open_is_replaced_when_the_phone_comes_back_online(served_copy, new_page):
    site = served_copy.folder
    pathway = pathway_page(site, "active")
    page = page_with_the_copy_kept(served_copy, new_page, "index.html")

    page.context.set_offline(True)
    page.goto(served_copy.url + pathway)
    banner = page.locator("#offline-status")
    expect(banner).to_contain_text("Offline copy from")
    expect(page.locator("article.pathway")).to_have_class(re.compile(r"\bpathway-active\b"))

    _, revisions = served_copy.publish_new_build(suspend=[pathway])
    page.context.set_offline(False)
    expect(page.locator("article.pathway")).to_have_class(re.compile(r"\bpathway-suspended\b"), timeout=30000)
    expect(page.locator("body")).to_have_attribute("data-revision", revisions[pathway])
    expect(banner).to_be_hidden()
    seen = recorded_banners(page)
    assert any("offline-status--updating" in state["className"] for state in seen), seen
    assert page.script_errors == []


def test_a_page_that_stays_old_after_reloading_says_so_and_reloads_no_more(served_copy, new_page):
    site = served_copy.folder
    pathway = pathway_page(site, "active")
    served_copy.list_revision(pathway, "0" * 16)
    page = new_page()
    loads = []
    page.on("load", lambda: loads.append(page.url))
    page.goto(served_copy.url + pathway)
    banner = page.locator("#offline-status")
    expect(banner).to_have_text(
        f"This page is from an older copy of the catalogue (built {long_date(version(site)['built'])}). The "
        "current version could not be loaded: reload the page, and confirm with control before you refer.",
        timeout=15000,
    )
    expect(banner).to_have_attribute("role", "alert")
    # An active pathway's page has an "open now" answer, but not while it is an old copy.
    assert page.locator(".open-now").count() >= 1
    expect(page.locator(".open-now:visible")).to_have_count(0)
    page.wait_for_timeout(6000)
    assert len(loads) == 2, loads
    assert page.script_errors == []
