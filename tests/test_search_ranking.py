"""Search on the repository's own site: explainers first for words of their body, a labelled field, no axe issue."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser_driver import BROWSER_DIR, require_tools, run_in_page, serve_folder
from tests.conftest import REPO, build_site, page

STEPS = """
  await page.waitForSelector('.pagefind-ui__search-input');
  const label = await page.$eval('label[for="search-input"]', (l) => l.textContent);
  const labelled = await page.$eval('#search-input', (i) => i.labels.length);
  await page.fill('#search-input', args[0]);
  await page.waitForSelector('.pagefind-ui__result-link', { timeout: 20000 });
  await page.waitForTimeout(500);
  const links = await page.$$eval('.pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title a',
    (as) => as.map((a) => a.getAttribute('href')));
  const sub = await page.$$eval('.pagefind-ui__result-nested .pagefind-ui__result-link',
    (as) => as.map((a) => a.textContent.trim()));
  await page.addScriptTag({ path: args[1] });
  const axe = await page.evaluate(async () => (await axe.run(document)).violations.map((v) => v.id));
  return { label, labelled, links, sub, axe };
"""


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("ranking") / "public"
    build_site(REPO, out=out)
    return out


def test_key_actor_cards_are_not_indexed_and_the_body_weighs_more(out: Path) -> None:
    article = page(out, "articles/trump-putin-call-report/")
    assert article.xpath("//section[@class='key-actors']/@data-pagefind-ignore") == [""]
    assert article.xpath("//div[@class='prose']/@data-pagefind-weight") == ["2"]


def test_the_explainer_ranks_first_for_a_word_of_its_body(out: Path, tmp_path: Path) -> None:
    require_tools()
    with serve_folder(out) as url:
        seen = run_in_page(tmp_path, url + "search/", STEPS, "drones",
                           str(BROWSER_DIR / "node_modules/axe-core/axe.min.js"))
    assert seen["errors"] == [] and seen["failed"] == [], seen
    assert seen["label"] == "Search the explainers and actors" and seen["labelled"] == 1
    assert seen["links"][0].endswith("/articles/trump-putin-call-report/"), seen["links"]
    assert all("/actors/" in link for link in seen["links"][1:])
    assert "Key actors" not in seen["sub"]
    assert seen["axe"] == []
