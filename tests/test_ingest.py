"""Ingest: idempotent, safe writes, editors' edits never lost, bad input reported."""

from __future__ import annotations

import datetime as dt
import logging
import shutil
from pathlib import Path

import frontmatter
import markdown
import pytest

from briefings.frontmatter import edited_since_generated
from briefings.ingest import ingest
from briefings.model import Article
from briefings.parallel import tag_all
from briefings.plugin import BriefingsPlugin
from briefings.tagcache import TagCache

from conftest import SAMPLE_SEED

SEED_REL = "2025/10/kreml-raskryl-chto-obsudiat-putin-i-aliev-na-pervoi-za-god-vstreche.md"


@pytest.fixture(scope="module")
def tag_many(tagger):
    calls = []

    def run(articles):
        calls.append(len(articles))
        return [tagger(a) for a in articles]

    run.calls = calls
    return run


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_seed_ingest_is_idempotent(tmp_path, tag_many):
    out = tmp_path / "out"
    first = ingest([SAMPLE_SEED], out, tag_many)
    assert first.written == [SEED_REL] and first.ok
    before = snapshot(out)
    calls = len(tag_many.calls)
    second = ingest([SAMPLE_SEED], out, tag_many)
    assert second.unchanged == [SEED_REL] and second.written == []
    assert snapshot(out) == before
    assert len(tag_many.calls) == calls, "an unchanged article must not be tagged again"


def test_generated_briefing_frontmatter(tmp_path, tag_many):
    out = tmp_path / "out"
    ingest([SAMPLE_SEED], out, tag_many)
    post = frontmatter.load(out / SEED_REL)
    assert post["title"] == "Кремль раскрыл, что обсудят Путин и Алиев на первой за год встрече"
    assert post["date"] == dt.date(2025, 10, 9)
    assert post["rubric"] == "Политика"
    assert post["credits"] == ["Михаил Терещенко / ТАСС"]
    assert {"Россия", "Азербайджан"} <= set(post["countries"])
    assert {"Владимир Путин", "Ильхам Алиев"} <= set(post["people"])
    assert {"value": "2025-10-07", "text": "7 октября"} in [{k: d[k] for k in ("value", "text")} for d in post["dates"]]
    assert post["ingested"]["from"] == str(SAMPLE_SEED)
    assert "Перейти к основному контенту" not in post.content


def test_same_inputs_give_byte_identical_briefings(tmp_path, tag_many):
    ingest([SAMPLE_SEED], tmp_path / "a", tag_many)
    ingest([SAMPLE_SEED], tmp_path / "b", tag_many)
    assert snapshot(tmp_path / "a") == snapshot(tmp_path / "b")


def test_an_edited_briefing_is_never_overwritten(tmp_path, tag_many):
    out = tmp_path / "out"
    ingest([SAMPLE_SEED], out, tag_many)
    target = out / SEED_REL
    edited = target.read_text(encoding="utf-8").replace("rubric: Политика", "rubric: Дипломатия")
    target.write_text(edited, encoding="utf-8")
    assert edited_since_generated(edited)
    report = ingest([SAMPLE_SEED], out, tag_many)
    assert report.kept_edited == [SEED_REL] and report.written == []
    assert target.read_text(encoding="utf-8") == edited
    forced = ingest([SAMPLE_SEED], out, tag_many, force=True)
    assert forced.written == [SEED_REL]
    assert "rubric: Политика" in target.read_text(encoding="utf-8")
    assert (target.parent / f".{target.name}.bak").read_text(encoding="utf-8") == edited


def test_the_same_article_from_two_sources_is_one_briefing(tmp_path, tag_many):
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(SAMPLE_SEED, src / "a.txt")
    shutil.copy(SAMPLE_SEED, src / "b.txt")
    report = ingest([src], tmp_path / "out", tag_many)
    assert len(list((tmp_path / "out").rglob("*.md"))) == 1
    assert report.ok and report.duplicates == [f"{src / 'b.txt'}: the same article as {src / 'a.txt'}; skipped"]
    before = snapshot(tmp_path / "out")
    again = ingest([src], tmp_path / "out", tag_many)
    assert again.written == [] and snapshot(tmp_path / "out") == before


PLAIN = "Заголовок статьи\n\nПервый абзац текста про Москву.\n"


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("empty.txt", "", "empty"),
        ("binary.txt", b"\x00\x01\x02\x00binary\x00" * 50, "binary"),
        ("broken.md", "---\ntitle: [unclosed\n---\ntext\n", "YAML"),
        ("wrong-date.md", "---\ntitle: Заголовок\ndate: вчера\n---\nТекст.\n", "date"),
    ],
)
def test_a_bad_file_is_reported_and_the_batch_goes_on(tmp_path, tag_many, name, content, reason):
    src = tmp_path / "src"
    bad = write(src, name, content)
    write(src, "good.txt", PLAIN)
    report = ingest([src], tmp_path / "out", tag_many)
    assert len(report.failed) == 1
    line = report.failed[0]
    assert line.startswith(str(bad)) and reason.lower() in line.lower() and "\n" not in line
    assert len(report.written) == 1


def test_an_article_the_tagger_fails_on_is_reported_and_left_as_it_was(tmp_path, tagger):
    """A tagger bug on one article: that article is reported by its path and its briefing
    on disk stays as it was; the others are written (``tag_all`` turns the exception
    into a ``TaggingError`` in the article's place)."""
    def failing_on_bad(article):
        if "bad" in article.path:
            raise KeyError("boom")
        return tagger(article)

    src = tmp_path / "src"
    bad = write(src, "bad.txt", PLAIN.replace("Заголовок", "Другой заголовок"))
    write(src, "good.txt", PLAIN)
    out = tmp_path / "out"
    first = ingest([src / "good.txt"], out, lambda articles: tag_all(articles, 1, tagger))
    before = snapshot(out)
    report = ingest([src], out, lambda articles: tag_all(articles, 1, failing_on_bad), force=True)
    assert [line.split(": ")[0] for line in report.failed] == [str(bad)]
    assert "tagging failed" in report.failed[0] and "KeyError" in report.failed[0]
    assert report.written == [] and report.unchanged == first.written
    assert snapshot(out) == before


