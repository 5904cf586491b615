"""One organization site-wide under the names different briefings give it.

Tagging joins the names of one organization inside an article; across briefings the
site index joins them with :func:`organization_owners`, the way surname-only people join
their full name:

- «Full (ABBR)» (how tagging names an organization whose abbreviation the article spells
  out) and «Full»: always, the words are the same; «ABBR» too when its letters
  abbreviate «Full» and no other bracketed name of the site («МОК» ← «Международный
  олимпийский комитет»; not «ПАСЕ» ← «Совет Европы», nor «WADA» ← «Всемирное
  антидопинговое агентство», which the letters cannot tell);
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

from collections import defaultdict
from typing import Callable, Mapping

from briefings.organizations_lexicon import WORD, core_name, without_bracket
from briefings.organizations_names import LOWER_JOINERS, abbreviates, compound_pairs, is_abbreviation
from briefings.people import fold

def organization_owners(briefings: Mapping[str, int],
                        registered: Callable[[str], bool] = lambda name: False) -> dict[str, str]:
    """``briefings``: organization name → the number of briefings naming it. Returns
    fold(name) → the name of the organization's page, for every name joined to another.
    The page takes a name an editor registered (``registered``, the registry of
    ``content/entities.yml``), else a bracketed name whose abbreviation checks out, else
    the name in most briefings (of names in as many, the later in the alphabet)."""
    by_fold: dict[str, list[str]] = defaultdict(list)
    for name in briefings:
        by_fold[fold(name)].append(name)
    owner = {key: key for key in by_fold}

    def root(key: str) -> str:
        while owner[key] != key:
            owner[key] = owner[owner[key]]
            key = owner[key]
        return key

    def join(a: str, b: str) -> None:
        owner[root(a)] = root(b)

    checked_names: set[str] = set()  # «Full (ABBR)» whose ABBR abbreviates Full
    full_names: dict[str, set[str]] = defaultdict(set)  # fold(ABBR) → fold(Full) it abbreviates
    for name in briefings:
        core = core_name(name)  # how tagging and stem_key read «Full (ABBR)», «ИА «Name»», «The Name»
        if core == name:
            continue
        by_fold.setdefault(fold(core), [])  # «Full» may be written nowhere alone
        owner.setdefault(fold(core), fold(core))
        join(fold(core), fold(name))
        full = without_bracket(name)
        inside = name[len(full):].strip()[1:-1]
        for short in (part.strip() for part in inside.split(",")):
            if is_abbreviation(short) and abbreviates(short, full):
                checked_names.add(name)
                full_names[fold(short)].add(fold(full))
    for short, fulls in full_names.items():
        if len(fulls) == 1 and short in by_fold:
            join(short, next(iter(fulls)))
    for compound, phrase in compound_pairs(briefings).items():
        if _spelled_to_the_end(compound, phrase):
            join(fold(compound), fold(phrase))

    groups: dict[str, list[str]] = defaultdict(list)  # root → every name joined there
    for key, names in by_fold.items():
        groups[root(key)].extend(names)
    owners: dict[str, str] = {}
    for names in groups.values():
        if len({fold(name) for name in names}) < 2:
            continue  # nothing joined
        editors = [name for name in names if registered(name)]
        bracketed = [name for name in names if name in checked_names]
        page = max(editors or bracketed or names, key=lambda n: (briefings[n], n))
        for name in names:
            owners[fold(name)] = page
    return owners


def _spelled_to_the_end(compound: str, phrase: str) -> bool:
    """The compound's first word holds the first three letters of the last phrase word
    it stands for («минфин» ← «министерство финансов»)."""
    words = [fold(w) for w in WORD.findall(compound)]
    long = [fold(w) for w in WORD.findall(phrase) if fold(w) not in LOWER_JOINERS]
    head = long[: len(long) - (len(words) - 1)]
    return bool(words) and len(head) >= 2 and head[-1][:3] in words[0]
