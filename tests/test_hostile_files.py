"""Hostile files and faults: links out of the site, loops, bombs, edge dates, browser-normalised
URLs, templates that recurse. Each case is an error at its place with the message checked, never a
traceback, and nothing outside the site folder is read."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from conftest import build_errors, build_site, page

from generator.cli import main

ARTICLE = "---\ntitle: A\ndate: 2024-01-15\n---\nBody text.\n"


def test_an_article_linked_from_outside_the_site_is_an_error_naming_the_link(make_site, tmp_path: Path) -> None:
    secret = tmp_path / "secret.md"
    secret.write_text("---\ntitle: Secret\ndate: 2024-01-01\n---\nSECRET\n")
    root = make_site({"content/articles/a.md": ARTICLE})
    (root / "content/articles/leak.md").symlink_to(secret)
    assert build_errors(root) == [
        "content/articles/leak.md:1:1: error: is a symbolic link to a place outside the site folder; "
        "copy the file into the site instead"]


def test_a_medium_linked_to_etc_passwd_is_an_error_and_never_copied(make_site) -> None:
    root = make_site({"content/articles/a.md": ARTICLE, "content/media/ok.txt": "fine"})
    (root / "content/media/passwd").symlink_to("/etc/passwd")
    assert build_errors(root) == [
        "content/media/passwd:1:1: error: is a symbolic link to a place outside the site folder; "
        "copy the file into the site instead"]
    assert not (root / "public").exists()


def test_links_inside_the_site_are_followed(make_site) -> None:
    root = make_site({"content/articles/a.md": ARTICLE, "seeds/b.md": ARTICLE.replace("title: A", "title: B"),
                      "content/media/ok.txt": "fine"})
    (root / "content/articles/b.md").symlink_to(root / "seeds/b.md")
    (root / "content/media/again.txt").symlink_to("ok.txt")
    build_site(root)
    assert page(root / "public", "articles/b/").findtext(".//h1").strip() == "B"
    assert (root / "public/media/again.txt").read_text() == "fine"


@pytest.mark.parametrize("where", ["content/articles", "content/media", "layouts", "seeds"])
def test_a_folder_linked_from_outside_is_an_error(make_site, tmp_path: Path, where: str) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "x.md").write_text(ARTICLE)
    root = make_site({"content/actors/.keep": ""})
    (root / where).parent.mkdir(parents=True, exist_ok=True)
    (root / where).symlink_to(outside, target_is_directory=True)
    errors = build_errors(root)
    assert f"{where}:1:1: error: is a symbolic link to a place outside the site folder; " \
           "copy the file into the site instead" in errors or \
           f"{where}:1:1: error: '{where}' is a symbolic link to a place outside the site folder; " \
           "copy the file into the site instead" in errors


def test_a_link_loop_is_an_error_naming_the_file_and_the_other_errors_still_come(make_site) -> None:
    root = make_site({"content/articles/a.md": ARTICLE, "content/articles/bad.md": "---\ntitle: B\n---\n"})
    (root / "content/articles/loop.md").symlink_to("loop.md")
    (root / "content/media").mkdir()
    (root / "content/media/round").symlink_to("../media", target_is_directory=True)
    assert build_errors(root) == [
        "content/articles/bad.md:2:1: error: article has no 'date'; it is required",
        "content/articles/loop.md:1:1: error: is a symbolic link loop; replace it with the file it should name",
    ]


def test_a_body_file_linked_to_itself_is_an_error(make_site) -> None:
    root = make_site({"content/articles/a.md": "---\ntitle: A\ndate: 2024-01-15\nbody: ../../seeds/self.txt\n---\n"})
    (root / "seeds").mkdir()
    (root / "seeds/self.txt").symlink_to("self.txt")
    errors = build_errors(root)
    assert errors == ["content/articles/a.md:4:1: error: 'body' file '../../seeds/self.txt' cannot be read: "
                      "a symbolic link loop",
                      "seeds/self.txt:1:1: error: is a symbolic link loop; replace it with the file it should name"]


def test_a_body_file_linked_outside_is_an_error(make_site, tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("SECRET")
    root = make_site({"content/articles/a.md": "---\ntitle: A\ndate: 2024-01-15\nbody: ../../seeds/s.txt\n---\n"})
    (root / "seeds").mkdir()
    (root / "seeds/s.txt").symlink_to(tmp_path / "story.txt")
    errors = build_errors(root)
    assert errors == ["content/articles/a.md:4:1: error: 'body' path '../../seeds/s.txt' leaves the site folder; "
                      "keep bodies inside the site (seeds/ is the place for raw copy)",
                      "seeds/s.txt:1:1: error: is a symbolic link to a place outside the site folder; "
                      "copy the file into the site instead"]


def test_a_nul_byte_in_a_body_path_is_an_error(make_site) -> None:
    root = make_site({"content/articles/a.md": '---\ntitle: A\ndate: 2024-01-15\nbody: "x\\0y.txt"\n---\n'})
    assert build_errors(root) == [
        "content/articles/a.md:4:7: error: character U+0000 is not allowed (a control character or "
        "noncharacter); remove it"]


def test_a_body_path_too_long_for_the_file_system_is_an_error(make_site) -> None:
    name = "x" * 300 + ".txt"
    root = make_site({"content/articles/a.md": f"---\ntitle: A\ndate: 2024-01-15\nbody: {name}\n---\n",
                      "content/articles/b.md": "---\ntitle: B\n---\n"})
    errors = build_errors(root)
    assert errors[0].startswith("content/articles/a.md:4:1: error: 'body' file 'xxxx")
    assert errors[0].endswith("' cannot be read: File name too long")
    assert len(errors[0]) < 200
    assert errors[1] == "content/articles/b.md:2:1: error: article has no 'date'; it is required"


def test_an_alias_bomb_as_a_date_is_an_error_at_once(make_site) -> None:
    levels = ["b0: &b0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    levels += [f"b{i}: &b{i} [" + ", ".join([f"*b{i - 1}"] * 9) + "]" for i in range(1, 9)]
    root = make_site({"content/articles/a.md": "---\ntitle: A\n" + "\n".join(levels) + "\ndate: *b8\n---\n"})
    errors = build_errors(root)
    assert len(errors) == 1 and len(errors[0]) < 300
    assert errors[0].endswith("error: the document holds more than 100,000 values once its aliases (*name) are "
                              "expanded; write it out plainly")


def test_a_title_of_4300_digits_is_an_error_not_a_traceback(make_site) -> None:
    root = make_site({"content/articles/a.md": f"---\ntitle: {'7' * 4300}\ndate: 2024-01-15\n---\n"})
    assert build_errors(root) == [
        "content/articles/a.md:2:8: error: a number of 4,300 digits; at most 30 are allowed (quote it to make it text)"]


@pytest.mark.parametrize(("char", "code"), [("\x1b", "001B"), ("\x0b", "000B"), ("\x08", "0008"), ("\ufffe", "FFFE")])
def test_a_character_xml_forbids_in_a_body_is_an_error_at_its_place(make_site, char: str, code: str) -> None:
    root = make_site({"content/articles/a.md": f"---\ntitle: A\ndate: 2024-01-15\n---\nline one\nab{char}c\n"})
    assert build_errors(root) == [
        f"content/articles/a.md:6:3: error: character U+{code} is not allowed (a control character or "
        "noncharacter); remove it"]


@pytest.mark.parametrize("url", ["java\tscript:alert(1)", "java\nscript:alert(1)", "javascript\t:alert(1)",
                                 "\x01javascript:alert(1)", " JaVaScRiPt:alert(1)", "\x00javascript:alert(1)",
                                 "vbscript:x", "data:text/html,x", "file:///etc/passwd"])
@pytest.mark.parametrize("field", ["see_also", "source", "event", "actor", "publisher"])
def test_urls_are_checked_as_a_browser_reads_them(make_site, url: str, field: str) -> None:
    quoted = '"' + url.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace(
        "\x01", "\\x01").replace("\x00", "\\0") + '"'
    files = {"content/articles/a.md": ARTICLE, "content/actors/p.md": "---\nname: P\nkind: person\n---\nBio\n"}
    if field == "see_also":
        files["content/articles/a.md"] = ("---\ntitle: A\ndate: 2024-01-15\nsee_also:\n"
                                          f"  - title: T\n    url: {quoted}\n---\n")
    elif field == "source":
        files["content/articles/a.md"] = f"---\ntitle: A\ndate: 2024-01-15\nsource: {{name: S, url: {quoted}}}\n---\n"
    elif field == "event":
        files["content/timeline/t.yaml"] = f"- date: 2024-01-01\n  title: E\n  source: {quoted}\n"
    elif field == "actor":
        files["content/actors/p.md"] = ("---\nname: P\nkind: person\nlinks:\n"
                                        f"  - {{title: x, url: {quoted}}}\n---\nBio\n")
    else:
        files["site.yaml"] = f"title: T\npublisher: {{name: N, url: {quoted}}}\n"
    errors = build_errors(make_site(files))
    assert len(errors) == 1
    assert ": error: 'url' must be an http(s) URL or a site path, not '" in errors[0] or \
           ": error: 'source' must be an http(s) URL or a site path, not '" in errors[0] or \
           "character U+0001 is not allowed" in errors[0] or "character U+0000 is not allowed" in errors[0]


def test_markdown_links_with_a_split_scheme_are_not_links(make_site) -> None:
    root = make_site({"content/articles/a.md": ARTICLE.replace(
        "Body text.", "[a](java&#9;script:alert(1)) [b](&#1;javascript:alert(2)) [c](https://ok.example/)")})
    build_site(root)
    hrefs = page(root / "public", "articles/a/").xpath("//main//a/@href")
    assert "https://ok.example/" in hrefs
    for href in hrefs:  # as a browser reads it: controls and spaces around, tabs and newlines inside, dropped
        cleaned = re.sub("[\t\n\r]", "", href.strip("".join(map(chr, range(0x21)))))
        scheme = re.match(r"([a-zA-Z][a-zA-Z0-9+.-]*):", cleaned)
        assert scheme is None or scheme.group(1).lower() in ("http", "https", "mailto"), href


def test_edge_years_build_and_year_0000_is_an_error(make_site) -> None:
    root = make_site({
        "content/articles/first.md": "---\ntitle: First\ndate: 0001-01-01\n---\nBody\n",
        "content/articles/last.md": "---\ntitle: Last\ndate: 9999-12-31T23:59:59-05:00\n---\nBody\n",
        "content/timeline/t.yaml": "- {date: '0001', title: Start}\n- {date: 9999, title: End}\n"
                                   "- {date: 2020-05, end: 9999-12-31, title: Long span}\n"
                                   "- {date: 9999-12-31, title: Last day}\n",
    })
    build_site(root, future=True)
    strip = page(root / "public", "timeline/")
    assert strip.xpath("//svg") and "Last day" in strip.text_content()
    (root / "content/articles/zero.md").write_text("---\ntitle: Z\ndate: 0000-06\n---\nBody\n")
    (root / "content/timeline/z.yaml").write_text("- {date: '0000', title: Z}\n")
    assert build_errors(root, future=True) == [
        "content/articles/zero.md:3:1: error: 'date': '0000-06' has the year 0000; years run from 0001 to 9999",
        "content/timeline/z.yaml:1:4: error: 'date': '0000' has the year 0000; years run from 0001 to 9999",
    ]


def test_a_template_that_calls_itself_is_an_error_at_its_line(make_site) -> None:
    root = make_site({"content/articles/a.md": ARTICLE,
                      "layouts/article.html": "{% extends 'base.html' %}\n{% block main %}\n"
                                              "{% macro f() %}{{ f() }}{% endmacro %}\n{{ f() }}\n{% endblock %}\n"})
    errors = build_errors(root)
    assert errors == ["layouts/article.html:3:1: error: template error while rendering articles/a/index.html: "
                      "the template calls itself without end"]


def test_a_template_linked_from_outside_is_an_error_and_not_read(make_site, tmp_path: Path) -> None:
    (tmp_path / "evil.html").write_text("SECRET {{ 1 }}")
    root = make_site({"content/articles/a.md": ARTICLE})
    (root / "layouts").mkdir()
    (root / "layouts/article.html").symlink_to(tmp_path / "evil.html")
    errors = build_errors(root)
    assert "layouts/article.html:1:1: error: is a symbolic link to a place outside the site folder; " \
           "copy the file into the site instead" in errors


def test_the_command_line_shows_no_traceback_for_a_loop(make_site, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_site({"content/articles/a.md": ARTICLE})
    os.symlink("x.md", root / "content/articles/x.md")
    assert main(["build", "-s", str(root), "-q"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "content/articles/x.md:1:1: error: is a symbolic link loop" in err


def test_a_file_name_with_a_newline_is_one_error_line(make_site) -> None:
    root = make_site({"content/articles/a.md": ARTICLE, "content/articles/x\ny.md": ARTICLE})
    assert build_errors(root) == [
        "content/articles/x\\x0ay.md:1:1: error: file name 'x\\x0ay' is not a valid id (lowercase letters, digits "
        "and hyphens); rename it to 'x-y'"]


def test_a_folder_that_cannot_be_listed_is_an_error_at_its_path(make_site, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_site({"content/articles/a.md": ARTICLE, "content/actors/p.md": "x"})
    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:  # as for a folder without read permission (root reads them all)
        if str(path).endswith("content/actors"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    assert build_errors(root) == ["content/actors:1:1: error: cannot list the folder: Permission denied"]
