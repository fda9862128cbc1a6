"""Embeddable timelines: embed/timeline/, embed/articles/SLUG/, embed/actors/ID/ and the snippet that places them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser_driver import require_tools, run_in_page, serve_folder
from tests.conftest import REPO, build_site, page

SLUG = "trump-putin-call-report"
PAGES = {"embed/timeline/": "timeline/", f"embed/articles/{SLUG}/": f"articles/{SLUG}/",
         "embed/actors/donald-trump/": "actors/donald-trump/"}


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("embeds") / "public"
    build_site(REPO, out=out)
    return out


@pytest.mark.parametrize("embed", sorted(PAGES))
def test_an_embed_page_is_the_timeline_alone_and_opens_links_outside_the_frame(out: Path, embed: str) -> None:
    doc = page(out, embed)
    assert doc.xpath("//head/base/@target") == ["_blank"]
    assert doc.xpath("//nav") == [] and doc.xpath("//footer") == []
    assert doc.xpath("//svg[contains(@class, 'timeline-strip')]")
    assert doc.xpath("//ol[@class='timeline' or starts-with(@class, 'timeline ')]/li")
    assert "explainer-embed-height" in doc.xpath("string(//script[not(@type)])")
    assert doc.xpath("//link[@rel='canonical']/@href") == [f"https://example.github.io/explainer/{embed}"]


@pytest.mark.parametrize("embed", sorted(PAGES))
def test_an_embed_is_indexed_only_inside_the_page_that_embeds_it(out: Path, embed: str) -> None:
    assert page(out, embed).xpath("//head/meta[@name='robots']/@content") == ["noindex, indexifembedded"]
    assert page(out, PAGES[embed]).xpath("//head/meta[@name='robots']") == []
    listed = (out / "sitemap.xml").read_text()
    assert f"https://example.github.io/explainer/{PAGES[embed]}<" in listed
    assert f"https://example.github.io/explainer/{embed}<" not in listed


@pytest.mark.parametrize("embed", sorted(PAGES))
def test_the_full_page_offers_a_copyable_iframe_of_its_embed(out: Path, embed: str) -> None:
    doc = page(out, PAGES[embed])
    (code,) = doc.xpath("//details[@class='embed-snippet']//textarea[@readonly]")
    assert doc.xpath("//label[@for='embed-code']") and code.get("id") == "embed-code"
    assert f'<iframe src="https://example.github.io/explainer/{embed}"' in code.text
    assert "explainer-embed-height" in code.text


def test_an_article_embed_lists_every_event_of_the_article(out: Path) -> None:
    article = page(out, f"articles/{SLUG}/").xpath("//section[@class='article-timeline']//li/@id")
    embed = page(out, f"embed/articles/{SLUG}/").xpath("//li/@id")
    assert embed == article


STEPS = """
  const sizes = {};
  for (const width of [320, 800]) {
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.setContent(`<iframe id="f" src="${args[0]}" title="t" width="${width}" height="300" style="border:0">
      </iframe><script>${args[1]}</script>`);
    await page.waitForFunction(() => parseInt(document.getElementById('f').style.height || '0', 10) > 300,
      null, { timeout: 15000 });
    const frame = page.frames().find((f) => f.url() === args[0]);
    sizes[width] = {
      height: await page.$eval('#f', (f) => parseInt(f.style.height, 10)),
      content: await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)),
      overflow: await frame.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    };
  }
  return { sizes };
"""


def test_an_embed_sizes_its_frame_at_320_and_800_px(out: Path, tmp_path: Path) -> None:
    require_tools()
    code = page(out, f"articles/{SLUG}/").xpath("string(//textarea[@id='embed-code'])")
    listener = code.split("<script>")[1].split("</script>")[0]
    with serve_folder(out) as url:
        seen = run_in_page(tmp_path, url, STEPS, url + f"embed/articles/{SLUG}/", listener)
    assert seen["errors"] == [], seen
    for width, size in seen["sizes"].items():
        assert size["height"] == size["content"], (width, size)
        assert size["overflow"] <= 0, (width, size)  # the strip scrolls inside its own box
    assert seen["sizes"]["320"]["height"] > seen["sizes"]["800"]["height"]


def test_the_article_page_draws_its_own_timeline_linking_each_event(out: Path) -> None:
    doc = page(out, f"articles/{SLUG}/")
    (strip,) = doc.xpath("//section[@class='article-timeline']//svg[@id='article-strip']")
    anchors = doc.xpath("//section[@class='article-timeline']//li/@id")
    assert [h.lstrip("#") for h in strip.xpath(".//a/@href")] == anchors
