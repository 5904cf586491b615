"""A briefing's frontmatter is parsed once per build: MkDocs takes the plugin's parse
(``briefings.mkdocs_parts.BriefingPage``), and still reads every page exactly as it
would on its own (``mkdocs.utils.meta.get_data``), odd frontmatter included."""

from __future__ import annotations

import inspect
import logging
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.structure.pages import Page
from mkdocs.utils import meta as mkdocs_meta
from mkdocs.utils.meta import YAML_RE, get_data

from briefings.mkdocs_parts import nav_paths, reuse_front_matter
from briefings.plugin import BriefingsPlugin
from briefings.read_markdown import parse_markdown
from conftest import REPO

TAGS = "countries: [Россия]\npeople: [Иван Петров]\norganizations: []\nplaces: []\ndates: []\n"

# file name -> text; "odd" ones are read by MkDocs itself, and must read as before
ODD = {
    # the plugin decodes "&nbsp;" before parsing: its YAML is not the text MkDocs finds
    "nbsp.md": f"---\ntitle: Брифинг&nbsp;с&nbsp;пробелом\n{TAGS}---\n\nТекст про Ивана Петрова.\n",
    # a blank line opening the frontmatter: python-frontmatter hands YAML less of it
    "blank-first.md": f"---\n\ntitle: Пустая строка\n{TAGS}---\n\nТекст.\n",
    # empty frontmatter: MkDocs keeps the "---" lines in the Markdown
    "empty.md": "---\n\n---\n\n# Заголовок из текста\n\nТекст.\n",
    # broken YAML: the plugin skips the briefing with a warning, MkDocs reads no metadata
    "broken.md": "---\ntitle: [не закрыто\n---\n\nТекст.\n",
    # not a mapping
    "list.md": "---\n- один\n- два\n---\n\nТекст.\n",
    # no frontmatter at all
    "bare.md": "# Без метаданных\n\nТекст про Ивана Петрова.\n",
}
CLEAN = {
    "clean.md": f'---\ntitle: "Чистый брифинг: «кавычки»"\ndate: 2025-03-11\nlead: Вводка.\n{TAGS}'
                "extra:\n  n: 1\n  when: 2025-03-12\n---\n\nТекст про Ивана Петрова.\n",
    "h1-title.md": f"---\ndate: 2025-03-12\n{TAGS}---\n\n# Заголовок в тексте\n\nТекст.\n",
    "bom.md": f"\ufeff---\ntitle: С BOM\n{TAGS}---\nТекст сразу.\n",
    # MkDocs reads with universal newlines, the plugin turns CRLF into LF: the same YAML
    "crlf.md": f"---\ntitle: Переводы строк\n{TAGS}---\n\nТекст.\n".replace("\n", "\r\n"),
    "kept-blank-lines.md": f"---\ntitle: Хвост\n{TAGS}lead: |+\n  Вводка.\n\n---\n\nТекст.\n",
    "in-nav.md": f"---\ntitle: Заголовок из метаданных\n{TAGS}---\n\nТекст.\n",
}
NAV_TITLE = "Брифинг из меню"
FOLDER = "briefings/2025/03"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The demo inputs plus the briefings above, the plugin without tagger and search,
    and one briefing named in ``nav:`` with a title of its own."""
    root = tmp_path_factory.mktemp("once")
    for name in ("content", "theme"):
        shutil.copytree(REPO / name, root / name, ignore=shutil.ignore_patterns(".*"))
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("enabled: !ENV [BRIEFINGS_PLUGIN, true]",
                            "enabled: true\n      autotag: false\n      search: none")
    config = config.replace("nav:\n", f"nav:\n  - {NAV_TITLE}: {FOLDER}/in-nav.md\n", 1)
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    folder = root / "content" / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in {**ODD, **CLEAN}.items():
        (folder / name).write_bytes(text.encode("utf-8"))
    return root


@dataclass
class Build:
    """What one build of ``site`` did."""

    loaded: list[str] = field(default_factory=list)  # every YAML text handed to yaml.load
    parsed_by_mkdocs: list[str] = field(default_factory=list)  # every page source MkDocs parsed itself
    pages: dict[str, tuple[str, dict, str | None]] = field(default_factory=dict)  # uri -> markdown, meta, title
    warnings: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def built(site):
    """Build ``site`` in this process, recording YAML loads, MkDocs' own parses, every page
    as MkDocs read it (at ``on_page_markdown``, before the plugin changes it) and the
    plugin's warnings."""
    done = Build()
    original_load, original_get_data = yaml.load, mkdocs_meta.get_data
    original_markdown = BriefingsPlugin.on_page_markdown

    def load(stream, Loader):
        if isinstance(stream, str):
            done.loaded.append(stream)
        return original_load(stream, Loader)

    def get_data(doc):
        done.parsed_by_mkdocs.append(doc)
        return original_get_data(doc)

    def on_page_markdown(self, markdown, *, page, config, files):
        done.pages[page.file.src_uri] = (page.markdown, dict(page.meta), page.title)
        return original_markdown(self, markdown, page=page, config=config, files=files)

    class Warnings(logging.Handler):
        def emit(self, record):
            done.warnings.append(record.getMessage())

    handler = Warnings(logging.WARNING)
    logging.getLogger("mkdocs.plugins.briefings").addHandler(handler)
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(yaml, "load", load)
            patch.setattr(mkdocs_meta, "get_data", get_data)
            patch.setattr(BriefingsPlugin, "on_page_markdown", on_page_markdown)
            config = load_config(str(site / "mkdocs.yml"))
            config.plugins.on_startup(command="build", dirty=False)
            try:
                build(config)
            finally:
                config.plugins.on_shutdown()
    finally:
        logging.getLogger("mkdocs.plugins.briefings").removeHandler(handler)
    return done


