"""Bodies named by their remit, a «по» phrase, which the NER misses or cuts short:
«Агентство США по международному развитию (USAID)», «Федеральным агентством по печати и
массовым коммуникациям», «Комиссия по ценным бумагам и биржам США (SEC)», and an office's
branch for a region: «УФСБ по Пермскому краю», «ГУ МВД России по Москве».

A body's phrase is: adjectives and a head noun of ``Lexicon.remit_heads`` (its first word
capitalized; or in lower case, with relative adjectives only, when its owner is named:
«следственное управление СК РФ по …»), its owner in the genitive («США», «Госдумы»,
«Федеральной налоговой службы»), «по» and the remit, or a region; then the owner again if
it comes last («… биржам США») and its short name in a bracket («(SEC)»). The remit is
lower-case adjectives and nouns in their cases: the dative after «по», the genitive after
a noun, the case of a preposition inside («в сфере», «за …», «над …», «с …»), the case
before «и» or a comma after it. A branch is an office's abbreviation (``Lexicon.branch_offices``:
«УФСБ», «ГУ МВД», «СУ СК»), its country, «по» and a region.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from briefings.model import Span
from briefings.organizations_grammar import adjacent, complement_word, genitive_of, is_plain_noun, \
    nominative_adjective, nominative_noun, sentence_start
from briefings.organizations_lexicon import Lexicon, OrgMention, Token, lemma
from briefings.organizations_names import abbreviates
from briefings.people import fold
from briefings.people_names import NAME_GRAMMEMES


_CAPITALIZED = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*")
_ABBREVIATION = re.compile(r"[А-ЯЁ]{2,6}")
_INFLECTED_ABBREVIATION = re.compile(r"[А-ЯЁ]{2,6}(?:-?[а-яё]{1,3})?")  # «СПИДом», «МВД»
_LOWER = re.compile(r"[а-яё]+(?:-[а-яё]+)*")
_LATIN_SHORT_NAME = re.compile(r"\(([A-Z][A-Za-z]*[A-Z][A-Za-z]*)\)")  # «(USAID)», «(SEC)»
_CYRILLIC_SHORT_NAME = re.compile(r"\(([А-ЯЁ]{2,8})\)")  # «(АСВ)», when it abbreviates the name
_COMPOUND_SHORT_NAME = re.compile(r"\(([А-ЯЁ][а-яё]{5,})\)")  # «(Роскомнадзор)», «(Ростуризм)»
_NOT_REMIT = frozenset({"NPRO", "PREP", "CONJ", "PRCL", "VERB", "INFN", "ADVB", "PRED", "INTJ", "NUMR", "GRND",
                        "COMP"})
_REGION_NOUNS = frozenset({"край", "область", "район", "округ", "республика", "город", "г", "автономный"})
# a preposition inside a remit and the case of its noun: «по надзору в сфере связи»,
# «по надзору за качеством», «по контролю над вооружениями», «по борьбе с коррупцией»
_INNER_PREPOSITIONS = {"в": "loct", "за": "ablt", "над": "ablt", "с": "ablt", "со": "ablt"}
_SPHERES = frozenset({"сфера", "область"})
# a remit in the plural, one matter in the singular («по вопросам миграции», «по этому вопросу»;
# «по международным отношениям», «по отношению к резолюции»)
_ONE_CASE = frozenset({"дело", "вопрос", "отношение"})


def remit_mentions(tokens: Sequence[Token], text: str, vocab, country_of: Callable[[str], str | None],
                   region_of: Callable[[str], str | None], lexicon: Lexicon,
                   persons: Sequence[Span] = ()) -> list[OrgMention]:
    """The bodies named by their remit and the branches for a region in ``tokens``: each
    in the nominative as one ``OrgMention``, and its short name in a bracket after it as
    another, ``alias_of`` its span. ``country_of`` and ``region_of`` answer for a place's
    name (a region or city, for a branch). A body for a region is keyed by it, so that the
    name written without the region joins it («УФСБ по Пермскому краю» … «УФСБ»)."""
    out: list[OrgMention] = []
    near_po = set()  # (a name of either kind has «по» within its first eight words)
    for k, tok in enumerate(tokens):
        if tok.text == "по":
            near_po.update(range(max(0, k - 8), k))
    i = 0
    while i < len(tokens):
        found = None if i not in near_po else _body(tokens, i, text, vocab, country_of, region_of, lexicon) \
            or _branch(tokens, i, text, vocab, country_of, region_of, lexicon)
        if found is None or any(p.start < tokens[found[1] - 1].stop and tokens[i].start < p.stop for p in persons):
            i += 1
            continue
        name, stop, region, owned = found
        span = Span(tokens[i].start, tokens[stop - 1].stop)
        key = (_branch_owner(name[:name.rindex(" по ")], country_of), f"region:{fold(region)}") if region \
            else _country_key(name, tokens[i:stop], country_of)
        out.append(OrgMention(name, span, key=key, owned=owned))
        short = _short_name(text, span.stop, name)
        if short is not None:
            out.append(OrgMention(text[short.start:short.stop], short, alias_of=span))
        i = stop
    return out


def _short_name(text: str, stop: int, name: str) -> Span | None:
    """The span of a short name in a bracket right after a name: a Latin abbreviation
    («(USAID)»), a Cyrillic one that abbreviates the name («(АСВ)»; not a source: «… по
    обороне (ТАСС)»), or a compound with a root of the name's words after its first
    («… по надзору в сфере связи … (Роскомнадзор)»; not «Комитет по обороне (Госдума)»)."""
    if text[stop:stop + 2] != " (":
        return None
    latin = _LATIN_SHORT_NAME.match(text, stop + 1)
    if latin:
        return Span(latin.start(1), latin.end(1))
    cyrillic = _CYRILLIC_SHORT_NAME.match(text, stop + 1)
    if cyrillic and abbreviates(cyrillic.group(1), name):
        return Span(cyrillic.start(1), cyrillic.end(1))
    compound = _COMPOUND_SHORT_NAME.match(text, stop + 1)
    if compound and any(len(w) >= 5 and fold(w)[:5] in fold(compound.group(1)) for w in name.split()[1:]):
        return Span(compound.start(1), compound.end(1))
    return None


def _branch_owner(owner: str, country_of) -> str:
    """The key of what a branch belongs to: abbreviations without their country's word
    («ГУ МВД России» → «гу мвд», so that a later «ГУ МВД» joins the branch); words as
    written («Следственный комитет России»: a later «Следственный комитет России» is the
    federal body, not the branch)."""
    words = owner.split()
    if all(w.isupper() or country_of(w) for w in words):
        words = [w for w in words if not country_of(w)] or words
    return fold(" ".join(words))


def _country_key(name: str, tokens: Sequence[Token], country_of) -> tuple[str, str]:
    """The name without its country's word, and the country: «Комиссия по ценным бумагам
    США» is keyed (комиссия по ценным бумагам, US), so that the name written without it,
    keyed (комиссия по ценным бумагам, ""), joins it."""
    for tok in tokens[1:]:
        code = country_of(tok.text) if tok.text[:1].isupper() else None
        if code:
            return fold(" ".join(w for w in name.split() if w != tok.text)), code
    return fold(name), ""


def _body(tokens: Sequence[Token], i: int, text: str, vocab, country_of, region_of,
          lexicon: Lexicon) -> tuple[str, int, str | None, bool] | None:
    """The name, end, region (if its remit is one) and whether an owner stands before the
    remit, of a body named by its remit starting at ``tokens[i]``."""
    first = tokens[i]
    lower = _LOWER.fullmatch(first.text) is not None  # (then with an owner: «комитет Госдумы по …»)
    if not (lower or _CAPITALIZED.fullmatch(first.text)):
        return None
    # adjectives, then the head noun
    adjectives = []
    qualitative = False  # (a lower-case name's adjective of quality: «новый», «так называемой»)
    k = i
    while k < len(tokens) and len(adjectives) <= 3:
        if k > i and not (adjacent(text, tokens[k - 1], tokens[k]) and _LOWER.fullmatch(tokens[k].text)):
            return None
        parses = vocab.parse(fold(tokens[k].text))
        head = next((p for p in parses if p.tag.POS == "NOUN" and lemma(p) in lexicon.remit_heads), None)
        if head is not None:
            if lower and head.tag.number == "plur":
                return None  # («с фондами по борьбе с …»: several, none named)
            break
        adjective = next((p for p in parses if p.tag.POS in ("ADJF", "PRTF") and not {"Apro", "actv"} & p.tag.grammemes),
                         None)  # (not a pronoun, «Эта», nor an active participle, «Возглавляющий»)
        if adjective is None:
            return None
        qualitative = qualitative or lower and ("Qual" in adjective.tag.grammemes or adjective.tag.POS == "PRTF")
        adjectives.append(adjective)
        k += 1
    else:
        return None
    team = lemma(head) in lexicon.team_heads
    if lemma(head) == "федерация" and not adjectives and i and _CAPITALIZED.fullmatch(tokens[i - 1].text) \
            and adjacent(text, tokens[i - 1], first):
        return None  # («Российская Федерация по праву …»: a state's name)
    if qualitative and not team:
        return None  # (lower-case, a relative adjective only: «следственное управление СК по …», not «новый»,
        # «так называемой»; a team's kind may be any: «молодёжная сборная России по хоккею»)
    at_start = sentence_start(text, first.start)
    if adjectives and at_start and "Qual" in adjectives[0].tag.grammemes and not team and not (
            lemma(adjectives[0]) in lexicon.adjectives or country_of(first.text)):
        return None  # («Новая комиссия по этике …» may be any commission; «Пограничное управление …» is one)
    adjectives = [next((a for a in vocab.parse(fold(tokens[i + n].text)) if a.tag.POS in ("ADJF", "PRTF")
                        and a.tag.case == head.tag.case and a.tag.number == head.tag.number), None)
                  for n in range(len(adjectives))]
    if None in adjectives:
        return None  # (an adjective that does not agree with the head is not its)
    owned = k + 1
    k = _owner(tokens, owned, text, vocab, country_of)
    if k >= len(tokens) or tokens[k].text != "по" or not adjacent(text, tokens[k - 1], tokens[k]):
        return None
    if k + 1 < len(tokens) and _not_a_remit(tokens, k + 1, vocab, lexicon.not_remits):
        return None  # «Совет по итогам встречи принял …»
    region_end = None if team else _region(tokens, k + 1, text, vocab, region_of, country_of)
    if lemma(head) == "суд" and not region_end and not _court_remit(tokens, k + 1, vocab):
        return None  # («суд по взысканию долга»: the case it hears)
    stop = _sport(tokens, k + 1, text, vocab, lexicon.sports) if team \
        else region_end or _remit(tokens, k + 1, text, vocab, place=k == owned)
    if stop is None:
        return None
    end = stop if region_end or team else _owner(tokens, stop, text, vocab, country_of, last=True)
    if lower and k == owned and end == stop:
        return None  # («комитет по обороне» of no one named)
    if at_start and not adjectives and k == owned and end == stop and not region_end \
            and lemma(head) in lexicon.common_remit_heads and _nouns(tokens[k + 1:stop], vocab) < 2:
        return None  # (a head that is a common word too, bare, opening a sentence, with a remit of one
        # noun: «Группа по интересам …», «Служба по вызову …»; «Комитет по обороне …» is a name)
    words = [nominative_adjective(a, head) for a in adjectives] + [nominative_noun(head)]
    words[0] = words[0][:1].upper() + words[0][1:]
    rest = text[tokens[i + len(adjectives)].stop:tokens[end - 1].stop]
    region = " ".join(text[tokens[k + 1].start:tokens[end - 1].stop].split()) if region_end else None
    return " ".join(words) + " " + " ".join(rest.split()), end, region, k > owned


def _nouns(tokens: Sequence[Token], vocab) -> int:
    return sum(any(p.tag.POS == "NOUN" for p in vocab.parse(fold(t.text))) for t in tokens)


_COURT_REMITS = frozenset({"право", "дело", "спор"})


def _first_noun(tokens: Sequence[Token], k: int, vocab) -> list:
    """The noun readings of the first noun after «по» at ``tokens[k]``, past its adjectives
    (a word the dictionary also has as a noun is an adjective when a noun follows it: «по
    второму уголовному делу»); none within four words: ``[]``."""
    for n, tok in enumerate(tokens[k:k + 4], start=k):
        parses = vocab.parse(fold(tok.text))
        nouns = [p for p in parses if p.tag.POS == "NOUN"]
        adjective = any(p.tag.POS in ("ADJF", "PRTF") for p in parses)
        if nouns and not (adjective and n + 1 < len(tokens)
                          and any(p.tag.POS == "NOUN" for p in vocab.parse(fold(tokens[n + 1].text)))):
            return nouns
    return []


def _court_remit(tokens: Sequence[Token], k: int, vocab) -> bool:
    """The first noun after «по» at ``tokens[k]`` is what a court hears, in the plural: «по
    правам человека», «по уголовным делам», «по интеллектуальным правам», «по экономическим
    спорам» (not the case it hears: «по взысканию долга»)."""
    return any(lemma(p) in _COURT_REMITS and p.tag.number == "plur" and p.tag.case == "datv"
               for p in _first_noun(tokens, k, vocab))


def _not_a_remit(tokens: Sequence[Token], k: int, vocab, not_remits: frozenset[str]) -> bool:
    """The first noun after «по» at ``tokens[k]`` is one of ``not_remits``
    (``Lexicon.not_remits``: «по словам», «по итогам», «по заявлению», «по выходным»), or
    «делу», «вопросу», «отношению» (one case, one issue; «по делам молодёжи», «по вопросам
    миграции», «по международным отношениям» are remits)."""
    return any(lemma(p) in not_remits or lemma(p) in _ONE_CASE and p.tag.number == "sing"
               for p in _first_noun(tokens, k, vocab))


def _owner(tokens: Sequence[Token], k: int, text: str, vocab, country_of, last: bool = False) -> int:
    """Past the genitives of a body's owner at ``tokens[k]``: capitalized words («США»,
    «Сената США», «Госдумы»), and the lower-case words of a capitalized adjective's noun
    («Федеральной налоговой службы»). The one after the remit (``last``) is written as
    the name of a country, a place or a body, an abbreviation or a word the dictionary
    knows as no common noun («… биржам США», «… биржам Соединённых Штатов», «…
    здравоохранению Петербурга»), not a person's («… правам человека Ангела Меркель»)
    nor a capitalized common noun that starts what follows («… ожирением Условия»)."""
    start = k
    while k < len(tokens) and k - start < 4 and adjacent(text, tokens[k - 1], tokens[k]):
        word = tokens[k].text
        if last and k + 1 < len(tokens) and adjacent(text, tokens[k], tokens[k + 1]) \
                and _CAPITALIZED.fullmatch(word) and _CAPITALIZED.fullmatch(tokens[k + 1].text) \
                and country_of(f"{word} {tokens[k + 1].text}"):
            k += 2  # «Соединённых Штатов»
            continue
        if not ((_CAPITALIZED.fullmatch(word) or _ABBREVIATION.fullmatch(word)) and complement_word(vocab, word)) \
                or last and not _names_an_owner(word, vocab):
            break
        k += 1
        if not last and genitive_of(vocab, word, "ADJF"):  # «Федеральной» + «налоговой службы»
            while k < len(tokens) and k - start < 4 and adjacent(text, tokens[k - 1], tokens[k]) \
                    and _LOWER.fullmatch(tokens[k].text) and any(
                        p.tag.case == "gent" and p.tag.POS in ("ADJF", "NOUN") for p in vocab.parse(tokens[k].text)):
                k += 1
                if any(p.tag.POS == "NOUN" for p in vocab.parse(tokens[k - 1].text)):
                    break
    return k


def _names_an_owner(word: str, vocab) -> bool:
    """An abbreviation, or a word no person's name and no plain common noun."""
    if _ABBREVIATION.fullmatch(word):
        return True
    parses = vocab.parse(fold(word))
    return not any(NAME_GRAMMEMES & p.tag.grammemes for p in parses) and not is_plain_noun(word, vocab)


