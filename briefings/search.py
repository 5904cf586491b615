"""Pagefind search index, fed page by page while MkDocs is still rendering.

Running the ``pagefind`` CLI after the build means reading and indexing every HTML file
once MkDocs is done — at thousands of briefings a third of the whole build. Pagefind
also runs as a service (``pagefind --service``: base64 JSON messages separated by
commas on stdin/stdout); ``PagefindIndexer`` sends each page as soon as MkDocs has
rendered it, so the Rust indexer works on the second core while Python renders the next
pages, and only building the bundle is left after the build.

(The ``pagefind`` package ships an asyncio client for this protocol, but it polls for
each reply with a 0.1 s sleep: ten pages a second.)
"""

from __future__ import annotations

import base64
import html
import json
import os
import shutil
import subprocess
import tempfile
import threading
from collections import Counter
from pathlib import Path
from typing import Any, Iterable


IN_FLIGHT = 64
"""Pages sent to Pagefind and not yet indexed, at most: the service reads its input
eagerly, so without a bound every rendered page would wait in its memory."""


def search_document(title: str, content: str, language: str) -> str:
    """What Pagefind indexes of a page: its language, title and content. The theme's
    navigation, header and footer are outside ``data-pagefind-body`` anyway, and sending
    only this makes each page a fraction of its size on the wire and in the indexer."""
    heading = "" if "<h1" in content else f"<h1>{html.escape(title)}</h1>"  # as Material adds it
    return (f'<!doctype html><html lang="{html.escape(language)}"><head><title>{html.escape(title)}</title></head>'
            f"<body><main data-pagefind-body>{heading}{content}</main></body></html>")


class SearchIndexError(RuntimeError):
    """Pagefind could not be started or rejected a page; the message says which."""


def pagefind_executable() -> Path:
    try:
        from pagefind.service import get_executable
    except ImportError:  # pragma: no cover - pagefind is a dependency
        get_executable = None
    found = get_executable() if get_executable else None
    if found is None:
        raise SearchIndexError("pagefind is not installed (pip install 'pagefind[bin]'), or set search: none")
    return Path(found)


def off_the_first_cpu(command: list[str]) -> list[str]:
    """``command`` run on every CPU this process may use but the first (``taskset``), when
    there are two or more: Pagefind's threads then leave a core to MkDocs, which renders
    on one. At N=1000 on two cores the build takes about 8 % less wall time (8.63 vs
    9.44 s, medians of 5 alternated runs). Unchanged where ``taskset`` or CPU affinity is
    missing."""
    taskset = shutil.which("taskset")
    cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    if taskset is None or len(cpus) < 2:
        return command
    return [taskset, "--cpu-list", ",".join(map(str, cpus[1:])), *command]


