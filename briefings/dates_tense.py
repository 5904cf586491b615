"""Tense of the clause around a date mention: "past", "future" or None.

The nearest tensed word wins; each comma or semicolon between it and the
mention counts as a long distance, so the mention's own clause usually decides.
Tense cue words («будет», «планирует», «состоялся») come from the lexicon; other
words are looked up in a morphological analyser (natasha ``MorphVocab`` or
pymorphy2 ``MorphAnalyzer``), or, without one, guessed from the past-tense suffix.
"""

from __future__ import annotations

import re

from briefings.dates_lexicon import FUTURE_CUES, PAST_CUES

_WORD = re.compile(r"[А-Яа-яЁё]+")
_CLAUSE_BREAK = re.compile(r"[,;:—–()]")
_PAST_SUFFIX = re.compile(r"(?:[аяеиоуы]л|[аяеиоуы]ла|[аяеиоуы]ло|[аяеиоуы]ли)(?:сь|ся)?$")
_CACHE: dict[tuple[str, bool], str | None] = {}


def _morph_label(word: str, morph) -> str | None:
    parse = morph.parse(word)[0]
    if hasattr(parse, "feats"):  # natasha MorphForm with UD features
        if parse.pos not in ("VERB", "AUX"):
            return None
        feats = parse.feats or {}
        tense, form = feats.get("Tense"), feats.get("VerbForm")
        if tense == "Past" and form == "Part" and feats.get("Case"):
            return "past?"  # a full participle («арестованные братья») is a weak cue
        if tense == "Past" and form in ("Fin", "Part", None):
            return "past"
        if tense == "Fut" and form in ("Fin", None):
            return "future"
        return None
    tag = parse.tag  # pymorphy2 OpenCorpora tag
    if tag.POS in ("VERB", "PRTS", "PRTF"):
        if tag.tense == "past":
            return "past?" if tag.POS == "PRTF" else "past"
        if tag.tense == "futr" and tag.POS == "VERB":
            return "future"
    return None


def word_tense(word: str, morph) -> str | None:
    word = word.lower()
    key = (word, morph is None)
    if key in _CACHE:
        return _CACHE[key]
    if word in FUTURE_CUES:
        label = "future"
    elif word in PAST_CUES:
        label = "past"
    elif morph is not None:
        label = _morph_label(word, morph)
    else:
        label = "past" if len(word) > 4 and _PAST_SUFFIX.search(word) else None
    if len(_CACHE) > 200_000:
        _CACHE.clear()
    _CACHE[key] = label
    return label


def clause_tense(sentence: str, start: int, stop: int, morph) -> str | None:
    """Tense for the mention at ``sentence[start:stop]``."""
    best: tuple[int, str] | None = None
    for m in _WORD.finditer(sentence):
        if start <= m.start() < stop or len(m.group()) < 3:
            continue
        label = word_tense(m.group(), morph)
        if label is None:
            continue
        between = sentence[m.end():start] if m.end() <= start else sentence[stop:m.start()]
        distance = len(between) + 40 * len(_CLAUSE_BREAK.findall(between))
        if label.endswith("?"):
            label, distance = label[:-1], distance + 30
        if best is None or distance < best[0]:
            best = (distance, label)
    return best[1] if best else None
