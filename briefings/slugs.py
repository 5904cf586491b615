"""The one place URLs are made: ASCII slugs from Russian (or any) names.

Transliteration follows the Russian passport scheme (ICAO Doc 9303 as adopted by
Order 889 of the Russian Foreign Ministry, used in passports since 2014):
«Ильхам Алиев» → ``ilkham-aliev``, «Щёлково» → ``shchelkovo``, «Юлия» → ``iuliia``.
Other Latin-script letters lose their diacritics (NFKD); anything else becomes ``-``.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Iterable

MAX_SLUG = 80

ICAO_RU = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "ie", "ы": "y", "ь": "", "э": "e",
    "ю": "iu", "я": "ia",
    # Ukrainian, Belarusian and Kazakh letters seen in names
    "і": "i", "ї": "i", "є": "ie", "ґ": "g", "ў": "u", "ә": "a", "ғ": "g", "қ": "k",
    "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h",
}

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def transliterate(text: str) -> str:
    """Lowercase ASCII transliteration (letters and digits kept, the rest as is)."""
    out = []
    for char in text.lower():
        if char in ICAO_RU:
            out.append(ICAO_RU[char])
        else:
            decomposed = unicodedata.normalize("NFKD", char)
            out.append("".join(c for c in decomposed if c.isascii()) or " ")
    return "".join(out)


def slugify(text: str, max_length: int = MAX_SLUG) -> str:
    """``[a-z0-9-]`` slug of at most ``max_length`` characters, cut at a word boundary.

    Never empty: a name with no letters or digits gives ``"untitled"``.
    """
    slug = _NON_ALNUM.sub("-", transliterate(text)).strip("-")
    if len(slug) > max_length:
        cut = slug[: max_length + 1]
        slug = cut[: cut.rfind("-")] if "-" in cut else slug[:max_length]
        slug = slug.strip("-")
    return slug or "untitled"


def unique_slug(base: str, taken: Iterable[str]) -> str:
    """``base``, or ``base-2``, ``base-3``… : the first one not in ``taken``."""
    used = taken if isinstance(taken, (set, frozenset)) else set(taken)
    if base not in used:
        return base
    n = 2
    while f"{base}-{n}" in used:
        n += 1
    return f"{base}-{n}"


UNDATED_DIR = "undated"


def briefing_relpath(date, slug: str) -> str:
    """``YYYY/MM/<slug>.md`` under the briefings folder (``undated/<slug>.md`` if no date)."""
    if date is None:
        return f"{UNDATED_DIR}/{slug}.md"
    return f"{date.year:04d}/{date.month:02d}/{slug}.md"
