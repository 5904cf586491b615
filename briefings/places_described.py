"""The country an article gives a place by describing it: a country's adjective and maybe a
word for the place's kind before its name («в швейцарском городе Пайерн», «в сирийскую
провинцию Кунейтра», «в филиппинском Марави»), for a place the gazetteer does not know."""

from __future__ import annotations

import re
from typing import Callable, Sequence

from briefings.model import Span
from briefings.people_names import fold
from briefings.place_kinds import kind_forms
from briefings.places import adjective_place_country, after_kind_noun, starts_sentence

# a country's adjective, then a word for a kind of place, right before the name (not a part
# of a larger place: «израильскую часть Голанских высот», «на норвежском шельфе Баренцева
# моря»; not a base, which the adjective names the owner of: «американской авиабазе Инджирлик»)
_KINDS = kind_forms("settlement", "district", "region", "city_part", "island", "site", plural=True)
_DESCRIBED = re.compile(r"([А-ЯЁа-яё]+)[ \u00a0]+" + _KINDS + r"[ \u00a0]+«?\Z")  # (a venue: «стадионе «ВЭБ Арена»»)
# … maybe with a lower-case adjective between: «северокорейского ядерного полигона Пунгери»
_DESCRIBED_TWICE = re.compile(r"([А-ЯЁа-яё]+)[ \u00a0]+[а-яё]+(?:ого|ой|ом|ому|ую|ый|ий|ая|ое|ых|ым)[ \u00a0]+"
                              + _KINDS + r"[ \u00a0]+\Z")
# … or the word for its kind, then its country or city in the genitive: «в горном районе
# Таджикистана Каратегин», «в пригороде Парижа Сен-Дени»
_OWNED = re.compile(_KINDS + r"[ \u00a0]+([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)[ \u00a0]+\Z")
# … or «в» («на») and its country, maybe a comma, then «в», maybe an adjective, and the word
# for its kind: «в Египте, в пустынной провинции Матрух», «на Кубе в городе Байямо»
_COUNTRY_BEFORE = re.compile(r"(?<![\w-])(?:во?|на)[ \u00a0]+([А-ЯЁ][а-яё]+(?:[ \u00a0-][А-ЯЁ][а-яё]+)?),?[ \u00a0]+во?[ \u00a0]+"
                             r"(?:[а-яё]+[ \u00a0]+)?" + _KINDS + r"[ \u00a0]+\Z")
# … or the adjective alone, in lower case right before it: «в филиппинском Марави»
_BEFORE = re.compile(r"(?<![\w-])([а-яё]+)[ \u00a0]+\Z")
# «русский» names a people and a language more often than the state: «в русском районе Брайтон-Бич»
_NOT_STATES = ("русск",)


def country_described(text: str, start: int, country_form: Callable[[str], tuple[str, str] | None],
                      alone: bool = True, place_country: Callable[[str], str | None] = lambda name: None) -> str | None:
    """The ISO code of the country whose adjective describes the place named at ``start``
    with a word for its kind or alone («в швейцарском городе Пайерн» → CH, «турецкую
    провинцию Хатай» → TR, «в южнокорейском городе Муджу» → KR, «в филиппинском Марави» →
    PH; not a capitalized adjective inside a sentence, the name's own: «на Английской набережной
    Ниццы»); or the adjective of a city or region, with a word for its kind or alone («в
    баварском городке Зигель» → DE, «на стамбульской Площади Таксим» → TR), or the word for its kind and
    the country or city in the genitive («в районе Таджикистана Каратегин» → TJ), or its
    country with «в» or «на» before it, maybe a comma between («в Египте, в пустынной
    провинции Матрух» → EG, «на Кубе в городе Байямо» → CU); None
    otherwise («в городе Пайерн», «в историческом районе Бейоглу», «в русском районе
    Брайтон-Бич»). ``country_form`` is ``Gazetteer.country_form``, ``place_country`` gives
    a known city's or region's country in any case; the adjective alone only when ``alone``
    (the caller's answer for a place the dictionary does not know: «в российской Арктике»
    is a part of the Arctic, not a Russian place)."""
    for pattern in (_DESCRIBED, _DESCRIBED_TWICE):
        described = pattern.search(text, max(0, start - 60), start)
        if described and described.group(1)[:1].isupper() and not starts_sentence(text, described.start(1)):
            continue  # a name's own adjective: «на Английской набережной Ниццы», «Китайский квартал»
        code = described and _described_by(described.group(1), country_form, place_country)
        if code:
            return code
    named = _COUNTRY_BEFORE.search(text, max(0, start - 90), start)
    if named is not None:  # «в Египте, в пустынной провинции Матрух»
        form = country_form(named.group(1))
        if form and form[1] == "name":
            return form[0]
    owned = _OWNED.search(text, max(0, start - 60), start)
    if owned is not None:
        form = country_form(owned.group(1))
        return form[0] if form and form[1] in ("name", "abbr") else place_country(owned.group(1))
    described = _BEFORE.search(text, max(0, start - 30), start)
    if described is None:
        return None
    # (a place the dictionary knows only by a region's or a city's adjective: «в калифорнийском
    # Паломаре» is in California, but «в российской Арктике» is a part of the Arctic)
    return _described_by(described.group(1), country_form, place_country) if alone \
        else adjective_place_country(described.group(1), place_country)


