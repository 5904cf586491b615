"""The table of words for kinds of place (``data/place_kinds.yml``) and the patterns built from it."""

from __future__ import annotations

import re

import pytest

from briefings.place_kinds import KINDS, _table, kind_forms, kind_words


def test_every_word_has_the_dictionarys_forms(vocab):
    """Each word's forms are the dictionary's, singular then plural (its usual ones: not
    «деревнею», «селенье»), so that the table stays right when a word is added by hand."""
    for kind in KINDS:
        for word, (singular, plural) in _table()[kind].items():
            noun = next(p for p in vocab.parse(word) if p.tag.POS == "NOUN" and p.tag.case == "nomn")
            usual = [f for f in noun.lexeme if f.tag.POS == "NOUN" and not {"V-ey", "V-oy", "V-be", "V-bi"} & f.tag.grammemes]
            assert set(singular) == {f.word for f in usual if f.tag.number == "sing"}, word
            assert set(plural) == {f.word for f in usual if f.tag.number == "plur"}, word


def test_a_word_is_of_one_kind():
    seen = [word for kind in KINDS for word in _table()[kind]]
    assert len(seen) == len(set(seen))


@pytest.mark.parametrize("kinds, singular, plural, form, expected", [
    # a form of a word of the kind, «ё» written either way
    (("settlement",), True, False, "посёлке", True),
    (("settlement",), True, False, "поселке", True),
    (("region",), True, False, "графства", True),
    # … not another kind's, nor a plural form unless asked for, nor a word that only begins so
    (("settlement",), True, False, "области", False),
    (("settlement",), True, False, "посёлках", False),
    (("settlement",), False, True, "посёлках", True),
    (("settlement",), True, True, "городской", False),
])
def test_kind_forms(kinds, singular, plural, form, expected):
    assert bool(re.fullmatch(kind_forms(*kinds, singular=singular, plural=plural), form)) is expected


def test_kind_forms_by_ending_and_without_a_word():
    locative = kind_forms("settlement", plural=True, endings=("е", "ах"))
    assert re.fullmatch(locative, "городе") and re.fullmatch(locative, "сёлах")
    assert not re.fullmatch(locative, "города")
    assert not re.fullmatch(kind_forms("settlement", without=("село",)), "села")


def test_kind_words():
    assert {"поселок", "графство", "аэропорт"} <= kind_words(*KINDS)
    assert "аэропорт" not in kind_words("settlement", "region")
