"""Generate ``briefings/data/countries.json``: the country gazetteer data file.

Run from the repository root (needs the ``dev`` extra: babel; and pymorphy2, which
natasha brings)::

    python tools/build_gazetteer.py            # writes briefings/data/countries.json
    python tools/build_gazetteer.py --check    # exit 1 when the committed file is stale

Sources, in order of authority:

* Babel's Russian CLDR territory names: one base name per ISO 3166-1 alpha-2 code
  (the 249 assigned codes, plus XK for Kosovo).
* ``EXTRA`` below, written by hand: display-name overrides, other short/official
  names, abbreviations, nationality adjectives, demonyms and capitals.
* ``CITIES`` below: capitals and well-known cities -> country code (for places).
* pymorphy2 expands every lemma into all its case forms; multi-word names are
  inflected word by word (adjectives agree with the head noun, words after the
  head such as «Америки» in «Соединённые Штаты Америки» stay as written).

The output is plain data: every surface form, grouped by country and by kind
(``name``, ``abbr``, ``adjective``, ``demonym``, ``capital``, ``prefix``), so the
runtime (``briefings/gazetteer.py``) needs neither Babel nor pymorphy2.
"""

from __future__ import annotations

import argparse
import inspect
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "briefings" / "data" / "countries.json"

# CLDR codes that are not ISO 3166-1 countries (XK is kept: Kosovo). CQ (Sark, only
# "exceptionally reserved" in ISO 3166) appears from Babel 2.19 / CLDR 48 on.
NOT_COUNTRIES = {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "ZZ"}

# Display names where Babel's differs from what Russian news writes.
DISPLAY = {
    "US": "США", "AE": "ОАЭ", "KP": "КНДР", "KR": "Южная Корея", "HK": "Гонконг",
    "MO": "Макао", "MM": "Мьянма", "CD": "ДР Конго", "CG": "Республика Конго",
    "CI": "Кот-д’Ивуар", "PS": "Палестина", "ZA": "ЮАР", "CF": "ЦАР",
    "PG": "Папуа — Новая Гвинея", "VG": "Британские Виргинские острова",
    "VI": "Американские Виргинские острова", "UM": "Внешние малые острова США",
    "SH": "Остров Святой Елены", "BQ": "Бонэйр, Синт-Эстатиус и Саба",
    "TC": "Тёркс и Кайкос", "CZ": "Чехия", "BY": "Белоруссия", "MD": "Молдавия",
    "KG": "Киргизия",
}