def _described_by(adjective: str, country_form: Callable[[str], tuple[str, str] | None],
                  place_country: Callable[[str], str | None]) -> str | None:
    """The ISO code of the country whose adjective ``adjective`` is, or of the city or
    region it is made of («швейцарском» → CH, «баварском» → DE)."""
    return _adjective_country(adjective, country_form) or adjective_place_country(adjective, place_country)


def _adjective_country(word: str, country_form: Callable[[str], tuple[str, str] | None]) -> str | None:
    """The ISO code of the state ``word`` is the adjective of (not a people's: «русский»)."""
    form = None if word.lower().startswith(_NOT_STATES) else country_form(word)
    return form[0] if form and form[1] == "adjective" else None


def capital_after(text: str, stop: int, country_form: Callable[[str], tuple[str, str] | None]) -> str | None:
    """The ISO code of the country whose capital, named by the country's adjective, is
    written right after a part of it that ends at ``stop`` («в Подольском районе украинской
    столицы» → UA); None otherwise."""
    found = _CAPITAL_AFTER.match(text, stop)
    return _adjective_country(found.group(1), country_form) if found else None


_CAPITAL_AFTER = re.compile(r"[ \u00a0]+([а-яё]+)[ \u00a0]+столиц(?:ы|е|у|ей|а)(?![а-яё])")
_PLURAL_ADJECTIVE = re.compile(r"(?:их|ых|ие|ые|ими|ыми)\Z")


# a plural word for a kind of region or settlement right before a list of them: «в провинциях
# Дараа и Эль-Кунейтра», «в городах …»
_PLURAL_KINDS = kind_forms("settlement", "district", "region", singular=False, plural=True,
                           endings=("ах", "ях", "ам", "ям", "ами", "ями", "ов", "ей", "ий", "ев"))
# capitalized names, each followed by a comma or «и»: the places of a list before the one at hand
_LISTED_BEFORE = r"(?:(?-i:[А-ЯЁ])[\w-]*(?:[ \u00a0](?-i:[А-ЯЁ])[\w-]*)*(?:,[ \u00a0]+|[ \u00a0]+и[ \u00a0]+))*"
_PLURAL_KIND_BEFORE = re.compile(r"(?<![А-ЯЁа-яё])(?:" + _PLURAL_KINDS
                                 + r"|(?:земл|пункт)[а-яё]*(?:ах|ях|ам|ям|ами|ями|ов|ей|ий))[ \u00a0]+" + _LISTED_BEFORE
                                 + r"\Z", re.IGNORECASE)


def listed_under_plural_kind(text: str, start: int) -> bool:
    """Does the list of places at ``start``, or one it is an item of, follow a plural word
    for their kind («в провинциях Дараа и Эль-Кунейтра», «населённых пунктов Хербет-Эль-Гаджар
    и Расм-Эль-Хармаль»; not «в провинции», one place)?"""
    return _PLURAL_KIND_BEFORE.search(text, max(0, start - 120), start) is not None


def list_owner_country(text: str, start: int, country_form: Callable[[str], tuple[str, str] | None],
                       place_country: Callable[[str], str | None]) -> str | None:
    """The ISO code of the country or region named in the genitive between a plural word
    for their kind and the list of places that starts at ``start``: «в населённых пунктах
    Чечни Ханкала, Калиновская, Шали и Борзой» → RU, «в провинциях Сирии Идлиб и Хама» → SY;
    None otherwise. ``place_country`` gives a known city's or region's country in any case."""
    found = _PLURAL_KIND_OWNER.search(text, max(0, start - 80), start)
    if found is None:
        return None
    form = country_form(found.group(1))
    return form[0] if form and form[1] == "name" else place_country(found.group(1))


