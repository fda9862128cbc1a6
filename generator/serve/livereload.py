"""What the browser sees of the build loop: the build epoch, the last error, the reload script.

Every good build raises ``epoch`` and points ``root`` at its output folder; a
failed build keeps both and sets ``error``. ``version`` changes on either, so
the long-poll endpoint (``/__livereload?epoch=E&version=V``) answers as soon as
anything the page shows is out of date. Pages carry the epoch they were served
from (``EPOCH_MARK`` in the script is replaced on the way out), so a browser
reloads only onto a newer good build, never onto a half-written one.
"""

from __future__ import annotations

import html
import json
import threading
from dataclasses import dataclass
from pathlib import Path

from generator.render.templates import default_theme_dir

ENDPOINT = "/__livereload"
EPOCH_MARK = b"__EXPLAINER_EPOCH__"
POLL_SECONDS = 25.0


@dataclass(frozen=True)
class Status:
    epoch: int
    version: int
    error: str | None

    def to_json(self) -> bytes:
        return json.dumps({"epoch": self.epoch, "version": self.version, "error": self.error},
                          sort_keys=True).encode("utf-8")


class BuildState:
    """Shared by the builder (one writer) and the request threads (many readers)."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self.epoch = 0
        self.version = 0
        self.error: str | None = None
        self.root: Path | None = None  # output folder of the last good build

    def publish_good(self, root: Path, reload: bool = True) -> Path | None:
        """A new good build is ready; returns the previous output folder (now unused).

        ``reload``: pages open in a browser load again (not for a change readers do not see on them).
        """
        with self._changed:
            previous, self.root = self.root, root
            if reload:
                self.epoch += 1
            self.version += 1
            self.error = None
            self._changed.notify_all()
        return previous

    def publish_error(self, text: str) -> None:
        with self._changed:
            self.error = text
            self.version += 1
            self._changed.notify_all()

    def status(self) -> Status:
        with self._changed:
            return Status(self.epoch, self.version, self.error)

    def wait(self, epoch: int, version: int | None, timeout: float = POLL_SECONDS) -> Status:
        """Block until the state differs from what the page knows (or the timeout passes)."""
        with self._changed:
            if version is not None:
                self._changed.wait_for(lambda: self.epoch != epoch or self.version != version, timeout)
            return Status(self.epoch, self.version, self.error)


def script() -> bytes:
    """The reload script of the default theme (plain HTML, no template tags)."""
    return (default_theme_dir() / "partials" / "livereload.html").read_bytes()


def stamp(page: bytes, epoch: int) -> bytes:
    """Mark a served page with the epoch of the build it comes from."""
    return page.replace(EPOCH_MARK, str(epoch).encode("ascii"))


def error_page(text: str) -> bytes:
    """Shown for every page while no good build exists yet (the script shows the overlay)."""
    body = (
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<title>Build failed</title>\n</head>\n<body>\n"
        "<h1>The site could not be built</h1>\n"
        f"<pre>{html.escape(text)}</pre>\n"
        "<p>Fix the problem and save: this page reloads by itself.</p>\n"
    ).encode()
    return body + script() + b"</body>\n</html>\n"
