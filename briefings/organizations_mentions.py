"""Organization mentions besides the NER's spans: institutions written with common nouns
(«британское правительство», «коллегия выборщиков», «полиция»), parties named by their
members («республиканцы»), the agency of a dateline («11:10 REGNUM»), an ORG span the NER
cut after its first word («Палата» + «представителей»), and the country adjective the NER
left before an institution's word («российского МИДа»).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from itertools import takewhile
from typing import Callable, Iterable, Mapping, Sequence

from briefings.model import Span
from briefings.organizations_grammar import (
    CAPITALIZED,
    adjacent,
    complement_word,
    genitive_of,
    genitive_plural,
    is_plain_noun,
    nominative_adjective,
    nominative_noun,
    sentence_start,
)
from briefings.organizations_lexicon import (ABBREVIATION, DEPARTMENTS, WORD, Lexicon, OrgMention, Token, is_legal_form,
                                            lemma, stem_key)
from briefings.organizations_names import abbreviates, is_abbreviation, spells
from briefings.place_kinds import kind_words
from briefings.people import fold
from briefings.people_names import NAME_GRAMMEMES


_VERB_POS = frozenset({"VERB", "INFN", "PRTS", "ADJS", "GRND", "ADVB", "PRED"})


def _verb_like(word: str, vocab, kinds: frozenset[str] | None = None) -> bool:
    """A lower-case word that can only be a verb form, a short adjective or an adverb
    («суждена», «избираются»); of ``kinds`` of these only, when given."""
    if not word.isalpha() or not word.islower():
        return False
    parses = vocab.parse(word)
    return bool(parses) and all(p.tag.POS in (kinds or _VERB_POS) for p in parses)


# a predicate's forms, which no name has inside it: «представлены», «избираются»
_PREDICATE_POS = frozenset({"VERB", "PRTS", "INFN"})


_AGE = re.compile(r"\d+-?летн(?:ий|яя|его|ей|ему|им|ую|юю)")


def without_trailing_verbs(tokens: Sequence[Token], vocab, quote: str = "") -> list:
    """An ORG span the NER ran into the predicate is cut before it: «Коллегии суждена
    (долгая жизнь)», «в Палате избираются», «в Совете представлены организации …»; a name
    never ends in a verb or an adverb, nor
    in the age of the person after it («полковник ГРУ 66-летний Сергей Скрипаль»), unless
    the words are quoted («ФБА «Экономика сегодня»»; ``quote``: the character right before
    the span, an opening quote in «редакции "Экономика сегодня"»)."""
    out = list(tokens)
    inside = next((i for i in range(1, len(out) - 1) if _verb_like(out[i].text, vocab, _PREDICATE_POS)
                   and not _in_open_quote(out[:i], quote)), None)
    if inside is not None:
        out = out[:inside]  # the predicate and its subject after it: «в Совете представлены организации …»
    while len(out) > 1 and (_verb_like(out[-1].text, vocab) or _AGE.fullmatch(out[-1].text)) \
            and not _in_open_quote(out[:-1], quote):
        out.pop()
    return out


def _in_open_quote(tokens: Sequence[Token], opened: str = "") -> bool:
    """Whether a quotation opened among ``tokens`` (or right before them: ``opened``) is
    still open after them: the words that follow are the quoted name's own («ФБА
    «Экономика сегодня»»)."""
    depth = int(opened in ("«", "„"))
    for t in tokens:
        depth += (t.text in ("«", "„")) - (t.text in ("»", "“"))
    straight = sum(t.text == '"' for t in tokens) + (opened == '"')
    return depth > 0 or straight % 2 == 1


def without_loose_tail(tokens: Sequence[Token], vocab, brand_tails: frozenset[str] = frozenset()) -> list:
    """An ORG span ends in no preposition or conjunction the NER took in («Центр по, как
    сказали, вопросам …», «Комитет за мир в …»), nor in a lower-case noun
    that is the next phrase's object: a case other than the genitive, right after the
    noun that heads the name (capitalized, or, for an accusative, the first noun after the
    name's capitalized adjectives: «Красной армии веру»; not «Русской православной церкви
    заграницей»), in another case, as natasha's tagger reads them in context («в Коллегии волю
    штата»), nor in a lower-case locative without its
    preposition («для Академии наук русле»). Not «Газпром нефть» (one case), «Совет
    директоров» (a genitive), «Комитет по делам», «Центр управления обороной» (the
    object of a lower-case noun), nor a kind of organization after a brand
    (``brand_tails``: «Тинькофф банком»)."""
    out = list(tokens)
    while len(out) > 1:
        last, before = out[-1], out[-2]
        case = (getattr(last, "feats", None) or {}).get("Case")
        before_case = (getattr(before, "feats", None) or {}).get("Case")
        object_noun = last.text.isalpha() and last.text.islower() and getattr(last, "pos", None) == "NOUN" \
            and (before.text[:1].isupper() or out[0].text[:1].isupper() and before is _first_noun(out) and case == "Acc") \
            and getattr(before, "pos", None) in ("NOUN", "PROPN") \
            and not _adjective_parses(vocab, fold(before.text)) \
            and case not in (None, "Gen") and before_case is not None and case != before_case \
            and not genitive_of(vocab, last.text, "NOUN") \
            and not any(lemma(p) in brand_tails for p in vocab.parse(last.text))
        # (``genitive_of``: a genitive plural of people the tagger read as «Acc»)
        # a locative after a genitive complement lacks its preposition: «для Академии наук русле»
        stray_locative = last.text.isalpha() and last.text.islower() and getattr(last, "pos", None) == "NOUN" \
            and case == "Loc" and getattr(before, "pos", None) == "NOUN" and before_case == "Gen" \
            and before.text.islower() and not genitive_of(vocab, last.text, "NOUN")
        if not (object_noun or stray_locative) and getattr(last, "pos", None) not in ("ADP", "CCONJ", "SCONJ"):
            break
        out.pop()
    return out


def _first_noun(tokens: Sequence[Token]):
    """The first noun of a name's tokens (its head after adjectives), or None."""
    return next((t for t in tokens if getattr(t, "pos", None) in ("NOUN", "PROPN")), None)


def without_dangling_adjective(own: Sequence[Token], tokens: Sequence[Token], token_at: Mapping[int, int],
                               text: str, quote: str = "") -> list:
    """An ORG span ends in no lower-case adjective of the noun right after it: the NER cut
    the next phrase in two («решение Стокгольмского арбитража исторической (победой)»). It
    agrees with that noun in case, number and gender, as natasha's tagger reads them in
    context (not «Партия зелёных Германии»: a plural before a singular)."""
    out = list(own)
    while len(out) > 1 and out[-1].text.isalpha() and out[-1].text.islower() and getattr(out[-1], "pos", None) == "ADJ" \
            and not _in_open_quote(out[:-1], quote):
        i = token_at.get(out[-1].start)
        after = tokens[i + 1] if i is not None and i + 1 < len(tokens) else None
        if after is None or not adjacent(text, out[-1], after) or getattr(after, "pos", None) != "NOUN":
            break
        feats, after_feats = getattr(out[-1], "feats", None) or {}, getattr(after, "feats", None) or {}
        if any(feats.get(k) != after_feats.get(k) for k in ("Case", "Number")) or feats.get("Case") is None \
                or feats.get("Number") == "Sing" and feats.get("Gender") != after_feats.get("Gender"):
            break
        out.pop()
    if not any(getattr(t, "pos", None) in ("NOUN", "PROPN") for t in out):
        return list(own)  # no noun left: the tagger misread one («Британской энциклопедии статьи»)
    return out


