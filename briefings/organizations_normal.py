"""An organization's name in the nominative, from the morph tagger's tokens of its span.

``normalize_organization`` inflects the words up to the head noun and keeps the rest
(«Следственного комитета России» → «Следственный комитет России»); ``known_nominative``
tells a name the dictionary reads as a nominative; ``in_a_listed_genitive`` reads a quoted
name listed among genitives as one («сотрудники «Фонтанки», «Медузы»» → «Медуза»).
"""

from __future__ import annotations

import re
from copy import copy
from types import SimpleNamespace

from natasha import MorphVocab
from natasha.norm import inflect_word, recover_spaces
from natasha.shape import recover_shape

from briefings.dates_lexicon import MONTHS
from briefings.people_names import CYRILLIC_WORD, NAME_GRAMMEMES, fold, with_yo
from briefings.places import POSSESSIVE_OBLIQUE

_OC_CASE = {"Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}


_NEVER_NOMINATIVE = ("ом", "ем", "ами", "ями", "ах", "ях")
# a word and a number or capital letters: «Формулы-1», «Евро-2016», «Союза-У», «Союза-ТМА»
_NUMBERED = re.compile(r"([А-ЯЁа-яё]{2,})-(\d+|[А-ЯЁ]{1,3})")


def _inflect(vocab: MorphVocab, token, in_phrase: bool = False) -> str:
    """natasha's ``inflect_word``, then a looser try for words whose gender or number the
    tagger got wrong: any parse in the tagged case, put in the nominative («Алросой»); a
    noun the dictionary knows only out of the nominative, in another case than tagged.
    An adjective keeps its stem: «Высшей» → «Высшая», not the lexeme's «высочайшая».
    ``in_phrase``: the word heads a name of several words."""
    numbered = _NUMBERED.fullmatch(token.text)
    if numbered:  # «Формулы-1» → «формула-1»: the word declines, the number or the letters stay
        word = SimpleNamespace(text=numbered.group(1), pos=token.pos, feats=token.feats)
        return f"{_inflect(vocab, word, in_phrase)}-{numbered.group(2)}"
    word = inflect_word(vocab, token)
    case = (token.feats or {}).get("Case")
    original = token.text.lower().replace("ё", "е")
    word = _stem_kept(vocab, token, original, word)
    possessive = POSSESSIVE_OBLIQUE.fullmatch(original)
    if token.pos == "ADJ" and case in _OC_CASE and possessive and word == original \
            and not any(p.tag.POS == "ADJF" and p.is_known for p in vocab.parse(original)):
        # a short possessive adjective the dictionary does not know: «Чудовом» → «чудов»,
        # «на Куликовом поле» → «куликово» (not «куликовое», the guess of a full adjective)
        ending = {"Fem": "а", "Neut": "о"}.get((token.feats or {}).get("Gender"), "")
        return possessive.group(1) + ending
    if token.pos == "ADJ" and case in _OC_CASE and len(word) > len(original):
        return _closest_nominative(vocab, original, _OC_CASE[case], token.feats.get("Gender")) or word
    if word != original:
        return (_noun_declension(vocab, token, original) or word) if word.endswith(_ADJECTIVE_ENDINGS) else word
    parses = vocab.parse(word)
    number = {"Sing": "sing", "Plur": "plur"}.get((token.feats or {}).get("Number"))  # (OpenCorpora's)
    for parse in parses:
        if parse.tag.case == _OC_CASE.get(case) and parse.tag.POS in ("NOUN", "ADJF"):
            form = parse.inflect({"Nom"})
            if form and not (parse.tag.number == "plur" and len(form.word) > len(word) and (
                    NAME_GRAMMEMES & parse.tag.grammemes
                    or not parse.is_known and number and parse.tag.number != number)):
                return form.word  # (no bare stem made a person's name in the plural: «Брэбэм» → «брэбэмы»,
                # nor a plural a guess reads where the tagger reads the singular: «в «Ростех»» → «ростёхи»)
    oblique = parses and all(p.tag.case not in ("nomn", None) for p in parses)
    if token.pos in ("NOUN", "PROPN") and oblique \
            and (all(p.is_known for p in parses) and (case in _OC_CASE or word.endswith(_NEVER_NOMINATIVE))
                 or case not in _OC_CASE and word.endswith(("ом", "ем"))) \
            and not (word.endswith("е") and not token.text.islower()
                     and (not in_phrase or any(p.tag.gender not in ("masc", "neut") for p in parses))) \
            and all(part[1:].islower() for part in token.text.split("-")):
        # a word the dictionary knows only out of the nominative, tagged in another oblique
        # case («в Минтруда» tagged locative; in «-е» only a masculine or neuter noun heading
        # words after it: «в … Центре стратегических разработок» tagged instrumental; a word in
        # lower case is a common noun, any gender: «Национальной ассамблее Франции») or
        # tagged nominative with an ending no name has in the nominative («Юганскнефтегазом»,
        # «Левада-Центром»; a word the dictionary does not know, when no guess at it is in
        # the nominative and it ends like an instrumental: «Детгизом», not «Мосгоризбирком»,
        # nor «Хезболлах», which the guesses would make a plural);
        # not «Алроса» (a name, not the genitive of «алрос»), «в «Алросе»», «Шальке» (no
        # form of «шалька»), «УрФУ», «ГИПРОНикелем»
        form = parses[0].inflect({"Nom"})
        if form:
            return form.word
    company = next((p for p in parses if p.tag.POS == "NOUN" and "Orgn" in p.tag.grammemes
                    and p.tag.case in ("datv", "ablt")), None)
    if token.pos in ("NOUN", "PROPN") and company and not parses[0].is_known and token.text[1:].islower() \
            and word.endswith(("у", "ю", "ом", "ем")) and not any(p.tag.case == "nomn" for p in parses):
        # a company's name the dictionary does not know, which the guesser reads as a
        # company's in the dative or the instrumental, and as no nominative: «Кузлитмашу»,
        # «Укроборонпрому», «Олимпстроем» (not «Мацуму»)
        return company.normal_form
    feats = token.feats or {}
    ending = _FEMININE_OBLIQUE.get((case, word[-1:]))
    if token.pos in ("NOUN", "PROPN") and ending and feats.get("Gender") == "Fem" and feats.get("Number") == "Sing" \
            and len(word) > 4 and not any(p.is_known for p in parses) and token.text[1:].islower():
        # a feminine name the dictionary does not know, in the accusative or the genitive:
        # «Хезболлу», «Хезболлы» → «Хезболла» (the guesses read a masculine dative or plural);
        # a masculine one's accusative is its nominative, and names ending in «-у» or «-и»
        # the dictionary knows keep them: «Шойгу», «Баку», «Тбилиси»
        return word[:-1] + ("а" if word.endswith("и") and word[-2:-1] in "гкхжшчщц" else ending)
    return word


# the ending of a feminine noun's nominative by its case and its last letter there
_FEMININE_OBLIQUE = {("Acc", "у"): "а", ("Acc", "ю"): "я", ("Gen", "ы"): "а", ("Gen", "и"): "я"}


_ADJECTIVE_ENDINGS = ("ая", "яя", "ый", "ий", "ой", "ое", "ее")


def _noun_declension(vocab: MorphVocab, token, original: str) -> str | None:
    """The nominative of a noun the dictionary does not know, read by the noun declension
    when its guesses also hold an adjective's («Миннесотой» → «миннесота», not
    «миннесотая»): a name the tagger calls a noun, in the case it tagged."""
    if token.pos not in ("NOUN", "PROPN"):
        return None
    case = _OC_CASE.get((token.feats or {}).get("Case"))
    parses = vocab.parse(original)
    if case is None or any(p.is_known for p in parses):
        return None
    for parse in parses:
        if parse.tag.POS == "NOUN" and parse.tag.case == case and not parse.normal_form.endswith(_ADJECTIVE_ENDINGS):
            return parse.normal_form
    return None


def _common_prefix(a: str, b: str) -> int:
    return next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))