# CODE | other names ; ... | abbreviations | adjectives | demonyms | capitals
# Names are lemmas in the nominative; a lowercase first word («острова Кука») means
# that word need not be capitalized in the text. Adjectives and demonyms are given
# as masculine singular lemmas (demonyms: also feminine or plural-only lemmas).
EXTRA = """
AD |  |  | андоррский | андоррец | Андорра-ла-Велья
AE | Объединённые Арабские Эмираты; Эмираты | ОАЭ | эмиратский |  | Абу-Даби
AF | Исламская Республика Афганистан |  | афганский | афганец | Кабул
AG |  |  |  |  | Сент-Джонс
AL | Республика Албания |  | албанский | албанец | Тирана
AM | Республика Армения |  | армянский | армянин | Ереван
AO | Республика Ангола |  | ангольский | анголец | Луанда
AR | Аргентинская Республика |  | аргентинский | аргентинец | Буэнос-Айрес
AS | Восточное Самоа |  |  |  | Паго-Паго
AT | Австрийская Республика |  | австрийский | австриец | Вена
AU | Австралийский Союз |  | австралийский | австралиец | Канберра
AZ | Азербайджанская Республика |  | азербайджанский | азербайджанец | Баку
BA | Босния |  | боснийский | босниец | Сараево
BB |  |  | барбадосский |  | Бриджтаун
BD | Народная Республика Бангладеш |  | бангладешский | бангладешец | Дакка
BE | Королевство Бельгия |  | бельгийский | бельгиец |
BF | Буркина |  | буркинийский |  | Уагадугу
BG | Республика Болгария |  | болгарский | болгарин | София
BH | Королевство Бахрейн |  | бахрейнский |  | Манама
BI | Республика Бурунди |  | бурундийский |  | Гитега
BJ | Республика Бенин |  | бенинский |  | Порто-Ново
BN | Бруней-Даруссалам |  | брунейский |  | Бандар-Сери-Бегаван
BO | Многонациональное Государство Боливия |  | боливийский | боливиец | Сукре; Ла-Пас
BR | Федеративная Республика Бразилия |  | бразильский | бразилец | Бразилиа
BS | Багамские Острова; Содружество Багамских Островов |  | багамский |  | Нассау
BT | Королевство Бутан |  | бутанский |  | Тхимпху
BW | Республика Ботсвана |  | ботсванский |  | Габороне
BY | Белоруссия; Белорусь; Республика Беларусь |  | белорусский | белорус | Минск
BZ |  |  | белизский |  | Бельмопан
CA |  |  | канадский | канадец | Оттава
CD | Демократическая Республика Конго; Конго-Киншаса; Конго; Заир | ДРК |  |  | Киншаса
CF | Центральноафриканская Республика | ЦАР | центральноафриканский |  | Банги
CG | Республика Конго; Конго-Браззавиль |  | конголезский | конголезец | Браззавиль
CH | Швейцарская Конфедерация |  | швейцарский | швейцарец | Берн
CI | Кот-д'Ивуар; Кот д'Ивуар; Берег Слоновой Кости |  | ивуарийский | ивуариец | Ямусукро
CK | Острова Кука |  |  |  | Аваруа
CL | Республика Чили |  | чилийский | чилиец | Сантьяго
CM | Республика Камерун |  | камерунский | камерунец | Яунде
CN | Китайская Народная Республика; Поднебесная | КНР | китайский | китаец | Пекин
CO | Республика Колумбия |  | колумбийский | колумбиец | Богота
CR |  |  | костариканский | костариканец | Сан-Хосе
CU | Республика Куба; Остров Свободы |  | кубинский | кубинец | Гавана
CV | Острова Зелёного Мыса |  | кабовердианский |  | Прая
CY | Республика Кипр |  | кипрский | киприот | Никосия
CZ | Чешская Республика |  | чешский | чех | Прага
DE | Федеративная Республика Германия | ФРГ | германский; немецкий | немец | Берлин
DJ | Республика Джибути |  | джибутийский |  |
DK | Королевство Дания |  | датский | датчанин | Копенгаген
DM | Содружество Доминики |  |  |  | Розо
DO | Доминиканская Республика; Доминикана |  | доминиканский | доминиканец | Санто-Доминго
DZ | Алжирская Народная Демократическая Республика |  | алжирский | алжирец |
EC | Республика Эквадор |  | эквадорский | эквадорец | Кито
EE | Эстонская Республика |  | эстонский | эстонец | Таллин; Таллинн
EG | Арабская Республика Египет |  | египетский | египтянин | Каир
EH |  |  | западносахарский |  |
ER |  |  | эритрейский |  | Асмэра
ES | Королевство Испания |  | испанский | испанец | Мадрид
ET | Федеративная Демократическая Республика Эфиопия |  | эфиопский | эфиоп | Аддис-Абеба
FI | Финляндская Республика; Суоми |  | финский; финляндский | финн | Хельсинки
FJ | Республика Фиджи |  | фиджийский |  | Сува
FM | Микронезия |  | микронезийский |  | Паликир
FO | Фарерские острова; Фареры |  | фарерский |  | Торсхавн
FR | Французская Республика |  | французский | француз; француженка | Париж
GA | Габонская Республика |  | габонский |  | Либревиль
GB | Соединённое Королевство; Соединённое Королевство Великобритании и Северной Ирландии; Британия; Англия; Северная Ирландия | UK | британский; английский | британец; англичанин | Лондон
GD |  |  | гренадский |  | Сент-Джорджес
GE | Республика Грузия |  | грузинский | грузин | Тбилиси
GH | Республика Гана |  | ганский | ганец | Аккра
GL |  |  | гренландский |  | Нуук
GM | Республика Гамбия |  | гамбийский |  | Банжул
GN | Гвинейская Республика; Гвинея-Конакри |  | гвинейский |  | Конакри
GQ | Республика Экваториальная Гвинея |  |  |  | Малабо
GR | Греческая Республика; Эллада |  | греческий | грек | Афины
GT | Республика Гватемала |  | гватемальский | гватемалец |
GW |  |  |  |  | Бисау
GY | Кооперативная Республика Гайана |  | гайанский |  | Джорджтаун
HK | Сянган; Гонконг |  | гонконгский |  |
HN | Республика Гондурас |  | гондурасский | гондурасец | Тегусигальпа
HR | Республика Хорватия |  | хорватский | хорват | Загреб
HT | Республика Гаити |  | гаитянский | гаитянин | Порт-о-Пренс
HU |  |  | венгерский | венгр | Будапешт
ID | Республика Индонезия |  | индонезийский | индонезиец | Джакарта
IE | Республика Ирландия; Эйре |  | ирландский | ирландец | Дублин
IL | Государство Израиль |  | израильский | израильтянин | Иерусалим; Тель-Авив
IM | Остров Мэн |  |  |  | Дуглас
IN | Республика Индия |  | индийский | индиец | Нью-Дели; Дели
IQ | Республика Ирак |  | иракский | иракец | Багдад
IR | Исламская Республика Иран; Персия | ИРИ | иранский | иранец | Тегеран
IS | Республика Исландия |  | исландский | исландец | Рейкьявик
IT | Итальянская Республика |  | итальянский | итальянец | Рим
JM |  |  | ямайский | ямаец | Кингстон
JO | Иорданское Хашимитское Королевство |  | иорданский | иорданец | Амман
JP | Страна восходящего солнца |  | японский | японец | Токио
KE | Республика Кения |  | кенийский | кениец | Найроби
KG | Кыргызстан; Киргизстан; Киргизская Республика; Кыргызская Республика |  | киргизский; кыргызский | киргиз; кыргыз | Бишкек
KH | Королевство Камбоджа |  | камбоджийский | камбоджиец | Пномпень; Пном-Пень
KI | Республика Кирибати |  |  |  | Южная Тарава
KM | Союз Коморских Островов; Коморские Острова |  | коморский |  | Морони
KN | Федерация Сент-Китс и Невис |  |  |  | Бастер
KP | Северная Корея; Корейская Народно-Демократическая Республика | КНДР | северокорейский | северокореец | Пхеньян
KR | Южная Корея; Корея |  | южнокорейский; корейский | южнокореец | Сеул
KW | Государство Кувейт |  | кувейтский | кувейтец | Эль-Кувейт
KY | Каймановы острова |  |  |  | Джорджтаун
KZ | Республика Казахстан |  | казахстанский; казахский | казахстанец; казах | Астана; Нур-Султан
LA | Лаосская Народно-Демократическая Республика |  | лаосский |  | Вьентьян
LB | Ливанская Республика |  | ливанский | ливанец | Бейрут
LC |  |  |  |  | Кастри
LI | Княжество Лихтенштейн |  | лихтенштейнский |  | Вадуц
LK | Цейлон |  | шриланкийский | шриланкиец | Коломбо; Шри-Джаяварденепура-Котте
LR | Республика Либерия |  | либерийский | либериец | Монровия
LS | Королевство Лесото |  |  |  | Масеру
LT | Литовская Республика |  | литовский | литовец | Вильнюс
LU | Великое Герцогство Люксембург |  | люксембургский |  |
LV | Латвийская Республика |  | латвийский; латышский | латыш | Рига
LY | Государство Ливия |  | ливийский | ливиец | Триполи
MA | Королевство Марокко |  | марокканский | марокканец | Рабат
MC | Княжество Монако |  | монакский | монегаск |
MD | Молдавия; Республика Молдова |  | молдавский | молдаванин | Кишинёв; Кишинэу
ME | Монтенегро |  | черногорский | черногорец | Подгорица
MG | Республика Мадагаскар |  | мадагаскарский; малагасийский |  | Антананариву
MH | Маршалловы Острова; Республика Маршалловы Острова |  |  |  | Маджуро
MK | Македония; Республика Северная Македония |  | македонский; северомакедонский |  | Скопье
ML | Республика Мали |  | малийский |  | Бамако
MM | Бирма; Республика Союз Мьянма |  | мьянманский | мьянманец | Нейпьидо
MN |  |  | монгольский | монгол | Улан-Батор
MO | Аомынь; Макао |  |  |  |
MR | Исламская Республика Мавритания |  | мавританский |  | Нуакшот
MT | Республика Мальта |  | мальтийский | мальтиец | Валлетта
MU | Республика Маврикий |  | маврикийский |  | Порт-Луи
MV | Мальдивские Острова; Мальдивская Республика |  | мальдивский |  | Мале
MW | Республика Малави |  | малавийский |  | Лилонгве
MX | Мексиканские Соединённые Штаты |  | мексиканский | мексиканец | Мехико
MY |  |  | малайзийский | малайзиец | Куала-Лумпур
MZ | Республика Мозамбик |  | мозамбикский |  | Мапуту
NA | Республика Намибия |  | намибийский |  | Виндхук
NE | Республика Нигер |  | нигерский |  | Ниамей
NG | Федеративная Республика Нигерия |  | нигерийский | нигериец | Абуджа
NI | Республика Никарагуа |  | никарагуанский | никарагуанец | Манагуа
NL | Голландия; Королевство Нидерландов |  | нидерландский; голландский | голландец; нидерландец | Амстердам
NO | Королевство Норвегия |  | норвежский | норвежец | Осло
NP |  |  | непальский | непалец | Катманду
NZ |  |  | новозеландский | новозеландец | Веллингтон
OM | Султанат Оман |  | оманский |  | Маскат
PA | Республика Панама |  | панамский | панамец |
PE | Республика Перу |  | перуанский | перуанец | Лима
PG | Папуа Новая Гвинея; Папуа - Новая Гвинея |  |  |  | Порт-Морсби
PH | Республика Филиппины |  | филиппинский |  | Манила
PK | Исламская Республика Пакистан |  | пакистанский | пакистанец | Исламабад
PL | Республика Польша; Речь Посполитая |  | польский | поляк; полька | Варшава
PR |  |  | пуэрториканский | пуэрториканец |
PS | Палестина; Государство Палестина; Палестинская автономия |  | палестинский | палестинец | Рамалла
PT | Португальская Республика |  | португальский | португалец | Лиссабон
PY | Республика Парагвай |  | парагвайский | парагваец | Асунсьон
QA | Государство Катар |  | катарский |  | Доха
RO |  |  | румынский | румын | Бухарест
RS | Республика Сербия |  | сербский | серб | Белград
RU | Российская Федерация | РФ | российский; русский; всероссийский | россиянин; россиянка | Москва
RW | Республика Руанда |  | руандийский |  | Кигали
SA | Королевство Саудовская Аравия |  | саудовский; саудоаравийский |  | Эр-Рияд
SB | Соломоновы Острова |  |  |  | Хониара
SC | Сейшельские Острова; Сейшелы |  | сейшельский |  |
SD | Республика Судан |  | суданский | суданец | Хартум
SE | Королевство Швеция |  | шведский | швед | Стокгольм
SG | Республика Сингапур |  | сингапурский | сингапурец |
SI | Республика Словения |  | словенский | словенец | Любляна
SK | Словацкая Республика |  | словацкий | словак | Братислава
SL |  |  | сьерралеонский |  | Фритаун
SM |  |  | сан-маринский |  |
SN | Республика Сенегал |  | сенегальский | сенегалец | Дакар
SO | Федеративная Республика Сомали |  | сомалийский | сомалиец | Могадишо
SR | Республика Суринам |  | суринамский |  | Парамарибо
SS | Республика Южный Судан |  | южносуданский |  | Джуба
ST |  |  |  |  | Сан-Томе
SV | Республика Эль-Сальвадор; Эль-Сальвадор |  | сальвадорский | сальвадорец | Сан-Сальвадор
SY | Сирийская Арабская Республика | САР | сирийский | сириец | Дамаск
SZ | Свазиленд; Королевство Эсватини |  | свазилендский |  | Мбабане
TD | Республика Чад |  | чадский |  | Нджамена
TG | Тоголезская Республика |  | тоголезский |  | Ломе
TH | Тайланд; Королевство Таиланд |  | таиландский; тайский | таец | Бангкок
TJ | Республика Таджикистан |  | таджикский; таджикистанский | таджик | Душанбе
TL | Тимор-Лесте |  | восточнотиморский |  | Дили
TM | Туркмения |  | туркменский | туркмен | Ашхабад
TN | Тунисская Республика |  | тунисский | тунисец |
TO | Королевство Тонга |  |  |  | Нукуалофа
TR | Турецкая Республика; Турция; Туркие |  | турецкий | турок | Анкара
TT | Республика Тринидад и Тобаго |  |  |  | Порт-оф-Спейн
TW | Китайская Республика |  | тайваньский | тайванец | Тайбэй
TZ | Объединённая Республика Танзания |  | танзанийский | танзаниец | Додома
UA | Незалежная | УССР | украинский | украинец; украинка | Киев; Кийв; Київ
UG | Республика Уганда |  | угандийский | угандиец | Кампала
US | Соединённые Штаты Америки; Соединённые Штаты; Штаты; Америка | США; USA | американский | американец; американка | Вашингтон
UY | Восточная Республика Уругвай |  | уругвайский | уругваец | Монтевидео
UZ | Республика Узбекистан |  | узбекский; узбекистанский | узбек | Ташкент
VA | Святой Престол; Государство-город Ватикан |  | ватиканский |  |
VE | Боливарианская Республика Венесуэла |  | венесуэльский | венесуэлец | Каракас
VN | Социалистическая Республика Вьетнам |  | вьетнамский | вьетнамец | Ханой
VU | Республика Вануату |  |  |  | Порт-Вила
WS | Независимое Государство Самоа |  | самоанский |  | Апиа
XK | Республика Косово |  | косовский | косовар | Приштина
YE | Йеменская Республика |  | йеменский | йеменец | Сана
ZA | Южно-Африканская Республика; Южная Африка | ЮАР | южноафриканский | южноафриканец | Претория
ZM | Республика Замбия |  | замбийский |  | Лусака
ZW | Республика Зимбабве |  | зимбабвийский |  | Хараре
"""