_PLURAL_KIND_OWNER = re.compile(r"(?<![А-ЯЁа-яё])(?:" + _PLURAL_KINDS
                                + r"|пункт(?:ах|ам|ами|ов))[ \u00a0]+((?-i:[А-ЯЁ])[а-яё]+(?:[ \u00a0-](?-i:[А-ЯЁ])[а-яё]+)?)"
                                + r"[ \u00a0]+" + _LISTED_BEFORE  # (the list's earlier places the NER missed too)
                                + r"\Z", re.IGNORECASE)


def list_described(text: str, start: int, country_form: Callable[[str], tuple[str, str] | None]) -> str | None:
    """The ISO code of the country whose adjective in the plural, with a word for their
    kind, describes the list of places that starts at ``start`` («в японских городах Осака,
    Кобе и Саппоро» → JP for all three, also in a bracket after them: «на белорусских полигонах
    (Лепельский, Лосвидо)»; not «в городе», one place)."""
    described = _DESCRIBED.search(text, max(0, start - 60), start) \
        or _DESCRIBED_BRACKET.search(text, max(0, start - 60), start)  # «на белорусских полигонах (Лепельский, …»
    if described is None or not _PLURAL_ADJECTIVE.search(described.group(1).lower()):
        return None
    return _adjective_country(described.group(1), country_form)


_DESCRIBED_BRACKET = re.compile(r"([А-ЯЁа-яё]+)[ \u00a0]+" + _KINDS + r"[ \u00a0]*\(\Z")


# the country right after a place: «на полигоне Харбмайдон в Таджикистане» (a locative's
# ending: not a direction, «из Кабула в Таджикистан»), «Корпедже (Туркменистан)», «Таормина
# (Сицилия, Италия)»
_IN_COUNTRY = re.compile(r"[ \u00a0]+во?[ \u00a0]+(?:(?:северо-|юго-)?(?:северн|южн|западн|восточн|центральн)(?:ом|ой)[ \u00a0]+)?"
                         r"([А-ЯЁ][а-яё]+(?:[ \u00a0-][А-ЯЁ][а-яё]+)?(?:е|и|ах|ях))(?![\w-])")  # (also «в северо-западном Непале»)
_BRACKET = re.compile(r"[ \u00a0]*\(([^()\n]{1,60})\)")
_COUNTRY_CLOSES = re.compile(r",[ \u00a0]+([А-ЯЁ][^,()\n]{1,40})\)")  # «, Гвинейская Республика)»
_COMMA_OR_CLOSE = re.compile(r"[,)]")
# … or «на» a side of the country, in the genitive: «в провинцию Амран на западе Йемена»
_SIDE_OF = (r"[ \u00a0]+на[ \u00a0]+(?:крайнем[ \u00a0]+)?(?:севере|юге|востоке|западе|северо-востоке"
            r"|северо-западе|юго-востоке|юго-западе)[ \u00a0]+")
_ON_SIDE_OF = re.compile(_SIDE_OF + r"([А-ЯЁ][а-яё]+(?:[ \u00a0-][А-ЯЁ][а-яё]+)?)(?![\w-])")
# … where the place itself is where something is: after «в», «на», near it («под Шауляем») or a
# word for its kind in the locative («на полигоне», «в городе»; not «уроженцы Панкисского ущелья
# в Сирии»)
_LOCATED = re.compile(r"(?<![\w-])(?:во?|на|под|близ|"
                      + kind_forms("settlement", "district", "region", "city_part", "island", "site", "base",
                                   plural=True, endings=("е", "и", "ах", "ях"))
                      + r"|(?:станци|порт|столиц)[а-яё]*(?:[еи]|ах|ях))[ \u00a0]+\Z")


