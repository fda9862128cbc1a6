"""Shared tooling for the tests that run Debian's chromium through playwright-core (tests/browser/).

``require_tools()`` skips a test when node, chromium or the npm packages are missing,
unless the environment variable CI is set, where it fails. ``serve_folder(out)``
serves a built site on a free loopback port. ``run_in_page(tmp_path, url, steps)``
opens ``url`` in headless chromium, collects JS errors and failed requests, runs
``steps`` (the body of an async JS function of ``page`` that returns an object)
and gives back that object with ``errors`` and ``failed`` added.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

BROWSER_DIR = Path(__file__).resolve().parent / "browser"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
BROWSER_PACKAGES = ("playwright-core", "axe-core")


def missing_tools(packages: tuple[str, ...] = BROWSER_PACKAGES) -> list[str]:
    missing = [name for name in ("node",) if shutil.which(name) is None]
    if not (shutil.which(CHROMIUM) or Path(CHROMIUM).is_file()):
        missing.append(f"chromium ({CHROMIUM})")
    missing += [f"tests/browser/node_modules/{pkg}" for pkg in packages
                if not (BROWSER_DIR / "node_modules" / pkg).is_dir()]
    return missing


def require_tools(*extra_packages: str) -> None:
    if missing := missing_tools(BROWSER_PACKAGES + extra_packages):
        reason = f"browser tests need {', '.join(missing)}: run scripts/install-test-tools.sh as root"
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but {reason}", pytrace=False)
        pytest.skip(reason)


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serve_folder(folder: Path) -> Iterator[str]:
    """``http://127.0.0.1:PORT/`` serving ``folder`` until the block ends."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


DRIVER = r"""
const { chromium } = require('playwright-core');
(async () => {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--headless', '--disable-background-networking'] });
  const page = await browser.newPage();
  const errors = [], failed = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
  });
  page.on('requestfailed', (r) => failed.push(r.url()));
  page.on('response', (r) => { if (r.status() >= 400) failed.push(`HTTP ${r.status()}: ${r.url()}`); });
  await page.goto(process.argv[2], { waitUntil: 'load' });
  const result = await (async (page, args) => { STEPS })(page, process.argv.slice(3));
  console.log(JSON.stringify({ ...result, errors, failed }));
  await browser.close();
})().catch((e) => { console.error(e); process.exit(1); });
"""


def run_in_page(tmp_path: Path, url: str, steps: str, *args: str) -> dict[str, Any]:
    """Open ``url``, run ``steps`` (JS; ``page`` and ``args`` in scope), return its result."""
    script = tmp_path / "driver.js"
    script.write_text(DRIVER.replace("STEPS", steps), encoding="utf-8")
    done = subprocess.run(["node", str(script), url, *args], capture_output=True, text=True, timeout=120,
                          check=False,
                          env={**os.environ, "CHROMIUM": CHROMIUM, "NODE_PATH": str(BROWSER_DIR / "node_modules")})
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])