# Well-known cities (not capitals) -> country, for ``Gazetteer.city_country``.
CITIES = """
RU | Санкт-Петербург; Петербург; Питер; Екатеринбург; Новосибирск; Казань; Нижний Новгород; Грозный; Самара; Омск; Ростов-на-Дону; Уфа; Красноярск; Пермь; Воронеж; Волгоград; Краснодар; Саратов; Тюмень; Челябинск; Владивосток; Хабаровск; Иркутск; Калининград; Мурманск; Архангельск; Сочи; Ярославль; Тула; Махачкала; Нальчик; Владикавказ; Магас; Назрань; Ставрополь; Пятигорск; Курск; Белгород; Брянск; Смоленск; Псков; Великий Новгород; Тверь; Рязань; Липецк; Тамбов; Пенза; Ульяновск; Оренбург; Ижевск; Киров; Чебоксары; Йошкар-Ола; Саранск; Сыктывкар; Петрозаводск; Вологда; Кострома; Иваново; Владимир; Калуга; Орёл; Томск; Кемерово; Новокузнецк; Барнаул; Абакан; Кызыл; Улан-Удэ; Чита; Якутск; Магадан; Петропавловск-Камчатский; Южно-Сахалинск; Благовещенск; Норильск; Сургут; Салехард; Ханты-Мансийск; Астрахань; Элиста; Майкоп; Черкесск; Новороссийск; Тольятти; Набережные Челны; Магнитогорск; Подольск; Химки; Королёв; Мытищи; Зеленоград; Дубна; Обнинск
US | Нью-Йорк; Лос-Анджелес; Чикаго; Хьюстон; Сан-Франциско; Бостон; Майами; Сиэтл; Лас-Вегас; Детройт; Филадельфия; Атланта; Даллас; Новый Орлеан; Денвер; Финикс; Сан-Диего; Питтсбург; Балтимор; Кливленд; Миннеаполис; Сент-Луис; Орландо; Портленд; Сакраменто; Остин; Бруклин; Манхэттен; Голливуд; Пентагон
GB | Манчестер; Ливерпуль; Эдинбург; Глазго; Бирмингем; Белфаст; Кардифф; Лидс; Бристоль; Шеффилд; Оксфорд; Кембридж; Ньюкасл; Ноттингем; Лестер; Саутгемптон; Солсбери; Дувр
DE | Мюнхен; Гамбург; Франкфурт-на-Майне; Франкфурт; Кёльн; Дрезден; Лейпциг; Штутгарт; Дюссельдорф; Бонн; Ганновер; Нюрнберг; Бремен; Дортмунд; Эссен
FR | Марсель; Лион; Ницца; Страсбург; Бордо; Тулуза; Лилль; Нант; Канны; Канн; Версаль
IT | Милан; Неаполь; Турин; Венеция; Флоренция; Генуя; Болонья; Палермо; Верона
ES | Барселона; Валенсия; Севилья; Малага; Бильбао; Сарагоса
PT | Порту
NL | Гаага; Роттердам; Утрехт; Эйндховен
BE | Брюссель; Антверпен; Льеж; Гент; Брюгге
CH | Женева; Цюрих; Базель; Лозанна; Давос
AT | Зальцбург; Инсбрук; Грац
PL | Краков; Гданьск; Вроцлав; Познань; Лодзь
CZ | Брно; Карловы Вары
UA | Харьков; Одесса; Днепр; Днепропетровск; Львов; Запорожье; Донецк; Луганск; Херсон; Николаев; Мариуполь; Винница; Полтава; Чернигов; Сумы; Житомир; Черкассы; Ужгород; Ивано-Франковск; Тернополь; Ровно; Луцк; Кривой Рог; Краматорск; Славянск; Бахмут; Артемовск; Авдеевка; Изюм; Купянск; Чернобыль; Припять; Буча; Ирпень
BY | Гомель; Брест; Гродно; Витебск; Могилёв; Бобруйск
KZ | Алма-Ата; Алматы; Караганда; Шымкент; Актобе; Байконур
UZ | Самарканд; Бухара; Наманган; Андижан
AZ | Гянджа; Сумгаит; Шуша; Ханкенди; Степанакерт
AM | Гюмри; Ванадзор
GE | Батуми; Кутаиси; Сухуми; Цхинвали
TR | Стамбул; Измир; Анталья; Анталия; Бурса; Адана; Газиантеп
CN | Шанхай; Гуанчжоу; Шэньчжэнь; Ухань; Чунцин; Тяньцзинь; Харбин; Нанкин; Сиань; Чэнду; Далянь; Урумчи
JP | Осака; Киото; Хиросима; Нагасаки; Фукусима; Иокогама; Саппоро; Нагоя; Кобе; Окинава
KR | Пусан
IN | Мумбаи; Бомбей; Бангалор; Калькутта; Ченнаи; Мадрас; Хайдарабад; Агра; Гоа
PK | Карачи; Лахор; Пешавар; Равалпинди
IR | Исфахан; Тебриз; Шираз; Мешхед
IQ | Мосул; Басра; Эрбиль; Киркук; Фаллуджа
SY | Алеппо; Халеб; Хомс; Пальмира; Латакия; Идлиб; Ракка; Хама; Дейр-эз-Зор
IL | Хайфа; Эйлат; Ашдод; Ашкелон; Назарет; Вифлеем
PS | Газа; Наблус; Хеврон; Рамалла; Дженин
SA | Мекка; Медина; Джидда; Джедда
AE | Дубай; Шарджа
EG | Александрия; Шарм-эш-Шейх; Хургада; Луксор; Асуан; Порт-Саид
LY | Бенгази; Сирт; Мисурата
TN | Сфакс; Сусс
MA | Касабланка; Марракеш; Танжер
ZA | Йоханнесбург; Кейптаун; Дурбан
NG | Лагос; Кано
KE | Момбаса
ET | Аддис-Абеба
AU | Сидней; Мельбурн; Брисбен; Перт; Аделаида
NZ | Окленд; Крайстчерч
CA | Торонто; Монреаль; Ванкувер; Калгари; Эдмонтон; Квебек
MX | Гвадалахара; Монтеррей; Тихуана; Канкун; Акапулько
BR | Рио-де-Жанейро; Сан-Паулу; Сальвадор; Белу-Оризонти; Манаус; Ресифи
AR | Кордова; Росарио; Мендоса
CL | Вальпараисо
CO | Медельин; Кали
VE | Маракайбо
CU | Сантьяго-де-Куба
TH | Паттайя; Пхукет; Чиангмай
VN | Хошимин; Хайфон; Дананг
ID | Бали; Сурабая
PH | Себу; Давао
AF | Кандагар; Герат; Мазари-Шариф; Кундуз
GR | Салоники; Пирей
CY | Лимасол; Ларнака
RS | Нови-Сад; Ниш
HR | Сплит; Дубровник
ME | Будва
BG | Варна; Бургас; Пловдив
RO | Клуж-Напока; Констанца; Тимишоара
HU | Дебрецен
FI | Тампере; Турку
SE | Гётеборг; Мальмё
NO | Берген
DK | Орхус
IE | Корк
EE | Нарва; Тарту
LV | Даугавпилс; Юрмала
LT | Каунас; Клайпеда
MD | Тирасполь; Бендеры; Бельцы; Комрат
KG | Ош
TJ | Худжанд
TM | Туркменабад
"""

