"""Link the first mention of each tagged entity in a briefing's Markdown body.

Works on the Markdown source, never on rendered HTML: existing links, code, HTML tags
and headings are left alone; each entity is linked once, at its first mention.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

_PROTECTED = re.compile(
    r"\[[^\]\n]*\]\([^)\n]*\)"  # links
    r"|\[[^\]\n]*\]\[[^\]\n]*\]"  # reference links
    r"|`[^`\n]*`"  # code spans
    r"|<[^>\n]*>"  # html tags, autolinks
    r"|^#.*$"  # headings
    r"|https?://\S+",
    re.MULTILINE,
)


@dataclass(frozen=True, slots=True)
class LinkTarget:
    pattern: re.Pattern[str]
    href: str
    key: str = ""
    """A literal every mention contains within ``KEY_REACH`` characters of its start
    (``name_key``): texts without it are not scanned, the others only from near it."""


KEY_REACH = 48  # the longest first name (stem, ending, spaces) before a surname


def stem(word: str) -> str:
    """Crude stem for matching inflected forms: «Грозный» → «Грозн», «Захарова» → «Захаров»."""
    if len(word) > 5 and word[-2:] in ("ый", "ий", "ой", "ая", "яя", "ое", "ее"):
        return word[:-2]
    if len(word) > 3 and word[-1] in "аяыиеойь":
        return word[:-1]
    return word


@lru_cache(maxsize=65536)
def name_pattern(name: str, kind: str) -> re.Pattern[str]:
    """Where an entity is mentioned: surname stem for people, stems of the words otherwise
    («Саудовская Аравия» finds «Саудовской Аравии»; abbreviations and short words exactly)."""
    words = name.split()
    if kind == "people":
        first = r"(?:" + re.escape(stem(words[0])) + r"\w{0,3}\s+)?" if len(words) > 1 else ""
        return re.compile(r"(?<![\w-])" + first + re.escape(stem(words[-1])) + r"\w{0,3}(?![\w-])")
    inflected = (re.escape(stem(w)) + r"\w{0,3}" if len(w) > 4 and not w.isupper() else re.escape(w) for w in words)
    return re.compile(r"(?<![\w-])" + r"\s+".join(inflected) + r"(?![\w-])")


def name_key(name: str, kind: str) -> str:
    """The literal part of ``name_pattern(name, kind)`` that every mention contains."""
    words = name.split()
    if kind == "people":
        return stem(words[-1])
    first = words[0]
    return stem(first) if len(first) > 4 and not first.isupper() else first


def link_first_mentions(markdown: str, targets: Iterable[LinkTarget]) -> str:
    protected = [(m.start(), m.end()) for m in _PROTECTED.finditer(markdown)]  # sorted, disjoint
    starts = [a for a, _ in protected]

    def free(start: int, stop: int) -> bool:
        i = bisect_left(starts, stop) - 1  # the last protected range starting before ``stop``
        return i < 0 or protected[i][1] <= start

    chosen: list[tuple[int, int, str]] = []
    for target in targets:
        start = 0
        if target.key:
            start = markdown.find(target.key)
            if start < 0:
                continue
            start = max(0, start - KEY_REACH)
        for match in target.pattern.finditer(markdown, start):
            start, stop = match.span()
            if free(start, stop) and not any(a < stop and start < b for a, b, _ in chosen):
                chosen.append((start, stop, target.href))
                break
    out = markdown
    for start, stop, href in sorted(chosen, reverse=True):
        out = f"{out[:start]}[{out[start:stop]}]({href}){out[stop:]}"
    return out
