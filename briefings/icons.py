"""Material Design icons as inline SVG, for generated HTML blocks.

Markdown text gets icons from Material's ``:material-…:`` shortcodes; generated HTML
blocks bypass Markdown, so they take the same SVG files that Material ships and wrap
them the way its emoji extension does (``<span class="twemoji">``).
"""

from __future__ import annotations

from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path


@lru_cache(maxsize=None)
def icon(name: str) -> str:
    """``icon("account")`` → ``<span class="twemoji"><svg…></svg></span>``; "" when the
    theme or the icon is missing (a bare Material-less install still builds)."""
    spec = find_spec("material")
    if spec is None or not spec.submodule_search_locations:
        return ""
    path = Path(next(iter(spec.submodule_search_locations))) / "templates" / ".icons" / "material" / f"{name}.svg"
    try:
        svg = path.read_text(encoding="utf-8").strip()
    except OSError:
        return ""
    return f'<span class="twemoji">{svg}</span>'
