"""Military units named by their number, which the NER does not see: «3-я механизированная
дивизия», «1-й гвардейской танковой армии», «7-го флота ВМС США», «79-й аэромобильной
бригады ВСУ» — an ordinal in figures, up to three adjectives, a word for a unit in the
singular, then maybe the genitive of its arm («дивизия морской пехоты») or its owner's
abbreviation («ВМС США», «ВСУ»). Each is one organization, named in the nominative, so that
every case of it is one entry («7-й флот ВМС США» … «7-го флота ВМС США»), and so is the
unit written without its owner («7-го флота»).
"""

from __future__ import annotations

import re
from typing import Iterable

from briefings.model import Span
from briefings.organizations_grammar import agreeing_adjective
from briefings.organizations_lexicon import OrgMention
from briefings.people_names import fold, stem
from briefings.people_nominative import shape

# the words for a unit, by their gender (lemmas); not «отряд», «округ», «группа»: a school's,
# a voters' district's, a band's as often
UNIT_HEADS = {"дивизия": "femn", "бригада": "femn", "армия": "femn", "рота": "femn", "эскадра": "femn",
              "флотилия": "femn", "эскадрилья": "femn", "полк": "masc", "батальон": "masc", "флот": "masc",
              "корпус": "masc", "дивизион": "masc"}
_ORDINAL_END = {"femn": "я", "masc": "й"}

_WORD = re.compile(r"[ \u00a0]+([А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*)")
_ORDINAL = re.compile(r"(?<![\w.,-])(\d{1,4})-(я|й|ю|м|го|ой|ому|му|ым|ая|ый|ий)(?=[ \u00a0])")
# the cases an ordinal's ending is in (OpenCorpora's): «1-я», «7-го», «3-ю», «7-м»
_ORDINAL_CASES = {"я": {"nomn"}, "ая": {"nomn"}, "й": {"nomn", "gent", "datv", "ablt", "loct"},
                  "ый": {"nomn"}, "ий": {"nomn"}, "ю": {"accs"}, "м": {"ablt", "loct"}, "ым": {"ablt"},
                  "го": {"gent", "accs"}, "ой": {"gent", "datv", "ablt", "loct"}, "ому": {"datv"}, "му": {"datv"}}
_OWNER = re.compile(r"(?:[ \u00a0]+[А-ЯЁ]{2,4}){1,2}(?![\w-])")  # «ВМС США», «ВСУ»
# the arm of a unit, its genitive after the head: «морской пехоты», «специального назначения»
_ARMS = ("морской пехоты", "специального назначения", "береговой охраны", "национальной гвардии",
         "воздушно-десантных войск", "ракетных войск")
_ARM_STEMS = frozenset(" ".join(stem(word) for word in arm.split()) for arm in _ARMS)


def numbered_units(text: str, vocab, taken: Iterable[Span] = ()) -> list[OrgMention]:
    """The units of ``text`` named by a number (see the module), in the nominative, keyed
    by their name; not one a span already ``taken`` by a name the NER saw crosses."""
    taken = list(taken)
    out: list[tuple[str, str, str, Span]] = []  # (number and noun; with the adjectives; whole name; span)
    for ordinal in _ORDINAL.finditer(text):
        words, pos = [], ordinal.end()
        while len(words) < 4:
            word = _WORD.match(text, pos)
            if word is None:
                break
            words.append(word)
            pos = word.end()
        cases = _ORDINAL_CASES[ordinal.group(2)]
        for k, word in enumerate(words):
            head = next((p for p in vocab.parse(word.group(1)) if p.tag.POS == "NOUN" and p.tag.number == "sing"
                         and p.normal_form in UNIT_HEADS and p.tag.case in cases), None)
            if head is not None:
                break
        else:
            continue
        gender = UNIT_HEADS[head.normal_form]
        adjectives = [_nominative(w.group(1), head, gender, vocab) for w in words[:k]]
        if any(a is None for a in adjectives) or not words[k].group(1).islower():
            continue  # a word that does not agree with the unit's noun: no name of it
        name = [f"{ordinal.group(1)}-{_ORDINAL_END[gender]}", *adjectives, head.normal_form]
        stop = words[k].end()
        if k + 2 < len(words) and _arm([w.group(1) for w in words[k + 1:k + 3]], vocab):
            name += [w.group(1) for w in words[k + 1:k + 3]]
            stop = words[k + 2].end()
        owner = _OWNER.match(text, stop)
        if owner:
            name += owner.group().split()
            stop = owner.end()
        span = Span(ordinal.start(), stop)
        if any(t.start < span.stop and span.start < t.stop and not span.start <= t.start < t.stop <= span.stop
               for t in taken):
            continue  # (the NER's name crosses it)
        out.append((name[0] + " " + name[len(adjectives) + 1], " ".join(name[:len(adjectives) + 2]),
                    " ".join(name), span))
    return [OrgMention(name, span, key=(fold(name), "")) for name, span in _said_short(out)]