# Names that are also common words: not matched at the start of a sentence («Того же
# мнения …»), where the capital letter says nothing.
HOMOGRAPHS = ["Того"]
# Names that are also personal names («Чад Вулф», «Сальвадор Дали», «Роза Люксембург»,
# «София Коппола»): not matched right before or after another capitalized word.
PERSON_NAMES = ["Чад", "Сальвадор", "Люксембург", "Доминика", "София", "Ливия", "Джерси",
                "Дуглас", "Кингстон", "Джорджтаун", "Лима", "Вашингтон", "Израиль", "Того"]

# Fixed phrases that contain a country word but are not about that country; matched as
# a whole (longest match first), they yield no hit.
BLOCKED = ["Латинская Америка", "Южная Америка", "Северная Америка", "Центральная Америка",
           "Индийский океан", "Персидский залив", "Мексиканский залив", "Бенгальский залив",
           "Гвинейский залив", "Японское море", "Ирландское море", "Новая Англия",
           "Новая Гвинея", "Нью-Джерси", "Нью-Мексико", "Британская Колумбия",
           "Новый Южный Уэльс", "Европейский союз", "Великая Китайская стена",
           "Китайская стена", "округ Колумбия", "Федеральный округ Колумбия",
           "Колумбийский университет", "Американский континент", "Американские горки",
           "Английский канал", "Голландская болезнь", "Русская рулетка",
           "Украинский фронт", "Белорусский фронт",
           "Корейский полуостров"]

