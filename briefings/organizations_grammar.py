"""Word-level morphology the organization rules share: cases and numbers of a word
(pymorphy parses from natasha's ``MorphVocab``), adjacency of tokens, sentence starts,
nominative forms of a head noun and its adjectives.
"""

from __future__ import annotations

import re

from briefings.organizations_lexicon import Token
from briefings.people_names import CYRILLIC_WORD, NAME_GRAMMEMES, fold


CAPITALIZED = re.compile(r"[A-ZА-ЯЁ][\w'’-]*$")


_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Orgn", "Geox", "Abbr", "Trad", "Fixd"})


def is_plain_noun(word: str, vocab) -> bool:
    """A word of the dictionary that is no name, place or organization: «коллегия», «сеть»
    (not «Спартак», «Вермонт», «ЕС»)."""
    parses = vocab.parse(fold(word))
    return bool(parses) and all(p.is_known and not (_NAME_GRAMMEMES & p.tag.grammemes) for p in parses)


def genitive_of(vocab, word: str, pos: str) -> bool:
    return any(p.tag.POS == pos and p.tag.case == "gent" for p in vocab.parse(fold(word)))


def genitive_plural(vocab, word: str, pos: str, *grammemes: str) -> bool:
    return any(p.tag.POS == pos and p.tag.case == "gent" and p.tag.number == "plur"
               and all(g in p.tag.grammemes for g in grammemes) for p in vocab.parse(word))


def sentence_start(text: str, start: int) -> bool:
    if start < 0:
        return True  # (asked without a position)
    before = text[max(0, start - 6):start].rstrip(" \u00a0\t«\"„“'—–-")
    return not before or before[-1] in ".!?…\n:"


_KIND_BEFORE_QUOTE = re.compile(r"(?<![\w-])([А-ЯЁа-яё][а-яё]+)[ \u00a0][«\"„“]$")


def after_kind_noun(text: str, start: int, stop: int, vocab, kinds: frozenset[str]) -> bool:
    """The name at ``start:stop`` is all of a quoted name written right after a noun for its
    kind, in words that may be nominatives («в команде «Зенит»», «агентство «Автостат»»,
    «Радиостанции «Говорит Москва» добавляют») or only instrumentals the noun is not
    («организацию «Пером»»): it stands in apposition, so it is written as is whatever the
    case of the sentence."""
    before = _KIND_BEFORE_QUOTE.search(text, max(0, start - 40), start)
    if before is None or text[stop:stop + 1] not in ("»", '"', "“", "”"):
        return False
    nouns = [p for p in vocab.parse(fold(before.group(1))) if p.tag.POS == "NOUN" and fold(p.normal_form) in kinds]
    words = CYRILLIC_WORD.findall(text, start, stop)
    # (or an instrumental the noun cannot govern nor agree with: «организацию «Пером»», not «Перо»)
    return bool(nouns) and (all(_may_be_nominative(vocab, word) for word in words)
                            or bool(words) and all(_instrumental_apart(vocab, word, nouns) for word in words))


def _instrumental_apart(vocab, word: str, nouns) -> bool:
    """The dictionary reads ``word`` only as an instrumental, which the noun's ``nouns``
    readings are not: a name as written, not its case form («Пером» after «организацию»;
    not a dative another word governs: «входящему в холдинг «Кузлитмашу»»)."""
    cases = {p.tag.case for p in vocab.parse(fold(word)) if p.tag.case}
    return cases == {"ablt"} and "ablt" not in {p.tag.case for p in nouns}


def _may_be_nominative(vocab, word: str) -> bool:
    """The dictionary reads ``word`` as a nominative and as no other case of the singular
    but the accusative, or in no case at all («Говорит»); not «Газпрома», «Единой»,
    «Автостата» (a guess for «автостат»), «Победы» (in «дочерней компанией «Газпрома»»,
    «пассажиры авиакомпании «Победы»» the name is a genitive after the noun, not in
    apposition to it), nor a person's name in the plural («группа «Ольги»»: the cast of
    the film «Ольга»)."""
    parses = [p for p in vocab.parse(fold(word)) if p.tag.case]
    if any(p.tag.number == "sing" and p.tag.case not in ("nomn", "accs") for p in parses):
        return False
    return not parses or any(p.tag.case == "nomn" and not (p.tag.number == "plur" and NAME_GRAMMEMES & p.tag.grammemes)
                             for p in parses)


def complement_word(vocab, word: str) -> bool:
    """A complement word: a genitive («Великобритании», «Терезы»), an abbreviation or a
    foreign word; not a lone letter or a nominative («... Борис Джонсон заявил»)."""
    if len(word) < 2:
        return False
    if word.isupper() or not re.search("[а-яё]", word, re.IGNORECASE):
        return True
    parses = vocab.parse(fold(word))
    return any(p.tag.case == "gent" or "Fixd" in p.tag.grammemes for p in parses)


def adjacent(text: str, left: Token, right: Token) -> bool:
    """Only spaces between two words (a name does not go on past a line break)."""
    between = text[left.stop:right.start]
    return between.strip() == "" and "\n" not in between


