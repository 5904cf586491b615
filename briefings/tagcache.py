"""Automatic tags cached on disk by content hash, so rebuilds and ``mkdocs serve`` do
not pay for NLP again (the key includes the tagger version and the publication date)."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from briefings.model import Article, Tags
from briefings.records import tags_from_json, tags_to_json
from briefings.tagging import TAGGER_VERSION


class TagCache:
    """Automatic tags by content hash, on disk, so a rebuild does not pay for NLP."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.memory: dict[str, Tags] = {}

    def key(self, article: Article) -> str:
        return hashlib.sha256(f"{TAGGER_VERSION}\0{article.date}\0{article.text}".encode()).hexdigest()

    def get(self, key: str) -> Tags | None:
        if key in self.memory:
            return self.memory[key]
        path = self.folder / f"{key}.json"
        try:
            tags = tags_from_json(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError, KeyError):
            return None
        self.memory[key] = tags
        return tags

    def put(self, key: str, tags: Tags) -> None:
        self.memory[key] = tags
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = self.folder / f".{key}.tmp"
        tmp.write_text(json.dumps(tags_to_json(tags), ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, self.folder / f"{key}.json")