# Adjectives that also name a language: «английским языком», «владеет английским» are
# not about the country (the runtime checks the context of these forms).
LANGUAGES = ["английский", "французский", "немецкий", "испанский", "итальянский",
             "португальский", "русский", "китайский", "японский", "корейский", "турецкий",
             "польский", "чешский", "словацкий", "словенский", "греческий", "шведский",
             "норвежский", "датский", "финский", "исландский", "ирландский", "венгерский",
             "румынский", "болгарский", "сербский", "хорватский", "македонский", "албанский",
             "украинский", "белорусский", "казахский", "узбекский", "киргизский", "таджикский",
             "туркменский", "грузинский", "армянский", "азербайджанский", "эстонский",
             "латышский", "литовский", "голландский", "нидерландский", "монгольский",
             "вьетнамский", "тайский", "индонезийский", "малайзийский"]

# Words of a name that are common nouns: not required to be capitalized in the text.
COMMON_WORDS = {"острова", "остров", "республика", "королевство", "государство", "княжество",
                "союз", "федерация", "султанат", "содружество"}


def _patch_inspect() -> None:
    """pymorphy2 0.9 calls inspect.getargspec, removed in Python 3.11."""
    if not hasattr(inspect, "getargspec"):
        inspect.getargspec = lambda f: inspect.getfullargspec(f)[:4]  # type: ignore[attr-defined]


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split(";") if x.strip()]


