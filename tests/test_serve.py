"""``explainer serve`` for real: a subprocess on a free port, pages fetched over HTTP, files edited."""

from __future__ import annotations

import http.client
import io
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import lxml.html
import pytest

from generator.build import BuildOptions
from generator.report import Reporter
from generator.serve.livereload import BuildState
from generator.serve.rebuild import Builder, is_source
from generator.serve.server import resolve
from tests.conftest import build_site, page, write_files

ARTICLE = """\
---
title: Harbour {word}
date: 2024-11-10
summary: The harbour story.
actors: [harbour-board]
---
The harbour was {word} on Monday.
"""
ACTOR = """\
---
name: Harbour Board
kind: organization
---
The board that runs the harbour.
"""
WAIT = 15.0  # upper bound on waiting for the server; never an assertion about speed


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Served:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "generator", "serve", "-s", str(root), "--port", str(self.port)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        assert self.proc.stdout is not None
        self.startup: list[str] = []
        for line in self.proc.stdout:  # the first build's lines, then the banner
            self.startup.append(line)
            if line.startswith("Serving"):
                break
        self.banner = self.startup[-1] if self.startup else ""

    def get(self, path: str) -> tuple[int, bytes]:
        try:
            with urllib.request.urlopen(self.url + path, timeout=WAIT) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read()

    def raw(self, path: str) -> tuple[int, bytes]:
        """GET a path exactly as written (urllib would not send every escape attempt unchanged)."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=WAIT)
        try:
            conn.putrequest("GET", path, skip_accept_encoding=True)
            conn.endheaders()
            response = conn.getresponse()
            return response.status, response.read()
        finally:
            conn.close()

    def status(self) -> dict[str, object]:
        return json.loads(self.get("/__livereload?epoch=-1")[1])

    def wait_for(self, check: Callable[[], bool], what: str) -> None:
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            if check():
                return
            time.sleep(0.05)
        pytest.fail(f"timed out waiting for {what}")

    def stop(self) -> tuple[int, str, str]:
        self.proc.send_signal(signal.SIGINT)
        out, err = self.proc.communicate(timeout=WAIT)
        return self.proc.returncode, out, err


@pytest.fixture
def serve_site(make_site: Callable[[dict[str, str | bytes]], Path]) -> Iterator[Callable[..., Served]]:
    started: list[Served] = []

    def start(files: dict[str, str | bytes] | None = None) -> Served:
        root = make_site(files if files is not None else {
            "content/articles/harbour.md": ARTICLE.format(word="calm"),
            "content/actors/harbour-board.md": ACTOR,
        })
        served = Served(root)
        started.append(served)
        return served

    yield start
    for served in started:
        if served.proc.poll() is None:
            served.proc.kill()
            served.proc.communicate()


def heading(body: bytes) -> str:
    return lxml.html.fromstring(body).findtext(".//h1").strip()


def test_start_up_names_the_url_and_serves_the_built_pages(serve_site: Callable[..., Served]) -> None:
    served = serve_site()
    assert served.banner == f"Serving {served.root} at {served.url}/ (Ctrl-C to stop)\n"
    status, body = served.get("/articles/harbour/")
    assert status == 200 and heading(body) == "Harbour calm"
    status, body = served.get("/")
    assert status == 200
    script = lxml.html.fromstring(body).get_element_by_id("explainer-livereload")
    assert script.get("data-epoch") == str(served.status()["epoch"])
    assert served.get("/feed.xml")[0] == 200
    assert served.stop()[0] == 0


def test_folder_url_without_slash_redirects_to_the_folder(serve_site: Callable[..., Served]) -> None:
    served = serve_site()
    conn = http.client.HTTPConnection("127.0.0.1", served.port, timeout=WAIT)
    conn.request("GET", "/articles/harbour")
    response = conn.getresponse()
    assert (response.status, response.getheader("Location")) == (301, "/articles/harbour/")
    conn.close()
    assert served.stop()[0] == 0


def test_unknown_paths_and_escapes_answer_404_with_the_sites_own_page(serve_site: Callable[..., Served]) -> None:
    served = serve_site()
    for path in ("/no/such/page/", "/../site.yaml", "/%2e%2e/site.yaml", "/%2E%2E%2fsite.yaml",
                 "/articles/..%2f..%2fsite.yaml", "//etc/passwd", "/..%5csite.yaml", "/content/articles/harbour.md",
                 "/articles/harbour/%00"):
        status, body = served.raw(path)
        assert status == 404, path
        assert heading(body) == "Page not found", path
        assert b"base_url" not in body, path
    assert served.stop()[0] == 0


def test_editing_an_article_shows_the_change_and_raises_the_epoch(serve_site: Callable[..., Served]) -> None:
    served = serve_site()
    before = served.status()["epoch"]
    (served.root / "content/articles/harbour.md").write_text(ARTICLE.format(word="stormy"), encoding="utf-8")
    served.wait_for(lambda: heading(served.get("/articles/harbour/")[1]) == "Harbour stormy", "the edited page")
    assert served.status() == {"epoch": before + 1, "version": before + 1, "error": None}  # type: ignore[operator]
    code, out, err = served.stop()
    assert code == 0 and "Traceback" not in err
    assert "changed: content/articles/harbour.md" in out


def test_a_body_edit_takes_the_fast_path_and_shows_in_the_page(serve_site: Callable[..., Served]) -> None:
    served = serve_site()
    path = served.root / "content/articles/harbour.md"
    path.write_text(path.read_text(encoding="utf-8").replace("on Monday", "on Tuesday"), encoding="utf-8")
    served.wait_for(lambda: b"on Tuesday" in served.get("/articles/harbour/")[1], "the edited body")
    code, out, err = served.stop()
    assert code == 0 and "Traceback" not in err
    assert "rebuilt 2 changed files" in out  # the article page and feed.xml; nothing else was rendered


def test_a_burst_of_saves_gives_one_rebuild(serve_site: Callable[..., Served]) -> None:
    served = serve_site()
    before = served.status()["epoch"]
    write_files(served.root, {f"content/articles/more-{n}.md": ARTICLE.format(word=f"more {n}") for n in range(5)})
    served.wait_for(lambda: served.get("/articles/more-4/")[0] == 200, "the new articles")
    assert served.status()["epoch"] == before + 1  # type: ignore[operator]
    code, out, _err = served.stop()
    assert code == 0
    assert [line for line in out.splitlines() if line.startswith("changed:")] == [
        "changed: content/articles/more-0.md, content/articles/more-1.md, content/articles/more-2.md and 2 more"]


def test_a_content_error_keeps_the_last_good_site_and_reports_the_error_until_fixed(
        serve_site: Callable[..., Served]) -> None:
    served = serve_site()
    good_epoch = served.status()["epoch"]
    (served.root / "site.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    served.wait_for(lambda: served.status()["error"] is not None, "the error to be reported")
    status = served.status()
    assert status["epoch"] == good_epoch
    assert str(status["error"]).startswith("site.yaml:2:1: error: did not find expected ',' or ']'")
    code, body = served.get("/articles/harbour/")
    assert code == 200 and heading(body) == "Harbour calm"

    (served.root / "site.yaml").write_text("title: Fixed\n", encoding="utf-8")
    served.wait_for(lambda: served.status()["error"] is None, "recovery")
    assert served.status()["epoch"] == good_epoch + 1  # type: ignore[operator]
    assert b"Fixed" in served.get("/articles/harbour/")[1]
    code, out, err = served.stop()
    assert code == 0 and "Traceback" not in err
    assert "site.yaml:2:1: error: did not find expected ',' or ']'" in err
    assert "build failed (1 problem); still serving the last good site" in out


def test_a_template_error_is_reported_and_fixing_it_recovers(serve_site: Callable[..., Served]) -> None:
    served = serve_site()
    template = served.root / "layouts/article.html"
    write_files(served.root, {"layouts/article.html": '{% extends "!default/article.html" %}{% block main %}'})
    served.wait_for(lambda: served.status()["error"] is not None, "the template error")
    assert "layouts/article.html:1:" in str(served.status()["error"])
    template.unlink()
    served.wait_for(lambda: served.status()["error"] is None, "recovery")
    code, _out, err = served.stop()
    assert code == 0 and "Traceback" not in err


def test_a_build_error_at_start_up_serves_the_error_page_until_fixed(serve_site: Callable[..., Served]) -> None:
    served = serve_site({"content/articles/harbour.md": "---\ntitle: [broken\n---\nBody\n",
                         "content/actors/harbour-board.md": ACTOR})
    assert served.startup[0] == "build failed (1 problem); no site to serve yet\n"
    code, body = served.get("/articles/harbour/")
    assert code == 500
    doc = lxml.html.fromstring(body)
    assert doc.findtext(".//pre").startswith("content/articles/harbour.md:")
    assert doc.get_element_by_id("explainer-livereload").get("data-epoch") == "0"
    assert served.status()["epoch"] == 0

    (served.root / "content/articles/harbour.md").write_text(ARTICLE.format(word="fixed"), encoding="utf-8")
    served.wait_for(lambda: served.get("/articles/harbour/")[0] == 200, "the first good build")
    assert heading(served.get("/articles/harbour/")[1]) == "Harbour fixed"
    code, _out, err = served.stop()
    assert code == 0 and "Traceback" not in err


def test_ctrl_c_stops_cleanly(serve_site: Callable[..., Served]) -> None:
    served = serve_site()
    assert served.get("/")[0] == 200
    code, out, err = served.stop()
    assert code == 0
    assert "Traceback" not in err
    assert out.rstrip().endswith("stopped")


def test_sigterm_stops_cleanly_too(serve_site: Callable[..., Served]) -> None:
    served = serve_site()
    assert served.get("/")[0] == 200
    served.proc.send_signal(signal.SIGTERM)
    out, err = served.proc.communicate(timeout=WAIT)
    assert served.proc.returncode == 0 and "Traceback" not in err
    assert out.rstrip().endswith("stopped")


def test_livereload_endpoint_rejects_a_bad_epoch(serve_site: Callable[..., Served]) -> None:
    served = serve_site()
    assert served.get("/__livereload?epoch=x") == (400, b"bad epoch or version\n")
    assert served.stop()[0] == 0


def test_a_port_in_use_is_refused_with_a_message(make_site: Callable[[dict[str, str | bytes]], Path]) -> None:
    root = make_site({"content/articles/harbour.md": ARTICLE.format(word="calm"),
                      "content/actors/harbour-board.md": ACTOR})
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run([sys.executable, "-m", "generator", "serve", "-s", str(root), "--port", str(port)],
                              capture_output=True, text=True, timeout=WAIT)
    assert done.returncode == 1
    assert done.stderr.startswith(f"explainer: error: cannot listen on 127.0.0.1:{port}: ")


def test_an_unexpected_failure_is_shown_and_the_last_good_site_kept(
        make_site: Callable[[dict[str, str | bytes]], Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_site({"content/articles/harbour.md": ARTICLE.format(word="calm"),
                      "content/actors/harbour-board.md": ACTOR})
    state, out, err = BuildState(), io.StringIO(), io.StringIO()
    builder = Builder(BuildOptions(site_root=root), tmp_path / "work", state, Reporter(out=out, err=err))
    assert builder.rebuild()
    good = state.root

    def broken(*_args: object, **_options: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("generator.serve.rebuild.build", broken)
    assert not builder.rebuild([root / "site.yaml"])
    assert state.root == good and state.epoch == 1
    assert state.error == "internal error while building: RuntimeError('disk on fire')"
    assert "explainer: internal error while building:" in err.getvalue()
    assert "changed: site.yaml\n" in out.getvalue()
    assert "build failed (1 problem); still serving the last good site" in out.getvalue()


def test_build_output_has_no_livereload_script(make_site: Callable[[dict[str, str | bytes]], Path]) -> None:
    root = make_site({"content/articles/harbour.md": ARTICLE.format(word="calm"),
                      "content/actors/harbour-board.md": ACTOR})
    build_site(root)
    for url in ("", "articles/harbour/", "actors/harbour-board/", "404.html"):
        doc = page(root / "public", url)
        assert not doc.xpath("//script[@id='explainer-livereload']")
        assert b"__livereload" not in (root / "public" / (url + "index.html" if url.endswith("/") or not url
                                                          else url)).read_bytes()


def test_only_the_sites_sources_trigger_a_rebuild(tmp_path: Path) -> None:
    for rel in ("site.yaml", "content/articles/a.md", "layouts/base.html", "seeds/wire.txt", "content"):
        assert is_source(tmp_path / rel, tmp_path), rel
    for rel in ("public/index.html", "site.yaml.bak/x", "README.md", "content/.a.md.swp", "content/a.md~",
                ".git/index", "notes/site.yaml"):
        assert not is_source(tmp_path / rel, tmp_path), rel
    assert not is_source(tmp_path.parent / "elsewhere.md", tmp_path)


def test_resolve_keeps_requests_inside_the_output_folder(tmp_path: Path) -> None:
    out = write_files(tmp_path / "out", {"index.html": "home", "a/index.html": "a", "a/b.css": "b"})
    (tmp_path / "secret.txt").write_text("no")
    assert resolve(out, "/") == (out / "index.html").resolve()
    assert resolve(out, "/a/") == (out / "a/index.html").resolve()
    assert resolve(out, "/a/b.css") == (out / "a/b.css").resolve()
    for escape in ("/../secret.txt", "/a/../../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt",
                   "/a%5c..%5c..%5csecret.txt", "/a/b.css%00", str(tmp_path / "secret.txt"), "/missing"):
        assert resolve(out, escape) is None, escape


def test_waiting_answers_at_once_without_a_version_and_on_a_new_epoch() -> None:
    state = BuildState()
    assert state.wait(epoch=0, version=None).epoch == 0
    state.publish_good(Path("build-1"))
    assert state.wait(epoch=0, version=1).epoch == 1  # the page's epoch is old: answer now
    state.publish_error("content/a.md:1:1: error: bad")
    status = state.wait(epoch=1, version=1)
    assert (status.epoch, status.version, status.error) == (1, 2, "content/a.md:1:1: error: bad")


def test_the_watcher_falls_back_to_polling_when_file_events_are_unavailable(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import threading

    import watchfiles

    from generator.serve import watch

    calls = []

    def fake_watch(*paths: Path, force_polling: bool | None = None, **options: object) -> Iterator[set]:
        calls.append(force_polling)
        if not force_polling:
            raise OSError("OS file watch limit reached")
        yield {(watchfiles.Change.modified, str(tmp_path / "site.yaml"))}

    monkeypatch.setattr(watchfiles, "watch", fake_watch)
    changes = watch(tmp_path, threading.Event())
    assert next(changes) == {tmp_path / "site.yaml"}
    assert calls == [None, True]
    assert "file events unavailable (OS file watch limit reached); polling for changes instead" in \
        capsys.readouterr().err
