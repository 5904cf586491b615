"""How organization names are written: an NER span's edges mended (``tidy_name``), and
the pairs of names that are one organization — an abbreviation and its expansion
(«Следственный комитет (СК)», «AZAL» ← «Azerbaijan Airlines»), a compound and its phrase
(«Минздрав» ← «Министерство здравоохранения»), a brand and a description before it
(«ИА REGNUM» → «REGNUM»).
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Callable, Iterable, Sequence

from briefings.organizations_lexicon import (ADJECTIVE_END, DEPARTMENTS, WORD, KnownName, known_group, stem_key,
                                            without_bracket)
from briefings.people import fold, stem
from briefings.people_names import CYRILLIC
from briefings.people_scripts import skeleton


# first parts of Russian compound names: «Евро|союз», «Гос|дума», «Центро|банк»
_COMPOUND_PREFIXES = ("евро", "гос", "центро", "центр", "мин", "рос", "мос", "нац", "фед", "спец", "проф",
                      "нефте", "газ", "авиа", "энерго", "агро", "внеш", "ген", "пром", "соц", "воен")
LOWER_JOINERS = {"и", "по", "в", "на", "для", "о", "об", "of", "and", "the", "de"}


def is_abbreviation(name: str) -> bool:
    """«СК», «AZAL», «МИД», «ФСБ»: one short word mostly in capitals."""
    return " " not in name and 2 <= len(name) <= 8 and sum(c.isupper() for c in name) >= 2


def abbreviates(abbr: str, name: str) -> bool:
    """``abbr`` takes letters, in order, from each word of ``name`` in turn, starting each
    word with its first letter: «СК» ← «Следственный комитет», «AZAL» ← «Azerbaijan Airlines».
    From a Russian word it takes its first letters in a row («КрАЗ», «Совфед»), the first
    letter of a part after a hyphen («ВДВ» ← «Воздушно-десантные войска») or of a second
    root of a compound («ЕЭС» ← «Единая энергосистема», «ВГТРК» ← «… телерадиовещательная
    компания»), no other letter from inside: not «ПАСЕ» ← «Правый Сектор», «ФСБ» ←
    «Федеральное собрание»."""
    words = [fold(w) for w in WORD.findall(name) if fold(w) not in LOWER_JOINERS]
    letters = fold(abbr)

    def match(i: int, w: int) -> bool:
        if i == len(letters):
            return w == len(words)
        if w == len(words) or letters[i] != words[w][0]:
            return False
        # take letters[i:j] from words[w] (as a subsequence starting at its first letter)
        pos, j = 1, i + 1
        while True:
            if match(j, w + 1):
                return True
            if j == len(letters):
                return False
            found = _next_letter(words[w], letters[j], pos)
            if found < 0:
                return False
            pos, j = found + 1, j + 1

    if len(words) == 1 and len(letters) == 2 and len(words[0]) >= 7:
        # a compound: «ЕС» ← «Евросоюз», «ЕК» ← «Еврокомиссия», «ЦБ» ← «Центробанк»
        word = words[0]
        return any(word.startswith(p) and word[len(p)] == letters[1] and p[0] == letters[0] for p in _COMPOUND_PREFIXES)
    return len(words) >= 2 and match(0, 0)


def _next_letter(word: str, letter: str, pos: int) -> int:
    """Where an abbreviation may take ``letter`` from ``word`` after its letters before
    ``pos``: right at ``pos``; else a consonant anywhere on in a Latin word («AZAL» ←
    «Airlines»; not «FIA» ← «Force India»), in a Russian one the first letter of a second
    root (``_root_starts``) or of a part after a hyphen; -1 for nowhere."""
    if pos < len(word) and word[pos] == letter:
        return pos
    if not _CYRILLIC.search(word):
        return word.find(letter, pos) if letter not in "aeiouy" else -1
    for k in _root_starts(word):  # «Единая энергосистема», «телерадиовещательная»
        if k >= pos and word[k] == letter:
            return k
    found = word.find("-" + letter, pos - 1)
    return found + 1 if found >= 0 else -1


def _root_starts(word: str) -> list[int]:
    """Where a second root of a Russian compound word begins: after a combining form
    (``_COMBINING_FORMS``: «энерго|система», «ново|липецкий», «теле|радио|вещательная»,
    «Евр|азийский», «анти|допинговое», «нижне|тагильский»; after «ген» only a consonant:
    «Ген|прокуратура», not «ген|еральный»), and at «бург» («Петер|бургский»). Not after
    any «о» («Мо|сковский», «Вер|ховный» have one root)."""
    starts = []
    k = 0
    while True:
        form = next((f for f in _COMBINING_FORMS if word.startswith(f, k) and len(word) - k - len(f) >= 4
                     and (f[-1] in _VOWELS or f == "евр" or word[k + len(f)] not in _VOWELS)), None)
        if form is None:
            break
        k += len(form)
        starts.append(k)
    if word.find("бург") > 0:
        starts.append(word.find("бург"))
    return sorted(starts)


# first parts of compound words (longest first where one begins another: «электро», «евро», «евр»)
_COMBINING_FORMS = tuple(sorted({
    "авиа", "авто", "агро", "аэро", "анти", "био", "вело", "видео", "газо", "гео", "гидро", "евр", "евро", "кино",
    "медиа", "метео", "микро", "мото", "нефте", "радио", "теле", "термо", "фото", "электро", "энерго", "эко", "ново",
    "старо", "трубо", "тихо", "дальне", "северо", "юго", "восточно", "западно", "нижне", "средне", "верхне", "обще",
    "внешне", "машино", "ген", "спец"}, key=len, reverse=True))
_VOWELS = frozenset("аеёиоуыэюя")
_CYRILLIC = re.compile("[а-яё]")


def abbreviation_pairs(text: str, names: Iterable[str],
                       known_as: Callable[[str], KnownName | None] = lambda name: None) -> dict[str, str]:
    """Abbreviation → expansion, from initials (of several, the one written most) or from
    «Expansion (ABBR)» in ``text``, also
    when the bracket goes on («(ИГ, запрещена в России)»; the name written nearest before
    the bracket wins, the longest of names written from one place), or with the same words
    after it («ГУ МВД» ← «Главное управление МВД»). (A short name in a bracket is paired
    where the NER span had both: ``OrgMention.alias_of``.) An abbreviation whose names are
    known (``known_as``) takes by its initials only a name of its list: «RT» is no «Reston
    Translator». Initials may leave out an owner's abbreviation after the name: «КДК» …
    «Контрольно-дисциплинарный комитет РФС»."""
    names = sorted(set(names))
    pairs: dict[str, str] = {}
    for abbr in (n for n in names if is_abbreviation(n)):
        expansions = [n for n in names if n != abbr and not is_abbreviation(n)]
        spelled = [n for n in expansions if not _NATIONAL_TEAM.match(fold(n))]
        initials = [n for n in spelled if abbreviates(abbr, n)
                    or not n.endswith(" " + abbr) and abbreviates(abbr, _without_owner(n))] \
            or [n for n in expansions if abbr in _bracket_names(n)]  # «Парламентская ассамблея Совета Европы (ПАСЕ)»
        group = known_group(known_as, abbr)
        if group is not None:
            initials = [n for n in initials if known_group(known_as, n) == group]
        # of several names it abbreviates, the one it is written after in a bracket, else the
        # one written most («ЕС»: «Евросоюз» rather than «Евросовет», once)
        bracketed = _written_before(text, expansions, re.escape(abbr) + r"\s*[),;]") if len(initials) != 1 else None
        best = initials[0] if len(initials) == 1 else bracketed if bracketed in initials or not initials \
            else max(initials, key=lambda n: (_times_written(text, n), -initials.index(n)))
        if best and not initials:
            best = _head_of_two(text, abbr, expansions) or (best if _may_stand_for(abbr, best) else None)
        if not best and not initials:  # «ИКАО — Международная организация гражданской авиации»
            best = _written_after_dash(text, abbr, expansions)
        if best:
            pairs[abbr] = best
    for short in (n for n in names if " " in n and is_abbreviation(n.split(" ", 1)[0])):
        # «ГУ МВД» ← «Главное управление МВД»: the abbreviated part, and the same rest
        abbr, rest = short.split(" ", 1)
        full = [n for n in names if n.endswith(" " + rest) and n != short
                and abbreviates(abbr, n[:-len(rest) - 1]) and not is_abbreviation(n[:-len(rest) - 1])]
        if len(full) == 1:
            pairs[short] = full[0]
    return pairs


# a national team, which no abbreviation names by its letters: «СБР» (the biathlon union) is
# no «СБорная России»
_NATIONAL_TEAM = re.compile(r"(?:[а-яё]+(?:ая|яя)[ \u00a0]+)?сборн")


def _written_after_dash(text: str, abbr: str, names: Iterable[str]) -> str | None:
    """The one of ``names`` written (in any case) right after «ABBR — », a name of two
    words or more with one in lower case, which says what the letters stand for: «ИКАО —
    Международная организация гражданской авиации» (not a club after a club's letters in a
    score, «ЦСКА — Спартак», «ПСЖ — Манчестер Сити»)."""
    starts = [m.end() for m in re.finditer(r"(?<![\w-])" + re.escape(abbr) + r"[ \u00a0]+[—–][ \u00a0]+", text)]
    folded = fold(text)
    found = [name for name in names if len(name.split()) >= 2 and any(w.islower() for w in name.split()[1:])
             and any(_starts_with(folded, at, name) for at in starts)]
    return found[0] if len(found) == 1 else None


def _starts_with(folded: str, at: int, name: str) -> bool:
    """``name`` is written in any case at ``at`` of the ``folded`` text (each word but for
    the last letters a case may change)."""
    stems = [re.escape(_case_stem(w)) for w in map(fold, WORD.findall(name))]
    return bool(stems) and re.compile(r"\w{0,3}[ \u00a0]+".join(stems)).match(folded, at) is not None


def _without_owner(name: str) -> str:
    """``name`` without an owner's abbreviation after it, which an abbreviation of the name
    may leave out: «Контрольно-дисциплинарный комитет РФС» is the «КДК» of «КДК РФС»; the
    name itself when it ends in no abbreviation or in one an adjective before it agrees with
    («Верховный Совет Украинской ССР» is no «ВСУ»)."""
    head, _, last = name.rpartition(" ")
    if not head or not is_abbreviation(last) or _AGREEING.search(head):
        return name  # (not an adjective's abbreviated head: «Верховный Совет Украинской ССР»)
    return head


_AGREEING = re.compile(r"(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ых|их)$")


def _bracket_names(name: str) -> list[str]:
    """The names in the bracket that ends ``name``, split at «/» and «,»: «Командование
    обучения и доктрин (КОиД/ TRADOC)» → «КОиД», «TRADOC»."""
    found = _LAST_BRACKET.search(name)
    return [part.strip() for part in re.split(r"[/,]", found.group(1))] if found else []


def bracket_of_body(name: str, owner: str) -> bool:
    """The bracket that ends the ``owner`` the NER tagged after a body abbreviates the body's
    whole ``name``, not the owner's: «Парламентская ассамблея» + «Совета Европы (ПАСЕ)» (the
    owner is named without it: «Совет Европы»)."""
    bracket = _LAST_BRACKET.search(owner.rstrip())
    if bracket is None:
        return False
    short, owner = bracket.group(1), without_bracket(owner)
    if short.endswith(" " + owner):  # «Генеральная ассамблея» + «ООН (ГА ООН)»
        return abbreviates(short[:-len(owner) - 1], without_bracket(name)[:-len(owner) - 1])
    return abbreviates(short, without_bracket(name)) and not abbreviates(short, owner)


_LAST_BRACKET = re.compile(r"\(([^()]+)\)$")


def _times_written(text: str, name: str) -> int:
    """How often ``name`` is written in ``text`` in any case (the stems of its words in a
    row, each with an ending of up to three letters): «Европейского союза», «Европейский
    союз» are two; «Евросовета» is no «Евросоюз»."""
    stems = [re.escape(stem(w)) for w in map(fold, WORD.findall(name))]
    if not stems:
        return 0
    return len(re.findall(r"(?<![\w-])" + r"\w{0,3}\s+".join(stems) + r"\w{0,3}(?![\w-])", fold(text)))


def _may_stand_for(abbr: str, name: str) -> bool:
    """A bracket's abbreviation whose letters do not spell the name before it may still be
    its other name («Роскомнадзор (РКН)», «Международная организация по миграции (IOM)»),
    but not one whose first letter begins none of its words in its own alphabet: «депутат
    Госдумы (КПРФ)», «Мосгордумы (ЛДПР)» name the member's party."""
    first = fold(abbr[:1])
    cyrillic = bool(CYRILLIC.match(first))
    same_script = [w for w in map(fold, WORD.findall(name)) if bool(CYRILLIC.match(w)) == cyrillic]
    return not same_script or any(w.startswith(first) for w in same_script)


