"""Whose government one named by its leader is: «правительство Башара Асада» is Syria's
when the text writes «президента Сирии Башара Асада», so it does not join «Правительство
США» of the same article; and whose body one said of «страны» is: «МИД страны» is the
country's named last before it; and that a body written before «и» and a body named with its
country share that country. Pure: text, mentions and the spans of the countries found."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable, Sequence

from briefings.model import Span
from briefings.offices import country_office_word
from briefings.organizations_lexicon import OrgMention
from briefings.people import fold, stem

_WORD = re.compile(r"[А-ЯЁA-Z][\w’'-]*")
_WORD_BEFORE = re.compile(r"(\S+)\s+$")  # the last word before a position
_NAME_OR_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def leaders_placed(mentions: Sequence[OrgMention], text: str,
                   countries: Sequence[tuple[Span, str]]) -> list[OrgMention]:
    """``mentions`` with a government named by its leader marked with the leader's country
    (``leader_of``), when the text writes that country's name or adjective right before
    the leader's name elsewhere («сирийский президент Башар Асад», «президента Украины
    Виктора Януковича») and no other country so. Such a mention joins only its country's
    institution of that head; one the text places nowhere joins the only institution of
    its head with a country, if there is one."""
    ends = {span.stop: code for span, code in countries}
    led = [m.span for m in mentions if m.led]  # («в Сирии администрация Барака Обамы» tells nothing)
    placed = []
    for m in mentions:
        if not m.led or not m.key or m.key[1]:
            placed.append(m)
            continue
        surname = text[m.span.start:m.span.stop].split()[-1]
        codes = _countries_before(surname, text, ends, led)
        placed.append(replace(m, leader_of=codes.pop()) if len(codes) == 1 else m)
    return placed


def _countries_before(surname: str, text: str, ends: dict[int, str], led: Sequence[Span]) -> set[str]:
    """Codes of the countries written right before a mention of ``surname`` outside the
    ``led`` spans: up to two first names between, and before them up to two words of an
    office («сирийский президент Башар Асад», «украинского премьер-министра Яценюка»,
    «президента Сирии Башара Асада»; not «американских журналистов Байден»)."""
    office_word = country_office_word()
    codes, key = set(), stem(surname)
    for word in _WORD.finditer(text):
        if stem(word.group()) != key or any(s.start <= word.start() < s.stop for s in led):
            continue
        at, names, offices = word.start(), 0, 0
        while (before := _WORD_BEFORE.search(text, max(0, at - 40), at)) is not None:
            if before.end(1) in ends:
                codes.add(ends[before.end(1)])
                break
            written = before.group(1)
            if not _NAME_OR_WORD.fullmatch(written):
                break  # «в Сирии, Башар Асад»: punctuation between
            if written[0].isupper() and not offices and names < 2:
                names += 1
            elif written.islower() and offices < 2 and any(office_word.fullmatch(fold(part))
                                                           for part in written.split("-")):
                offices += 1
            else:
                break
            at = before.start(1)
    return codes


def bodies_of_the_country_before(mentions: Sequence[OrgMention], text: str,
                                 countries: Sequence[tuple[Span, str]]) -> list[OrgMention]:
    """``mentions`` with a body of no country said of «страны», «республики», «королевства»
    or «государства» («глава МИД страны Петер Сийярто», «Минобороны страны по поручению
    президента Петра Порошенко») marked with the country named last before it (``leader_of``):
    it joins that country's body of its head, not another's («МИД России» of the same
    article), or stays one of its own; the country of the person named after it where the
    text writes a country before that person's name elsewhere («глава МИД Венгрии Петер
    Сийярто»), and not a country named inside a quotation the text closes before the body
    (someone's words)."""
    ends = sorted((span.stop, code) for span, code in countries)
    code_at = dict(ends)
    placed = []
    for m in mentions:
        said = _OF_THE_COUNTRY.match(text, m.span.stop) if m.key and not m.key[1] and not m.leader_of else None
        if said:
            holder = _HOLDER.match(text, said.end())  # «глава МИД страны Петер Сийярто» … «МИД Венгрии Петер Сийярто»
            codes = _countries_before(holder.group(1), text, code_at, []) if holder else set()
            before = [code for stop, code in ends if stop <= m.span.start and not _quoted_before(text, stop, m.span.start)]
            code = codes.pop() if len(codes) == 1 else before[-1] if before else ""
            if code:
                m = replace(m, leader_of=code)
        placed.append(m)
    return placed


def bodies_sharing_a_country(mentions: Sequence[OrgMention], text: str,
                             of_a_country: Callable[[str], bool]) -> list[OrgMention]:
    """``mentions`` with a body of no country written right before «и» and a body named
    with a country given that country: the genitive after the second names the owner of
    both («Генеральной прокуратурой и Службой безопасности Украины» → «Генеральная
    прокуратура Украины», which the text's «ГПУ» spells; «Министерство обороны и МИД России»
    → «Министерство обороны России», not the «Министерство обороны США» of the same text).
    Not a body named by its letters, which may be any country's or none's («ОБСЕ и Госдеп
    США», «построенная РЖД и Железнодорожными войсками России»), nor one with a word of a
    country already (``of_a_country``: «Палестинская национальная администрация»)."""
    by_start = {m.span.start: m for m in mentions}
    placed = []
    for m in mentions:
        joined = _AND.match(text, m.span.stop) if m.key and not m.key[1] and not (m.leader_of or m.bare) else None
        other = by_start.get(joined.end()) if joined else None
        owner = _owner_after(other) if other is not None else ""
        if owner and fold(m.name) == m.key[0] and not any(w.isupper() or of_a_country(w) for w in m.name.split()):
            m = replace(m, name=f"{m.name} {owner}", key=(m.key[0], other.key[1]))
        placed.append(m)
    return placed


def _owner_after(mention: OrgMention) -> str:
    """The country's name ending a body's name after its head («Украины» of «Служба
    безопасности Украины», keyed so), or ""."""
    if not mention.key or not _CODE.fullmatch(mention.key[1]) or mention.led or mention.bare:
        return ""
    head = len(mention.key[0].split())
    words = mention.name.split()
    owner = words[head:]
    return " ".join(owner) if 1 <= len(owner) <= 2 and all(w[:1].isupper() for w in owner) \
        and fold(" ".join(words[:head])) == mention.key[0] else ""


_AND = re.compile(r"[ \u00a0]+и[ \u00a0]+")
_CODE = re.compile(r"[A-Z]{2}")


def _quoted_before(text: str, at: int, start: int) -> bool:
    """The position ``at`` is inside a quotation closed before ``start``: someone's words
    («… перед которыми стоит Афганистан», — цитирует AFP заявление МИД страны» is the
    ministry of the country that speaks, not Afghanistan's)."""
    close, opening = text.find("»", at, start), text.find("«", at, start)
    return close != -1 and (opening == -1 or close < opening)


# the name of the body's head after it: «… страны Петер Сийярто» (its last word, the surname)
_HOLDER = re.compile(r"[ \u00a0]+[А-ЯЁ][а-яё]+(?:[ \u00a0]+[А-ЯЁ][а-яё]+)?[ \u00a0]+([А-ЯЁ][а-яё-]+)")
_OF_THE_COUNTRY = re.compile(r"[ \u00a0]+(?:этой[ \u00a0]+)?(?:страны|республики|королевства|государства)(?![а-яё])")
