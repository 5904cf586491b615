"""A person's name from the NER's PER span: the words the NER left out around it, and a
second PER span that finishes the name, taken in."""

from __future__ import annotations

from typing import Sequence

from natasha import MorphVocab

from briefings.model import Span
from briefings.organizations_attached import Neighbours
from briefings.people import (NameToken, cut_after_first_name, editor_first_name, first_name_left_out,
                              particles_between)
from briefings.people_apposition import in_role_case


def person_name(n: int, spans: Sequence, around: Neighbours,
                vocab: MorphVocab) -> tuple[list[NameToken], Span, int | None]:
    """The words of the person ``spans[n]`` names, their mention, and the index of the span
    after it that the name took in (or None): the role's case a title gives the name
    (``in_role_case``), a first name the NER left out before it («Айдар» + «Наилевич
    Губайдулин»), a surname after an editor's note on the first name («(Василий. — RT)» +
    «Тропинин»), the particles between two spans («Дэнни» + «аус ден» + «Биркен»), a name
    cut after its first name («Уильяму» + «Говарду Тафту»)."""
    span = spans[n]
    mention = Span(span.start, span.stop)
    i = around.token_at.get(span.start)
    text, taken = around.text, None
    tokens = in_role_case(_name_tokens(span), around.tokens, i, vocab) if i else _name_tokens(span)
    before = _name_token(around.tokens[i - 1]) if i else None
    if before is not None and (n == 0 or spans[n - 1].stop <= before.start) \
            and first_name_left_out(before, tokens[0], text, vocab, alone=len(tokens) == 1):
        tokens.insert(0, before)  # «Айдар» + «Наилевич Губайдулин»
        mention = Span(before.start, mention.stop)
    k = n + 1
    surname_at = editor_first_name(tokens, text, vocab)
    if surname_at is not None:  # «(Василий. — RT)» + «Тропинин»: one name
        k = next((k for k in (n + 1, n + 2) if k < len(spans) and spans[k].start == surname_at), -1)
    after = spans[k] if 0 <= k < len(spans) else None
    # («Дэнни» + «аус ден» + «Биркен»: the particles the NER left out are the name's)
    last = around.token_at.get(span.tokens[-1].start)
    between = [_name_token(t) for t in around.tokens[last + 1:around.token_at.get(after.start, last + 1)]] \
        if after is not None and last is not None else []
    particled = after is not None and after.type == "PER" \
        and particles_between(tokens, between, _name_tokens(after), text)
    if after is not None and after.type == "PER" and (
            surname_at is not None or particled or cut_after_first_name(tokens, _name_tokens(after), text, vocab)):
        tokens += (between if particled else []) + _name_tokens(after)
        mention, taken = Span(span.start, after.stop), k
    return tokens, mention, taken


def _name_token(token) -> NameToken:
    """A word with the morph tagger's case, gender and number."""
    return NameToken(token.text, token.start, token.stop, *_feats(token, "Case", "Gender", "Number"))


def _name_tokens(span) -> list[NameToken]:
    return [_name_token(t) for t in span.tokens]


def _feats(token, *names: str) -> list[str | None]:
    feats = token.feats or {}
    return [feats.get(name) for name in names]