def _sport(tokens: Sequence[Token], k: int, text: str, vocab, sports: frozenset[str]) -> int | None:
    """The end of a team's sport starting at ``tokens[k]``: lower-case adjectives and a
    noun of ``sports`` (lemmas) in the dative, and the nouns in the genitive after it
    («по хоккею», «по синхронному плаванию», «по лыжным видам спорта»; not «по футболу с
    крупным счётом»: «по футболу», nor «по первым матчам»: no sport), and the words that
    make it another sport (``_SPORT_TAILS``: «по хоккею с мячом», «по прыжкам в воду»)."""
    n = k
    while n < len(tokens) and (n == k or adjacent(text, tokens[n - 1], tokens[n])) and _LOWER.fullmatch(tokens[n].text):
        parses = vocab.parse(fold(tokens[n].text))
        if any(p.tag.POS == "NOUN" and p.tag.case == "datv" and lemma(p) in sports for p in parses):
            n += 1
            while n < len(tokens) and adjacent(text, tokens[n - 1], tokens[n]) and _LOWER.fullmatch(tokens[n].text) \
                    and _genitive_noun(vocab.parse(fold(tokens[n].text))):
                n += 1
            tail = _SPORT_TAILS.match(text, tokens[n - 1].stop)
            while tail and n < len(tokens) and tokens[n].start < tail.end():
                n += 1  # «по хоккею с мячом», «по прыжкам в воду»: another sport
            return n
        if not any(p.tag.POS == "ADJF" and p.tag.case == "datv" for p in parses):
            return None
        n += 1
    return None