def _head_of_two(text: str, abbr: str, names: Sequence[str]) -> str | None:
    """The first of two names written one after the other before «(ABBR)» whose words
    together it abbreviates: «Парламентской ассамблеи» + «Совета Европы» (ПАСЕ) is the
    assembly, not the council the NER tagged right before the bracket."""
    inside = re.escape(abbr) + r"\s*[),;]"
    pairs = [(a, b) for a in names for b in names if a != b and abbreviates(abbr, f"{a} {b}")]
    best = _written_before(text, [f"{a} {b}" for a, b in pairs], inside) if pairs else None
    return next((a for a, b in pairs if f"{a} {b}" == best), None)


def _written_before(text: str, names: Iterable[str], inside: str) -> str | None:
    """Of ``names``, the one written nearest before a bracket that opens on ``inside`` (a
    pattern); of names written from one place, the whole name: not «Парламент» of
    «Парламентской ассамблеи»."""
    brackets = [m.start() for m in re.finditer(r"\(\s*" + inside, text)]
    if not brackets:
        return None
    best = None
    for name in names:
        gaps = [g for g in (_gap(text, name, at) for at in brackets) if g is not None]
        if gaps and (best is None or (min(gaps), -len(name)) < best[0]):
            best = ((min(gaps), -len(name)), name)
    return best[1] if best else None


