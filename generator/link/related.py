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

import heapq
import math
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Collection

from generator.model import Article

WEIGHTS = {"actor": 1.0, "mention": 0.5, "tag": 0.6}
THRESHOLD = 1.0
# An article whose keys' lists hold more entries than this is scored against the articles that can make its list
# only (see ``candidates``), not against every article sharing a key: on a large site a common tag is shared by
# a fixed share of all articles, and scoring them all makes the work grow with the square of the site.
PLAIN_UP_TO = 3000


def article_keys(article: Article) -> dict[str, float]:
    keys: dict[str, float] = {}
    for tag in article.tags:
        keys[f"tag:{tag.lower()}"] = WEIGHTS["tag"]
    for actor_id in article.mentioned:
        keys[f"actor:{actor_id}"] = WEIGHTS["mention"]
    for actor_id in article.actors:
        keys[f"actor:{actor_id}"] = WEIGHTS["actor"]
    return keys


def related_articles(articles: dict[str, Article], limit: int = 3,
                     only: Collection[str] | None = None) -> dict[str, list[str]]:
    """Slug → up to ``limit`` related slugs, best first (ties: newer first, then slug).

    ``only``: the slugs to answer for (default: every article). About 0.07 s for a thousand
    articles and 10 s for 30,000, in this process: sharing it with a forked helper was slower
    (both processes then pay page faults on the copied memory).
    """
    slugs_in_order = list(articles)
    index = {slug: i for i, slug in enumerate(slugs_in_order)}
    keys = [article_keys(articles[slug]) for slug in slugs_in_order]
    day = [articles[slug].date.sort_key for slug in slugs_in_order]
    newer_first = [-articles[slug].date.first_day().toordinal() for slug in slugs_in_order]
    # postings[key][weight]: the articles holding the key with that weight, sorted by day, so the
    # articles on or before a day are a prefix (found by bisecting ``days``). Within one key every
    # entry of a list adds the same amount to its article's score, so the inner loop is a bare add.
    postings: dict[str, dict[float, tuple[list[tuple[int, int, int, str]], list[int]]]] = {}
    entries: dict[str, list[tuple[tuple[int, int, int, str], int, float]]] = defaultdict(list)
    for i, article_keys_ in enumerate(keys):
        for key, weight in article_keys_.items():
            entries[key].append((day[i], i, weight))
    rarity = {}
    for key, listed in entries.items():
        listed.sort(key=lambda entry: (entry[0], entry[1]))
        rarity[key] = math.log(1 + len(articles) / len(listed))
        by_weight: dict[float, tuple[list[tuple[int, int, int, str]], list[int]]] = {}
        for entry_day, i, weight in listed:
            days, members = by_weight.setdefault(weight, ([], []))
            days.append(entry_day)
            members.append(i)
        postings[key] = by_weight

    members_of: dict[tuple[str, float], set[int]] = {}  # made as the large-site scoring asks for them
    top_weight = {key: max(by_weight) for key, by_weight in postings.items()}

    def add_key(scores: dict[int, float], me: int, mine: tuple[int, int, int, str], key: str, weight: float) -> float:
        """Add what ``key`` gives each article holding it, on or before ``mine``; the highest score it set but
        ``me``'s."""
        boost, top = rarity[key], 0.0
        for other_weight, (days, members) in postings[key].items():
            gain = min(weight, other_weight) * boost
            for other in members[:bisect_right(days, mine)]:
                scores[other] = score = scores.get(other, 0.0) + gain
                if score > top and other != me:
                    top = score
        return top

    def candidates(me: int, mine: tuple[int, int, int, str]) -> set[int]:
        """Every article that can make ``me``'s list: keys are taken by the most they can add (rare ones first);
        once what the keys left could add to an article not seen yet is below both the threshold and the
        ``limit``-th best score so far, no later key brings a new one (the scores so far only grow)."""
        bound = sorted(((min(weight, top_weight[key]) * rarity[key], key, weight) for key, weight in keys[me].items()
                        if rarity[key] > 0), reverse=True)
        left = sum(most for most, _, _ in bound)
        partial: dict[int, float] = {}
        top = 0.0  # the best partial score: the limit-th best is no higher
        for most, key, weight in bound:
            if left < THRESHOLD - 1e-6 or (left < top - 1e-6 and len(partial) >= limit
                                            and left < heapq.nlargest(limit, partial.values())[-1] - 1e-6):
                break
            top = max(top, add_key(partial, me, mine, key, weight))
            partial.pop(me, None)  # not a candidate of its own list
            left -= most
        return set(partial)

    size = {key: len(listed) for key, listed in entries.items()}

    def every_sharer(me: int, mine: tuple[int, int, int, str]) -> dict[int, float]:
        """The score of every article sharing a key with ``me``, through the keys' lists."""
        scores: dict[int, float] = {}
        for key, weight in keys[me].items():
            if rarity[key] > 0:
                add_key(scores, me, mine, key, weight)
        scores.pop(me, None)
        return scores

    def best_for(slug: str) -> list[str]:
        if limit <= 0:
            return []
        me = index[slug]
        mine = day[me]
        if sum(size[key] for key in keys[me]) <= PLAIN_UP_TO:
            scores = every_sharer(me, mine)
            return ranked(scores) if scores else []
        found = candidates(me, mine)
        if not found:
            return []
        scores = dict.fromkeys(sorted(found), 0.0)
        # Each candidate gains at most one amount per key, and keys are taken in the article's
        # own order: every score is the same sum, in the same order, whatever the list layout.
        for key, weight in keys[me].items():
            boost = rarity[key]
            if boost <= 0:
                continue
            for other_weight, (days, members) in postings[key].items():
                gain = min(weight, other_weight) * boost
                shown = bisect_right(days, mine)
                if shown <= len(scores):  # a rare key: through its few articles
                    for other in members[:shown]:
                        if other in scores:
                            scores[other] += gain
                else:  # a common one: through the candidates
                    held = members_of.get((key, other_weight))
                    if held is None:
                        held = members_of[key, other_weight] = set(members)
                    for other in scores:
                        if other in held and day[other] <= mine:
                            scores[other] += gain
        scores = {other: score for other, score in scores.items() if score > 0}
        return ranked(scores) if scores else []

    def ranked(scores: dict[int, float]) -> list[str]:
        # Scores are compared rounded (sums in another order may differ in the last bits); only
        # those within reach of the limit-th best can make the list, so only they are ranked.
        near = round(heapq.nlargest(limit, scores.values())[-1], 9) - 1e-9
        best = [(-round(score, 9), newer_first[other], slugs_in_order[other])
                for other, score in scores.items() if score >= THRESHOLD and score >= near]
        best.sort()
        return [other for _, _, other in best[:limit]]

    slugs = [slug for slug in articles if only is None or slug in only]
    return {slug: best_for(slug) for slug in slugs}