_OC_GENDER = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}


def _stem_kept(vocab: MorphVocab, token, original: str, word: str) -> str:
    """Of two nouns of the tagged case and gender a form belongs to, the one whose
    nominative keeps the form's stem: «Президентского полка» → «полк», not «полок» (a
    shelf), which the dictionary scores the same; a fleeting vowel only where no other
    noun has the form («Кубка» → «кубок»)."""
    case = _OC_CASE.get((token.feats or {}).get("Case"))
    if token.pos != "NOUN" or case is None or original.startswith(word):
        return word
    gender = _OC_GENDER.get((token.feats or {}).get("Gender"))
    lemmas = {p.normal_form for p in vocab.parse(original)
              if p.tag.POS == "NOUN" and p.tag.case == case and p.tag.number == "sing" and p.is_known
              and not NAME_GRAMMEMES & p.tag.grammemes and (gender is None or p.tag.gender == gender)}
    if word not in lemmas:
        return word
    kept = [lemma for lemma in lemmas if original.startswith(lemma) and lemma != word]
    return kept[0] if len(kept) == 1 else word


def _closest_nominative(vocab: MorphVocab, word: str, case: str, gender: str | None) -> str | None:
    """The nominative of an adjective's form nearest in spelling to it (one lexeme holds
    «высший» and «высочайший»; an adjective's nominative is never longer than its form)."""
    for parse in vocab.parse(word):
        if parse.tag.case == case and parse.tag.POS == "ADJF" \
                and parse.tag.gender == _OC_GENDER.get(gender, parse.tag.gender):
            forms = [f.word for f in parse.lexeme if f.tag.case == "nomn" and f.tag.number == parse.tag.number
                     and f.tag.gender == parse.tag.gender and f.tag.POS == "ADJF"]
            if forms:
                return max(forms, key=lambda f: _common_prefix(f, word))
    return None