def country_after(text: str, start: int, stop: int,
                  country_form: Callable[[str], tuple[str, str] | None]) -> str | None:
    """The ISO code of the country named right after the place at ``text[start:stop]``:
    «в» and the country in the locative, the place itself after «в», «на» or a word for its
    kind in the locative («на полигоне Харбмайдон в Таджикистане» → TJ, also «на» a side of
    the country wherever the place is: «в провинцию Амран на западе Йемена» → YE,
    «Баумгартен на востоке Австрии» → AT; not «в Таджикистан»,
    a direction, nor after a comma: a list, «на Корейском полуострове, в Сирии», nor a
    place people are from: «уроженцы Панкисского ущелья в Сирии»), or the one country in a
    bracket after it (``country_in_bracket``), or the country last in a bracket the place
    begins («(город Киндия, Гвинейская Республика)» → GN); None otherwise. (The caller leaves out a
    place the dictionary knows: «Евфрата в Сирии», «Амударьи в Афганистане» are parts of
    places of several countries.)"""
    found = _IN_COUNTRY.match(text, stop)
    found = found if found and _LOCATED.search(text, max(0, start - 30), start) else _ON_SIDE_OF.match(text, stop)
    if found:
        form = country_form(found.group(1))
        return form[0] if form and form[1] == "name" else None
    opened = text.rfind("(", max(0, start - 40), start)
    closing = _COUNTRY_CLOSES.match(text, stop) if opened >= 0 and not _COMMA_OR_CLOSE.search(text, opened, start) \
        else None
    if closing:  # «(город Киндия, Гвинейская Республика)»: the place first in a bracket, its country last
        form = country_form(closing.group(1))
        return form[0] if form and form[1] == "name" else None
    return country_in_bracket(text, stop, country_form)


def country_in_bracket(text: str, stop: int, country_form: Callable[[str], tuple[str, str] | None],
                       sided: bool = False) -> str | None:
    """The ISO code of the one country in a bracket right after a place, alone or last,
    by its name or abbreviation, maybe after its side: «Корпедже (Туркменистан)» → TM,
    «Таормина (Сицилия, Италия)» → IT, «Кембриджа (США)» → US, «Тироле (северная Италия)» → IT
    (only after a side when ``sided``: «Центральной Азией (Афганистан)» names an example);
    None for «(Россия, Япония, Корея)» or no such bracket."""
    bracket = _BRACKET.match(text, stop)
    if bracket is None or sided and not _SIDE.match(bracket.group(1).split(",")[-1].strip()):
        return None
    forms = [country_form(_SIDE.sub("", part.strip())) for part in bracket.group(1).split(",")]
    codes = [form[0] for form in forms if form and form[1] in ("name", "abbr")]
    return codes[0] if len(codes) == 1 and forms[-1] is not None else None


# a side of a country before its name in a bracket: «(северная Италия)»
_SIDE = re.compile(r"^(?:северо-|юго-)?(?:северн|южн|западн|восточн|центральн)[а-яё]{2,3}[ \u00a0]+(?=[А-ЯЁ])", re.I)


# a region's noun ending a place's name, and the country right after it in the genitive:
# «Центрального промышленного района» + «России»
_REGION_HEAD = re.compile(r"(?:район|регион|округ|област|кра[йяюе]|провинци|префектур|губерни)[а-яё]*\Z", re.I)
_NAME_AFTER = re.compile(r"[ \u00a0]+([А-ЯЁ][а-яё]+(?:[ \u00a0][А-ЯЁ][а-яё]+)?|[А-ЯЁ]{2,})(?![\w-])")


def near_a_town(text: str, start: int) -> bool:
    """The place at ``start`` is one something is near, a town: «под Шауляем», «близ Таллина»."""
    return _NEAR.search(text, max(0, start - 10), start) is not None


_NEAR = re.compile(r"(?<![\w-])(?:под|близ)[ \u00a0]+\Z")


def owner_after(text: str, start: int, stop: int, owner_country: Callable[[str], str | None]) -> str | None:
    """The ISO code of the country named in the genitive right after a place whose name ends
    in a region's noun («Центрального промышленного района России» → RU, «Южного округа
    США» → US); None otherwise (not a country in the nominative, a subject of its own: «в
    Центральном районе Россия построила …»). ``owner_country``: ``Gazetteer.owner_country``."""
    found = _NAME_AFTER.match(text, stop)
    if found is None or not _REGION_HEAD.search(text[start:stop]):
        return None
    words = found.group(1)
    return owner_country(words) or (owner_country(words.split()[0]) if " " in words else None)


def town_measured_from(text: str, stop: int) -> int | None:
    """Where the town begins that the place ending at ``stop`` is measured from: «в
    Балтичауре, в пяти милях к северо-востоку от Покхары», «Кафр-Нубль в 10 км к югу от
    Алеппо», «Хан-Шейхун, к югу от Идлиба», «Кудаш, недалеко от Шуши»; None otherwise."""
    found = _MEASURED_FROM.match(text, stop)
    return found.end() if found else None