def without_leading_role(tokens: Sequence[Token], vocab, lexicon: Lexicon) -> list:
    """An ORG span that starts with a person's role (``lexicon.role_heads``) names the body
    after it: «Член общественного совета» → «общественного совета», «Председатель комиссии
    по вакцинации»; nothing is left when that body is one common noun («Председатель
    комитета»): the role is the person's, not the organization's; and so does one that starts
    with a kind of body in a Latin abbreviation and a common noun («IT-агентства DISA»)."""
    out = list(tokens)
    if len(out) > 1 and _LATIN_KIND.fullmatch(out[0].text) and out[1].text[:1].isupper():
        return out[1:]  # a kind of body before the name: «IT-агентства DISA», «PR-агентства Ketchum»
    if len(out) < 2 or not out[1].text.isalpha() \
            or not any(_role_word(p) in lexicon.role_heads for p in vocab.parse(fold(out[0].text))):
        return out
    rest = out[1:]
    if len(rest) == 1 and rest[0].text.islower() and is_plain_noun(rest[0].text, vocab):
        return []
    return rest


_LATIN_KIND = re.compile(r"[A-Z]{1,4}-[а-яё]+")  # a Latin abbreviation joined to a common noun: «IT-агентства»


def _role_word(parse) -> str:
    """The lemma of a role noun; a participle used as one by its nominative («Заведующая
    сектором»: the dictionary reads «заведующая» only as «заведовать»)."""
    if parse.tag.POS == "PRTF":
        nominative = parse.inflect({"Nom"})
        return nominative.word if nominative else lemma(parse)
    return lemma(parse)


def name_tokens(span, tokens: Sequence[Token], token_at: Mapping[int, int], text: str, vocab,
                lexicon: Lexicon) -> list:
    """The tokens of an ORG span, with the people that finish a name the NER cut after its
    first word: «Коллегию» + «выборщиков», «Палата» + «представителей», «Съезд» + «народных
    депутатов» (after a lone common noun: a genitive plural of people, maybe with an
    adjective); a verb the NER ran into the span is cut off (:func:`without_trailing_verbs`),
    and so are a preposition or the next phrase's object at its end (:func:`without_loose_tail`)
    and a person's role before it (:func:`without_leading_role`); a lone adjective
    goes by what follows it (:func:`_lone_adjective`); an abbreviation the NER ran into
    lower-case words is the abbreviation alone («ИГ французских граждан вербует»)."""
    quote = text[span.start - 1:span.start]  # (any other character opens nothing)
    own = without_leading_role(without_trailing_verbs(span.tokens, vocab, quote), vocab, lexicon)
    own = _word_the_bracket_spells(own, tokens, token_at, text)
    if len(own) > 1 and quote not in "«\"„“" and own[0].text.isupper() and is_abbreviation(own[0].text) \
            and all(t.text.isalpha() and t.text.islower() for t in own[1:]) \
            and genitive_plural(vocab, own[-1].text, "NOUN", "anim"):
        return own[:1]  # (people after it are the phrase's; not «НИИ киноискусства»)
    if len(own) == 1 and own[0].pos == "ADJ":
        return _lone_adjective(own, tokens, token_at, text)
    if len(own) == 1 and is_legal_form(own[0].text):
        return own + _quoted_after(own[0], tokens, token_at, text)  # «НПЦ» + «Беспилотные … технологии»
    if len(own) > 1:
        own += _noun_cut_off(own, tokens, token_at, text, vocab)
        own += _coordinated_genitives(own, tokens, token_at, text, vocab)
        own += _complement_cut_off(own, tokens, token_at, text, vocab, lexicon)
        own += _second_remit(own, tokens, token_at, text, vocab, lexicon)
        kept = without_loose_tail(without_dangling_adjective(own, tokens, token_at, text, quote), vocab,
                                  lexicon.brand_tails)
        if len(kept) == 1 < len(own) and is_plain_noun(kept[0].text, vocab) \
                and not any(lemma(p) in lexicon.place_heads for p in vocab.parse(fold(kept[0].text))):
            return []  # «Центр по», «Администрация полномочия»: a common noun is left, no name (but «Кремль»)
        own = kept
    if len(own) == 1:
        head = _eponym_head(own[0], tokens, token_at, text, vocab, lexicon)
        if head is not None:
            return [head, *own]
    if len(own) != 1 or not is_plain_noun(own[0].text, vocab) or own[0].text.isupper():
        return own  # (not an abbreviation the dictionary reads as a word: «ИГ» is no «иго»)
    i = token_at.get(own[0].start)
    if i is None:
        return own
    for size in (2, 1):  # (the longer first: «Лиги» + «военных дипломатов», not «военных»)
        tail = tokens[i + 1:i + 1 + size]
        if len(tail) == size and all(t.text.isalpha() and t.text.islower() and len(t.text) > 3 for t in tail) \
                and all(adjacent(text, a, b) for a, b in zip([own[0], *tail], tail)) \
                and (size == 1 or genitive_plural(vocab, tail[0].text, "ADJF")) \
                and genitive_plural(vocab, tail[-1].text, "NOUN", "anim"):
            return own + list(tail)
    return own


def _word_the_bracket_spells(own: list, tokens: Sequence[Token], token_at: Mapping[int, int], text: str) -> list:
    """``own`` with the lower-case word before it whose first letter the abbreviation in a
    bracket at its end needs: «организация» + «Договора о коллективной безопасности (ОДКБ)»."""
    i = token_at.get(own[0].start) if own else None
    if not i or len(own) < 4 or own[-1].text != ")" or own[-3].text != "(" \
            or not ABBREVIATION.fullmatch(own[-2].text):
        return own
    before, abbreviation = tokens[i - 1], own[-2].text
    name = text[own[0].start:own[-3].start]
    if before.text.isalpha() and before.text.islower() and adjacent(text, before, own[0]) \
            and not abbreviates(abbreviation, name) and abbreviates(abbreviation, f"{before.text} {name}"):
        return [before, *own]
    return own


def _quoted_after(form: Token, tokens: Sequence[Token], token_at: Mapping[int, int], text: str) -> list:
    """The tokens of a quoted name right after a legal form or type the NER tagged alone
    («НПЦ «Беспилотные авиационные комплексы и технологии»»), quotes included; none when no
    quote of up to ten words closes on the line."""
    i = token_at.get(form.start)
    if i is None or i + 1 >= len(tokens) or tokens[i + 1].text != "«" or text[form.stop:tokens[i + 1].start] != " ":
        return []
    for k in range(i + 2, min(len(tokens), i + 13)):
        if tokens[k].text == "»":
            quoted = tokens[i + 1:k + 1]
            return quoted if k > i + 2 and "\n" not in text[quoted[0].start:quoted[-1].stop] else []
        if tokens[k].text == "«":
            return []
    return []


_CYRILLIC_WORD = re.compile(r"[А-ЯЁа-яё][А-ЯЁа-яё-]*")


