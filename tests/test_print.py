"""The print stylesheet: the article and its timeline, no menus or colours, outside links with their address."""

from __future__ import annotations

from pathlib import Path

from tests.browser_driver import require_tools, run_in_page, serve_folder
from tests.conftest import REPO, build_site

STEPS = """
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  return await page.evaluate(() => {
    const shown = (sel) => {
      const el = document.querySelector(sel);
      return el && getComputedStyle(el).display !== 'none';
    };
    const source = document.querySelector('.article-header .meta a[href^="http"]');
    return {
      nav: shown('.site-header nav'), footer: shown('.site-footer'), timeline: shown('.article-timeline .timeline'),
      prose: shown('.prose'), background: getComputedStyle(document.body).backgroundColor,
      colour: getComputedStyle(document.body).color,
      after: getComputedStyle(source, '::after').content, href: source.getAttribute('href'),
    };
  });
"""


def test_an_article_prints_its_text_and_timeline_without_menus(tmp_path: Path) -> None:
    require_tools()
    out = tmp_path / "public"
    build_site(REPO, out=out)
    with serve_folder(out) as url:
        seen = run_in_page(tmp_path, url + "articles/trump-putin-call-report/", STEPS)
    assert seen["errors"] == [], seen
    assert not seen["nav"] and not seen["footer"]
    assert seen["prose"] and seen["timeline"]
    assert seen["background"] == "rgb(255, 255, 255)" and seen["colour"] == "rgb(0, 0, 0)"
    assert seen["after"] == f'" (" "{seen["href"]}" ")"' or seen["href"] in seen["after"], seen["after"]
