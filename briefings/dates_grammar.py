"""Rules for Russian temporal expressions: regex → ``Expr`` (meaning, unresolved).

Each rule is a small compiled regex built from the word tables in
``dates_lexicon`` plus a handler that turns a match into ``Candidate`` spans.
Handlers ask the scanner (``dates_scan.Scanner``) about the context.

The rules live by what they find: ``dates_calendar`` (days and months),
``dates_years`` (years, decades, centuries), ``dates_seasons`` and
``dates_relative`` (relative to now, weekdays, quarters); the pieces they are
built from are in ``dates_patterns``. This module lists them all in :data:`RULES`
and re-exports what the scanner and the resolver import.
"""

from __future__ import annotations

import re

from briefings import dates_calendar, dates_relative, dates_seasons, dates_years
from briefings.dates_patterns import (
    DASH, MASKS, PART_RE, PREP_BEFORE, S, S0, WEEKDAY_BEFORE, Candidate, Expr, Handler,
)

__all__ = ["DASH", "MASKS", "PART_RE", "PREP_BEFORE", "RULES", "S", "S0", "WEEKDAY_BEFORE", "Candidate", "Expr"]

RULES: list[tuple[re.Pattern, Handler]] = [
    *dates_calendar.RULES,
    *dates_years.RULES,
    *dates_seasons.RULES,
    *dates_relative.RULES,
]
"""(pattern, handler) in the order ``dates_scan`` runs them: on spans of equal length
and start the earlier rule wins, so the order is part of the behaviour."""
