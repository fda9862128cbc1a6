"""The actor network's labels, measured in a real browser: never overlapping, never over another node, never cut.

Debian's chromium (through playwright-core, tests/browser/) opens every actor page of the
example site and of a made-up site whose actor has more neighbours than the picture shows,
with long, wide-lettered, Cyrillic, Arabic and CJK names, at 1280 and 390 px. For each
label it takes the box the browser drew (getBoundingClientRect of the <text>) and checks it
against every other label, every node it does not belong to and the drawing's own box,
and that a phone does not shrink the labels below 12 px (the drawing scrolls instead).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from browser_driver import require_tools, run_in_page, serve_folder
from conftest import REPO, build_site, write_files

NAMES = [
    "WWW MMM WWW MMM Wide Capitals Holdings",
    "Организация Объединённых Наций по вопросам образования, науки и культуры",
    "ЩИТ ЖУРНАЛ ШКОЛЫ ФЕДЕРАЦИИ",
    "قوات الدعم السريع بقيادة محمد حمدان دقلو",
    "中华人民共和国外交部发言人办公室",
    "東京電力ホールディングス株式会社",
    "대한민국 국가정보원",
    "Ｆｕｌｌｗｉｄｔｈ　Ｎｅｗｓ　Ａｇｅｎｃｙ",
    "Nguyễn Thị Đặng Ngọc Ánh",
    "Ἀθῆναι Ὀλυμπία",
    "A",
    "Organisation for Security and Co-operation in Europe",
    "ⅧⅧⅧ ＠＠＠ mmm www",
    "Kyiv",
]


def dense_site(root: Path) -> Path:
    files: dict[str, str | bytes] = {
        "site.yaml": "title: Dense\nbase_url: https://example.org/\nsearch: false\n",
        "content/actors/centre.md": "---\nname: Centre of Everything\n---\nBio.\n",
    }
    ids = [f"n{i:02d}" for i in range(len(NAMES))]
    for actor_id, name in zip(ids, NAMES, strict=True):
        files[f"content/actors/{actor_id}.md"] = f"---\nname: \"{name}\"\n---\nBio.\n"
    events = "".join(f"- date: 2024-01-{i + 1:02d}\n  title: Meeting {i}\n"
                     f"  actors: [centre, {', '.join(ids[: i + 1])}]\n" for i in range(len(ids)))
    files["content/timeline/t.yaml"] = events
    return write_files(root, files)


MEASURE = r"""
const [base, pathsJson] = args;
const paths = JSON.parse(pathsJson);
const found = [];
let checked = 0, labels = 0;
for (const width of [1280, 390]) {
  await page.setViewportSize({ width, height: 900 });
  for (const path of paths) {
    await page.goto(base + path, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    const res = await page.evaluate(() => {
      const problems = [];
      let n = 0;
      const label = (t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' ');
      const overlap = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5
        && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
      const hitsCircle = (r, c) => {  // a rectangle against a circle {x, y, r}
        const dx = c.x - Math.max(r.left, Math.min(c.x, r.right));
        const dy = c.y - Math.max(r.top, Math.min(c.y, r.bottom));
        return dx * dx + dy * dy < (c.r - 0.5) * (c.r - 0.5);
      };
      for (const svg of document.querySelectorAll('svg.actor-network')) {
        const box = svg.getBoundingClientRect();
        const circle = (el) => { const r = el.getBoundingClientRect();
          return { el, x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2, r: r.width / 2 }; };
        const nodes = [...svg.querySelectorAll('circle.node')].map(circle);
        const texts = [...svg.querySelectorAll('text.node-label')];
        const rects = texts.map((t) => t.getBoundingClientRect());
        texts.forEach((t, i) => {
          n += 1;
          const r = rects[i], name = label(t);
          if (r.width < 1) problems.push(`${name}: not drawn`);
          const cut = [r.left < box.left - 0.5, r.right > box.right + 0.5, r.top < box.top - 0.5,
            r.bottom > box.bottom + 0.5];
          if (cut.some(Boolean)) problems.push(`${name}: cut (left, right, top, bottom: ${cut})`);
          const px = parseFloat(getComputedStyle(t).fontSize) * svg.getScreenCTM().a;
          if (px < 12) problems.push(`${name}: drawn at ${px.toFixed(1)} px`);
          rects.forEach((other, j) => {
            if (j > i && overlap(r, other)) problems.push(`${name} overlaps ${label(texts[j])}`);
          });
          const own = t.closest('a') && t.closest('a').querySelector('circle.node');
          for (const c of nodes) if (c.el !== own && hitsCircle(r, c)) problems.push(`${name} covers a node`);
        });
      }
      return { problems, n };
    });
    labels += res.n;
    checked += 1;
    for (const p of res.problems) found.push(`${path} at ${width} px: ${p}`);
  }
}
return { found, checked, labels };
"""


def measure(tmp_path: Path, out: Path, paths: list[str]) -> dict[str, Any]:
    import json

    with serve_folder(out) as url:
        return run_in_page(tmp_path, url, MEASURE, url, json.dumps(paths))


@pytest.fixture(scope="module")
def example_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    require_tools()
    out = tmp_path_factory.mktemp("network-example") / "public"
    build_site(REPO, out=out)
    return out


def test_every_network_label_of_the_example_site_is_whole_and_clear(example_out: Path, tmp_path: Path) -> None:
    paths = sorted(f"actors/{p.parent.name}/" for p in (example_out / "actors").glob("*/index.html"))
    result = measure(tmp_path, example_out, paths)
    assert result["errors"] == []
    assert result["checked"] == 2 * len(paths) and result["labels"] > 2 * len(paths)
    assert result["found"] == [], "\n".join(result["found"])


def test_a_dense_actor_with_long_and_wide_names_keeps_every_label_whole_and_clear(tmp_path: Path) -> None:
    require_tools()
    root = dense_site(tmp_path / "site")
    build_site(root)
    paths = ["actors/centre/", "actors/n00/", "actors/n01/", "actors/n07/"]
    result = measure(tmp_path, root / "public", paths)
    assert result["errors"] == []
    assert result["labels"] >= 2 * (12 + 3 * 12)  # twelve neighbours drawn on each page
    assert result["found"] == [], "\n".join(result["found"])