class PagefindIndexer:
    """``add(url, search_document(...))`` for every page, then ``write(folder)``;
    ``close()`` in any case."""

    def __init__(self, executable: Path | None = None, config: dict[str, Any] | None = None):
        executable = Path(executable or pagefind_executable())
        if not (executable.is_file() and os.access(executable, os.X_OK)):  # taskset would start anyway
            raise SearchIndexError(f"cannot start pagefind: {executable} is not an executable file")
        self._log = tempfile.TemporaryFile()
        try:
            self._process = subprocess.Popen(
                off_the_first_cpu([str(executable), "--service"]),
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._log,
            )
        except OSError as error:
            raise SearchIndexError(f"cannot start pagefind: {error}") from None
        self._lock = threading.Condition()
        self._next_id = 0
        self._unanswered = 0  # pages sent and not yet indexed
        self._waiting: dict[int, threading.Event] = {}
        self._replies: dict[int, dict] = {}
        self._urls: dict[int, str] = {}
        self.errors: list[str] = []
        self.pages = 0
        self._reader = threading.Thread(target=self._read_replies, name="pagefind-replies", daemon=True)
        self._reader.start()
        try:
            self._index_id = self._call({"type": "NewIndex", "config": config or {}})["index_id"]
        except SearchIndexError:
            self.close()
            raise

    # -- protocol -------------------------------------------------------------------

    def _send(self, payload: dict, wait: bool, url: str = "") -> tuple[int, threading.Event | None]:
        event = threading.Event() if wait else None
        with self._lock:
            self._next_id += 1
            message_id = self._next_id
            if event:
                self._waiting[message_id] = event
            if url:
                self._urls[message_id] = url
                self._unanswered += 1
        message = json.dumps({"message_id": message_id, "payload": payload}, ensure_ascii=False)
        try:
            self._process.stdin.write(base64.b64encode(message.encode("utf-8")) + b",")
        except (BrokenPipeError, ValueError):
            raise SearchIndexError(f"pagefind stopped: {self._stderr()}") from None
        return message_id, event

    def _call(self, payload: dict) -> dict:
        message_id, event = self._send(payload, wait=True)
        self._process.stdin.flush()
        while not event.wait(1.0):
            if self._process.poll() is not None:
                raise SearchIndexError(f"pagefind exited with {self._process.returncode}: {self._stderr()}")
        reply = self._replies.pop(message_id, None)
        if reply is None:
            raise SearchIndexError(f"pagefind exited: {self._stderr()}")
        if reply.get("type") == "Error":
            raise SearchIndexError(f"pagefind: {reply.get('message')}")
        return reply

    def _read_replies(self) -> None:
        pending: list[bytes] = []  # pieces of a reply not yet complete (the bundle is megabytes)
        stream = self._process.stdout
        while True:
            chunk = stream.read1(1 << 20)
            if not chunk:
                break
            *complete, rest = chunk.split(b",")
            for piece in complete:
                raw = b"".join(pending) + piece if pending else piece
                pending = []
                if raw:
                    self._dispatch(json.loads(base64.b64decode(raw)))
            if rest:
                pending.append(rest)
        with self._lock:  # the process is gone: release whoever waits
            for event in self._waiting.values():
                event.set()
            self._unanswered = 0
            self._lock.notify_all()

    def _dispatch(self, reply: dict) -> None:
        payload = reply.get("payload") or {}
        message_id = reply.get("message_id")
        if message_id is None and payload.get("original_message"):
            message_id = json.loads(payload["original_message"]).get("message_id")
        with self._lock:
            url = self._urls.pop(message_id, "")
            if url:
                self._unanswered -= 1
                self._lock.notify_all()
            event = self._waiting.pop(message_id, None)
            if payload.get("type") == "Error" and event is None:
                self.errors.append(f"{url or 'a page'}: {payload.get('message')}")
            elif payload.get("type") == "IndexedFile":
                self.pages += 1
            if event is not None:
                self._replies[message_id] = payload
                event.set()

    def _stderr(self) -> str:
        self._log.seek(0)
        return self._log.read().decode("utf-8", "replace").strip()[-500:]

    # -- API ------------------------------------------------------------------------

    def add(self, url: str, document: str) -> None:
        """Index one page (``url`` as readers see it, e.g. ``/people/x/``); waits while
        ``IN_FLIGHT`` pages are still being indexed."""
        with self._lock:
            while self._unanswered >= IN_FLIGHT and self._process.poll() is None:
                self._lock.wait(1.0)
        self._send({"type": "AddFile", "index_id": self._index_id, "url": url,
                    "file_path": None, "file_contents": document}, wait=False, url=url)
        self._process.stdin.flush()

    def write(self, folder: Path) -> int:
        """Write the index bundle into ``folder`` (replacing it); the number of pages indexed.

        The bundle is fetched (``GetFiles``) and written here rather than by the service's
        ``WriteFiles``, which answers before its last file is on disk."""
        self._process.stdin.flush()
        with self._lock:  # every page indexed before the bundle is built
            while self._unanswered and self._process.poll() is None:
                self._lock.wait(1.0)
        if self.errors:
            raise SearchIndexError(f"pagefind rejected {len(self.errors)} page(s), first {self.errors[0]}")
        reply = self._call({"type": "GetFiles", "index_id": self._index_id})
        if folder.exists():
            shutil.rmtree(folder)
        for entry in reply["files"]:
            path = folder / entry["path"]
            if folder.resolve() not in path.resolve().parents:
                raise SearchIndexError(f"pagefind returned a file outside its folder: {entry['path']}")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(base64.b64decode(entry["content"]))
        return self.pages

    def close(self) -> None:
        if self._process.poll() is None:
            try:
                self._process.stdin.close()
            except OSError:
                pass
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        self._reader.join(timeout=5)
        self._log.close()


