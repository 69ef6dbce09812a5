"""The built book in a real browser (Debian's Chromium driven by Playwright), served from 127.0.0.1."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse

import pytest

from conftest import SITE, serve_folder, watch
CHAPTERS = sorted(p.stem for p in (SITE / "notebooks").glob("*.html"))
PAGES = ["book/intro", "book/setup", "book/datasets", "book/glossary", "book/references", "book/workshop",
         *[f"notebooks/{c}" for c in CHAPTERS]]
READY = ["00_setup_and_basics", "01_formulate_task", "02_choose_llm", "03_prompt_engineering", "04_fine_tuning",
         "05_deployment"]


def open_page(page, url):
    """Open ``url`` and wait until the network is idle (late fonts and images included); the ``page``
    fixture fails the test afterwards on any console error or failed request."""
    page.goto(url, wait_until="networkidle")


def test_every_chapter_is_in_the_site():
    assert {"00_setup_and_basics", "01_formulate_task", "02_choose_llm", "03_prompt_engineering",
            "04_fine_tuning", "05_deployment"} <= set(CHAPTERS)


@pytest.mark.parametrize("path", PAGES)
def test_page_loads_without_console_errors(page, site_url, path):
    open_page(page, f"{site_url}/{path}.html")   # console errors and failed requests: checked by the fixture
    assert page.locator("article h1").first.inner_text().strip()


def test_the_check_fails_on_a_planted_broken_image(browser, tmp_path):
    """The failed-request check must be able to fail: a page with a missing image and a script error."""
    (tmp_path / "index.html").write_text('<html><body><h1>planted</h1><img src="missing.png" alt="x">'
                                         '<script>console.error("planted error")</script></body></html>')
    ctx = browser.new_context()
    pg = ctx.new_page()
    problems = watch(pg)
    with serve_folder(tmp_path) as url:
        pg.goto(f"{url}/index.html", wait_until="networkidle")
    ctx.close()
    with pytest.raises(AssertionError, match="missing.png") as err:
        problems.check()
    assert "planted error" in str(err.value)


@pytest.mark.parametrize("chapter", READY)
def test_chapter_shows_executed_outputs(page, site_url, chapter):
    open_page(page, f"{site_url}/notebooks/{chapter}.html")
    assert page.locator(".cell_output").count() >= 5
    images = page.locator(".cell_output img")
    assert images.count() >= 1
    for i in range(images.count()):
        ok = images.nth(i).evaluate("img => img.complete && img.naturalWidth > 0")
        assert ok, f"image {i} of {chapter} did not load"
    assert page.locator(".cell_output table").count() >= 1
    alts = page.eval_on_selector_all(".cell_output img", "els => els.map(e => e.alt || '')")
    assert all(len(a) > 20 and not a.endswith(".png") for a in alts), f"figures need descriptive alt text: {alts}"
    assert "backend offline" in page.locator(".cell_output").first.inner_text()


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_launch_buttons_point_at_the_notebook(page, site_url, chapter):
    open_page(page, f"{site_url}/notebooks/{chapter}.html")
    hrefs = page.eval_on_selector_all("a", "els => els.map(e => e.href)")
    colab = [h for h in hrefs if "colab.research.google.com" in h]
    binder = [h for h in hrefs if "mybinder.org" in h]
    assert colab and colab[0].endswith(f"/blob/main/notebooks/{chapter}.ipynb")
    assert binder and f"notebooks%2F{chapter}.ipynb" in binder[0].replace("/", "%2F")


def test_prompt_playground_renders_its_first_run(page, site_url):
    """The ipywidgets playground is embedded as static widgets showing the run made at build time."""
    open_page(page, f"{site_url}/notebooks/03_prompt_engineering.html")
    page.wait_for_selector(".widget-subarea .jupyter-widgets", timeout=20000)
    area = page.locator(".widget-subarea").first
    text = area.inner_text()
    assert "=== model" in text and "--- user ---" in text, text[:500]
    assert area.locator("select").count() >= 2 and area.locator("button", has_text="Run").count() == 1


def test_solutions_are_collapsed(page, site_url):
    open_page(page, f"{site_url}/notebooks/00_setup_and_basics.html")
    hidden = page.locator(".tag_hide-cell details")
    assert hidden.count() >= 3
    assert all(hidden.nth(i).get_attribute("open") is None for i in range(hidden.count()))


def test_internal_links_resolve(page, site_url):
    broken = []
    for path in PAGES:
        page.goto(f"{site_url}/{path}.html")
        for href in page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))"):
            if href.startswith(("http:", "https:", "mailto:", "#", "javascript:")):
                continue
            target = urlparse(urljoin(f"/{path}.html", href)).path
            if not (SITE / unquote(target).lstrip("/")).exists():
                broken.append(f"{path}: {href}")
    assert broken == []


def test_search_finds_a_chapter(page, site_url):
    page.goto(f"{site_url}/search.html?q=temperature")
    page.wait_for_selector("#search-results li, .search li", timeout=15000)
    links = page.eval_on_selector_all("#search-results a, .search a", "els => els.map(e => e.getAttribute('href'))")
    assert any("00_setup_and_basics" in (h or "") for h in links)


def test_not_clinical_advice_notice(page, site_url):
    open_page(page, f"{site_url}/book/intro.html")
    assert "not clinical advice" in page.inner_text("body")


def test_screenshots(page, site_url, artifacts):
    for name, path in [("landing", "book/intro"), ("chapter0", "notebooks/00_setup_and_basics")]:
        open_page(page, f"{site_url}/{path}.html")
        out: Path = artifacts / f"{name}.png"
        page.screenshot(path=str(out), full_page=False)
        assert out.stat().st_size > 20_000
