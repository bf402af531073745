"""The rules: each pattern with the builder that turns its match into a candidate.

Their order is their priority: of two candidates as long and starting at the same place,
the one of the earlier rule wins.
"""

from __future__ import annotations

from dipnews._engine import Grammar
from dipnews.temporal import grammar as g
from dipnews.temporal.interpret import (
    Builder,
    build_day,
    build_iso_date,
    build_modified_month,
    build_month_after_cue,
    build_month_relative_year,
    build_month_year,
    build_numeric_date,
    build_one_month_range,
    build_part_of_month,
    build_part_of_relative_month,
    build_relative,
    build_two_month_range,
    build_weekday,
    build_year,
)

__all__ = ["PATTERNS"]

PATTERNS: tuple[tuple[Grammar, Builder], ...] = (
    (g.TWO_MONTH_RANGE, build_two_month_range),
    (g.TWO_MONTH_RANGE_DAY_FIRST, build_two_month_range),
    (g.ONE_MONTH_RANGE, build_one_month_range),
    (g.ONE_MONTH_RANGE_DAY_FIRST, build_one_month_range),
    (g.MONTH_DAY, build_day),
    (g.DAY_MONTH, build_day),
    (g.ISO_DATE, build_iso_date),
    (g.DASHED_DATE, build_day),
    (g.NUMERIC_DATE, build_numeric_date),
    (g.PART_OF_MONTH, build_part_of_month),
    (g.MONTH_YEAR, build_month_year),
    (g.MONTH_RELATIVE_YEAR, build_month_relative_year),
    (g.PART_OF_RELATIVE_MONTH, build_part_of_relative_month),
    (g.MODIFIED_MONTH, build_modified_month),
    (g.MONTH_AFTER_CUE, build_month_after_cue),
    (g.YEAR_AFTER_CUE, build_year),
    (g.WEEKDAY, build_weekday),
    (g.RELATIVE, build_relative),
)