def _gap(text: str, name: str, at: int) -> int | None:
    """Characters between ``name`` written (in any case: its words but for their last three
    letters, the first at a word's start) in the 84 before ``at`` (more for a longer name)
    and ``at``, with no bracket, sentence end or footnote star between; or None.
    («Пакистанское правительство» is not the name before «"Техрик-э-Лабаик Пакистан"
    (ТЛП)», though «Паки» is there; «Демократы» is not the one before
    «Либерально-демократическая партия (ЛДП)».)"""
    # each word without what a case may change: «Коллектив|ные», «сил|ы», «Аэрофл|от» (not in «аэропортов»)
    written_before = name.split("(")[0] or name  # «Совет Федерации (СФ) России»: the words before the bracket
    prefixes = [_case_stem(w) for w in map(fold, WORD.findall(written_before))]
    if not prefixes:
        return None
    start = max(0, at - max(84, len(written_before) + 24))
    window = fold(text[start:at])  # a long name fits
    # (two capitalized words of no name right before the bracket are a person's: «комитета
    # Госдумы по … Валентин Шурчанов (КПРФ)»: his party, not the Duma's letters)
    last_two = _CAPITALIZED_WORD.findall(text[max(start, at - 40):at].rstrip())[-2:]
    person = len(last_two) == 2 and _TWO_WORDS_BEFORE.search(text, max(start, at - 40), at) is not None \
        and not any(fold(w).startswith(p) for w in last_two for p in prefixes)
    for found in reversed([m.start() for m in re.finditer(r"(?<![\w-])" + re.escape(prefixes[0]), window)]):
        written = window[found:]
        if "(" not in written and ")" not in written and all(p in written for p in prefixes[1:]) and not person \
                and not _SENTENCE_BREAK.search(written):  # (not «… польского сейма.  * Организация … (ОУН)»)
            return len(window) - found
    return None


