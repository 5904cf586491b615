"""The data of organization tagging: the word tables of ``data/organizations.yml``
(``Lexicon``), the record of one mention (``OrgMention``) and the keys names are compared by.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Callable, Iterable, Mapping, Protocol

import yaml

from briefings.model import Span
from briefings.people_names import fold, stem


WORD = re.compile(r"[\w-]+")
ADJECTIVE_END = re.compile(r"(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)$")  # a word in an adjective's nominative ending
ABBREVIATION = re.compile(r"[А-ЯЁ]{2,}")  # an organization's Cyrillic abbreviation: «ООН», «РАН» (fullmatch)
# a body's abbreviation before its organization's: a (главное, территориальное) управление,
# a центральный or контрольно-дисциплинарный комитет of …: «ГУ МВД», «ЦК КПК», «КДК РФС»
DEPARTMENTS = frozenset({"ГУ", "ТУ", "ЦК", "КДК"})


@dataclass(frozen=True, slots=True)
class OrgMention:
    name: str  # normalized (nominative) form
    span: Span
    # (head noun, country code or "") of a common-noun institution; a city's or region's
    # "CODE:stems", a unit's "@owner" («Совет Безопасности» of «ООН»: "@оон")
    key: tuple[str, str] | None = None
    bare: bool = False  # the head noun alone: «правительство», «полиция»
    stand_in: bool = False  # names the entity only when nothing better is written: «республиканцы»
    led: bool = False  # named by its leader: «правительство Терезы Мэй» (joins the country's, if written)
    leader_of: str = ""  # the country the text writes before the leader's name: «президента Сирии Башара Асада»
    alias_of: Span | None = None  # a short name in a bracket after the name written there: «(Роскомнадзора)»
    appositive: bool = False  # written in quotes after a noun for its kind, so in the nominative: «агентство «Автостат»»
    owned: bool = False  # a body named with its owner before its remit: «Комитет Госдумы по безопасности» (no «КГБ»)


@dataclass(frozen=True, slots=True)
class KnownName:
    """A name of ``Lexicon.known_names``: the number of its list (one organization) and its
    place in the list (the first the text writes names the organization)."""

    group: int
    rank: int
    bare: bool = False  # the list also has it with words after it («ЦБ» — «ЦБ России»): alone, maybe another country's


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The tables of ``data/organizations.yml``."""

    heads: frozenset[str]
    adjectives: frozenset[str]
    place_heads: frozenset[str]
    not_organizations: frozenset[str]
    parties: Mapping[str, tuple[str, str, str]] = field(default_factory=dict)
    region_nouns: tuple[str, ...] = ()
    product_heads: frozenset[str] = frozenset()
    craft_heads: frozenset[str] = frozenset()  # ships, spacecraft: named by a name right after the word
    facility_heads: frozenset[str] = frozenset()
    platforms: frozenset[str] = frozenset()
    compound_heads: tuple[str, ...] = ()
    historical_states: frozenset[tuple[str, ...]] = frozenset()  # stems of each word
    label_heads: frozenset[str] = frozenset()
    role_heads: frozenset[str] = frozenset()
    body_heads: frozenset[str] = frozenset()
    international: frozenset[str] = frozenset()
    eponym_heads: frozenset[str] = frozenset()
    eponym_kinds: frozenset[str] = frozenset()  # more kinds named after a person: «ансамбль имени …»
    brand_tails: frozenset[str] = frozenset()
    kind_nouns: frozenset[str] = frozenset()
    remit_heads: frozenset[str] = frozenset()
    not_remits: frozenset[str] = frozenset()
    branch_offices: frozenset[str] = frozenset()
    common_remit_heads: frozenset[str] = frozenset()
    portfolio_posts: frozenset[str] = frozenset()
    state_forces: frozenset[str] = frozenset()
    owner_adjectives: tuple[str, ...] = ()  # stems: «советск» (a force of no country of today)
    outlets: frozenset[str] = frozenset()
    attached_heads: frozenset[str] = frozenset()  # bodies attached to another: «Совет при президенте»
    team_heads: frozenset[str] = frozenset()  # a country's team of a sport: «Сборная России по хоккею»
    team_kinds: frozenset[str] = frozenset()  # stems of a team's kind or sport: «женск», «футбольн»
    told_apart: frozenset[str] = frozenset()  # bodies told apart by their adjectives: «Высший земельный суд»
    document_heads: frozenset[str] = frozenset()  # a name that begins with one is a document's: «Послание …»
    treaty_heads: frozenset[str] = frozenset()  # … and one after adjectives: «Транстихоокеанское партнёрство»
    document_abbreviations: frozenset[str] = frozenset()  # a treaty's: «СНВ-3», «ТТИП»
    unit_heads: frozenset[str] = frozenset()  # a body before an organization, not a place: «центр»
    institution_nouns: frozenset[str] = frozenset()  # «армия», «церковь»: institutions the other tables lack
    sports: frozenset[str] = frozenset()
    known_names: Mapping[tuple[str, ...], KnownName] = field(default_factory=dict)  # by stem key
    # kind of chamber → country → keys of its bodies' names (``organizations_chambers``)
    chambers: Mapping[str, Mapping[str, frozenset[str]]] = field(default_factory=dict)

    def known_as(self, name: str) -> KnownName | None:
        """``name`` as a name of ``known_names`` (by the stems of its words: «Центробанка
        России» is «Центробанк России»), else ``None``."""
        return self.known_names.get(stem_key(name))

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> "Lexicon":
        source = resources.files("briefings").joinpath("data/organizations.yml")
        data = yaml.safe_load(source.read_text(encoding="utf-8"))
        tables = (frozenset(words_key(w) for w in data[key]) for key in
                  ("heads", "adjectives", "place_heads", "not_organizations"))
        parties = {fold(k): tuple(v) for k, v in (data.get("parties") or {}).items()}

        def folded(key: str) -> frozenset[str]:
            """The words of an optional table, folded."""
            return frozenset(fold(w) for w in data.get(key) or ())

        optional = ("label_heads", "role_heads", "body_heads", "international", "eponym_heads", "brand_tails",
                    "kind_nouns", "remit_heads", "not_remits", "branch_offices", "common_remit_heads",
                    "portfolio_posts", "state_forces", "outlets", "team_heads", "team_kinds", "sports",
                    "told_apart", "document_heads", "treaty_heads", "document_abbreviations", "unit_heads",
                    "institution_nouns", "craft_heads", "eponym_kinds")
        return cls(*tables, parties=parties, region_nouns=tuple(fold(w) for w in data["region_nouns"]),
                   product_heads=frozenset(fold(w) for w in data["product_heads"]) | folded("craft_heads"),
                   facility_heads=frozenset(fold(w) for w in data["facility_heads"]),
                   platforms=frozenset(words_key(w) for w in data["platforms"]),
                   compound_heads=tuple(fold(w) for w in data["compound_heads"]),
                   owner_adjectives=tuple(fold(w) for w in data.get("owner_adjectives") or ()),
                   historical_states=frozenset(stem_key(w) for w in data.get("historical_states") or ()),
                   # (a body attached to another is one of any kind of body or institution)
                   attached_heads=frozenset().union(*(folded(key) for key in
                                                      ("attached_heads", "body_heads", "eponym_heads", "remit_heads"))),
                   **{key: folded(key) for key in optional},
                   known_names=_known_names(data.get("known_names") or (), data.get("one_country_names") or ()),
                   chambers={kind: {code: frozenset(fold(name) for name in names) for code, names in bodies.items()}
                             for kind, bodies in (data.get("chambers") or {}).items()})