def _source(site: Path, uri: str) -> str:
    return (site / "content" / uri).read_text(encoding="utf-8-sig")  # as File.content_string reads it


def _briefings(site: Path) -> list[str]:
    return sorted(p.relative_to(site / "content").as_posix() for p in (site / "content" / "briefings").rglob("*.md")
                  if p.name != "index.md")


def test_each_briefing_frontmatter_is_loaded_once(site, built):
    counts = {}
    for uri in _briefings(site):
        if Path(uri).name in ODD:
            continue
        block = YAML_RE.match(_source(site, uri)).group(1)
        counts[uri] = sum(1 for text in built.loaded if text.strip("\n") == block.strip("\n"))
    assert {f"{FOLDER}/{name}" for name in CLEAN} < set(counts)  # and the demo's briefings
    assert counts.pop(f"{FOLDER}/in-nav.md") == 2  # MkDocs makes that page (its nav title) and reads it
    assert counts == dict.fromkeys(counts, 1)


def test_mkdocs_parses_only_what_the_plugin_could_not_hand_on(site, built):
    parsed = set(built.parsed_by_mkdocs)
    by_name = {Path(uri).name: _source(site, uri) for uri in _briefings(site)}
    assert [name for name in ODD if by_name[name] not in parsed] == []
    assert [name for name in CLEAN if by_name[name] in parsed] == ["in-nav.md"]


def test_every_page_reads_as_mkdocs_reads_it(site, built):
    """Markdown and metadata (keys, values and their types), page by page."""
    sources = [uri for uri in built.pages if (site / "content" / uri).is_file()]
    assert {f"{FOLDER}/{name}" for name in {**ODD, **CLEAN}} <= set(sources)
    for uri in sources:
        markdown, meta, _ = built.pages[uri]
        expected_markdown, expected_meta = get_data(_source(site, uri))
        assert markdown == expected_markdown, uri
        assert meta == expected_meta, uri
        assert list(meta) == list(expected_meta), uri
        assert _types(meta) == _types(expected_meta), uri


def test_titles_are_mkdocs_own(built):
    title = {Path(uri).name: built.pages[uri][2] for uri in built.pages}
    assert title["in-nav.md"] == NAV_TITLE
    assert title["clean.md"] == "Чистый брифинг: «кавычки»"
    assert title["h1-title.md"] == "Заголовок в тексте"
    assert title["nbsp.md"] == "Брифинг&nbsp;с&nbsp;пробелом"  # as MkDocs reads it, not normalized
    assert title["empty.md"] == "Empty"  # the Markdown still begins with the "---" lines: the file name


def test_bad_frontmatter_still_warns(built):
    assert any(re.search(r"Skipping briefing: .*broken\.md:3: broken YAML frontmatter", m) for m in built.warnings)
    assert any(re.search(r"Skipping briefing: .*list\.md:2: frontmatter is not a mapping", m) for m in built.warnings)


def _types(value):
    if isinstance(value, dict):
        return {key: _types(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_types(item) for item in value]
    return type(value).__name__


@pytest.mark.parametrize("text", [*ODD.values(), *CLEAN.values()])
def test_reuse_gives_what_mkdocs_gives_or_nothing(text):
    source = text.removeprefix("\ufeff").replace("\r\n", "\n")  # as File.content_string reads it
    try:
        _, front = parse_markdown("x.md", text)
    except Exception:  # the plugin skips the file; MkDocs reads it on its own
        return
    reused = reuse_front_matter(source, front) if front is not None else None
    if reused is not None:
        assert reused == get_data(source)
        assert _types(reused[1]) == _types(get_data(source)[1])


def test_nav_paths():
    nav = [{"Главная": "index.md"}, {"Раздел": [{"А": "/briefings/a.md"}, "b.md"]}, "https://example.org/"]
    assert {"index.md", "briefings/a.md", "b.md"} <= nav_paths(nav)
    assert nav_paths(None) == frozenset()


def test_mkdocs_reads_pages_as_briefing_page_assumes():
    """``BriefingPage.read_source`` repeats MkDocs' (1.6): a plugin's source or the file's,
    then ``meta.get_data``. A MkDocs that reads pages otherwise must be looked at again."""
    code = inspect.getsource(Page.read_source)
    for step in ("config.plugins.on_page_read_source(page=self, config=config)", "self.file.content_string",
                 "self.markdown, self.meta = meta.get_data(source)"):
        assert step in code


def test_lasting_objects_pause_collection_and_freeze_until_released():
    import gc

    from briefings.mkdocs_parts import lasting_objects, release_lasting_objects

    seen = []

    @lasting_objects
    def hook(fail: bool = False):
        seen.append(gc.isenabled())
        if fail:
            raise ValueError("boom")
        return [object() for _ in range(10)]

    assert gc.isenabled()
    try:
        assert len(hook()) == 10 and seen == [False] and gc.isenabled() and gc.get_freeze_count() > 0
        release_lasting_objects()
        assert gc.get_freeze_count() == 0
        with pytest.raises(ValueError):
            hook(fail=True)
        assert gc.isenabled()  # an error leaves the collector as it found it
        gc.disable()
        hook()
        assert not gc.isenabled()
    finally:
        gc.enable()
        release_lasting_objects()


def test_garbage_is_collected_while_tagging_inside_a_lasting_hook():
    import gc

    from briefings.mkdocs_parts import garbage_collected, lasting_objects, release_lasting_objects

    seen = []

    @lasting_objects
    def hook():
        seen.append(gc.isenabled())
        with garbage_collected():
            seen.append(gc.isenabled())
        seen.append(gc.isenabled())

    try:
        hook()
        assert seen == [False, True, False] and gc.isenabled()
    finally:
        gc.enable()
        release_lasting_objects()
