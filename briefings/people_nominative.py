"""The nominative of a name word, from its case (morph tagger) and the dictionary.

Dictionary names go through the morphology (``vocab`` is natasha's ``MorphVocab``); other
names follow the Russian declension of foreign names («Доминика Рааба» → «Доминик Рааб»,
«Макроном» → «Макрон»; «Мэй», «Пелоси» do not decline; «Поперечного» → «Поперечный»).
:func:`is_patronymic` tells a patronymic («Николаевна») from a surname («Абрамович»).
"""

from __future__ import annotations

import re

from briefings.people_names import (
    CYRILLIC,
    MANS_SURNAME,
    NAME_GRAMMEMES,
    PATRONYMIC,
    SENIOR_NOM,
    VOWELS,
    is_seniority_word,
    NameToken,
    fold,
    with_yo,
)

UD_CASES = {"Gen": {"gent", "gen1", "gen2"}, "Dat": {"datv"}, "Acc": {"accs"}, "Ins": {"ablt"},
            "Loc": {"loct", "loc2"}, "Voc": {"voct"}}
OC_GENDER = {"Masc": "masc", "Fem": "femn"}  # the tagger's gender → the dictionary's

# Case endings of names the dictionary does not know: (ending, nominative ending, gender)
# with gender "M", "F" or "" (either). Tried in order; the morphology's guess breaks ties.
_DECLENSION = {
    "Gen": [("ии", "ия", ""), ("ского", "ский", "M"), ("цкого", "цкий", "M"), ("ого", "ой", "M"),
            ("ого", "ый", "M"), ("ого", "ий", "M"),
            ("ской", "ская", "F"), ("цкой", "цкая", "F"), ("ой", "а", "F"), ("ы", "а", ""), ("ьи", "ья", ""),
            ("и", "а", ""), ("я", "ь", "M"), ("я", "й", "M"), ("а", "", "M")],
    "Dat": [("ии", "ия", ""), ("скому", "ский", "M"), ("цкому", "цкий", "M"), ("ому", "ой", "M"),
            ("ому", "ый", "M"), ("ому", "ий", "M"),
            ("ской", "ская", "F"), ("цкой", "цкая", "F"), ("ой", "а", "F"), ("е", "а", ""), ("ю", "ь", "M"), ("ю", "й", "M"),
            ("у", "", "M")],
    "Acc": [("ию", "ия", ""), ("ского", "ский", "M"), ("цкого", "цкий", "M"), ("ого", "ой", "M"),
            ("ого", "ый", "M"), ("ого", "ий", "M"),
            ("скую", "ская", "F"), ("цкую", "цкая", "F"), ("у", "а", ""), ("ью", "ья", ""), ("ю", "я", ""),
            ("я", "ь", "M"), ("я", "й", "M"), ("а", "", "M")],
    "Ins": [("ией", "ия", ""), ("ским", "ский", "M"), ("цким", "цкий", "M"), ("ым", "", "M"),
            ("ым", "ый", "M"), ("им", "ий", "M"),
            ("ской", "ская", "F"), ("цкой", "цкая", "F"), ("ой", "а", ""), ("ьей", "ья", ""), ("ей", "я", ""),
            ("ом", "", "M"), ("ем", "ь", "M"),
            ("ем", "й", "M"), ("ем", "", "M")],
    "Loc": [("ии", "ия", ""), ("ском", "ский", "M"), ("цком", "цкий", "M"), ("ской", "ская", "F"),
            ("цкой", "цкая", "F"), ("ой", "а", "F"), ("е", "а", ""), ("е", "", "M"),
            ("е", "ь", "M")],
}
_PLURAL = [("ыми", "ы"), ("ими", "и"), ("ых", "ы"), ("их", "и"), ("ым", "ы"), ("им", "и"), ("ей", "и"),
           ("ами", "ы"), ("ями", "и"), ("ам", "ы"), ("ям", "и"), ("ах", "ы"), ("ях", "и"), ("ов", "ы")]
_VELAR = set("гкхжшчщ")
# a labial before a final «ц»: no nominative ends so, the vowel the oblique cases drop was
# «е» («Муромца» → «Муромец»; unlike «Шольца» → «Шольц», «Кранца» → «Кранц»)
_FLEETING_E = re.compile("[бвмпф]ц$")
# a woman's Russian surname out of the nominative («Хромовой», «Поклонской»), which the
# dictionary may read as an adjective («хромовый»)
RUSSIAN_FEMININE_OBLIQUE = ("овой", "евой", "иной", "ыной", "ской", "цкой")  # (of the ё-folded word)
_RUSSIAN_SURNAME_ADJECTIVES = ("овый", "евый", "ёвый", "иный", "ыный")