# a sport's words after its noun that make it another sport (not «с шайбой»: hockey's own)
_SPORT_TAILS = re.compile(r"[ \u00a0]+(?:с[ \u00a0]+мячом|в[ \u00a0]+воду|на[ \u00a0]+батуте"
                          r"|на[ \u00a0]+лыжах(?:[ \u00a0]+с[ \u00a0]+трамплина)?)(?![\w-])")


def _genitive_noun(parses) -> bool:
    """A noun in the genitive, not a preposition read so too («с»: «секунды»)."""
    return bool(parses) and parses[0].tag.POS not in _NOT_REMIT \
        and any(p.tag.POS == "NOUN" and p.tag.case == "gent" for p in parses)


def remit_end(tokens: Sequence[Token], k: int, text: str, vocab) -> int | None:
    """The index after the last token of a remit that starts at ``tokens[k]`` (after «по»),
    or None when none starts there (``_remit``)."""
    return _remit(tokens, k, text, vocab)


def _remit(tokens: Sequence[Token], k: int, text: str, vocab, place: bool = False) -> int | None:
    """The end of a remit starting at ``tokens[k]``: lower-case adjectives and nouns in
    their cases (the dative after «по», the genitive after a noun, after «и» or a comma the
    case of a noun before: «по надзору за продуктами питания и медикаментами»; a comma
    only in a list «и» closes), with a preposition of
    ``_INNER_PREPOSITIONS`` before its case. A capitalized word is one of it as an adjective
    in the genitive or as the noun of adjectives before it («по делам Северного Кавказа»,
    «по делам бывшей Югославии», «по реализации Национальной стратегии»; not right after
    «и», which starts another name), and so is an abbreviation after a preposition («по
    борьбе со СПИДом») or in a list that goes on («по делам СНГ, евразийской интеграции и
    связям с соотечественниками»). A place in the dative may be the whole remit, maybe
    after adjectives («по бывшей Югославии», «по Руанде»), if ``place`` (the caller's answer
    for a name with no owner before «по»: «резолюции Совета Безопасности ООН по Сирии» is
    the resolution's). It ends with a noun, or with adjectives in the genitive plural that
    stand for one («по защите несовершеннолетних»)."""
    end = None  # after the last noun
    unnamed = True  # every noun is a region's
    cases = {"datv"}  # what the next noun or adjective may be in
    listed: set[str] = set()  # the cases of the nouns so far: one of them takes «и» or a comma
    last: set[str] = set()  # … of the last noun
    n = k
    while n < len(tokens):
        tok = tokens[n]
        if n > k and not adjacent(text, tokens[n - 1], tok):
            break
        word = fold(tok.text)
        if end == n and (word == "и" or tok.text == "," and _and_follows(tokens, n + 1, text)):
            cases = listed
            n += 1
            continue
        parses = vocab.parse(word)
        preposition = _INNER_PREPOSITIONS.get(tokens[n - 1].text) if n > k else None
        if not _LOWER.fullmatch(tok.text):
            if place and end is None and cases == {"datv"} and _CAPITALIZED.fullmatch(tok.text) \
                    and any(p.tag.POS == "NOUN" and p.tag.case == "datv" and "Geox" in p.tag.grammemes for p in parses):
                n += 1  # a place the body's remit is: «Международный трибунал по бывшей Югославии»,
                end = n  # «Контактная группа по Украине» (a branch's region is ``_region``'s)
                unnamed = False
                last = listed = {"datv"}
                cases = {"gent"}
                continue
            if end is None or tokens[n - 1].text in ("и", ","):
                break  # (not after «и»: «Комиссия по культуре и Общественной палаты …» is another name)
            if preposition and _INFLECTED_ABBREVIATION.fullmatch(tok.text):
                n += 1  # «со СПИДом», «… туберкулезом и малярией»
                end = n
                listed |= cases
                unnamed = False
            elif _CAPITALIZED.fullmatch(tok.text) and genitive_of(vocab, tok.text, "ADJF"):
                n += 1  # «Северного», «Национальной»
            elif (n > end or n + 1 < len(tokens) and tokens[n + 1].text in _INNER_PREPOSITIONS
                  or _ABBREVIATION.fullmatch(tok.text) and n + 1 < len(tokens) and tokens[n + 1].text == ","
                  and _and_follows(tokens, n + 2, text)) \
                    and (_CAPITALIZED.fullmatch(tok.text) or _ABBREVIATION.fullmatch(tok.text)) \
                    and complement_word(vocab, tok.text):
                n += 1  # «Кавказа» after «Северного»; «по взаимоотношениям Церкви с обществом»
                end = n
                unnamed = False
            else:
                break
            continue
        case = _INNER_PREPOSITIONS.get(word)
        if case and end == n and n + 1 < len(tokens) and adjacent(text, tok, tokens[n + 1]):
            after = vocab.parse(fold(tokens[n + 1].text))
            if _INFLECTED_ABBREVIATION.fullmatch(tokens[n + 1].text) and word != "в" or any(
                    p.tag.case == case and p.tag.POS in ("NOUN", "ADJF") and (word != "в" or lemma(p) in _SPHERES)
                    and ("anim" not in p.tag.grammemes or "datv" in last) for p in after):
                # (people only after the remit's own noun: «по связям с инвесторами», not «по примирению
                # враждующих сторон с лидерами НВФ»)
                cases = {case}
                n += 1
                continue
            break
        if not parses or parses[0].tag.POS in _NOT_REMIT or not any(p.tag.POS in ("NOUN", "ADJF", "PRTF") for p in parses):
            break
        fits = [p for p in parses if p.tag.POS in ("NOUN", "ADJF", "PRTF") and p.tag.case in cases
                and "Apro" not in p.tag.grammemes]  # (not «по своим каналам»)
        if not fits:
            break  # (no case a remit's words take there: «… бумагам сотрудниками банка», «… сторон генерал-майор»)
        n += 1
        nouns = [p for p in fits if p.tag.POS == "NOUN"]
        if nouns and any(p.tag.POS != "NOUN" for p in fits) and _noun_agrees_next(tokens, n, text, vocab, fits):
            nouns = []  # an adjective the dictionary also has as a noun, before its noun: «по уголовным делам»
        if nouns:
            end = n
            unnamed = unnamed and any(lemma(p) in _REGION_NOUNS for p in nouns)
            last = {p.tag.case for p in nouns}
            listed |= last
            cases = {"gent"}
    if end is not None and n > end and all(
            any(p.tag.POS == "ADJF" and p.tag.case == "gent" and p.tag.number == "plur" for p in vocab.parse(fold(t.text)))
            for t in tokens[end:n]):
        end = n  # «по защите несовершеннолетних»
    if end is not None and end - k > 1 and text[tokens[end - 1].stop:tokens[end - 1].stop + 2] in (" «", ' "'):
        end -= 1  # a noun for the kind of a quoted name: «по трудовым спорам компании «Ростелеком»»
        while end > k and not any(p.tag.POS == "NOUN" for p in vocab.parse(fold(tokens[end - 1].text))):
            end -= 1
    return None if unnamed else end  # (not a region left unnamed: «управление МВД по области»)


