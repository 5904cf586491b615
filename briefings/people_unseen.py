"""Names the NER misses whole: a first name the dictionary knows and a surname right after
it, in one case («директора центра имени Чумакова Айдара Ишмухаметова»)."""

from __future__ import annotations

from typing import Sequence

from briefings.model import Span
from briefings.people_names import CYRILLIC, NameToken, fold
from briefings.people_nominative import OC_GENDER, OC_TO_UD_CASE


def _capitalized(word: str) -> bool:
    return len(word) > 1 and word[:1].isupper() and word[1:].islower() and word.isalpha() and bool(CYRILLIC.match(word))


def _quoted(text: str, at: int) -> bool:
    """``at`` is inside a quote opened on its line: a title («Анна Каренина», «Жизнь Клима
    Самгина»), a prize or a tournament («Ролан Гаррос»), a ship's class («Арли Бёрк»)."""
    before = text[text.rfind("\n", 0, at) + 1:at]
    return before.count("«") > before.count("»") or before.count('"') % 2 == 1 or before.count("„") > before.count("“")


def _gender_of_ending(surname: str) -> str | None:
    """The gender an oblique surname's ending shows: «-ой» a woman's («Ишмухаметовой»),
    «-ом», «-ым», «-ове» a man's; None when it does not tell («-ова», «-у»)."""
    low = fold(surname)
    if low.endswith(("ой", "ою")):
        return "femn"
    if low.endswith(("ом", "ым", "ем", "ове", "еве", "ине")):
        return "masc"
    return None


def unseen_names(tokens: Sequence, text: str, vocab, taken: Sequence[Span]) -> list[list[NameToken]]:
    """The tokens of each name the NER left out: two capitalized words outside ``taken``
    and outside quotes, one space apart (not a line break), the first a first name in the
    dictionary (and not a common noun too: «Вера», «Роман», «Любовь» give nothing), the
    second a surname in the same case and gender or a word the dictionary does not know
    (then its ending tells a woman's first name from a man's: «Яне Ишмухаметовой», or else
    the tagger's gender for the first name: «аятолла Али Хаменеи», not «Аля»'s genitive); no
    capitalized word after them. Each token carries the case and gender the first name has there, for
    :func:`briefings.people_mentions.name_mentions` to read like an NER span."""
    out = []
    for i in range(len(tokens) - 1):
        first, last = tokens[i], tokens[i + 1]
        if not (_capitalized(first.text) and _capitalized(last.text)) or text[first.stop:last.start] != " ":
            continue
        if any(s.start < last.stop and first.start < s.stop for s in taken) or _quoted(text, first.start):
            continue
        after = tokens[i + 2].text if i + 2 < len(tokens) else ""
        if after[:1].isupper():
            continue
        given = vocab.parse(fold(first.text))
        if any(p.tag.POS == "NOUN" and not {"Name", "Surn", "Patr", "Geox", "Orgn"} & set(p.tag.grammemes)
               for p in given):
            continue  # «Вера», «Роман»: a common noun too
        names = [p for p in given if p.is_known and "Name" in p.tag.grammemes and p.tag.number != "plur"]
        surnames = vocab.parse(fold(last.text))
        known = any(p.is_known for p in surnames)
        agreed = [(g, s) for g in names for s in surnames
                  if s.is_known and "Surn" in s.tag.grammemes and s.tag.case == g.tag.case
                  and s.tag.gender == g.tag.gender and s.tag.number != "plur"]
        if not agreed and not (names and not known):
            continue
        if not agreed and len({p.tag.gender for p in names}) > 1:
            # «Яне», «Александре»: a woman's name or a man's; the unknown surname's ending tells,
            # else the tagger's gender of the first name («Али Хаменеи», not «Аля»'s genitive)
            told = _gender_of_ending(last.text) or OC_GENDER.get((getattr(first, "feats", None) or {}).get("Gender"))
            names = [p for p in names if p.tag.gender == told]
            if not names:
                continue
        parse = agreed[0][0] if agreed else names[0]
        case, gender = OC_TO_UD_CASE.get(parse.tag.case), "Fem" if parse.tag.gender == "femn" else "Masc"
        out.append([NameToken(t.text, t.start, t.stop, case, gender, "Sing") for t in (first, last)])
    return out
