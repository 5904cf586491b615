"""One gender for the mentions of one person, where the text shows it.

Written «Евгения Медведева» is a woman in the nominative or a man in the genitive
(«победа Евгения Медведева»), «Евгению Медведеву» a woman's accusative or a man's dative,
and the morph tagger picks one reading per mention: an article about the skater then
named her «Евгений Медведев» from five such forms against one «Евгенией Медведевой».
:func:`genders_agreed` reads the surname as the text writes it in each mention: a form
only a woman's surname has («Медведевой», «Лукашевской»; or her nominative that starts
a sentence before a verb in the feminine past: «Медведева приучила») and none only a man's
(«Медведев», «Медведевым», «Медведеве», «Лукашевского») makes every mention of that
surname a woman's, and the other way round; with both, or neither, the mentions stay as
the tagger read them (a husband and wife, a father and daughter). A woman's full name
whose first name the tagger read as a man's («Евгений Медведева», from «Евгения» read as
his genitive) takes the first name as written.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace
from typing import Sequence

from briefings.people_names import SURNAME_GENDER_PAIRS, NameMention, fold, name_words

_WOMAN = dict((man, woman) for woman, man in SURNAME_GENDER_PAIRS)
# endings only a woman's surname has in some case, and only a man's, by the man's ending
_WOMANS = {"ов": ("овой",), "ев": ("евой",), "ин": ("иной",), "ын": ("ыной",),
           "ский": ("ской", "скую"), "цкий": ("цкой", "цкую")}
_MANS = {"ов": ("ов", "овым", "ове"), "ев": ("ев", "евым", "еве"), "ин": ("ин", "иным", "ине"),
         "ын": ("ын", "ыным", "ыне"), "ский": ("ский", "ского", "скому", "ским", "ском"),
         "цкий": ("цкий", "цкого", "цкому", "цким", "цком")}


def genders_agreed(mentions: Sequence[NameMention], text: str) -> list[NameMention]:
    """``mentions`` with the names of one surname in the one gender the text shows: a
    name of the same first name (its first four letters) or the surname alone takes the
    gender; another first name is left alone (another person of the family)."""
    by_surname: dict[tuple[str, str], list[int]] = defaultdict(list)  # (stem, man's ending) → mentions
    for n, m in enumerate(mentions):
        surname = _surname(name_words(m.name)[-1]) if m.name and not m.plural else None
        if surname is not None:
            by_surname[surname].append(n)
    for surname in [s for s, found in by_surname.items() if all(len(name_words(mentions[n].name)) == 1 for n in found)]:
        del by_surname[surname]  # (a surname of a full name of the text: not «Кристина», «Кристине» alone)
    out = list(mentions)
    for (stem, mans_ending), found in by_surname.items():
        written = {_written_surname(mentions[n], text) for n in found}
        womans = any(stem + e in written for e in _WOMANS[mans_ending]) \
            or any(_subject_of_a_womans_verb(mentions[n], text, stem + _WOMAN[mans_ending]) for n in found)
        if womans == any(stem + e in written for e in _MANS[mans_ending]):
            continue  # both, or neither: as the tagger read them
        ending = _WOMAN[mans_ending] if womans else mans_ending
        names = Counter(mentions[n].name for n in found if fold(name_words(mentions[n].name)[-1]) == stem + ending)
        firsts = {fold(name_words(name)[0])[:4] for name in names if len(name_words(name)) > 1}
        for n in found:
            words = name_words(mentions[n].name)
            if womans and not firsts and len(words) > 1 and fold(words[-1]) != stem + ending:
                written_name = _written_name(mentions[n], text)
                if len(written_name) == len(words) and fold(written_name[-1]) == stem + ending:
                    # a woman's name in the nominative the tagger read as a man's genitive, and
                    # no full name of hers in the text to take: as written («Евгения Медведева»)
                    out[n] = replace(mentions[n], name=" ".join(written_name))
                elif len(written_name) == 2 == len(words) \
                        and fold(written_name[-1]) == stem + _WOMANS_ACCUSATIVE[mans_ending]:
                    # … her accusative the tagger read as a man's dative («назвала Евгению Медведеву»)
                    first = _womans_nominative(written_name[0])
                    if first:
                        out[n] = replace(mentions[n], name=f"{first} {written_name[1][:len(stem)]}{ending}")
                continue
            if womans and len(words) == 2 and fold(words[-1]) == stem + ending:
                written_name = _written_name(mentions[n], text)
                if len(written_name) == 2 and _womans_form_of(written_name[0], words[0]):
                    # «Евгений Медведева», a man's first name the tagger read out of her
                    # genitive-looking nominative: as written («Евгения Медведева»)
                    out[n] = replace(mentions[n], name=f"{written_name[0]} {words[-1]}")
                continue
            if fold(words[-1]) == stem + ending or len(words) > 1 and fold(words[0])[:4] not in firsts:
                continue
            same = [name for name in names if len(name_words(name)) == len(words)]
            if same:
                out[n] = replace(mentions[n], name=max(same, key=lambda name: (names[name], name)))
            elif len(words) == 1:
                out[n] = replace(mentions[n], name=words[0][: len(stem)] + ending)
    return out


# a verb in the feminine past right after a name: «Медведева приучила», «… не смогла»
_WOMANS_VERB = re.compile(r"[ \u00a0]+(?:не[ \u00a0]+)?[а-яё]{2,}(?:ла|лась)(?![а-яё])")


def _subject_of_a_womans_verb(m: NameMention, text: str, womans: str) -> bool:
    """The mention is a woman's surname in the nominative that starts a sentence, its
    subject, before a verb in the feminine past: «Медведева приучила зрителей …», «Вскоре
    Сабликова вырвалась» (an adverb first; not inside
    a sentence, where it may be a man's genitive a feminine noun governs: «победа Евгения
    Медведева стала»)."""
    last = m.parts[-1] if m.parts else m.span
    if _written_surname(m, text) != womans or not _WOMANS_VERB.match(text, last.stop):
        return False
    i = _spaces_skipped_back(text, m.span.start)
    opener = _SENTENCE_ADVERB.search(text, max(0, i - 20), i)  # «Вскоре Сабликова вырвалась»
    if opener:
        i = _spaces_skipped_back(text, opener.start())
    return i == 0 or text[i - 1] in ".!?\n"


def _spaces_skipped_back(text: str, i: int) -> int:
    """``i`` moved back over the spaces before it."""
    while i > 0 and text[i - 1] in " \u00a0":
        i -= 1
    return i


# an adverb or a conjunction that may open a sentence before its subject (no noun that
# could govern a genitive): «Вскоре Сабликова вырвалась вперёд»
_SENTENCE_ADVERB = re.compile(r"(?:(?<=[.!?\n])|(?<=[.!?\n][ \u00a0])|^)(?:Вскоре|Затем|Потом|Тогда|Однако|Но|А|И|"
                              r"Теперь|Сейчас|Позже|Позднее|Впоследствии|Сначала|Вчера|Сегодня|Тут|Здесь),?\Z")


# a woman's surname in the accusative, which is a man's dative too, by the man's ending
_WOMANS_ACCUSATIVE = {"ов": "ову", "ев": "еву", "ин": "ину", "ын": "ыну", "ский": "скую", "цкий": "цкую"}
# a woman's first name in the accusative → its nominative ending: «Евгению», «Анну», «Наталью»
_WOMANS_FIRST_ACCUSATIVE = (("ию", "ия"), ("ью", "ья"), ("ю", "я"), ("у", "а"))


def _womans_nominative(first: str) -> str | None:
    """The nominative of a woman's first name written in the accusative («Евгению» →
    «Евгения»); None for a word in no such ending."""
    for accusative, nominative in _WOMANS_FIRST_ACCUSATIVE:
        if first.endswith(accusative) and len(first) > len(accusative) + 1:
            return first[: -len(accusative)] + nominative
    return None


def _womans_form_of(written: str, mans: str) -> bool:
    """``written`` is the woman's first name that ``mans`` is the man's of, one letter apart
    at the end: «Евгения» of «Евгений», «Валентина» of «Валентин», «Александра» of «Александр»."""
    return written != mans and written[-1:] in ("а", "я") \
        and (written[:-1] == mans or written[:-1] == mans[:-1] and mans.endswith(("й", "ь")))


def _written_name(m: NameMention, text: str) -> list[str]:
    """The words of a mention as the text writes them (none when its parts are not known)."""
    return [text[p.start:p.stop] for p in m.parts]


def _written_surname(m: NameMention, text: str) -> str:
    """The last word of a mention as the text writes it, folded."""
    last = m.parts[-1] if m.parts else m.span
    words = text[last.start:last.stop].split()
    return fold(words[-1]) if words else ""


def _surname(word: str) -> tuple[str, str] | None:
    """(stem, the man's ending) of a surname that has a man's and a woman's form
    («Медведева» → ("медвед", "ев")), else None."""
    folded = fold(word)
    for womans, mans in SURNAME_GENDER_PAIRS:
        for ending in (womans, mans):
            if folded.endswith(ending) and len(folded) > len(ending) + 2:
                return folded[: -len(ending)], mans
    return None
