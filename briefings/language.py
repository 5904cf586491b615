"""Which lines of a text are not Russian, so that the Russian models do not read them.

Scraped pages of Ukrainian and Belarusian outlets mix in lines of news in those languages
(a feed of other headlines, a quoted post). natasha's Russian NER reads their capitalized
words as names («Жінка», «Колишній», «Представниця Демократичної»), so such a line is
blanked (same length, offsets unchanged) before the NER reads the text. A line is foreign
when at least a fifth of its words, two or more and one of them in lower case, carry
letters Russian does not use (і ї є ґ ў) or are Ukrainian function words («що», «також»).
A Russian line that names an outlet («ЛІГАБізнесІнформ», «УНІАН») or quotes a short title
stays. So is a line of prose in a Latin-script language, an embedded tweet most often («What
do you think of this battle between VER and VET»: no Cyrillic, two or more of its
function words), and so are social-media handles, hashtags, links and emoji anywhere
(«@LewisHamilton», «#BritishGP», «pic.twitter.com/…»; «РФПЛ⚽️🏆»): the NER reads them as
organizations, or into a name.
"""

from __future__ import annotations

import re

from briefings.model import Span

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_FOREIGN_LETTER = re.compile(r"[іїєґўІЇЄҐЎ]")
_FUNCTION_WORDS = frozenset("що щодо також який яка яке які або вже цей ця це проте адже".split())
MIN_WORDS = 2  # foreign words in a line, one of them in lower case
MIN_SHARE = 0.2  # of the line's words
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
# function words of English, French, German, Spanish and Italian prose
_LATIN_FUNCTION_WORDS = frozenset(
    "the of and to in is are was for with on at by from this that what you we it be has have "
    "de la le les des et du un une est pour avec dans der die das und mit ist von den il di el los las con por".split())
MIN_LATIN_WORDS = 4  # in a line of Latin-script prose
# «@LewisHamilton», «#BritishGP» (with the brackets around one: «(@FedSki)»; a run of them
# written together: «#TeamRussia#Дина#Арина»), not «info@mail.ru»; a link
# («pic.twitter.com/CSfCsRGhoW», «https://…»)
_HANDLE = re.compile(r"\((?<![\w@#])[@#][^\W_](?:[\w.]*\w)?\)|(?<![\w@#])(?:[@#][^\W_](?:[\w.]*\w)?)+"
                     r"|\b(?:https?://|www\.|pic\.twitter\.com/)[^\s«»\"()]*[^\s«»\"().,;:!?]"
                     r"|[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]+")  # emoji: «РФПЛ⚽️🏆»


def _is_foreign(word: str) -> bool:
    return bool(_FOREIGN_LETTER.search(word)) or word.lower() in _FUNCTION_WORDS


def foreign_lines(text: str) -> list[Span]:
    """The lines of ``text`` written in Ukrainian or Belarusian, or prose in a Latin-script
    language (see the module doc)."""
    out, start = [], 0
    for line in text.split("\n"):
        if _FOREIGN_LETTER.search(line):
            words = _WORD.findall(line)
            foreign = [w for w in words if _is_foreign(w)]
            if len(foreign) >= max(MIN_WORDS, MIN_SHARE * len(words)) and any(w.islower() for w in foreign):
                out.append(Span(start, start + len(line)))
        elif not _CYRILLIC.search(line):
            words = _WORD.findall(line)
            if len(words) >= MIN_LATIN_WORDS and sum(w in _LATIN_FUNCTION_WORDS for w in words) >= MIN_WORDS:
                out.append(Span(start, start + len(line)))
        start += len(line) + 1
    return out


def handles(text: str) -> list[Span]:
    """Social-media handles and hashtags («@LewisHamilton», «#BritishGP», «(@FedSki)»),
    links («pic.twitter.com/…») and emoji («РФПЛ⚽️🏆»)."""
    return [Span(m.start(), m.end()) for m in _HANDLE.finditer(text)]


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
    """``text`` with its foreign lines, handles and hashtags blanked."""
    lines = foreign_lines(text)
    tags = [h for h in handles(text) if not any(s.start <= h.start < s.stop for s in lines)]
    return blanked(text, sorted(lines + tags, key=lambda s: s.start))
