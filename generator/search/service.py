"""A Pagefind service (``pagefind --service``) driven from Python, without an event loop.

The service reads requests on stdin and answers on stdout, each message a
base64-encoded JSON object followed by a comma (the protocol of the
``pagefind`` package's own wrapper, whose types are in
``pagefind/service/types.py``). It handles requests one at a time, in the
order they arrive, so requests can be sent without waiting for the answers:
``send()`` returns once fewer than ``WINDOW`` requests are unanswered (the
service would otherwise hold every page sent ahead of it in memory), and
``request()`` waits for its own answer and raises the first error any earlier
request had. Both may be called from several threads.

The ``pagefind`` package's ``PagefindIndex`` speaks the same protocol, but its
reader takes one answer per 100 ms (it sleeps between reads), which is 110 s
for the 1,100 pages of a 1,000-article site; a reader thread here takes each
answer as it comes.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import subprocess
import threading
from collections import deque
from pathlib import Path
from typing import Any

TIMEOUT = 3600.0  # seconds to wait for one answer: a hung service (one that died is seen at once)
WINDOW = 32  # requests sent and not yet answered: the service queues requests in memory without limit


class ServiceError(Exception):
    """The service could not be started, died, or answered a request with an error."""


def pagefind_binary() -> Path | None:
    """The Pagefind binary the ``pagefind`` package would run (its wheel's extended one first), else None."""
    try:
        from pagefind.service import get_executable
    except ImportError:
        return None
    binary = get_executable()
    return binary if binary is not None and binary.is_file() else None


class PagefindService:
    def __init__(self, binary: Path) -> None:
        try:
            self._process = subprocess.Popen([str(binary), "--service"], stdin=subprocess.PIPE,
                                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        except OSError as exc:
            raise ServiceError(f"could not run {binary}: {exc.strerror or exc}") from None
        self._next_id = 0
        self._sending = threading.Lock()  # one message at a time on stdin, ids in the order sent
        self._unanswered = threading.BoundedSemaphore(WINDOW)
        self._answers: dict[int, dict[str, Any]] = {}
        self._waited: set[int] = set()  # ids whose answer someone will ask for; others are kept only if errors
        self._errors: list[str] = []
        self._ended = False
        self._stderr: deque[str] = deque(maxlen=20)
        self._changed = threading.Condition()
        self._threads = [threading.Thread(target=self._read_answers, daemon=True, name="pagefind-out"),
                         threading.Thread(target=self._read_stderr, daemon=True, name="pagefind-err")]
        for thread in self._threads:
            thread.start()

    @property
    def pid(self) -> int:
        return self._process.pid

    def send(self, payload: dict[str, Any], wait: bool = False) -> int:
        """Send a request and return its message id, without waiting for its answer."""
        data = json.dumps(payload).encode("utf-8")
        while not self._unanswered.acquire(timeout=1):
            if self._ended:
                self._raise_ended()
        with self._sending:
            self._next_id += 1
            message_id = self._next_id
            if wait:
                with self._changed:
                    self._waited.add(message_id)
            message = b'{"message_id":%d,"payload":%s}' % (message_id, data)
            stdin = self._process.stdin
            assert stdin is not None
            try:
                stdin.write(base64.b64encode(message) + b",")
                stdin.flush()
            except (BrokenPipeError, ValueError):
                self._raise_ended()
        return message_id

    def request(self, payload: dict[str, Any]) -> dict[str, Any]:
        """Send a request and wait for its answer (every earlier request is answered by then)."""
        message_id = self.send(payload, wait=True)
        with self._changed:
            done = self._changed.wait_for(lambda: message_id in self._answers or self._ended, TIMEOUT)
            answer = self._answers.pop(message_id, None)
            self._waited.discard(message_id)
            if self._errors:
                raise ServiceError(self._errors[0])
        if answer is None:
            if not done:
                raise ServiceError(f"no answer after {TIMEOUT:.0f} s")
            self._raise_ended()
        assert answer is not None
        if answer.get("type") == "Error":
            raise ServiceError(str(answer.get("message") or "unknown error"))
        return answer

    def close(self) -> None:
        """End the service (it exits when its input ends) and wait for it; safe to call again."""
        process = self._process
        if process.stdin is not None and not process.stdin.closed:
            with contextlib.suppress(OSError):
                process.stdin.close()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        for thread in self._threads:
            thread.join(timeout=5)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()

    def _raise_ended(self) -> None:
        with self._changed:
            self._changed.wait_for(lambda: self._ended, 5)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self._process.wait(timeout=5)
        self._threads[1].join(timeout=5)  # what it wrote to stderr before it ended is read to its end
        detail = next((line for line in reversed(self._stderr) if line.strip()), "")
        status = self._process.returncode
        reason = detail.strip() or (f"exit status {status}" if status is not None else "it stopped answering")
        raise ServiceError(f"the Pagefind service stopped: {reason}")

    def _read_answers(self) -> None:
        stdout = self._process.stdout
        assert stdout is not None
        parts: list[bytes] = []  # of a message not yet ended by a comma (the index's files come in one)
        try:
            while chunk := os.read(stdout.fileno(), 1 << 20):
                start = 0
                while (end := chunk.find(b",", start)) >= 0:
                    parts.append(chunk[start:end])
                    holder = [b"".join(parts)]  # in a list, so _take can let go of it once decoded
                    parts.clear()
                    self._take(holder)
                    start = end + 1
                if start < len(chunk):
                    parts.append(chunk[start:])
        except (OSError, ValueError):
            pass
        finally:
            with self._changed:
                self._ended = True
                self._changed.notify_all()

    def _take(self, holder: list[bytes]) -> None:
        message = holder.pop()
        head = message[:80]
        try:
            text = base64.b64decode(message)
            del message
            decoded = json.loads(text)
            del text
            message_id, payload = decoded.get("message_id"), decoded["payload"]
        except (ValueError, KeyError, TypeError, AttributeError):
            message_id, payload = None, {"type": "Error", "message": f"unreadable answer: {head!r}"}
        if message_id is not None:
            self._unanswered.release()
        with self._changed:
            if message_id in self._waited:
                self._answers[message_id] = payload
            elif payload.get("type") == "Error":
                self._errors.append(str(payload.get("message") or "unknown error"))
            self._changed.notify_all()

    def _read_stderr(self) -> None:
        stderr = self._process.stderr
        assert stderr is not None
        try:
            for line in stderr:
                self._stderr.append(line.decode("utf-8", "replace"))
        except (OSError, ValueError):
            pass
