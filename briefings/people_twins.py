"""One person site-wide where briefings name her with another gender's or case's endings.

Tagging puts a name in the nominative of the gender the text shows, and where the text
shows none it may guess wrong: the NG/RT corpus has the figure skater «Евгения Медведева»
in 13 briefings and «Евгений Медведев» in 5 more (from «Евгению Медведеву», a man's dative
and a woman's accusative), «Евгений Тарасова», «Симон Халеп», and men's names left in
the genitive on both words («Иоахима Майснера», «Максима Андрианова»), which
``people_variants.case_variant_owners`` (one word differing) does not join. Such twins
(the same first name and surname but for the endings «-а», «-я», «-й», «-ь», «-ая»/«-ий»)
may also be two people, a man and a woman («Александр Степанов», «Александра
Степанова»), so :func:`twin_joins` joins a briefing's name to its twin in more briefings
only with evidence, as ``people_surnames`` joins a surname: the briefing names a rare
entity the twin's briefings name too (``site_evidence``), and no briefing names both; and
not to a twin that only adds «-а» to its words («Иоахима Майснера», 2 briefings, is no
page for «Иоахим Майснер», 1), unless the name's two words disagree («Александр
Орлова»).
"""

from __future__ import annotations

import re
from collections import defaultdict

from briefings.people_names import fold
from briefings.site_evidence import SitePeople


def twin_key(name: str) -> tuple[str, ...] | None:
    """The words of a two-word name without the endings a gender or a case changes:
    «Евгения Медведева», «Евгений Медведев» → («евгени», «медведев»); «Ирина Яровая»,
    «Яровой» → («ирин», «яров»). None for another shape (initials, three words)."""
    words = name.split()
    if len(words) != 2 or any(len(word) < 3 or word.endswith(".") for word in words):
        return None
    first, surname = (fold(word) for word in words)
    return _bare(first), _bare(re.sub(r"(?:ая|ий|ой|ый)$", "", surname))


def _bare(word: str) -> str:
    return re.sub(r"[йь]$", "", re.sub(r"[ая]$", "", word))


def _genitive_looking(name: str, of: str) -> bool:
    """Whether ``name`` only adds «-а» or «-я» to words of ``of`` («Иоахима Майснера»,
    «Максима Андрианова», «Симона Халеп» of «Иоахим Майснер», «Максим Андрианов», «Симон
    Халеп»): the genitive of a man's name as often as a woman's, so no evidence of which
    the other is."""
    pairs = list(zip(fold(name).split(), fold(of).split()))
    return any(a != b for a, b in pairs) and all(a == b or a in (b + "а", b + "я") for a, b in pairs)


def _mixed(name: str) -> bool:
    """A first name and a surname of two genders, one ending in «-а» or «-я» and the other
    not («Евгений Тарасова», «Александр Орлова»): no one's name."""
    first, surname = (fold(word) for word in name.split())
    return first.endswith(("а", "я")) != surname.endswith(("а", "я"))


def twin_joins(site: SitePeople) -> dict[tuple[int, str], str]:
    """Returns (briefing, fold(the site's name)) → the twin name it joins there."""
    written_in = site.written_in
    twins: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for name in written_in:
        key = twin_key(name)
        if key is not None:
            twins[key].append(name)
    rare = site.rare
    joins = {}
    for names in twins.values():
        if len({fold(name) for name in names}) < 2:
            continue
        top = max(names, key=lambda name: (len(written_in[name]), name))
        around = rare.of_all(written_in[top])
        for name in names:
            if fold(name) == fold(top) or written_in[name] & written_in[top]:
                continue  # one briefing names both: two people
            if _genitive_looking(top, name) and not _mixed(name):
                continue
            for n in written_in[name]:
                if rare.of(n) & around:
                    joins[(n, fold(name))] = top
    return joins
