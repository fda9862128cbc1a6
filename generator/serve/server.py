"""The HTTP side of ``serve``: files of the last good build only, 404s with the site's own page.

A URL path is decoded, split on ``/`` and refused (404) if any segment is
``..``, holds a backslash or a NUL, or if the resolved file lies outside the
output folder. Folder URLs answer with their ``index.html`` (redirecting
``/a`` to ``/a/`` first, since the site's links are relative).
"""

from __future__ import annotations

import mimetypes
import sys
import urllib.parse
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from generator.serve.livereload import ENDPOINT, BuildState, error_page, stamp

TYPES = {".html": "text/html; charset=utf-8", ".xml": "application/xml; charset=utf-8",
         ".json": "application/json; charset=utf-8", ".txt": "text/plain; charset=utf-8",
         ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8"}


def resolve(root: Path, url_path: str) -> Path | None:
    """The file under ROOT a URL path names, or None if it names none or escapes ROOT."""
    decoded = urllib.parse.unquote(url_path)
    parts = [p for p in decoded.split("/") if p not in ("", ".")]
    if any(p == ".." or "\\" in p or "\0" in p for p in parts):
        return None
    base = root.resolve()
    target = base.joinpath(*parts).resolve()
    if not target.is_relative_to(base):
        return None
    if target.is_dir():
        target = target / "index.html"
    return target if target.is_file() else None


def content_type(path: Path) -> str:
    return TYPES.get(path.suffix) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"


class SiteServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], state: BuildState, log: bool = False) -> None:
        super().__init__(address, Handler)
        self.state = state
        self.log = log

    def handle_error(self, request: object, client_address: object) -> None:
        """A browser that closes a tab mid-answer is no error worth a traceback."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


class Handler(BaseHTTPRequestHandler):
    server: SiteServer
    server_version = "explainer"

    def do_GET(self) -> None:
        self.respond(head=False)

    def do_HEAD(self) -> None:
        self.respond(head=True)

    def respond(self, head: bool) -> None:
        url = urllib.parse.urlsplit(self.path)
        if url.path == ENDPOINT:
            self.livereload(url.query, head)
            return
        state = self.server.state
        status = state.status()  # read before the file: a page is never older than its epoch
        root = state.root
        if root is None:
            self.send(HTTPStatus.INTERNAL_SERVER_ERROR, "text/html; charset=utf-8",
                      stamp(error_page(status.error or "building…"), status.epoch), head)
            return
        target = resolve(root, url.path)
        if target is None:
            missing = root / "404.html"
            body = stamp(missing.read_bytes(), status.epoch) if missing.is_file() else b"Not found\n"
            self.send(HTTPStatus.NOT_FOUND, "text/html; charset=utf-8", body, head)
            return
        if target.name == "index.html" and not url.path.endswith(("/", ".html")):
            self.send_response(HTTPStatus.MOVED_PERMANENTLY)
            self.send_header("Location", url.path + "/" + (f"?{url.query}" if url.query else ""))
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        try:
            body = target.read_bytes()
        except OSError:  # swapped out by a rebuild between resolve and read
            self.send(HTTPStatus.SERVICE_UNAVAILABLE, "text/plain; charset=utf-8", b"rebuilding, retry\n", head)
            return
        if target.suffix == ".html":
            body = stamp(body, status.epoch)
        self.send(HTTPStatus.OK, content_type(target), body, head)

    def livereload(self, query: str, head: bool) -> None:
        params = urllib.parse.parse_qs(query)
        try:
            epoch = int(params.get("epoch", ["-1"])[0])
            version = int(params["version"][0]) if params.get("version", [""])[0] else None
        except ValueError:
            self.send(HTTPStatus.BAD_REQUEST, "text/plain; charset=utf-8", b"bad epoch or version\n", head)
            return
        status = self.server.state.wait(epoch, version)
        self.send(HTTPStatus.OK, "application/json; charset=utf-8", status.to_json(), head)

    def send(self, code: HTTPStatus, ctype: str, body: bytes, head: bool) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        if self.server.log:
            super().log_message(format, *args)
