"""Words for kinds of place, from one table (``data/place_kinds.yml``): a settlement
(«посёлок»), a district, a region («провинция»), a part of a city («площадь»), an island or
a cape, a natural feature, a site («аэропорт»), a base. Each rule that reads a place's kind
from the word before its name builds its pattern here from the kinds it reads, so that a
word added to the table reaches all of them («графство» had been known to some and not to
others).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml

KINDS = ("settlement", "district", "region", "city_part", "island", "feature", "site", "base")


@cache
def _table() -> dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]]:
    """kind → word → (its singular forms, its plural forms)."""
    source = resources.files("briefings").joinpath("data/place_kinds.yml")
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    return {kind: {word: (tuple(forms[0]), tuple(forms[1])) for word, forms in data[kind].items()} for kind in KINDS}


def kind_words(*kinds: str) -> frozenset[str]:
    """The words of these kinds, in the nominative with «е» for «ё» («поселок», «провинция»)."""
    return frozenset(word.replace("ё", "е") for kind in kinds for word in _table()[kind])


def kind_forms(*kinds: str, singular: bool = True, plural: bool = False,
               endings: tuple[str, ...] = (), without: tuple[str, ...] = ()) -> str:
    """A regex alternation of the forms of these kinds' words (``singular``, ``plural``;
    only those ending in one of ``endings`` when given; not of the words ``without``), «ё»
    also written «е»: «посёлке» and «поселке»; the longest first, so that a form does not
    stop at a shorter one."""
    words = [word for kind in kinds for word in _table()[kind] if word not in without]
    return word_forms(*words, singular=singular, plural=plural, endings=endings)


def word_forms(*words: str, singular: bool = True, plural: bool = False, endings: tuple[str, ...] = ()) -> str:
    """:func:`kind_forms` of these words of the table."""
    declined = {word: forms for kind in KINDS for word, forms in _table()[kind].items()}
    forms = {form for word in words for singulars, plurals in [declined[word]]
             for form in (singulars if singular else ()) + (plurals if plural else ())
             if not endings or form.endswith(endings)}
    forms |= {form.replace("ё", "е") for form in forms}
    return "(?:" + "|".join(re.escape(form) for form in sorted(forms, key=lambda f: (-len(f), f))) + ")"
