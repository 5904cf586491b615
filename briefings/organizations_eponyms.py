"""Institutions named after a person by a lower-case word for their kind and «имени»,
which the NER does not see: «ансамбля имени Александрова» → «Ансамбль имени
Александрова», «колледжа имени Демиреля», «завода имени Дегтярёва». The person after
«имени» is the name's, no person of the text (``people_mentions``), and names after one
person are one institution (``organizations_merge``: «ансамблем им. А. В. Александрова»
joins it). Not a park, a street or an award named so: their words are no kinds here
(``Lexicon.eponym_heads`` and ``Lexicon.eponym_kinds``).
"""

from __future__ import annotations

import re
from typing import Iterable

from briefings.model import Span
from briefings.organizations_grammar import complement_word, nominative_noun
from briefings.organizations_lexicon import Lexicon, OrgMention, lemma
from briefings.people import fold

_NAMED_AFTER = re.compile(r"(?<![\w-])([а-яё]+)[ \u00a0]+(?:имени|им\.)[ \u00a0]*((?:[А-ЯЁ]\.[ \u00a0]*){0,3})")
_NAME_WORDS = re.compile(r"[А-ЯЁ][а-яё]+ [IVXL]+(?![\w-])"  # (a monarch: «имени Эдуарда VII»)
                         r"|[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?: [А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?){0,2}")


def named_after_mentions(text: str, vocab, taken: Iterable[Span] = (),
                         lexicon: Lexicon | None = None) -> list[OrgMention]:
    """The institutions in ``text`` named by a lower-case word for their kind in the
    singular, «имени» or «им.», initials maybe, and a person's name in the genitive (or a
    name that does not decline; ``_name_length``), each as one
    ``OrgMention`` in the nominative; not one inside a name the NER tagged (``taken``)."""
    lexicon = lexicon or Lexicon.default()
    kinds = lexicon.eponym_heads | lexicon.eponym_kinds
    taken = list(taken)
    out = []
    for found in _NAMED_AFTER.finditer(text):
        head = next((p for p in vocab.parse(found.group(1))
                     if p.tag.POS == "NOUN" and p.tag.number == "sing" and lemma(p) in kinds), None)
        if head is None:
            continue
        words = _NAME_WORDS.match(text, found.end())
        parts = words.group().split() if words else []
        kept = next((n for n, part in enumerate(parts) if not complement_word(vocab, part)), len(parts))
        if kept < _name_length(vocab, parts[:kept + 1]) or not kept:
            continue  # a name read only in part: «больницу имени Эдуарда» of a surname it cannot read
        kept = _name_length(vocab, parts)
        stop = found.end() + len(" ".join(parts[:kept]))
        span = Span(found.start(), stop)
        if any(s.start < span.stop and span.start < s.stop for s in taken):
            continue
        kind = nominative_noun(head)
        name = f"{kind[:1].upper()}{kind[1:]} {text[found.end(1):stop].strip()}"
        out.append(OrgMention(" ".join(name.split()), span, key=(fold(" ".join(name.split())), "")))
    return out


def _name_length(vocab, words: list[str]) -> int:
    """How many of ``words`` make the person's name: a surname alone, or a first name, maybe
    a patronymic, and the surname (not the next person's name: «ансамбля имени Александрова
    Дарьи Трофимовой»)."""
    def has(word: str, grammeme: str) -> bool:
        return any(grammeme in p.tag.grammemes for p in vocab.parse(fold(word)))

    if not words or not has(words[0], "Name"):
        return min(1, len(words))
    return min(3 if len(words) > 2 and has(words[1], "Patr") else 2, len(words))  # («Эдуарда VII»)