def test_oversized_file_is_rejected_without_reading_it(tmp_path, tag_many):
    src = tmp_path / "src"
    big = write(src, "big.txt", "Заголовок\n\n" + "слово " * 1_000_000)
    report = ingest([big], tmp_path / "out", tag_many)
    assert report.failed and str(big) in report.failed[0]


@pytest.mark.parametrize(
    "source, expected_rel",
    [
        ("---\ntitle: Побег\ndate: 2025-01-02\nslug: ../../../etc/passwd\n---\nТекст.\n", "2025/01/etc-passwd.md"),
        ("---\ntitle: 'Кто: «мы» / ../они'\ndate: 2025-01-02\n---\nТекст.\n", "2025/01/kto-my-oni.md"),
        ("---\ntitle: Без даты\n---\nТекст без даты.\n", "undated/bez-daty.md"),
        ("---\ntitle: Будущее\ndate: 2099-12-31\n---\nТекст.\n", "2099/12/budushchee.md"),
    ],
)
def test_paths_stay_inside_the_output_folder(tmp_path, tag_many, source, expected_rel):
    src = write(tmp_path / "src", "x.md", source)
    out = tmp_path / "out"
    report = ingest([src], out, tag_many)
    assert report.written == [expected_rel]
    assert [p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()] == [expected_rel]


def test_long_title_and_quotes_round_trip(tmp_path, tag_many):
    title = "Очень «длинный»: заголовок \"с кавычками\" — " + "слово " * 70
    src = write(tmp_path / "src", "x.md", frontmatter.dumps(frontmatter.Post("Текст.", title=title.strip(), date=dt.date(2025, 1, 2))))
    out = tmp_path / "out"
    (rel,) = ingest([src], out, tag_many).written
    assert len(Path(rel).stem) <= 80
    assert frontmatter.load(out / rel)["title"] == title.strip()


def test_source_markup_is_escaped(tmp_path, tag_many):
    text = "Заголовок\n\nТекст <script>alert(1)</script> и <img src=x onerror=alert(1)> и [ссылка](javascript:alert(1)).\n"
    src = write(tmp_path / "src", "x.txt", text)
    out = tmp_path / "out"
    (rel,) = ingest([src], out, tag_many).written
    html = markdown.markdown(frontmatter.load(out / rel).content)
    assert "<script" not in html and "<img" not in html and "href" not in html
    assert "[ссылка](javascript:alert(1))" in html


def test_no_temporary_files_are_left(tmp_path, tag_many):
    out = tmp_path / "out"
    ingest([SAMPLE_SEED], out, tag_many)
    assert [p.name for p in out.rglob("*") if p.is_file() and p.name.startswith(".")] == []


def test_an_article_with_hundreds_of_entities(tmp_path, tag_many):
    surnames = [f"Фамилия{chr(0x430 + i % 32)}{i}" for i in range(300)]
    people = "\n".join(f"- Иван {s}" for s in surnames)
    src = write(tmp_path / "src", "many.md", f"---\ntitle: Список\ndate: 2025-01-02\npeople:\n{people}\n---\nТекст.\n")
    out = tmp_path / "out"
    (rel,) = ingest([src], out, tag_many).written
    assert len(frontmatter.load(out / rel)["people"]) == 300


def test_a_broken_file_already_in_the_output_folder_is_left_alone(tmp_path, tag_many):
    out = tmp_path / "out"
    broken = write(out, "2025/10/editor.md", "---\ntitle: [unclosed\n---\nЧерновик редактора.\n")
    report = ingest([SAMPLE_SEED], out, tag_many)
    assert report.written == [SEED_REL] and report.ok
    assert broken.read_text(encoding="utf-8") == "---\ntitle: [unclosed\n---\nЧерновик редактора.\n"


def test_the_site_build_goes_on_when_the_tagger_fails(tmp_path, caplog):
    """In ``mkdocs build`` a tagger failure on one briefing is a warning naming the file;
    the page gets its editor's tags only, and nothing is cached for it."""
    def failing(article):
        raise KeyError("boom")

    plugin = BriefingsPlugin()
    plugin.cache, plugin.tagger = TagCache(tmp_path / "tags"), failing
    article = Article(path="briefings/2025/03/odd.md", title="Заголовок", body="Текст про Ивана Петрова.")
    with caplog.at_level(logging.WARNING, logger="mkdocs.plugins.briefings"):
        assert plugin._auto_tags(article) is None
    assert any("briefings/2025/03/odd.md: tagging failed (KeyError" in r.getMessage() for r in caplog.records)
    assert not (tmp_path / "tags").exists()


def test_a_tagging_error_travels_from_a_worker_process():
    """``--jobs 2`` sends each result back pickled: a ``TaggingError`` must come back whole
    (an exception that cannot be rebuilt breaks the pool and loses the batch)."""
    import pickle

    from briefings.errors import TaggingError

    error = pickle.loads(pickle.dumps(TaggingError("src/bad.txt", KeyError("boom"))))
    assert isinstance(error, TaggingError) and error.path == "src/bad.txt"
    assert str(error) == "src/bad.txt: tagging failed (KeyError: 'boom'); left out"
