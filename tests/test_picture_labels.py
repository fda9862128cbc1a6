"""The pictures' labels, measured in a real browser: never overlapping, never over another mark, never cut.

Debian's chromium (through playwright-core, tests/browser/) opens every actor and article
page and the timeline of the example site, and the pages of a made-up site whose actor has
more neighbours than the network shows, with long, wide-lettered, Cyrillic, Arabic and CJK
names, and events crowded into a few days, at 1280 and 390 px. For each label it takes the
box the browser drew (getBoundingClientRect of the <text>) and checks it against every
other label, and the drawing's own box. A network label must not cover a node it does not
belong to; a strip label must not cover another marker's dot, bar or band, nor be crossed
by another marker's stem. On a phone no label is drawn under 12 px (network) or 11 px
(strip): the drawings scroll instead of shrinking.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from browser_driver import BROWSER_DIR, require_tools, run_in_page, serve_folder
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
    crowded = "".join(f"- date: 2024-02-0{1 + i % 3}\n  title: {NAMES[i % len(NAMES)]} says something else {i}\n"
                      for i in range(24))  # 24 events on three days, titles in every script
    files["content/timeline/t.yaml"] = events + crowded
    return write_files(root, files)


MEASURE = (BROWSER_DIR / "label-boxes.js").read_text(encoding="utf-8")


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


def test_every_label_of_the_example_site_is_whole_and_clear(example_out: Path, tmp_path: Path) -> None:
    pages = sorted(f"{section}/{p.parent.name}/" for section in ("actors", "articles")
                   for p in (example_out / section).glob("*/index.html"))
    paths = [*pages, "timeline/"]
    result = measure(tmp_path, example_out, paths)
    assert result["errors"] == []
    assert result["checked"] == 2 * len(paths)
    assert result["labels"]["network"] > 2 * len(paths) and result["labels"]["strip"] > 2 * len(paths)
    assert result["found"] == [], "\n".join(result["found"])


def test_dense_pictures_with_long_and_wide_names_keep_every_label_whole_and_clear(tmp_path: Path) -> None:
    require_tools()
    root = dense_site(tmp_path / "site")
    build_site(root)
    paths = ["actors/centre/", "actors/n00/", "actors/n01/", "actors/n07/", "timeline/"]
    result = measure(tmp_path, root / "public", paths)
    assert result["errors"] == []
    assert result["labels"]["network"] >= 2 * (12 + 3 * 12)  # twelve neighbours drawn on each actor page
    assert result["labels"]["strip"] >= 2 * 5 * 10
    assert result["found"] == [], "\n".join(result["found"])
