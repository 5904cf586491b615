"""People: from raw PER mentions to one entry per person.

Two steps, both pure functions of their inputs:

* :func:`name_mentions` turns the tokens of one NER span (with the morph tagger's case,
  gender and number) into clean nominative names: the span is cut at line breaks and
  brackets («Брендт Кристенсен (Brendt Christensen)»), titles, roles and descriptions
  before it are dropped («Христианка Асия Биби», «Принц Эдвард», «Премьер-министр
  Джон Говард») and so are verbs and function words after it («Мухаммед Мурси
  Свергнутый»; a short last syllable stays: «Ким Чон Нам»), initials are spaced
  («Т.Мэй» → «Т. Мэй»), and each word is put in the nominative: dictionary names
  through the morphology (``vocab`` is natasha's ``MorphVocab``), other names by the
  Russian declension of foreign names («Доминика Рааба» → «Доминик Рааб», «Макроном» →
  «Макрон»; «Мэй», «Пелоси» do not decline; «Поперечного» → «Поперечный»). A surname
  that names a thing after a person is no mention («центр имени Гамалеи», «ул.
  Милютина», «болезнь Паркинсона»).
* :func:`titled_names` adds the first names the NER misses after a title («пророка
  Мухаммеда», «апостола Павла»).
* :func:`merge_people` makes one entry per person: «Ильхамом Алиевым», «Алиев»,
  «Алиева» → «Ильхам Алиев». Two names the NER ran together are split first («говорил
  Собянин Путину»). Surnames are compared by their stem without case endings, so a form
  the normalizer missed still merges, and spellings one letter apart are one person
  («Тереза Май», «Баррет»); «Т. Мэй» joins «Тереза Мэй»; surname-only and
  first-name-only mentions, a family in the plural («Скрипали») and a first name with
  a patronymic («Виктор Фёдорович») join the person they belong to.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

from briefings.model import Entity, Span

_NAME_GRAMMEMES = frozenset({"Surn", "Name", "Patr"})


@dataclass(frozen=True, slots=True)
class NameMention:
    name: str  # normalized (nominative) form, e.g. "Ильхам Алиев", "Т. Мэй" or "Алиев"
    span: Span
    plural: bool = False  # a family: «братья Сафаровы»
    patronymic: bool = False  # a first name and a patronymic, no surname: «Мария Николаевна»
    parts: tuple[Span, ...] = ()  # where each word of ``name`` is in the text, when known
    titled: bool = False  # after a title («пророка Мухаммеда»): not the first name of another


@dataclass(frozen=True, slots=True)
class NameToken:
    """A token of a PER span with the morph tagger's features (UD names: Nom, Masc, Sing)."""

    text: str
    start: int
    stop: int
    case: str | None = None
    gender: str | None = None
    number: str | None = None


def fold(word: str) -> str:
    """Comparison key of a name part: lowercase, ё→е."""
    return word.lower().replace("ё", "е")


def _spelling(word: str) -> str:
    """Merge key of a name part: also э→е, so that transliteration variants of one
    foreign name («Мэй»/«Мей», «Дэвис»/«Девис») are one person."""
    return re.sub("[’‘ʼ`]", "'", fold(word).replace("э", "е"))  # «О’Рурк», «О'Рурк»


def _tokens(name: str) -> list[str]:
    return [t for t in name.replace("\u00a0", " ").split() if t]


def _is_initial(part: str) -> bool:
    return bool(re.fullmatch(r"(?:\w\.)+", part))


def _surname(parts: Sequence[str]) -> str | None:
    """The surname among a name's parts: the last part that is not initials
    («Т. Мэй», «Гаврилова А.В.»); None for initials only."""
    return next((p for p in reversed(parts) if not _is_initial(p)), None)


# -- normalization ----------------------------------------------------------------

_CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)
_VOWELS = set("аеёиоуыэюя")
_SENIORITY = re.compile(r"-(?:младш|старш)\w*$", re.IGNORECASE)
_UD_CASE = {"Gen": {"gent", "gen1", "gen2"}, "Dat": {"datv"}, "Acc": {"accs"}, "Ins": {"ablt"},
            "Loc": {"loct", "loc2"}, "Voc": {"voct"}}
_GENDER = {"Masc": "masc", "Fem": "femn"}

