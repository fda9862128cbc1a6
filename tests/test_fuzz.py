"""Property-based fuzzing (Hypothesis) of front matter, Markdown, wire copy and URLs.

Each example writes a small site whose values are drawn from hostile pieces (controls, escapes,
split schemes, YAML syntax, markup) and builds it without writing. Whatever comes in, the build
either reports errors, each one ``path:line:column: severity: message`` on one line, or gives
outputs that hold: every HTML page parses, feed.xml and sitemap.xml are well-formed XML, every
JSON file parses, no output carries a character XML 1.0 forbids, and no href, src or URL in
any of them has a scheme other than http, https or mailto, read as a browser reads it.

``FUZZ_EXAMPLES`` (environment) sets the examples per test; the suite's default keeps it short.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any

import lxml.etree
import lxml.html
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.build import BuildOptions, build
from generator.diagnostics import ContentError, Diagnostics
from generator.write import MemoryOutput

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "25"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 40,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

PIECES = ["javascript:", "JaVaScRiPt:", "java\tscript:", "java\nscript:", "javascript\t:", "\x01", "\x00", "\x1b",
          "\x0b", "\x08", "\x7f", "\x85", "\ufffe", "\uffff", "\ud800", "\u2028", " ", "\t", "\n", "\r", "<script>",
          "</script>", "<a href='javascript:x'>", "&#9;", "&#1;", "&lt;", "&", "[x](", ")", "](javascript:alert(1))",
          "<javascript:alert(1)>", "![i](data:text/html,x)", "*", "**", "_", "`", "#", "> ", "- ", "1. ", "|", "---",
          "...", ": ", "{", "}", "[", "]", "'", '"', "\\", "!!python/name:os.system", "&a", "*a", "%", "@", "?", "\\e",
          "\\x01", "\\u0000", "9" * 40, "0000", "9999", "2024-13-45", "https://example.org/a?b=<c>&d", "mailto:a@b",
          "//evil.example", "vbscript:", "data:", "file:", "é", "שלום", "🕊️", "\u202e", "\xa0"]

hostile = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=4)), max_size=8).map("".join)
url_like = st.builds(lambda pre, scheme, sep, rest: pre + scheme + sep + rest,
                     st.sampled_from(["", " ", "\x01", "\x00", "\t", "\n", "\x1f"]),
                     st.sampled_from(["javascript", "JAVASCRIPT", "java\tscript", "java\nscript", "jav\rascript",
                                      "vbscript", "data", "file", "http", "https", "mailto", "", "ht\ttp"]),
                     st.sampled_from([":", "\t:", ": ", "&#58;", "%3A"]), hostile)


def yaml_value(value: str, style: int) -> str:
    """The value as YAML: double-quoted with escapes (JSON is valid YAML), single-quoted, or raw."""
    if style == 0:
        return json.dumps(value)
    if style == 1:
        return "'" + value.replace("'", "''") + "'"
    return value


SAFE_SCHEMES = {"http", "https", "mailto"}
C0_AND_SPACE = "".join(map(chr, range(0x21)))
FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
DIAGNOSTIC = re.compile(r"^[^\n:]+:\d+:\d+: (error|warning): [^\n]+$")


def executable(url: str) -> bool:
    """Whether a browser would read a scheme other than http(s) or mailto from ``url``."""
    cleaned = re.sub("[\t\n\r]", "", url.strip(C0_AND_SPACE))
    match = re.match(r"([a-zA-Z][a-zA-Z0-9+.-]*):", cleaned)
    return match is not None and match.group(1).lower() not in SAFE_SCHEMES


def urls_in_html(text: str) -> list[str]:
    if not text.strip():
        return []
    root = lxml.html.fromstring(text)
    found = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for name, value in element.attrib.items():
            if name.split("}")[-1] in ("href", "src", "action", "formaction", "poster", "data", "xlink:href"):
                found.append(value)
    return found


def strings(value: Any) -> list[tuple[str, str]]:
    """Every (key, string) in a JSON value."""
    if isinstance(value, dict):
        return [pair for key, item in value.items() for pair in
                ([(key, item)] if isinstance(item, str) else strings(item))]
    if isinstance(value, list):
        return [pair for item in value for pair in ([("", item)] if isinstance(item, str) else strings(item))]
    return []


def check_outputs(files: dict[str, Any]) -> None:
    for dest, content in files.items():
        if isinstance(content, Path):
            continue
        text = content.decode("utf-8")
        assert not FORBIDDEN.search(text), f"{dest} holds a character XML forbids"
        if dest.endswith(".html"):
            for url in urls_in_html(text):
                assert not executable(url), f"{dest}: executable URL {url!r}"
            for script in lxml.html.fromstring(text).xpath("//script[@type='application/ld+json']/text()"):
                for key, value in strings(json.loads(script)):
                    assert not (key in ("url", "sameAs", "@id", "image", "logo") and executable(value)), value
        elif dest.endswith(".xml"):
            root = lxml.etree.fromstring(content)  # strict XML: raises on anything not well-formed
            for element in root.iter():
                for name, value in element.attrib.items():
                    if name.endswith("href"):
                        assert not executable(value), f"{dest}: executable URL {value!r}"
                if element.tag.endswith(("}loc", "}id", "link")) and element.text:
                    assert not executable(element.text), f"{dest}: executable URL {element.text!r}"
                if element.tag.endswith(("}content", "}summary", "description")) and element.text:
                    for url in urls_in_html(element.text):
                        assert not executable(url), f"{dest}: executable URL in HTML {url!r}"
        elif dest.endswith(".json"):
            for key, value in strings(json.loads(text)):
                if key in ("url", "source", "href", "link", "image"):
                    assert not executable(value), f"{dest}: executable URL {value!r}"
                if "<" in value:
                    for url in urls_in_html(value):
                        assert not executable(url), f"{dest}: executable URL in HTML {url!r}"


def build_fuzzed(files: dict[str, str | bytes]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for rel, content in files.items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_bytes(content.encode("utf-8", "surrogatepass"))
        output = MemoryOutput()
        try:
            build(BuildOptions(site_root=root, write=False, drafts=True, future=True), Diagnostics(), output=output)
        except ContentError as exc:
            assert exc.diagnostics
            for diagnostic in exc.diagnostics:
                line = str(diagnostic)
                assert DIAGNOSTIC.match(line), repr(line)
                assert len(diagnostic.message) < 600, repr(line)
            return
        check_outputs(output.files)


SITE = "title: Fuzz\nbase_url: https://example.org/f/\nsearch: false\n"


@FUZZ
@given(title=hostile, summary=hostile, body=hostile, tag=hostile, styles=st.lists(st.integers(0, 2), min_size=4,
                                                                                  max_size=4))
def test_front_matter_and_markdown(title: str, summary: str, body: str, tag: str, styles: list[int]) -> None:
    article = (f"---\ntitle: {yaml_value(title, styles[0])}\ndate: 2024-01-15\n"
               f"summary: {yaml_value(summary, styles[1])}\ntags: [{yaml_value(tag, styles[2])}]\n"
               f"actors: [p]\n---\n{body}\n\nSee [P](../actors/p.md) and [x]({summary}).\n")
    actor = f"---\nname: {yaml_value(tag or 'P', styles[3])}\nkind: person\n---\n{body}\n"
    build_fuzzed({"site.yaml": SITE, "content/articles/a.md": article, "content/actors/p.md": actor})


@FUZZ
@given(source=url_like, see_also=url_like, event=url_like, link=url_like, publisher=url_like, markdown=url_like,
       style=st.integers(0, 2))
def test_urls(source: str, see_also: str, event: str, link: str, publisher: str, markdown: str, style: int) -> None:
    article = (f"---\ntitle: A\ndate: 2024-01-15\nsource: {{name: S, url: {yaml_value(source, style)}}}\n"
               f"see_also:\n  - title: T\n    url: {yaml_value(see_also, style)}\n"
               f"timeline:\n  - date: 2024-01-01\n    title: E\n    source: {yaml_value(event, style)}\n"
               f"---\n[m]({markdown}) <{markdown}> ![i]({markdown})\n")
    actor = f"---\nname: P\nkind: person\nlinks:\n  - {{title: x, url: {yaml_value(link, style)}}}\n---\nBio\n"
    site = SITE + f"publisher: {{name: N, url: {yaml_value(publisher, style)}}}\n"
    build_fuzzed({"site.yaml": site, "content/articles/a.md": article, "content/actors/p.md": actor})


@FUZZ
@given(copy=st.lists(st.one_of(hostile, st.sampled_from(["\n\n", "\n", "By Staff\n", "WASHINGTON (AP) -- ",
                                                           "Copyright 2024\n", "-- 30 --"])), max_size=12).map("".join),
       raw=st.binary(max_size=40))
def test_wire_copy(copy: str, raw: bytes) -> None:
    article = "---\ntitle: Wire\ndate: 2024-01-15\nbody: ../../seeds/story.txt\n---\n"
    build_fuzzed({"site.yaml": SITE, "content/articles/a.md": article,
                  "seeds/story.txt": copy.encode("utf-8", "surrogatepass") + raw})


@FUZZ
@given(front=st.lists(st.one_of(st.sampled_from(PIECES), st.sampled_from(
    ["title: ", "date: ", "&x ", "*x", "<<: ", "\n  ", "\n- ", "? ", "!!binary ", "!!set ", "!!omap ", "~", "null",
     "2024-01-15", "0x1F", "1e400", ".inf", "0o17", "1_000", "12:30:00", "[[[[", "{a: {b: {c:"]), st.text(max_size=3)),
    max_size=16).map("".join))
def test_raw_front_matter(front: str) -> None:
    build_fuzzed({"site.yaml": SITE, "content/articles/a.md": f"---\ntitle: T\n{front}\n---\nBody\n",
                  "content/timeline/t.yaml": f"- date: 2024-01-01\n  title: {front}\n"})