def parse_table(text: str, columns: int) -> dict[str, list[list[str]]]:
    rows = {}
    for line in text.strip().splitlines():
        cells = [c.strip() for c in line.split("|")]
        cells += [""] * (columns - len(cells))
        rows[cells[0]] = [_split(c) for c in cells[1:columns]]
    return rows


CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "loc2", "gen2")


class Inflector:
    """All case forms of a Russian lemma or multi-word name, via pymorphy2."""

    def __init__(self) -> None:
        _patch_inspect()
        import pymorphy2

        self.morph = pymorphy2.MorphAnalyzer()

    @staticmethod
    def _norm(word: str) -> str:
        return word.lower().replace("ё", "е")

    def _parse(self, word: str, pos: tuple[str, ...]):
        """The parse of ``word`` as a nominative lemma of one of ``pos``, or None."""
        parses = self.morph.parse(word.lower())
        best = None
        for p in parses:
            if p.tag.POS not in pos or "nomn" not in p.tag:
                continue
            if self._norm(p.word) != self._norm(p.normal_form) and p.tag.POS == "NOUN" \
                    and "Pltm" not in p.tag and "plur" not in p.tag:
                continue
            score = p.score + (1 if "Geox" in p.tag else 0) + (0.5 if p.is_known else 0)
            if best is None or score > best[0]:
                best = (score, p)
        return best[1] if best else None

    @staticmethod
    def _restore_case(model: str, word: str) -> str:
        mparts, wparts = model.split("-"), word.split("-")
        if len(mparts) != len(wparts):
            return word[:1].upper() + word[1:] if model[:1].isupper() else word
        out = []
        for m, w in zip(mparts, wparts):
            if m.isupper() and len(m) > 1:
                out.append(w.upper())
            elif m[:1].isupper():
                out.append(w[:1].upper() + w[1:])
            else:
                out.append(w)
        return "-".join(out)

    def noun_forms(self, word: str) -> tuple[dict[str, set[str]], object | None]:
        """Case -> forms of a noun, keeping its number; indeclinables map to themselves."""
        if "-" in word:
            # Compound: decline the last part («Коста-Рики»), else the first («Гвинеи-Бисау»).
            forms, p = self._noun_forms_simple(word)
            if p is not None and p.is_known:
                return forms, p
            head, _, tail = word.rpartition("-")
            tforms, tp = self._noun_forms_simple(tail)
            if tp is not None and len({f for fs in tforms.values() for f in fs}) > 1:
                return {c: {f"{head}-{f}" for f in fs} for c, fs in tforms.items()}, tp
            first, _, rest = word.partition("-")
            fforms, fp = self._noun_forms_simple(first)
            if fp is not None and fp.is_known and "Geox" in fp.tag:
                return {c: {f"{f}-{rest}" for f in fs} for c, fs in fforms.items()}, fp
            return {c: {word} for c in CASES}, None
        return self._noun_forms_simple(word)

    def _noun_forms_simple(self, word: str):
        p = self._parse(word, ("NOUN",))
        if p is None or (not p.is_known and word[-1:].lower() in "оеиуюэы"):
            return {c: {word} for c in CASES}, p
        number = "plur" if ("plur" in p.tag and "sing" not in p.tag) else "sing"
        forms: dict[str, set[str]] = {}
        for f in p.lexeme:
            if f.tag.number not in (number, None) or f.tag.case is None:
                continue
            if f.tag.POS != "NOUN":
                continue
            forms.setdefault(f.tag.case, set()).add(self._restore_case(word, f.word))
        forms.setdefault("nomn", set()).add(word)
        return forms, p

    def substantive_forms(self, word: str) -> dict[str, set[str]]:
        """Case -> forms of an adjective used as a name on its own, in its own gender and
        number («Поднебесная» -> «Поднебесной», «Незалежную»); empty if it is none."""
        p = self._parse(word, ("ADJF",))
        if p is None or not re.search(r"(?:ая|яя|ый|ий|ой|ое|ее|ые|ие)$", word):
            return {}  # «Дженин» is no possessive adjective
        grams = {p.tag.number or "sing"} | ({p.tag.gender} if p.tag.gender else set())
        forms: dict[str, set[str]] = {}
        for case in CASES:
            q = p.inflect(grams | {"loct" if case == "loc2" else "gent" if case == "gen2" else case})
            if q:
                forms.setdefault(case, set()).add(self._restore_case(word, q.word))
        forms.setdefault("nomn", set()).add(word)
        return forms

    def agree(self, word: str, case: str, head) -> set[str]:
        """An adjective/participle ``word`` inflected to agree with ``head`` in ``case``."""
        p = self._parse(word, ("ADJF", "PRTF"))
        if p is None:
            return {word}
        grams = {case}
        if head is not None and head.tag.number == "plur" or head is not None and "Pltm" in head.tag:
            grams.add("plur")
        else:
            grams.add("sing")
            if head is not None and head.tag.gender:
                grams.add(head.tag.gender)
        if case in ("loc2", "gen2"):
            grams = grams - {case} | {"loct" if case == "loc2" else "gent"}
        q = p.inflect(grams | {"inan"}) if case == "accs" else None
        q = q or p.inflect(grams)
        return {self._restore_case(word, q.word)} if q else {word}

    def phrase_forms(self, phrase: str) -> list[str]:
        """All case forms of a name («Южная Корея» -> «Южной Кореи», ...)."""
        phrase = phrase.strip()
        dashed = re.fullmatch(r"(.+?\s[—-]\s)(.+)", phrase)
        if dashed:  # «Папуа — Новая Гвинея»: only the part after the dash declines
            return _uniq(dashed.group(1) + f for f in self.phrase_forms(dashed.group(2)))
        conjuncts = re.split(r"\s+и\s+", phrase)
        if len(conjuncts) > 1 and all(c[:1].isupper() for c in conjuncts):
            per = [self._np_forms(c) for c in conjuncts]
            out = []
            for case in CASES:
                if all(case in f for f in per):
                    for combo in _product([sorted(f[case]) for f in per]):
                        out.append(" и ".join(combo))
            out += [phrase]
            return _uniq(out)
        forms = self._np_forms(phrase)
        return _uniq([phrase] + [f for c in CASES for f in sorted(forms.get(c, ()))])

    def _np_forms(self, phrase: str) -> dict[str, set[str]]:
        words = phrase.split()
        head_i = None
        for i, w in enumerate(words):
            if self._parse(w, ("NOUN",)) is not None and not (
                    self._parse(w, ("ADJF", "PRTF")) is not None and i < len(words) - 1):
                head_i = i
                break
        if head_i is None:
            head_i = len(words) - 1
        hforms, hp = self.noun_forms(words[head_i])
        if hp is None and len(words) == 1:
            hforms = self.substantive_forms(words[0]) or hforms
        out: dict[str, set[str]] = {}
        for case, hs in hforms.items():
            pre = [self.agree(w, case, hp) if hp is not None else {w} for w in words[:head_i]]
            post = " ".join(words[head_i + 1:])
            for combo in _product([sorted(x) for x in pre] + [sorted(hs)]):
                out.setdefault(case, set()).add(" ".join(combo) + (" " + post if post else ""))
        return out

    def lexeme(self, lemma: str, pos: tuple[str, ...]) -> list[str]:
        """All full forms (both numbers) of an adjective or a demonym noun."""
        p = self._parse(lemma, pos)
        if p is None:
            print(f"warning: pymorphy2 does not know {lemma!r} as {pos}", file=sys.stderr)
            return [lemma]
        out = [lemma]
        for f in p.lexeme:
            if f.tag.POS in pos:
                out.append(f.word)
        return _uniq(out)