def in_a_listed_genitive(tokens, span, spans, text: str, vocab: MorphVocab):
    """The one word of a quoted name read as a nominative, listed among quoted names the
    tagger read as genitives, as a genitive singular where the dictionary has one: «сотрудники
    «Фонтанки», «Новой газеты», «Медузы»» → «Медуза», not the plural «Медузы»."""
    word = tokens[0] if len(tokens) == 1 else None
    if word is None or (word.feats or {}).get("Case") != "Nom" or text[span.start - 1:span.start] != "«" \
            or text[span.stop:span.stop + 1] != "»" \
            or not any(p.tag.case == "gent" and p.tag.number == "sing" for p in vocab.parse(fold(word.text))):
        return tokens
    listed = [s for s in spans if s.type == "ORG" and s is not span and s.tokens
              and (_LIST_JOINT.fullmatch(text[s.stop:span.start]) or _LIST_JOINT.fullmatch(text[span.stop:s.start]))]
    if not any((s.tokens[-1].feats or {}).get("Case") == "Gen" for s in listed):
        return tokens
    genitive = copy(word)
    genitive.feats = {**(word.feats or {}), "Case": "Gen", "Number": "Sing"}
    return [genitive]


_LIST_JOINT = re.compile(r"»(?:,|[ \u00a0]+и)[ \u00a0]+«")  # between two quoted names of a list


