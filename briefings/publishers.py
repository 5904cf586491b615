"""An article's publisher, and the places where the publisher names itself.

The outlet an article comes from (its source name, or the web domain of its source URL in
data/publishers.yml) names itself in its own text as the one reporting: «рассказал RT», «в
беседе с RT», «в материале RT», «как выяснила «НГ»», «(Шойгу. — RT)», «с которым ознакомился
RT». Those mentions make it no organization of the article: it is the article's source, as a
photo credit's agency is. Any other mention keeps it, for the article is then about it too:
«Минюст США потребовал от RT…», «телеканал RT и агентство Sputnik»."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Callable, Iterable, Mapping, Sequence

import yaml

from briefings.model import Entity, Source, Span

_HOSTS = re.compile(r"//([\w.-]+)")  # (every host: a scraped URL may hold two, «https://a.comhttps://a.com/x»)


@lru_cache(maxsize=1)
def default_domains() -> Mapping[str, tuple[str, ...]]:
    """Each outlet's web domain → its names (data/publishers.yml)."""
    source = resources.files("briefings").joinpath("data/publishers.yml")
    data = yaml.safe_load(source.read_text(encoding="utf-8")) or {}
    return {domain.lower(): tuple(names) for domain, names in data.items()}


def publisher_names(source: Source, domains: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The names of the outlet that published an article: its source name, and the names of
    the outlet whose domain (or a subdomain of it) its source URL is on; none when neither is
    known. «https://russian.rt.com/world/…» → («RT», «Russia Today»)."""
    names = [source.name] if source.name else []
    for host in _HOSTS.findall(source.url or ""):
        host = host.lower()
        for domain, outlet in domains.items():
            if host == domain or host.endswith("." + domain):
                names.extend(outlet)
    return tuple(dict.fromkeys(names))


_GAP = r"[^\S\n]"
_QUOTE = r"[«\"„]?"
_WORD = r"[^\s,.;:!?«»\"()—–]+"
# what the outlet says or does as the one reporting («рассказал RT», «RT разбирался»), or what
# is said to it («сообщили «НГ»», «Об этом RT сообщили в пресс-службе»)
_VERBS = (r"(?:сказа|рассказ|сообщ|заяв|отмет|отмеча|поясн|подчеркн|подч[её]ркив|объясн|прокомментир|комментир|"
          r"призна|подели|добав|уточн|подтверд|напомн|замет|предполож|высказ|ответ|говор|раскры|описа|передал|"
          r"пожалова|жалова|посетова|сетова|поведа|обеща|предостав|завер|дал[аи]?(?![а-яё])|"
          r"разбира|выясн|изуча|изучил|узна|поговор|побеседова|подобрал|подбира|пообща|направ|обрати|связа|"
          r"ознаком|знаком|обсуд|публику|опубликова|писал|пиш|собрал|проанализир|расспрос|попрос|спроси|спрашива|задал|"
          r"отправил|побывал|вспомина|вспомнил|наш[её]л|составил|подготовил|пров[её]л|провод|проверил|посчитал|"
          r"подсчитал|попытал|подв[её]л|подвод|сделал|в[её]л(?![а-яё])|обнаружил|известн|разговарива|обсужда|"
          r"привод|прив[её]л|написа|указа|напомина|вырази|выража|удели|поступи|опрос|отвеча|взял|удал[оа]сь)[а-яё]*")
# a word for what the outlet makes or who speaks to it, right before it: «в интервью RT», «в
# беседе с RT», «опрошенные RT эксперты», «источник «НГ»», «(см. «НГ» от 12.03.18)», «по
# просьбе «НГ»»
_FRAMES = (r"(?:интервью|бесед[аеуы]|разговор[аеу]?|коммент[а-яё]*|материал[а-яё]*|распоряжени[еия]|эфир[а-яё]*|"
           r"редакци[а-яё]+|ответ[аеу]?|запрос[а-яё]*|программ[а-яё]+|колонк[а-яё]+|обзор[а-яё]*|репортаж[а-яё]*|"
           r"корреспондент[а-яё]*|спецкор[а-яё]*|источник[а-яё]*|собеседни[а-яё]+|эксперт[а-яё]*|опрошенн[а-яё]+|"
           r"вопрос[аеу]?|читател[а-яё]+|зрител[а-яё]+|журналист[а-яё]*|ведущ[а-яё]+|обозревател[а-яё]+|автор[а-яё]*|гостях|"
           r"просьб[аеуы]|информации|данным|сведениям|подробнее|подробност[а-яё]+(?:" + _GAP + r"+в)?|см\.|прим\.|специально|есть)")
_SAID_BEFORE = re.compile(
    r"(?<![а-яё])(?:" + _FRAMES + r"(?:" + _GAP + r"+(?:с|c|со|для|у|в|(?:теле)?канал[аеу]?))?|" + _VERBS + r"(?:" + _GAP + r"+" + _WORD + r"){0,3}?)"
    + _GAP + r"*" + _QUOTE + r"\Z", re.I)
_SAID_AFTER = re.compile(r"\A[»\"]?" + _GAP + r"*(?:(?:" + _WORD + _GAP + r"+){0,2}?" + _VERBS
                         + r"|(?:" + _WORD + _GAP + r"+){0,5}?(?:не" + _GAP + r"+)?удал[оа]сь)", re.I)
# the outlet signing its own remark in a quote: «(Ким Чен Ына. — RT)», «(со Скрипалями. – «НГ»)»
_NOTE_BEFORE = re.compile(r"[—–-]" + _GAP + r"*" + _QUOTE + r"\Z")
_NOTE_AFTER = re.compile(r"\A[»\"]?\s*[)\]]")  # (a scraped page may break the line before the bracket)


def names_itself(text: str, start: int, stop: int) -> bool:
    """The outlet named at ``text[start:stop]`` is the one reporting there: «рассказал RT», «в
    беседе с RT», «Опрошенные RT эксперты», «Как выяснила «НГ»», «RT разбирался», «Об этом
    RT сообщили в пресс-службе», «(Шойгу. — RT)»; not «Минюст США потребовал от RT», «телеканал
    RT и агентство Sputnik»."""
    before, after = text[max(0, start - 80):start], text[stop:stop + 60]
    return bool(_SAID_BEFORE.search(before) or _SAID_AFTER.match(after)
                or _NOTE_BEFORE.search(before) and _NOTE_AFTER.match(after))


def without_publisher(organizations: Iterable[Entity], is_publisher: Callable[[str], bool],
                      text: str) -> tuple[Entity, ...]:
    """``organizations`` but the publisher (``is_publisher(name)``) when every mention of it
    names itself as the one reporting (``names_itself``), read at the name inside a span
    that holds more («Опрошенные RT» of «Опрошенные RT эксперты»)."""
    def reporting(entity: Entity, span: Span) -> bool:
        at = text.find(entity.name, span.start, span.stop)
        start, stop = (at, at + len(entity.name)) if at >= 0 else (span.start, span.stop)
        return names_itself(text, start, stop)

    return tuple(entity for entity in organizations
                 if not (is_publisher(entity.name) and entity.spans
                         and all(reporting(entity, s) for s in entity.spans)))


def publisher_test(names: Sequence[str], same: Callable[[str, str], bool]) -> Callable[[str], bool]:
    """``name`` → whether it is one of the publisher's ``names`` (by ``same``), or a
    supplement's named after one of them with a hyphen: «НГ-политика» of «НГ»."""
    return lambda name: any(same(name, known) or name.startswith(known + "-") for known in names)