def _product(lists):
    if not lists:
        yield ()
        return
    for head in lists[0]:
        for rest in _product(lists[1:]):
            yield (head,) + rest


def _uniq(items):
    seen, out = set(), []
    for x in items:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def babel_names() -> dict[str, str]:
    from babel import Locale

    names = {code: name for code, name in Locale("ru").territories.items()
             if re.fullmatch(r"[A-Z]{2}", code) and code not in NOT_COUNTRIES}
    names.setdefault("XK", "Косово")
    return names


def clean_babel(name: str) -> list[str]:
    """Babel's short forms as names: expand «о-в/о-ва», split «(…)» and «Конго - X»."""
    out = []
    m = re.fullmatch(r"(.*?)\s*\((.*)\)", name)
    if m:
        name, alt = m.groups()
        if alt not in ("САР", "США", "Великобритания"):
            out.append(alt)
    if " - " in name:
        return out
    name = re.sub(r"\bо-ва\b", "острова", name)
    name = re.sub(r"\bо-в\b", "остров", name)
    name = name.replace("Св.", "Святой")
    if "," in name:
        return out
    return [name] + out


def prefixes(adjectives: list[str]) -> list[str]:
    """Compound first parts: «российский» -> «российско» («российско-американский»)."""
    out = []
    for a in adjectives:
        stem = re.sub(r"(ий|ый|ой)$", "", a)
        out.append(stem + "о")
    return out


