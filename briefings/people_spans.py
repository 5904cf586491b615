"""A person's name from the NER's PER span: the words the NER left out around it, and a
second PER span that finishes the name, taken in."""

from __future__ import annotations

from typing import Sequence

from natasha import MorphVocab
from natasha.doc import DocSpan

from briefings.model import Span
from briefings.organizations_attached import Neighbours
from briefings.people import (NameToken, cut_after_first_name, editor_first_name, first_name_left_out,
                              particles_between)
from briefings.people_apposition import in_role_case
from briefings.people_names import fold, stem


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
    if before is not None and (n == 0 or spans[n - 1].stop <= before.start
                               or _first_name_read_as_a_place(spans[n - 1], before, vocab)) \
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


def _first_name_read_as_a_place(span, word: NameToken, vocab: MorphVocab) -> bool:
    """The NER's LOC ``span`` is the one ``word``, a first name the dictionary knows as no
    place: «бомбардир сборной Гари» + «Линекер» (not «Израиль», a place and a name)."""
    parses = vocab.parse(fold(word.text))
    return span.type == "LOC" and (span.start, span.stop) == (word.start, word.stop) \
        and any("Name" in p.tag.grammemes for p in parses) and not any("Geox" in p.tag.grammemes for p in parses)


def _name_token(token) -> NameToken:
    """A word with the morph tagger's case, gender and number."""
    return NameToken(token.text, token.start, token.stop, *_feats(token, "Case", "Gender", "Number"))


def _name_tokens(span) -> list[NameToken]:
    return [_name_token(t) for t in span.tokens]


def _feats(token, *names: str) -> list[str | None]:
    feats = token.feats or {}
    return [feats.get(name) for name in names]


def first_names_read_as_places(spans: Sequence, text: str) -> list:
    """The spans with each place the NER read in a first name joined to the surname after
    it: a LOC span of one word a space before a PER span, where the text names the person
    in full in a PER span elsewhere («Нападающий Мемфис Депай …» … «похвалил Мемфиса» +
    «Депая» → one PER span «Мемфиса Депая»; not «в Мемфисе Депай» where no PER span has
    both words)."""
    full_names = [(stem(s.tokens[0].text), stem(s.tokens[1].text)) for s in spans
                  if s.type == "PER" and len(s.tokens) >= 2]
    out = []
    for span in spans:
        place = out[-1] if out else None
        if span.type == "PER" and place is not None and place.type == "LOC" and len(place.tokens) == 1 \
                and text[place.stop:span.start] == " " \
                and _named_in_full(stem(place.text), stem(span.tokens[0].text), full_names):
            out[-1] = DocSpan(place.start, span.stop, "PER", text[place.start:span.stop],
                              tokens=[*place.tokens, *span.tokens])
            continue
        out.append(span)
    return out


def _named_in_full(first: str, surname: str, full_names: Sequence[tuple[str, str]]) -> bool:
    """A first name's and a surname's stems are those of a full name's first two words (the
    surname's stem may be cut one letter shorter in a case: «Депай» «депа», «Депая» «деп»)."""
    return any(first == a and len(surname) >= 3 and (b.startswith(surname) or surname.startswith(b))
               for a, b in full_names)
