"""Link the first mention of each tagged entity in a briefing's Markdown body.

Works on the Markdown source, never on rendered HTML: existing links, code, HTML tags
and headings are left alone; each entity is linked once, at its first mention.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from briefings.organizations_lexicon import without_bracket

_PROTECTED = re.compile(
    r"\[[^\]\n]*\]\([^)\n]*\)"  # links
    r"|\[[^\]\n]*\]\[[^\]\n]*\]"  # reference links
    r"|`[^`\n]*`"  # code spans
    r"|<[^>\n]*>"  # html tags, autolinks
    r"|^#.*$"  # headings
    r"|https?://\S+",
    re.MULTILINE,
)


_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


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


def _linked_words(name: str) -> list[str]:
    """The words a mention of ``name`` is found by: without a bracket at its end
    («Международный олимпийский комитет (МОК)» is found where the text writes the name
    without the abbreviation, or with it and more: «(ИГ, запрещена в России)»)."""
    return without_bracket(name).split()


@lru_cache(maxsize=65536)
def name_pattern(name: str, kind: str) -> re.Pattern[str]:
    """Where an entity is mentioned: surname stem for people, stems of the words otherwise
    («Саудовская Аравия» finds «Саудовской Аравии»; abbreviations and short words exactly)."""
    words = _linked_words(name)
    if kind == "people":
        first = r"(?:" + re.escape(stem(words[0])) + r"\w{0,3}\s+)?" if len(words) > 1 else ""
        return re.compile(r"(?<![\w-])" + first + re.escape(stem(words[-1])) + r"\w{0,3}(?![\w-])")
    inflected = (re.escape(stem(w)) + r"\w{0,3}" if len(w) > 4 and not w.isupper() else re.escape(w) for w in words)
    return re.compile(r"(?<![\w-])" + r"\s+".join(inflected) + r"(?![\w-])")


def name_key(name: str, kind: str) -> str:
    """The literal part of ``name_pattern(name, kind)`` that every mention contains."""
    words = _linked_words(name)
    if kind == "people":
        return stem(words[-1])
    first = words[0]
    return stem(first) if len(first) > 4 and not first.isupper() else first


def first_mentions(markdown: str, targets: Iterable[LinkTarget]) -> list[tuple[int, int, str]]:
    """(start, stop, href) of the first free mention of each target, in text order."""
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
            if _BLANK_LINE.search(markdown, start, stop):
                continue  # «Марией» at a paragraph's end and «В» at the next one's start: no name
            if free(start, stop) and not any(a < stop and start < b for a, b, _ in chosen):
                chosen.append((start, stop, target.href))
                break
    return sorted(chosen)


def link_first_mentions(markdown: str, targets: Iterable[LinkTarget]) -> str:
    """The first mention of each target as a Markdown link to its ``href``."""
    out = markdown
    for start, stop, href in reversed(first_mentions(markdown, targets)):
        out = f"{out[:start]}[{out[start:stop]}]({href}){out[stop:]}"
    return out


_OPEN = 0xE000  # private-use characters: the i-th link opens with chr(_OPEN + i) …
_CLOSE = "\uf8ff"  # … and every link closes with this one
_MAX_LINKS = ord(_CLOSE) - _OPEN
_MARKERS = re.compile("[\ue000-\uf8ff]")


@dataclass(frozen=True, slots=True)
class MarkedText:
    """Markdown whose first mentions are wrapped in private-use marker characters, and
    the URL of each: Python-Markdown passes the markers through as text, and ``html``
    makes them links in the rendered page (a Markdown link per mention would cost a
    quarter of the page's conversion)."""

    markdown: str
    hrefs: tuple[str, ...] = ()

    def html(self, rendered: str) -> str:
        """``rendered`` with the markers as ``<a>`` tags; without any link when a marker
        went missing (text the Markdown dropped), so the HTML is never left unbalanced."""
        if not self.hrefs:
            return rendered
        opened = [chr(_OPEN + i) for i in range(len(self.hrefs))]
        if rendered.count(_CLOSE) != len(self.hrefs) or any(rendered.count(mark) != 1 for mark in opened):
            return _MARKERS.sub("", rendered)
        for mark, href in zip(opened, self.hrefs):
            rendered = rendered.replace(mark, f'<a href="{html.escape(href)}">', 1)
        return rendered.replace(_CLOSE, "</a>")


def mark_first_mentions(markdown: str, targets: Iterable[LinkTarget]) -> MarkedText:
    """:func:`first_mentions` as markers (see :class:`MarkedText`); ``hrefs`` are the
    targets' ``href``, final URLs. Text that already holds private-use characters gets
    Markdown links instead."""
    targets = list(targets)
    if _MARKERS.search(markdown):
        return MarkedText(link_first_mentions(markdown, targets))
    chosen = first_mentions(markdown, targets)[:_MAX_LINKS]
    parts, hrefs, at = [], [], 0
    for i, (start, stop, href) in enumerate(chosen):
        parts += [markdown[at:start], chr(_OPEN + i), markdown[start:stop], _CLOSE]
        hrefs.append(href)
        at = stop
    parts.append(markdown[at:])
    return MarkedText("".join(parts), tuple(hrefs))

