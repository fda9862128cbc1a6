"""Related articles: shared actors and tags, rare keys weigh more, a threshold, older-or-same-date only."""

from __future__ import annotations

import random

import pytest
from conftest import build_site, page

from generator.dates import parse_date
from generator.diagnostics import Location
from generator.link.related import related_articles
from generator.link.see_also import fill_related
from generator.model import Article, SeeAlso, Site


def article(slug: str, date: str, actors: tuple[str, ...] = (), tags: tuple[str, ...] = (),
            mentioned: tuple[str, ...] = ()) -> Article:
    return Article(slug=slug, title=slug.title(), date=parse_date(date), where=Location(f"{slug}.md"),
                   actors=list(actors), tags=list(tags), mentioned=list(mentioned))


def site_of(*articles: Article) -> dict[str, Article]:
    return {a.slug: a for a in articles}


def test_two_articles_about_the_same_actors_are_related() -> None:
    related = related_articles(site_of(article("old", "2024-01-01", actors=("x", "y")),
                                       article("new", "2024-02-01", actors=("x", "y"))))
    assert related["new"] == ["old"]


def test_only_older_or_same_date_articles_count() -> None:
    related = related_articles(site_of(article("a", "2024-01-01", actors=("x", "y")),
                                       article("b", "2024-01-01", actors=("x", "y")),
                                       article("c", "2024-03-01", actors=("x", "y"))))
    assert related["a"] == ["b"]
    assert related["b"] == ["a"]
    assert related["c"] == ["a", "b"]


def test_nothing_shared_means_not_related() -> None:
    related = related_articles(site_of(article("a", "2024-01-01", actors=("x",), tags=("war",)),
                                       article("b", "2024-02-01", actors=("y",), tags=("aid",))))
    assert related == {"a": [], "b": []}


def test_a_rare_shared_key_outweighs_a_common_one() -> None:
    arts = [article("base", "2024-05-01", actors=("common", "rare")),
            article("shares-rare", "2024-01-01", actors=("rare", "z1")),
            article("shares-common", "2024-01-02", actors=("common", "z2"))]
    arts += [article(f"filler-{i}", "2023-01-01", actors=("common",)) for i in range(6)]
    ranked = related_articles(site_of(*arts))["base"]
    assert ranked[0] == "shares-rare"


def test_a_single_weak_key_stays_below_the_threshold() -> None:
    arts = [article("a", "2024-02-01", mentioned=("x",)), article("b", "2024-01-01", mentioned=("x",))]
    arts += [article(f"other-{i}", "2023-01-01", actors=(f"o{i}",)) for i in range(3)]
    assert related_articles(site_of(*arts))["a"] == []


def test_key_actors_count_more_than_tags() -> None:
    arts = [article("base", "2024-05-01", actors=("x",), tags=("t",)),
            article("by-actor", "2024-01-01", actors=("x",), tags=("u",)),
            article("by-tag", "2024-01-01", actors=("y",), tags=("t",)),
            article("unrelated", "2024-01-01", actors=("z",), tags=("v",))]
    assert related_articles(site_of(*arts))["base"] == ["by-actor"]


def test_at_most_limit_related_articles() -> None:
    arts = [article(f"a{i}", f"2024-01-0{i + 1}", actors=("x", "y")) for i in range(6)]
    arts.append(article("z", "2024-01-02", actors=("q",)))
    related = related_articles(site_of(*arts), limit=3)
    assert len(related["a5"]) == 3
    assert related["a5"] == ["a4", "a3", "a2"]  # equal scores: newer first


def test_fill_related_tops_up_to_three_and_marks_entries() -> None:
    arts = [article(f"a{i}", f"2024-01-0{i + 1}", actors=("x", "y")) for i in range(5)]
    arts.append(article("other", "2024-01-01", actors=("q",)))
    arts[4].see_also = [SeeAlso("title", title="Outside")]
    arts[3].see_also = [SeeAlso("url", title=str(n), url=f"https://example.org/{n}") for n in range(3)]
    site = Site(articles=site_of(*arts))
    fill_related(site)
    assert [(e.kind, e.target, e.related) for e in arts[4].see_also] == [
        ("title", "", False), ("article", "a3", True), ("article", "a2", True)]
    assert all(not e.related for e in arts[3].see_also) and len(arts[3].see_also) == 3


def test_fill_related_skips_articles_already_listed() -> None:
    arts = [article(f"a{i}", f"2024-01-0{i + 1}", actors=("x", "y")) for i in range(4)]
    arts.append(article("other", "2024-01-01", actors=("q",)))
    arts[3].see_also = [SeeAlso("article", target="a2")]
    site = Site(articles=site_of(*arts))
    fill_related(site)
    assert [(e.target, e.related) for e in arts[3].see_also] == [("a2", False), ("a1", True), ("a0", True)]