def _noun_agrees_next(tokens: Sequence[Token], n: int, text: str, vocab, fits) -> bool:
    """The lower-case word at ``tokens[n]``, right after the one read as ``fits``, is a noun
    in the case and number of one of its adjective readings («уголовным» + «делам»)."""
    if n >= len(tokens) or not adjacent(text, tokens[n - 1], tokens[n]) or not _LOWER.fullmatch(tokens[n].text):
        return False
    forms = {(p.tag.case, p.tag.number) for p in fits if p.tag.POS in ("ADJF", "PRTF")}
    return any(p.tag.POS == "NOUN" and (p.tag.case, p.tag.number) in forms for p in vocab.parse(fold(tokens[n].text)))


def _and_follows(tokens: Sequence[Token], n: int, text: str) -> bool:
    """An «и» closes the list a comma before ``tokens[n]`` goes on, in lower-case words,
    maybe after more commas, within the next words: «связи, информационных технологий и
    массовых коммуникаций», «по алкоголю, табаку, огнестрельному оружию и …» (not «по
    обороне, МИД и ФСБ»)."""
    for m in range(n, min(n + 12, len(tokens))):
        if m > n and not adjacent(text, tokens[m - 1], tokens[m]):
            return False
        if tokens[m].text == "и":
            return m > n and m + 1 < len(tokens) and _LOWER.fullmatch(tokens[m + 1].text) is not None
        if not (_LOWER.fullmatch(tokens[m].text) or tokens[m].text == "," and m > n):
            return False
    return False