def shape(word: str, like: str) -> str:
    """``word`` written like ``like``: «Алиев» for «АЛИЕВЫМ» stays upper case."""
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        # capitals inside the name stay where they were: «О'Рурка» → «О'Рурк», «МакКейна»
        return "".join(c.upper() if i < len(like) and like[i].isupper() else c
                       for i, c in enumerate(word[:1].upper() + word[1:]))
    return word


def spelled_as(form: str, like: str) -> str:
    """A dictionary form (ё-folded or not) written like the word it was made from: its
    «ё» where that word has one, its capitals («Звонарёвой» → «Звонарёва», «Черного» →
    «Черное», not «Чёрное»), its hyphens where the dictionary spells it without them
    («Южно-Русском» → «Южно-Русское», not «ЮжнорУсское»)."""
    return shape(_hyphens_as(with_yo(fold(form), like), like), like)


def _hyphens_as(form: str, like: str) -> str:
    """``form`` with the hyphens of ``like`` put back where its letters match up to them."""
    if "-" not in like or "-" in form:
        return form
    letters = like.replace("-", "")
    cuts = [at - n for n, at in enumerate(i for i, c in enumerate(like) if c == "-")]
    if not all(0 < k < len(form) and fold(form[:k]) == fold(letters[:k]) for k in cuts):
        return form
    for k in reversed(cuts):
        form = f"{form[:k]}-{form[k:]}"
    return form


def _valid(stem: str, ending: str) -> bool:
    if len(stem) < 2:
        return False
    last = stem[-1]
    if ending == "ь" and last in "цжшчщ":
        return False  # «Курцем» is «Курц», not «Курць»
    if ending in ("", "ь"):
        return last not in VOWELS and last not in "ьй"
    if ending == "й":
        return last in VOWELS
    if ending in ("а", "я") and (last in VOWELS or last in "ьъ") and not (ending == "я" and last == "е"):
        return False  # (but «Тимею» is «Тимея»)
    if ending in ("ый", "ий", "ой") and (last in VOWELS or last in "ьъй"):
        return False  # «Гийому» is «Гийом», not «Гийий»
    if ending in ("ый", "ий") and stem.endswith(MANS_SURNAME):
        return False  # «Ромашковым» is «Ромашков», not «Ромашковый»
    return True


def _senior_agreement(vocab, word: str, token: NameToken) -> tuple[str | None, str | None]:
    """The case and gender «младшему», «старшей» agree in: the tagger's case when the word
    can be in it, else the dictionary's likeliest («Байдену-младшему» the tagger read as a
    genitive is a dative, «Олландом-младшим» as a nominative an instrumental); the gender
    "Fem" or "Masc" when its forms in that case agree («младшей» is a woman's), else the
    tagger's."""
    parses = [p for p in vocab.parse(fold(word)) if p.tag.POS == "ADJF" and p.tag.number != "plur"]  # one person
    case = token.case
    possible = UD_CASES.get(case, ()) if case not in (None, "Nom") else {"nomn"}
    if parses and not any(p.tag.case in possible for p in parses):
        case = next((ud for ud, cases in UD_CASES.items() if parses[0].tag.case in cases), case)
    genders = {p.tag.gender for p in parses if case in (None, "Nom") or p.tag.case in UD_CASES.get(case, ())}
    gender = "Fem" if genders == {"femn"} else "Masc" if genders and genders <= {"masc", "neut"} else token.gender
    return case, gender


def _nominative_name_only(vocab, part: str, case: str, gender: str | None) -> bool:
    """The last ``part`` of a hyphenated name, which carries its case, is a dictionary first
    name of ``gender`` in the nominative singular and in no singular reading of ``case``:
    «Александр» tagged a genitive (a plural «Александр» is of «Александра»; not «Азиза»,
    a woman's nominative, of «Абдель-Азиза» tagged a man's genitive)."""
    parses = [p for p in vocab.parse(fold(part)) if p.is_known and "Name" in p.tag.grammemes]
    sex = OC_GENDER.get(gender or "")
    return len(part) > 3 and any(p.tag.case == "nomn" and p.tag.number == "sing" and sex in (None, p.tag.gender)
                                 for p in parses) \
        and not any(p.tag.case in UD_CASES.get(case, ()) and p.tag.number == "sing" for p in parses)