SHARD_PAGES = 500
"""Pages per search bundle: writing a bundle takes Pagefind about half a megabyte of
memory per page, and the next bundle fills while one is written. At N=5000, bundles of
1000 pages put MkDocs and Pagefind together at 1.6 GB; of 500, at 1.0–1.2 GB, for 1.06
instead of 0.70 MB downloaded per query (``bench/site_scale.py``, ``search_bytes.py``)."""


class _Writers:
    """Search bundles being filled and written by background threads (one Pagefind
    process each), the pages they indexed and what went wrong."""

    def __init__(self) -> None:
        self.pages = 0
        self._threads: list[threading.Thread] = []
        self._errors: list[str] = []
        self._lock = threading.Lock()

    def start(self, folder: Path, indexer: PagefindIndexer, documents: Iterable[tuple[str, str]] = ()) -> None:
        """Add ``documents`` (url, search document) to ``indexer`` and write its bundle
        into ``folder``, in the background."""
        thread = threading.Thread(target=self._write, args=(folder, indexer, documents), name=f"write-{folder.name}")
        thread.start()
        self._threads.append(thread)

    def _write(self, folder: Path, indexer: PagefindIndexer, documents: Iterable[tuple[str, str]]) -> None:
        try:
            for url, document in documents:
                indexer.add(url, document)
            pages = indexer.write(folder)
            with self._lock:
                self.pages += pages
        except (SearchIndexError, OSError) as error:
            with self._lock:
                self._errors.append(f"{folder.name}: {error}")
        finally:
            indexer.close()

    def join(self) -> int:
        """Wait for every bundle; the pages indexed (``SearchIndexError`` if one failed)."""
        for thread in self._threads:
            thread.join()
        if self._errors:
            raise SearchIndexError(self._errors[0])
        return self.pages


def bundle_folder(site_dir: Path, number: int) -> Path:
    """Bundle 1 is ``pagefind/`` (with the UI scripts), the others ``pagefind-2/``…"""
    return Path(site_dir) / ("pagefind" if number == 1 else f"pagefind-{number}")