# Case endings of names the dictionary does not know: (ending, nominative ending, gender)
# with gender "M", "F" or "" (either). Tried in order; the morphology's guess breaks ties.
_DECLENSION = {
    "Gen": [("ии", "ия", ""), ("ского", "ский", "M"), ("цкого", "цкий", "M"), ("ого", "ой", "M"),
            ("ого", "ый", "M"), ("ого", "ий", "M"),
            ("ской", "ская", "F"), ("цкой", "цкая", "F"), ("ой", "а", "F"), ("ы", "а", ""),
            ("и", "а", ""), ("я", "ь", "M"), ("я", "й", "M"), ("а", "", "M")],
    "Dat": [("ии", "ия", ""), ("скому", "ский", "M"), ("цкому", "цкий", "M"), ("ому", "ой", "M"),
            ("ому", "ый", "M"), ("ому", "ий", "M"),
            ("ской", "ская", "F"), ("ой", "а", "F"), ("е", "а", ""), ("ю", "ь", "M"), ("ю", "й", "M"),
            ("у", "", "M")],
    "Acc": [("ию", "ия", ""), ("ского", "ский", "M"), ("цкого", "цкий", "M"), ("ого", "ой", "M"),
            ("ого", "ый", "M"), ("ого", "ий", "M"),
            ("скую", "ская", "F"), ("цкую", "цкая", "F"), ("у", "а", ""), ("ю", "я", ""),
            ("я", "ь", "M"), ("я", "й", "M"), ("а", "", "M")],
    "Ins": [("ией", "ия", ""), ("ским", "ский", "M"), ("цким", "цкий", "M"), ("ым", "", "M"),
            ("ым", "ый", "M"), ("им", "ий", "M"),
            ("ской", "ская", "F"), ("ой", "а", ""), ("ей", "я", ""), ("ом", "", "M"), ("ем", "ь", "M"),
            ("ем", "й", "M"), ("ем", "", "M")],
    "Loc": [("ии", "ия", ""), ("ском", "ский", "M"), ("ой", "а", "F"), ("е", "а", ""), ("е", "", "M"),
            ("е", "ь", "M")],
}
_PLURAL = [("ыми", "ы"), ("ими", "и"), ("ых", "ы"), ("их", "и"), ("ым", "ы"), ("им", "и"), ("ей", "и"),
           ("ами", "ы"), ("ями", "и"), ("ам", "ы"), ("ям", "и"), ("ах", "ы"), ("ях", "и"), ("ов", "ы")]
_VELAR = set("гкхжшчщ")


def _shape(word: str, like: str) -> str:
    """``word`` written like ``like``: «Алиев» for «АЛИЕВЫМ» stays upper case."""
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        # capitals inside the name stay where they were: «О'Рурка» → «О'Рурк», «МакКейна»
        return "".join(c.upper() if i < len(like) and like[i].isupper() else c
                       for i, c in enumerate(word[:1].upper() + word[1:]))
    return word


def _valid(stem: str, ending: str) -> bool:
    if len(stem) < 2:
        return False
    last = stem[-1]
    if ending == "ь" and last in "цжшчщ":
        return False  # «Курцем» is «Курц», not «Курць»
    if ending in ("", "ь"):
        return last not in _VOWELS and last not in "ьй"
    if ending == "й":
        return last in _VOWELS
    if ending in ("а", "я") and (last in _VOWELS or last in "ьъ"):
        return False
    if ending in ("ый", "ий") and stem.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return False  # «Ромашковым» is «Ромашков», not «Ромашковый»
    return True


def nominative(vocab, token: NameToken, plural: bool = False) -> str:
    """The nominative of one name word, from its case (morph tagger) and the dictionary."""
    word = token.text
    if "-" in word.strip("-"):
        # «Бушем-младшим» → «Буш-младший», «Немировича-Данченко»; particles stay («аль-», «-баши»)
        def part(p: str) -> str:
            if fold(p)[:5] in _SENIOR_NOM:
                return _SENIOR_NOM[fold(p)[:5]]
            if len(p) <= 3 or not p[:1].isupper():
                return p
            return nominative(vocab, NameToken(p, 0, 0, token.case, token.gender, token.number), plural)

        return "-".join(part(p) for p in word.split("-"))
    case = token.case
    if not _CYRILLIC.search(word) or case in (None, "Nom") or len(word) < 2:
        return word
    low = fold(word)
    cases = _UD_CASE.get(case, set())
    gender = _GENDER.get(token.gender or "")
    number = "Plur" if plural else "Sing"
    parses = [p for p in vocab.parse(low) if p.tag.case in cases]
    named = [p for p in parses if p.is_known and _NAME_GRAMMEMES & set(p.tag.grammemes)
             and (plural or p.tag.number != "plur")]  # «Касьян» is no plural of «Касьяна»
    if named:
        best = max(named, key=lambda p: (bool({gender, "ms-f"} & set(p.tag.grammemes)), p.score))
        form = best.inflect({"Nom", number}) or best.inflect({"Nom"})
        if form:
            return _shape(form.word, word)
    if plural:
        for ending, nom in _PLURAL:
            if low.endswith(ending) and len(low) - len(ending) >= 3:
                return _shape(low[: -len(ending)] + nom, word)
        return word
    sex = {"masc": "M", "femn": "F"}.get(gender or "", "")
    if sex == "F" and low[-1] not in _VOWELS:
        return word  # «Мэй», «Меркель»: feminine names in a consonant do not decline
    guessed = {p.normal_form for p in parses}
    candidates = []
    for ending, nom, g in _DECLENSION.get(case, ()):
        if g and sex and g != sex:
            continue
        if low.endswith(ending):
            stem = low[: len(low) - len(ending)]
            if ending == "и" and (stem[-1:] not in _VELAR or stem + nom not in guessed):
                continue  # «Ольги» → «Ольга», but «Бенедучи», «Фаучи» do not decline
            if ending == "е" and stem + nom not in guessed \
                    and not (nom == "" and sex == "M" and stem.endswith(("ов", "ев", "ёв", "ин", "ын"))):
                continue  # «Раабе» → «Рааб», but «Барнье» does not decline
            if nom in ("ый", "ий") and not ending.startswith(("ск", "цк")) and stem + nom not in guessed:
                continue  # «Поперечного» → «Поперечный» (an adjective), but not «Таким» → «Такий»
            if _valid(stem, nom):
                candidates.append(stem + nom)
    if not candidates:
        return word
    russian = [c for c in candidates if sex == "M" and c.endswith(("ов", "ев", "ёв", "ин", "ын"))]
    # «Тинькове» is «Тиньков» (a Russian surname), not the place «Тинькова»
    chosen = russian[0] if russian else next((c for c in candidates if c in guessed), candidates[0])
    return _shape(chosen, word)


