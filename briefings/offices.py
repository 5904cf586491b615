"""Offices a name is written after, one table (``data/offices.yml``) for two uses: a
surname after an office is a person's («президент Макрон»: :mod:`briefings.people_titles`),
and a country's name after one is the country though a person's name follows («президента
Сальвадора Найиба Букеле»: :mod:`briefings.gazetteer`)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=1)
def _offices() -> dict[str, dict]:
    """Lemma → its entry: ``serves`` («surname», «country»), and for «country» a ``stem``
    or ``forms``."""
    source = resources.files("briefings").joinpath("data/offices.yml")
    return yaml.safe_load(source.read_text(encoding="utf-8"))["offices"]


@lru_cache(maxsize=1)
def surname_offices() -> frozenset[str]:
    """Lemmas of the offices a surname is written after: «президент», «канцлер», «мэр»."""
    return frozenset(lemma for lemma, office in _offices().items() if "surname" in office["serves"])


@lru_cache(maxsize=1)
def country_office_word() -> re.Pattern[str]:
    """A word (lower case, ё → е) that is the head of an office a country's name follows,
    matched whole: «министрами», «посла», «главы» (not «после», «главный»)."""
    stems, forms = [], []
    for lemma, office in _offices().items():
        if "country" not in office["serves"]:
            continue
        if "stem" not in office and "forms" not in office:
            raise ValueError(f"data/offices.yml: «{lemma}» serves «country» without a stem or forms")
        stems += [office["stem"]] if "stem" in office else []
        forms += office.get("forms", [])
    return re.compile(rf"(?:{'|'.join(stems)})[а-я]*|{'|'.join(forms)}")
