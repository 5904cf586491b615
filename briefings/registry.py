"""The editable entity registry (``content/entities.yml``): aliases, merges, blocks.

    people:
      Владимир Путин:
        aliases: [Путин В. В., В. Путин]
        description: Президент России.
        wikidata: Q7747
    organizations:
      Azerbaijan Airlines:
        aliases: [AZAL, Азербайджанские авиалинии]
    block:
      people: [Политик, Президенты]

An alias merges into its entry; a blocked name is never tagged. Applied by the site to
every briefing (so it works for old briefings too) and by tagging.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

import yaml

from briefings.errors import BriefingsError
from briefings.model import KINDS
from briefings.people import fold


@dataclass(frozen=True, slots=True)
class RegistryEntry:
    name: str
    aliases: tuple[str, ...] = ()
    description: str = ""
    wikidata: str | None = None


@dataclass(frozen=True, slots=True)
class Registry:
    entries: Mapping[str, Mapping[str, RegistryEntry]] = field(default_factory=dict)  # kind -> folded name -> entry
    blocked: Mapping[str, frozenset[str]] = field(default_factory=dict)  # kind -> folded names

    @classmethod
    def empty(cls) -> "Registry":
        return cls()

    @classmethod
    def load(cls, path: str | Path) -> "Registry":
        path = Path(path)
        if not path.exists():
            return cls.empty()
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as error:
            line = getattr(getattr(error, "problem_mark", None), "line", None)
            where = f"{path}:{line + 1}" if line is not None else str(path)
            raise BriefingsError(f"{where}: invalid YAML in entity registry") from None
        if not isinstance(data, dict):
            raise BriefingsError(f"{path}: the entity registry must be a mapping of kinds")
        return cls.from_mapping(data, str(path))

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], where: str = "entities.yml") -> "Registry":
        entries: dict[str, dict[str, RegistryEntry]] = {}
        for kind in KINDS:
            section = data.get(kind) or {}
            if not isinstance(section, dict):
                raise BriefingsError(f"{where}: '{kind}' must map names to entries")
            table: dict[str, RegistryEntry] = {}
            for name, spec in section.items():
                spec = spec or {}
                if not isinstance(spec, dict):
                    raise BriefingsError(f"{where}: '{kind}.{name}' must be a mapping (aliases, description, wikidata)")
                aliases = spec.get("aliases") or []
                if not isinstance(aliases, list):
                    raise BriefingsError(f"{where}: '{kind}.{name}.aliases' must be a list")
                entry = RegistryEntry(
                    name=str(name),
                    aliases=tuple(str(a) for a in aliases),
                    description=str(spec.get("description") or ""),
                    wikidata=str(spec["wikidata"]) if spec.get("wikidata") else None,
                )
                for alias in (entry.name, *entry.aliases):
                    table[fold(alias)] = entry
            entries[kind] = table
        block = data.get("block") or {}
        if not isinstance(block, dict):
            raise BriefingsError(f"{where}: 'block' must map kinds to lists of names")
        blocked = {kind: frozenset(fold(str(n)) for n in (block.get(kind) or [])) for kind in KINDS}
        return cls(entries=entries, blocked=blocked)

    def canonical(self, kind: str, name: str) -> str | None:
        """The registry name for ``name`` (itself if unknown); ``None`` when blocked."""
        key = fold(name)
        if key in self.blocked.get(kind, ()):
            return None
        entry = self.entries.get(kind, {}).get(key)
        return entry.name if entry else name

    def entry(self, kind: str, name: str) -> RegistryEntry | None:
        return self.entries.get(kind, {}).get(fold(name))