_PATRONYMIC = re.compile(r"(?:[оеё]вич|[оеё]вна|ьич|ична|инична|ич)$")
def _is_patronymic(vocab, word: str) -> bool:
    """«Владимирович», «Николаевна», «Ильич»: made from a first name the dictionary knows
    (unlike the surnames «Агранович», «Абрамович»)."""
    low = fold(word)
    m = _PATRONYMIC.search(low)
    if not m or any("Surn" in p.tag.grammemes for p in vocab.parse(low)):
        return False
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


_FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "INTJ", "NPRO", "ADVB", "PRED", "NUMR"})
_VERBAL_POS = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND"})
_DESCRIPTIVE_POS = frozenset({"ADJF", "PRTF", "INFN", "GRND", "COMP"})
_PROPER = frozenset({"Geox", "Orgn", "Trad"})  # place, organization, brand names
_HONORIFICS = frozenset("сэр мистер миссис мисс фрау герр синьор синьора сеньор сеньора месье мсье мадам "
                        "господин госпожа леди лорд".split())
_CREDIT_WORDS = frozenset({"фото", "видео", "коллаж", "иллюстрация", "источник", "автор"})
_SENIOR_NOM = {"младш": "младший", "старш": "старший"}


def _glued(tokens: Sequence[NameToken]) -> list[NameToken]:
    """Tokens written together around an apostrophe or hyphen are one word: «О'Лири»."""
    out: list[NameToken] = []
    for tok in tokens:
        prev = out[-1] if out else None
        if prev and prev.stop == tok.start and (tok.text in "'’‘ʼ`-" or prev.text[-1:] in "'’‘ʼ`-") \
                and tok.text not in ("(", ")", ".", ","):
            out[-1] = NameToken(prev.text + tok.text, prev.start, tok.stop, prev.case or tok.case,
                                prev.gender or tok.gender, prev.number or tok.number)
        else:
            out.append(tok)
    return [_unquoted(t) for t in out]


def _unquoted(tok: NameToken) -> NameToken:
    """A quote glued to the end of a name is no part of it: «'Стив Ирвин'»."""
    text = tok.text.rstrip("'’‘ʼ`")
    if len(text) < 2 or text == tok.text:
        return tok
    return NameToken(text, tok.start, tok.start + len(text), tok.case, tok.gender, tok.number)


def _break_between(text: str, left: NameToken, right: NameToken) -> bool:
    return "\n" in text[left.stop:right.start]


_AGED = re.compile(r"летн(?:ий|яя|ее|ие|его|ей|ему|им|ем|юю|их|ими)$")  # «Семидесятилетний»


def is_plain_word(vocab, word: str) -> bool:
    """A word of the dictionary that is not a name, or an age («Семидесятилетний»): a
    one-word mention made of it is no person."""
    return _is_common_word(vocab, word, "alone")


