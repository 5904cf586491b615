"""Evidence for an editor: each tag with the passages that name it (``briefings.evidence``)."""

from __future__ import annotations

import pytest

from briefings.cli import main
from briefings.evidence import evidence_lines, passage
from briefings.model import Article, DateMention, Entity, Span, Tags

TEXT = "Президент Азербайджана Ильхам Алиев прилетел в Душанбе, где его встретил Владимир Путин."


@pytest.mark.parametrize(
    "span, context, expected",
    [
        # the mention in brackets, cut at a word's edge on both sides, on one line
        (Span(23, 35), 12, "…[Ильхам Алиев] прилетел в…"),
        # at the start or end of the text nothing is cut
        (Span(0, 9), 15, "[Президент] Азербайджана…"),
        (Span(73, 87), 10, "…встретил [Владимир Путин]."),
        # line breaks fold into spaces
        (Span(15, 18), 9, "…Вторая [три] Четыре…"),
    ],
)
def test_passage(span, context, expected):
    text = "Первая\n\nВторая три\nЧетыре пять" if span == Span(15, 18) else TEXT
    assert passage(text, span, context) == expected


def test_every_tag_with_its_passages_and_the_dates_with_their_value():
    article = Article(path="sources/visit.txt", title="Визит", body=TEXT + " Встреча прошла 7 октября.")
    text = article.text  # «Визит\n\n» + body: offsets move by 7
    tags = Tags(
        countries=(Entity("countries", "Азербайджан", 1, code="AZ", spans=(Span(17, 29),)),),
        people=(Entity("people", "Ильхам Алиев", 1, spans=(Span(30, 42),)),),
        places=(Entity("places", "Душанбе", 1, country="TJ", spans=(Span(54, 61),)),),
        dates=(DateMention("2025-10-07", "7 октября", "Встреча прошла 7 октября.", 111, 120),),
    )
    assert [text[s.start:s.stop] for e in tags.countries + tags.people + tags.places for s in e.spans] == [
        "Азербайджана", "Ильхам Алиев", "Душанбе"]
    lines = list(evidence_lines(article, tags, context=10))
    assert lines == [
        "Визит  (sources/visit.txt)",
        "countries",
        "  AZ Азербайджан — 1",
        "      …Президент [Азербайджана] Ильхам…",
        "people",
        "  Ильхам Алиев — 1",
        "      …[Ильхам Алиев] прилетел…",
        "places",
        "  Душанбе (TJ) — 1",
        "      …в [Душанбе], где его…",
        "dates",
        "  2025-10-07 — …прошла [7 октября].",
    ]


def test_tag_why_prints_the_passages(tmp_path, capsys):
    source = tmp_path / "visit.txt"
    source.write_text("Визит в Душанбе\n\n" + TEXT + "\n")
    assert main(["tag", "--why", str(source)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"Визит в Душанбе  ({source})"
    people = out.index("people")
    assert "  Ильхам Алиев — 1" in out[people:] and "  Владимир Путин — 1" in out[people:]
    assert any("[Ильхам Алиев]" in line for line in out) and any("[Владимир Путин]" in line for line in out)


def test_why_and_jsonl_do_not_go_together(tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(["tag", "--why", "--jsonl", str(tmp_path)])
    assert "not allowed with" in capsys.readouterr().err
