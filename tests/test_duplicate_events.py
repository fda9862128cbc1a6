"""Events told twice: `check` warns when two look like the same one; `same_as:` shows them once, citing both."""

from __future__ import annotations

from generator.dates import parse_date
from generator.diagnostics import Location
from generator.link.duplicates import alike, look_alike
from generator.model import Event
from tests.conftest import build_errors, build_site, page

SITE = "title: T\nbase_url: https://example.org/\nsearch: false\n"
ACTORS = {"content/actors/russia.md": "---\nname: Russia\nkind: country\n---\nA country.\n",
          "content/actors/ukraine.md": "---\nname: Ukraine\nkind: country\n---\nA country.\n"}
BACKGROUND = """\
- date: 2022-02-24
  title: Russia's full-scale invasion of Ukraine begins
  actors: [russia]
  source: https://en.wikipedia.org/wiki/Russian_invasion_of_Ukraine
"""


def article(extra: str = "") -> str:
    return ("---\ntitle: A\ndate: 2024-01-01\nsummary: S.\ntimeline:\n  - date: '2022-02'\n"
            f"    title: Russia launches full-scale invasion of Ukraine\n    actors: [ukraine]\n{extra}---\n"
            "Russia and Ukraine.\n")


def site(make_site, extra: str = "", background: str = BACKGROUND):
    return make_site({"site.yaml": SITE, **ACTORS, "content/timeline/background.yaml": background,
                      "content/articles/a.md": article(extra)})


def test_two_events_alike_are_a_warning_naming_both(make_site) -> None:
    result = build_site(site(make_site))
    assert [str(w) for w in result.diagnostics.warnings] == [
        "content/articles/a.md:6:5: warning: event 'Russia launches full-scale invasion of Ukraine' (2022-02) "
        "looks like the same event as 'Russia's full-scale invasion of Ukraine begins' (2022-02-24) at "
        "content/timeline/background.yaml:1; if it is, add 'same_as: "
        "event-2022-02-24-russias-full-scale-invasion-of-ukraine-begins' to this one to show it once, citing "
        "both sources"]


def test_same_as_shows_the_event_once_with_both_sources_and_both_anchors(make_site) -> None:
    root = site(make_site, "    same_as: event-2022-02-24-russias-full-scale-invasion-of-ukraine-begins\n")
    result = build_site(root)
    assert result.diagnostics.warnings == []
    doc = page(root / "public", "timeline/")
    (event,) = doc.xpath("//li[contains(@class, 'event')]")
    assert event.get("id") == "event-2022-02-24-russias-full-scale-invasion-of-ukraine-begins"
    assert event.xpath(".//span/@id") == ["event-2022-02-russia-launches-full-scale-invasion-of-ukraine"]
    assert event.xpath(".//p[@class='event-source']/a/@href") == [
        "https://en.wikipedia.org/wiki/Russian_invasion_of_Ukraine", "../articles/a/"]
    assert event.xpath(".//a[@class='chip']/text()") == ["Russia", "Ukraine"]
    # the article keeps its own event on its own page
    assert page(root / "public", "articles/a/").xpath("//li[contains(@class, 'event')]/@id") == [
        "event-2022-02-russia-launches-full-scale-invasion-of-ukraine"]


def test_same_as_an_unknown_anchor_is_an_error(make_site) -> None:
    root = site(make_site, "    same_as: event-2022-02-24-russias-full-scale-invasion\n")
    assert build_errors(root) == [
        "content/articles/a.md:9:5: error: event 'Russia launches full-scale invasion of Ukraine': same_as "
        "'event-2022-02-24-russias-full-scale-invasion' is no event's anchor (did you mean "
        "'event-2022-02-24-russias-full-scale-invasion-of-ukraine-begins'?)"]


def test_same_as_in_a_circle_is_an_error(make_site) -> None:
    background = BACKGROUND + "  same_as: event-2022-02-russia-launches-full-scale-invasion-of-ukraine\n"
    root = site(make_site, "    same_as: event-2022-02-24-russias-full-scale-invasion-of-ukraine-begins\n",
                background)
    errors = build_errors(root)
    assert ("content/articles/a.md:9:5: error: event 'Russia launches full-scale invasion of Ukraine': same_as "
            "'event-2022-02-24-russias-full-scale-invasion-of-ukraine-begins' names itself, or a chain of same_as "
            "that comes back to it") in errors


def event(date: str, title: str, line: int = 1) -> Event:
    return Event(parse_date(date), title, Location("x.yaml", line))


def test_titles_alike_in_other_scripts_and_not_alike() -> None:
    assert alike("Росія починає повномасштабне вторгнення в Україну",
                 "Повномасштабне вторгнення Росії в Україну починається")
    assert alike("俄罗斯全面入侵乌克兰", "俄罗斯开始全面入侵乌克兰")
    assert alike("Zelenskiy répond à Trump", "Zelenskiy repond a Trump")
    assert not alike("Trump and Putin speak by phone", "Putin informally congratulates Trump")


def test_only_events_whose_dates_overlap_are_compared() -> None:
    events = [event("2022-02", "Talks in Jeddah begin", 1), event("2022-03-01", "Talks in Jeddah begin", 2),
              event("2022", "Talks in Jeddah begin", 3), event("2022-02-10", "Talks in Jeddah begin", 4)]
    pairs = {(a.where.line, b.where.line) for a, b in look_alike(events)}
    assert {tuple(sorted(p)) for p in pairs} == {(1, 3), (2, 3), (3, 4), (1, 4)}
