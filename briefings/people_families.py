"""First names that share one surname in the plural: «Вера и Илья Политковские».

The NER tags such a pair as a lone first name and a name whose surname is in the plural
(«Вера» + «Илья Политковские»), or misses the first one («Сергей и Андрей Петровы»). Both
are people of the family: «Вера Политковская» and «Илья Политковский», «Нэнси Рейган» and
«Рональд Рейган» («Нэнси и Рональда Рейганов»).

The surname counts as plural only when the dictionary reads it as a family name in the
plural in the case of the first name before it (its masculine and feminine singular come
from the same reading); an indeclinable surname («Уильям и Кейт Миддлтон», «Мальдини»)
says nothing, so nothing changes, but a Ukrainian one in «-ко», which no other name ends
in, is shared by first names in a case of the one right before it («Фёдором и Александром
Емельяненко», «Виталий и Владимир Кличко»), and a Russian family name the dictionary does
not know counts as plural by its ending («Тамаз и Ивета Манашеровы»).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from briefings.model import Span
from briefings.people_names import NameMention, fold, name_words
from briefings.people_nominative import UD_GENDER, shape

# the given names before «и» (a list may come first: «Анна, Мария и Ольга Ивановы»)
_GIVEN_BEFORE = re.compile(r"(?<![\w-])((?:[А-ЯЁ][а-яё]+,[ \u00a0])*[А-ЯЁ][а-яё]+)[ \u00a0]+и[ \u00a0]+$")


def family_names(mentions: Sequence[NameMention], text: str, vocab) -> list[NameMention]:
    """Mentions with every first name of a family given its singular surname."""
    out = list(mentions)
    for mention in mentions:
        family = _family(mention, text, vocab) or _family_in_ko(mention, text, vocab) \
            or _unknown_family(mention, text, vocab)
        if family is None:
            continue
        surname_span, cases, surname_of = family
        first = name_words(mention.name)[0]
        first_span = mention.parts[0]
        own = _given(vocab, text[first_span.start:first_span.stop], cases) or _unknown_given(vocab, first)
        if own is None:
            continue
        before = _GIVEN_BEFORE.search(text, max(0, mention.span.start - 80), mention.span.start)
        if before is None:
            continue  # a plural surname without the «и» of a pair: a typo («Гай Ричии»)
        offset = before.start(1)
        others = []
        for word in re.finditer(r"[А-ЯЁ][а-яё]+", before.group(1)):
            given = _given(vocab, word.group(), cases)
            if given is not None:
                span = Span(offset + word.start(), offset + word.end())
                others.append(NameMention(f"{given[0]} {surname_of(given[1])}", span, parts=(span, surname_span)))
        if not others or mention not in out:
            continue
        # (the dictionary's nominative of the first name as written, in the family's case: the
        # normalizer may have read «Виталия» of «Юлии и Виталия Степановых» as a woman's)
        out[out.index(mention)] = replace(mention, name=f"{own[0]} {surname_of(own[1])}")
        for named in others:
            alone = next((i for i, m in enumerate(out) if m.span == named.span), None)
            if alone is None:
                out.append(named)
            else:
                out[alone] = named  # the NER's lone «Вера» (read as «Вер»)
    return sorted(out, key=lambda m: m.span.start)


def _family(mention: NameMention, text: str, vocab):
    """The span of a plural surname ending a first name + surname mention, the cases of the
    dictionary's plural family-name readings of it and its singular by gender."""
    if mention.plural or mention.patronymic or len(mention.parts) != 2 or len(name_words(mention.name)) != 2:
        return None
    surname_span = mention.parts[-1]
    written = text[surname_span.start:surname_span.stop]
    parses = vocab.parse(fold(written))
    readings = [p for p in parses if {"Surn", "Pltm"} <= set(p.tag.grammemes) and p.tag.number == "plur"
                and "Fixd" not in p.tag.grammemes]
    single = {p.tag.case for p in parses if p.tag.number == "sing" and {"Surn", "Name"} & set(p.tag.grammemes)}
    readings = [p for p in readings if p.tag.case not in single]  # «Обамы» is a genitive singular
    return (surname_span, {p.tag.case for p in readings}, _surname_of(readings, written)) if readings else None


def _family_in_ko(mention: NameMention, text: str, vocab):
    """The span of a Ukrainian surname in «-ко», which does not decline, ending a first name
    + surname mention, the first name's cases and the surname as written for either gender:
    a first name in such a case before «и» shares it («Фёдором и Александром Емельяненко»,
    «Виталий и Владимир Кличко»)."""
    if mention.plural or mention.patronymic or len(mention.parts) != 2 or len(name_words(mention.name)) != 2:
        return None
    first_span, surname_span = mention.parts
    written = text[surname_span.start:surname_span.stop]
    if len(written) < 5 or not fold(written).endswith("ко"):
        return None
    cases = {p.tag.case for p in vocab.parse(fold(text[first_span.start:first_span.stop]))
             if p.is_known and "Name" in p.tag.grammemes}
    return (surname_span, cases, lambda gender: written) if cases else None


def _unknown_family(mention: NameMention, text: str, vocab):
    """The span of a Russian family name in the plural the dictionary does not know,
    ending a first name + surname mention, its cases by its ending and its singular by
    gender: «Тамаз и Ивета Манашеровы» → «Манашеров», «Манашерова»."""
    if mention.plural or mention.patronymic or len(mention.parts) != 2 or len(name_words(mention.name)) != 2:
        return None
    surname_span = mention.parts[-1]
    written = text[surname_span.start:surname_span.stop]
    found = _PLURAL_FAMILY.fullmatch(fold(written))
    if found is None or any(p.is_known for p in vocab.parse(fold(written))):
        return None
    stem = written[:len(found.group(1))]
    return surname_span, _PLURAL_CASES[found.group(2)], lambda gender: stem + ("а" if gender == "Fem" else "")


# a Russian family name in the plural: the singular's stem, then the plural ending
_PLURAL_FAMILY = re.compile(r"([а-яе-]{3,}(?:ов|ев|ин|ын))(ы|ых|ым|ыми)")
_PLURAL_CASES = {"ы": {"nomn"}, "ых": {"gent", "accs", "loct"}, "ым": {"datv"}, "ыми": {"ablt"}}


def _unknown_given(vocab, first: str) -> tuple[str, str] | None:
    """A first name in the nominative the dictionary does not know, its gender by its ending
    («Ивета» a woman's)."""
    if any(p.is_known for p in vocab.parse(fold(first))):
        return None
    return first, "Fem" if fold(first).endswith(("а", "я")) else "Masc"


def _given(vocab, word: str, cases: set[str]) -> tuple[str, str] | None:
    """The nominative and gender of a first name in one of ``cases``."""
    for p in vocab.parse(fold(word)):
        grammemes = set(p.tag.grammemes)
        if p.is_known and "Name" in grammemes and p.tag.number != "plur" \
                and (p.tag.case in cases or "Fixd" in grammemes) and p.tag.gender in UD_GENDER:
            return shape(p.normal_form, word), UD_GENDER[p.tag.gender]
    return None


def _surname_of(readings, written: str):
    def singular(gender: str) -> str:
        for p in readings:
            form = p.inflect({"Sing", "Nom", gender})
            if form:
                return shape(form.word, written)
        return shape(readings[0].normal_form, written)

    return singular