def _said_short(units: list[tuple[str, str, str, Span]]) -> list[tuple[str, Span]]:
    """The names of ``units`` — (number and noun, with the adjectives, whole name, span) —
    each named as the fullest of the text it is said short for: a unit with fewer adjectives
    («150-я дивизия», «150-я мотострелковая дивизия») is the one of that number and noun written
    with all of them and more (``_fullest``), and a unit without its arm or owner («7-го
    флота») the one written with them («7-й флот ВМС США»); not where the text has two such."""
    bases: dict[str, set[str]] = {}
    for bare, base, _, _ in units:
        bases.setdefault(bare, set()).add(base)
    named = []
    for bare, base, whole, span in units:
        fullest = _fullest(base, bases[bare])
        named.append((fullest, fullest + whole[len(base):], span))  # (with its arm or owner, if written)
    with_tails: dict[str, set[str]] = {}
    for base, whole, _ in named:
        if whole != base:
            with_tails.setdefault(base, set()).add(whole)
    return [(next(iter(with_tails[base])) if whole == base and len(with_tails.get(base, ())) == 1 else whole, span)
            for base, whole, span in named]


def _fullest(base: str, bases: set[str]) -> str:
    """The one name of ``bases`` whose words hold all the others' that hold ``base``'s:
    «150-я дивизия», «150-я мотострелковая дивизия» → «150-я Идрицко-Берлинская
    мотострелковая дивизия»; ``base`` itself where two such differ («150-я стрелковая
    дивизия» too, for «150-я дивизия»)."""
    words = set(base.split())
    wider = [b for b in bases if words < set(b.split())]
    if not wider:
        return base
    widest = max(wider, key=lambda b: len(b.split()))
    return widest if all(set(b.split()) <= set(widest.split()) for b in wider) else base


def _nominative(word: str, head, gender: str, vocab) -> str | None:
    """An adjective of the unit's noun in the nominative singular of its gender, written as
    it was («гвардейской» → «гвардейская», «Краснознамённой» → «Краснознамённая»); None for a
    word that is no adjective agreeing with the noun."""
    for p in vocab.parse(fold(word)):
        if p.tag.POS in ("ADJF", "PRTF") and p.tag.case == head.tag.case and p.tag.number == "sing" \
                and p.tag.gender in (gender, None):
            form = agreeing_adjective(p, head)
            if form:
                return shape(form.word, word)
    return None


def _arm(words: list[str], vocab) -> bool:
    """Two words in the genitive that name a unit's arm (``_ARMS``, by their stems):
    «морской пехоты»."""
    if not all(any(p.tag.case == "gent" and p.tag.POS in ("ADJF", "NOUN") for p in vocab.parse(fold(word)))
               for word in words):
        return False
    return " ".join(stem(fold(word)) for word in words) in _ARM_STEMS
