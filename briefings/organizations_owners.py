"""One organization site-wide under the names different briefings give it.

Tagging joins the names of one organization inside an article; across briefings the
site index joins them with :func:`organization_owners`, the way surname-only people join
their full name:

- «Full (ABBR)» (how tagging names an organization whose abbreviation the article spells
  out) and «Full»: always, the words are the same; so are names of the same stems, in
  other cases («Хезболла», «Хезболлу», «Левада-Центром») or with quotes («Радио
  «Свобода»»), as tagging joins them in an article (``name_forms``); «ABBR» too when its letters
  abbreviate «Full» and no other bracketed name of the site («МОК» ← «Международный
  олимпийский комитет»; not «ПАСЕ» ← «Совет Европы», nor «WADA» ← «Всемирное
  антидопинговое агентство», which the letters cannot tell, nor two letters, which spell
  too many names: «ВС» ← «Верховный суд (ВС)»), and a listed abbreviation of
  ``known_names`` only a name of its own list («ФБР» is no «Федерация бобслея России
  (ФБР)»);
- names of one list of ``known_names`` (``Lexicon.known_as``): «ЕС», «Евросоюз»,
  «Европейский союз»; not a bare name the list also has with a country («ЦБ», «ЦИК»);
- the same name with its country written another way («Минобороны РФ», «Минобороны
  России», «Российское минобороны»; «Правительство США», «Американское правительство»),
  with ``countries`` (the gazetteer: a country's name or abbreviation after the name,
  its adjective before a government body; not a capital: «Правительство Москвы» stays
  apart, nor a name of two places: «Кубок Америки» and «Кубок США»);
- a compound and its phrase, the words after them the same («Госдума» and
  «Государственная дума», «Минобороны России» and «Министерство обороны России»;
  ``organizations_names.compound_pairs``), when the compound takes three letters or more
  of the last word it spells («Минфин» ← «финансов»; not «Печора» ← «Печерский райсуд»,
  «Форин» ← «Форс Индии», which the site's thousands of names otherwise pair).

An abbreviation written alone in one briefing and a full name in another are not joined
by their letters: tried on the N=1000 benchmark site, two-letter ones joined unrelated
names («АТ» and «Адмирал Трибуц», «ЛЕ» and «Лига Европы»).
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Callable, Iterable, Mapping, Protocol, Sequence

from briefings.name_forms import oblique_twins, same_stem_groups
from briefings.organizations_lexicon import (ADJECTIVE_END, WORD, KnownName, Lexicon, core_name, known_group,
                                            without_bracket)
from briefings.organizations_names import LOWER_JOINERS, abbreviates, compound_pairs, is_abbreviation
from briefings.people import fold, stem
from briefings.unions import Unions

_BRACKET = re.compile(r" \([^()]*\)")
_CYRILLIC = re.compile(r"[А-ЯЁ]")


def organization_owners(briefings: Mapping[str, int],
                        registered: Callable[[str], bool] = lambda name: False,
                        countries: CountryWords | None = None,
                        known_as: Callable[[str], KnownName | None] = lambda name: None,
                        people: Iterable[str] = ()) -> dict[str, str]:
    """``briefings``: organization name → the number of briefings naming it. Returns
    fold(name) → the name of the organization's page, for every name joined to another.
    The page takes a name an editor registered (``registered``, the registry of
    ``content/entities.yml``), else a bracketed name whose abbreviation checks out, else
    a name with its country after it in half as many briefings as the most named or more,
    else the name in most briefings (of names in as many, the later in the alphabet)."""
    by_fold: dict[str, list[str]] = defaultdict(list)
    for name in briefings:
        by_fold[fold(name)].append(name)
    unions: Unions[str] = Unions(by_fold)
    join = unions.join

    checked_names: set[str] = set()  # «Full (ABBR)» whose ABBR abbreviates Full
    full_names: dict[str, set[str]] = defaultdict(set)  # fold(ABBR) → fold(Full) it abbreviates
    for name in briefings:
        core = core_name(name)  # how tagging and stem_key read «Full (ABBR)», «ИА «Name»», «The Name»
        if core == name:
            continue
        by_fold.setdefault(fold(core), [])  # «Full» may be written nowhere alone
        join(fold(core), fold(name))
        for short in _spelled_in_bracket(name):
            checked_names.add(name)
            full_names[fold(short)].add(fold(without_bracket(name)))
    for same in same_stem_groups(briefings):  # «Хезболла», «Хезболлу», «Хезболлах»
        for other in same[1:]:
            join(fold(other), fold(same[0]))
    for short, full in _spelled_out(full_names, known_as).items():
        if short in by_fold and (len(short) > _SHORT or known_group(known_as, short) is not None):
            join(short, full)
    # «Евросоюз (ЕС)», «Агентство национальной безопасности (АНБ) США» as names of known_names
    known = {name: known_as(core_name(_BRACKET.sub("", name))) for name in briefings}
    known_lists: dict[int, list[str]] = defaultdict(list)  # list of known names → its names, not bare
    for name, listed in known.items():
        if listed is not None and not listed.bare:
            known_lists[listed.group].append(fold(name))
    for names in known_lists.values():
        for other in names[1:]:
            join(other, names[0])
    by_country: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    country_after: set[str] = set()  # names with the country written after them
    for name in briefings if countries else ():
        written = _with_country(name, countries)
        if written:
            by_country[written[:3]].append(fold(name))
            if written[3]:
                country_after.add(name)
    for names in by_country.values():
        for other in names[1:]:
            join(other, names[0])
    for compound, phrase in compound_pairs(briefings).items():
        if _spelled_to_the_end(compound, phrase):
            join(fold(compound), fold(phrase))
    for full, short in _owner_first_names(briefings, people):
        join(fold(full), fold(short))

    owners: dict[str, str] = {}
    for keys in unions.groups():
        names = [name for key in keys for name in by_fold[key]]  # every name joined there
        if len({fold(name) for name in names}) < 2:
            continue  # nothing joined
        editors = [name for name in names if registered(name)]
        bracketed = [name for name in names if name in checked_names]
        # «Минобороны России» over «Российское минобороны», when in about as many briefings
        most = max(briefings[n] for n in names)
        ranked = [n for n in names if known.get(n) is not None]
        if not editors and not bracketed and ranked:  # «Банк России» over «ЦБ РФ», «Центробанк России»
            page = min(ranked, key=lambda n: (known[n].rank, -briefings[n], n))
        else:
            oblique = oblique_twins(names)  # «Бенфики» next to «Бенфика»
            page = max(editors or bracketed or [n for n in names if n in country_after and 2 * briefings[n] >= most]
                       or names, key=lambda n: (n not in oblique, briefings[n], n))
        for name in names:
            owners[fold(name)] = page
    return owners


def _owner_first_names(briefings: Mapping[str, int], people: Iterable[str]) -> list[tuple[str, str]]:
    """(name, the same name without its owner's first name) for each organization named
    after a person of the site (``people``: full names, first name and surname) whose name
    without the first name the site writes too: «Администрация Дональда Трампа» …
    «Администрация Трампа», «Фонд Билла Гейтса» … «Фонд Гейтса»."""
    persons = {(stem(words[0]), stem(words[-1])) for words in (name.split() for name in people) if len(words) == 2}
    by_fold = {fold(name): name for name in briefings}
    pairs = []
    for name in briefings:
        words = name.split()
        if len(words) >= 3 and words[-2][:1].isupper() and (stem(words[-2]), stem(words[-1])) in persons:
            short = by_fold.get(fold(" ".join(words[:-2] + words[-1:])))
            if short is not None:
                pairs.append((name, short))
    return pairs


def sole_country_joins(briefings: Sequence[tuple[frozenset[str], Sequence[str]]], owners: Mapping[str, str],
                       countries: CountryWords) -> dict[tuple[int, str], str]:
    """``briefings``: each briefing's country codes and organization names. Returns
    (briefing, fold(name)) → the page of a state body the briefing writes without its
    country («МВД», «Минфин», «Генпрокуратура») where the briefing names one country only
    and the site names the body with that country («МВД России», «Генпрокуратура
    Украины»): the bare «МВД» of 44 NG/RT briefings mixed the ministries of Russia,
    Ukraine, Moldova and Armenia on one page. A briefing of two countries or more keeps the
    bare name: its top country named the body in only some of them (the Karabakh war's
    «внутренние войска МВД» in an article of Armenia and Azerbaijan), and nor is a body
    joined that only the site's names could tell («Банк» is no «Банк России»)."""
    written, bodies = _bodies_with_country({name for _, names in briefings for name in names}, countries)
    joins = {}
    for n, (codes, names) in enumerate(briefings):
        if len(codes) != 1:
            continue
        (code,) = codes
        for name in names:
            bare = without_bracket(name)  # «Верховный суд (ВС)»: «Верховный суд»
            page = bodies.get((fold(bare), code))
            if page and _bare_body(bare) and written[name] is None:
                joins[(n, fold(name))] = owners.get(fold(page), page)
    return joins


def mixed_bodies(names: Iterable[str], countries: CountryWords) -> frozenset[str]:
    """fold(name) of each state body in ``names`` (the site's organization names) written
    without its country («МВД», «Минобороны», «Генштаб») that the site names with two
    countries or more («МВД России», «МВД Украины»): a page of it would mix the bodies of
    several states (a briefing of one country has its body joined by
    ``sole_country_joins`` before), so it gets none."""
    written, bodies = _bodies_with_country(set(names), countries)
    codes: dict[str, set[str]] = defaultdict(set)  # fold(body) → the countries the site names it with
    for body, code in bodies:
        codes[body].add(code)
    return frozenset(fold(name) for name, country in written.items() if country is None
                     and _bare_body(without_bracket(name)) and len(codes[fold(without_bracket(name))]) >= 2)


def _bodies_with_country(names: set[str], countries: CountryWords) \
        -> tuple[dict[str, tuple[str, str, str, bool] | None], dict[tuple[str, str], str]]:
    """How each of ``names`` writes its country (``_with_country``), and (fold(body), code) →
    the first of them (in the alphabet) that names that body with that country after it;
    not a home nation's («Полиция Шотландии»), nor with a country's adjective before it,
    which names more than bodies («Российский союз»)."""
    written = {name: _with_country(name, countries) for name in sorted(names)}
    bodies: dict[tuple[str, str], str] = {}
    for name, country in written.items():
        if country and country[3] and not country[2]:
            bodies.setdefault(country[:2], name)
    return written, bodies


def _bare_body(name: str) -> bool:
    """A state body's name as ``_state_body`` reads it («Минфин», «Генштаб», «МВД»), a
    ministry's compound alone («Минэкономразвития», «Минтранс»; not «Миннесота Вайкингс»),
    or adjectives and a head noun of institutions («Верховный суд», «Нижняя палата»),
    in Cyrillic and of three letters or more («ВС» is the supreme court or the armed
    forces; «RT» a channel, which has its «RT UK»)."""
    words = name.split()
    first = words[0]
    if len(first) < 3 or _CYRILLIC.match(first) is None:
        return False
    return _state_body(words) or len(words) == 1 and fold(first).startswith("мин") \
        or 1 < len(words) <= 3 and fold(words[-1]) in Lexicon.default().heads \
        and all(ADJECTIVE_END.search(fold(word)) for word in words[:-1])  # «Верховный суд», «Нижняя палата»


# letters: an abbreviation as short spells too many names to join one by its letters alone
# («ВС» of the armed forces of Turkey, the US or Lebanon in 9 NG/RT briefings had joined
# the one «Верховный суд (ВС)» of the site; a rare entity in common was no evidence either,
# the supreme courts' page naming hundreds); only a list of ``known_names`` joins it («ЕС»)
_SHORT = 2


def _spelled_in_bracket(name: str) -> list[str]:
    """The abbreviations in a bracket after a name that its words spell: «МОК» of
    «Международный олимпийский комитет (МОК)», «ИГ» and «ИГИЛ» of «Исламское государство (ИГ,
    ИГИЛ)»."""
    full = without_bracket(name)
    inside = name[len(full):].strip()[1:-1]
    return [short for short in (part.strip() for part in inside.split(","))
            if is_abbreviation(short) and abbreviates(short, full)]


def _spelled_out(full_names: Mapping[str, set[str]], known_as: Callable[[str], KnownName | None]) -> dict[str, str]:
    """fold(ABBR) → fold(Full) for each abbreviation one bracketed name of the site spells
    out («МОК» ← «Международный олимпийский комитет (МОК)»); a listed abbreviation of
    ``known_names`` only a name of its own list («ФБР» is no «Федерация бобслея России
    (ФБР)»)."""
    spelled = {}
    for short, fulls in full_names.items():
        if known_group(known_as, short) is not None:
            fulls = {full for full in fulls if known_group(known_as, full) == known_group(known_as, short)}
        if len(fulls) == 1:
            spelled[short] = next(iter(fulls))
    return spelled


class CountryWords(Protocol):
    """How a name writes its country (``Gazetteer.country_form``): («RU», "name") for
    «России», («RU», "abbr") for «РФ», («RU», "adjective") for «Российское»."""

    def country_form(self, words: str) -> tuple[str, str] | None: ...


# England, Scotland, Wales and Northern Ireland are one state (GB), but four teams, four
# football associations, four churches: «Сборная Англии» is no «Сборная Северной Ирландии»
_HOME_NATIONS = ("англи", "шотланд", "уэльс", "валлий", "северн", "североирланд")
# «русский» names a people and a language more often than the state: «Русский союз»
_NOT_STATES = ("русск",)
# country names that also name another place: «Кубок Америки» (the continent's) is no
# «Кубок США», «Сборная Конго» no «Сборная ДР Конго», «Корея» may be either
_AMBIGUOUS = ("америк", "конго", "коре", "македон", "гвине")


def _with_country(name: str, countries: CountryWords) -> tuple[str, str, str, bool] | None:
    """(the name without its country, folded; the country's code; a home nation's name;
    whether the country is written after the rest) when the name ends in a
    country's name or abbreviation (one to three words: «России», «РФ», «Российской
    Федерации») or begins with its adjective: «Минобороны России» → («минобороны», "RU",
    "", True), «Американское правительство» → («правительство», "US", "", False); None
    otherwise, or when nothing else is left."""
    words = name.split()
    for n in (3, 2, 1):
        written = countries.country_form(" ".join(words[-n:])) if len(words) > n else None
        if written and written[1] in ("name", "abbr"):
            if fold(words[-1]).startswith(_AMBIGUOUS):
                return None
            return _without_forces(fold(" ".join(words[:-n]))), written[0], _home_nation(words[-n:]), True
    written = countries.country_form(words[0]) if len(words) > 1 else None
    if written and written[1] == "adjective" and not fold(words[0]).startswith(_NOT_STATES) \
            and _state_body(words[1:]):
        return fold(" ".join(words[1:])), written[0], _home_nation(words[:1]), False
    return None


def _without_forces(body: str) -> str:
    """A state's force named with the armed forces it is of, without them: «генштаб вс»
    (of «Генштаб ВС РФ») is the «генштаб» of «Генштаб РФ», «Российский Генштаб»."""
    force, _, of = body.rpartition(" ")
    return force if of == "вс" and force in Lexicon.default().state_forces else body


def _state_body(words: list[str]) -> bool:
    """A government body written after a country adjective: a head noun of institutions
    («правительство», «МИД», «сборная»: ``data/organizations.yml``), of a state's forces
    («Генштаб») or an abbreviation («ВВС»); not a church, a newspaper, a cup («Украинская
    православная церковь» is no «Православная церковь Украины», «Украинская правда» no
    «Правда Украины»)."""
    first, lexicon = words[0], Lexicon.default()
    return fold(first) in lexicon.heads or fold(first) in lexicon.state_forces or len(first) >= 2 and first.isupper()


def _home_nation(words: list[str]) -> str:
    first = fold(words[0])
    return next((nation for nation in _HOME_NATIONS if first.startswith(nation)), "")


def _spelled_to_the_end(compound: str, phrase: str) -> bool:
    """The compound's first word holds the first three letters of the last phrase word
    it stands for («минфин» ← «министерство финансов»)."""
    words = [fold(w) for w in WORD.findall(compound)]
    long = [fold(w) for w in WORD.findall(phrase) if fold(w) not in LOWER_JOINERS]
    head = long[: len(long) - (len(words) - 1)]
    return bool(words) and len(head) >= 2 and head[-1][:3] in words[0]
