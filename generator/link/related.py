"""Related articles, in the manner of Hugo's related content.

Each article is described by weighted keys: its key actors (weight 1.0),
actors it only mentions (0.5) and its tags (0.6). A shared key counts by
its weight times its rarity, ``log(1 + N / df)``, so an actor or tag that is in
most articles counts for little (but not nothing: in a site of two articles
about the same people, they are still related). Candidates come from an inverted index,
only those at or above ``THRESHOLD`` count, and only articles published on
or before the article itself are considered, so a published article's list
does not change when newer ones appear.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Collection

from generator.model import Article
from generator.parallel import map_in_order

WEIGHTS = {"actor": 1.0, "mention": 0.5, "tag": 0.6}
THRESHOLD = 1.0


def article_keys(article: Article) -> dict[str, float]:
    keys: dict[str, float] = {}
    for tag in article.tags:
        keys[f"tag:{tag.lower()}"] = WEIGHTS["tag"]
    for actor_id in article.mentioned:
        keys[f"actor:{actor_id}"] = WEIGHTS["mention"]
    for actor_id in article.actors:
        keys[f"actor:{actor_id}"] = WEIGHTS["actor"]
    return keys


def related_articles(articles: dict[str, Article], limit: int = 3, only: Collection[str] | None = None,
                     fork: bool = True) -> dict[str, list[str]]:
    """Slug → up to ``limit`` related slugs, best first (ties: newer first, then slug).

    ``only``: the slugs to answer for (default: every article); they are scored on every core
    when ``fork`` (see generator/parallel.py).
    """
    keys = {slug: article_keys(a) for slug, a in articles.items()}
    day = {slug: a.date.sort_key for slug, a in articles.items()}
    newer_first = {slug: -a.date.first_day().toordinal() for slug, a in articles.items()}
    # Each posting list is sorted by day, so the articles on or before a day are a prefix of it.
    # The order inside a list does not change a score: each candidate's sum still adds its shared
    # keys in the order of the article's own keys.
    postings: dict[str, list[tuple[tuple[int, int, int, str], str, float]]] = defaultdict(list)
    for slug, article_keys_ in keys.items():
        for key, weight in article_keys_.items():
            postings[key].append((day[slug], slug, weight))
    for entries in postings.values():
        entries.sort(key=lambda entry: entry[0])
    cut = {key: [entry[0] for entry in entries] for key, entries in postings.items()}
    total = len(articles)
    rarity = {key: math.log(1 + total / len(slugs)) for key, slugs in postings.items()}

    def best_for(slug: str) -> list[str]:
        mine = day[slug]
        scores: dict[str, float] = defaultdict(float)
        for key, weight in keys[slug].items():
            boost = rarity[key]
            if boost <= 0:
                continue
            entries = postings[key]
            for _, other, other_weight in entries[:bisect_right(cut[key], mine)]:
                if other != slug:
                    scores[other] += min(weight, other_weight) * boost
        best = [(-round(score, 9), newer_first[other], other)
                for other, score in scores.items() if score >= THRESHOLD]
        best.sort()
        return [other for _, _, other in best[:limit]]

    slugs = [slug for slug in articles if only is None or slug in only]
    return dict(zip(slugs, map_in_order(best_for, slugs, fork=fork), strict=True))