def _case_stem(word: str) -> str:
    """The beginning of ``word`` (folded) that its case forms keep: a word ending in a
    consonant keeps itself but for a fleeting vowel («туркменгаз» of «Туркменгаза», not of
    «Туркмения»; «двор» of «Дворца»); others lose up to three letters («коллектив» of
    «Коллективные», «сил» of «силы»)."""
    if len(word) > 4 and word[-1] in _CONSONANTS:
        return word[:-2] if word.endswith(_FLEETING) else word
    return word[:max(3, len(word) - 3)]


_SENTENCE_BREAK = re.compile(r"\n|\*|[а-яё]{3}[.!?…][ \u00a0]")  # (folded text)
_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")
_FLEETING = ("ец", "ок", "ёк", "ек", "ел", "ол")
_CAPITALIZED_WORD = re.compile(r"(?<![\w-])[A-ZА-ЯЁ][a-zа-яё]+(?:-[A-ZА-ЯЁ][a-zа-яё]+)?")
_TWO_WORDS_BEFORE = re.compile(r"[A-ZА-ЯЁ][a-zа-яё-]+[ \u00a0]+[A-ZА-ЯЁ][a-zа-яё-]+[ \u00a0]*$")


def owner_pairs(names: Iterable[str], names_a_country: Callable[[str], bool] = lambda word: False) -> dict[str, str]:
    """A name of several words, or a body's abbreviation (``DEPARTMENTS``), → the same name
    with an owner's abbreviation after it, when the text writes one such: «Комитет по этике»
    → «Комитет по этике РФС», «ЦК» → «ЦК РКП(б)»; a name of several words → the same name with
    a country's name after it (``names_a_country``): «Общественный совет при МВД» →
    «Общественный совет при МВД России», also with its abbreviation in a bracket after it:
    «Национальное антикоррупционное бюро» → «… Украины (НАБУ)» (not of two owners: «… ФИФА», «… РФС»,
    nor a body's abbreviation the text writes with another owner in words too: «ЦК КПСС»,
    «ЦК Коммунистической партии Чехословакии»; not a common noun alone, «Совет», nor an
    institution a country's abbreviation owns,
    which joins by its country's key: «МВД» … «МВД РФ»; see :func:`_without_owner`)."""
    names = set(names)
    fulls: dict[str, list[str]] = defaultdict(list)
    for full in sorted(names):
        bare = _ABBREVIATION_AFTER.sub("", full)  # «Национальное антикоррупционное бюро Украины (НАБУ)»
        short = _without_owner(bare)
        head, _, last = bare.rpartition(" ")
        if short != bare and short in names and (" " in short or short in DEPARTMENTS):
            fulls[short].append(full)
        elif " " in head and head in names and names_a_country(last) and not _AGREEING.search(head):
            fulls[head].append(full)  # «Общественный совет при МВД» + «России»
    return {short: found[0] for short, found in fulls.items() if len(found) == 1
            and not (short in DEPARTMENTS and any(n.startswith(f"{short} ") and n != found[0] for n in names))}


_ABBREVIATION_AFTER = re.compile(r" \((?:[A-ZА-ЯЁ][\w.&-]*)\)\Z")


def party_pairs(names: Iterable[str]) -> dict[str, str]:
    """«Компартия» → the article's one communist party, named by an abbreviation in «КП»
    or with «коммунистическая партия» («Компартия» … «КПРФ»; not of two: «КПСС» and
    «Коммунистическая партия Чехословакии (КПЧ)»)."""
    names = list(names)
    parties = [n for n in names if _COMMUNIST_ABBREVIATION.match(n)
               or "коммунистическая партия" in fold(n) and not n.startswith(tuple(DEPARTMENTS))]
    return {n: parties[0] for n in names if fold(n) == "компартия"} if len(parties) == 1 else {}