def _known_names(lists: Iterable[list[str]], one_country: Iterable[list[str]] = ()) -> dict[tuple[str, ...], KnownName]:
    """``known_names`` and ``one_country_names`` of ``data/organizations.yml`` by stem key:
    each name's list, its place there, and whether it is the bare form of a longer name of
    its list (never in a list of a body only one state has: «ФСБ» is «ФСБ России»)."""
    table = {}
    own = [(names, True) for names in one_country]
    for group, (names, one) in enumerate([(names, False) for names in lists] + own):
        folded = [fold(name) for name in names]
        for rank, name in enumerate(names):
            bare = not one and any(other.startswith(folded[rank] + " ") for other in folded)
            table[stem_key(name)] = KnownName(group, rank, bare)
    return table


class Token(Protocol):
    text: str
    start: int
    stop: int


def lemma(parse) -> str:
    """A dictionary parse's lemma as the lexicon's tables hold words: lower case, ё → е
    (pymorphy writes «самолёт», the tables «самолет»)."""
    return fold(parse.normal_form)


def words_key(name: str) -> str:
    """Lower-case words joined by spaces: «Ctrl+Enter» → «ctrl enter»."""
    return " ".join(fold(w) for w in WORD.findall(name))


_TRAILING_BRACKET = re.compile(r"\s*\([^()]*\)$")


@lru_cache(maxsize=1 << 16)  # (the site index keys every organization name of every briefing, several times)
def stem_key(name: str) -> tuple[str, ...]:
    """The stems of a name's words, as :func:`core_name` reads it: «Национальный фронт (FN)»
    and «Национальный фронт», «ИА «Невские новости»» and «Невские новости», «The New York
    Times» and «New York Times» are one name; a plus names a wider alliance («ОПЕК+» is no
    «ОПЕК»)."""
    core = core_name(name)
    return tuple(stem(w) for w in WORD.findall(core)) + (("+",) if "+" in core else ())