_DIRECTIONS = (r"(?:северо-|юго-)?(?:север|юг|восток|запад)(?:у|а)?")
_MEASURED_FROM = re.compile(
    r",?[ \u00a0]+(?:(?:(?:примерно|приблизительно|около|почти|всего|лишь)[ \u00a0]+)?в[ \u00a0]+"
    r"(?:\d[\d \u00a0,.]*|[а-яё]+(?:[ \u00a0][а-яё]+)?)[ \u00a0]*(?:км|километр[а-яё]*|мил[а-яё]+|метр[а-яё]*)"
    r"(?:[ \u00a0]+(?:к|на)[ \u00a0]+" + _DIRECTIONS + r")?"
    r"|(?:к|на)[ \u00a0]+" + _DIRECTIONS + r"|недалеко|неподал[её]ку|вблизи)[ \u00a0]+от[ \u00a0]+(?=[А-ЯЁ])")


_IN_CITY = re.compile(r"[ \u00a0]+во?[ \u00a0]+([А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*)(?![\w-])")


def city_after(text: str, stop: int, city_country: Callable[[str], str | None]) -> str | None:
    """The ISO code of the city's country named right after a part of a city that ends at
    ``stop``, with «в» («на улице Пушкина в Ставрополе» → RU); None otherwise."""
    found = _IN_CITY.match(text, stop)
    return city_country(found.group(1)) if found else None


# a region's noun in the genitive, in or before the name of the place that contains another:
# «в городе Стаханове Луганской области», «в Остине штата Техас»
_REGION_NOUN_GENITIVE = r"(?:(?:област|губерни|провинци|республик)и|(?:уезд|район|округ|штат)а|края)"
_REGION_GENITIVE = re.compile(_REGION_NOUN_GENITIVE)
_BETWEEN_GENITIVE = re.compile(r"[ \u00a0]+" + _REGION_NOUN_GENITIVE + r"?[ \u00a0]*", re.IGNORECASE)
_BETWEEN_LOCATIVE = re.compile(r"[ \u00a0]+(?:во?|на)[ \u00a0]+")  # «в Дагестане», «на Камчатке»
_LOCATIVE_END = re.compile(r"(?:е|и|ах|ях)\Z")
_BETWEEN_NEAR = re.compile(r"[ \u00a0]+под[ \u00a0]+")
_INSTRUMENTAL_END = re.compile(r"(?:ом|ем|ём|ой|ей|ью|ами|ями)\Z")
_BETWEEN_CLOSE = re.compile(r"[ \u00a0]+близ[ \u00a0]+")
_GENITIVE_END = re.compile(r"(?:а|я|ы|и|ов|ей)\Z")
# a region's word before the region in a bracket, or after a comma and «в»: «в Бедминстере
# (штат Нью-Джерси)», «в Лауффене, в земле Баден-Вюртемберг»
_REGION_WORDS = "штат|провинция|область|земля|регион|округ|графство|префектура"
_BRACKET_REGION = re.compile(rf"[ \u00a0]*\((?:(?:{_REGION_WORDS})[ \u00a0]+)?", re.IGNORECASE)
_BRACKET_REGION_WORD = re.compile(rf"[ \u00a0]*\((?:{_REGION_WORDS}|кантон|департамент)[ \u00a0]+", re.IGNORECASE)
_COMMA_REGION = re.compile(r",?[ \u00a0]+во?[ \u00a0]+(?:земле|штате|провинции|области|регионе|округе|графстве"
                           r"|префектуре|кантоне)[ \u00a0]+|,[ \u00a0]+(?:штат|провинция|графство|префектура|кантон)"
                           r"[ \u00a0]+", re.IGNORECASE)


def region_in_bracket(text: str, town_stop: int, region: Span) -> bool:
    """The place at ``region`` is alone in a bracket after a region's word, right after a
    town that ends at ``town_stop``: «в Солсбери (графство Уилтшир)», «Бедминстере (штат
    Нью-Джерси)» (the region lies in the town's country)."""
    return _BRACKET_REGION_WORD.fullmatch(text, town_stop, region.start) is not None \
        and text.startswith(")", region.stop)