def nominative_noun(parse) -> str:
    form = parse.inflect({"Nom", "Plur" if parse.tag.number == "plur" else "Sing"}) or parse.inflect({"Nom"})
    return form.word if form else parse.word


def agreeing_adjective(adj, head):
    """The nominative form of the adjective parse ``adj`` that agrees with the noun parse
    ``head`` in number and gender, or None when the dictionary has none."""
    grams = {"Nom"}
    if head.tag.number == "plur":
        grams.add("Plur")
    else:
        grams |= {"Sing", {"masc": "Masc", "femn": "Fem", "neut": "Neut"}.get(str(head.tag.gender), "Masc")}
    return adj.inflect(grams)


def nominative_adjective(adj, head) -> str:
    form = agreeing_adjective(adj, head)
    return form.word if form else adj.word


_CASES_OF_HEAD = frozenset({"nomn", "ablt", "datv", "loct"})  # (a genitive after adjectives is a complement)


def agreeing_name(name: str, vocab) -> str:
    """A nominative name whose adjectives and head noun agree, mended where the tagger misread
    one word's number, gender or case: «Республиканская партии» → «Республиканская партия»,
    «Мариинский театры» → «Мариинский театр», «Американский академия» → «Американская
    академия», «Константинопольский Патриархатом» → «Константинопольский Патриархат»,
    «Объединённого фронт» → «Объединённый фронт», «Луганская народные республики» →
    «Луганская народная республика».
    (Singular is taken when adjective and noun disagree in number, plural where the noun
    is a nominative plural and no singular reading of the adjective has its gender:
    «Военно-морским силы» → «Военно-морские силы»; the noun's gender wins.)"""
    words = name.split(" ")
    adjectives: list[tuple[int, list]] = []
    i = 0
    while i < min(len(words), 3):
        if not CYRILLIC_WORD.fullmatch(words[i]):
            return name
        parses = vocab.parse(fold(words[i]))
        adj = [p for p in parses if p.tag.POS in ("ADJF", "PRTF")]
        if not adj or any(p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in parses) \
                and not any(p.tag.case == "nomn" for p in adj):
            break
        adjectives.append((i, adj))
        i += 1
    if not adjectives or i >= len(words) or not re.fullmatch(r"[А-ЯЁа-яё]+", words[i]):
        return name
    nouns = [p for p in vocab.parse(fold(words[i])) if p.tag.POS == "NOUN" and p.is_known
             and not _NAME_GRAMMEMES & p.tag.grammemes and p.tag.case in _CASES_OF_HEAD]
    if not nouns or len(words[i]) < 4 or not any(n.tag.case == "nomn" for n in nouns) and words[i].islower():
        return name  # («Заведующая сектором»: a lower-case noun in another case is governed, not the head)
    if all(any(agrees(a, n) and a.tag.case == n.tag.case == "nomn" for a in adj for n in nouns)
           for _, adj in adjectives):
        return name  # every adjective agrees with the noun
    genders = {n.tag.gender for n in nouns}
    only_plural = all(a.tag.number == "plur" for _, adj in adjectives for a in adj)
    # plural also where no singular reading of an adjective has the noun's gender and the noun
    # as written is a nominative plural: «Военно-морским силы» (a dative plural adjective left)
    no_singular_agrees = all(any(a.tag.number == "plur" for a in adj)
                             and not any(a.tag.number == "sing" and a.tag.gender in genders for a in adj)
                             for _, adj in adjectives)
    noun_plural = any(n.tag.case == "nomn" and n.tag.number == "plur" and n.word == fold(words[i]) for n in nouns)
    number = "plur" if only_plural or no_singular_agrees and noun_plural else "sing"
    noun = nouns[0]
    head = noun.inflect({"Nom", _UD_NUMBER[number]})
    if head is None:
        return name
    gender = head.tag.gender
    out = list(words)
    out[i] = _shaped(head.word, words[i])
    for j, adj in adjectives:
        if not any(a.tag.case == "nomn" and a.tag.number == number and (number == "plur" or a.tag.gender == gender)
                   for a in adj):
            form = adj[0].inflect({"Nom", _UD_NUMBER[number]} | ({_UD_GENDER[gender]} if number == "sing" else set()))
            if form is None:
                return name
            out[j] = _shaped(form.word, words[j])
    return " ".join(out)


_UD_NUMBER = {"sing": "Sing", "plur": "Plur"}
_UD_GENDER = {"masc": "Masc", "femn": "Fem", "neut": "Neut", None: "Masc"}


def agrees(adj, noun) -> bool:
    """The adjective parse agrees with the noun parse in number, and in gender in the singular."""
    return adj.tag.number == noun.tag.number and (noun.tag.number == "plur" or adj.tag.gender == noun.tag.gender)


def _shaped(word: str, like: str) -> str:
    """``word`` written like ``like``: capitalized or not (a hyphenated word part by part)."""
    if like.isupper():
        return word.upper()
    if word.count("-") != like.count("-"):
        return word[:1].upper() + word[1:] if like[:1].isupper() else word
    return "-".join(w[:1].upper() + w[1:] if part[:1].isupper() else w for w, part in zip(word.split("-"), like.split("-")))