def nominative(vocab, token: NameToken, plural: bool = False, first: bool = False) -> str:
    """The nominative of one name word, from its case (morph tagger) and the dictionary.
    A ``first`` word of a longer name in «-ьи», «-ью», «-ьей» is a first name in «-ья»
    («Неманьи Пейчиновича»); a last one is left (the Italian «Роберто Бениньи» does not
    decline)."""
    word = token.text
    if "-" in word.strip("-"):
        # «Бушем-младшим» → «Буш-младший», «Немировича-Данченко»; particles stay («аль-», «-баши»);
        # «младшей» tells a woman («Уильямс-младшей» → «Уильямс-младшая»)
        case, gender = next((_senior_agreement(vocab, p, token) for p in word.split("-") if is_seniority_word(p)),
                            (token.case, token.gender))
        if case not in (None, "Nom") and _nominative_name_only(vocab, word.split("-")[-1], case, gender):
            case = "Nom"  # «Тома-Александр Дюма»: «Александр» is in no other case, nor is «Тома»

        def part(p: str) -> str:
            if is_seniority_word(p):
                return SENIOR_NOM[fold(p)[:5]] if gender != "Fem" else SENIOR_NOM[fold(p)[:5]][:-2] + "ая"
            if len(p) <= 3 or not p[:1].isupper():
                return p
            return nominative(vocab, NameToken(p, 0, 0, case, gender, token.number), plural)

        return "-".join(part(p) for p in word.split("-"))
    case = token.case
    if not CYRILLIC.search(word) or len(word) < 2:
        return word
    if case in (None, "Nom"):  # only a Russian surname's ending outweighs it: «Майя Санду» stays
        return (_surely_oblique(vocab, token) or word) if not plural and fold(word).endswith(_RUSSIAN_OBLIQUE) else word
    low = fold(word)
    cases = UD_CASES.get(case, set())
    gender = OC_GENDER.get(token.gender or "")
    number = "Plur" if plural else "Sing"
    parses = [p for p in vocab.parse(low) if p.tag.case in cases]
    named = [p for p in parses if p.is_known and NAME_GRAMMEMES & set(p.tag.grammemes)
             and (plural or p.tag.number != "plur")]  # «Касьян» is no plural of «Касьяна»
    if first and any("Name" in p.tag.grammemes for p in named):
        named = [p for p in named if "Name" in p.tag.grammemes]  # a first word is a first name: «Павле» → «Павел»
    if not named and not plural:
        oblique = _surely_oblique(vocab, token)  # the tagger's case is wrong: «Прилепину» read as a genitive
        if oblique:
            return oblique
    if named:
        # «Анне» in the dative is «Анна», not the indeclinable «Анне»; a woman's surname in
        # «-ой» the dictionary has both as a stressed adjective's and as one in «-ов» is the
        # adjective's («Ирины Яровой» → «Яровая», not «Ярова»: the man's is «Яровой», as written)
        best = max(named, key=lambda p: (bool({gender, "ms-f"} & set(p.tag.grammemes)), "Fixd" not in p.tag.grammemes,
                                         p.tag.gender == "femn" and fold(p.normal_form) == low, p.score))
        form = best.inflect({"Nom", number}) or best.inflect({"Nom"})
        if form:
            return shape(form.word, word)
    if plural:
        for ending, nom in _PLURAL:
            if low.endswith(ending) and len(low) - len(ending) >= 3:
                return shape(low[: -len(ending)] + nom, word)
        return word
    sex = {"masc": "M", "femn": "F"}.get(gender or "", "")
    if low.endswith(("скую", "цкую")):
        sex, gender = "F", "femn"  # only a woman's: «Лукашевскую» the tagger read as a man's
    epithet = _epithet(parses, gender)
    if epithet:
        return shape(epithet, word)
    if sex == "F" and low[-1] not in VOWELS and not low.endswith(RUSSIAN_FEMININE_OBLIQUE) \
            and not (case == "Ins" and low.endswith("ой") and len(low) >= 5 and low[-3] not in VOWELS):
        # «Мэй», «Меркель»: feminine names in a consonant do not decline (but «с Барборой»
        # is the instrumental of «Барбора»)
        return word
    # the dictionary's readings: for a man, not a feminine one nor a thing («Тафте» is no
    # form of «тафта»)
    guessed = {p.normal_form for p in parses
               if sex != "M" or p.tag.gender not in ("femn", "neut")
               and not (p.is_known and "inan" in p.tag.grammemes and not NAME_GRAMMEMES & set(p.tag.grammemes))}
    known_words = {p.normal_form for p in parses if p.is_known}  # (a man's dative of a word in «-а»)
    candidates = []
    for ending, nom, g in _DECLENSION.get(case, ()):
        if g and sex and g != sex or nom == "ья" and not first:
            continue
        if low.endswith(ending):
            stem = low[: len(low) - len(ending)]
            if ending == "и" and (stem[-1:] not in _VELAR or stem + nom not in guessed):
                continue  # «Ольги» → «Ольга», but «Бенедучи», «Фаучи» do not decline
            if ending == "е" and stem + nom not in guessed \
                    and not (nom == "" and sex == "M" and stem.endswith(MANS_SURNAME)) \
                    and not (nom == "а" and case == "Dat" and sex == "M" and stem + nom in known_words):
                continue  # «Раабе» → «Рааб», but «Барнье» does not decline («Анджею Дуде» does: «дуда»)
            if nom in ("ый", "ий") and not ending.startswith(("ск", "цк")) and stem + nom not in guessed:
                continue  # «Поперечного» → «Поперечный» (an adjective), but not «Таким» → «Такий»
            if _valid(stem, nom):
                candidates.append(stem + nom)
    if not candidates and sex == "M" and case == "Loc" and low.endswith("е") and _valid(low[:-1], ""):
        candidates.append(low[:-1])  # «при Уильяме Тафте» → «Тафт»
    animate = [p.normal_form for p in parses if p.is_known and p.tag.POS == "NOUN" and p.tag.gender == "masc"
               and "anim" in p.tag.grammemes and p.tag.number == "sing"]
    if sex == "M" and animate and animate[0] not in candidates and any(animate[0].startswith(c) for c in candidates):
        return shape(animate[0], word)  # «Иисуса Христа» → «Христос», the dictionary's word (not a fleeting
        # vowel's: «Бени Ганца» is no «ганец»)
    soft = re.match(r"(.{3,})ь(?:я|ю|е|ем|ём)$", low)
    if sex == "M" and soft and animate and animate[0] == soft.group(1) + "ей":
        return shape(animate[0], word)  # «Джека Воробья» → «Воробей», «Сергея Соловья» → «Соловей»
    if not candidates:
        return word
    russian = [c for c in candidates if sex == "M" and c.endswith(MANS_SURNAME)]
    # «Тинькове» is «Тиньков» (a Russian surname), not the place «Тинькова»
    if sex == "M" and case == "Loc":
        # «о Моссадыке»: a man's surname ends in a consonant unless the dictionary knows
        # it in «-а» («о Бараке Обаме»)
        known = {p.normal_form for p in parses if p.is_known}
        ranked = sorted(candidates, key=lambda c: (c not in known, c.endswith(("а", "я")), c not in guessed))
    else:
        ranked = sorted(candidates, key=lambda c: c not in guessed)
    chosen = russian[0] if russian else ranked[0]
    if _FLEETING_E.search(chosen):
        chosen = chosen[:-1] + "ец"  # «Илью Муромца» → «Муромец», not «Муромц» (no name ends so)
    return spelled_as(chosen, word)  # «Звонарёвой» → «Звонарёва»