def suburb_of(text: str, town_stop: int, place: Span) -> bool:
    """The place at ``place`` is named a suburb or an outskirt of the town that ends at
    ``town_stop`` right before it: «в Париже и его пригороде Сен-Дени», «Москвы, пригорода
    Химки» (it lies in the town's country)."""
    return _SUBURB_BETWEEN.fullmatch(text, town_stop, place.start) is not None


_SUBURB_BETWEEN = re.compile(r"[ \u00a0]*(?:,|и)?[ \u00a0]*(?:(?:его|её|ее)[ \u00a0]+)?(?:ближн\w+[ \u00a0]+)?"
                             r"(?:пригород|предмест|окраин)[а-яё]*[ \u00a0]+")


def lies_in(text: str, inner: tuple[int, int], outer: tuple[int, int], outer_name: str,
            city_part: bool = False, after_in: bool = True) -> bool:
    """Whether the text writes the place at ``text[inner[0]:inner[1]]`` as lying in the
    place at ``outer`` (named ``outer_name`` in the nominative), which comes after it:
    right after it, a region in the genitive («в городе Стаханове Луганской области»,
    «Приозёрского района Ленинградской области», «в Остине штата Техас»), or a city in the
    genitive after a part of a city (``city_part``: «на Институтской улице Киева»); alone in
    a bracket, maybe after a region's word («в Димитровграде (Ульяновская область)», «в
    Бедминстере (штат Нью-Джерси)»); after a comma, «в» and a region's word («в Лауффене, в
    земле Баден-Вюртемберг»; since session 45 also without the comma, «в Лэнгли в штате
    Вирджиния», or without «в», «в Лэнгли, штат Вирджиния»); or after «в», in the locative, or
    «на», in the locative, or «под», in the instrumental, or «близ», in the genitive, where the
    place itself is where something is or a settlement named by its kind («на полигоне
    Сергеевский в Приморском крае», «на площади Брайтшайдплац в Берлине», «в Борках под
    Харьковом», «на авиабазе Эмари близ Таллина», «от села Ачайваям на Камчатке»; not «из
    Ракхайна в Бангладеш», a direction, nor «уроженцы Рожавы в Сирии»; only if ``after_in``).
    Not across a line."""
    between = text[inner[1]:outer[0]]
    written = text[outer[0]:outer[1]]
    if "\n" in between or "\n" in written:
        return False
    if _BETWEEN_GENITIVE.fullmatch(between):
        if between.strip():
            return True  # «Остине штата Техас»
        words = written.split()
        regional = any(_REGION_GENITIVE.fullmatch(fold(word)) for word in (words[0], words[-1])) and len(words) > 1
        return regional or city_part and fold(written) != fold(outer_name)
    if _BRACKET_REGION.fullmatch(between):
        return text.startswith(")", outer[1])
    if _COMMA_REGION.fullmatch(between):
        return bool(after_in and _LOCATED.search(text, max(0, inner[0] - 30), inner[0]))  # «…, в земле Бавария»
    last = fold(written.split()[-1])
    return bool(after_in and (_BETWEEN_LOCATIVE.fullmatch(between) and _LOCATIVE_END.search(last)
                              or _BETWEEN_NEAR.fullmatch(between) and _INSTRUMENTAL_END.search(last)
                              or _BETWEEN_CLOSE.fullmatch(between) and _GENITIVE_END.search(last))
                and (_LOCATED.search(text, max(0, inner[0] - 30), inner[0])
                     or _SETTLEMENT_BEFORE.search(text, max(0, inner[0] - 30), inner[0])))