def test_related_entries_are_marked_on_the_page(make_site) -> None:  # type: ignore[no-untyped-def]
    actor = "---\nname: {name}\nkind: person\n---\nBio.\n"
    art = "---\ntitle: {title}\ndate: {date}\nsummary: S.\nactors: [ann, bob]\n---\nText.\n"
    root = make_site({
        "content/actors/ann.md": actor.format(name="Ann"),
        "content/actors/bob.md": actor.format(name="Bob"),
        "content/articles/first.md": art.format(title="First", date="2024-01-01"),
        "content/articles/second.md": art.format(title="Second", date="2024-02-01"),
    })
    build_site(root)
    items = page(root / "public", "articles/second/").cssselect(".see-also li")
    assert [(i.get("class"), i.cssselect("a")[0].get("href")) for i in items] == [
        ("see-also-article related", "../../articles/first/")]
    assert page(root / "public", "articles/first/").cssselect(".see-also li") == []


def test_a_limit_of_zero_gives_empty_lists() -> None:
    arts = [article("a", "2024-01-01", actors=("x", "y")), article("b", "2024-01-02", actors=("x", "y"))]
    assert related_articles(site_of(*arts), limit=0) == {"a": [], "b": []}


def test_ties_in_score_rank_newer_then_slug_at_the_limit() -> None:
    arts = [article(slug, day, actors=("x", "y")) for slug, day in
            (("c", "2024-01-01"), ("b", "2024-01-01"), ("a", "2024-01-02"), ("d", "2024-01-05"))]
    assert related_articles(site_of(*arts), limit=2)["d"] == ["a", "b"]


def _related_by_every_pair(articles: dict[str, Article], limit: int = 3) -> dict[str, list[str]]:
    """The definition, article by article against every other: what ``related_articles`` must equal."""
    import heapq
    import math

    from generator.link.related import THRESHOLD, article_keys

    keys = {slug: article_keys(a) for slug, a in articles.items()}
    df: dict[str, int] = {}
    for held in keys.values():
        for key in held:
            df[key] = df.get(key, 0) + 1
    rarity = {key: math.log(1 + len(articles) / n) for key, n in df.items()}
    answer = {}
    for slug, me in articles.items():
        scores = {}
        for other, them in articles.items():
            if other == slug or them.date.sort_key > me.date.sort_key:
                continue
            score = 0.0
            for key, weight in keys[slug].items():
                if key in keys[other] and rarity[key] > 0:
                    score += min(weight, keys[other][key]) * rarity[key]
            if score > 0:
                scores[other] = score
        if not scores or limit <= 0:
            answer[slug] = []
            continue
        near = round(heapq.nlargest(limit, scores.values())[-1], 9) - 1e-9
        best = sorted((-round(score, 9), -articles[other].date.first_day().toordinal(), other)
                      for other, score in scores.items() if score >= THRESHOLD and score >= near)
        answer[slug] = [other for _, _, other in best[:limit]]
    return answer


def _random_date(rng: random.Random) -> str:
    """A date at any precision, date-times with offsets that put their UTC day before or after their own."""
    year, month, day = rng.randint(2022, 2023), rng.randint(1, 2), rng.randint(1, 3)
    kind = rng.random()
    if kind < 0.1:
        return f"{year}"
    if kind < 0.25:
        return f"{year}-{month:02d}"
    if kind < 0.6:
        return f"{year}-{month:02d}-{day:02d}"
    offset = rng.choice(("Z", "+13:00", "-11:00", "+02:00"))
    return f"{year}-{month:02d}-{day:02d}T{rng.randint(0, 23):02d}:{rng.choice((0, 30)):02d}:00{offset}"


@pytest.mark.parametrize("plain_up_to", [0, 3, 10**9])
def test_related_articles_equal_their_definition_on_random_sites(plain_up_to: int,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Both ways of scoring (every article sharing a key; on a large site, only those the rarer keys bring, see
    ``candidates``) must give the lists of every pair compared, on sites with many ties of score and of day and
    dates of every precision (date-times whose day in UTC is not their own)."""
    import generator.link.related

    monkeypatch.setattr(generator.link.related, "PLAIN_UP_TO", plain_up_to)
    rng = random.Random(11)
    for _ in range(80):
        n = rng.randint(2, 120)
        people = [f"p{i}" for i in range(rng.randint(1, 25))]
        tags = [f"t{i}" for i in range(rng.randint(1, 6))]
        arts = [article(f"a{i}", _random_date(rng),
                        actors=tuple(rng.sample(people, rng.randint(0, min(3, len(people))))),
                        tags=tuple(rng.sample(tags, rng.randint(0, min(3, len(tags))))),
                        mentioned=tuple(rng.sample(people, rng.randint(0, min(4, len(people))))))
                for i in range(n)]
        site = site_of(*arts)
        limit = rng.choice((1, 3, 5))
        assert related_articles(site, limit=limit) == _related_by_every_pair(site, limit)
