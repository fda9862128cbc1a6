"""The timeline strip and actor network: inline SVG drawn at build time, escaped, linked, deterministic."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import lxml.etree

from generator.dates import PartialDate
from generator.diagnostics import Location
from generator.model import Actor, Event
from generator.render.svg import actor_network, timeline_strip
from generator.render.textwidth import text_width, wrap
from tests.conftest import build_site, page

EVIL = '<script>alert("x")</script> & \'quoted\' 🙂 بوتين'
SVG = "{http://www.w3.org/2000/svg}"

SITE = {
    "content/actors/alpha.md": f"---\nname: '{EVIL.replace(chr(39), chr(39) * 2)}'\n---\nBio.\n",
    "content/actors/beta.md": "---\nname: Beta Person\n---\nBio.\n",
    "content/actors/gamma.md": "---\nname: Gamma Group\nkind: group\n---\nBio.\n",
    "content/articles/story.md": """\
        ---
        title: A story
        date: 2024-11-10
        actors: [alpha, beta]
        timeline:
          - date: 2024-11-07
            title: Call happens
            actors: [alpha, beta, gamma]
          - date: '2022'
            approximate: true
            title: Something that year
            actors: [alpha, gamma]
          - date: 2023-03
            end: 2023-06
            title: A long span
        ---
        Body.
        """,
}


def _event(date: PartialDate, title: str, **kw: object) -> Event:
    event = Event(date=date, title=title, where=Location("x"), **kw)  # type: ignore[arg-type]
    event.id = "event-" + title.lower().replace(" ", "-")
    return event


def _svg(markup: str) -> lxml.etree._Element:
    return lxml.etree.fromstring(markup.encode())


def test_strip_is_well_formed_xml_and_escapes_titles() -> None:
    events = [_event(PartialDate(2020, 1, 2), EVIL), _event(PartialDate(2021), "Year only")]
    markup = timeline_strip(events, lambda e: "#" + e.id)
    root = _svg(markup)
    assert "<script>" not in markup
    titles = [t.text for t in root.iter(f"{SVG}title")]
    assert any(EVIL in (t or "") for t in titles)


def test_strip_has_text_alternative_and_links_every_event_to_its_anchor() -> None:
    events = [_event(PartialDate(2020, 1, 2), "One"), _event(PartialDate(2020, 5), "Two"),
              _event(PartialDate(2021, 1, 1), "Three", end=PartialDate(2021, 3, 1))]
    root = _svg(timeline_strip(events, lambda e: "#" + e.id))
    labelled = root.get("aria-labelledby")
    assert root.find(f"{SVG}title").get("id") == labelled
    assert root.find(f"{SVG}desc").get("id") == root.get("aria-describedby")
    hrefs = [a.get("href") for a in root.iter(f"{SVG}a")]
    assert hrefs == ["#event-one", "#event-two", "#event-three"]


def test_strip_draws_precision_span_and_approximation() -> None:
    events = [_event(PartialDate(2020, 1, 2), "Day"), _event(PartialDate(2020), "Year", approximate=True),
              _event(PartialDate(2021, 1, 1), "Span", end=PartialDate(2021, 3, 1))]
    root = _svg(timeline_strip(events, lambda e: "#" + e.id))
    markers = {a.find(f"{SVG}title").text.split(": ")[1]: a for a in root.iter(f"{SVG}a")}
    assert "precision-day" in markers["Day"].get("class")
    assert markers["Year"].find(f"{SVG}rect").get("class") == "band"
    assert "hollow" in markers["Year"].find(f"{SVG}circle").get("class")
    assert "approximate" in markers["Year"].get("class")
    assert markers["Year"].find(f"{SVG}title").text.startswith("c. 2020")
    assert markers["Span"].find(f"{SVG}rect").get("class") == "bar"
    # a year-only date is placed at its year's start: the band starts where 1 January is
    assert float(markers["Year"].find(f"{SVG}rect").get("x")) < float(markers["Day"].find(f"{SVG}circle").get("cx"))


def test_strip_labels_years_sparsely_on_a_long_axis() -> None:
    events = [_event(PartialDate(1900), "Start"), _event(PartialDate(2020), "End")]
    root = _svg(timeline_strip(events, lambda e: "#" + e.id))
    ticks = [t for t in root.iter(f"{SVG}text") if t.get("class") == "tick-label"]
    labels = [int(t.text) for t in ticks]
    assert labels[0] == 1900 and len(labels) < 121
    xs = [float(t.get("x")) for t in ticks]
    assert all(b - a >= 40 for a, b in pairwise(xs))
    assert [t.text for t in root.iter(f"{SVG}text") if t.get("class") == "marker-label"] == ["Start", "End"]


def test_strip_labels_its_markers_where_room_allows_and_not_where_it_does_not() -> None:
    few = [_event(PartialDate(2024, 3, d), f"Something long happens on day {d}") for d in (1, 2, 3, 9)]
    root = _svg(timeline_strip(few, lambda e: "#" + e.id))
    labels = [t for t in root.iter(f"{SVG}text") if t.get("class") == "marker-label"]
    assert [t.text for t in labels] == [e.title for e in few]  # room for the whole of each
    lanes = [float(t.get("y")) for t in labels]
    assert lanes == sorted(lanes) and len(set(lanes)) == 4  # each below the labels still running at its date
    crowded = [_event(PartialDate(2024, 3, d), f"Day {d}: a title long enough to be shortened here")
               for d in range(1, 13)]
    root = _svg(timeline_strip(crowded, lambda e: "#" + e.id))
    labels = [t for t in root.iter(f"{SVG}text") if t.get("class") == "marker-label"]
    assert len(labels) == 12
    texts = [t.text for t in labels]
    assert all(e.title.startswith(t.removesuffix("…")) for e, t in zip(crowded, texts, strict=True))
    assert any(t.endswith("…") for t in texts) and texts[-1] == crowded[-1].title  # the last has its lane free
    by_lane: dict[str, list[tuple[float, float]]] = {}
    for t in labels:
        x = float(t.get("x"))
        by_lane.setdefault(t.get("y"), []).append((x - 16, x + text_width(t.text, 12)))  # from its dot's left
    assert all(a[1] < b[0] for spans in by_lane.values() for a, b in pairwise(spans))
    many = [_event(PartialDate(2024, 3, 1 + d % 28), f"Event {d}") for d in range(200)]
    many.sort(key=lambda e: e.date.sort_key)
    root = _svg(timeline_strip(many, lambda e: "#" + e.id))
    assert [t for t in root.iter(f"{SVG}text") if t.get("class") == "marker-label"] == []
    assert len(list(root.iter(f"{SVG}a"))) == 200


def test_network_places_neighbours_on_a_circle_with_weighted_edges() -> None:
    centre = Actor(id="c", name="Centre", where=Location("x"))
    others = [(Actor(id=f"n{i}", name=f"N{i}", where=Location("x")), 20 - i, 0) for i in range(15)]
    root = _svg(actor_network(centre, others, lambda a: f"../{a.id}/"))
    links = list(root.iter(f"{SVG}a"))
    assert len(links) == 12
    assert links[0].get("href") == "../n0/"
    widths = [float(e.get("stroke-width")) for e in root.iter(f"{SVG}line")]
    assert widths[0] >= widths[-1]
    assert "and 3 more" in root.find(f"{SVG}desc").text


def test_pages_carry_the_pictures_escaped_and_identical_across_builds(make_site, tmp_path: Path) -> None:
    root = make_site(SITE)
    build_site(root, out=tmp_path / "one")
    build_site(root, out=tmp_path / "two")
    for rel in ("timeline/index.html", "actors/alpha/index.html", "actors/beta/index.html"):
        assert (tmp_path / "one" / rel).read_bytes() == (tmp_path / "two" / rel).read_bytes()
    timeline = page(tmp_path / "one", "timeline/")
    strip = timeline.xpath("//svg[contains(@class, 'timeline-strip')]")[0]
    anchors = {li.get("id") for li in timeline.xpath("//li[contains(@class, 'event')]")}
    hrefs = [a.get("href") for a in strip.xpath(".//a")]
    assert len(hrefs) == 3 and {h.lstrip("#") for h in hrefs} == anchors
    beta = page(tmp_path / "one", "actors/beta/")
    network = beta.xpath("//svg[contains(@class, 'actor-network')]")[0]
    assert {a.get("href") for a in network.xpath(".//a")} == {"../../actors/alpha/", "../../actors/gamma/"}
    html = (tmp_path / "one" / "actors/beta/index.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html
    assert EVIL in network.text_content()


def test_actor_without_connections_has_no_network(make_site, tmp_path: Path) -> None:
    root = make_site({"content/actors/lonely.md": "---\nname: Lonely\n---\nBio.\n"})
    build_site(root, out=tmp_path / "out")
    assert page(tmp_path / "out", "actors/lonely/").xpath("//svg") == []


def test_network_labels_are_whole_inside_the_picture_and_clear_of_each_other() -> None:
    centre = Actor(id="c", name="Centre", where=Location("x"))
    names = ["The Washington Post", "Volodymyr Zelenskiy", "Donald Trump", "Європейський Союз", "外交部",
             "Organisation for Security and Co-operation in Europe", "BBC", "A", "Kyiv", "Moscow", "Florida", "UN"]
    others = [(Actor(id=f"n{i}", name=name, where=Location("x")), 12 - i, 1) for i, name in enumerate(names)]
    root = _svg(actor_network(centre, others, lambda a: f"../{a.id}/"))
    width, height = (float(v) for v in root.get("viewBox").split()[2:])
    labels = list(root.iter(f"{SVG}text"))[1:]  # after the centre's initials
    assert [" ".join(s.text for s in t.iter(f"{SVG}tspan")) for t in labels] == names  # never cut
    assert len(list(labels[5].iter(f"{SVG}tspan"))) > 1  # a long name breaks between words
    sides: dict[str, list[tuple[float, float]]] = {"start": [], "end": []}
    for label in labels:
        anchor = label.get("text-anchor")
        spans = list(label.iter(f"{SVG}tspan"))
        for span in spans:
            x, extent = float(span.get("x")), text_width(span.text, 15)
            assert (x + extent <= width) if anchor == "start" else (x - extent >= 0), span.text
        top, bottom = float(spans[0].get("y")) - 15, float(spans[-1].get("y")) + 5
        assert top >= 0 and bottom <= height
        sides[anchor].append((top, bottom))
    for boxes in sides.values():
        assert all(b[0] >= a[1] for a, b in pairwise(sorted(boxes)))


def test_label_width_is_an_upper_bound_by_character_class() -> None:
    assert text_width("WW", 10) > text_width("Ab", 10) > text_width("ab", 10) > text_width("a b", 10) - 4
    assert text_width("外交", 10) == 20 and text_width("e\u0301", 10) == text_width("e", 10)
    assert wrap("Organisation for Security and Co-operation in Europe", 15, 260) == [
        "Organisation for Security", "and Co-operation in", "Europe"]
    assert wrap("Supercalifragilisticexpialidocious", 15, 50) == ["Supercalifragilisticexpialidocious"]


def test_neighbours_that_share_an_event_are_tied(make_site, tmp_path: Path) -> None:
    root = make_site(SITE)
    build_site(root, out=tmp_path / "out")
    alpha = page(tmp_path / "out", "actors/alpha/")
    network = alpha.xpath("//svg[contains(@class, 'actor-network')]")[0]
    assert len(network.xpath(".//line[@class='edge peer']")) == 1  # beta and gamma share the call
    items = [" ".join(li.text_content().split()) for li in alpha.xpath("//details[@class='network-list']//li")]
    assert "Beta Person: 1 shared event, 1 shared explainer; also linked to Gamma Group" in items


def test_the_stem_check_by_lanes_agrees_with_checking_every_marker() -> None:
    """strip._blocked (bisection per lane) against its definition: a marker of a lane below whose left edge is
    at most 7 right of the stem and whose right end at least 2 left of it."""
    import random

    from generator.render.strip import _blocked

    rng = random.Random(7)
    for _ in range(300):
        rows = []
        for lane in range(rng.randint(1, 8)):
            x = rng.uniform(0, 40)
            for _ in range(rng.randint(0, 8)):
                left = x + rng.uniform(0, 60)
                end = left + rng.uniform(5, 120)
                rows.append((None, left, left, lane, "", end))
                x = end + rng.uniform(7, 30)
        if not rows:
            continue
        blocked = _blocked(rows)  # type: ignore[arg-type]
        for _e, x0, _x1, lane, _t, _r in rows:
            for x in (x0, x0 - 7.0, x0 + 2.0, rng.uniform(0, 800)):
                expected = any(other > lane and left - 7 <= x <= end + 2 for _e2, left, _x2, other, _t2, end in rows)
                assert blocked(x, lane) == expected


def test_strip_keeps_a_title_that_holds_the_word_axis() -> None:
    """Markers are written once the axis's height is known: no placeholder in them is replaced afterwards."""
    events = [_event(PartialDate(2020, 1, 2), "AXIS powers meet"), _event(PartialDate(2020, 3, 4), "AXIS+ talks")]
    root = _svg(timeline_strip(events, lambda e: "#" + e.id))
    assert [t.text for t in root.iter(f"{SVG}title")][1:] == ["2 January 2020: AXIS powers meet",
                                                            "4 March 2020: AXIS+ talks"]
    assert [t.text for t in root.iter(f"{SVG}text") if "marker-label" in t.get("class")] == [
        "AXIS powers meet", "AXIS+ talks"]
    axis = root.find(f"{SVG}line[@class='axis']").get("y1")
    assert {line.get("y2") for line in root.iter(f"{SVG}line") if line.get("class") == "stem"} == {axis}
