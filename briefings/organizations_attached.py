"""A body attached to another, named with «при» and the one it is attached to, which the
NER cuts before «при»: «Общественный совет» + «при Минобороны», «Финансовый университет» +
«при правительстве Российской Федерации», «Экономический совет» + «при президенте России».

The name is one: councils «при Минобороны» and «при Минтрансе» are two bodies, and neither
is a bare «Общественный совет». What a body is attached to is another organization's span
right after «при», or an office in the prepositional case (``_SEATS``: «при президенте»,
«при правительстве», «при губернаторе») and the place it is of, if one follows in the
genitive («России», «Москвы», «Республики Казахстан»). Not a time («при Бараке Обаме»: a
person's span, or a surname the NER took for an organization: «при Сердюкове»), nor
circumstances («при поддержке», «при участии», «при этом»: no organization and no office).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Mapping, Sequence

from natasha.doc import DocSpan

from briefings.model import Span
from briefings.organizations_lexicon import ABBREVIATION, Lexicon, OrgMention, Token, lemma
from briefings.organizations_remits import remit_end
from briefings.people import fold

# offices a body is attached to, named by the office's word («при президенте РФ») (lemmas)
_SEATS = frozenset({"президент", "правительство", "президиум", "губернатор", "мэр", "мэрия", "администрация",
                    "кабмин", "глава", "полпред", "патриархия", "патриарх"})
_BRACKET = re.compile(r" \([^()]*\)")


@dataclass(frozen=True, slots=True)
class Neighbours:
    """What stands around a name in one text: the NER's spans by their start
    (``spans_at``) and the span that directly follows another, by that one's stop
    (``spans_after``); the text's tokens and the index of the token starting at an offset;
    the stop of a body named by its remit, by its start (``remit_stops``: «ГУ МВД России по
    Москве», which the NER tags as «ГУ» and «МВД России»)."""

    text: str
    tokens: Sequence[Token]
    token_at: Mapping[int, int]
    spans_at: Mapping[int, DocSpan]
    spans_after: Mapping[int, DocSpan]
    remit_stops: Mapping[int, int]


def attached_to(words: Sequence[Token], around: Neighbours, vocab, lexicon: Lexicon) -> Span | None:
    """The span of «при» and what the body named by ``words`` is attached to, if that
    follows it: the name is capitalized, not quoted, its first word after adjectives a word
    for a body or an institution (``lexicon.attached_heads``: «Общественного совета»,
    «Центра долгосрочного прогнозирования»); «при» is one space after it; then comes an
    organization's span, with a country after it («при Минтрансе» + «России»), as a body
    named by its remit («при ГУ МВД России по Москве»), or a body's word and the
    abbreviation of whose body it is («при Президиуме» + «РАН», not an outlet: «при
    Минобороны» + «ТАСС»); or an office's word (``_SEATS``) in the prepositional case and
    maybe a place or an organization in the genitive after it («при президенте» + «России»,
    «при правительстве» + «Москвы»)."""
    text = around.text
    start, stop = words[0].start, words[-1].stop
    if not words[0].text[:1].isupper() or start > 0 and text[start - 1] in "«\"„" \
            or text[stop:stop + 5] != " при " or not _headed(words, vocab, lexicon.attached_heads):
        return None
    at = stop + 1
    complement = around.spans_at.get(at + 4)
    if complement is not None and complement.type == "ORG" and not _a_person(complement, vocab):
        owner = around.spans_after.get(complement.stop)
        end = owner.stop if owner is not None and _owns(complement, owner, vocab, lexicon) else complement.stop
        return Span(at, max(end, around.remit_stops.get(complement.start, end)))
    i = around.token_at.get(at + 4)
    if i is None:
        return None
    seat = around.tokens[i]
    if not any(p.tag.case == "loct" and lemma(p) in _SEATS for p in vocab.parse(fold(seat.text))):
        return None
    owner = around.spans_at.get(seat.stop + 1) if text[seat.stop:seat.stop + 1] == " " else None
    if owner is not None and owner.type == "PER":
        return None  # a time: «при президенте Ельцине»
    if owner is not None and owner.type in ("LOC", "ORG") \
            and (_genitive(owner) or owner.type == "ORG" and ABBREVIATION.fullmatch(owner.text)):
        return Span(at, _with_remit(owner.stop, around, vocab))
    return Span(at, _with_remit(seat.stop, around, vocab))


def _with_remit(stop: int, around: Neighbours, vocab) -> int:
    """``stop``, or the end of a remit with «по» right after it: «Совет при президенте» +
    «по физкультуре и спорту» (the NER cut the name before «при»)."""
    i = around.token_at.get(stop + 1) if around.text[stop:stop + 4] == " по " else None
    end = remit_end(around.tokens, i + 1, around.text, vocab) if i is not None else None
    return around.tokens[end - 1].stop if end else stop


def attached_mention(name: str, words: Sequence[Token], attached: Span, text: str) -> OrgMention:
    """The mention of the body ``name`` (in the nominative) written with ``words`` and what
    it is attached to (as written, without a short name in a bracket: «при Общественной
    палате (ОП) Москвы» → «при Общественной палате Москвы»): keyed by the seat, so that
    the body written alone later in the text joins it («Общественный совет при Минобороны»
    … «Общественный совет»)."""
    seat = _BRACKET.sub("", " ".join(text[attached.start:attached.stop].split()))
    return OrgMention(f"{name} {seat}", Span(words[0].start, attached.stop), key=(fold(name), f"@{fold(seat)}"))


def remits_attached(mentions: Sequence[OrgMention], around: Neighbours, vocab, lexicon: Lexicon) -> list[OrgMention]:
    """``mentions`` of bodies named by their remit, each with what it is attached to when
    that follows it («Совет по международно-правовым вопросам» + «при МИД России»)."""
    out = []
    tokens = around.tokens
    for m in mentions:
        i = around.token_at.get(m.span.start)
        if i is None or m.alias_of is not None:
            out.append(m)
            continue
        j = i
        while j < len(tokens) and tokens[j].stop <= m.span.stop:
            j += 1
        attached = attached_to(tokens[i:j], around, vocab, lexicon)
        out.append(m if attached is None else replace(attached_mention(m.name, tokens[i:j], attached, around.text),
                                                      owned=m.owned))
    return out


def _a_person(span, vocab) -> bool:
    """An ORG span of one word the dictionary reads as a surname or a first name: a time
    («при Сердюкове»), not what a body is attached to."""
    return len(span.tokens) == 1 and any(p.is_known and {"Surn", "Name"} & p.tag.grammemes
                                         for p in vocab.parse(fold(span.tokens[0].text)))


def _owns(body, owner, vocab, lexicon: Lexicon) -> bool:
    """The span ``owner`` right after ``body`` is what that body is of: a place in the
    genitive («Минтрансе» + «России»), or an abbreviation after a body's word («Президиуме» +
    «РАН»; not an outlet: «Минобороны» + «ТАСС»)."""
    if owner.type == "LOC":
        return _genitive(owner)
    return owner.type == "ORG" and ABBREVIATION.fullmatch(owner.text) is not None \
        and fold(owner.text) not in lexicon.outlets and _headed(body.tokens, vocab, lexicon.body_heads)


def _headed(words: Sequence[Token], vocab, heads: frozenset[str]) -> bool:
    """The first word after adjectives is a noun of ``heads``, in the singular."""
    for word in words:
        parses = vocab.parse(fold(word.text))
        if word.pos == "ADJ" and not any(p.tag.POS == "NOUN" and lemma(p) in heads for p in parses):
            continue
        return any(p.tag.POS == "NOUN" and p.tag.number != "plur" and lemma(p) in heads for p in parses)
    return False


def _genitive(span) -> bool:
    """A place in the genitive, by its first word: «России», «Республики Казахстан»."""
    return (span.tokens[0].feats or {}).get("Case") == "Gen"
