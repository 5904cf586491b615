"""MkDocs plugin: a thin adapter from MkDocs files to the briefings library.

- ``on_files``: read every briefing's frontmatter (tagging untagged Markdown on the fly,
  cached by content hash), build the ``SiteIndex`` and add the generated pages as
  virtual files (``File.generated``); never writes into the docs folder. Where an editor
  wrote a page at a generated path, the editor's page is kept and the generated
  sections follow its text. Briefing pages are ``BriefingPage``s: MkDocs takes their
  metadata from the plugin's parse of the frontmatter instead of parsing it again.
- ``on_page_markdown``: briefing pages get their header (date, source, lead, entity
  chips), first mentions linked, dates box, related briefings.
- ``on_page_content`` / ``on_page_context`` / ``on_post_page``: generated pages are
  filled into a theme shell rendered once per page shape (``briefings.shells``); every
  page goes to Pagefind as soon as it is rendered (``briefings.search``).
- ``on_post_build``: Pagefind writes its index (Russian stemming).
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import os
from pathlib import Path

import jinja2
from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from briefings.errors import BriefingsError, SourceError, TaggingError
from briefings.gazetteer import Gazetteer
from briefings.index import Item, SiteIndex, build_index
from briefings.linking import LinkTarget, MarkedText, mark_first_mentions, name_key, name_pattern
from briefings.model import Article, Tags
from briefings.feeds import feed_renderers
from briefings.mkdocs_parts import (BriefingPage, EditedFile, GeneratedDocPage, GeneratedFile, RenderedFile,
                                    append_sections, garbage_collected, lasting_objects, nav_paths,
                                    release_lasting_objects)
from briefings.pages import GeneratedPage, briefing_footer, briefing_header, generate, href
from briefings.read_markdown import FrontMatter
from briefings.registry import Registry
from briefings.search import (SHARD_PAGES, BundleLayout, SavedBundles, SearchBundles, SearchIndexError, rewrite_bundles,
                              search_document)
from briefings.shells import EMPTY_TEMPLATE, Shells, shape_of
from briefings.sources import read_briefing
from briefings.tagcache import TagCache
from briefings.tagging import combine, is_fully_tagged, meta_tags, tagged

log = logging.getLogger("mkdocs.plugins.briefings")


class BriefingsConfig(Config):
    enabled = c.Type(bool, default=True)
    briefings_dir = c.Type(str, default="briefings")
    registry = c.Type(str, default="entities.yml")
    autotag = c.Type(bool, default=True)
    cache_dir = c.Type(str, default=".briefings-cache")
    per_page = c.Type(int, default=50)
    min_briefings = c.Type(int, default=2)  # entities named in fewer briefings get no page of their own
    related = c.Type(int, default=5)
    search = c.Choice(("pagefind", "none"), default="pagefind")
    search_bundle_pages = c.Type(int, default=SHARD_PAGES)  # pages per Pagefind bundle (memory)
    serve_bundle_pages = c.Type(int, default=200)  # under mkdocs serve: an edit rewrites one such bundle
    fast_pages = c.Choice((True, False, "verify"), default=True)  # theme shells for generated pages


class BriefingsPlugin(BasePlugin[BriefingsConfig]):
    def __init__(self):
        super().__init__()
        self.tagger = None  # loaded on first need, kept across serve rebuilds
        self.cache: TagCache | None = None
        self.index: SiteIndex | None = None
        self.items: dict[str, Item] = {}
        self.pages: dict[str, GeneratedPage] = {}  # generated pages, also those an editor began
        self.blocks: dict[str, GeneratedPage] = {}  # briefing uri -> its header and footer blocks
        self.marked: dict[str, MarkedText] = {}  # briefing uri -> where its entity links go, until converted
        self.gazetteer: Gazetteer | None = None
        # kept across serve rebuilds: path -> (mtime, size), its briefing, its frontmatter as parsed
        self.read_cache: dict[str, tuple[tuple[int, int], Item | None, FrontMatter | None]] = {}
        self.env: jinja2.Environment | None = None
        self.plugin_pages: frozenset[str] = frozenset()  # generated pages no editor wrote
        self.fast: dict[str, str | None] = {}  # shaped page uri -> its own ``template:``, if any
        self.shells = Shells()
        self.output: dict[str, str] = {}  # uri -> final HTML of a shaped page, until on_post_page
        self.placeholders: dict[str, str] = {}  # briefing uri -> its content without blocks, while written
        self.indexer: SearchBundles | None = None
        self.serving = False
        self.dirty = False  # mkdocs serve --dirty
        self.layout: BundleLayout | None = None  # serve: which search bundle each page is in
        self.writers = None  # search bundles being written again (serve rebuilds)
        self.changed: set[str] = set()  # serve rebuilds: urls whose search document changed in this build
        self.rewritten: set[int] = set()  # serve rebuilds: search bundles written again in this build
        self.saved = SavedBundles()  # plain serve: the bundles' files, written back after MkDocs empties the site
        self.searchable: dict[str, str] = {}  # serve: url -> last search document of every indexed page
        self.files: Files | None = None
        self.stamps: dict[str, tuple[int, int]] = {}  # briefing uri -> (mtime, size) of its file
        self.signatures: dict[str, str | None] = {}  # generated uri -> what it was made of, last build
        self.next_signatures: dict[str, str | None] = {}
        self.site_version = ""

    def on_startup(self, *, command, dirty) -> None:
        """Defining this hook makes MkDocs keep this instance across ``mkdocs serve``
        rebuilds, so the tagger, the tag cache, the parsed briefings and the searchable
        pages survive them."""
        self.serving = command == "serve"
        self.dirty = bool(dirty)
        self.layout, self.searchable = None, {}  # a new session starts with a full build
        self.saved.clear()

    def on_config(self, config: MkDocsConfig):
        if not self.config.enabled:
            return config
        if not config.use_directory_urls:
            raise PluginError("briefings: generated pages link with directory URLs; set 'use_directory_urls: true'")
        root = Path(config.config_file_path or ".").resolve().parent
        self.cache = TagCache(root / self.config.cache_dir / "tags")
        self.gazetteer = Gazetteer.default()
        return config

    # -- files ---------------------------------------------------------------------

    @lasting_objects
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        if not self.config.enabled:
            return files
        try:
            registry = Registry.load(Path(config.docs_dir) / self.config.registry)
        except BriefingsError as error:
            raise PluginError(str(error)) from None
        registry_file = files.get_file_from_path(self.config.registry)
        if registry_file is not None:  # the plugin's data, not a page of the site
            files.remove(registry_file)
        prefix = self.config.briefings_dir.strip("/") + "/"
        items, in_nav = [], nav_paths(config.nav)
        for file in files.documentation_pages():
            if file.src_uri.startswith(prefix) and not file.src_uri.endswith("index.md"):
                item, front = self._read_item(file)
                if item:
                    items.append(item)
                if front is not None and file.src_uri not in in_nav:
                    BriefingPage(file, config, front)  # becomes file.page: MkDocs need not parse the YAML again
        editor_pages = frozenset(f.src_uri for f in files.documentation_pages())
        self.index = build_index(items, registry, self.config.min_briefings, editor_pages)
        self.items = {item.uri: item for item in self.index.items}

        def description(ref) -> str:
            entry = registry.entry(ref.kind, ref.name)
            return entry.description if entry else ""

        self.pages = generate(self.index, self.gazetteer.flag, self.config.per_page, description)
        self.site_version = _digest(repr(self.config), repr(sorted(
            (key, ref.name, ref.paged) for key, ref in self.index.entities.items())))
        self.blocks, self.marked, plugin_pages, self.next_signatures = {}, {}, set(), {}
        for uri, generated in self.pages.items():
            editors = files.get_file_from_path(uri)
            if editors is None:
                file = GeneratedFile.generated(config, uri, content="")
                file.modified = self._changed(uri, generated)
                GeneratedDocPage(generated, file, config)  # becomes file.page; MkDocs uses it as is
                files.append(file)
                plugin_pages.add(uri)
            else:  # an editor's page: the generated sections follow the editor's text
                edited = EditedFile.of(editors)
                edited.modified = self._changed(uri, generated)
                files.remove(editors)
                files.append(edited)
        self.plugin_pages = frozenset(plugin_pages)
        if self.serving and self.dirty:
            self._mark_changed_briefings(files, config)
        self._start_indexer(files, config)
        for uri, render in feed_renderers(self.index, config.site_name, config.site_url or "").items():
            feed = RenderedFile.make(config, uri, render)
            entity_page = self.pages.get(uri[: -len("/feed.xml")] + ".md") if uri.endswith("/feed.xml") else None
            feed.modified = entity_page is None or self._changed(uri, entity_page)
            files.append(feed)
        return files

    def _changed(self, uri: str, generated: GeneratedPage) -> bool:
        """Whether ``uri`` must be written again under ``mkdocs serve --dirty``: pages made
        of some briefings (an entity's, a month's) only when one of those changed or the
        site's entities did; pages about the whole site always."""
        if not self.serving:  # no earlier build in this process to compare with
            return True
        signature = None
        if generated.sources is not None:
            signature = _digest(self.site_version, generated.text,
                                *(f"{source}:{self.stamps.get(source)}" for source in generated.sources))
        return self._signed(uri, signature) != signature or signature is None

    def _signed(self, uri: str, signature: str | None) -> str | None:
        """Records what ``uri`` is made of in this build; what it was made of in the last."""
        self.next_signatures[uri] = signature
        return self.signatures.get(uri)

    def _mark_changed_briefings(self, files: Files, config: MkDocsConfig) -> None:
        """Under ``serve --dirty``, a briefing whose file did not change is written again
        when what the site adds to it did: its chips and entity links (which entities have
        a page), its related briefings and its previous and next ones (their titles and
        dates), e.g. after another briefing was retitled or tagged anew."""
        for item in self.index.items:
            older, newer = self.index.neighbours(item)
            shown = [other for other in (*self.index.related(item, self.config.related), older, newer) if other]
            signature = _digest(repr(self.config), *map(repr, self.index.entities_of(item)),
                                *(f"{other.uri}|{other.title}|{other.date}" for other in shown))
            if self._signed(item.uri, signature) in (None, signature):
                continue  # unchanged, or new in this session (MkDocs writes new pages anyway)
            file = files.get_file_from_path(item.uri)
            if file is None or isinstance(file, GeneratedFile):
                continue
            edited = EditedFile.of(file)
            edited.modified = True
            files.remove(file)
            files.append(edited)
            if isinstance(file.page, BriefingPage):
                BriefingPage(edited, config, file.page.front)

    def _read_item(self, file: File) -> tuple[Item | None, FrontMatter | None]:
        """The briefing of ``file`` and its frontmatter as parsed; unchanged files (same
        mtime and size) are not read again."""
        try:
            stat = os.stat(file.abs_src_path)
        except OSError:
            return None, None
        stamp = (stat.st_mtime_ns, stat.st_size)
        self.stamps[file.src_uri] = stamp
        cached = self.read_cache.get(file.abs_src_path)
        if cached and cached[0] == stamp and (cached[1] is None or cached[1].uri == file.src_uri):
            return cached[1], cached[2]
        item, front = self._parse_item(file)
        self.read_cache[file.abs_src_path] = (stamp, item, front)
        return item, front

    def _parse_item(self, file: File) -> tuple[Item | None, FrontMatter | None]:
        try:
            article, front = read_briefing(file.abs_src_path)
        except SourceError as error:
            log.warning("Skipping briefing: %s", error)
            return None, None
        found = meta_tags(article, self.gazetteer)
        for problem in found.problems:
            log.warning("%s: %s", file.src_uri, problem)
        auto = None
        if not is_fully_tagged(found) and self.config.autotag:
            auto = self._auto_tags(article)
        # the site shows a briefing's title, lead and metadata; its text is read from the
        # page itself, so the index does not keep thousands of article bodies
        return Item(uri=file.src_uri, article=dataclasses.replace(article, body=""), tags=combine(found, auto)), front

    def _auto_tags(self, article: Article) -> Tags | None:
        key = self.cache.key(article)
        tags = self.cache.get(key)
        if tags is None:
            if self.tagger is None:
                from briefings.nlp import Tagger

                log.info("briefings: loading the tagger for untagged briefings")
                self.tagger = Tagger.load()
            with garbage_collected():  # on_files runs without collections (lasting_objects)
                tags = tagged(self.tagger, article)
            if isinstance(tags, TaggingError):
                log.warning("%s", tags)  # the page is built with its editor's tags only
                return None
            self.cache.put(key, tags)
        return tags

    # -- pages ---------------------------------------------------------------------

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        if not self.config.enabled or self.index is None:
            return markdown
        uri = page.file.src_uri
        item = self.items.get(uri)
        if item is not None:
            body = mark_first_mentions(markdown, self._link_targets(item))
            header = briefing_header(self.index, item, self.gazetteer.flag)
            footer = briefing_footer(self.index, item, self.config.related)
            self.blocks[uri] = GeneratedPage("", header.blocks + footer.blocks)
            self.marked[uri] = body
            return "\n".join([header.text, body.markdown, footer.text])
        return markdown

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        uri = page.file.src_uri
        if uri in self.plugin_pages:
            if self.config.fast_pages is False:
                return page.generated.html(html)
            # MkDocs picks the template before on_page_context: render nothing, and let
            # on_page_context produce the page from its shape's shell. The generated lists
            # stay placeholders until then, so they are never all in memory at once.
            self.fast[uri] = page.meta.get("template")
            page.meta["template"] = EMPTY_TEMPLATE
            return html
        if uri in self.marked:  # a briefing: its entity links
            html = self.marked.pop(uri).html(html)
        self._index_for_search(page, html, config)  # before the generated blocks come in
        if uri in self.blocks:  # a briefing: its header and footer come in when it is written
            return html
        if uri in self.pages:  # an editor's page at a generated path: the generated sections follow
            return html + "\n" + append_sections(page, self.pages[uri])
        return html

    def _start_indexer(self, files: Files, config: MkDocsConfig) -> None:
        """Pages go to Pagefind as MkDocs renders them (see ``briefings.search``); under
        ``mkdocs serve`` after the first build, only the bundles of changed pages are
        written again (``on_env``)."""
        self._close_indexer()
        self.files, self.changed = files, set()
        if self.config.search != "pagefind" or self._incremental():
            return
        self.indexer = SearchBundles(Path(config.site_dir), self._bundle_pages())

    def _incremental(self) -> bool:
        """Whether this build updates the search bundles of the last one (``mkdocs serve``
        after its first build; the layout keeps its bundle size for the whole session)."""
        return self.config.search == "pagefind" and self.serving and self.layout is not None

    def _bundle_pages(self) -> int:
        if self.serving:
            return max(1, min(self.config.search_bundle_pages, self.config.serve_bundle_pages))
        return self.config.search_bundle_pages

    def _index_for_search(self, page: Page, html: str, config: MkDocsConfig) -> None:
        """Search finds briefings and editors' pages by their own text: what is sent to
        Pagefind is the page without the generated lists (which Pagefind would skip,
        ``data-pagefind-ignore``, after holding them in memory)."""
        if self.indexer is None and not self._incremental():
            return
        url = "/" + page.url
        document = search_document(page.title or "", html, config.theme.get("language") or "ru")
        if self._incremental():
            if self.searchable.get(url) != document:  # pages rendered again as they were need no new bundle
                self.changed.add(url)
                self.searchable[url] = document
            return
        if self.serving:
            self.searchable[url] = document
        self._add_to_search(url, document)

    # -- theme shells ------------------------------------------------------------------

    def on_env(self, env: jinja2.Environment, *, config: MkDocsConfig, files: Files) -> jinja2.Environment:
        env.loader = jinja2.ChoiceLoader([jinja2.DictLoader({EMPTY_TEMPLATE: ""}), env.loader])
        self.env, self.shells, self.output, self.placeholders = env, Shells(), {}, {}
        if self._incremental():
            self._rewrite_changed_bundles(config)
            bundles = self.layout.count
        elif self.indexer is not None:
            # every page is in the index now: the search box learns how many bundles to merge
            bundles = SearchBundles.count(self.indexer.added, self.indexer.shard_pages)
        else:
            return env
        env.globals["briefings_search_bundles"] = [f"pagefind-{n}/" for n in range(2, bundles + 1)]
        return env

    def on_page_context(self, context, *, page: Page, config: MkDocsConfig, nav):
        if page.file.src_uri in self.blocks:
            # a briefing's chips and related links, rendered now and dropped once it is
            # written: thousands of briefing pages would otherwise hold them until the end
            self.placeholders[page.file.src_uri] = page.content
            page.content = self.blocks.pop(page.file.src_uri).html(page.content)
            return context
        if page.file.src_uri not in self.fast:
            return context
        original = self.fast.pop(page.file.src_uri)
        if original is None:  # the page's metadata as the theme would have seen it
            page.meta.pop("template", None)
        else:
            page.meta["template"] = original
        template_name = original or "main.html"
        template = self.env.get_template(template_name)
        placeholders = page.content
        page.content = page.generated.html(placeholders)
        shape = shape_of(page, template_name)
        if shape is None:
            output = template.render(context)
        else:
            self.shells.ensure(shape, page, lambda: template.render(context))
            output = self.shells.fill(shape, page)
            if self.config.fast_pages == "verify":
                _check_same(page.file.src_uri, output, template.render(context))
        page.content = placeholders  # written below; the full HTML need not stay in memory
        self.output[page.file.src_uri] = output
        return context

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        if page.file.src_uri in self.placeholders:
            page.content = self.placeholders.pop(page.file.src_uri)
        return self.output.pop(page.file.src_uri, output)

    def _link_targets(self, item: Item) -> list[LinkTarget]:
        """Where to link each paged entity: the inflected forms of the name the briefing
        gives it («Саудовской Аравии», «Ильхамом Алиевым»; «МОК» where the page is
        «Международный олимпийский комитет (МОК)»). Countries named only by an adjective or
        a capital («российских», «Москвы») are left to the chips of the header."""
        targets = []
        for ref in self.index.entities_of(item):
            if ref.paged:
                name = self.index.name_in(item, ref)
                targets.append(LinkTarget(name_pattern(name, ref.kind), href(item.uri, ref.uri), name_key(name, ref.kind)))
        return targets

    # -- search --------------------------------------------------------------------

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        release_lasting_objects()
        if not self.config.enabled:
            return
        log.debug("briefings: %d generated pages, %d theme shells", len(self.plugin_pages), len(self.shells))
        self.signatures = self.next_signatures  # what the site now holds
        if self.writers is not None:
            try:
                pages = self.writers.join()
            except SearchIndexError as error:
                self.layout.invalidate()
                raise PluginError(f"briefings: {error}") from None
            finally:
                self.writers = None
            log.info("briefings: Pagefind: %d changed page(s), their %d bundle(s) written again (%d pages)",
                     len(self.changed), len(self.rewritten), pages)
            if not self.dirty:
                self.saved.save(Path(config.site_dir), self.rewritten)
            return
        if self.indexer is None:
            return
        try:
            pages, bundles = self.indexer.finish(), self.indexer.bundles
            if self.serving:  # a rebuild writes again only the bundles an edit touches
                self.layout = BundleLayout(self.indexer.assignment, self.indexer.shard_pages)
                if not self.dirty:
                    self.saved.save(Path(config.site_dir), range(1, bundles + 1))
        except SearchIndexError as error:
            raise PluginError(f"briefings: {error}") from None
        finally:
            self._close_indexer()
        log.info("briefings: Pagefind indexed %d pages in %d bundle(s)", pages, bundles)

    def _rewrite_changed_bundles(self, config: MkDocsConfig) -> None:
        """A serve rebuild: the bundles holding pages whose search document changed (or
        pages gone, or new ones) are written again from the last search document of each
        of their pages; the other bundles stay as they are (``--dirty``) or are written
        back as they were (plain serve, which empties the site folder first)."""
        current = {"/" + f.page.url for f in self.files.documentation_pages()
                   if f.page is not None and f.src_uri not in self.plugin_pages}
        for url in [url for url in self.searchable if url not in current]:
            del self.searchable[url]  # the page is gone
        stale = self.layout.update(self.searchable, self.changed)
        if not self.dirty:
            stale |= self.saved.restore(Path(config.site_dir), set(range(1, self.layout.count + 1)) - stale)
        documents = {n: [(url, self.searchable[url]) for url in self.layout.pages_of(n)] for n in stale}
        self.rewritten = set(documents)
        try:
            self.writers = rewrite_bundles(Path(config.site_dir), documents)
        except SearchIndexError as error:
            self.layout.invalidate()
            raise PluginError(f"briefings: {error}") from None

    def _add_to_search(self, url: str, document: str) -> None:
        try:
            self.indexer.add(url, document)
        except SearchIndexError as error:
            raise PluginError(f"briefings: {error}") from None

    def on_build_error(self, *, error: Exception) -> None:
        release_lasting_objects()
        self._close_indexer()
        if self.writers is not None:
            try:
                self.writers.join()
            except SearchIndexError:
                pass  # the build's own error is the one to report
            self.writers = None
        if self.layout is not None:
            self.layout.invalidate()  # some changed pages may not be in their bundles

    def _close_indexer(self) -> None:
        if self.indexer is not None:
            self.indexer.close()
            self.indexer = None


def _check_same(uri: str, fast: str, theme: str) -> None:
    if fast != theme:
        at = next((i for i, (x, y) in enumerate(zip(fast, theme)) if x != y), min(len(fast), len(theme)))
        raise PluginError(f"briefings: the shell output of '{uri}' differs from the theme's at character {at}: "
                          f"{fast[max(at - 60, 0):at + 60]!r} != {theme[max(at - 60, 0):at + 60]!r}")


def _digest(*parts: str) -> str:
    digest = hashlib.sha1()
    for part in parts:
        digest.update(part.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()
