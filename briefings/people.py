"""People: from raw PER mentions to one entry per person.

Two steps, both pure functions of their inputs:

* :func:`name_mentions` turns the tokens of one NER span (with the morph tagger's case,
  gender and number) into clean nominative names: the span is cut at line breaks and
  brackets («Брендт Кристенсен (Brendt Christensen)»), common words at its edges are
  dropped («Христианка Асия Биби», «Мухаммед Мурси Свергнутый»), initials are spaced
  and put first («Т.Мэй» → «Т. Мэй», «Симоньян М. С.» → «М. С. Симоньян»), and each
  word is put in the nominative: dictionary names through the morphology (``vocab`` is
  natasha's ``MorphVocab``), other names by the Russian declension of foreign names
  («Доминика Рааба» → «Доминик Рааб», «Макроном» → «Макрон»; «Мэй», «Пелоси» do not
  decline).
* :func:`merge_people` makes one entry per person: «Ильхамом Алиевым», «Алиев»,
  «Алиева» → «Ильхам Алиев». Surnames are compared by their stem without case endings,
  so a form the normalizer missed still merges; «Т. Мэй» joins «Тереза Мэй»;
  surname-only and first-name-only mentions join the person they belong to.
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
    return fold(word).replace("э", "е")


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
            ("ской", "ская", "F"), ("цкой", "цкая", "F"), ("ой", "а", "F"), ("ы", "а", ""),
            ("и", "а", ""), ("я", "ь", "M"), ("я", "й", "M"), ("а", "", "M")],
    "Dat": [("ии", "ия", ""), ("скому", "ский", "M"), ("цкому", "цкий", "M"), ("ому", "ой", "M"),
            ("ской", "ская", "F"), ("ой", "а", "F"), ("е", "а", ""), ("ю", "ь", "M"), ("ю", "й", "M"),
            ("у", "", "M")],
    "Acc": [("ию", "ия", ""), ("ского", "ский", "M"), ("цкого", "цкий", "M"), ("ого", "ой", "M"),
            ("скую", "ская", "F"), ("цкую", "цкая", "F"), ("у", "а", ""), ("ю", "я", ""),
            ("я", "ь", "M"), ("я", "й", "M"), ("а", "", "M")],
    "Ins": [("ией", "ия", ""), ("ским", "ский", "M"), ("цким", "цкий", "M"), ("ым", "", "M"),
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
        return word[:1].upper() + word[1:]
    return word


def _valid(stem: str, ending: str) -> bool:
    if len(stem) < 2:
        return False
    last = stem[-1]
    if ending in ("", "ь"):
        return last not in _VOWELS and last not in "ьй"
    if ending == "й":
        return last in _VOWELS
    if ending in ("а", "я") and (last in _VOWELS or last in "ьъ"):
        return False
    if ending == "ь" and last in "цжшчщ":
        return False
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
    named = [p for p in parses if p.is_known and _NAME_GRAMMEMES & set(p.tag.grammemes)]
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
            if ending == "е" and stem + nom not in guessed:
                continue  # «Раабе» → «Рааб», but «Барнье» does not decline
            if _valid(stem, nom):
                candidates.append(stem + nom)
    if not candidates:
        return word
    chosen = next((c for c in candidates if c in guessed), candidates[0])
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
_SENIOR_NOM = {"младш": "младший", "старш": "старший"}


def _glued(tokens: Sequence[NameToken]) -> list[NameToken]:
    """Tokens written together around an apostrophe or hyphen are one word: «О'Лири»."""
    out: list[NameToken] = []
    for tok in tokens:
        prev = out[-1] if out else None
        if prev and prev.stop == tok.start and (tok.text in "'’`-" or prev.text[-1:] in "'’`-") \
                and tok.text not in ("(", ")", ".", ","):
            out[-1] = NameToken(prev.text + tok.text, prev.start, tok.stop, prev.case or tok.case,
                                prev.gender or tok.gender, prev.number or tok.number)
        else:
            out.append(tok)
    return out


def _break_between(text: str, left: NameToken, right: NameToken) -> bool:
    return "\n" in text[left.stop:right.start]


def _is_common_word(vocab, word: str, edge: str) -> bool:
    """A dictionary word that is not a name: «Христианка», «Свергнутый», «За»."""
    if not _CYRILLIC.search(word) or "-" in word:
        return False
    parses = vocab.parse(fold(word))
    if not parses or not all(p.is_known for p in parses):
        return False
    if any(_NAME_GRAMMEMES & set(p.tag.grammemes) for p in parses):
        return False
    function = all(p.tag.POS in _FUNCTION_POS for p in parses)
    if edge == "tail":
        # a trailing noun or adjective may be a surname that is also a word («Мороз»,
        # «Искусных», «Лидс»): drop only verbs, participles and function words
        return all(p.tag.POS in _FUNCTION_POS or p.tag.POS in _VERBAL_POS for p in parses)
    return function or len(word) >= 4  # «Пан Ги Мун», «Ким» stay