def bracket_parts(tokens: Sequence[Token], vocab=None) -> list[list]:
    """An ORG span that ends in a bracket (closed or not: the NER may stop before «)»), as
    the mentions it makes. A short name in the bracket is a mention of its own
    («Федеральной службы … коммуникаций (Роскомнадзора)»: the service and «Роскомнадзор»,
    which the bracket pairs); a bracket of lower-case words is a comment, not the name
    («Народное собрание (парламента)», «больница (ул. Ломоносова)»). An abbreviation
    («(МОК)», «ВКП(б)»), a name in another alphabet («(Pew Research Center)»), several
    words, a bracket after one word («МАЭ (Кунсткамера)») or a person's or a place's name
    («Фонд поддержки детей (Потанин)») stay in the name; a quoted name in the bracket is
    another name («Джабхат Фатх аш-Шам» («Фронт ан-Нусра»)). The second part of a split,
    when there is one, is the short name."""
    tokens = list(tokens)
    opening = max((i for i, t in enumerate(tokens) if t.text == "("), default=0)
    if opening < 2:
        return [tokens]
    inner = tokens[opening + 1:-1] if tokens[-1].text == ")" else tokens[opening + 1:]
    if not inner or any(t.text in "()" for t in inner):
        return [tokens]
    first = inner[0].text
    if first in _OPENING_QUOTES and len(inner) > 1:  # «Джабхат Фатх аш-Шам» («Фронт ан-Нусра»): another name
        named = inner[1:-1] if inner[-1].text in _CLOSING_QUOTES else inner[1:]
        before = _without_unmatched_closing(tokens[:opening])
        one_name = named and before and _quote_closes_last(inner)  # (not «(«Донбасс», «Азов»)»)
        return [before, named] if one_name else [tokens]
    if _CYRILLIC_WORD.fullmatch(first) and first[:1].islower() and len(first) > 1:
        return [tokens[:opening]]
    if len(inner) == 1 and _CYRILLIC_WORD.fullmatch(first) and first[:1].isupper() and first[1:].islower() \
            and not is_abbreviation(first) and not (vocab and any(
                {"Name", "Surn", "Patr", "Geox"} & p.tag.grammemes for p in vocab.parse(fold(first)))):
        return [tokens[:opening], inner]
    return [tokens]


def abbreviation_and_quoted_name(tokens: Sequence[Token], text: str,
                                 names_a_kind: Callable[[str], bool] = lambda word: False) -> list[list]:
    """An ORG span of an abbreviation and a quoted name after it, as two names when the
    abbreviation is no legal form or type, nor a kind of thing (``names_a_kind``), and the
    text writes it alone elsewhere: «В руководстве ОР «НГ» заявили» … «в ОР» → «ОР» and
    «НГ», two organizations (not «ФК «Спартак»», «ИА «Регнум»», «АЭС «Пакш-2»»; not «ЦСКА
    «Москва»» written only so)."""
    tokens = list(tokens)
    first = tokens[0].text
    if len(tokens) < 4 or tokens[1].text != "«" or tokens[-1].text != "»" or not first.isupper() \
            or not is_abbreviation(first) or is_legal_form(first) or names_a_kind(first) \
            or any(t.text in "«»" for t in tokens[2:-1]):
        return [tokens]
    alone = re.compile(r"(?<![\w-])" + re.escape(first) + r"(?![\w-])(?!\s*«)")
    if not any(m.start() != tokens[0].start for m in alone.finditer(text)):
        return [tokens]
    return [tokens[:1], tokens[2:-1]]


def _quote_closes_last(tokens: Sequence[Token]) -> bool:
    """The quote that opens ``tokens`` closes with their last token, or not at all: one
    quoted name, maybe with quotes inside («Исламское движение «Свободные люди Шама»»), not
    a list («Донбасс», «Азов»)."""
    depth = 0
    for i, t in enumerate(tokens):
        if t.text == "«" or t.text in ("\"", "„", "“") and depth == 0:
            depth += 1
        elif t.text == "»" or t.text in ("\"", "”", "“"):
            depth -= 1
            if depth == 0:
                return i == len(tokens) - 1
    return True


def _without_unmatched_closing(tokens: Sequence[Token]) -> list:
    """``tokens`` without a closing guillemet no opening one before it matches (the NER
    began the span inside the quotes: «Джабхат Фатх аш-Шам»)."""
    out, depth = [], 0
    for t in tokens:
        if t.text == "»" and depth == 0:
            continue
        depth += (t.text == "«") - (t.text == "»")
        out.append(t)
    return out


_OPENING_QUOTES = frozenset("«„\"“")
_CLOSING_QUOTES = frozenset("»“\"”")


def names_a_body(span, parent, text: str, vocab, lexicon: Lexicon) -> bool:
    """``span`` is a body of the organization whose span ``parent`` follows it, which the
    NER tagged apart: a word for a body (``lexicon.body_heads``; before an organization,
    not a place, a unit's too: ``unit_heads``), capitalized, maybe after adjectives
    («Совета» + «НАТО», «Президиума» + «Российской академии наук», «Главное управление» +
    «МВД», «Волонтерского центра» + «Сибирского федерального университета»; not «Центр» +
    «Москвы»), maybe with a lower-case complement in the genitive («Центра политической
    интеграции» + «Института Европы РАН»), or a department's abbreviation («ГУ» + «МВД»).
    Not a descriptor («Компании» + «Apple»), nor a quoted name. («Северо-Западного филиала» + «Ассоциации
    международных автомобильных перевозчиков», «Арбитражного института» + «Торговой палаты
    Стокгольма».) A place in the genitive after such a word
    or an institution's (``lexicon.eponym_heads``) is its owner too, and so is one the
    writer leaves in the nominative if it does not decline or the dictionary does not know
    it: «Университета» + «Айовы» → «Университет Айовы», «Университета» + «Киото», «Утрехт»
    (not «Совета» + «Крым»; the caller leaves out a country,
    which keys the name: «Совет» + «России»)."""
    if parent is None or parent.type not in ("ORG", "LOC") or span.start > 0 and text[span.start - 1] in "«\"":
        return False
    words = [t.text for t in span.tokens]
    if len(words) == 1 and words[0] in DEPARTMENTS:
        return parent.type == "ORG"
    if not (words[0][:1].isupper() and all(p.isalpha() and p[1:].islower() for w in words for p in w.split("-"))):
        return False  # (a hyphen between capitalized parts too: «Северо-Западного филиала»)
    if parent.type == "LOC":
        case = (parent.tokens[-1].feats or {}).get("Case")
        if case != "Gen" and not (case in ("Nom", "Acc") and not any(
                p.is_known and "Fixd" not in p.tag.grammemes for p in vocab.parse(fold(parent.tokens[-1].text)))):
            return False  # (in the nominative only a name that does not decline or that the dictionary
            # does not know: «Университета Киото», «Университета Утрехт»; not «Совета Крым провёл»)
    heads = lexicon.body_heads | (lexicon.eponym_heads if parent.type == "LOC" else lexicon.unit_heads)
    tokens = list(span.tokens)
    n = next((i for i, t in enumerate(tokens) if t.pos != "ADJ"), len(tokens) - 1)
    head, complement = tokens[n], tokens[n + 1:]
    parses = [p for p in vocab.parse(fold(head.text)) if p.tag.POS == "NOUN" and p.tag.number != "plur"]
    unit = ABBREVIATION.fullmatch(parent.text) and any(lemma(p) in _UNIT_HEADS | lexicon.body_heads
                                                       | lexicon.eponym_heads for p in parses)
    if complement and (unit or not (len(complement) <= 3 and all(t.text.islower() for t in complement)
                                    and genitive_of(vocab, complement[-1].text, "NOUN")
                                    and not genitive_plural(vocab, complement[-1].text, "NOUN", "anim"))):
        return False  # (a lower-case complement in the genitive: «Центра политической интеграции»;
        # not of people: «при Высшей квалификационной комиссии судей» + «Общественного совета …»;
        # before an abbreviation, a unit's: «Совета безопасности» + «ООН», keyed by its owner)
    return any(lemma(p) in heads for p in parses)


_UNIT_HEADS = frozenset({"суд"})  # (``names_a_unit``'s heads besides bodies and eponyms)


def _head_or_compound(word: str, heads: frozenset[str], shortest: int) -> bool:
    """``word`` (a lemma) is one of ``heads`` or a compound ending in one of ``shortest``
    letters or more: «генассамблея», «спецслужба»."""
    return word in heads or any(word.endswith(h) for h in heads if len(h) >= shortest)