def _is_common_word(vocab, word: str, edge: str) -> bool:
    """A dictionary word that is not a name: «Христианка», «Свергнутый», «За»; ``edge``
    is where it stands in the mention: "head", "tail" or "alone"."""
    if not _CYRILLIC.search(word) or "-" in word:
        return False
    if edge != "tail" and _AGED.search(fold(word)):
        return True  # «Шестидесятивосьмилетняя Руссефф»: the dictionary may not know it
    parses = vocab.parse(fold(word))
    if not parses or not all(p.is_known for p in parses):
        return False
    if any(_NAME_GRAMMEMES & set(p.tag.grammemes) for p in parses):
        return False
    if edge == "alone":
        return True
    if fold(word) in _CREDIT_WORDS or (edge == "head" and fold(word) in _HONORIFICS):
        return True  # «Фото Иван Петров», «Сэр Алекс Фергюсон»
    if all(p.tag.POS in _FUNCTION_POS for p in parses):
        return True
    if len(word) < 4:
        return False  # «Пан Ги Мун», «Ким» stay
    if edge == "tail":
        # a trailing noun or adjective may be a surname that is also a word («Мороз»,
        # «Искусных», «Лидс»): drop only verbs, participles and function words
        return all(p.tag.POS in _FUNCTION_POS or p.tag.POS in _VERBAL_POS for p in parses)
    # before a name: a title, a role or a description of a person («Христианка», «Принц»,
    # «Восьмидесятилетний»), not a thing or a place that is also a first name («Нора»,
    # «Азия», «Серена»: a participle form of «серить»)
    return any(p.tag.POS in _DESCRIPTIVE_POS or (p.tag.POS == "NOUN" and "anim" in p.tag.grammemes)
               for p in parses) or len(word) >= 8  # … or a long word for a thing («Перезахоронение»)


_INITIALS_BEFORE = r"(?:[А-ЯЁ]\.\s*){0,3}"
_EPONYM_BEFORE = re.compile(r"(?:(?<!по )\bимени|\bим\.)\s*" + _INITIALS_BEFORE + r"$")  # not «по имени Антон»
# Things named after a person: «центр Гамалеи», «улица Ленина», «болезнь Паркинсона»,
# «премия Соннинга», «пистолеты марки Беретта».
_EPONYM_NOUN = re.compile(
    r"(?i)(?:\b(?:центр|институт|университет|музе|театр|улиц|проспект|переул|бульвар|площад|"
    r"набережн|болезн|синдром|вакцин)\w*|\bпреми(?:я|и|ю|ей|ям|ях|ями)|\bмарк(?:а|и|у|ой|е)"
    r"|\bул\.|\bпр\.|\bпер\.)\s*$")


_STREET = re.compile(r"(?i)ул\.|улиц|проспект|пр\.|переул|пер\.|бульвар|площад|набережн")


def _is_given(vocab, word: str) -> bool:
    return any(p.is_known and "Name" in p.tag.grammemes for p in vocab.parse(fold(word)))


def name_mentions(tokens: Sequence[NameToken], text: str, vocab=None) -> list[NameMention]:
    """Clean nominative names in one PER span (usually one; several when it spans lines).

    A mention right after «имени»/«им.» is part of an organization's name («центр имени
    Гамалеи») and gives no person; so is a lone surname in the genitive after a noun that
    names a thing after a person («центром Чумакова», «ул. Милютина», «болезнь
    Альцгеймера»).
    """
    if tokens and _EPONYM_BEFORE.search(text, max(0, tokens[0].start - 40), tokens[0].start):
        # «центра имени Чумакова Айдара Ишмухаметова»: a surname, then a first name and a
        # surname: the person after the name of the institution is a mention
        if vocab is not None and len(tokens) >= 3 and not _is_given(vocab, tokens[0].text) \
                and _is_given(vocab, tokens[1].text):
            return name_mentions(tokens[1:], text, vocab)
        return []
    if len(tokens) == 1 and re.match(r"[ \u00a0]?(?:…|\.\.\.)", text[tokens[0].stop:tokens[0].stop + 4]) \
            and vocab is not None and not any(p.is_known for p in vocab.parse(fold(tokens[0].text))):
        return []  # a word cut short in a teaser: «представитель Демократиче …» (not «Ванга …»)
    if len(tokens) == 1:
        before = _EPONYM_NOUN.search(text, max(0, tokens[0].start - 40), tokens[0].start)
        if before and (tokens[0].case in ("Gen", None) or _STREET.match(before.group())):
            return []
    tokens = _glued(tokens)
    chunks: list[list[NameToken]] = [[]]
    depth = 0
    for i, tok in enumerate(tokens):
        if i and _break_between(text, tokens[i - 1], tok) and chunks[-1]:
            chunks.append([])
        if tok.text in ("(", "[", "«", "„"):
            depth += 1  # «Брендт Кристенсен (Brendt Christensen)», «Джеймс «Бадди» Макгирт»
            continue
        if tok.text in (")", "]", "»", "“"):
            depth = max(0, depth - 1)
            continue
        if depth:
            continue
        if tok.text in (",", ";", '"', "”", "—", "–", ":", "|", "/"):
            if chunks[-1]:
                chunks.append([])
            continue
        chunks[-1].append(tok)
    out = []
    for chunk in chunks:
        mention = _chunk_name(chunk, vocab)
        if mention:
            out.append(mention)
    return out


_UD_GENDER = {"masc": "Masc", "femn": "Fem"}
_OC_TO_UD_CASE = {"nomn": "Nom", "gent": "Gen", "datv": "Dat", "accs": "Acc", "ablt": "Ins", "loct": "Loc"}


