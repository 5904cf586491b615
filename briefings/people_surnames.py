"""Which full name site-wide a surname written alone in a briefing stands for.

Tagging joins «Путин» to «Владимир Путин» inside an article. Across briefings the site
index cannot take the word alone for the most-named full name that ends with it: in the
NG/RT corpus that made «Шекспир» (William, 11 briefings) the Leicester coach «Крэйг
Шекспир», «Фрейд» (Sigmund) «Люсьен Фрейд», «Бах» (Johann Sebastian) «Томас Бах», and
«Михаил» a person listed surname first («Емельянов Михаил»): 36.5 % of such joins were
wrong (site audit, session 19). :func:`surname_joins` joins a briefing's surname to the
full name only with evidence:

- the word is no first name on the site (the first word of two full names or more);
- and the briefing names rare entities (``site_evidence``: in at most 50 briefings, not a country)
  that briefings of the full name name too (of several full names of that surname, the
  one with most such entities, then in most briefings); or, with none, the full name is
  in ``FAMOUS`` briefings or more and no other person of the site has that surname.

Full names of one person are one before that («И. В. Сталин», «Иосиф Виссарионович
Сталин», «Иосиф Сталин»: ``people_variants.middle_name_owners``). Measured on the 904
surname-only briefings of that corpus, labelled by hand by the audit: 96.2 % of the joins
right (74.1 % before), 76 % of the right joins kept (``FAMOUS`` 5: 96.6 % and 73 %; 2:
94.0 % and 81 %). The ones left out are
mostly classics named by surname in essays («Пушкин», «Достоевский»): they get a page of
their own, which ``content/entities.yml`` can alias to the full name.
"""

from __future__ import annotations

from collections import defaultdict

from briefings.people_names import fold
from briefings.site_evidence import SitePeople

FAMOUS = 3  # briefings: a full name in as many, alone with its surname on the site, takes the surname anywhere


def surname_joins(site: SitePeople) -> dict[tuple[int, str], str]:
    """Returns (briefing, fold(word)) → the full name a one-word name of that briefing
    stands for, where the evidence is there; the word may be the surname of the site's
    name or of a name joined to it («Калину» of «Пётр Калину» → «Пётр Калина»). A word
    of ``site.first_names`` (the first word of two full names or more) is none."""
    full: dict[str, set[str]] = defaultdict(set)  # fold(surname) → the site's full names
    for names, site_names in zip(site.people, site.sited):
        for written, name in zip(names, site_names):
            if " " in name:
                for words in (written.split(), name.split()):
                    full[fold(words[-1])].add(name)
    written_in = site.written_in
    around: dict[str, frozenset] = {}  # full name → the rare entities its briefings name

    def rare_around(name: str) -> frozenset:
        if name not in around:
            around[name] = site.rare.of_all(written_in[name]) - {("people", fold(name))}
        return around[name]

    joins = {}
    for n, names in enumerate(site.people):
        for word in {fold(name) for name in names if " " not in name.strip()}:
            candidates = full.get(word)
            if not candidates or word in site.first_names:
                continue
            shared = {name: len(site.keys[n] & rare_around(name)) for name in candidates}
            best = max(candidates, key=lambda name: (shared[name], len(written_in[name]), name))
            if shared[best] or len(candidates) == 1 and len(written_in[best]) >= FAMOUS:
                joins[(n, word)] = best
    return joins
