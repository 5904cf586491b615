"""Names that share their noun with the next name: «Донецкой и Луганской областях»,
«Верховного и Конституционного судов», «Демократической и Республиканской партий».

The NER tags the first one alone as a location or an organization made of one adjective
(«Донецкой», «Верховного»); :func:`shared_nouns` finds it and the name whose noun it
shares, :func:`completed_name` gives it that noun back («Донецкая область», «Верховный
суд»).
"""

from __future__ import annotations

import re
from typing import Sequence

from briefings.organizations_grammar import agreeing_adjective
from briefings.people_names import fold
from briefings.people_nominative import spelled_as

_BETWEEN_ELIDED = re.compile(r"\s*(?:,\s*|(?:,\s*)?(?:и|или)\s+)")
# a way from one place to another: «из Каспийского в Черное море», «от Балтийского до Черного моря»
_FROM_BEFORE = re.compile(r"(?:^|(?<=[\s(«\"]))(?:из|от|с|со)\s+$", re.IGNORECASE)
_TO_BETWEEN = re.compile(r"\s+(?:в|во|к|ко|до|на)\s+")


def shared_nouns(spans: Sequence, text: str) -> dict[int, int]:
    """Which one-word span shares its noun with a span of the same type after it: index →
    index of that span («Донецкой и Луганской областях», «Воронежской, Белгородской и
    Курской областей»); or, in a way from one to the other, before or after it («из
    Каспийского в Черное море», «из Черного моря к Средиземному»). ``spans`` are NER spans
    (``start``, ``stop``, ``type``, ``tokens``)."""
    out = {}
    for i, span in enumerate(spans):
        j = i
        while j + 1 < len(spans) and len(spans[j].tokens) == 1 and spans[j + 1].type == span.type \
                and _BETWEEN_ELIDED.fullmatch(text[spans[j].stop:spans[j + 1].start]):
            j += 1
        if j > i and len(spans[i].tokens) == 1 and len(spans[j].tokens) >= 2:
            out[i] = j
        elif len(span.tokens) == 1:
            for first, second, partner in ((i, i + 1, i + 1), (i - 1, i, i - 1)):
                if 0 <= first and second < len(spans) and len(spans[partner].tokens) >= 2 \
                        and spans[partner].type == span.type \
                        and _FROM_BEFORE.search(text, max(0, spans[first].start - 5), spans[first].start) \
                        and _TO_BETWEEN.fullmatch(text[spans[first].stop:spans[second].start]):
                    out[i] = partner
                    break
    return out


def completed_name(adjective: str, partner: str, shared: Sequence[bool], vocab) -> str | None:
    """An adjective whose noun is elided, completed from the name after it (``partner``,
    in the nominative): «Донецкой» + «Луганская область» → «Донецкая область». ``shared``
    tells, for each word of ``partner``, whether the elided name has it too: its noun
    always, an adjective written in the plural («Донецкой и Луганской народных
    республик» → «Донецкая народная республика»). ``None`` when ``adjective`` is no
    adjective or the partner has no noun."""
    words = partner.split()
    noun = next((p for p in vocab.parse(fold(words[-1])) if p.tag.POS == "NOUN" and p.tag.case == "nomn"), None)
    # (of the noun's gender in the singular: not «Каменск-Уральский» before «Свердловская область»)
    adjective_parse = next((p for p in vocab.parse(fold(adjective)) if p.tag.POS == "ADJF" and (
        noun is None or "plur" in (p.tag.number, noun.tag.number) or p.tag.gender == noun.tag.gender)), None)
    if noun is None or adjective_parse is None or len(shared) != len(words):
        return None
    form = agreeing_adjective(adjective_parse, noun)  # plural with a plural noun: «Гавайские и Курильские острова»
    if form is None:
        return None
    return " ".join([spelled_as(form.word, adjective)] + [w for w, keep in zip(words[1:], shared[1:]) if keep])


def shared_noun_name(span, other, name_of, vocab) -> str | None:
    """The name of a one-adjective ``span`` that shares its noun with ``other`` (named by
    ``name_of``): the noun, and the adjectives written in the plural («Верховного» in
    «Верховного и Конституционного судов»: «Верховный суд»)."""
    partner = name_of(other)
    shared = [k == len(other.tokens) - 1 or (t.feats or {}).get("Number") == "Plur"
              for k, t in enumerate(other.tokens)]
    return completed_name(span.tokens[0].text, partner, shared, vocab) if partner else None