def _by_first_name(vocab, first: str, case: str, gender: str | None) -> tuple[str, str | None]:
    """Case and gender of a name from its first name when the dictionary is sure of it:
    one gender for all its parses as a first name, and the tagged case among them (else
    the only case they allow)."""
    named = [p for p in vocab.parse(fold(first)) if p.is_known and "Name" in p.tag.grammemes]
    genders = {p.tag.gender for p in named}
    if len(genders) != 1 or None in genders:
        return case, gender
    gender = _UD_GENDER.get(genders.pop(), gender)
    cases = {_OC_TO_UD_CASE.get(p.tag.case) for p in named}
    if case not in cases and len(cases) == 1:
        case = cases.pop() or case
    return case, gender


def _chunk_name(chunk: list[NameToken], vocab) -> NameMention | None:
    # words and initials: «В», «.» → initial «В.»; a lone capital letter is an initial too
    items: list[tuple[str, NameToken | None, int, int]] = []  # (kind, token, start, stop)
    i = 0
    while i < len(chunk):
        tok = chunk[i]
        if re.fullmatch(r"[^\W\d_]", tok.text) and tok.text.isupper():
            stop = tok.stop
            if i + 1 < len(chunk) and chunk[i + 1].text == ".":
                stop = chunk[i + 1].stop
                i += 1
            items.append(("initial", tok, tok.start, stop))
        elif re.fullmatch(r"[^\W\d_][\w'’‘ʼ-]*", tok.text) and not re.search(r"\d|^\w-", tok.text):
            items.append(("word", tok, tok.start, tok.stop))
        i += 1
    words = [it for it in items if it[0] == "word"]
    if not words:
        return None
    if vocab is not None:
        while len(words) > 1 and (_is_common_word(vocab, words[0][1].text, "head")
                                  or is_word_compound(vocab, words[0][1].text)):  # «Премьер-министр»
            items.remove(words.pop(0))
        while len(words) > 1 and _is_common_word(vocab, words[-1][1].text, "tail") \
                and (len(words[-1][1].text) > 3 or _is_common_word(vocab, words[-2][1].text, "tail")):
            # a short last syllable that is also a word stays: «Ким Чон Нам», «Пак Кын Хе»,
            # «Стэнли Хо», «Ли На»; not after another word that is dropped («… Если Вы»)
            items.remove(words.pop())
    trailing_initials = items[0][0] == "word" and len(words) == 1 and len(items) > 1 \
        and all(k == "initial" for k, *_ in items[1:])
    # cut dangling initials at the end («Обама Б.» is kept, written as such, above)
    while items[-1][0] == "initial" and not trailing_initials:
        items.pop()
    if not items[0][1].text[:1].isupper():
        return None
    plural = len(words) == 1 and words[0][1].number == "Plur" and not any(k == "initial" for k, *_ in items)
    last = words[-1][1]
    if len(words) > 1 and last.case not in (None, "Nom"):
        # the parts of a name agree: «Доминика Рааба» is the genitive of «Доминик Рааб»;
        # a first name the dictionary knows corrects the tagger when the surname has a
        # feminine form («Хельга Филиппова» is a woman in the nominative even when tagged
        # masculine genitive)
        case, gender = last.case, last.gender
        if vocab is not None and re.search(r"(?:[оеё]ва|[иы]на|[ая]я)$", last.text):
            case, gender = _by_first_name(vocab, words[0][1].text, case, gender)
        items = [(k, NameToken(t.text, t.start, t.stop, case, gender, t.number) if k == "word" else t, a, b)
                 for k, t, a, b in items]
    parts = []
    for n, (kind, tok, _, _) in enumerate(items):
        if kind == "initial":
            if trailing_initials and n > 1 and items[n - 1][3] == items[n][2]:
                parts[-1] += tok.text.upper() + "."  # «Гаврилова А.В.» stays as written
            else:
                parts.append(tok.text.upper() + ".")
        elif vocab is not None and len(items) == 1 and _is_common_word(vocab, tok.text, "alone"):
            parts.append(tok.text)  # «Отставки», «Католичке»: kept as written, not made a name
        elif vocab is not None:
            parts.append(nominative(vocab, tok, plural))
        else:
            parts.append(tok.text)
    start = min(it[2] for it in items)
    stop = max(it[3] for it in items)
    patronymic = len(parts) == 2 and len(words) == 2 and vocab is not None and _is_patronymic(vocab, parts[1])
    bounds = tuple(Span(it[2], it[3]) for it in items) if len(parts) == len(items) else ()
    return NameMention(" ".join(parts), Span(start, stop), plural, patronymic, bounds)


