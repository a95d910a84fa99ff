"""Search: the index the build writes, and the script that searches it in the browser with no
server, on the built sample site."""

import gzip
import json
import re
import urllib.parse

import pytest

# The gzipped index must stay under this for a catalogue of BUDGET_PATHWAYS pathways.
BUDGET_BYTES = 150_000
BUDGET_PATHWAYS = 3_000

STATUS_ORDER = ["active", "suspended", "retired", "draft"]


@pytest.fixture(scope="module")
def index(site_dir):
    path = site_dir / "search-index.json"
    if not path.is_file():
        pytest.fail(f"the built site has no search-index.json in {site_dir}")
    return json.loads(path.read_text(encoding="utf-8"))


def open_search(new_page, site_url, query=None, **options):
    """The search page, with `?q=query` when given, once the index has loaded."""
    page = new_page(service_workers="block", **options)
    suffix = "" if query is None else "?q=" + urllib.parse.quote(query)
    page.goto(site_url + "search.html" + suffix)
    page.evaluate("window.WaymarkSearch.ready()")
    return page


def ranked(page, text):
    """The links of the results for `text`, best first."""
    return page.evaluate("text => window.WaymarkSearch.query(text).map(result => result.href)", text)


def shown(page):
    """The links of the results on the page, in order."""
    return page.locator("#search-results a.search-result-link").evaluate_all(
        "links => links.map(link => link.getAttribute('href'))"
    )


def wait_for_count(page, text):
    """Waits until the results' count names the query `text`."""
    page.wait_for_function(
        "text => document.querySelector('#search-results .search-count')?.textContent.includes(text)", arg=text
    )


def test_a_place_name_finds_the_place_first(new_page, site_url):
    page = open_search(new_page, site_url)
    for query in ["Leeds", "leeds", "LEEDS", "Sheffield", "newcastle", "St Helens", "southend"]:
        first = ranked(page, query)[0]
        assert re.fullmatch(r"places/[a-z-]+\.html", first), f"{query!r} found {first} first"
    assert ranked(page, "Leeds")[0] == "places/leeds.html"
    assert ranked(page, "newcastle")[0] == "places/newcastle.html"
    assert page.script_errors == []


def test_every_postcode_district_finds_its_place_first(new_page, site_url, index):
    """Each district that belongs to one place only, as typed and in lower case."""
    owners = {}
    for place in index["places"]:
        for district in place[5].split():
            owners.setdefault(district, []).append(place[1])
    unique = {district: places[0] for district, places in owners.items() if len(places) == 1}
    assert len(unique) > 100, "the sample should list postcode districts"
    page = open_search(new_page, site_url)
    wrong = page.evaluate(
        """districts => Object.entries(districts).flatMap(([district, href]) =>
            [district, district.toLowerCase()]
                .map(text => [text, window.WaymarkSearch.query(text)[0]?.href])
                .filter(([, first]) => first !== href))""",
        unique,
    )
    assert wrong == []
    assert ranked(page, "NE25")[0] == "places/north-tyneside.html"
    assert page.script_errors == []


@pytest.mark.parametrize("postcode", ["LS1 4AP", "ls1 4ap", "LS14AP", " ls1  4ap "])
def test_a_full_postcode_finds_its_district(postcode, new_page, site_url):
    page = open_search(new_page, site_url)
    results = ranked(page, postcode)
    assert results[0] == "places/leeds.html"
    # The district must match exactly: LS1 is not LS10 or LS11.
    assert all("leeds" in href for href in results)
    assert page.script_errors == []


@pytest.mark.parametrize(
    "misspelling, place",
    [
        ("Leeeds", "leeds"),
        ("Sheffeild", "sheffield"),
        ("Newcastel", "newcastle"),
        ("Birmingam", "birmingham"),
        ("Manchster", "manchester"),
        ("Wakefeild", "wakefield"),
    ],
)
def test_a_misspelt_place_still_finds_it(misspelling, place, new_page, site_url):
    page = open_search(new_page, site_url)
    assert ranked(page, misspelling)[0] == f"places/{place}.html"
    assert page.script_errors == []


def test_short_words_are_not_corrected(new_page, site_url):
    """Three letters are too few to guess a mistake from, but may start a word."""
    page = open_search(new_page, site_url)
    assert "places/york.html" not in ranked(page, "yrk")
    assert ranked(page, "yor")[0] == "places/york.html"
    assert ranked(page, "hul")[0] == "places/hull.html"
    assert page.script_errors == []