# a legal form or an organization's type before its quoted name: «ООО «Алтек»», «ИА «Регнум»»
_FORMS = ("ООО|ОАО|ЗАО|ПАО|НАО|АО|ТОО|ГУП|МУП|ФГУП|ФГУ|ФГБУ|ГБУ|ГБУЗ|ГАУ|АНО|НКО|АКБ|КБ|ИА|МИА|ФБА|НК|АНК|НАК|ОК|"
          "ГК|ГМК|НПО|НПП|НПЦ|НПК|НИЦ|НИИ|УК|ФК|ХК|ПФК|НИУ")
# (a form may open a quote that holds the next form and the name: «ПАО «НК «Роснефть»»)
_FORM_BEFORE_QUOTE = re.compile(
    r"(?:(?:" + _FORMS +
    r"|[Кк]онцерн|[Кк]омпания|[Кк]орпорация|[Хх]олдинг|[Мм]едиахолдинг|[Ии]нформагентство|[Аа]гентство"
    r"|[Ии]здательство|[Тт]елеканал|[Рр]адиостанция|[Гг]азета|[Жж]урнал)\s+"
    r'(?:[«"„“](?=(?:' + _FORMS + r')\s))?)+'
    r'[«"„“]([^«»"„“”]+)[»"“”]{0,2}')


def is_legal_form(word: str) -> bool:
    """A legal form or a type written before an organization's quoted name: «ООО», «НПЦ»."""
    return re.fullmatch(_FORMS, word) is not None


# … or before its abbreviation, unquoted: «НИУ ВШЭ», «ОАО РЖД», «ИА REGNUM»
_FORM_BEFORE_ABBREVIATION = re.compile(r"(?:" + _FORMS + r")\s+([А-ЯЁA-Z]{2,}(?:-[А-ЯЁA-Z]+)?)")
_THE = re.compile(r"(?i:the)\s+(?=[A-Z0-9])")
# a Latin name's legal form or group after it: «Netflix Inc», «Ryanair Holdings Plc», «Samsung Group»
_LEGAL = r"(?:Inc|Ltd|LLC|Plc|PLC|AG|SA|S\.A|GmbH|Corp|Corporation|Co|NV|N\.V|AB|ASA|SE|Holdings?|Group)\.?"
_LEGAL_AFTER = re.compile(r"([A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*)*?),?(?: " + _LEGAL + ")+")
_DOMAIN = re.compile(r"([A-Za-z][A-Za-z0-9-]{3,})\.(?i:com|net|org|info|ru|ua|kz|by|uz|co\.uk|uk|de|fr|it|es|us)")


def core_name(name: str) -> str:
    """The name itself, without what may be written around it: a bracket after it
    («Национальный фронт (FN)» → «Национальный фронт»), a legal form or type before its
    quoted name («ИА «Невские новости»», «ООО УК «Металлоинвест»», «ПАО «НК «Роснефть»»» →
    «Невские новости», «Металлоинвест», «Роснефть»; unquoted, «Агентство кибербезопасности» is the name), an English «The»
    («The Guardian» → «Guardian»), a legal form or type before an abbreviation («НИУ ВШЭ»
    → «ВШЭ», «ОАО РЖД» → «РЖД»), a web site's domain («Fivethirtyeight.com» →
    «Fivethirtyeight»; not «Газета.Ru»: the Russian word is the brand's) and a Latin name's
    legal form or group after it («Netflix Inc», «Ryanair Holdings Plc», «Samsung Group»)."""
    name = without_bracket(name)
    for rule in (_FORM_BEFORE_QUOTE, _FORM_BEFORE_ABBREVIATION, _DOMAIN, _LEGAL_AFTER):
        match = rule.fullmatch(name)
        if match and not re.fullmatch(_LEGAL + "|(?i:the)", match.group(1).strip()):  # «SA Group» is a name
            name = match.group(1).strip()
    return _THE.sub("", name, count=1) if _THE.match(name) else name


def without_bracket(name: str) -> str:
    """A name without the bracket after it: «Национальный фронт (FN)» → «Национальный фронт»
    (the bracket holds another name or a remark; a name that is all bracket stays)."""
    return _TRAILING_BRACKET.sub("", name) or name


def abbreviation_in_bracket(name: str) -> str | None:
    """The Cyrillic abbreviation in the bracket that ends ``name``: «Партия
    налогоплательщиков России (ПНР)» → «ПНР», «Донецкая народная республика (ДНР)» → «ДНР»."""
    found = _ABBREVIATION_IN_BRACKET.search(name)
    return found.group(1) if found else None


_ABBREVIATION_IN_BRACKET = re.compile(r"\(([А-ЯЁ]{2,})\)$")


def known_group(known_as: Callable[[str], KnownName | None], name: str) -> int | None:
    """The number of the list of known names ``name`` is in, or ``None``."""
    known = known_as(name)
    return known.group if known is not None else None