# a man's surname in «-ский», «-цкий» out of the nominative, which the guesser reads as an adjective
_MANS_SK_OBLIQUE = {"ского": "ский", "цкого": "цкий", "скому": "ский", "цкому": "цкий", "ским": "ский",
                    "цким": "цкий", "ском": "ский", "цком": "цкий"}
# endings of a Russian surname out of the nominative: «Шаргунову», «Ивановым», «Петровой»
# (not the locative «-ове», «-ине»: «Дэвид Чичиллине» is a nominative)
_RUSSIAN_OBLIQUE = ("ову", "еву", "ёву", "ину", "ыну", "овым", "евым", "ёвым", "иным", "ыным", "овой", "евой",
                    "ёвой", "иной", "ыной", "ской", "цкой", *_MANS_SK_OBLIQUE)
# endings no foreign name ends in, in the nominative, as Italian ones do in «-е» («Давиде»,
# «Симеоне») and Portuguese ones in «-у» («Адриану», «Данилу»): the instrumental, «-ю»
_NO_FOREIGN_NOMINATIVE = ("ом", "ем", "ём", "ым", "им", "ой", "ей", "ою", "ею", "ю")


def _surely_oblique(vocab, token: NameToken) -> str | None:
    """The nominative of a name no reading of which is nominative, whatever the tagger's
    case: the dictionary's name («Геной» → «Гена», «Корнилием» → «Корнилий»,
    «Прилепину» → «Прилепин») or, for a name it does not know, a Russian surname's
    («Шаргунову» → «Шаргунов», «в девичестве Пятковской» → «Пятковская», «переводе
    Смородинского» → «Смородинский»). None when
    some reading is a nominative («Анне», «Луговской»), when the word may be a foreign
    name in the nominative («Давиде», «Адриану»: the dictionary reads them as forms of
    «Давид», «Адриан») or only a vocative or a plural makes it a name («Аль», «Коль»)."""
    low = fold(token.text)
    parses = vocab.parse(low)
    if any(p.tag.case == "nomn" for p in parses):
        return None
    gender = OC_GENDER.get(token.gender or "")
    surname = low.endswith(_RUSSIAN_OBLIQUE)
    named = [p for p in parses if NAME_GRAMMEMES & set(p.tag.grammemes) and p.tag.number != "plur"
             and p.tag.case != "voct"
             and (surname and "Surn" in p.tag.grammemes or p.is_known and low.endswith(_NO_FOREIGN_NOMINATIVE))]
    # a reading in the tagger's case, whatever its gender («Юлию Хлынину»); else one in
    # the tagger's gender («предсказывала Ванга» is no genitive of a man's «Ванг»)
    cases = UD_CASES.get(token.case or "", set())
    named = [p for p in named if p.tag.case in cases] or [
        p for p in named if gender is None or p.tag.gender in (gender, None) or "ms-f" in p.tag.grammemes]
    if not named:
        ending = next((e for e in _MANS_SK_OBLIQUE if low.endswith(e)), None)  # «переводе Смородинского»
        return spelled_as(low[:-len(ending)] + _MANS_SK_OBLIQUE[ending], token.text) \
            if ending and len(low) > len(ending) + 2 else None
    best = max(named, key=lambda p: (p.is_known, p.tag.gender == gender, p.score))
    form = best.inflect({"Nom", "Sing"}) or best.inflect({"Nom"})
    return spelled_as(form.word, token.text) if form else None


