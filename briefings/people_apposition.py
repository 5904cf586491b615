"""The case of a name written after the person's role in the genitive, which the tagger
misreads: «руководителя отдела маркетинга компании BHP Billiton Арно Балхузена» (read as a
nominative), «письма генерала трансваальских скаутов Моритца английскому майору» (read as
a dative, by the words after it). A name in apposition agrees with its role noun, so a
man's genitive in «-а» after a consonant is one."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from briefings.people_names import MANS_GENITIVE, NameToken, fold

# what may stand between a role noun and the name: the genitive words of the body it heads
# («отдела маркетинга горнодобывающей компании»), a name in Latin letters or capitals
# («BHP Billiton», «МИД»), the quotes around a name
_CHAIN_POS = frozenset({"NOUN", "ADJ", "PROPN", "DET", "NUM"})


def _in_chain(token) -> bool:
    feats = token.feats or {}
    if token.text in ("«", "»", '"'):
        return True
    if feats.get("Case") in ("Gen", None) and token.pos in _CHAIN_POS | {"X"}:
        return feats.get("Case") == "Gen" or token.pos in ("ADJ", "DET") or not token.text.isalpha() \
            or not re.search("[а-яё]", token.text) or token.text.isupper()  # (an adjective the tagger gave no case)
    return False


def _role_before(tokens: Sequence, i: int) -> bool:
    """Is there a person's role in the genitive (or the accusative, which an animate noun
    writes alike) among the genitive words right before ``tokens[i]``?"""
    j = i - 1
    while j >= 0 and _in_chain(tokens[j]) and i - j <= 8:
        if _person_noun(tokens[j], "Gen"):
            return True
        j -= 1
    return j >= 0 and i - j <= 8 and _person_noun(tokens[j], "Acc")


def _person_noun(token, case: str) -> bool:
    """A noun for a man (or a role), animate and singular, in ``case`` as the tagger reads it."""
    feats = token.feats or {}
    return token.pos == "NOUN" and feats.get("Animacy") == "Anim" and feats.get("Number") == "Sing" \
        and feats.get("Case") == case and feats.get("Gender") == "Masc"


def _agrees(vocab, word: str) -> bool:
    """A word of the name before its last that allows a man's genitive: one the dictionary
    has no declining name for, whose case the tagger only guessed («Ый»; «Арно», which does
    not decline), or a first name in that genitive («Бутроса», «Романа»); not «Мария», nor
    a patronymic («Филипповна»)."""
    names = [p for p in vocab.parse(fold(word)) if p.is_known and {"Name", "Surn", "Patr"} & p.tag.grammemes
             and "Fixd" not in p.tag.grammemes]
    return not names or not any("Patr" in p.tag.grammemes for p in names) \
        and any(p.tag.case in ("gent", "accs") and p.tag.gender == "masc" for p in names)


def _reads_as_genitive(vocab, word: str) -> bool:
    """A word the dictionary knows as no common word, which it (or its guesser) reads as a
    man's genitive at least as likely as a nominative («Балхузена», «Уайтинга», «Файнберга»;
    not «Онодэра», «Соноура», «Брайза», which it reads as nominatives of names in «-а» that
    do not decline after a man's first name; not «Герра», the dictionary's «герр»)."""
    parses = vocab.parse(fold(word))
    if any(p.is_known and not {"Surn", "Name"} & p.tag.grammemes for p in parses):
        return False
    genitive = max((p.score for p in parses if p.tag.case == "gent" and p.tag.gender != "femn"), default=0.0)
    return genitive > 0 and genitive >= max((p.score for p in parses if p.tag.case == "nomn"), default=0.0)


def in_role_case(name: list[NameToken], tokens: Sequence, i: int, vocab) -> list[NameToken]:
    """``name`` (the tokens of a PER span starting at ``tokens[i]``) read as a man's genitive
    when it follows his role in the genitive, ends in a consonant and «-а» that the guesser
    reads as a genitive and its other words allow one («Арно Балхузена», «Моритца», «Вин
    Мьина», «Бутроса Сфейра»; not «Ицунори Онодэра»); as it was otherwise («представитель
    компании Арно Балхузен»: the role is the nominative; «сына Марина Филипповна»: a
    patronymic; «президента Николаса Мадуро Герра»: a word the dictionary knows)."""
    last = name[-1]
    if last.case in ("Gen", "Acc") or not MANS_GENITIVE.search(fold(last.text)) or len(last.text) < 4 \
            or not all(_agrees(vocab, t.text) for t in name[:-1] if t.text.isalpha()) \
            or not _reads_as_genitive(vocab, last.text) or not _role_before(tokens, i):
        return name
    return [replace(t, case="Gen", gender="Masc") if t.text.isalpha() else t for t in name]
