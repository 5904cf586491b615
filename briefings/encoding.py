"""Bytes -> text: size and binary checks, then UTF-8 / cp1251 / KOI8-R detection.

Russian text saved by older tools comes in three encodings. Strict UTF-8 (with or
without BOM) is tried first: Cyrillic cp1251 or KOI8-R text is practically never
valid UTF-8. Otherwise every candidate is decoded and scored by how much of its
text is common lowercase Cyrillic: the right decoding reads like Russian, the wrong
one comes out mostly in capitals or box-drawing characters.
"""

from __future__ import annotations

import codecs
import os
import re
from pathlib import Path

from briefings.errors import SourceError

MAX_BYTES = 5 * 1024 * 1024
"""Largest single-article file read (bigger ones are rejected before reading)."""

LEGACY = ("cp1251", "koi8_r")
"""Single-byte candidates, in order of preference when scores tie."""

FREQUENCIES = dict(zip(
    "оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё",
    (10.97, 8.45, 8.01, 7.35, 6.70, 6.26, 5.47, 4.73, 4.54, 4.40, 3.49, 3.21, 2.98, 2.81, 2.62,
     2.01, 1.90, 1.74, 1.70, 1.65, 1.59, 1.44, 1.21, 0.97, 0.94, 0.73, 0.64, 0.48, 0.36, 0.32,
     0.26, 0.04, 0.04),
))
"""Russian letter frequencies, % (case-insensitive)."""
_CASE_BREAK = re.compile(r"[а-яё][А-ЯЁ]")
_SNIFF = 64 * 1024
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")
_NOT_CONTROLS = bytes(b for b in range(256) if not (b < 32 and b not in _TEXT_CONTROLS))
"""Every byte that ``is_binary`` does not count: deleting them leaves the control characters."""


def read_bytes(path: str | Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of ``path``; SourceError when missing, not a file, empty or over ``limit``."""
    name = str(path)
    try:
        size = os.stat(path).st_size
    except FileNotFoundError:
        raise SourceError(name, "no such file") from None
    except OSError as exc:
        raise SourceError(name, f"cannot read file: {exc.strerror}") from None
    if not Path(path).is_file():
        raise SourceError(name, "not a regular file")
    if size > limit:
        raise SourceError(name, f"file too large ({_mb(size)} > {_mb(limit)})")
    try:
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise SourceError(name, f"cannot read file: {exc.strerror}") from None
    if len(data) > limit:  # grew while we looked
        raise SourceError(name, f"file too large (> {_mb(limit)})")
    if not data.strip():
        raise SourceError(name, "empty file")
    return data


def read_text(path: str | Path, limit: int = MAX_BYTES) -> str:
    """Read and decode ``path`` (see :func:`decode`)."""
    return decode(read_bytes(path, limit), str(path))


def is_binary(data: bytes) -> bool:
    """NUL bytes or mostly control characters in the first 64 KB."""
    head = data[:_SNIFF]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in head:
        return True
    controls = len(head.translate(None, _NOT_CONTROLS))
    return controls > max(8, len(head) // 20)


def detect(data: bytes) -> str:
    """The Python codec name that decodes ``data`` best.

    Raises ``UnicodeError`` when no candidate gives readable text.
    """
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    sample = data[:_SNIFF]
    best, best_score = "", 0.0
    for encoding in LEGACY:
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        value = score(text)
        if value > best_score:
            best, best_score = encoding, value
    # Mostly valid UTF-8 with a stray bad byte still reads better as UTF-8.
    mostly = sample.decode("utf-8", errors="replace")
    bad = mostly.count("\ufffd")
    if bad * 200 <= len(mostly) and score(mostly.replace("\ufffd", "")) >= best_score:
        return "utf-8-replace"
    if not best or best_score <= 0.0:
        raise UnicodeError("not UTF-8, cp1251 or KOI8-R text")
    return best


def score(text: str) -> float:
    """How much ``text`` reads like Russian (or plain ASCII): higher is better.

    The mean frequency of its Cyrillic letters in Russian (a wrong single-byte
    decoding swaps common letters for rare ones), less a penalty for symbols no
    text uses (KOI8-R box drawing) and for words whose case breaks inside
    (cp1251 «Москва» read as KOI8-R is «мОСКВА»).
    """
    total, counted = 0.0, 0
    for ch in text:
        if ch.isascii():
            continue
        counted += 1
        freq = FREQUENCIES.get(ch.lower())
        if freq is not None:
            total += freq
        elif not ch.isalpha() and ch not in "«»—–…№„“”’°":
            total -= 10.0
    total -= 5.0 * len(_CASE_BREAK.findall(text))
    return total / counted if counted else 1.0


def decode(data: bytes, name: str = "<bytes>") -> str:
    """Decode file bytes to ``str`` (BOM removed); SourceError for binary or unreadable data."""
    if is_binary(data):
        raise SourceError(name, "binary file, not text")
    try:
        encoding = detect(data)
    except UnicodeError as exc:
        raise SourceError(name, f"cannot decode: {exc}") from None
    if encoding == "utf-8-replace":
        return data.decode("utf-8", errors="replace")
    text = data.decode(encoding, errors="replace")
    return text.lstrip("\ufeff")


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"
