"""The timeline at archive scale: pages by period at stable URLs, linked from the strip and each other."""

from __future__ import annotations

import itertools
import re
from urllib.parse import urljoin

import lxml.etree
import pytest

from generator.dates import PartialDate
from generator.diagnostics import Location
from generator.model import Event
from generator.render import periods, plan
from generator.render.strip import MAX_MARKS, timeline_strip
from tests.conftest import build_site, page

SITE = "title: T\nbase_url: https://example.org/news/\nsearch: false\n"
ACTOR = "---\nname: Jane Doe\nkind: person\n---\nBio.\n"
SVG = "{http://www.w3.org/2000/svg}"


def events_yaml() -> str:
    dates = ["2023-03-01", "2023-05-02", "'2024'", "2024-01-03", "2024-01-09"] + [f"2024-11-0{d}" for d in range(1, 6)]
    return "".join(f"- date: {d}\n  title: Event {i} happens\n  actors: [jane-doe]\n" for i, d in enumerate(dates))


@pytest.fixture
def out(make_site, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(periods, "PAGE_EVENTS", 5)
    monkeypatch.setattr(plan, "ACTOR_EVENTS", 4)
    monkeypatch.setattr(plan, "ACTOR_LATEST", 3)
    root = make_site({"site.yaml": SITE, "content/actors/jane-doe.md": ACTOR,
                      "content/timeline/t.yaml": events_yaml()})
    build_site(root)
    return root / "public"


def hrefs(doc, xpath: str, here: str) -> list[str]:
    """Links as site-relative URLs (the pages link relatively, from ``here``)."""
    return [urljoin("https://x/" + here, h).removeprefix("https://x/") for h in doc.xpath(xpath)]


def ids(doc) -> list[str]:
    return doc.xpath("//li[contains(@class, 'event')]/@id")


def test_a_large_timeline_is_split_into_years_and_dense_years_into_months(out) -> None:
    top = page(out, "timeline/")
    assert hrefs(top, "//nav[@class='periods']//a/@href", "timeline/") == ["timeline/2023/", "timeline/2024/"]
    assert [" ".join(t.split()) for t in top.xpath("//nav[@class='periods']//span[@class='count']/text()")] == [
        "2 events", "8 events"]
    assert ids(top) == []
    year = page(out, "timeline/2024/")
    assert hrefs(year, "//nav[@class='periods']//a/@href", "timeline/2024/") == [
        "timeline/2024/01/", "timeline/2024/11/"]
    assert [t.split("-happens")[0] for t in ids(year)] == ["event-2024-event-2"]  # known only to the year
    month = page(out, "timeline/2024/11/")
    assert len(ids(month)) == 5
    assert month.xpath("//h1/text()") == ["Timeline: November 2024"]
    here = "timeline/2024/11/"
    assert hrefs(month, "//nav[@class='crumbs']//a/@href", here) == ["timeline/", "timeline/2024/"]
    assert hrefs(month, "//a[@rel='prev']/@href", here) == ["timeline/2024/01/"]
    assert month.xpath("//a[@rel='next']") == []
    assert hrefs(page(out, "timeline/2023/"), "//a[@rel='next']/@href", "timeline/2023/") == ["timeline/2024/"]


def test_every_event_is_listed_on_exactly_one_page_and_the_strip_links_to_it(out) -> None:
    listed: dict[str, str] = {}
    for url in ("timeline/", "timeline/2023/", "timeline/2024/", "timeline/2024/01/", "timeline/2024/11/"):
        for event_id in ids(page(out, url)):
            assert event_id not in listed
            listed[event_id] = url
    assert len(listed) == 10
    strip = page(out, "timeline/").xpath("//*[local-name()='svg' and contains(@class, 'timeline-strip')]")[0]
    links = strip.xpath(".//*[local-name()='a']")
    assert len(links) == 10
    for link in links:
        target, anchor = urljoin("https://x/timeline/", link.get("href")).removeprefix("https://x/").split("#")
        assert listed[anchor] == target
        assert link.xpath("string(*[local-name()='title'])").endswith("happens")


def test_split_pages_send_old_anchors_on_through_one_list_beside_the_timeline(out) -> None:
    """Each page's script looks the period pages up in one file, so a page does not grow with their number."""
    import json

    assert json.loads((out / "timeline" / "pages.json").read_text()) == [
        "timeline/2023/", "timeline/2024/", "timeline/2024/01/", "timeline/2024/11/"]
    assert json.loads((out / "actors" / "jane-doe" / "events" / "pages.json").read_text()) == [
        "actors/jane-doe/events/2023/", "actors/jane-doe/events/2024/", "actors/jane-doe/events/2024/01/",
        "actors/jane-doe/events/2024/11/"]
    for here in ("timeline/", "timeline/2024/", "timeline/2024/11/", "actors/jane-doe/events/2024/"):
        script = "".join(page(out, here).xpath("//script[not(@type)]/text()"))
        [index] = re.findall(r'fetch\("([^"]+)"\)', script)
        assert urljoin("https://x/" + here, index).endswith("/events/pages.json" if "actors" in here else
                                                         "/timeline/pages.json")
        assert "timeline/2023/" not in script


def test_an_actor_with_many_events_shows_the_latest_and_links_its_pages(out) -> None:
    actor = page(out, "actors/jane-doe/")
    assert hrefs(actor, "//nav[@class='periods']//a/@href", "actors/jane-doe/") == [
        "actors/jane-doe/events/2023/", "actors/jane-doe/events/2024/"]
    assert [i.split("-event-")[1] for i in ids(actor)] == ["9-happens", "8-happens", "7-happens"]  # newest first
    year = page(out, "actors/jane-doe/events/2024/")
    assert year.xpath("//h1/text()") == ["Events of Jane Doe: 2024"]
    assert hrefs(year, "//nav[@class='crumbs']//a/@href", "actors/jane-doe/events/2024/") == ["actors/jane-doe/"]


def event(date: PartialDate, n: int) -> Event:
    e = Event(date, f"Event number {n} with a long enough title", Location("x"))
    e.id = f"event-{n}"
    return e


def test_the_strip_of_2800_events_weighs_under_300_kb_and_links_every_month() -> None:
    events = [event(PartialDate(2015 + n // 280, 1 + n % 12, 1 + n % 28), n) for n in range(2800)]
    events.sort(key=lambda e: e.date.sort_key)
    markup = timeline_strip(events, lambda e: "#" + e.id, month_href=lambda y, m: f"{y}/{m:02d}/")
    assert len(markup.encode()) < 300_000
    root = lxml.etree.fromstring(markup.encode())
    marks = list(root.iter(f"{SVG}a"))
    assert len(marks) == 120  # ten years of months
    assert all(a.find(f"{SVG}title").text.split(": ")[1].endswith("events") for a in marks)


def test_up_to_max_marks_each_event_has_a_named_marker_with_room() -> None:
    events = [event(PartialDate(2024, 11, 7), n) for n in range(MAX_MARKS)]
    root = lxml.etree.fromstring(timeline_strip(events, lambda e: "#" + e.id).encode())
    dots = [float(c.get("cx")) for c in root.iter(f"{SVG}circle")]
    assert len(dots) == MAX_MARKS
    assert min(b - a for a, b in itertools.pairwise(dots)) >= 10  # one busy day: every marker side by side


def test_a_long_list_of_explainers_is_split_into_years(make_site, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plan, "ARTICLES_PAGE", 2)
    root = make_site({"site.yaml": SITE, **{
        f"content/articles/a{n}.md": f"---\ntitle: Story {n}\ndate: {date}\nsummary: S.\n---\nText.\n"
        for n, date in enumerate(["2023-05-01", "2024-01-02", "2024-03-04"])}})
    build_site(root)
    out = root / "public"
    listing = page(out, "articles/")
    assert listing.xpath("//h2[@class='card-title']/a/text()") == ["Story 2", "Story 1"]
    assert hrefs(listing, "//nav[@class='periods']//a/@href", "articles/") == ["archive/2024/", "archive/2023/"]
    year = page(out, "archive/2023/")
    assert year.xpath("//h1/text()") == ["Explainers of 2023"]
    assert year.xpath("//h2[@class='card-title']/a/text()") == ["Story 0"]


KEYBOARD = """
  const seen = [];
  for (let i = 0; i < 20; i += 1) {
    await page.keyboard.press('Tab');
    seen.push(await page.evaluate(() => {
      const el = document.activeElement;
      const svg = el && el.closest && el.closest('svg.timeline-strip');
      return svg ? { href: el.getAttribute('href'), name: el.querySelector('title').textContent } : null;
    }));
  }
  return { markers: seen.filter(Boolean) };
"""


def test_the_strip_markers_take_the_keyboard_focus_and_name_their_event(tmp_path) -> None:
    from tests.browser_driver import require_tools, run_in_page, serve_folder
    from tests.conftest import REPO

    require_tools()
    out = tmp_path / "public"
    build_site(REPO, out=out)
    with serve_folder(out) as url:
        seen = run_in_page(tmp_path, url + "timeline/", KEYBOARD)
    assert seen["errors"] == [], seen
    assert len(seen["markers"]) >= 5
    first = seen["markers"][0]
    assert first["href"] == "#event-2014-03-18-russia-annexes-crimea"
    assert first["name"] == "18 March 2014: Russia annexes Crimea"


def anchors(out, url: str) -> dict[str, str]:
    """Every event anchor a built page has: id → the page (site-relative) that lists the event in full."""
    doc = page(out, url)
    found = {li.get("id"): url for li in doc.xpath("//li[contains(@class, 'event ') or @class='event']")}
    for entry in doc.xpath("//ol[@class='event-index']/li"):
        target, _, anchor = hrefs(entry, "a/@href", url)[0].partition("#")
        assert anchor == entry.get("id"), url
        found[anchor] = target
    return found


def test_an_old_link_to_an_event_reaches_it_without_script_after_its_year_is_split(
        make_site, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(periods, "PAGE_EVENTS", 5)
    dates = ["2023-03-01", "2023-05-02", "2024-01-03", "2024-11-04", "2024-11-05"]
    files = {"site.yaml": SITE, "content/timeline/t.yaml": "".join(
        f"- date: {d}\n  title: Event {d} happens\n" for d in dates)}
    root = make_site(files)
    build_site(root)
    out = root / "public"
    assert page(out, "timeline/").xpath("//ol[@class='event-index']") == []  # one page: every event in full
    before = anchors(out, "timeline/")
    assert len(before) == 5 and set(before.values()) == {"timeline/"}

    more = ["2023-07-01", "2024-11-06", "2024-11-07", "2024-12-01", "2024-12-02"]  # 2024 grows past five: months
    files["content/timeline/t.yaml"] += "".join(f"- date: {d}\n  title: Event {d} happens\n" for d in more)
    root = make_site(files)
    build_site(root)
    years = anchors(out, "timeline/")  # the old page is now the overview of the years
    assert len(years) == 10 and set(before) <= set(years)
    assert {years[k] for k in before} == {"timeline/2023/", "timeline/2024/01/", "timeline/2024/11/"}
    for event_id, target in years.items():
        assert anchors(out, target)[event_id] == target, event_id  # the link leads to the event in full
    year = anchors(out, "timeline/2024/")  # where the 2024 events were listed before the split
    assert {v for k, v in year.items() if k.startswith("event-2024-11")} == {"timeline/2024/11/"}
    assert page(out, "timeline/2024/").xpath("//section[@class='moved']/h2/text()") == ["Every event in this period"]


def test_a_split_page_indexes_the_events_of_its_parts_up_to_a_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    events = sorted((event(PartialDate(2024, 1 + n % 3, 1 + n), n) for n in range(9)), key=lambda e: e.date.sort_key)
    tree = periods.split(events, "timeline/", limit=3)
    year = tree.parts[0]
    moved = periods.moved(tree, year)
    assert [e.id for e, _url in moved] == [e.id for e in events]
    assert {url for _e, url in moved} == {"timeline/2024/01/", "timeline/2024/02/", "timeline/2024/03/"}
    assert periods.moved(tree, year.parts[0]) == []  # a month listed in full has nothing to send on
    monkeypatch.setattr(periods, "INDEX_EVENTS", 8)
    assert periods.moved(tree, year) == []  # past the limit, the page's script sends old anchors on


def test_with_script_an_old_anchor_goes_straight_to_the_event(out, tmp_path) -> None:
    from tests.browser_driver import require_tools, run_in_page, serve_folder

    require_tools()
    event_id = ids(page(out, "timeline/2024/11/"))[2]
    steps = "await page.waitForURL(/timeline\\/2024\\/11\\//); return { url: page.url() };"
    with serve_folder(out) as url:
        seen = run_in_page(tmp_path, f"{url}timeline/2024/#{event_id}", steps)
    assert seen["errors"] == [], seen
    assert seen["url"].endswith(f"/timeline/2024/11/#{event_id}")


def strip_of(doc):
    return doc.xpath("//*[local-name()='svg' and contains(@class, 'timeline-strip')]")[0]


def test_an_article_with_2800_events_has_a_strip_under_300_kb_whose_bars_reach_its_events(make_site) -> None:
    timeline = "".join(f"  - date: {2015 + n // 280}-{1 + n % 12:02d}-{1 + n % 28:02d}\n    title: Thing {n} happens\n"
                       for n in range(2800))
    root = make_site({"site.yaml": SITE, "content/articles/long.md":
                      f"---\ntitle: Long\ndate: 2025-01-01\ntimeline:\n{timeline}---\nBody.\n"})
    build_site(root)
    out = root / "public"
    for url in ("articles/long/", "embed/articles/long/"):
        doc = page(out, url)
        svg = strip_of(doc)
        assert len(lxml.etree.tostring(svg)) < 300_000, url
        assert "counts" in svg.get("class")
        targets = {h.lstrip("#") for h in svg.xpath(".//*[local-name()='a']/@href")}
        assert len(targets) == 120  # a bar for each month of ten years
        assert targets <= set(doc.xpath("//li/@id")), url  # each leads to the month's first event on the page


def test_an_actor_with_2800_events_has_strips_under_300_kb_and_pages_under_1_mb(make_site) -> None:
    events = "".join(f"- date: {2015 + n // 280}-{1 + n % 12:02d}-{1 + n % 28:02d}\n  title: Thing {n} happens\n"
                     "  actors: [jane-doe]\n" for n in range(2800))
    root = make_site({"site.yaml": SITE, "content/actors/jane-doe.md": ACTOR, "content/timeline/t.yaml": events})
    build_site(root)
    out = root / "public"
    pages = ["actors/jane-doe/", "timeline/", "embed/actors/jane-doe/", "embed/timeline/"]
    pages += [str(p.parent.relative_to(out)) + "/" for p in (out / "actors/jane-doe/events").rglob("index.html")]
    assert len(pages) > 20
    for url in pages:
        assert (out / url / "index.html").stat().st_size < 1_000_000, url
        assert len(lxml.etree.tostring(strip_of(page(out, url)))) < 300_000, url


def test_an_actor_strip_leads_to_the_events_its_own_page_lists(make_site, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(periods, "PAGE_EVENTS", 5)  # the site's timeline is split: timeline/#… would miss
    root = make_site({"site.yaml": SITE, "content/actors/jane-doe.md": ACTOR, "content/timeline/t.yaml": events_yaml()})
    build_site(root)
    actor = page(root / "public", "actors/jane-doe/")
    hrefs_ = strip_of(actor).xpath(".//*[local-name()='a']/@href")
    assert len(hrefs_) == 10
    assert {h.removeprefix("#") for h in hrefs_} == set(ids(actor))


def test_an_old_link_to_an_event_on_an_actor_page_reaches_it_once_the_actor_has_too_many(out) -> None:
    actor = anchors(out, "actors/jane-doe/")  # ten events: the page lists the latest three, and indexes the rest
    assert len(actor) == 10
    for event_id, target in actor.items():
        assert anchors(out, target)[event_id] == target, event_id
    assert page(out, "actors/jane-doe/").xpath("//section[@class='moved']/h3/text()") == ["Every event"]


def test_an_old_anchor_is_sent_on_in_a_browser(out, tmp_path) -> None:
    """A link to an event's anchor on a page that does not list it: the script fetches the timeline's
    pages.json and goes to the page that does (here from a month page to another month's page)."""
    from tests.browser_driver import require_tools, run_in_page, serve_folder

    require_tools()
    anchor = ids(page(out, "timeline/2024/11/"))[0]
    with serve_folder(out) as base:
        seen = run_in_page(tmp_path, f"{base}timeline/2024/01/#{anchor}",
                           "await page.waitForURL(/2024\\/11\\//, { timeout: 10000 }); return { url: page.url() };")
    assert seen["url"].endswith(f"/timeline/2024/11/#{anchor}") and not seen["errors"]
