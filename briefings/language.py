"""Which lines of a text are not Russian, so that the Russian models do not read them.

Scraped pages of Ukrainian and Belarusian outlets mix in lines of news in those languages
(a feed of other headlines, a quoted post). natasha's Russian NER reads their capitalized
words as names («Жінка», «Колишній», «Представниця Демократичної»), so such a line is
blanked (same length, offsets unchanged) before the NER reads the text. A line is foreign
when at least a fifth of its words, two or more and one of them in lower case, carry
letters Russian does not use (і ї є ґ ў) or are Ukrainian function words («що», «також»).
A Russian line that names an outlet («ЛІГАБізнесІнформ», «УНІАН») or quotes a short title
stays.
"""

from __future__ import annotations

import re

from briefings.model import Span

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_FOREIGN_LETTER = re.compile(r"[іїєґўІЇЄҐЎ]")
_FUNCTION_WORDS = frozenset("що щодо також який яка яке які або вже цей ця це проте адже".split())
MIN_WORDS = 2  # foreign words in a line, one of them in lower case
MIN_SHARE = 0.2  # of the line's words


def _is_foreign(word: str) -> bool:
    return bool(_FOREIGN_LETTER.search(word)) or word.lower() in _FUNCTION_WORDS


def foreign_lines(text: str) -> list[Span]:
    """The lines of ``text`` written in Ukrainian or Belarusian (see the module doc)."""
    out, start = [], 0
    for line in text.split("\n"):
        if _FOREIGN_LETTER.search(line):
            words = _WORD.findall(line)
            foreign = [w for w in words if _is_foreign(w)]
            if len(foreign) >= max(MIN_WORDS, MIN_SHARE * len(words)) and any(w.islower() for w in foreign):
                out.append(Span(start, start + len(line)))
        start += len(line) + 1
    return out


def blanked(text: str, spans: list[Span]) -> str:
    """``text`` with each span replaced by as many spaces: offsets stay valid."""
    if not spans:
        return text
    parts, at = [], 0
    for span in spans:
        parts += [text[at:span.start], " " * (span.stop - span.start)]
        at = span.stop
    parts.append(text[at:])
    return "".join(parts)


def russian_only(text: str) -> str:
    """``text`` with its foreign lines blanked."""
    return blanked(text, foreign_lines(text))