def names_a_unit(span, parent, text: str, vocab, lexicon: Lexicon) -> bool:
    """``span`` names a unit of the organization whose abbreviation (``parent``, in
    Cyrillic) follows it, which the NER tagged apart: a capitalized word for a body or an
    institution (``lexicon.body_heads``, ``eponym_heads``, a compound of one: «Генассамблеи»)
    or a state's force (``lexicon.state_forces``), maybe after adjectives and before its
    complement in the genitive: «Совета Безопасности» + «ООН», «Института Дальнего
    Востока» + «РАН», «Института США и Канады» + «РАН», «Международного суда» + «ООН»,
    «Генштаба» + «ВСУ», «ВВС» + «НАТО»; a body's letters before the letters of an
    organization of many states (``lexicon.international``) the text does not spell out in
    a bracket: «СБ» + «ООН». Not a league before a club («РФПЛ» + «ЦСКА»), a
    name with a country already («ВВС США» + «НАТО»), nor an outlet a body told something
    («В МЧС ТАСС сообщили»: ``lexicon.outlets``, as «В Генштабе ВСУ заявили» is written
    alike; in Latin letters: «МВД России» + «RT»); the caller adds the
    owner's country after it («Генштаба ВС России» → «Генштаб ВС России», not Armenia's)
    and leaves out an owner with another place after it."""
    if parent is None or parent.type != "ORG" or ABBREVIATION.fullmatch(parent.text) is None \
            or span.start > 0 and text[span.start - 1] in "«\"" or fold(parent.text) in lexicon.outlets:
        return False
    tokens = list(span.tokens)
    if len(tokens) == 1 and ABBREVIATION.fullmatch(tokens[0].text) and text[span.stop:parent.start] == " " \
            and fold(parent.text) in lexicon.international and f"({tokens[0].text})" not in text:
        # a body's letters before an organization of many states': «СБ ООН», «УВКБ ООН», «ПА
        # ОБСЕ»; not letters the text spells out in a bracket, a name of their own listed with
        # it: «Организации по запрещению химического оружия (ОЗХО)» … «механизма ОЗХО ООН»
        return True
    if not tokens[0].text[:1].isupper() or not all(t.text.replace("-", "").isalpha() for t in tokens):
        return False
    heads = lexicon.body_heads | lexicon.eponym_heads | _UNIT_HEADS
    for n, token in enumerate(tokens):
        word = fold(token.text)
        parses = vocab.parse(word)
        if word in lexicon.state_forces or any(lemma(p) in lexicon.state_forces for p in parses):
            return n == len(tokens) - 1  # (a country after it owns it: «ВВС США»)
        if any(p.tag.POS == "NOUN" and p.tag.number != "plur" and _head_or_compound(lemma(p), heads, 6)
               for p in parses):
            return all(t.text == "и" or (t.feats or {}).get("Case") == "Gen" for t in tokens[n + 1:])
        if token.pos != "ADJ":
            return False
    return False


_PREPOSITIONS = frozenset({"от", "по", "за", "при", "для", "с", "со", "в", "во", "на", "об", "о"})


