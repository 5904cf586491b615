"""Shared fixtures: heavy models load once per test session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "000_388b062e0e7cff9a.txt"
SAMPLE_SEED = REPO / "sources" / "000_388b062e0e7cff9a.txt"

needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared corpora not present (fresh clone)")


@pytest.fixture(scope="session")
def gazetteer():
    from briefings.gazetteer import Gazetteer

    return Gazetteer.default()


@pytest.fixture(scope="session")
def tagger():
    from briefings.nlp import Tagger

    return Tagger.load()


@pytest.fixture(scope="session")
def vocab(tagger):
    """The tagger's morphology dictionary (natasha's ``MorphVocab``)."""
    return tagger.models.morph_vocab


@pytest.fixture(scope="session")
def seed_article():
    """The user's example article, from the project's own sample copy."""
    from briefings.sources import read_path

    return read_path(SAMPLE_SEED)[0]


@pytest.fixture(scope="session")
def seed_tags(tagger, seed_article):
    return tagger(seed_article)


@pytest.fixture()
def project_copy(tmp_path):
    """A copy of the project's site inputs (mkdocs.yml, content, theme, sources) in tmp."""
    for name in ("mkdocs.yml",):
        shutil.copy(REPO / name, tmp_path / name)
    for name in ("content", "theme", "sources"):
        shutil.copytree(REPO / name, tmp_path / name, ignore=shutil.ignore_patterns(".*"))
    return tmp_path


def run(args, cwd, env=None):
    import os
    import subprocess
    import sys

    bin_dir = Path(sys.executable).parent
    full_env = dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}", NO_MKDOCS_2_WARNING="1")
    full_env.update(env or {})
    return subprocess.run(args, cwd=cwd, env=full_env, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    """The demo site, built once per session the way `make site` does: ingest, then build."""
    root = tmp_path_factory.mktemp("demo")
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    for name in ("content", "theme", "sources"):
        shutil.copytree(REPO / name, root / name, ignore=shutil.ignore_patterns(".*"))
    # start from the sources, not from briefings generated earlier
    for path in (root / "content" / "briefings").rglob("*.md"):
        if "\ningested:\n" in path.read_text(encoding="utf-8"):
            path.unlink()
    ingest = run(["briefings", "ingest", "sources", "--out", "content/briefings"], root)
    assert ingest.returncode == 0, ingest.stderr
    build = run(["mkdocs", "build", "--strict"], root)
    assert build.returncode == 0, build.stderr
    return root
