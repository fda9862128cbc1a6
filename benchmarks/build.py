#!/usr/bin/env python3
"""Build benchmark: a synthetic site of N articles, the Markdown floor, and full builds.

    python benchmarks/build.py N [--runs R] [--seed S] [--site DIR]

Writes a deterministic synthetic site (N articles, N/10 actors, standalone and
article timeline events) into a temporary folder (or DIR, kept), then measures,
R times each, and reports the median:

  floor  read every article file, split the front matter, render every body
         with markdown-it-py (``MarkdownIt("commonmark")``), nothing else;
  build  ``python -m generator build -s SITE -o OUT`` (what ``explainer build``
         runs) in a fresh process per run, so interpreter start-up, imports,
         exit and memory count: wall and CPU seconds and peak RSS.

Prints a small table and, last, one JSON line. Stdlib only (plus the generator
and markdown-it-py it measures).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

SEED = 20261127
REPO = Path(__file__).resolve().parent.parent
TODAY_ORDINAL_CAP = 739_251  # 2024-12-31: every generated date is in the past

# --------------------------------------------------------------------------
# word pools


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FIRST = _words(
    "Alina Bogdan Celia Darius Edith Filip Gala Henrik Inga Jakub Kira Luka Mila Nikolai Olena Piotr "
    "Ruth Simon Tereza Uros Vesna Wiktor Yana Zdenek Aurel Bettina Corin Dora Emre Frida Gustav Hedda "
    "Ivo Jelena Kamil Livia Matteo Nina Oskar Paula Radek Selma Tomas Ursula Vlad Wilma Yulia Zeno"
)
LAST = _words(
    "Adamescu Bartos Cazacu Dvorak Eriksen Fodor Grosu Halme Ilves Janda Kalnins Lukas Mazur Nemeth "
    "Olteanu Popa Rajk Sandu Tanase Uhlir Vidal Wojcik Zaric Andrus Bilek Csaki Danek Esterhazy Fiala "
    "Gerber Hajek Iliescu Jokic Kuznets Loew Mares Nowicki Oprea Pusic Rohr Simic Toma Ulrich Vlcek"
)
PLACES = _words(
    "Aldavia Borund Castria Dovrel Elmoria Fanwick Galdor Hestra Ivaria Jornland Kessov Lorvia "
    "Merovia Nordal Ostravia Pellan Quorvia Rastan Selvia Torland Umbria Valdor Wesland Yssel Zarkov"
)
ORGS = ("Ministry of Finance", "Foreign Ministry", "Central Bank", "Election Commission", "Supreme Court",
        "General Staff", "Energy Regulator", "Customs Service", "Audit Chamber", "Security Council")
MEDIA = ("Courier", "Herald", "Observer", "Gazette", "Post", "Dispatch")
GROUPS = ("Farmers' Union", "Students' Front", "Dockers' League", "Civic Platform", "Veterans' Guild")
ROLES = ("President", "Prime Minister", "Foreign Minister", "Finance Minister", "opposition leader",
         "central bank governor", "army chief", "parliament speaker", "special envoy", "chief prosecutor",
         "investigative reporter", "party leader", "mayor", "trade negotiator", "spokesperson")
ALL_KINDS = ("person", "organization", "country", "place", "media", "group")
KIND_POOL = ["person"] * 10 + ["organization"] * 4 + ["country"] * 2 + ["place", "media", "group"]
TAGS = _words("diplomacy elections energy sanctions war ceasefire economy inflation trade migration courts "
        "corruption media security nuclear climate grain shipping banking budget parliament protests "
        "borders refugees health cyber intelligence aid reconstruction oil gas labour")
NOUNS = _words("talks deal ceasefire sanctions pipeline budget vote border treaty summit offensive convoy tariff "
         "reform inquiry coalition blockade corridor embargo loan subsidy election referendum statement "
         "ruling verdict campaign alliance dispute proposal package settlement crisis decree mission")
VERBS = _words("said announced warned rejected accepted signed proposed confirmed denied demanded approved "
         "blocked delayed criticised welcomed questioned postponed extended suspended launched")
ADJS = _words("new fragile contested sweeping limited urgent provisional bilateral regional secret formal "
        "sudden costly uncertain controversial modest disputed preliminary final strategic")
OPENERS = ("Meanwhile,", "However,", "In response,", "By contrast,", "Separately,", "Earlier,",
           "Officials said that", "Analysts noted that", "For now,", "Under the plan,")
PREPS = ("on", "over", "after", "before", "with", "despite", "amid", "against", "under")
HEADINGS = ("What happened", "Why it matters", "Who is involved", "What comes next", "The background",
            "How we got here", "The other side", "The numbers", "Open questions", "What to watch")
TITLES = ("{a} and {b} clash over {adj} {noun}", "{a} signals {adj} shift on {noun}",
          "Why the {noun} matters for {p}", "Explainer: the {adj} {noun} between {a} and {b}",
          "What the {noun} means for {p}", "{p} faces {adj} {noun} after {noun2}")
HOSTS = ("example.org", "example.com", "example.net", "news.example", "archive.example")


# --------------------------------------------------------------------------
# the synthetic site


@dataclass
class Actor:
    id: str
    name: str
    kind: str
    aliases: list[str]
    role: str
    affiliations: list[str] = field(default_factory=list)


@dataclass
class Corpus:
    articles: int = 0
    actors: int = 0
    events: int = 0  # standalone plus article timeline events
    words: int = 0


def slugify(text: str) -> str:
    out: list[str] = []
    for ch in text.lower():
        if ch.isascii() and ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


def quoted(text: str) -> str:
    """A YAML double-quoted scalar (a JSON string is one)."""
    return json.dumps(text, ensure_ascii=False)


def make_actors(rng: random.Random, count: int) -> list[Actor]:
    actors: list[Actor] = []
    ids: set[str] = set()
    names: set[str] = set()
    for i in range(count):
        kind = ALL_KINDS[i] if i < len(ALL_KINDS) else rng.choice(KIND_POOL)  # every kind, even when few
        place = PLACES[i % len(PLACES)] + ("" if i < len(PLACES) else f" {i // len(PLACES) + 1}")
        if kind == "person":
            first, last = rng.choice(FIRST), rng.choice(LAST)
            while f"{first} {last}" in names and len(names) < len(FIRST) * len(LAST):
                first, last = rng.choice(FIRST), rng.choice(LAST)
            name, role, aliases = f"{first} {last}", rng.choice(ROLES), [last, f"{first[0]}. {last}"]
            k = 0
            while name in names:  # every first and last name taken (over 2,000 people): a middle initial
                name, k = f"{first} {chr(ord('A') + k % 26)}.{k // 26 or ''} {last}", k + 1
        elif kind == "organization":
            org = rng.choice(ORGS)
            name, role = f"{place} {org}", "State body"
            aliases = ["".join(w[0] for w in name.split() if w[0].isupper())]
        elif kind == "country":
            name, role, aliases = f"Republic of {place}", "Sovereign state", [place]
        elif kind == "place":
            name, role, aliases = f"{place} Valley", "Contested region", [f"the {place} region"]
        elif kind == "media":
            name, role = f"The {place} {rng.choice(MEDIA)}", "News outlet"
            aliases = [name.removeprefix("The ")]
        else:
            group = rng.choice(GROUPS)
            name, role, aliases = f"{place} {group}", "Civic group", [f"the {group.split()[-1]} of {place}"]
        names.add(name)
        base = slugify(name)
        actor_id, k = base, 2
        while actor_id in ids:
            actor_id, k = f"{base}-{k}", k + 1
        ids.add(actor_id)
        actors.append(Actor(actor_id, name, kind, aliases, role))
    for actor in actors:
        others = rng.sample(actors, k=min(len(actors), rng.randint(0, 2)))
        actor.affiliations = sorted({o.id for o in others if o.id != actor.id})
    return actors


def sentence(rng: random.Random, names: list[str], link: bool = False) -> str:
    words: list[str] = []
    if rng.random() < 0.2:
        words.append(rng.choice(OPENERS))
    words.append(rng.choice(names) if names and rng.random() < 0.5 else f"the {rng.choice(ADJS)} {rng.choice(NOUNS)}")
    words.append(rng.choice(VERBS))
    adj = rng.choice(ADJS)
    style = rng.random()
    words += ["a", f"*{adj}*" if style < 0.1 else f"**{adj}**" if style < 0.15 else adj, rng.choice(NOUNS)]
    for _ in range(rng.randint(1, 3)):
        words.append(rng.choice(PREPS))
        if names and rng.random() < 0.15:
            words.append(rng.choice(names) + "'s")
        else:
            words += ["the", rng.choice(ADJS)]
        words.append(rng.choice(NOUNS))
    if link:
        noun = rng.choice(NOUNS)
        words.append(f"([the {noun} text](https://{rng.choice(HOSTS)}/{noun}/{rng.randint(100, 99999)}))")
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def paragraph(rng: random.Random, names: list[str]) -> str:
    return " ".join(sentence(rng, names, link=rng.random() < 0.1) for _ in range(rng.randint(3, 6)))


def make_body(rng: random.Random, names: list[str]) -> str:
    """Markdown of 600-800 words: paragraphs, headings, a list, a quote, links, emphasis."""
    target = rng.randint(600, 800)
    blocks: list[str] = []
    words = 0
    headings = rng.sample(HEADINGS, k=5)
    kinds = ["ul", "ol", "quote"]
    while words < target:
        if len(blocks) >= 2 and headings and rng.random() < 0.35:
            block = f"{'##' if rng.random() < 0.8 else '###'} {headings.pop()}"
        elif len(blocks) >= 3 and kinds and rng.random() < 0.25:
            kind = kinds.pop(rng.randrange(len(kinds)))
            if kind == "quote":
                block = f'> "{sentence(rng, names)}"\n>\n> — {rng.choice(names)}'
            else:
                items = [sentence(rng, names) for _ in range(rng.randint(3, 5))]
                block = "\n".join(f"{'-' if kind == 'ul' else f'{j}.'} {item}" for j, item in enumerate(items, 1))
        else:
            block = paragraph(rng, names)
        blocks.append(block)
        words += len(block.split())
    return "\n\n".join(blocks) + "\n"


def event_date(rng: random.Random, precision: str, near: int | None = None) -> str:
    """A date at the given precision; YAML-quoted where a bare value would not be a string."""
    low = 735_599  # 2015-01-01
    ordinal = rng.randint(low, TODAY_ORDINAL_CAP) if near is None else max(low, near - rng.randint(0, 500))
    day = _date(ordinal)
    if precision == "year":
        return f"'{day.year}'"
    if precision == "month":
        return f"'{day.year}-{day.month:02d}'"
    if precision == "day":
        return day.isoformat()
    return f"{day.isoformat()}T{rng.randint(6, 22):02d}:{rng.choice(('00', '15', '30', '45'))}:00Z"


def _date(ordinal: int) -> dt.date:
    return dt.date.fromordinal(ordinal)


def event_yaml(rng: random.Random, cast: list[Actor], indent: str, near: int | None = None) -> list[str]:
    precision = rng.choice(("year", "month", "day", "day", "time"))
    date = event_date(rng, precision, near)
    lines = [f"{indent}- date: {date}"]
    if precision == "day" and rng.random() < 0.15:
        end = dt.date.fromisoformat(date).toordinal() + rng.randint(1, 20)
        lines.append(f"{indent}  end: {_date(end).isoformat()}")
    if rng.random() < 0.15:
        lines.append(f"{indent}  approximate: true")
    names = [a.name for a in cast]
    title = sentence(rng, names).rstrip(".").replace("*", "")
    if len(title) > 90:
        title = title[:90].rsplit(" ", 1)[0]
    lines.append(f"{indent}  title: {quoted(title)}")
    if rng.random() < 0.4:
        lines.append(f"{indent}  text: {quoted(sentence(rng, names))}")
    lines.append(f"{indent}  actors: [{', '.join(sorted({a.id for a in cast}))}]")
    if rng.random() < 0.3:
        lines.append(f"{indent}  source: https://{rng.choice(HOSTS)}/event/{rng.randint(1, 99999)}")
    return lines


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")


def make_site(root: Path, n: int, seed: int = SEED, search: bool = False) -> Corpus:
    """Write a synthetic site of ``n`` articles into ``root``; the same n and seed give the same files."""
    rng = random.Random(seed)
    corpus = Corpus(articles=n)
    actors = make_actors(rng, max(2, n // 10))
    corpus.actors = len(actors)
    write(root / "site.yaml", "title: Synthetic explainers\nbase_url: https://explainers.example/news/\n"
          "language: en\ndescription: A synthetic site for the build benchmark.\n"
          "publisher: {name: Bench Desk, url: https://explainers.example/}\n"
          f"search: {'true' if search else 'false'}\n")
    for actor in actors:
        front = [f"name: {quoted(actor.name)}", f"kind: {actor.kind}",
                 f"aliases: [{', '.join(quoted(a) for a in actor.aliases)}]",
                 f"role: {quoted(actor.role)}", f"affiliations: [{', '.join(actor.affiliations)}]"]
        if rng.random() < 0.3:
            front += ["links:", f"  - {{title: Official site, url: 'https://{rng.choice(HOSTS)}/{actor.id}'}}"]
        bio = f"**{actor.name}** is a {actor.role.lower()}. " + paragraph(rng, [actor.name])
        write(root / "content" / "actors" / f"{actor.id}.md", "---\n" + "\n".join(front) + "\n---\n" + bio + "\n")
    slugs: list[str] = []
    for i in range(n):
        cast = rng.sample(actors, k=min(len(actors), rng.randint(2, 5)))
        bystanders = rng.sample(actors, k=min(len(actors), 2))
        names = [name for a in cast + bystanders for name in (a.name, *a.aliases)]
        country = next((a.aliases[0] for a in cast if a.kind == "country"), rng.choice(PLACES))
        title = rng.choice(TITLES).format(a=cast[0].name, b=cast[1].name, p=country, adj=rng.choice(ADJS),
                                          noun=rng.choice(NOUNS), noun2=rng.choice(NOUNS))
        title = title[0].upper() + title[1:]
        slug = f"{slugify(title)[:50].strip('-')}-{i}"
        published = rng.randint(736_000, TODAY_ORDINAL_CAP)
        front = [f"title: {quoted(title)}", f"date: {_date(published).isoformat()}"]
        if rng.random() < 0.2:
            front.append(f"updated: {_date(published + rng.randint(1, 30)).isoformat()}")
        front.append(f"summary: {quoted(sentence(rng, [cast[0].name]) + ' ' + sentence(rng, []))}")
        if rng.random() < 0.3:
            front.append(f"source: {{name: Wire, url: 'https://{rng.choice(HOSTS)}/wire/{i}'}}")
        front.append(f"actors: [{', '.join(a.id for a in cast)}]")
        front.append(f"tags: [{', '.join(sorted(rng.sample(TAGS, k=rng.randint(1, 4))))}]")
        front.append("timeline:")
        for _ in range(rng.randint(1, 4)):
            front += event_yaml(rng, rng.sample(cast, k=rng.randint(1, 2)), "  ", near=published)
            corpus.events += 1
        front.append("see_also:")
        for _ in range(rng.randint(1, 3)):
            kind = rng.random()
            if kind < 0.45 and slugs:
                front.append(f"  - article: {rng.choice(slugs)}")
            elif kind < 0.75:
                front.append(f"  - actor: {rng.choice(actors).id}")
            else:
                noun = rng.choice(NOUNS)
                front.append(f"  - title: {quoted(f'Background on the {noun}')}")
                front.append(f"    url: https://{rng.choice(HOSTS)}/{noun}/{rng.randint(1, 9999)}")
        body = make_body(rng, names)
        corpus.words += len(body.split())
        slugs.append(slug)
        write(root / "content" / "articles" / f"{slug}.md", "---\n" + "\n".join(front) + "\n---\n" + body)
    standalone = max(300, n // 10)
    lines: list[str] = []
    for _ in range(standalone):
        lines += event_yaml(rng, rng.sample(actors, k=min(len(actors), rng.randint(1, 3))), "")
    corpus.events += standalone
    write(root / "content" / "timeline" / "events.yaml", "\n".join(lines) + "\n")
    write(root / "content" / "pages" / "about.md",
          "---\ntitle: About\nsummary: What this synthetic site is.\n---\n" + paragraph(rng, []) + "\n")
    return corpus


# --------------------------------------------------------------------------
# measurements


@dataclass(frozen=True)
class Timing:
    wall: float  # seconds
    cpu: float  # user + system seconds
    inner: float = 0.0  # seconds reported by build() itself
    peak_mb: float = 0.0
    system: float = 0.0  # of cpu, seconds in the kernel (file system work, page faults)


def floor_once(root: Path, parse_yaml: bool = False) -> Timing:
    """Read, split and render every article body with markdown-it-py; with ``parse_yaml`` also
    parse the front matter with PyYAML (its C loader when present), as a real generator must."""
    from markdown_it import MarkdownIt

    loader = None
    if parse_yaml:
        import yaml
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    started, cpu = time.perf_counter(), time.process_time()
    md = MarkdownIt("commonmark")
    for path in sorted((root / "content" / "articles").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        body = text
        if text.startswith("---\n"):
            end = text.find("\n---\n", 4)
            body = text[end + 5:]
            if loader is not None:
                yaml.load(text[4:end], Loader=loader)
        md.render(body)
    return Timing(time.perf_counter() - started, time.process_time() - cpu)


SUMMARY_SECONDS = re.compile(r" files in (\d+(?:\.\d+)?) s\b")


def build_once(root: Path, out: Path, scratch: Path, code: Path | None = None) -> Timing:
    """One ``explainer build`` in a fresh interpreter, as a user runs it: wall and CPU, build()'s seconds, peak RSS.

    ``code``: a checkout whose ``generator`` package to run instead of the installed one.
    """
    if out.exists():
        shutil.rmtree(out)
    log = scratch / "child.out"
    command = [sys.executable, "-m", "generator", "build", "-s", str(root), "-o", str(out)]
    env = dict(os.environ, PYTHONPATH=str(code.resolve())) if code is not None else None
    with log.open("w") as sink:
        started = time.perf_counter()
        child = subprocess.Popen(command, stdout=sink, stderr=sink, env=env, cwd=code)
        _, status, usage = os.wait4(child.pid, 0)  # this child and the processes it waited for
        wall = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    text = log.read_text()
    if child.returncode != 0:
        sys.exit(f"build failed (exit {child.returncode}):\n{text[-4000:]}")
    found = SUMMARY_SECONDS.search(text)
    inner = float(found.group(1)) if found else 0.0
    return Timing(wall, usage.ru_utime + usage.ru_stime, inner, usage.ru_maxrss / 1024,  # ru_maxrss: KiB
                  usage.ru_stime)


def count_output(out: Path) -> tuple[int, int]:
    """HTML pages and all files under ``out``."""
    pages = files = 0
    for _, _, names in os.walk(out):
        files += len(names)
        pages += sum(name.endswith(".html") for name in names)
    return pages, files


def versions() -> dict[str, str]:
    import markdown_it

    return {"python": platform.python_version(), "markdown_it_py": markdown_it.__version__}


def run(n: int, runs: int, seed: int, site: Path | None, search: bool, tmp_dir: Path | None,
        baseline: Path | None = None) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="explainer-bench-", dir=tmp_dir) as tmp:
        scratch = Path(tmp)
        root = site if site is not None else scratch / "site"
        if root.exists():
            shutil.rmtree(root)
        corpus = make_site(root, n, seed, search)
        floors = [floor_once(root) for _ in range(runs)]
        yaml_floors = [floor_once(root, parse_yaml=True) for _ in range(runs)]
        # A fresh output folder per run, removed after all runs: after a large tree is deleted,
        # some file systems are slow to create files for a while (see README.md), and the next
        # run would pay for the cleanup of the last. With a baseline, the two alternate.
        builds, baselines = [], []
        for k in range(runs):
            builds.append(build_once(root, scratch / f"public-{k}", scratch, code=REPO if baseline else None))
            if baseline is not None:
                baselines.append(build_once(root, scratch / f"baseline-{k}", scratch, code=baseline))
        pages, files = count_output(scratch / "public-0")
    floor = statistics.median(t.wall for t in floors)
    yaml_floor = statistics.median(t.wall for t in yaml_floors)
    build = statistics.median(t.wall for t in builds)
    compared: dict[str, object] = {}
    if baselines:
        base = statistics.median(t.wall for t in baselines)
        base_cpu = statistics.median(t.cpu for t in baselines)
        compared = {"baseline_s": round(base, 3), "vs_baseline": round(build / base, 3),
                    "baseline_cpu_s": round(base_cpu, 3),
                    "cpu_vs_baseline": round(statistics.median(t.cpu for t in builds) / base_cpu, 3),
                    "baseline_peak_mb": round(max(t.peak_mb for t in baselines), 1)}
    floor_cpu = statistics.median(t.cpu for t in floors)
    build_cpu = statistics.median(t.cpu for t in builds)
    return {
        "articles": corpus.articles, "actors": corpus.actors, "events": corpus.events,
        "words_per_article": round(corpus.words / max(1, n)), "search": search,
        "pages": pages, "files": files, "runs": runs,
        "floor_s": round(floor, 3), "build_s": round(build, 3),
        "build_in_process_s": round(statistics.median(t.inner for t in builds), 3),
        "ratio": round(build / floor, 2), "yaml_floor_s": round(yaml_floor, 3),
        "yaml_ratio": round(build / yaml_floor, 2), **compared,
        "floor_cpu_s": round(floor_cpu, 3), "build_cpu_s": round(build_cpu, 3),
        "cpu_ratio": round(build_cpu / floor_cpu, 2), "pages_per_s": round(pages / build, 1),
        "build_system_s": round(statistics.median(t.system for t in builds), 3),
        "output_under": str(tmp_dir if tmp_dir is not None else tempfile.gettempdir()),
        "peak_mb": round(max(t.peak_mb for t in builds), 1), "load_1min": round(os.getloadavg()[0], 2),
        **versions(),
    }


ROWS = (  # label, key, unit
    ("articles", "articles", ""),
    ("actors", "actors", ""),
    ("events", "events", ""),
    ("words per article", "words_per_article", ""),
    ("search index", "search", ""),
    ("pages written", "pages", ""),
    ("files written", "files", ""),
    ("runs (median of)", "runs", ""),
    ("output under", "output_under", ""),
    ("floor median", "floor_s", "s"),
    ("build median", "build_s", "s"),
    ("  of which build()", "build_in_process_s", "s"),
    ("ratio build/floor", "ratio", "x"),
    ("floor with YAML median", "yaml_floor_s", "s"),
    ("ratio build/YAML floor", "yaml_ratio", "x"),
    ("baseline build median", "baseline_s", "s"),
    ("ratio build/baseline", "vs_baseline", "x"),
    ("baseline CPU median", "baseline_cpu_s", "s"),
    ("CPU ratio build/baseline", "cpu_vs_baseline", "x"),
    ("baseline peak memory", "baseline_peak_mb", "MB"),
    ("floor CPU median", "floor_cpu_s", "s"),
    ("build CPU median", "build_cpu_s", "s"),
    ("  of which system", "build_system_s", "s"),
    ("CPU ratio", "cpu_ratio", "x"),
    ("pages per second", "pages_per_s", ""),
    ("peak memory", "peak_mb", "MB"),
    ("load average (1 min)", "load_1min", ""),
    ("python", "python", ""),
    ("markdown-it-py", "markdown_it_py", ""),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of articles (at least 10)")
    parser.add_argument("--runs", type=int, default=3, help="measurements of each kind; the median is shown")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--search", action="store_true", help="search: true in site.yaml (runs Pagefind)")
    parser.add_argument("--tmp", type=Path, help="make the temporary folder (site and output) here, e.g. /dev/shm")
    parser.add_argument("--site", type=Path, help="write the synthetic site here and keep it (replaced if present)")
    parser.add_argument("--baseline", type=Path, metavar="CHECKOUT",
                        help="another checkout of the generator (e.g. a git worktree of an older commit): its builds "
                             "alternate with this one's, and the ratio of the medians is shown")
    args = parser.parse_args(argv)
    if args.n < 10 or args.runs < 1:
        parser.error("N must be at least 10 and --runs at least 1")
    result = run(args.n, args.runs, args.seed, args.site, args.search, args.tmp, args.baseline)
    width = max(len(label) for label, _, _ in ROWS)
    for label, key, unit in ROWS:
        if key not in result:
            continue
        print(f"{label:<{width}}  {result[key]!s:>10} {unit}".rstrip())
    print(json.dumps(result, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