# a communist party's abbreviation, which begins «КП»: «КПРФ», «КПСС», «КП(б)»
_COMMUNIST_ABBREVIATION = re.compile(r"КП[А-ЯЁ]*(?:\(б\))?(?![\w(])")


def compound_pairs(names: Iterable[str]) -> dict[str, str]:
    """Compound → phrase: «Евросоюз» → «Европейский союз», «Госдума» → «Государственная
    дума», «Минздрав России» → «Министерство здравоохранения России» (the compound is made
    of the beginnings of the phrase's words; the words after it are the same), also after
    the same words before it: «Горьковский автозавод» → «Горьковский автомобильный завод»."""
    names = list(names)
    phrases = []  # (name, its words, their stems)
    for name in names:
        long = [fold(w) for w in WORD.findall(name) if fold(w) not in LOWER_JOINERS]
        if len(long) >= 2:
            phrases.append((name, long, [stem(w) for w in long]))
    pairs = {}
    for name in names:
        words = [fold(w) for w in WORD.findall(name)]
        if not words or name.split()[0].isupper():
            continue  # (a word in capitals is an abbreviation, not a compound)
        for k, compound in enumerate(words):
            if len(compound) < 5 or k and not ADJECTIVE_END.search(words[k - 1]):
                continue  # (before the compound, adjectives only: «Горьковский автозавод»)
            before, rest = [stem(w) for w in words[:k]], [stem(w) for w in words[k + 1:]]
            phrase = next((phrase for phrase, long, stems in phrases
                           if 2 <= len(long) - k - len(rest) <= 4 and stems[:k] == before
                           and stems[len(long) - len(rest):] == rest and long[k][:3] == compound[:3]
                           and spells(compound, long[k:len(long) - len(rest)])), None)
            if phrase:
                pairs[name] = phrase
                break
    return pairs


def spells(compound: str, words: list[str], least: int = 3) -> bool:
    """``compound`` is the beginnings of ``words`` in turn (the first at least three letters,
    the others two, maybe joined by «о»), the last word maybe whole or ending in that «о»:
    «минздрав» ← «министерство здравоохранения», «центробанк» ← «центральный банк»,
    «минэнерго» ← «министерство энергетики»."""
    if len(words) == 1:  # (the last word gives three letters at least: «правительство» is no
        word = words[0]  # «правительственные войска»)
        return (len(compound) >= 3 or compound == word) and (word.startswith(compound) or stem(compound) == stem(word)) \
            or len(compound) >= 4 and compound.endswith("о") and word.startswith(compound[:-1])  # «энерго» ← «энергетики»
    for size in range(min(len(words[0]), len(compound) - 2), least - 1, -1):
        if compound[:size] == words[0][:size]:
            rest = compound[size:]
            if spells(rest, words[1:], 2) or rest.startswith("о") and spells(rest[1:], words[1:], 2):
                return True
    return False


_BRAND = re.compile(r"[A-Z0-9][A-Za-z0-9&'’.-]*(?: [A-Z0-9][A-Za-z0-9&'’.-]*)*")
_TYPE_WORD = re.compile(r"[А-ЯЁа-яё-]*[а-яё][А-ЯЁа-яё-]*|[А-ЯЁ]{2,3}")  # «авиакомпания», «ИА», «ООО»


def brand_pairs(names: Iterable[str]) -> dict[str, str]:
    """A name made of Russian words (or a short type: «ИА», «ООО») before a brand in Latin
    letters that is named on its own joins it: «ИА REGNUM» → «REGNUM», «ирландская
    авиакомпания Ryanair» → «Ryanair»."""
    names = set(names)
    by_key = {stem_key(name): name for name in sorted(names)}  # «Newsland» is written «Newsland.com» too
    pairs = {}
    for name in names:
        words = name.split()
        for i in range(1, len(words)):
            brand = by_key.get(stem_key(" ".join(words[i:])))
            if brand and brand != name and _BRAND.fullmatch(" ".join(words[i:])) \
                    and all(_TYPE_WORD.fullmatch(w) for w in words[:i]):
                pairs[name] = brand
                break
    return pairs


def team_tail_pairs(names: Iterable[str], unknown_word: Callable[[str], bool],
                    known_place: Callable[[str], bool]) -> dict[str, str]:
    """A name of one or two capitalized words the dictionary does not know, a club's
    nickname written in Cyrillic, that ends one longer name of the article, a place before
    it (``known_place``), is that name said short: «Пингвинз» … «Питтсбург Пингвинз», «Блю
    Джекетс» … «Коламбус Блю Джекетс», «Юнайтед» … «Саттон Юнайтед» (not of two: «Манчестер
    Юнайтед», «Саттон Юнайтед»; not a word of the dictionary: «Россия» is no «Единая Россия»,
    «Сити» no «Манчестер Сити»; not after a name of no place: «Хезболла» is no «Катаиб
    Хезболла», «Росатом» no «HeadHunter Росатом»)."""
    names = set(names)
    out = {}
    for short in names:
        words = short.split()
        if not 1 <= len(words) <= 2 or not all(_CYRILLIC_CAPITALIZED.fullmatch(w) and unknown_word(w) for w in words):
            continue
        fulls = [n for n in names if n.endswith(f" {short}") and 1 <= len(n.split()) - len(words) <= 2
                 and known_place(n[: -len(short) - 1])]
        if len(fulls) == 1:
            out[short] = fulls[0]
    return out


