"""Id references (actors, affiliations, see-also) checked against one index."""

from __future__ import annotations

from collections.abc import Collection

from generator.diagnostics import Diagnostics, Location
from generator.load.fields import did_you_mean
from generator.model import Site


def unknown(kind: str, ref: str, known: dict[str, object], quiet: Collection[str] = ()) -> str:
    """The message for an unknown id; files that failed to load still count as suggestions."""
    broken = {name.split("/", 1)[1] for name in quiet if name.startswith(f"{kind}s/")}
    return f"unknown {kind} '{ref}'{did_you_mean(ref, set(known) | broken)}"


def _keep_known(ids: list[str], wheres: list[Location], known: dict[str, object], kind: str,
                fallback: Location, diags: Diagnostics, quiet: set[str]) -> list[str]:
    kept = []
    for index, ref in enumerate(ids):
        if ref in known:
            if ref not in kept:
                kept.append(ref)
            continue
        if f"{kind}s/{ref}" in quiet:
            continue
        where = wheres[index] if index < len(wheres) else fallback
        diags.error(where, unknown(kind, ref, known, quiet))
    return kept


def check_references(site: Site, diags: Diagnostics) -> None:
    """Report every unknown id, with a suggestion; unknown ids are dropped so linking can go on."""
    actors = site.actors
    quiet = site.broken | {f"articles/{slug}" for slug in site.unpublished}
    media = set(site.media)
    for article in site.articles.values():
        article.actors = _keep_known(article.actors, article.actor_where, actors, "actor",
                                     article.where, diags, quiet)
        kept = []
        for entry in article.see_also:
            known = site.articles if entry.kind == "article" else actors
            if entry.kind in ("article", "actor") and entry.target not in known:
                if f"{entry.kind}s/{entry.target}" not in quiet:
                    diags.error(entry.where or article.where, unknown(entry.kind, entry.target, known, quiet))
            elif entry.kind == "article" and entry.target == article.slug:
                diags.warning(entry.where or article.where, "the article lists itself under see_also; "
                                                            "the entry is left out")
            else:
                kept.append(entry)
        article.see_also = kept
        for author in article.authors:
            if author.actor is not None and author.actor not in actors and f"actors/{author.actor}" not in quiet:
                diags.error(author.where, unknown("actor", author.actor, actors, quiet) +
                            "; 'author' takes an actor id or a name written as it is shown (Jane Doe)")
        article.authors = [a for a in article.authors if a.actor is None or a.actor in actors]
        if article.image is not None and article.image.src not in media:
            diags.error(article.image.where, f"image 'content/{article.image.src}' does not exist"
                                             f"{did_you_mean(article.image.src, media)}")
            article.image = None
    for event in site.events + [e for a in site.articles.values() for e in a.timeline]:
        event.actors = _keep_known(event.actors, event.actor_where, actors, "actor", event.where, diags, quiet)
    for actor in actors.values():
        actor.affiliations = _keep_known(actor.affiliations, actor.affiliation_where, actors, "actor",
                                         actor.where, diags, quiet)
    _check_names(site, diags)


def _check_names(site: Site, diags: Diagnostics) -> None:
    """Two actors may share an alias (it is then linked only where one is a key actor); not a name."""
    names: dict[str, str] = {}
    for actor in site.actors.values():
        if actor.name in names:
            diags.error(actor.where, f"actor name '{actor.name}' is also the name of '{names[actor.name]}'; "
                                     "names must be unique")
        names.setdefault(actor.name, actor.id)