def _epithet(parses, gender: str | None) -> str | None:
    """A dictionary adjective agreeing with the first name before it, in the nominative:
    «Екатерине Великой» → «Великая», «о Вениамине Блаженном» → «Блаженный», and surnames
    made of a stressed adjective («Луговым» → «Луговой», «Елены Мозговой» → «Мозговая»).
    Not an adjective in «-овый», «-иный» («Хромовой» is «Хромова», not «хромовая»;
    «Ромашковым» is «Ромашков»), nor a word that is also a name."""
    if gender is None or any(NAME_GRAMMEMES & set(p.tag.grammemes) for p in parses):
        return None
    for p in parses:
        if p.is_known and p.tag.POS == "ADJF" and p.tag.gender == gender and p.tag.number == "sing" \
                and not p.normal_form.endswith(_RUSSIAN_SURNAME_ADJECTIVES):
            form = p.inflect({"Nom", "Sing", UD_GENDER[gender]})
            if form:
                return form.word
    return None


def is_patronymic(vocab, word: str) -> bool:
    """«Владимирович», «Николаевна», «Ильич»: made from a first name the dictionary knows,
    or one the dictionary knows as a patronymic and not as a surname («Павлович»; unlike the
    surnames «Агранович», «Абрамович»)."""
    low = fold(word)
    m = PATRONYMIC.search(low)
    parses = vocab.parse(low)
    if not m or any("Surn" in p.tag.grammemes for p in parses):
        return False
    if any(p.is_known and "Patr" in p.tag.grammemes for p in parses):
        return True  # (the dictionary's: «Павлович», «Яковлевич», «Николаич», whose first name is not its stem)
    base = low[: m.start()]
    if base.endswith("ь"):
        candidates = [base[:-1] + "ий", base[:-1] + "ья", base]  # «Геннадьевич», «Ильич»
    elif m.group().startswith(("е", "ё")):
        candidates = [base + "й", base + "ий", base]
    elif m.group().startswith(("ич", "ин")):
        candidates = [base + "а", base + "я"]
    else:
        candidates = [base]
    return any(p.is_known and "Name" in p.tag.grammemes and p.tag.case == "nomn"
               for c in candidates for p in vocab.parse(c))


UD_GENDER = {"masc": "Masc", "femn": "Fem"}
OC_TO_UD_CASE = {"nomn": "Nom", "gent": "Gen", "datv": "Dat", "accs": "Acc", "ablt": "Ins", "loct": "Loc"}