# a word for a settlement right before its name: «в посёлке Калыбай», «село Карамахи», «г. Мобил»,
# «в населённом пункте Вафидин»
_SETTLEMENT_BEFORE = re.compile(r"(?<![А-ЯЁа-яё])(?:" + kind_forms("settlement")
                                + r"|насел[её]нн(?:ый|ого|ом|ому|ым)[ \u00a0]+пункт(?:а|е|у|ом)?|г\.)[ \u00a0]+\Z",
                                re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<![ \u00a0]г)(?<![ \u00a0]с)[.!?…](?=[ \u00a0]+[А-ЯЁA-Z«\"]|\Z)|\n")
_ROUTE_WORDS = re.compile(r"(?<![А-ЯЁа-яё])от[ \u00a0].*[ \u00a0]до(?![А-ЯЁа-яё])", re.S)


# a word for a site or a part of a region right before its name: «месторождения Купол»,
# «в аэропорту Храброво», «на полигоне Кучино», «острова Ольхон», «района Новопеределкино»
_SITE_BEFORE = re.compile(r"(?<![А-ЯЁа-яё])(?:" + kind_forms("site", "base", "district", "island")
                          + r"|спорта)[ \u00a0]+«?\Z", re.IGNORECASE)


def after_site_word(text: str, start: int) -> bool:
    """The place named at ``start`` follows a word for a site or a part of a region: «в
    аэропорту Храброво», «месторождения Купол» (not a river, a lake or a port: those may
    be of several countries)."""
    return _SITE_BEFORE.search(text, max(0, start - 25), start) is not None


def written_as_a_place(text: str, start: int, stop: int, vocab, is_country: Callable[[str], bool]) -> bool:
    """The name at ``text[start:stop]`` is written as a place's: after a word for its kind
    («в городе Стаханове», «в провинцию Амран», «поселок Врангель», «населённых пунктов
    Мансура»), before a bracket with its country or region («Яссы (Румыния)», «Лоуренс
    (штат Массачусетс)») or in the locative after «в» («на авиабазе в Эрланде»; not «играть
    в Чапаева»)."""
    if after_kind_noun(text, start, vocab) or is_settlement(text, start) or after_site_word(text, start):
        return True
    bracket = _BRACKET_FIRST_WORD.match(text, stop)
    if bracket and (_REGION_WORD.fullmatch(bracket.group(1).lower()) or is_country(bracket.group(1))):
        return True
    return _IN_BEFORE.search(text, max(0, start - 4), start) is not None and any(
        p.tag.case in ("loct", "loc2") for p in vocab.parse(fold(text[start:stop])))


_IN_BEFORE = re.compile(r"(?<![А-ЯЁа-яё])во?[ \u00a0]+\Z", re.IGNORECASE)
_BRACKET_FIRST_WORD = re.compile(r"[ \u00a0]*\([ \u00a0]*([А-ЯЁа-яё]+)")
_REGION_WORD = re.compile(r"(?:штат|провинци|графств|област|округ|кра[йя]|регион|район|префектур|земл[яи])\w*")


def on_a_side_of_the_country(text: str, start: int, stop: int) -> bool:
    """«на» a side of «страны» right after a place that follows «в», «на» or a word for its
    kind: «в городе Чехбехар на юго-востоке страны» (the country the text named before; not
    «против Рабочей партии Курдистана на юго-востоке страны»)."""
    return _ON_SIDE_OF_THE_COUNTRY.match(text, stop) is not None \
        and _LOCATED.search(text, max(0, start - 30), start) is not None


_ON_SIDE_OF_THE_COUNTRY = re.compile(_SIDE_OF + r"страны(?![\w-])")


def is_settlement(text: str, start: int) -> bool:
    """The place named at ``start`` follows a word for a settlement: «в посёлке Калыбай»."""
    return _SETTLEMENT_BEFORE.search(text, max(0, start - 25), start) is not None


def sentence_of(text: str, start: int, stop: int) -> tuple[int, int]:
    """The bounds of the sentence around ``text[start:stop]`` (not cut at «г.», «с.»)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 1000), start)]
    after = _SENTENCE_END.search(text, stop)
    return (ends[-1] if ends else max(0, start - 1000)), (after.start() if after else len(text))


def sentence_country(text: str, start: int, stop: int, places: Sequence[tuple[int, int, str | None]],
                     countries: Sequence[tuple[int, int, str]]) -> str | None:
    """The one country of the other places of the sentence around ``text[start:stop]``,
    when the countries the sentence names are that one too (``places``: (start, stop,
    country or None), ``countries``: (start, stop, code)): «центром ваххабизма в Дагестане
    было село Карамахи» → RU, «в городе Эль-Атариб и в городе Идлиб» → SY; None when a place
    of no country (a disputed one) or of another country is there, or another country is
    named («вокруг города Ат-Танф» in a sentence on the US), or there is no other place
    («в городе Эль-Атариб на севере Сирии»: a country alone is as often where the action
    comes from), or the sentence runs «от … до …», a route."""
    first, last = sentence_of(text, start, stop)
    if _ROUTE_WORDS.search(text, first, last):
        return None
    found = {code for a, b, code in places if first <= a < last and (a, b) != (start, stop)}
    named = {code for a, b, code in countries if first <= a < last}
    return next(iter(found)) if len(found) == 1 and None not in found and named <= found else None