_CYRILLIC_CAPITALIZED = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*")


def latin_tail_pairs(names: Iterable[str]) -> dict[str, str]:
    """A newspaper's word alone (``_PAPER_WORDS``) that ends one longer Latin name of the
    article is that paper said short: «Times» … «New York Times», «Post» … «Washington
    Post» (not of two: «Financial Times», «New York Times»; not any word: «Apple» is no «Doha
    Apple», «Handelsblatt» no «Morning Briefing Handelsblatt»); and a possessive brand alone
    that begins one: «Jane’s» … «Jane’s Defence Weekly»."""
    names = set(names)
    out = {}
    for short in names:
        if short in _PAPER_WORDS:
            fulls = [n for n in names if n != short and n.endswith(f" {short}") and _LATIN_NAME.fullmatch(n)]
        elif _POSSESSIVE_BRAND.fullmatch(short):  # «Jane’s» … «Jane’s Defence Weekly»
            fulls = [n for n in names if n != short and n.startswith(f"{short} ") and _LATIN_NAME.fullmatch(n)]
        else:
            continue
        if len(fulls) == 1:
            out[short] = fulls[0]
    return out


_PAPER_WORDS = frozenset("Times Post Journal Herald Tribune Mail Telegraph Gazette Chronicle Globe Express Monitor "
                         "Observer".split())
_LATIN_NAME = re.compile(r"(?:The )?[A-Z][A-Za-z&'’.-]*(?: [A-Z][A-Za-z&'’.-]*)+")
_POSSESSIVE_BRAND = re.compile(r"[A-Z][A-Za-z]+['’]s")


def latin_kind_pairs(names: Iterable[str]) -> dict[str, str]:
    """A name in Latin letters that is exactly one other such name without the kind or
    legal form it ends in joins it: «Pew Research» → «Pew Research Center», «Tesla» →
    «Tesla Inc.», «Alibaba» → «Alibaba Group», «DST» → «DST Global», «Amnesty» → «Amnesty
    International», and so does one without a hotel's or a
    bank's word before it: «Okura» → «Hotel Okura Co., Ltd» (not «Ford» → «Ford
    Foundation»: a kind that makes another organization is no such word)."""
    names = set(names)
    shorter: dict[str, list[str]] = defaultdict(list)
    for name in names:
        words = name.split()
        while len(words) > 1 and words[-1].rstrip(".,").lower() in _LATIN_KINDS:
            words = words[:-1]
            if " ".join(words) in names and _BRAND.fullmatch(" ".join(words)):
                shorter[" ".join(words)].append(name)
        if len(words) > 1 and words[0].lower() in _LATIN_LEADING_KINDS and " ".join(words[1:]) in names \
                and _BRAND.fullmatch(" ".join(words[1:])):
            shorter[" ".join(words[1:])].append(name)  # «Okura» … «Hotel Okura Co., Ltd»
    return {short: full[0] for short, full in shorter.items() if len(set(full)) == 1}


_LATIN_KINDS = frozenset("center centre inc ltd llc plc corp corporation co company group holding holdings limited "
                         "ag sa gmbh global capital partners international technologies systems".split())
_LATIN_LEADING_KINDS = frozenset({"hotel", "hotels", "bank"})  # a kind before the name


_CYRILLIC_ADJECTIVE = re.compile(r"[А-ЯЁа-яё][а-яё-]*(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)")


def remit_pairs(names: Iterable[str]) -> dict[str, str]:
    """A name that is the words before «по» of exactly one other name, a body named by its
    remit, joins it: «Международный трибунал» → «Международный трибунал по бывшей
    Югославии», «Комиссия» → «Комиссия по ценным бумагам»; and one that begins exactly one
    other name with a remit cut short: «Центр по примирению» → «Центр по примирению
    враждующих сторон». Not an abbreviation, nor a name
    two names begin with («Комитет»: «Комитет по обороне», «Комитет по бюджету»;
    «Управление»: «Управление по стратегии и развитию», «Управление ПРО»)."""
    names = set(names)
    by_prefix = defaultdict(list)  # each name under the stems of its first words, one more each time
    for name in names:
        key = stem_key(name)
        for n in range(1, len(key)):
            by_prefix[key[:n]].append(name)
    pairs = {}
    for short in names:
        longer = by_prefix.get(stem_key(short), [])
        if len(longer) == 1 and " по " in longer[0] and short[:1].isupper() and not short.isupper() \
                and (stem_key(longer[0][:longer[0].index(" по ")]) == stem_key(short)
                     or " по " in short and "(" not in longer[0]):
            pairs[short] = longer[0]  # (also a remit said short: «Центр по примирению» … «… враждующих сторон»)
    return pairs