def _complement_cut_off(own: list, tokens: Sequence[Token], token_at: Mapping[int, int], text: str, vocab,
                        lexicon: Lexicon) -> list:
    """The lower-case complement the NER cut off after a name that ends in its head noun in
    lower case, a body's or an institution's (``lexicon.remit_heads``, ``eponym_heads``):
    «Гарвард-Смитсоновского центра» + «астрофизики», «Европейского института» + «мира»; a
    noun for a thing in the genitive singular, maybe after adjectives that agree with it,
    and nothing of the phrase after it (no lower-case noun or adjective in the genitive
    too: «Московского центра» + «помощи детей» is a longer name or two phrases)."""
    head = own[-1]
    heads = lexicon.remit_heads | lexicon.eponym_heads
    if not (head.text.isalpha() and head.text.islower()) \
            or not any(p.tag.POS == "NOUN" and _head_or_compound(lemma(p), heads, 5)
                       for p in vocab.parse(fold(head.text))):
        return []  # (a compound of a head too: «Государственную спецслужбу» + «транспорта»)
    i = token_at.get(head.start)
    if i is None:
        return []
    out = []
    for tok in tokens[i + 1:i + 4]:
        if not adjacent(text, out[-1] if out else head, tok) or not (tok.text.isalpha() and tok.text.islower()):
            return []
        parses = vocab.parse(fold(tok.text))
        out.append(tok)
        if any(p.tag.POS == "ADJF" and p.tag.case == "gent" for p in parses) and not any(
                p.tag.POS == "NOUN" for p in parses):
            continue
        if not any(p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.number == "sing"
                   and "inan" in p.tag.grammemes for p in parses) or (tok.feats or {}).get("Case") != "Gen" \
                or any(lemma(p) in _WHERE_NOUNS for p in parses):
            return []  # (not a place: «в Московском центре города»)
        after = tokens[i + len(out) + 1] if i + len(out) + 1 < len(tokens) else None
        following = vocab.parse(fold(after.text)) if after is not None else []
        if after is not None and adjacent(text, tok, after) and after.text.isalpha() and after.text.islower() \
                and any(p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF") for p in following) \
                and not any(p.tag.POS == "PREP" for p in following):  # («в» is a volt's letter too; not «и»:
            # «оркестра Большого театра» + «ровности и пластичности линий»)
            return []
        return out
    return []


_WHERE_NOUNS = kind_words("settlement", "district", "region", "city_part", "island") \
    | {"республика", "столица", "страна", "здание"}


def _coordinated_genitives(own: list, tokens: Sequence[Token], token_at: Mapping[int, int], text: str,
                           vocab) -> list:
    """The words after an ORG span that ends in a lower-case genitive plural, when «и» and
    another genitive plural follow (adjectives, then a noun): «Института стратегических
    исследований» + «и прогнозов», «Главное управление по охране военных» + «и
    государственных тайн», «Санкт-Петербургская ассоциация пульмонологов» + «и фтизиатров».
    Nothing for another case («палате представителей» + «и сенате»), a verb («коллегии
    выборщиков и учредить») or a name of two words, whose genitive the next may merely
    join («палаты представителей и сенаторов»). An abbreviation right after the second
    is the owner the NER left outside the cut name: «… и прогнозов РУДН»."""
    last = own[-1].text
    if len(own) < 3 or not last.islower() \
            or not (genitive_plural(vocab, last, "NOUN") or genitive_plural(vocab, last, "ADJF")):
        return []
    i = token_at.get(own[-1].start)
    if i is None or i + 2 >= len(tokens) or tokens[i + 1].text != "и":
        return []
    out = [tokens[i + 1]]
    for tok in tokens[i + 2:i + 5]:
        if not adjacent(text, out[-1], tok) or not tok.text.isalpha() or not tok.text.islower():
            return []
        out.append(tok)
        if genitive_plural(vocab, tok.text, "ADJF"):
            continue  # (a word that is also a noun, «военных», is an adjective before one)
        if not genitive_plural(vocab, tok.text, "NOUN"):
            return []
        owner = tokens[i + len(out) + 1] if i + len(out) + 1 < len(tokens) else None
        if owner is not None and adjacent(text, tok, owner) and owner.text.isupper() \
                and is_abbreviation(owner.text):
            out.append(owner)  # («… и прогнозов» + «РУДН»: the owner the NER left after the cut)
        return out
    return []


# the heads of a body named with two remits joined by «и»: «министерство труда и социальной защиты»
_TWO_REMIT_HEADS = frozenset("министерство федерация ассоциация агентство комитет департамент служба".split())


def _second_remit(own: list, tokens: Sequence[Token], token_at: Mapping[int, int], text: str, vocab,
                  lexicon: Lexicon) -> list:
    """The second remit the NER cut off a body's name of a head of ``_TWO_REMIT_HEADS``, maybe
    after adjectives, and a lower-case genitive: «министерства труда» + «и социальной
    защиты», «Федерации бобслея» + «и скелетона», «Международная федерация бобслея» + «и
    скелетона» (up to two adjectives, then a noun, all lower-case and genitive). Not a noun
    that names a body of its own («министерства обороны и полиции», «… и армии»: two bodies)."""
    if len(own) < 2 or not own[-1].text.islower() \
            or not any(lemma(p) in _TWO_REMIT_HEADS and p.tag.number == "sing" for p in vocab.parse(fold(own[-2].text))) \
            or not all(any(p.tag.POS == "ADJF" for p in vocab.parse(fold(t.text))) for t in own[:-2]) \
            or not any(p.tag.POS == "NOUN" and p.tag.case == "gent" for p in vocab.parse(own[-1].text)):
        return []
    i = token_at.get(own[-1].start)
    return _and_remit(tokens, i + 1, text, vocab, lexicon) if i is not None else []


def _and_remit(tokens: Sequence[Token], k: int, text: str, vocab, lexicon: Lexicon) -> list:
    """``tokens[k:]`` when they are «и», up to two lower-case genitive adjectives and a
    lower-case genitive noun that names no body of its own, no people and is no verb, and
    that no genitive follows: «и социальной защиты»; else nothing (not «и офицеров», «и
    начал критиковать», «и реформы годичной давности»: another phrase)."""
    if k + 1 >= len(tokens) or tokens[k].text != "и" or not adjacent(text, tokens[k - 1], tokens[k]):
        return []
    bodies = lexicon.heads | lexicon.remit_heads | lexicon.institution_nouns | lexicon.body_heads
    out = [tokens[k]]
    for tok in tokens[k + 1:k + 4]:
        if not adjacent(text, out[-1], tok) or not tok.text.isalpha() or not tok.text.islower():
            return []
        out.append(tok)
        parses = vocab.parse(tok.text)
        if any(p.tag.POS == "ADJF" and p.tag.case == "gent" for p in parses) and len(out) < 4:
            continue
        if not any(p.tag.POS == "NOUN" and p.tag.case == "gent" for p in parses) \
                or any(lemma(p) in bodies or p.tag.POS == "VERB" or p.tag.animacy == "anim" for p in parses):
            return []
        after = tokens[k + len(out)] if k + len(out) < len(tokens) else None
        if after is not None and adjacent(text, tok, after) and after.text.islower() \
                and any(p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF") for p in vocab.parse(after.text)):
            return []
        return out
    return []


def _noun_cut_off(own: list, tokens: Sequence[Token], token_at: Mapping[int, int], text: str, vocab) -> list:
    """The words after an ORG span that ends in an adjective or a preposition, up to the
    noun the NER cut off: «Белорусской железной» + «дорогой», «Центру защиты от» +
    «химического оружия», «Европейский стабилизационный» + «механизм». The noun is at most
    three lower-case words on (no punctuation between) and agrees with the adjective
    before it, in the case of the name's first word or in the genitive; after a
    preposition any case goes. Nothing when no such noun follows («Стокгольмского
    арбитража исторической» + «победой»: another case)."""
    last = fold(own[-1].text)
    after_preposition = last in _PREPOSITIONS
    if not after_preposition and not (own[-1].text.islower() and _adjective_parses(vocab, last)) \
            or _function_word(vocab, fold(own[0].text)):
        return []  # (not «За последние» + «годы»)
    i = token_at.get(own[-1].start)
    if i is None:
        return []
    cases = {p.tag.case for p in vocab.parse(fold(own[0].text))} | {"gent"}
    pending = [] if after_preposition else _adjective_parses(vocab, last)
    out = []
    for tok in tokens[i + 1:i + 4]:
        if not adjacent(text, own[-1] if not out else out[-1], tok) or not tok.text.islower() \
                or not WORD.fullmatch(tok.text):
            return []
        if _function_word(vocab, tok.text):
            return []  # «Совет управляющих по …», «Партия зелёных в …»: «по», «в» are no nouns
        parses = vocab.parse(tok.text)
        out.append(tok)
        nouns = [p for p in parses if p.tag.POS == "NOUN"]
        if nouns and (after_preposition and not pending or any(
                a.tag.case == n.tag.case and (after_preposition or a.tag.case in cases)
                and a.tag.number == n.tag.number and (n.tag.number == "plur" or a.tag.gender == n.tag.gender)
                for a in pending for n in nouns)):
            return out
        adjectives = _adjective_parses(vocab, tok.text)
        if not adjectives:
            return []
        pending = adjectives
    return []


def _function_word(vocab, word: str) -> bool:
    return any(p.tag.POS in ("PREP", "CONJ", "PRCL", "NPRO") for p in vocab.parse(word))


def _adjective_parses(vocab, word: str) -> list:
    return [p for p in vocab.parse(word) if p.tag.POS in ("ADJF", "PRTF")]


def _eponym_head(word, tokens: Sequence[Token], token_at: Mapping[int, int], text: str, vocab,
                 lexicon: Lexicon):
    """The lower-case institution noun right before a surname in the genitive (the
    dictionary's, and no first name: not «академии Спартака») that the NER tagged alone as
    an organization: «института» in «президент института Пушкина»."""
    i = token_at.get(word.start)
    if not i or not word.text[:1].isupper() or not word.text[1:].islower() or not adjacent(text, tokens[i - 1], word):
        return None  # (not a company: «центр РУСАЛа»)
    before = tokens[i - 1]
    if not before.text.isalpha() or not before.text.islower() or not any(
            p.tag.POS == "NOUN" and p.tag.number == "sing" and lemma(p) in lexicon.eponym_heads
            for p in vocab.parse(before.text)):
        return None  # (one institution: not «центры Линкольна»)
    if not surname_in_genitive(word.text, vocab):
        return None  # a surname, not a club named like a first name: «академии Спартака»
    return before


def surname_in_genitive(word: str, vocab) -> bool:
    """The dictionary reads ``word`` as a surname in the genitive and as no first name
    («Пушкина», «Карнеги»; not «Спартака»)."""
    parses = vocab.parse(fold(word))
    return any("Surn" in p.tag.grammemes and p.tag.case == "gent" for p in parses) \
        and not any("Name" in p.tag.grammemes for p in parses)


def _lone_adjective(own: list, tokens: Sequence[Token], token_at: Mapping[int, int], text: str) -> list:
    """An ORG span of one adjective: a name of its own in quotes or before a comma
    («в «Олимпийском»», «партии – Демократическая, Аграрная»); before the common noun
    or the abbreviation it qualifies, no name the NER saw whole («Верховной радой»,
    «Шенгенскую зону», «Челябинского СК», whose «СК» the NER tags on its own)."""
    i = token_at.get(own[0].start)
    after = tokens[i + 1] if i is not None and i + 1 < len(tokens) else None
    if after is None or not adjacent(text, own[0], after) or text[own[0].start - 1:own[0].start] in ("«", '"'):
        return own
    if after.pos == "NOUN" and after.text.islower() or len(after.text) > 1 and after.text.isupper() and after.text.isalpha():
        return []
    return own


def _noun_hits(tokens: Sequence[Token], vocab, lemmas, taken: Sequence[Span], prefix: int, shortest: int):
    """``(index, token, parse)`` of each token outside ``taken`` that is a noun whose lemma
    is in ``lemmas``; a test on the first ``prefix`` letters keeps most tokens away from
    the dictionary."""
    starts = tuple({word[:prefix] for word in lemmas})
    for i, tok in enumerate(tokens):
        low = fold(tok.text)
        if len(low) < shortest or not low.startswith(starts) or not low.isalpha():
            continue
        parse = next((p for p in vocab.parse(low) if p.tag.POS == "NOUN" and lemma(p) in lemmas), None)
        if parse is not None and not any(s.start <= tok.start < s.stop for s in taken):
            yield i, tok, parse


def institution_mentions(tokens: Sequence[Token], text: str, vocab, country_of: Callable[[str], str | None],
                         taken: Iterable[Span] = (), lexicon: Lexicon | None = None,
                         persons: Iterable[Span] = (),
                         city_of: Callable[[str], str | None] | None = None) -> list[OrgMention]:
    """Institutions named by a common noun the NER does not see: «британское правительство»,
    «правительства Великобритании», «полиция», «министерство обороны», «кабинет министров».

    The phrase is: up to two country or institutional adjectives, the head noun, then a
    genitive complement (lower-case genitives after «министерство», capitalized words).
    Its name is in the nominative; ``OrgMention.key`` is (head, country) so that
    «британское правительство» and «правительство Великобритании» are one organization.
    A person after the head is taken whole: «правительство Терезы Мэй» (the person's name
    stays as written, it is not in the nominative). After a city (``city_of``) the key is
    the city: «правительство Москвы» is not the Russian government.
    """
    lexicon = lexicon or Lexicon.default()
    taken = sorted(taken)
    persons = sorted(persons)
    out: list[OrgMention] = []
    n = len(tokens)
    for i, tok, head in _noun_hits(tokens, vocab, lexicon.heads, taken, prefix=3, shortest=3):
        head_lemma = lemma(head)
        counted = i > 0 and (getattr(tokens[i - 1], "pos", None) == "NUM" or fold(tokens[i - 1].text) in _COUNTS)
        if head_lemma in ("коллегия", "палата") and (head.tag.number == "plur" or counted):
            continue  # «обе палаты Конгресса», «палаты парламента» are more than one
        if head_lemma in _ONE_A_COUNTRY and all(p.tag.number == "plur" for p in vocab.parse(fold(tok.text))
                                                 if p.tag.POS == "NOUN" and lemma(p) == head_lemma):
            continue  # «главы правительств России и Китая»: several governments, none named
        code = None
        led = False
        # adjectives before the head
        left: list[tuple[Token, object]] = []
        j = i
        while j > 0 and len(left) < 2 and adjacent(text, tokens[j - 1], tokens[j]):
            prev = tokens[j - 1]
            adj = next((p for p in vocab.parse(fold(prev.text)) if p.tag.POS == "ADJF" and p.tag.case == head.tag.case), None)
            if adj is None:
                break
            adj_code = country_of(prev.text)
            if not adj_code and lemma(adj) not in lexicon.adjectives:
                break
            code = code or adj_code
            left.insert(0, (prev, adj))
            j -= 1
        if j > 0 and adjacent(text, tokens[j - 1], tokens[j]) and head_lemma in _ONE_A_COUNTRY and any(
                p.normal_form in _ANY for p in vocab.parse(fold(tokens[j - 1].text))):
            continue  # any of a kind, none named: «с каждым украинским министерством», «любое правительство»
        if j > 0 and adjacent(text, tokens[j - 1], tokens[j]) and head_lemma == "правительство" and any(
                p.normal_form == "электронный" for p in vocab.parse(fold(tokens[j - 1].text))):
            continue  # a notion, no body: «инфраструктура электронного правительства РФ»
        first = left[0][0] if left else tok  # (where the name begins)
        # the complement after it
        right: list[Token] = []
        k = i + 1
        if head_lemma in ("министерство", "кабинет"):
            while k < n and len(right) < 3 and adjacent(text, tokens[k - 1], tokens[k]) and tokens[k].text.islower() \
                    and len(tokens[k].text) > 2:
                parses = vocab.parse(fold(tokens[k].text))
                if not any(p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF") for p in parses) \
                        or parses[0].tag.POS in _NOT_COMPLEMENT \
                        or head_lemma == "кабинет" and not _of_a_cabinet(vocab, tokens[k].text):
                    break  # (not «кабинет при …», «кабинет были»: most likely no genitives; «дел» is one)
                right.append(tokens[k])
                k += 1
            second = _and_remit(tokens, k, text, vocab, lexicon) \
                if right and head_lemma == "министерство" and head.tag.number == "sing" else []
            right += second  # «министерства труда» + «и социальной защиты»
            k += len(second)
            while head_lemma == "кабинет" and right and not (
                    _of_a_cabinet(vocab, right[-1].text, last=True)
                    and (fold(right[-1].text)[:8] != "правител"
                         or k < n and adjacent(text, tokens[k - 1], tokens[k]) and CAPITALIZED.match(tokens[k].text))):
                right.pop()  # a cabinet of people or a premier's, not a room: «у кабинета специалиста»,
                k -= 1  # «кабинет председателя правительства области» (but «… правительства Израиля»)
        # whose administration it is, with the owner after the holder: «администрация президента
        # Украины», «администрации губернатора Кубани»; or the president's alone, «в администрации
        # президента» (not «администрация президента Трампа»: his, the government)
        held = False
        if head_lemma == "администрация" and k < n and fold(tokens[k].text) in _HOLDERS \
                and adjacent(text, tokens[k - 1], tokens[k]):
            following = tokens[k + 1] if k + 1 < n and adjacent(text, tokens[k], tokens[k + 1]) else None
            owner = following is not None and CAPITALIZED.match(following.text)
            if not (owner and _person_at(following, persons)) \
                    and (owner or fold(tokens[k].text) == "президента"):
                right.append(tokens[k])
                k += 1
                held = True
        if head_lemma in ("коллегия", "палата"):  # «коллегия выборщиков», «палата общин»; not «палата Сергея Иванова»
            if k < n and adjacent(text, tokens[k - 1], tokens[k]) and tokens[k].text.islower() \
                    and len(tokens[k].text) > 3 and genitive_plural(vocab, tokens[k].text, "NOUN"):
                right.append(tokens[k])
                k += 1
            if not right and not left:
                continue
        while k < n and len(right) < 4 and adjacent(text, tokens[k - 1], tokens[k]) \
                and CAPITALIZED.match(tokens[k].text) and complement_word(vocab, tokens[k].text) \
                and not (right and _LATIN.match(tokens[k].text) and not _LATIN.match(right[-1].text)) \
                and not (right and _country_name(vocab, right[-1].text, country_of)
                         and not country_of(" ".join([*(t.text for t in right if t.text[:1].isupper()),
                                                      tokens[k].text]))):
            # (not a Latin name after a Russian one: «в полиции Кёльна RT заявили»; nothing after
            # a country: «представителя администрации президента США РИА Новости»)
            person = _person_at(tokens[k], persons)
            if person is not None:
                if not right and head_lemma in _LED and not _named_in_nominative(vocab, tokens[k].text) \
                        and (getattr(tokens[k], "feats", None) or {}).get("Case") != "Nom" \
                        and not _HEAD_BEFORE.search(text, max(0, first.start - 20), first.start):
                    # «правительство Терезы Мэй», «правительство Трасс»: the leader's whole name
                    # (not a name in the nominative: «председатель правительства Дмитрий Медведев»,
                    # «правительство Офир Гендельман», a spokesman the tagger reads so)
                    while k < n and tokens[k].start < person.stop:
                        right.append(tokens[k])
                        k += 1
                    led = True
                break  # «сборная Испании Висенте дель Боске»: the person is not part of it
            right.append(tokens[k])
            k += 1
            if k < n and adjacent(text, tokens[k - 1], tokens[k]) and tokens[k].text.islower() \
                    and genitive_of(vocab, tokens[k - 1].text, "ADJF") and genitive_of(vocab, tokens[k].text, "NOUN"):
                right.append(tokens[k])  # «администрация Белого дома»
                k += 1
                break
        if right and k < n and adjacent(text, tokens[k - 1], tokens[k]) and CAPITALIZED.match(tokens[k].text):
            caps = [t.text for t in right if t.text[:1].isupper()]
            if not country_of(" ".join(caps)) and country_of(" ".join([*caps, tokens[k].text])):
                right.append(tokens[k])  # a country's official name ends in the nominative:
                k += 1  # «правительстве Исламской Республики Афганистан»
        if held and k < n and adjacent(text, tokens[k - 1], tokens[k]) and CAPITALIZED.match(tokens[k].text) \
                and not _country_name(vocab, right[-1].text, country_of) \
                and not _person_at(tokens[k], persons):
            continue  # an owner read only in part: «администрации президента Республики Корея»
        if right and right[-1].text[:1].isupper():
            caps = " ".join(t.text for t in right if t.text[:1].isupper())
            city = city_of(caps) if city_of and not code else None
            # «правительство Москвы», «полиция Лондона»: the city's own, not the country's
            code = code or (f"{city}:{' '.join(stem_key(caps))}" if city else country_of(caps))
        if head_lemma == "кабинет" and not (right or left):
            continue  # «в кабинете» is a room
        if not (right or left) and head_lemma in _ONE_A_COUNTRY and (
                (getattr(tok, "feats", None) or {}).get("Number") == "Plur"
                or i > 0 and adjacent(text, tokens[i - 1], tok) and any(
                    p.tag.POS == "ADJF" and p.normal_form in _ANOTHER for p in vocab.parse(fold(tokens[i - 1].text)))):
            continue  # a bare word for several («иностранные правительства», as the tagger reads it in
            # context) or for another one than the text's («переходное правительство» next to
            # «американское правительство», «другое министерство»)
        if head_lemma in ("сборная", "посольство", "мэрия", "ратуша", "кабинет", "администрация") and not (right or left):
            continue  # a bare team, embassy or office names nothing
        if head_lemma == "суд" and (head.tag.number == "plur" or not right and not any(
                adj.normal_form in _COURTS for _, adj in left)):
            continue  # «верховный суд», «суд ЕС»; not «федеральный суд», «американские суды» (any court)
        if head_lemma == "союз" and not left:
            continue  # «таможенный союз», «европейский союз»; not «союз России и Белоруссии», «Союз ТМА-7»
        words = [nominative_adjective(adj, head) for _, adj in left] + [nominative_noun(head)]
        words += [t.text for t in right]
        name = " ".join(words)
        name = name[:1].upper() + name[1:]
        last = right[-1] if right else tok
        # the key holds the lower-case complement: «министерство обороны» ≠ «министерство здравоохранения»
        lower = [fold(t.text) for t in takewhile(lambda t: t.text.islower(), right)]  # (not «Белого дома»)
        # courts and chambers also by their adjectives: «верховный суд» ≠ «суд», «нижняя палата» ≠ «верхняя палата»
        kinds = [fold(nominative_adjective(adj, head)) for t, adj in left if not country_of(t.text)] \
            if head_lemma in _BY_ADJECTIVE else []
        key = " ".join([*kinds, fold(nominative_noun(head)) if lower or kinds else head_lemma, *lower])
        # («в администрации президента»: whose, the text says by a country elsewhere or not at all)
        out.append(OrgMention(name, Span(first.start, last.stop), key=(key, code or ""),
                              bare=not (left or right) or not left and lower == ["президента"] and len(right) == 1
                              # («национальная сборная»: the text's one team of that head, if it names one)
                              or head_lemma == "сборная" and not right
                              and all(adj.normal_form == "национальный" for _, adj in left),
                              stand_in=True, led=led and not code))
    return out


_LATIN = re.compile("[A-Za-z]")
_COURTS = frozenset({"верховный", "конституционный"})  # adjectives that make «суд» one court
_NOT_COMPLEMENT = frozenset({"PREP", "CONJ", "PRCL", "VERB", "INFN"})
_BY_ADJECTIVE = frozenset({"суд", "палата"})  # institutions told apart by their adjectives
_HOLDERS = frozenset({"президента", "губернатора", "мэра"})  # whose administration it is
_LED = frozenset({"правительство", "кабинет", "кабмин", "администрация"})  # named by a leader
# the word for the head of a body right before it: the person after the body is that head, not its
# leader («главу администрации Антона Вайно» is no administration of Vaino's)
_HEAD_BEFORE = re.compile(r"(?<![\w-])(?:[Гг]лав[аыуеой]|[Рр]уководител[ьяюеи]м?|[Нн]ачальник[аеуом]*)[ \u00a0]+\Z")

# institutions a state has one of (a team, one a sport): in the plural, several, none named
# («правительств», «министерствами», «национальные сборные»)
_ONE_A_COUNTRY = frozenset({"правительство", "кабинет", "кабмин", "администрация", "парламент", "министерство",
                            "посольство", "мэрия", "сборная"})
_COUNTS = frozenset("оба обе обеих обоих два две двух три трех четыре".split())
# adjectives that make an institution another one than the text's («переходное правительство»
# the US wanted for Syria, «иностранное министерство», «местное правительство» of a province;
# not «новое», «коалиционное»: as often the country's own next cabinet, in NG/RT articles)
_ANY = frozenset("каждый любой всякий".split())  # before a head: any of its kind
_ANOTHER = frozenset("другой иной иностранный чужой зарубежный переходный временный местный региональный "
                     "муниципальный".split())


def led_head(word: str, vocab) -> bool:
    """``word`` is a government's that may be named by its leader («Администрация»,
    «Правительства»), which the NER may tag alone before the leader's name («Администрация»
    + «Дональда Трампа»: left to ``institution_mentions``)."""
    return any(p.tag.POS == "NOUN" and lemma(p) in _LED for p in vocab.parse(fold(word)))


_LEADS_A_CABINET = frozenset({"премьер", "премьер-министр", "канцлер", "правительство"})
_HEADS_A_CABINET = frozenset({"глава", "председатель"})  # … of a government: «кабинет главы правительства»


def _of_a_cabinet(vocab, word: str, last: bool = False) -> bool:
    """A word of a cabinet's complement: its people in the genitive plural («кабинет
    министров») or its leader («кабинет премьер-министра», «кабинет главы правительства»);
    but for the ``last`` word, an adjective or a head of something before them
    («английского премьера»); not a room's owner («кабинет врача», «кабинет председателя
    исполкома»)."""
    parses = vocab.parse(fold(word))
    return genitive_plural(vocab, fold(word), "NOUN") or any(
        p.tag.case == "gent" and (p.tag.POS == "NOUN" and lemma(p) in _LEADS_A_CABINET
                                  or not last and (p.tag.POS == "ADJF" or lemma(p) in _HEADS_A_CABINET))
        for p in parses)


def _person_at(token: Token, persons: Sequence[Span]) -> Span | None:
    """The person's span ``token`` begins or is inside, if any."""
    return next((s for s in persons if s.start <= token.start < s.stop), None)


def _country_name(vocab, word: str, country_of: Callable[[str], str | None]) -> bool:
    """A capitalized word that names a country by itself, no adjective: «США», «Украины»
    (not «Российской» of «Российской Федерации», «Саудовской» of «Саудовской Аравии»)."""
    return word[:1].isupper() and bool(country_of(word)) \
        and not any(p.tag.POS == "ADJF" for p in vocab.parse(fold(word)))


def _named_in_nominative(vocab, word: str) -> bool:
    """A first name or surname the dictionary has in the nominative singular and not in
    the genitive singular («Дмитрий»; not «Терезы», «Трасс», «Нетаньяху», «Юн»)."""
    parses = [p for p in vocab.parse(fold(word)) if p.is_known]
    return any(p.tag.case == "nomn" and p.tag.number == "sing" and NAME_GRAMMEMES & p.tag.grammemes
               for p in parses) and not any(p.tag.case == "gent" and p.tag.number == "sing" for p in parses)


def party_mentions(tokens: Sequence[Token], vocab, countries: Iterable[str], taken: Iterable[Span] = (),
                   lexicon: Lexicon | None = None) -> list[OrgMention]:
    """Parties named by their members: «республиканцы», «демократ Байден» → the party, keyed
    (party, country) so that «Республиканская партия (США)» written out joins them. Only
    in an article that names the party's country («демократы» elsewhere are no party).
    One member names it too: «за республиканца голосовали» tells the party's vote (the
    slavicner annotators tag «демократ», «республиканец» as the party)."""
    lexicon = lexicon or Lexicon.default()
    countries = set(countries)
    taken = sorted(taken)
    out = []
    for _, tok, parse in _noun_hits(tokens, vocab, lexicon.parties, taken, prefix=5, shortest=4):
        members, party, code = lexicon.parties[lemma(parse)]
        if code in countries:
            out.append(OrgMention(members, Span(tok.start, tok.stop), key=(fold(party), code), stand_in=True))
    return out


def party_names_rekeyed(mentions: Iterable[OrgMention], countries: Iterable[str],
                        lexicon: Lexicon | None = None) -> list[OrgMention]:
    """Mentions of a party by its adjective («Демократическая партия», «Республиканской») or
    by a compound of its name («Демпартия») keyed like its members («демократы») so that
    all are one organization."""
    lexicon = lexicon or Lexicon.default()
    countries = set(countries)
    parties = [(party, code) for _, party, code in lexicon.parties.values() if code in countries]
    prefixes = {fold(party.split()[0])[:-3]: (party, code) for party, code in parties}
    out = []
    for m in mentions:
        words = WORD.findall(m.name)
        first = fold(words[0]) if words else ""
        hit = next((v for p, v in prefixes.items() if first.startswith(p)), None) \
            if words and len(words) <= 3 and "-" not in first else None
        if hit is None and len(words) == 1 and len(first) >= 6:  # «Демпартия» ← «Демократическая партия»
            hit = next(((party, code) for party, code in parties
                        if len(party.split()) > 1 and spells(first, [fold(w) for w in party.split()])), None)
        out.append(OrgMention(m.name, m.span, key=(fold(hit[0]), hit[1])) if hit else m)
    return out


_DATELINE = re.compile(r"(?m)^[ ,]*\d{1,2}:\d{2}[ \u00a0]+([A-Z][A-Z-]{2,})\b")


# where «ВВС» is the broadcaster, not an air force: «в интервью ВВС», «в эфире ВВС»
_BROADCAST_BEFORE = re.compile(r"(?i)(?:интервью|эфире|корреспонденту|корреспондент|журналисту|журналистам|"
                               r"телеканалу|телеканала|телекомпании|корпорации|сайте|сайту|сообщает|передаёт|передает)"
                               r"[ \u00a0]+(?:британской[ \u00a0]+|британского[ \u00a0]+)?\Z")


def broadcaster_in_cyrillic(mentions: Iterable[OrgMention], text: str) -> list[OrgMention]:
    """«ВВС» where a broadcaster is meant is the BBC written in Cyrillic letters that look
    Latin: «в интервью ВВС», «в эфире британской ВВС» (not «ВВС США нанесли удар»)."""
    out = []
    for m in mentions:
        if m.name in ("ВВС", "Британская ВВС") and m.alias_of is None \
                and _BROADCAST_BEFORE.search(text, max(0, m.span.start - 40), m.span.start):
            m = replace(m, name="Би-би-си", key=("би-би-си", ""), bare=False)
        out.append(m)
    return out


def dateline_sources(text: str, taken: Iterable[Span] = ()) -> list[OrgMention]:
    """The agency of a dateline the NER misses: «, 11:10 REGNUM Верховный суд …» (a word
    in Latin capitals after the time that starts a line)."""
    taken = list(taken)
    return [OrgMention(m.group(1), Span(m.start(1), m.end(1))) for m in _DATELINE.finditer(text)
            if not any(s.start <= m.start(1) < s.stop for s in taken)]


def with_country_adjectives(mentions: Iterable[OrgMention], tokens: Sequence[Token], text: str, vocab,
                            country_of: Callable[[str], str | None],
                            lexicon: Lexicon | None = None) -> list[OrgMention]:
    """An institution's word the NER took alone, after a country adjective, takes it and its
    country: «российского МИДа» → «Российский МИД» keyed (мид, RU), so that «МИД РФ» joins it
    and «МИД Великобритании» stays apart; «американский Минфин», «британский парламент»,
    «российского Министерства иностранных дел»; a state's force after the adjective of a
    state of the past is that state's, apart from today's («советских ВВС» is no «Польские
    ВВС» of the text: ``owner_adjectives``); capitalized only where a sentence starts
    («Российский МИД заявил …», not a name: «Российский союз …»). Any other body after a
    country adjective takes it where the text writes that body's name with another country:
    «украинского Института национальной памяти» next to «Института национальной памяти
    Польши» is Ukraine's."""
    lexicon = lexicon or Lexicon.default()
    stops = [t.stop for t in tokens]
    mentions = list(mentions)
    owned = {}  # name key → the countries it is written with
    for m in mentions:
        if m.key and m.key[1]:
            owned.setdefault(m.key[0], set()).add(m.key[1])
    out = []
    for m in mentions:
        words = m.name.split()
        if m.key and not m.key[1] and len(words) == 2 and words[1].islower() and country_of(words[0]) \
                and any(p.tag.POS == "ADJF" for p in vocab.parse(fold(words[0]))):
            head_word = next((lemma(p) for p in vocab.parse(fold(words[1])) if p.tag.POS == "NOUN"), None)
            if head_word in lexicon.heads:  # the NER took the adjective too: «Польский сейм принял …»
                out.append(replace(m, key=(head_word, country_of(words[0]))))  # («Вчера польский сейм»)
                continue
        word = fold(m.name.split()[0]) if m.name.strip() else ""
        head_word = next((lemma(p) for p in vocab.parse(word) if p.tag.POS == "NOUN"), word)
        i = bisect_right(stops, m.span.start) - 1
        prev = tokens[i] if i >= 0 else None
        institution = word in lexicon.heads or head_word in lexicon.heads or word in lexicon.state_forces
        if m.key and not m.key[1] and not m.bare and (institution or m.key[0] in owned) \
                and prev is not None and text[prev.stop:m.span.start] in (" ", "\u00a0"):
            adj = _adjective_as_tagged(vocab, prev)
            written = prev.text.islower() or prev.text[1:].islower() and sentence_start(text, prev.start)
            code = adj is not None and written and country_of(prev.text)  # («Российский МИД» starting a sentence)
            if not code and adj is not None and written and word in lexicon.state_forces:
                owner = next((a for a in lexicon.owner_adjectives if fold(prev.text).startswith(a)), None)
                code = owner and f"adj:{owner}"  # «советских ВВС»: a force of no country of today, apart
            if code and not institution and code in owned[m.key[0]]:
                code = None  # (the country its name is written with: that body, «польского Института …»)
            if code:
                head = next((p for p in vocab.parse(word) if p.tag.POS == "NOUN"), None)
                adjective = nominative_adjective(adj, head) if head is not None and not m.name.split()[0].isupper() \
                    else nominative_adjective(adj, adj)  # (as written: «израильские ВВС», «сирийской ПВО»)
                name = f"{adjective[:1].upper()}{adjective[1:]} {m.name}"
                m = OrgMention(name, Span(prev.start, m.span.stop), key=(m.key[0], code))
        out.append(m)
    return out


def _adjective_as_tagged(vocab, token: Token):
    """The dictionary's reading of ``token`` as an adjective, in the number and gender the
    morph tagger gave it where it did («российским МИДом»: singular, «российским ВКС»: plural)."""
    parses = [p for p in vocab.parse(fold(token.text)) if p.tag.POS == "ADJF"]
    feats = getattr(token, "feats", None) or {}
    number = {"Sing": "sing", "Plur": "plur"}.get(feats.get("Number"))
    gender = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}.get(feats.get("Gender"))
    agreeing = [p for p in parses if (number is None or p.tag.number == number)
                and (gender is None or number == "plur" or p.tag.gender == gender)]
    return (agreeing or parses or [None])[0]