def is_word_compound(vocab, word: str) -> bool:
    """A hyphenated compound of common words, not a double name: «Даунинг-стрит»,
    «Смертник-талиб», «Экс-вице-президент», «Республиканцы-выборщики», «Позор-то» (but
    «Римский-Корсаков», «Немирович-Данченко», «Буш-младший», «Азия-Биби» are names).
    The first part is a dictionary noun that is not a name (nor a place: «Азия-Биби»); or
    a part after the hyphen is written in lower case and is a dictionary word of four
    letters or more (not «младший»/«старший», not a particle: «Саиф-ул-Мулук»); or the
    first part is no first name and a later one is a thing («Даунинг-Стрит»; not
    «Жан-Батист»)."""
    parts = [p for p in word.split("-") if p]
    if len(parts) < 2 or not _CYRILLIC.search(word):
        return False

    def common(part: str, nouns_only: bool) -> bool:
        parses = vocab.parse(fold(part))
        if not parses or not all(p.is_known for p in parses) \
                or any((_NAME_GRAMMEMES | _PROPER) & set(p.tag.grammemes) for p in parses):
            return False
        return not nouns_only or all(p.tag.POS == "NOUN" for p in parses)

    if common(parts[0], nouns_only=True):
        return True
    if any(p[:1].islower() and len(p) > 3 and fold(p)[:5] not in _SENIOR_NOM
           and common(p, nouns_only=False) for p in parts[1:]):  # «Саиф-ул-Мулук» stays
        return True
    if any(p.is_known and _NAME_GRAMMEMES & set(p.tag.grammemes) for p in vocab.parse(fold(parts[0]))):
        return False  # «Жан-Батист», «Анна-Мария»
    # «Даунинг-Стрит»: a thing, not a second surname
    return any(len(p) > 3 and common(p, nouns_only=True)
               and all("inan" in q.tag.grammemes for q in vocab.parse(fold(p))) for p in parts[1:])


# Titles written before a bare first name that the NER often misses: «пророка Мухаммеда»,
# «апостола Павла», «святого Петра», «короля Карла» (lemmas).
_TITLES = frozenset(
    "пророк апостол святой святая святитель преподобный архангел евангелист великомученик "
    "король королева принц принцесса царь царица император императрица князь княгиня княжна "
    "герцог герцогиня граф графиня султан эмир шейх халиф хан фараон имам аятолла мулла "
    "патриарх митрополит архиепископ епископ ксендз пастор".split())


def titled_names(tokens: Sequence, vocab, taken: Sequence[Span]) -> list[NameMention]:
    """First names right after a title that the NER missed: «оскорбление пророка Мухаммеда»
    → «Мухаммед». ``tokens`` are the text's tokens (``.text``, ``.start``, ``.stop``);
    ``taken`` the spans the NER already tagged. The word must be capitalized, alone (no
    capitalized word after it) and a first name in the dictionary or not a dictionary word
    at all («папа Римский», «король Испании» give nothing)."""
    out = []
    for i in range(1, len(tokens)):
        word, title = tokens[i], tokens[i - 1]
        if not (word.text[:1].isupper() and word.text[1:].islower() and _CYRILLIC.search(word.text)):
            continue
        low = fold(title.text)
        if low[:3] not in _TITLE_PREFIXES:
            continue
        titles = [p for p in vocab.parse(low) if p.normal_form.replace("ё", "е") in _TITLES]
        cases = {p.tag.case for p in titles}
        if not cases or any(s.start <= word.start < s.stop for s in taken):
            continue
        after = tokens[i + 1].text if i + 1 < len(tokens) else ""
        if after[:1].isupper():
            continue
        parses = vocab.parse(fold(word.text))
        named = [p for p in parses if p.is_known and "Name" in p.tag.grammemes and p.tag.case in cases]
        if named:
            name = _shape(named[0].normal_form, word.text)
        elif parses and any(p.is_known for p in parses):
            continue
        else:
            case = _OC_TO_UD_CASE.get(titles[0].tag.case)
            gender = "Fem" if titles[0].tag.gender == "femn" else "Masc"
            name = nominative(vocab, NameToken(word.text, word.start, word.stop, case, gender, "Sing"))
        out.append(NameMention(name, Span(word.start, word.stop), titled=True))
    return out


_TITLE_PREFIXES = frozenset(t[:3] for t in _TITLES)


# -- merging ------------------------------------------------------------------------

_CASE_ENDINGS = sorted(
    "ами ями ого его ому ему ыми ими ой ей ом ем ым им ых их ую юю ая яя ий ый ах ях ам ям а я у ю е ы и ь й".split(),
    key=len, reverse=True)


_PARTICLES = frozenset("аль ал эль ас ад аш ат ан ар аз уль ибн бин бен абу ди де да дю ла ле фон ван".split())