@pytest.mark.parametrize(
    "query, pathway",
    [
        ("falls leeds", "pathways/leeds/falls.html"),
        ("Leeds falls", "pathways/leeds/falls.html"),
        ("stroke sheffield", "pathways/sheffield/stroke.html"),
        ("sdec leeds", "pathways/leeds/sdec.html"),
        ("frailty in york", "pathways/york/frailty.html"),
    ],
)
def test_a_type_and_a_place_find_the_pathway_first(query, pathway, new_page, site_url):
    page = open_search(new_page, site_url)
    assert ranked(page, query)[0] == pathway
    assert page.script_errors == []


def test_a_type_name_finds_the_type_before_its_pathways(new_page, site_url):
    page = open_search(new_page, site_url)
    results = ranked(page, "falls")
    assert results[0] == "types/falls.html"
    assert all(href.startswith("pathways/") and href.endswith("/falls.html") for href in results[1:20])
    assert page.script_errors == []


def test_pathways_taking_referrals_come_first(new_page, site_url):
    """Among pathways that match as well, active ones come before suspended and retired ones."""
    page = open_search(new_page, site_url)
    statuses = set()
    for query in ["falls", "frailty", "stroke", "sdec", "ucr", "mental health crisis", "leeds", "suspended"]:
        results = page.evaluate(
            """text => window.WaymarkSearch.query(text)
                .filter(result => result.kind === "pathway")
                .map(result => [result.score, result.status])""",
            query,
        )
        statuses.update(status for _, status in results)
        order = [(-round(score, 6), STATUS_ORDER.index(status)) for score, status in results]
        assert order == sorted(order), f"{query!r}: {results}"
    assert {"active", "suspended"} <= statuses
    assert page.script_errors == []


def test_the_search_page_shows_the_results_of_q(new_page, site_url):
    page = open_search(new_page, site_url, query="leeds")
    page.wait_for_selector("#search-results a.search-result-link")
    assert page.input_value("#search-input") == "leeds"
    links = shown(page)
    assert links[0] == "places/leeds.html"
    assert all("leeds" in link for link in links)
    count = page.text_content("#search-results .search-count")
    assert re.fullmatch(r"\d+ results for \u2018leeds\u2019", count), count
    assert int(count.split()[0]) == len(links)
    assert page.get_attribute("#search-results", "aria-live") == "polite"
    assert page.locator(".search-result-kind").first.text_content() == "Place"
    # The links lead to pages of the site.
    page.click("#search-results a.search-result-link >> nth=1")
    page.wait_for_url(re.compile(r"/pathways/leeds/[a-z-]+\.html$"))
    assert page.script_errors == []


def test_results_follow_the_typing_and_the_address_keeps_the_query(new_page, site_url):
    page = open_search(new_page, site_url)
    assert shown(page) == []
    page.fill("#search-input", "sheffeild")
    wait_for_count(page, "sheffeild")
    assert shown(page)[0] == "places/sheffield.html"
    assert urllib.parse.parse_qs(urllib.parse.urlparse(page.url).query) == {"q": ["sheffeild"]}
    page.fill("#search-input", "")
    page.wait_for_function("() => document.querySelector('#search-results').children.length === 0")
    page.fill("#search-input", "zzzzqqq")
    wait_for_count(page, "zzzzqqq")
    assert page.text_content("#search-results .search-count") == "No results for \u2018zzzzqqq\u2019"
    assert shown(page) == []
    # Pressing Enter searches without leaving the page.
    page.fill("#search-input", "york")
    page.press("#search-input", "Enter")
    wait_for_count(page, "york")
    assert shown(page)[0] == "places/york.html"
    assert page.url.endswith("search.html?q=york")
    assert page.script_errors == []


def test_at_most_twenty_results_are_shown_and_the_count_says_so(new_page, site_url):
    page = open_search(new_page, site_url, query="falls")
    page.wait_for_selector("#search-results a.search-result-link")
    total = len(ranked(page, "falls"))
    assert total > 20
    assert len(shown(page)) == 20
    count = page.text_content("#search-results .search-count")
    assert count == f"{total} results for \u2018falls\u2019, showing the first 20"


