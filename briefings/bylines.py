"""An article's signature: its last line made only of its authors' names, maybe with the
place they write from («Кристина Урсу, Киев», «Елена Зиброва, Ксения Чемоданова»). Its
names are bylines, not people the article is about (pure functions)."""

from __future__ import annotations

import re
from typing import Callable, Sequence

from briefings.model import Span
from briefings.people import fold, stem


_BETWEEN = re.compile(r"\s*(?:,|и)\s*|\s+")
_BEFORE = re.compile(r"\s*")  # (not a dash: «— Алексей Навальный» attributes a quote)
_PLACE_AFTER = re.compile(r"\s*,\s*(?P<place>[А-ЯЁ][А-ЯЁа-яё-]+(?: [А-ЯЁ][А-ЯЁа-яё-]+)?)\s*\.?\s*|\s*\.?\s*")
_MOST_AUTHORS = 3
_PARAGRAPH = 40


_FOOTNOTE = re.compile(r"[ \t]*\*")


def byline_names(text: str, names: Sequence[Span], is_place: Callable[[str], bool]) -> frozenset[Span]:
    """The spans of ``names`` (the text's people) that sign it: they are all its last line
    (but footnotes after it: «* «Исламское государство» … запрещена в России») but
    separators and one place after them (``is_place``); the line before is a paragraph
    of prose (``_PARAGRAPH`` characters or more, ending a sentence: not a poem's line, a
    quote, a list's «:» or a letter's «С уважением,»); the name line starts with no dash
    (an attribution); and the text names none of them before by the surname (a quoted
    person's name on a line of its own is someone the article is about)."""
    end = len(text.rstrip())
    while (line := text.rfind("\n", 0, end) + 1) and _FOOTNOTE.match(text, line):
        end = len(text[:line].rstrip())  # (a footnote after the signature: «* «Исламское государство» …»)
    start = text.rfind("\n", 0, end) + 1
    if start == 0:
        return frozenset()
    before_line = text[:start].rstrip()
    paragraph = before_line[before_line.rfind("\n") + 1:]
    if len(paragraph) < _PARAGRAPH or paragraph[-1] not in ".!?…" or paragraph.endswith(("»", '"', "“", "”")):
        return frozenset()
    signed = sorted(s for s in names if start <= s.start and s.stop <= end)
    if not signed or len(signed) > _MOST_AUTHORS or not _BEFORE.fullmatch(text, start, signed[0].start):
        return frozenset()
    if not all(_BETWEEN.fullmatch(text, left.stop, right.start) for left, right in zip(signed, signed[1:])):
        return frozenset()
    after = _PLACE_AFTER.fullmatch(text, signed[-1].stop, end)
    if after is None or after["place"] and not is_place(after["place"]):
        return frozenset()
    before = fold(text[:start])
    for span in signed:
        surname = fold(stem(text[span.start:span.stop].split()[-1]))
        if re.search(r"(?<!\w)" + re.escape(surname), before):
            return frozenset()
    return frozenset(signed)
