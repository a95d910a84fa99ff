"""Weight and independence: a pathway page under 30 KB transferred, no request leaves the site,
one fingerprinted stylesheet, and the content readable without JavaScript."""

import gzip
import pathlib
import re

import pytest

BUDGET = 30 * 1024  # bytes transferred for one pathway page with everything it loads


def gzipped(path: pathlib.Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=9, mtime=0))


def page_assets(site_dir: pathlib.Path, page: pathlib.Path) -> list[pathlib.Path]:
    """The stylesheet and scripts a page loads, as files of the site."""
    html = page.read_text(encoding="utf-8")
    references = re.findall(r'<link rel="stylesheet" href="([^"]+)"', html) + re.findall(r'<script src="([^"]+)"', html)
    return [(page.parent / reference).resolve() for reference in references]


def test_every_pathway_page_is_under_30_kb_transferred(site_dir):
    pages = sorted((site_dir / "pathways").rglob("*.html"))
    assert len(pages) > 700
    weights = {}
    for page in pages:
        weights[page.relative_to(site_dir).as_posix()] = gzipped(page) + sum(gzipped(a) for a in page_assets(site_dir, page))
    heaviest = max(weights, key=weights.get)
    print(f"\npathway pages transferred (gzip, with CSS and scripts): heaviest {heaviest} {weights[heaviest]} bytes, "
          f"median {sorted(weights.values())[len(weights) // 2]} bytes")
    assert weights[heaviest] < BUDGET, f"{heaviest} weighs {weights[heaviest]} bytes"


def test_one_fingerprinted_stylesheet_and_no_external_reference(site_dir):
    stylesheets = sorted(p.name for p in (site_dir / "assets").glob("*.css"))
    assert len(stylesheets) == 1 and re.fullmatch(r"waymark\.[0-9a-f]{16}\.css", stylesheets[0]), stylesheets
    for page in site_dir.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        for attribute in re.findall(r'(?:src|href|action)="([^"]*)"', html):
            assert "://" not in attribute and not attribute.startswith("//"), f"{page}: {attribute}"
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), f"{page} has an inline script"
        assert " style=" not in html and "<style" not in html, f"{page} has inline style"


@pytest.mark.parametrize("path", ["index.html", "places/leeds.html", "pathways/leeds/falls.html", "search.html"])
def test_no_request_leaves_the_site(new_page, site_url, path):
    page = new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(site_url + path)
    page.wait_for_load_state("networkidle")
    foreign = [url for url in requests if not url.startswith(site_url)]
    assert requests and not foreign, foreign
    assert page.script_errors == []


def test_content_is_readable_without_javascript(new_page, site_url):
    page = new_page(java_script_enabled=False)
    page.goto(site_url + "pathways/leeds/falls.html")
    main = page.locator("main")
    for heading in ["Who qualifies", "How to refer", "Hours", "Governance"]:
        assert main.get_by_role("heading", name=heading).is_visible()
    assert page.locator("table.hours").is_visible()
    assert page.get_by_role("link", name=re.compile(r"^0\d{3,4} ")).first.is_visible()
    place = new_page(java_script_enabled=False)
    place.goto(site_url + "places/leeds.html")
    assert place.locator(".card").count() >= 5
    assert place.locator(".card-hours").first.is_visible()
