"""data/timelinejs.json follows TimelineJS3's published JSON format, at each date's own precision."""

from __future__ import annotations

import json
from pathlib import Path

from tests.browser_driver import BROWSER_DIR, require_tools, run_in_page, serve_folder
from tests.conftest import build_site

SITE = {
    "content/actors/alpha.md": "---\nname: Alpha\n---\nBio.\n",
    "content/articles/story.md": """\
        ---
        title: 'A <script>story</script>'
        date: 2024-11-10
        timeline:
          - date: 2024-11-07
            title: 'Call <script>alert(1)</script> "quoted" 🙂'
            text: Some **text**.
          - date: '2022'
            approximate: true
            title: Year only
          - date: 2023-03
            end: 2023-06
            title: A span
          - date: 2024-11-08T14:30:00Z
            title: With a time
        ---
        Body.
        """,
    "content/timeline/background.yaml": "- date: '2014-04'\n  title: Background event\n",
}
DATE_KEYS = {"year", "month", "day", "hour", "minute", "second", "millisecond", "display_date"}


def _load(make_site, tmp_path: Path) -> dict:
    build_site(make_site(SITE), out=tmp_path / "out")
    return json.loads((tmp_path / "out" / "data" / "timelinejs.json").read_text(encoding="utf-8"))


def _check_date(date: dict) -> None:
    assert set(date) <= DATE_KEYS and "year" in date
    for key in DATE_KEYS - {"display_date"}:
        if key in date:
            assert date[key].isdigit(), (key, date[key])
    if "day" in date:
        assert "month" in date


def test_timelinejs_json_is_structurally_valid(make_site, tmp_path: Path) -> None:
    data = _load(make_site, tmp_path)
    assert set(data) == {"title", "events"}
    assert set(data["title"]["text"]) == {"headline", "text"}
    ids = [e["unique_id"] for e in data["events"]]
    assert len(ids) == 5 and len(set(ids)) == 5
    for event in data["events"]:
        assert set(event) <= {"start_date", "end_date", "text", "group", "unique_id", "media", "background"}
        _check_date(event["start_date"])
        if "end_date" in event:
            _check_date(event["end_date"])
        assert isinstance(event["text"]["headline"], str) and event["text"]["headline"]
        assert isinstance(event["group"], str)


def test_dates_are_split_at_their_precision(make_site, tmp_path: Path) -> None:
    events = {e["text"]["headline"]: e for e in _load(make_site, tmp_path)["events"]}
    assert events["Year only"]["start_date"] == {"year": "2022", "display_date": "c. 2022"}
    assert events["A span"]["start_date"] == {"year": "2023", "month": "3"}
    assert events["A span"]["end_date"] == {"year": "2023", "month": "6"}
    assert events["Background event"]["start_date"] == {"year": "2014", "month": "4"}
    assert events["Background event"]["group"] == "Background"
    assert events["With a time"]["start_date"] == {"year": "2024", "month": "11", "day": "8", "hour": "14",
                                                   "minute": "30"}


def test_titles_are_escaped_because_timelinejs_renders_html(make_site, tmp_path: Path) -> None:
    data = _load(make_site, tmp_path)
    text = json.dumps(data, ensure_ascii=False)
    assert "<script>" not in text
    call = next(e for e in data["events"] if e["start_date"].get("day") == "7")
    assert call["text"]["headline"] == "Call &lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; 🙂"
    assert "<strong>text</strong>" in call["text"]["text"]
    assert call["group"] == "A &lt;script&gt;story&lt;/script&gt;"


# --- in a browser: TimelineJS (npm @knight-lab/timelinejs) loads the file and makes its slides

TIMELINE_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>TimelineJS</title>
<link rel="stylesheet" href="tljs/css/timeline.css"><script src="tljs/js/timeline.js"></script></head>
<body><div id="timeline" style="width: 1000px; height: 600px"></div>
<script>
fetch("data/timelinejs.json").then(r => r.json()).then(data => {
  window.timeline = new TL.Timeline("timeline", data, {font: null});
});
</script></body></html>
"""

SLIDE_STEPS = """
  await page.waitForFunction(() => document.querySelectorAll('.tl-slide-content').length > 1, null,
                             { timeout: 20000 });
  return page.evaluate(() => ({
    slides: document.querySelectorAll('.tl-slide').length,
    headlines: [...document.querySelectorAll('.tl-slide .tl-headline')].map((h) => h.textContent.trim()),
    dates: [...document.querySelectorAll('.tl-slide .tl-headline-date')].map((h) => h.textContent.trim()),
    scripts: document.querySelectorAll('.tl-slide script').length,
  }));
"""


def test_timelinejs_shows_a_slide_for_every_event(make_site, tmp_path: Path) -> None:
    require_tools("@knight-lab/timelinejs")
    dist = BROWSER_DIR / "node_modules" / "@knight-lab" / "timelinejs" / "dist"
    data = _load(make_site, tmp_path)
    out = tmp_path / "out"
    (out / "tljs").symlink_to(dist)
    (out / "tl.html").write_text(TIMELINE_PAGE, encoding="utf-8")
    with serve_folder(out) as url:
        seen = run_in_page(tmp_path, url + "tl.html", SLIDE_STEPS)
    assert seen["errors"] == [], seen
    assert seen["failed"] == [], seen
    assert seen["slides"] == len(data["events"]) + 1  # the title slide and one per event
    assert "Call <script>alert(1)</script> \"quoted\" 🙂" in seen["headlines"]
    assert seen["scripts"] == 0
    assert "c. 2022" in seen["dates"]