def adjective_pairs(names: Iterable[str], told_apart: frozenset[str] = frozenset()) -> dict[str, str]:
    """A name that begins with a noun and is the end of exactly one other name, after
    adjectives, joins it: «Премьер-лига» → «Английская премьер-лига», «Театр сатиры» →
    «Московский академический театр сатиры». Not one word but a compound («Церковь» after
    «Десятинная церковь» and «русскую Церковь» is left to ``elliptic_mentions``, which reads
    the words before it), not a name that begins with an adjective itself («Сирийская армия»
    is not the «Свободная сирийская армия»), nor one with a word of ``told_apart`` (lemmas of
    ``Lexicon.told_apart``: a court, a council, a league… «Земельный суд Вены» is not the
    «Высший земельный суд Вены», «Совет безопасности» not the «Национальный совет
    безопасности»), an abbreviation, a quoted name («Молодёжное «Яблоко»» is the party's
    youth), nor a name two others end with («Партия»: «Демократическая партия»,
    «Республиканская партия»)."""
    names = [n for n in set(names) if not _QUOTES.search(n)]
    stems = {stem(w) for w in told_apart}
    by_key = defaultdict(list)
    for name in names:
        key = stem_key(name)
        for i in range(1, len(key)):
            by_key[key[i:]].append((name, i))
    pairs = {}
    for short in names:
        words = short.split()
        if not (words[0][:1].isupper() and _CYRILLIC_WORDS.fullmatch(short)) or short.isupper() \
                or len(words) == 1 and "-" not in short \
                or ADJECTIVE_END.search(words[0]) or any(stem(fold(w)) in stems for w in words):
            continue
        longer = [name for name, i in by_key.get(stem_key(short), ())
                  if all(_CYRILLIC_ADJECTIVE.fullmatch(w) for w in name.split()[:i])]
        if len(longer) == 1:
            pairs[short] = longer[0]
    return pairs


def place_adjective_pairs(names: Iterable[str], told_apart: frozenset[str] = frozenset()) -> dict[str, str]:
    """A name of Cyrillic words that begins with an adjective and is exactly one other name
    without the place's adjective it begins with («-ский», «-цкий») joins it: «Горный
    университет» → «Санкт-Петербургский горный университет», «Технический университет» →
    «Московский технический университет». Not of two such names, not one with a word of
    ``told_apart`` (a court, a council: «Верховный суд» is no «Российский верховный суд»
    of another text's country), not a name of the adjective alone."""
    names = [n for n in set(names) if _CYRILLIC_WORDS.fullmatch(n) and not _QUOTES.search(n)]
    stems = {stem(w) for w in told_apart}
    longer: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for name in names:
        words = name.split()
        if len(words) >= 3 and _PLACE_ADJECTIVE.fullmatch(words[0]):
            longer[stem_key(" ".join(words[1:]))].append(name)
    pairs = {}
    for short in names:
        words = short.split()
        found = longer.get(stem_key(short), [])
        if len(words) >= 2 and ADJECTIVE_END.search(words[0]) and len(found) == 1 \
                and not any(stem(fold(w)) in stems for w in words):
            pairs[short] = found[0]
    return pairs


_PLACE_ADJECTIVE = re.compile(r"[А-ЯЁ][а-яё]*(?:-[А-ЯЁ][а-яё]*)*(?:ск|цк)(?:ий|ая|ое|ие)")


def script_pairs(names: Iterable[str], count: Callable[[str], int] = lambda name: 0) -> dict[str, str]:
    """One name in Latin letters and one in Cyrillic that sound alike, word by word (the
    consonant skeleton of ``people_scripts.skeleton``, three consonants or more in all),
    are one organization: «Honda» and «Хонда», «McLaren» and «Макларен», «Citroen» and
    «Ситроен» (also a plural the NER read: «Мерседесы»; «The Times» and «Таймс»: an
    article left out). The name written more often
    (``count``) is the one the other joins; of two written as often, the Cyrillic one
    unless it is such a plural («Mercedes», not «Мерседесы»). Only
    names of letters (not «Football.ua» and «Футбол 1»), and only when the skeleton is the
    text's one pair, with as many vowels or one more in Cyrillic («McLaren», «Макларен»;
    «Atletico» is no «Атлетик», «Interior» no «Интер»). An abbreviation of Latin letters
    that look Cyrillic is the Cyrillic one it spells: «ECA» and «ЕСА»."""
    by_sound: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for name in set(names):
        words = name.split()
        if len(words) > 1 and words[0] == "The":
            words = words[1:]  # «The Times» and «Таймс»
        if _LETTER_WORDS.fullmatch(name) and (_ANY_LATIN.search(name) is None) != (_ANY_CYRILLIC.search(name) is None):
            key = tuple(skeleton(w) for w in words)
            if all(key) and sum(map(len, key)) >= 3:
                by_sound[key].append(name)
    pairs = {}
    for group in by_sound.values():
        latin = [n for n in group if _ANY_LATIN.search(n)]
        if len(group) == 2 and len(latin) == 1:
            cyrillic = next(n for n in group if n not in latin)
            plural = cyrillic.endswith("ы") and not latin[0].endswith("y")
            if not 0 <= _vowels(cyrillic[:-1] if plural else cyrillic) - _vowels(latin[0]) <= 1:
                continue  # (a vowel more in Cyrillic at most: «McLaren», «Макларен»; «Atletico» is no «Атлетик»)
            short, full = (latin[0], cyrillic) if (count(latin[0]), plural) <= (count(cyrillic), False) \
                else (cyrillic, latin[0])
            pairs[short] = full
    names = set(names)
    for name in names:  # an abbreviation of Latin letters that look Cyrillic: «ECA» and «ЕСА»
        if name.isascii() and len(name) > 1 and set(name) <= set(_LATIN_LIKE_CYRILLIC):
            cyrillic = name.translate(_HOMOGLYPHS)
            if cyrillic in names:
                pairs.update({name: cyrillic} if count(name) <= count(cyrillic) else {cyrillic: name})
    return pairs