EXTRA_PREFIXES = {"US": ["американо"], "FR": ["франко"], "DE": ["германо"], "GB": ["англо"],
                  "IT": ["итало"], "ES": ["испано"], "JP": ["японо"], "IR": ["ирано"],
                  "IN": ["индо"], "UA": ["украино"], "RU": ["русско"], "GR": ["греко"],
                  "AT": ["австро"], "CN": ["китайско"], "TR": ["турецко"], "IL": ["израильско"],
                  "PL": ["польско"], "BY": ["белорусско"], "CZ": ["чешско"]}


def build() -> dict:
    infl = Inflector()
    babel = babel_names()
    extra = parse_table(EXTRA, 6)
    cities = parse_table(CITIES, 2)
    unknown = set(extra) - set(babel)
    if unknown:
        raise SystemExit(f"EXTRA has codes Babel does not know: {sorted(unknown)}")

    countries = {}
    for code in sorted(babel):
        names, abbr, adjs, dems, caps = extra.get(code, [[], [], [], [], []])
        base = clean_babel(babel[code])
        display = DISPLAY.get(code) or (base[0] if base else babel[code])
        display = display[:1].upper() + display[1:]
        lemmas = _uniq([n for n in base + names + [display] if not _is_abbr(n)])
        abbrs = _uniq(abbr + [n for n in base + names + [display] if _is_abbr(n)])
        lemmas = [_lower_common(n) for n in lemmas]
        entry = {
            "name": display,
            "babel": babel[code],
            "names": lemmas,
            "abbr": abbrs,
            "adjectives": adjs,
            "demonyms": dems,
            "capitals": caps,
            "forms": {
                "name": _uniq(f for n in lemmas for f in infl.phrase_forms(n)),
                "abbr": abbrs,
                "adjective": _uniq(f for a in adjs for f in infl.lexeme(a, ("ADJF",))),
                "demonym": _uniq(f for d in dems for f in infl.lexeme(d, ("NOUN",))),
                "capital": _uniq(f for c in caps for f in infl.phrase_forms(c)),
                "prefix": _uniq(prefixes(adjs) + EXTRA_PREFIXES.get(code, [])),
            },
        }
        countries[code] = entry

    city_rows = []
    for code, (names,) in cities.items():
        if code not in countries:
            raise SystemExit(f"CITIES has an unknown code {code}")
        for n in names:
            city_rows.append({"name": n, "code": code, "forms": infl.phrase_forms(n)})
    for code, entry in countries.items():
        for n in entry["capitals"]:
            city_rows.append({"name": n, "code": code, "forms": entry["forms"]["capital"]
                              if len(entry["capitals"]) == 1 else infl.phrase_forms(n)})
    strict = {"initial": _uniq(f for n in HOMOGRAPHS for f in infl.phrase_forms(n)),
              "person": _uniq(f for n in PERSON_NAMES for f in infl.phrase_forms(n))}
    import babel as babel_package

    return {
        "about": "Generated by tools/build_gazetteer.py from Babel (CLDR ru) and hand tables;"
                 " do not edit by hand.",
        "babel": babel_package.__version__,
        "countries": countries,
        "cities": city_rows,
        "strict": strict,
        "languages": _uniq(f for a in LANGUAGES for f in infl.lexeme(a, ("ADJF",))),
        "blocked": _uniq(f for n in BLOCKED for f in infl.phrase_forms(n)),
    }


def _is_abbr(name: str) -> bool:
    return sum(ch.isupper() for ch in name) >= 2 and not re.search(r"[\s\-]", name)


def _lower_common(name: str) -> str:
    """«Острова Кука» -> «острова Кука»: the common noun need not be capitalized."""
    first, _, rest = name.partition(" ")
    if first.lower() in COMMON_WORDS and rest:
        return first.lower() + " " + rest
    return name


def dump(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n"


CHECK_OTHER_BABEL = 3  # exit code of --check when the data differs and so does the Babel it was built with


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--check", action="store_true", help="fail if --out is not up to date")
    args = ap.parse_args(argv)
    data = build()
    text = dump(data)
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        built_with = json.loads(current).get("babel") if current else None
        if current == dump({**data, "babel": built_with}):  # the same file, but for the Babel named in it
            return 0
        if built_with != data["babel"]:
            # another Babel (another CLDR) may name countries differently: that is no
            # stale file, but a reason to rebuild it deliberately and review the diff
            print(f"{args.out} was built with Babel {built_with}; Babel {data['babel']} gives other data:"
                  " run tools/build_gazetteer.py and review the diff", file=sys.stderr)
            return CHECK_OTHER_BABEL
        print(f"{args.out} is stale: run tools/build_gazetteer.py", file=sys.stderr)
        return 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({len(text.encode())} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