def normalize_organization(vocab: MorphVocab, tokens) -> str:
    """Nominative of an organization name: inflect up to the head noun, keep the rest.

    «Следственного комитета России» → «Следственный комитет России»,
    «Министерства иностранных дел» → «Министерство иностранных дел».
    An abbreviation keeps its letters: «ФСЭГ», «МИДа» → «МИД». A lone adjective takes the
    nominative of its gender («Олимпийском» → «Олимпийский», «Скорой» → «Скорая»).
    """
    if len(tokens) == 1:
        compound = _compound_with_oblique_noun(vocab, tokens[0].text)
        if compound:
            return compound  # «социолог Левада-Центра» → «Левада-Центр», however the tagger reads it
    head = next((i for i, t in enumerate(tokens)
                 if t.pos in ("NOUN", "PROPN") and not _adjective_tagged_noun(vocab, t)
                 or _noun_tagged_adjective(vocab, t)), None)
    if head is None and len(tokens) > 1:  # adjectives alone, the last tagged a noun: «в «Первом рукодельном»»
        head = next((i for i, t in enumerate(tokens) if t.pos == "NOUN"), None)
    if head is None and len(tokens) == 1 and (tokens[0].pos == "ADJ" or _adjective_tagged_noun(vocab, tokens[0])) \
            and tokens[0].text[:1].isupper() \
            and tokens[0].text.isalpha() and not tokens[0].text.isascii():
        # an adjective named alone: «в «Олимпийском»» → «Олимпийский», «от «Южного»» → «Южный»
        return recover_shape(with_yo(_inflect(vocab, tokens[0]), tokens[0].text), tokens[0].text)
    counted = head is not None and tokens[0].text.isdigit() and (
        (tokens[head].feats or {}).get("Case") != "Gen" or _named_by_number(tokens[0].text, tokens[head]))
    if head is None or any(not (t.text[:1].isalpha() or i == 0 and counted) or t.text.isascii() and not counted
                           for i, t in enumerate(tokens[: head + 1])):
        # (a number first, the noun out of the genitive it governs: «5 каналу» → «5 канал»,
        # «5 канала» → «5 канал»; «360 минут», «2 канала», «14 марта» stay)
        return recover_spaces([t.text for t in tokens], tokens)
    if head + 1 < len(tokens) and _person_named(vocab, tokens[head], tokens[head + 1]):
        head += 1  # named after a person: «в «Салавате Юлаеве»» → «Салават Юлаев»
    words = []
    for i, token in enumerate(tokens):
        abbreviation = _ABBREVIATION.fullmatch(token.text)
        if i > head or token.text.isdigit():
            words.append(token.text)
        elif abbreviation and (not _dictionary_word(vocab, token.text) or _word_in_capitals(vocab, abbreviation)):
            words.append(abbreviation.group(1))
        elif "-" in token.text[1:] and token.pos == "ADJ" and (tokens[head].feats or {}).get("Case") in _OC_CASE:
            words.append(_compound_adjective(vocab, token.text, tokens[head].feats))
        elif i < head and token.pos != "ADJ" and (agreeing := _agreeing_with_head(vocab, token.text, tokens[head].feats)):
            # an adjective the tagger misread before its noun: «Непокорной Франции» → «Непокорная Франция»
            words.append(recover_shape(agreeing, token.text))
        else:
            words.append(recover_shape(with_yo(_inflect(vocab, token, i == head < len(tokens) - 1), token.text),
                                       token.text))
    return recover_spaces(words, tokens)


def _agreeing_with_head(vocab: MorphVocab, word: str, feats: dict | None) -> str | None:
    """The nominative of a word the dictionary knows only as an adjective, in the gender and
    number of the head noun it agrees with in the head's tagged case (``feats``); None for
    any other word."""
    feats = feats or {}
    case = _OC_CASE.get(feats.get("Case", ""), "nomn")
    gender = _OC_GENDER.get(feats.get("Gender", ""))
    number = "plur" if feats.get("Number") == "Plur" else "sing"
    parses = vocab.parse(word.lower())
    if not parses or not all(p.tag.POS == "ADJF" and p.is_known for p in parses):
        return None
    for p in parses:
        if p.tag.case == case and p.tag.number == number and (number == "plur" or p.tag.gender == gender):
            form = p.inflect({"Nom", "Plur"} if number == "plur" else {"Nom", "Sing", feats.get("Gender", "Masc")})
            if form:
                return form.word
    return None


def _word_in_capitals(vocab: MorphVocab, abbreviation: re.Match) -> bool:
    """A dictionary word written in capitals, a case ending after them: «ЛУКОЙЛа» is
    «ЛУКОЙЛ», however the tagger reads its case."""
    letters = abbreviation.group(1)
    return letters != abbreviation.group(0) and any(
        p.normal_form == letters.lower() for p in vocab.parse(abbreviation.group(0).lower()))


def _named_by_number(number: str, noun) -> bool:
    """A noun in the genitive singular no number it follows governs, but a name's case:
    «эфире «5 канала»» (five takes a genitive plural: «5 каналов»; «2 канала» are counted),
    not a date («14 марта»)."""
    feats = noun.feats or {}
    if feats.get("Case") != "Gen" or feats.get("Number") != "Sing" or number[-1:] in "234" and number[-2:-1] != "1":
        return False
    return fold(noun.text) not in MONTHS


