"""`explainer check`: every build validation plus a link check of the rendered pages; never writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main
from generator.diagnostics import Diagnostics
from generator.linkcheck import check_links

ACTOR = "---\nname: Jane Doe\nkind: person\n---\nBio.\n"


def article(body: str, extra: str = "summary: S.\nactors: [jane-doe]\n") -> str:
    return f"---\ntitle: A\ndate: 2024-01-01\n{extra}---\n{body}\n"


@pytest.fixture
def clean_site(make_site) -> Path:
    return make_site({"site.yaml": "title: T\nbase_url: https://example.org/news/\nsearch: false\n",
                      "content/articles/a.md": article("Jane Doe said so."),
                      "content/actors/jane-doe.md": ACTOR})


def links_errors(files: dict[str, bytes], base_url: str = "https://example.org/news/") -> list[str]:
    diags = Diagnostics()
    check_links(files, base_url, diags)  # type: ignore[arg-type]
    return [str(d) for d in diags]


def test_check_passes_a_clean_site_and_writes_nothing(clean_site: Path, capsys) -> None:
    assert main(["check", "-s", str(clean_site)]) == 0
    assert "check passed" in capsys.readouterr().out
    assert not (clean_site / "public").exists()


def test_check_reports_content_errors_like_build(clean_site: Path, capsys) -> None:
    (clean_site / "content/articles/b.md").write_text("---\ntitle: B\n---\nNo date.\n")
    assert main(["check", "-s", str(clean_site)]) == 1
    assert "content/articles/b.md:2:1: error: article has no 'date'" in capsys.readouterr().err
    assert not (clean_site / "public").exists()


def test_check_reports_a_broken_link_in_a_body_naming_the_page(clean_site: Path, capsys) -> None:
    (clean_site / "content/articles/a.md").write_text(article("Jane Doe. See [the map](../../nope/map.png)."))
    assert main(["check", "-s", str(clean_site)]) == 1
    err = capsys.readouterr().err
    assert "articles/a/index.html:" in err
    assert "error: broken link '../../nope/map.png': no file nope/map.png in the output" in err
    assert "check failed: 1 broken link" in err
    assert not (clean_site / "public").exists()


def test_check_reports_a_missing_fragment(clean_site: Path, capsys) -> None:
    (clean_site / "content/articles/a.md").write_text(article("Jane Doe. [Events](../../timeline/#no-such-event)."))
    assert main(["check", "-s", str(clean_site)]) == 1
    assert ("broken link '../../timeline/#no-such-event': no element with id 'no-such-event' in "
            "timeline/index.html") in capsys.readouterr().err


def test_check_strict_fails_on_warnings(make_site, capsys) -> None:
    root = make_site({"site.yaml": "title: T\nbase_url: https://example.org/\nsearch: false\n",
                      "content/articles/a.md": article("Text.", extra=""),
                      "content/actors/jane-doe.md": ACTOR})
    assert main(["check", "-s", str(root)]) == 0
    out = capsys.readouterr()
    assert "2 warnings" in out.out
    assert main(["check", "--strict", "-s", str(root)]) == 1
    err = capsys.readouterr().err
    assert "actor 'jane-doe' is never mentioned" in err
    assert "article 'a' has no summary" in err
    assert "check failed: 2 warnings (--strict)" in err


def test_check_strict_prints_the_warnings_even_when_quiet(make_site, capsys) -> None:
    root = make_site({"content/articles/a.md": article("Text.", extra=""), "content/actors/jane-doe.md": ACTOR})
    assert main(["check", "--strict", "-q", "-s", str(root)]) == 1
    assert "has no summary" in capsys.readouterr().err


def test_links_to_folders_files_and_fragments_resolve() -> None:
    files = {
        "index.html": b'<a href="articles/">x</a><a href="./">h</a><img src="media/a.png"><a id="top"></a>',
        "articles/index.html": b'<a href="../#top">t</a><a href="x/#part">p</a><a href="x">no slash</a>',
        "articles/x/index.html": b'<h2 id="part">P</h2><a href="#part">self</a><a href="">self</a>',
        "media/a.png": b"\x89PNG",
        "404.html": b'<link href="/news/articles/"><a href="https://example.org/news/articles/x/#part">abs</a>',
    }
    assert links_errors(files) == []


def test_outside_links_are_not_checked() -> None:
    files = {"index.html": b'<a href="https://other.org/x">o</a><a href="mailto:a@b.c">m</a>'
                           b'<a href="//cdn.example/x.js">c</a><img src="data:image/png;base64,AA==">'}
    assert links_errors(files) == []


@pytest.mark.parametrize(("html", "message"), [
    (b'<img src="media/nope.png">', "broken link 'media/nope.png': no file media/nope.png in the output"),
    (b'<a href="#gone">g</a>', "broken link '#gone': no element with id 'gone' in index.html"),
    (b'<a href="../../etc/passwd">e</a>', "broken link '../../etc/passwd': it leads outside the site"),
    (b'<link href="/elsewhere/style.css">', "'/elsewhere/style.css' is outside the site's base path"),
    (b'<a href="https://example.org/news/missing/">m</a>', "no file missing/index.html in the output"),
    (b'<img srcset="media/a.png 1x, media/b.png 2x">', "broken link 'media/b.png'"),
])
def test_broken_links_are_errors_at_the_output_file(html: bytes, message: str) -> None:
    errors = links_errors({"index.html": html, "media/a.png": b""})
    assert len(errors) == 1
    assert errors[0].startswith("index.html:1:1: error: ")
    assert message in errors[0]


def test_search_bundle_written_after_rendering_is_taken_on_trust() -> None:
    diags = Diagnostics()
    check_links({"search/index.html": b'<script src="../pagefind/pagefind-ui.js"></script>'},
                "https://example.org/", diags, later=("pagefind/",))
    assert list(diags) == []


def test_check_validates_drafts_and_future_articles_too(clean_site: Path, capsys) -> None:
    (clean_site / "content/articles/wip.md").write_text(
        "---\ntitle: Work in progress\ndate: 2999-01-01\ndraft: true\nsummary: S.\nactors: [jane-do]\n---\nText.\n")
    assert main(["check", "-s", str(clean_site)]) == 1
    err = capsys.readouterr().err
    assert "content/articles/wip.md:6:10: error: unknown actor 'jane-do' (did you mean 'jane-doe'?)" in err