def _region(tokens: Sequence[Token], k: int, text: str, vocab, region_of, country_of) -> int | None:
    """The end of a region in the dative at ``tokens[k]``, the remit of a branch: «по
    Пермскому краю», «по Москве», «по г. Москве», «по Южному федеральному округу»,
    «по Кабардино-Балкарии», «по Республике Северная Осетия — Алания», «по Республике Саха
    (Якутия)», «по Санкт-Петербургу и Ленинградской области»; a region or city ``region_of``
    knows, or a name with a region's noun (not a country: «по Украине»)."""
    n = k
    if n < len(tokens) and tokens[n].text == "г." or n + 1 < len(tokens) and tokens[n].text == "г" \
            and tokens[n + 1].text == ".":
        n += 1 if tokens[n].text == "г." else 2
    words = []
    while n < len(tokens) and len(words) < 4 and (not words or adjacent(text, tokens[n - 1], tokens[n])):
        tok = tokens[n]
        if not words and not _CAPITALIZED.fullmatch(tok.text):
            return None
        parses = vocab.parse(fold(tok.text))
        if not any(p.tag.case == "datv" or "Fixd" in p.tag.grammemes for p in parses):
            break
        if words and not (_CAPITALIZED.fullmatch(tok.text) or any(lemma(p) in _REGION_NOUNS for p in parses)
                          or tok.text.islower() and any(p.tag.POS == "ADJF" for p in parses)):
            break
        words.append((tok, parses))
        n += 1
    while words and words[-1][0].text.islower() and not any(lemma(p) in _REGION_NOUNS for p in words[-1][1]):
        words.pop()  # (ends with its noun)
        n -= 1
    if not words:
        return None
    name = " ".join(t.text for t, _ in words)
    with_noun = any(lemma(p) in _REGION_NOUNS for _, parses in words for p in parses)
    if not with_noun and not (region_of(name) or region_of(_nominative(words[0][1]))):
        return None  # (a country is none: «по Украине»; a capital is its city: «по Москве»)
    if with_noun and words[-1][0].text[:1].isupper():
        n = _region_name(tokens, n, text)  # the region's name after its noun, in any case: «по Республике Дагестан»
    elif with_noun:
        n = _owner(tokens, n, text, vocab, country_of, last=True)  # «по Останкинскому району Москвы»
    if n + 1 < len(tokens) and tokens[n].text == "и" and adjacent(text, tokens[n - 1], tokens[n]):
        n = _region(tokens, n + 1, text, vocab, region_of, country_of) or n  # «… и Ленинградской области»
    return n