class SearchBundles:
    """The site's search index as bundles of at most ``shard_pages`` pages each.

    Bundle 1 is ``pagefind/`` (with the UI scripts), the others ``pagefind-2/``,
    ``pagefind-3/``…, which the search box merges (Pagefind UI's ``mergeIndex``). A full
    bundle is written by a background thread, and its Pagefind process ends, while the
    next one is being filled. ``assignment`` says which bundle each page went to.
    """

    def __init__(self, site_dir: Path, shard_pages: int = SHARD_PAGES, indexer=PagefindIndexer):
        self.site_dir, self.shard_pages, self._indexer = Path(site_dir), max(1, shard_pages), indexer
        self._current: PagefindIndexer | None = None
        self._filled = 0
        self.bundles = 0
        self.added = 0
        self.assignment: dict[str, int] = {}
        self._writers = _Writers()
        for old in self.site_dir.glob("pagefind-*"):  # bundles of an earlier (--dirty) build
            if old.is_dir() and old.name.removeprefix("pagefind-").isdigit():
                shutil.rmtree(old)

    @property
    def pages(self) -> int:
        return self._writers.pages

    def folder(self, number: int) -> Path:
        return bundle_folder(self.site_dir, number)

    @staticmethod
    def count(pages: int, shard_pages: int = SHARD_PAGES) -> int:
        """How many bundles ``pages`` pages make (at least one: the search box needs it)."""
        return max(1, -(-pages // max(1, shard_pages)))

    def add(self, url: str, document: str) -> None:
        if self._current is None:
            self._current = self._indexer()
            self.bundles += 1
        self._current.add(url, document)
        self.assignment[url] = self.bundles
        self._filled += 1
        self.added += 1
        if self._filled >= self.shard_pages:
            self._write_current()

    def _write_current(self) -> None:
        indexer, folder = self._current, self.folder(self.bundles)
        self._current, self._filled = None, 0
        self._writers.start(folder, indexer)

    def finish(self) -> int:
        """Write what is left (an empty bundle for a site with nothing to search); the
        number of pages indexed."""
        if self._current is None and self.bundles == 0:
            self._current = self._indexer()
            self.bundles = 1
        if self._current is not None:
            self._write_current()
        return self._writers.join()

    def close(self) -> None:
        if self._current is not None:
            self._current.close()
            self._current = None
        try:
            self._writers.join()
        except SearchIndexError:
            pass  # closing after a failed build: the build reports its own error


class BundleLayout:
    """Which bundle each searchable page is in, kept by ``mkdocs serve --dirty`` from one
    rebuild to the next, so that an edit rewrites only the bundles of the pages it
    changed and the search index is updated rather than rebuilt."""

    def __init__(self, assignment: dict[str, int], shard_pages: int = SHARD_PAGES):
        self.bundle_of = dict(assignment)
        self.shard_pages = max(1, shard_pages)
        self.count = max(self.bundle_of.values(), default=1)  # bundles never go away while serving
        self._all_stale = False

    def pages_of(self, number: int) -> list[str]:
        return sorted(url for url, bundle in self.bundle_of.items() if bundle == number)

    def invalidate(self) -> None:
        """After a failed build: the next update rewrites every bundle."""
        self._all_stale = True

    def update(self, current: Iterable[str], changed: Iterable[str]) -> set[int]:
        """Forget pages no longer in ``current``, place new ones in the last bundle (or a
        new one when it is full); the bundles to write again."""
        current = set(current)
        stale = set(range(1, self.count + 1)) if self._all_stale else set()
        self._all_stale = False
        for url in [url for url in self.bundle_of if url not in current]:
            stale.add(self.bundle_of.pop(url))
        sizes = Counter(self.bundle_of.values())
        for url in sorted(set(changed) & current):
            if url not in self.bundle_of:
                if sizes[self.count] >= self.shard_pages:
                    self.count += 1
                self.bundle_of[url] = self.count
                sizes[self.count] += 1
            stale.add(self.bundle_of[url])
        return stale


class SavedBundles:
    """The files of the search bundles as last written, kept in memory under plain
    ``mkdocs serve``: MkDocs empties the site folder before each rebuild, and the bundles
    no edit touched are written back from here instead of being indexed again."""

    def __init__(self) -> None:
        self._files: dict[int, dict[str, bytes]] = {}

    def save(self, site_dir: Path, numbers: Iterable[int]) -> None:
        """Keep the files of the given bundles as they are on disk now."""
        for number in numbers:
            folder = bundle_folder(site_dir, number)
            if folder.is_dir():
                self._files[number] = {path.relative_to(folder).as_posix(): path.read_bytes()
                                       for path in folder.rglob("*") if path.is_file()}
            else:  # not written: the next rebuild indexes it again
                self._files.pop(number, None)

    def restore(self, site_dir: Path, numbers: Iterable[int]) -> set[int]:
        """Write the given bundles back; the numbers of those never saved (to index again)."""
        missing = set()
        for number in numbers:
            files = self._files.get(number)
            if files is None:
                missing.add(number)
                continue
            folder = bundle_folder(site_dir, number)
            for name, data in files.items():
                path = folder / name
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
        return missing

    def clear(self) -> None:
        self._files = {}


def rewrite_bundles(site_dir: Path, bundles: dict[int, list[tuple[str, str]]], indexer=PagefindIndexer) -> _Writers:
    """Write the given bundles again from their pages' search documents, each by its
    own Pagefind process in the background; ``join()`` the result."""
    writers = _Writers()
    for number, documents in sorted(bundles.items()):
        writers.start(bundle_folder(site_dir, number), indexer(), documents)
    return writers