def name_mentions(tokens: Sequence[NameToken], text: str, vocab=None) -> list[NameMention]:
    """Clean nominative names in one PER span (usually one; several when it spans lines).

    A mention right after «имени»/«им.» is part of an organization's name («центр имени
    Гамалеи») and gives no person.
    """
    if tokens and re.search(r"(?:\bимени|\bим\.)\s*$", text[max(0, tokens[0].start - 8):tokens[0].start]):
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
        elif re.fullmatch(r"[^\W\d_][\w'’-]*", tok.text) and not re.search(r"\d|^\w-", tok.text):
            items.append(("word", tok, tok.start, tok.stop))
        i += 1
    words = [it for it in items if it[0] == "word"]
    if not words:
        return None
    if vocab is not None:
        while len(words) > 1 and _is_common_word(vocab, words[0][1].text, "head"):
            items.remove(words.pop(0))
        while len(words) > 1 and _is_common_word(vocab, words[-1][1].text, "tail"):
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
        # the parts of a name agree: «Доминика Рааба» is the genitive of «Доминик Рааб»
        items = [(k, NameToken(t.text, t.start, t.stop, last.case, last.gender, t.number) if k == "word" else t, a, b)
                 for k, t, a, b in items]
    parts = []
    for n, (kind, tok, _, _) in enumerate(items):
        if kind == "initial":
            if trailing_initials and n > 1 and items[n - 1][3] == items[n][2]:
                parts[-1] += tok.text.upper() + "."  # «Гаврилова А.В.» stays as written
            else:
                parts.append(tok.text.upper() + ".")
        elif vocab is not None:
            parts.append(nominative(vocab, tok, plural))
        else:
            parts.append(tok.text)
    start = min(it[2] for it in items)
    stop = max(it[3] for it in items)
    patronymic = len(parts) == 2 and len(words) == 2 and vocab is not None and _is_patronymic(vocab, parts[1])
    return NameMention(" ".join(parts), Span(start, stop), plural, patronymic)


# -- merging ------------------------------------------------------------------------

_CASE_ENDINGS = sorted(
    "ами ями ого его ому ему ыми ими ой ей ом ем ым им ых их ую юю ая яя ий ый ах ях ам ям а я у ю е ы и ь й".split(),
    key=len, reverse=True)


def stem(word: str) -> str:
    """A name part without its case ending: «Обамы», «Обамой» → «обам»; «Алиева» → «алиев»."""
    w = _SENIORITY.sub("", _spelling(word))
    for ending in _CASE_ENDINGS:
        if w.endswith(ending) and len(w) - len(ending) >= 3:
            return w[: -len(ending)]
    return w


def _surname_key(name: str) -> str:
    return stem(_surname(_tokens(name)) or _tokens(name)[-1])


def _has_surname(parts: Sequence[str]) -> bool:
    """A full name: two parts or more, one of them a surname, not only a first name and
    initials after it… («Т. Мэй», «Тереза Мэй», «Гаврилова А.В.»)."""
    return len(parts) >= 2 and _surname(parts) is not None


def merge_people(
    mentions: Iterable[NameMention],
    is_person_word: Callable[[str], bool] = lambda word: True,
) -> list[Entity]:
    """One ``Entity`` per person, ordered by mentions (then first appearance).

    ``is_person_word(word)`` tells whether a single capitalized word can be a
    person's name at all (a morphology check: «Кремль», «Президенты» cannot); it is
    only asked about one-word mentions that no full name in the text explains.
    """
    mentions = list(mentions)
    full: dict[tuple[str, str], list[NameMention]] = defaultdict(list)
    for m in mentions:
        parts = _tokens(m.name)
        if _has_surname(parts) and not m.patronymic:
            first = parts[0] if _is_initial(parts[0]) or not _is_initial(parts[-1]) else parts[-1]
            full[(fold(first)[:1], _surname_key(m.name))].append(m)

    by_surname: dict[str, list[tuple[str, str]]] = defaultdict(list)
    by_first: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key, group in full.items():
        by_surname[key[1]].append(key)
        for m in group:
            parts = _tokens(m.name)
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
            owners = [k for k in dict.fromkeys(by_first.get(stem(parts[0]), []))
                      if any(stem(parts[1]) in {stem(p) for p in _tokens(x.name)[1:-1]} for x in persons[k])]
            if len(owners) == 1:
                persons[owners[0]].append(m)
            else:
                persons.setdefault((fold(parts[0])[:1], stem(parts[-1])), []).append(m)
            continue
        if len(parts) != 1:
            continue
        word = stem(parts[0])
        owners = [] if m.plural else list(dict.fromkeys(by_surname.get(word, [])))
        if not owners and not m.plural:
            owners = list(dict.fromkeys(by_first.get(word, [])))
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
    # the fullest form: most words (initials count less), then the most frequent spelling,
    # then first seen
    counts: Counter[str] = Counter(m.name for m in group)

    def fullness(n: str) -> int:
        parts = _tokens(n)
        return min(sum(1 if _is_initial(p) else 2 for p in parts), 6)

    name = max(counts, key=lambda n: (fullness(n), not _SENIORITY.search(n), counts[n], -_first(group, n)))
    return Entity(kind="people", name=name, mentions=len(group), spans=spans)


def _first(group: list[NameMention], name: str) -> int:
    return min(m.span.start for m in group if m.name == name)