def _region_name(tokens: Sequence[Token], n: int, text: str) -> int:
    """Past a region's name of capitalized words at ``tokens[n]``, joined by a dash, and its
    other name in a bracket: «Северная Осетия — Алания», «Саха (Якутия)»."""
    start = n
    while n < len(tokens) and n - start < 5 and adjacent(text, tokens[n - 1], tokens[n]):
        if _CAPITALIZED.fullmatch(tokens[n].text):
            n += 1
        elif tokens[n].text in ("—", "–", "-") and n + 1 < len(tokens) and _CAPITALIZED.fullmatch(tokens[n + 1].text):
            n += 2
        elif tokens[n].text == "(" and n + 2 < len(tokens) and _CAPITALIZED.fullmatch(tokens[n + 1].text) \
                and tokens[n + 2].text == ")":
            n += 3
        else:
            break
    return n


def _nominative(parses) -> str:
    form = next((p.inflect({"Nom"}) for p in parses if p.tag.case == "datv"), None)
    return form.word if form else parses[0].word


def _branch(tokens: Sequence[Token], i: int, text: str, vocab, country_of, region_of,
            lexicon: Lexicon) -> tuple[str, int, str, bool] | None:
    """An office's branch for a region at ``tokens[i]``: abbreviations (not a country's),
    one of them an office with branches or a directorate (``Lexicon.branch_offices``:
    «УФСБ», «ГУ», «СУ», «МВД»), the country's name, «по» and a region: «УФСБ по Пермскому
    краю», «ГУ МВД России по Москве», «СУ СК по Приморью» (not «МТС по Москве», «ЕГЭ по
    Москве»)."""
    if i > 0 and tokens[i - 1].text == "по":
        return None  # (a district's abbreviation: «УВД по ЦАО ГУ МВД …»)
    k = i
    while k < len(tokens) and k - i < 3 and _ABBREVIATION.fullmatch(tokens[k].text) \
            and not country_of(tokens[k].text) and (k == i or adjacent(text, tokens[k - 1], tokens[k])):
        k += 1
    if k == i or not any(fold(t.text) in lexicon.branch_offices for t in tokens[i:k]):
        return None
    if k < len(tokens) and adjacent(text, tokens[k - 1], tokens[k]) and country_of(tokens[k].text):
        k += 1  # «МВД России»
    if k >= len(tokens) or tokens[k].text != "по" or not adjacent(text, tokens[k - 1], tokens[k]):
        return None
    stop = _region(tokens, k + 1, text, vocab, region_of, country_of)
    if stop is None:
        return None
    region = " ".join(text[tokens[k + 1].start:tokens[stop - 1].stop].split())
    return " ".join(text[tokens[i].start:tokens[stop - 1].stop].split()), stop, region, False