def _compound_with_oblique_noun(vocab: MorphVocab, word: str) -> str | None:
    """A capitalized name of two parts joined by a hyphen whose last part is a noun the
    dictionary knows only out of the nominative, singular: that part in the nominative
    («Левада-Центра», «Ельцин-Центром» → «…-Центр»; not «Кока-Колы», «колы» being a plural
    nominative too, nor a name after an Arabic article: «Аль-Акса»); else None."""
    first, _, last = word.rpartition("-")
    if len(first) < 4 or not first[:1].isupper() or not last[:1].isupper() or not last[1:].islower() or len(last) < 4:
        return None  # (not after an Arabic article: «Аль-Акса», «Аль-Наба»)
    parses = [p for p in vocab.parse(fold(last)) if p.is_known]
    if not parses or any(p.tag.POS != "NOUN" or p.tag.case == "nomn" or p.tag.number != "sing" for p in parses):
        return None
    lemmas = {p.normal_form for p in parses}
    if len(lemmas) != 1:
        return None
    return f"{first}-{recover_shape(with_yo(lemmas.pop(), last), last)}"


def _person_named(vocab: MorphVocab, first, second) -> bool:
    """``first`` and ``second`` are a person's first name and surname in one oblique case:
    an organization named after the person, both words inflected («Салавата Юлаева»)."""
    case = (first.feats or {}).get("Case")
    if case in (None, "Nom") or (second.feats or {}).get("Case") != case or not second.text[:1].isupper():
        return False
    return any("Name" in p.tag.grammemes for p in vocab.parse(fold(first.text))) \
        and any("Surn" in p.tag.grammemes for p in vocab.parse(fold(second.text)))


def _compound_adjective(vocab: MorphVocab, word: str, head_feats: dict) -> str:
    """«Экспертно-консультативного» (совета) → «Экспертно-консультативный»: the last part
    declines, in the case and gender of the head noun (the tagger leaves such words bare)."""
    first, _, last = word.rpartition("-")
    nominative = _closest_nominative(vocab, last.lower(), _OC_CASE[head_feats["Case"]], head_feats.get("Gender"))
    return f"{first}-{recover_shape(nominative, last)}" if nominative else word


def _adjective_tagged_noun(vocab: MorphVocab, token) -> bool:
    """A word the tagger calls a proper noun or a noun that the dictionary knows only as an
    adjective: «Североатлантического» in «Североатлантического альянса», «Непокорной» in
    «Непокорной Франции» is no head noun."""
    if token.pos not in ("PROPN", "NOUN") or not token.text[1:].islower():
        return False
    parses = vocab.parse(token.text.lower())
    return bool(parses) and all(p.tag.POS == "ADJF" and p.is_known for p in parses)


def _noun_tagged_adjective(vocab: MorphVocab, token) -> bool:
    """A capitalized word the tagger calls an adjective that the dictionary knows only as a
    noun: «Коллегия» in «Коллегия выборщиков»; not one the dictionary knows as a noun in
    another case than tagged only («Чудовом монастыре»: the adjective «Чудов», not the
    town «Чудово»)."""
    if token.pos != "ADJ" or not token.text[:1].isupper():
        return False
    parses = vocab.parse(token.text.lower())
    case = _OC_CASE.get((token.feats or {}).get("Case"), "nomn")
    return bool(parses) and all(p.tag.POS == "NOUN" and p.is_known for p in parses) \
        and any(p.tag.case == case for p in parses)


def known_nominative(vocab: MorphVocab, name: str) -> bool:
    """Whether the dictionary reads a name's first word as a nominative, or as a name,
    whose forms it may have wrong: «Литфонд», «Алроса» (to it, the genitive of «алрос»);
    not «Литфонда», nor a word it does not know («Алавесе», «Pfizer»: no evidence)."""
    first = CYRILLIC_WORD.match(name)
    if first is None:
        return False
    return any(p.is_known and (p.tag.case == "nomn" or {"Orgn", "Geox", "Name", "Surn"} & p.tag.grammemes)
               for p in vocab.parse(fold(first.group())))


def _dictionary_word(vocab: MorphVocab, word: str) -> bool:
    """A common word of the dictionary («ПОПРАВКУ» in a headline), not an abbreviation (which
    a short word in capitals always is: «ИГ», not the plural of «иго»)."""
    if len(word) <= 4:
        return False
    parses = vocab.parse(word.lower())
    return bool(parses) and all(p.is_known and "Abbr" not in p.tag.grammemes for p in parses)


# an abbreviation, maybe with a case ending: «ФСЭГ», «МИДа», «ОПЕК»
_ABBREVIATION = re.compile(r"([A-ZА-ЯЁ]{2,})(?:-?(?:а|у|ом|е|ы|ой|ов|ам|ами|ах))?")
