"""Accessibility: WCAG 2.2 AA on every kind of page, as axe-core judges it, and what axe cannot
judge alone: reflow at 400% zoom, touch targets, the skip link and visible focus."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe

from conftest import PAGE_KINDS, ZOOMED, show_every_state

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
AXE = Axe()

# The pages crews use most, in the field.
FIELD_PAGES = ["home", "place", "pathway-active", "pathway-suspended"]


def open_page(new_page, url, **options):
    # The service worker is left out here: it has its own tests, and it must not decide what a
    # page shows while its accessibility is judged.
    page = new_page(service_workers="block", timezone_id="Europe/London", **options)
    page.goto(url)
    if "?q=" in url:
        # The search page fetches its index before it lists results: judge the page with them.
        page.locator("#search-results li").first.wait_for()
    return page


def axe_violations(page, context=None, rules=None):
    options = {"resultTypes": ["violations"]}
    if rules:
        options["runOnly"] = {"type": "rule", "values": rules}
    else:
        options["runOnly"] = {"type": "tag", "values": WCAG_TAGS}
    return AXE.run(page, context=context, options=options).response["violations"]


def describe(violations):
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} <{violation['helpUrl']}>")
        for node in violation["nodes"][:10]:
            summary = " ".join(node.get("failureSummary", "").split())
            lines.append(f"    at {' '.join(map(str, node['target']))}: {summary[:300]}")
        if len(violation["nodes"]) > 10:
            lines.append(f"    ... and {len(violation['nodes']) - 10} more")
    return "\n".join(lines)


def test_axe_core_is_version_4():
    version = re.search(r"axe v(\d+)\.(\d+)\.(\d+)", AXE.axe_script)
    assert version and version.group(1) == "4", "axe-playwright-python should carry axe-core 4.x"


@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_page_meets_wcag_2_2_aa(kind, example_page, new_page):
    page = open_page(new_page, example_page(kind))
    violations = axe_violations(page)
    if violations:
        pytest.fail(f"{page.url} breaks WCAG 2.2 AA:\n{describe(violations)}", pytrace=False)


def test_every_state_of_the_scripted_messages_meets_contrast(example_page, new_page):
    page = open_page(new_page, example_page("pathway-active"))
    show_every_state(page)
    violations = axe_violations(page, context=".state-under-test", rules=["color-contrast"])
    if violations:
        pytest.fail(describe(violations), pytrace=False)


@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_page_reflows_at_400_percent_zoom(kind, example_page, new_page):
    page = open_page(new_page, example_page(kind), **ZOOMED)
    widths = page.evaluate(
        """() => {
            const root = document.documentElement;
            const wide = [];
            for (const element of document.body.querySelectorAll('*')) {
                const box = element.getBoundingClientRect();
                if (box.width === 0 || box.right <= root.clientWidth + 0.5) continue;
                let scroller = element.parentElement;
                while (scroller && getComputedStyle(scroller).overflowX === 'visible') scroller = scroller.parentElement;
                if (scroller && scroller !== document.body && scroller !== root) continue;
                wide.push(element.tagName.toLowerCase() + (element.className ? '.' + String(element.className).trim().split(/\\s+/).join('.') : '') + ' ' + Math.round(box.right) + 'px');
            }
            return {scroll: root.scrollWidth, client: root.clientWidth, wide: wide.slice(0, 10)};
        }"""
    )
    if widths["scroll"] > widths["client"]:
        pytest.fail(f"{page.url} scrolls sideways at 320 CSS px ({widths['scroll']} > {widths['client']}); too wide: {widths['wide']}", pytrace=False)


TARGETS_SCRIPT = """() => {
    const minimum = 44 - 0.5;
    const blocks = 'p, li, dd, dt, td, th, h1, h2, h3, h4, h5, h6, caption, figcaption, blockquote, div, section, nav, main, header, footer, body';
    // Targets that are never inline text, however they sit.
    const standalone = 'a[href^="tel:"], nav a, header a, footer a, .cards a, .inline-list a, .breadcrumbs a, .search-form *, #search-results li > a:first-child';
    const letters = /[\\p{L}\\p{N}]/u;
    function textOutside(block) {
        const copy = block.cloneNode(true);
        copy.querySelectorAll('a, button, input, select, textarea, [aria-hidden="true"]').forEach(node => node.remove());
        return copy.textContent;
    }
    function firstInItem(link) {
        const item = link.closest('li');
        if (!item) return false;
        const range = document.createRange();
        range.setStart(item, 0);
        range.setEndBefore(link);
        return !letters.test(range.toString());
    }
    // Inline: a link with words around it, or one of a run of links separated by commas in a
    // line of text (a table cell listing types, say); not the first thing in a list item.
    function inSentence(element) {
        if (element.tagName !== 'A' || element.matches(standalone) || firstInItem(element)) return false;
        const block = element.parentElement.closest(blocks);
        return letters.test(textOutside(block)) || block.querySelectorAll('a[href]').length > 1;
    }
    function name(element) {
        let path = element.tagName.toLowerCase();
        if (element.id) path += '#' + element.id;
        for (let parent = element.parentElement, depth = 0; parent && depth < 3; parent = parent.parentElement, depth++) {
            path = parent.tagName.toLowerCase() + (parent.className ? '.' + String(parent.className).trim().split(/\\s+/)[0] : '') + ' > ' + path;
        }
        return path;
    }
    const small = [];
    const targets = document.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea, summary');
    for (const element of targets) {
        if (element.classList.contains('skip-link')) continue;
        // A link that wraps has a box per line: each line is what a finger can hit.
        const boxes = [...element.getClientRects()].filter(box => box.width > 0 && box.height > 0);
        if (boxes.length === 0 || getComputedStyle(element).visibility === 'hidden') continue;
        const width = Math.max(...boxes.map(box => box.width));
        const height = Math.min(...boxes.map(box => box.height));
        if (width >= minimum && height >= minimum) continue;
        if (inSentence(element)) continue;
        small.push(`${name(element)} "${element.textContent.trim().slice(0, 40)}" ${width.toFixed(0)}x${height.toFixed(0)}`);
    }
    return small;
}"""


@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_touch_targets_are_44_px_unless_inline_in_a_sentence(kind, example_page, new_page):
    page = open_page(new_page, example_page(kind))
    small = page.evaluate(TARGETS_SCRIPT)
    if small:
        pytest.fail(f"{page.url}: {len(small)} targets smaller than 44x44 CSS px:\n" + "\n".join(small[:20]), pytrace=False)


@pytest.mark.parametrize("kind", FIELD_PAGES)
def test_skip_link_is_first_and_moves_focus_to_main(kind, example_page, new_page):
    page = open_page(new_page, example_page(kind), has_touch=False, is_mobile=False)
    page.keyboard.press("Tab")
    focused = page.evaluate(
        """() => {
            const element = document.activeElement;
            const box = element.getBoundingClientRect();
            return {skip: element.classList.contains('skip-link'), href: element.getAttribute('href'),
                    text: element.textContent.trim(), width: box.width, height: box.height, top: box.top};
        }"""
    )
    assert focused["skip"], f"the first Tab should reach the skip link, reached {focused}"
    assert focused["href"] == "#main" and focused["text"], focused
    assert focused["width"] >= 44 and focused["height"] >= 44 and focused["top"] >= 0, f"the focused skip link should show: {focused}"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main", "the skip link should move focus to main"
    page.keyboard.press("Tab")
    assert page.evaluate("!!document.activeElement.closest('main')"), "the Tab after the skip link should stay in main"


FOCUS_SCRIPT = """() => {
    const element = document.activeElement;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
        && !/rgba\\(0, 0, 0, 0\\)|transparent/.test(style.outlineColor);
    const shadow = style.boxShadow !== 'none';
    return {tag: element.tagName.toLowerCase(), text: (element.textContent || element.value || '').trim().slice(0, 40),
            focusVisible: element.matches(':focus-visible'), outline, shadow, background: style.backgroundColor};
}"""


@pytest.mark.parametrize("kind", ["home", "pathway-active", "pathway-type", "search"])
def test_keyboard_focus_is_visible(kind, example_page, new_page):
    page = open_page(new_page, example_page(kind), has_touch=False, is_mobile=False)
    seen = []
    for _ in range(25):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUS_SCRIPT)
        if focused["tag"] == "body":
            break
        seen.append(focused)
        assert focused["focusVisible"], f"keyboard focus should match :focus-visible: {focused}"
        assert focused["outline"] or focused["shadow"], f"focus is not visible on {focused}"
    assert len(seen) >= 3, f"Tab reached too few elements on {page.url}: {seen}"
    if kind == "search":
        assert any(item["tag"] == "input" for item in seen), "Tab should reach the search box"


def test_home_page_with_every_trust_opened_meets_wcag_and_targets(example_page, new_page):
    page = open_page(new_page, example_page("home"))
    page.evaluate("document.querySelectorAll('details').forEach(details => { details.open = true; })")
    violations = axe_violations(page)
    if violations:
        pytest.fail(f"{page.url} with every trust opened breaks WCAG 2.2 AA:\n{describe(violations)}", pytrace=False)
    small = page.evaluate(TARGETS_SCRIPT)
    assert not small, "\n".join(small[:20])


def test_a_trust_on_the_home_page_opens_from_the_keyboard(example_page, new_page):
    page = open_page(new_page, example_page("home"))
    trusts = page.locator("details.browse-trust")
    assert trusts.count() == 10
    first = trusts.first
    place = first.locator(".tree a").last
    assert not place.is_visible(), "trusts start closed, so the page is not one long scroll"
    first.locator("summary").focus()
    page.keyboard.press("Enter")
    assert place.is_visible()
    place.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/places/*.html")
    assert page.locator(".card").count() > 0
