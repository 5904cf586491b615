"""The country an article gives a place by describing it: a country's adjective and a word
for the place's kind before its name («в швейцарском городе Пайерн», «в сирийскую провинцию
Кунейтра»), for a place the gazetteer does not know."""

from __future__ import annotations

import re
from typing import Callable

# a country's adjective, then a word for a kind of place, right before the name (not a part
# of a larger place: «израильскую часть Голанских высот», «на норвежском шельфе Баренцева
# моря»; not a base, which the adjective names the owner of: «американской авиабазе Инджирлик»)
_DESCRIBED = re.compile(
    r"([А-ЯЁа-яё]+)[ \u00a0]+(?:город|провинци|сел[оауе]|местечк|деревн|пос[её]л|округ|район|"
    r"остров|префектур|штат|регион|област|кантон|коммун|муниципалитет)[а-яё]*[ \u00a0]+\Z")
# «русский» names a people and a language more often than the state: «в русском районе Брайтон-Бич»
_NOT_STATES = ("русск",)


def country_described(text: str, start: int, country_form: Callable[[str], tuple[str, str] | None]) -> str | None:
    """The ISO code of the country whose adjective describes the place named at ``start``
    with a word for its kind («в швейцарском городе Пайерн» → CH, «турецкую провинцию
    Хатай» → TR, «в южнокорейском городе Муджу» → KR); None otherwise («в городе Пайерн»,
    «в историческом районе Бейоглу», «в русском районе Брайтон-Бич»). ``country_form`` is
    ``Gazetteer.country_form``."""
    described = _DESCRIBED.search(text, max(0, start - 60), start)
    form = country_form(described.group(1)) if described and not described.group(1).lower().startswith(_NOT_STATES) \
        else None
    return form[0] if form and form[1] == "adjective" else None