# Latin capitals written like Cyrillic ones
_LATIN_LIKE_CYRILLIC = "ABCEHKMOPTXY"
_HOMOGLYPHS = str.maketrans(_LATIN_LIKE_CYRILLIC, "АВСЕНКМОРТХУ")


def _vowels(name: str) -> int:
    """The vowels of a name, Latin ones in a row as one: «McLaren» 2, «Макларен» 3,
    «Ryanair» 2, «Райнэйр» 2 («y» before a vowel is none: «Yandex» 2; nor a silent «e» that
    ends a word after a consonant: «Times» 1, «Таймс» 1)."""
    return len(re.findall(r"[aeiou]+|y(?![aeiou])|[аеёиоуыэюя]", _SILENT_E.sub("", name.lower())))


_SILENT_E = re.compile(r"(?<=[a-z][b-df-hj-np-tv-xz])e(?=s?\b)")  # «Times» 1, «Nike» 1 (not «Chloe», «Ge»)


_LETTER_WORDS = re.compile(r"[A-Za-zА-ЯЁа-яё][A-Za-zА-ЯЁа-яё'’-]*(?: [A-Za-zА-ЯЁа-яё][A-Za-zА-ЯЁа-яё'’-]*)*")
_ANY_LATIN = re.compile("[A-Za-z]")
_ANY_CYRILLIC = re.compile("[А-ЯЁа-яё]")
_CYRILLIC_WORDS = re.compile(r"[А-ЯЁа-яё-]+(?: [А-ЯЁа-яё-]+)*")
_QUOTES = re.compile("[«»\"„“”]")


def quoted_pairs(names: Iterable[str]) -> dict[str, str]:
    """A name made of a kind and a quoted name that is named on its own joins it: «АНО РЦ
    «Феникс»» → «Феникс», «Центр освобождения пленных «Офицерский корпус»» → «Офицерский
    корпус» (the kind has a noun or an abbreviation: not «Молодёжное «Яблоко»», the party's
    youth; the quoted name as written on its own: not «Молодая гвардия «Единой России»»)."""
    names = set(names)
    pairs = {}
    for name in names:
        found = _KIND_AND_QUOTED.fullmatch(name)
        if found and found.group(2) in names and not all(ADJECTIVE_END.search(w) for w in found.group(1).split()):
            pairs[name] = found.group(2)
    return pairs


_KIND_AND_QUOTED = re.compile(r"(.+?)\s+[«\"„“]([^«»\"„“”]+)[»\"“”]")


def tidy_name(name: str) -> str:
    """An NER span's name with its edges mended: a bracket or quote closed, an unopened one
    dropped, trailing dots and a footnote's star gone: «СИЗО «Лефортово» → «СИЗО «Лефортово»»,
    «МОЗ)» → «МОЗ», «ИноСМИ.» → «ИноСМИ», «Фонд Н*» → «Фонд Н»."""
    name = name.strip().rstrip("«„“ (*").lstrip("»” )")
    while name.count(")") > name.count("("):
        name = name[::-1].replace(")", "", 1)[::-1].rstrip()
    if name.count("«") > name.count("»"):
        name += "»"
    while name.count("»") > name.count("«"):
        name = name.replace("»", "", 1)
    if name.count("(") > name.count(")"):
        name += ")"
    if name.count('"') % 2:  # close an opening quote («ООО "Ромашка»), drop a stray closing one
        first = name.find('"')
        opening = first == 0 or name[first - 1] in " («"
        name = name + '"' if opening else name[:first] + name[first + 1:]
    last = name.rsplit(None, 1)[-1] if name.strip() else ""
    if name.endswith(("…", "...")) or name.endswith((".", ",", ";", ":")) and len(last.rstrip(".,;:")) > 3:
        name = name.rstrip(".,;:… ")
    return " ".join(name.split())