@pytest.mark.parametrize(
    "status, words",
    [("suspended", "Suspended: not taking referrals"), ("retired", "Retired: no longer taking referrals")],
)
def test_a_pathway_not_taking_referrals_says_so(status, words, new_page, site_url, index):
    pathway = next((p for p in index["pathways"] if p[5] == status), None)
    if pathway is None:
        pytest.skip(f"the sample has no {status} pathway")
    page = open_search(new_page, site_url, query=pathway[1])
    page.wait_for_selector("#search-results a.search-result-link")
    item = page.locator(f"#search-results li:has(a[href='{pathway[0]}'])")
    assert item.get_attribute("class") == f"search-result search-result-pathway search-result-{status}"
    assert item.locator(f".status-{status}").text_content() == words
    assert page.script_errors == []


def test_text_from_the_query_is_never_markup(new_page, site_url):
    query = '<img src=x onerror="window.injected=1"><b>leeds</b>'
    page = open_search(new_page, site_url, query=query)
    page.wait_for_selector("#search-results .search-count")
    assert page.locator("#search-results img, #search-results b").count() == 0
    assert query in page.text_content("#search-results .search-count")
    assert page.evaluate("window.injected") is None
    assert page.script_errors == []


def test_the_index_loads_only_when_search_is_wanted(new_page, site_url):
    page = new_page(service_workers="block")
    fetched = []
    page.on("request", lambda request: fetched.append(request.url) if "search-index" in request.url else None)
    page.goto(site_url + "search.html")
    page.wait_for_load_state("load")
    assert fetched == []
    page.focus("#search-input")
    page.wait_for_function("() => window.WaymarkSearch.query('leeds').length > 0")
    assert fetched == [site_url + "search-index.json"]
    assert page.script_errors == []


def test_without_javascript_the_page_says_where_to_browse(new_page, site_url):
    page = new_page(java_script_enabled=False, service_workers="block")
    page.goto(site_url + "search.html")
    note = page.locator(".search-no-script")
    assert note.is_visible()
    assert note.locator("a").get_attribute("href") == "index.html#browse"
    scripted = new_page(service_workers="block")
    scripted.goto(site_url + "search.html")
    scripted.wait_for_load_state("load")
    assert scripted.locator(".search-no-script").is_hidden()
    assert scripted.script_errors == []


def test_the_home_page_shows_results_under_its_form(new_page, site_url):
    page = new_page(service_workers="block")
    page.goto(site_url + "index.html")
    if page.locator("form.search-form").count() == 0:
        pytest.skip("the home page has no search form yet")
    page.fill("#search-input", "leeds")
    page.wait_for_selector("#search-results a.search-result-link")
    assert shown(page)[0] == "places/leeds.html"
    assert page.get_attribute("#search-results", "aria-live") == "polite"
    # The results follow the form, so the next Tab from the box reaches them.
    assert page.evaluate("document.querySelector('form.search-form').nextElementSibling.id") == "search-results"
    page.fill("#search-input", "")
    page.wait_for_function("() => document.querySelector('#search-results').children.length === 0")
    # Submitting goes to the search page with the query.
    page.fill("#search-input", "LS1 4AP")
    page.press("#search-input", "Enter")
    page.wait_for_url(re.compile(r"search\.html\?q=LS1"))
    page.wait_for_selector("#search-results a.search-result-link")
    assert shown(page)[0] == "places/leeds.html"
    assert page.script_errors == []


def test_every_link_in_the_index_is_a_page_of_the_site(site_dir, index):
    hrefs = [t[1] for t in index["types"]] + [p[1] for p in index["places"]] + [p[0] for p in index["pathways"]]
    missing = [href for href in hrefs if not (site_dir / href).is_file()]
    assert missing == []
    assert len(index["pathways"]) == len(list(site_dir.glob("pathways/*/*.html")))


def test_the_index_is_within_budget(site_dir, index):
    """The gzipped index, per pathway, scaled to 3,000 pathways, stays under 150 KB: the budget for a
    crew's phone to download it over a poor signal. (`.ci/search-benchmark` measures a real 3,000.)"""
    raw = (site_dir / "search-index.json").read_bytes()
    compressed = len(gzip.compress(raw, compresslevel=9, mtime=0))
    pathways = len(index["pathways"])
    assert pathways > 0
    scaled = compressed / pathways * BUDGET_PATHWAYS
    assert scaled < BUDGET_BYTES, (
        f"{compressed} bytes gzipped for {pathways} pathways is {scaled:.0f} bytes for {BUDGET_PATHWAYS}"
    )