def stem(word: str) -> str:
    """A name part without its case ending: «Обамы», «Обамой» → «обам»; «Алиева» → «алиев»."""
    w = _SENIORITY.sub("", _spelling(word))
    if "-" in w.strip("-"):
        parts = w.split("-")
        while len(parts) > 1 and parts[0] in _PARTICLES:
            parts = parts[1:]  # «аль-Завахири» is «Завахири»
        return "-".join(stem(part) for part in parts)  # «Азию-Биби», «Азии-Биби»
    for ending in _CASE_ENDINGS:
        if w.endswith(ending) and len(w) - len(ending) >= 3:
            return w[: -len(ending)]
    return w


def _ordered(parts: list[str]) -> list[str]:
    """A list-style name, surname first, in the order of the other forms for merging:
    «Кораблёв Глеб Вячеславович» → «Глеб Вячеславович Кораблёв» (the name shown stays
    as written)."""
    if len(parts) == 3 and not any(_is_initial(p) for p in parts) \
            and _PATRONYMIC.search(fold(parts[2])) and not _PATRONYMIC.search(fold(parts[1])):
        return [parts[1], parts[2], parts[0]]
    return parts


def _surname_key(name: str) -> str:
    return stem(_surname(_tokens(name)) or _tokens(name)[-1])


def _has_surname(parts: Sequence[str]) -> bool:
    """A full name: two parts or more, one of them a surname, not only a first name and
    initials after it… («Т. Мэй», «Тереза Мэй», «Гаврилова А.В.»)."""
    return len(parts) >= 2 and _surname(parts) is not None


def _split_glued(mentions: list[NameMention], is_given_name: Callable[[str], bool]) -> list[NameMention]:
    """Two people the NER ran together («говорил Собянин Путину», «Мэй Джонсон») become two
    mentions: a name splits where both halves end in a surname that other mentions of
    the text use as a surname (the first one in a full name: «Сергей Собянин»; the second
    may instead be a full name itself: «Асии Биби Саиф уль-Малук»), the
    second half starts with a capital and the first is not a lone first name
    (``is_given_name``: «Александр Жуков» stays whole next to an «Аарон Александр»)."""
    full_surnames: Counter[str] = Counter()
    surnames: Counter[str] = Counter()
    for m in mentions:
        if m.patronymic:
            continue
        parts = _tokens(m.name)
        key = _surname_key(m.name)
        surnames[key] += 1
        if _has_surname(parts) and not _is_initial(parts[-1]):
            full_surnames[key] += 1
    out = []
    for m in mentions:
        parts = _tokens(m.name)
        if len(parts) < 2 or len(m.parts) != len(parts) or m.patronymic:
            out.append(m)
            continue
        own = _surname_key(m.name)
        for k in range(len(parts) - 1, 0, -1):
            left, right = parts[:k], parts[k:]
            if _is_initial(left[-1]) or _is_initial(right[-1]) or not right[0][:1].isupper() \
                    or _PATRONYMIC.search(fold(right[-1])) \
                    or (len(left) == 1 and is_given_name(left[0])):
                continue
            key_left, key_right = stem(left[-1]), stem(right[-1])
            # (a short first word is an East Asian family name: «Пак Кын Хе» stays whole)
            right_known = surnames[key_right] - (key_right == own) >= 1 or (len(right) >= 2 and len(left[-1]) > 3)
            if full_surnames[key_left] - (key_left == own) >= 1 and right_known:
                out.append(NameMention(" ".join(left), Span(m.span.start, m.parts[k - 1].stop), parts=m.parts[:k]))
                out.append(NameMention(" ".join(right), Span(m.parts[k].start, m.span.stop), parts=m.parts[k:]))
                break
        else:
            out.append(m)
    return out


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one letter replaced, added or dropped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), len(a))
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def _variants_merged(full: dict[tuple[str, str], list[NameMention]]) -> dict[tuple[str, str], list[NameMention]]:
    """Spellings of one name in one text are one person: «Тереза Май» and «Тереза Мэй»,
    «Хорст Зеехофер» and «Хорст Зеерхофер»: the same first name and surnames one letter
    apart (surnames of four letters or more, or a vowel for a vowel)."""
    def firsts(group: list[NameMention]) -> set[str]:
        return {stem(p[0]) for p in (_ordered(_tokens(m.name)) for m in group) if not _is_initial(p[0])}

    out: dict[tuple[str, str], list[NameMention]] = defaultdict(list)
    for key, group in sorted(full.items(), key=lambda kv: -len(kv[1])):
        same = next((k for k in out if k[0] == key[0] and _one_edit(k[1], key[1]) and firsts(out[k]) & firsts(group)
                     and (min(len(k[1]), len(key[1])) >= 4 or _vowel_swap(k[1], key[1]))), None)
        out[same or key].extend(group)
    return out


def _vowel_swap(a: str, b: str) -> bool:
    return len(a) == len(b) and all(x == y or (x in _VOWELS and y in _VOWELS) for x, y in zip(a, b))


def merge_people(
    mentions: Iterable[NameMention],
    is_person_word: Callable[[str], bool] = lambda word: True,
    is_given_name: Callable[[str], bool] = lambda word: False,
) -> list[Entity]:
    """One ``Entity`` per person, ordered by mentions (then first appearance).

    ``is_person_word(word)`` tells whether a single capitalized word can be a
    person's name at all (a morphology check: «Кремль», «Президенты» cannot); it is
    only asked about one-word mentions that no full name in the text explains;
    ``is_given_name(word)`` whether a word is a first name (a dictionary check), so that
    two names run together are told from one.
    """
    mentions = _split_glued(list(mentions), is_given_name)
    full: dict[tuple[str, str], list[NameMention]] = defaultdict(list)
    for m in mentions:
        parts = _ordered(_tokens(m.name))
        if _has_surname(parts) and not m.patronymic:
            first = parts[0] if _is_initial(parts[0]) or not _is_initial(parts[-1]) else parts[-1]
            full[(fold(first)[:1], stem(_surname(parts) or parts[-1]))].append(m)
    full = _variants_merged(full)

    by_surname: dict[str, list[tuple[str, str]]] = defaultdict(list)
    by_first: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key, group in full.items():
        by_surname[key[1]].append(key)
        for m in group:
            parts = _ordered(_tokens(m.name))
            if stem(_surname(parts) or parts[-1]) != key[1]:
                by_surname[stem(_surname(parts) or parts[-1])].append(key)  # a spelling variant
            if not (_is_initial(parts[0]) or _is_initial(parts[-1])):
                by_first[stem(parts[0])].append(key)

    # a word also written alone is a surname: «Михаил Агранович» … «Агранович»
    alone = {stem(m.name) for m in mentions if len(_tokens(m.name)) == 1}
    for m in mentions:
        parts = _tokens(m.name)
        if m.patronymic and stem(parts[-1]) in alone:
            full[(fold(parts[0])[:1], stem(parts[-1]))].append(m)
    persons: dict[tuple[str, str], list[NameMention]] = {k: list(v) for k, v in full.items()}
    singles: dict[str, list[NameMention]] = defaultdict(list)
    for m in mentions:
        parts = _tokens(m.name)
        if m.patronymic and stem(parts[-1]) not in alone:
            # «Владимир Владимирович» joins «Владимир Владимирович Путин»; «Олег
            # Аронович» stays apart from an «Олег Иванов» (another person as often as not)
            same_first = list(dict.fromkeys(by_first.get(stem(parts[0]), [])))
            owners = [k for k in same_first
                      if any(stem(parts[1]) in {stem(p) for p in _ordered(_tokens(x.name))[1:-1]}
                             for x in persons[k])]
            if not owners and len(same_first) == 1:
                owners = same_first
            if len(owners) == 1:
                persons[owners[0]].append(m)
            else:
                persons.setdefault((fold(parts[0])[:1], stem(parts[-1])), []).append(m)
            continue
        if len(parts) != 1:
            continue
        word = stem(parts[0])
        owners = list(dict.fromkeys(by_surname.get(word, [])))  # «Скрипали» join «Сергей Скрипаль»
        if not owners and not m.plural and not m.titled:
            owners = list(dict.fromkeys(by_first.get(word, [])))
        if not owners and not m.plural and len(word) >= 5:  # «Баррет» joins «Майкл Дэвид Баретт»
            owners = [k for surname, keys in by_surname.items() if len(surname) >= 5 and _one_edit(surname, word)
                      for k in dict.fromkeys(keys)]
        if owners:
            best = max(owners, key=lambda k: (len(persons[k]), -persons[k][0].span.start))
            persons[best].append(m)
        else:
            singles[(word, m.plural)].append(m)

    entities = []
    for group in persons.values():
        entities.append(_entity(group))
    for group in singles.values():
        if is_person_word(group[0].name):
            entities.append(_entity(group))
    entities.sort(key=lambda e: (-e.mentions, e.spans[0].start))
    return entities


def _entity(group: list[NameMention]) -> Entity:
    spans = tuple(sorted(m.span for m in group))
    # the fullest form: most words (initials count less), in the usual order, then the most
    # frequent spelling, then first seen
    counts: Counter[str] = Counter(m.name for m in group)

    def fullness(n: str) -> int:
        parts = _tokens(n)
        return min(sum(1 if _is_initial(p) else 2 for p in parts), 6)

    name = max(counts, key=lambda n: (fullness(n), not _SENIORITY.search(n), _ordered(_tokens(n)) == _tokens(n),
                                      counts[n], -_first(group, n)))
    ordered = _ordered(_tokens(name))
    if ordered != _tokens(name) and any(_tokens(n)[0] == ordered[0] and len(_tokens(n)) > 1 for n in counts):
        name = " ".join(ordered)  # «Грызлов Борис Вячеславович» and «Борис Грызлов» in one text
    return Entity(kind="people", name=name, mentions=len(group), spans=spans)


def _first(group: list[NameMention], name: str) -> int:
    return min(m.span.start for m in group if m.name == name)
