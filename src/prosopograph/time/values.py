"""Dates as the sources give them: a calendar date with a precision, and the interval it covers."""

from __future__ import annotations

from dataclasses import dataclass, replace

from convertdate import gregorian, julian

PRECISIONS = ("day", "month", "season", "year", "decade", "century")
SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 14)}
"""First and last month of each season (northern hemisphere); winter runs into the next year."""


@dataclass(frozen=True)
class DateValue:
    """A date at some precision, in the calendar it was written in."""

    year: int
    month: int | None = None
    day: int | None = None
    precision: str = "year"
    season: str | None = None
    qualifier: str | None = None
    """'early', 'mid', 'late' or 'circa'."""
    calendar: str = "gregorian"
    """'julian' (Old Style) or 'gregorian'."""

    def iso(self) -> str:
        """ISO 8601 at the value's precision: '1879-10-26', '1915-05', '1905'; a decade by its first year."""
        if self.precision == "day" and self.month and self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.precision == "month" and self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def is_real(self) -> bool:
        """False for a day its calendar does not have (30 February; 29 February 1900 New Style)."""
        if self.month is not None and not 1 <= self.month <= 12:
            return False
        if self.precision != "day" or not (self.month and self.day):
            return True
        cal = julian if self.calendar == "julian" else gregorian
        return self.year >= 1 and 1 <= self.day <= cal.month_length(self.year, self.month)

    def to_gregorian(self) -> DateValue:
        """The same day in the Gregorian calendar (a day-precise Julian date moves 10 to 13 days)."""
        if self.calendar == "gregorian" or self.precision != "day" or not (self.month and self.day):
            return replace(self, calendar="gregorian")
        y, m, d = julian.to_gregorian(self.year, self.month, self.day)
        return replace(self, year=y, month=m, day=d, calendar="gregorian")

    def to_julian(self) -> DateValue:
        if self.calendar == "julian" or self.precision != "day" or not (self.month and self.day):
            return replace(self, calendar="julian")
        y, m, d = julian.from_gregorian(self.year, self.month, self.day)
        return replace(self, year=y, month=m, day=d, calendar="julian")

    def interval(self) -> tuple[int, int]:
        """First and last day covered, as Julian Day Numbers of the Gregorian calendar (for sorting)."""
        g = self.to_gregorian()
        y = g.year
        if g.precision == "day" and g.month and g.day:
            jd = gregorian.to_jd(y, g.month, g.day)
            return int(jd), int(jd)
        if g.precision == "month" and g.month:
            return _jd(y, g.month, 1), _jd_month_end(y, g.month)
        if g.precision == "season" and g.season:
            first, last = SEASON_MONTHS[g.season]
            return _jd(y + (first - 1) // 12, (first - 1) % 12 + 1, 1), _jd_month_end(y + (last - 1) // 12,
                                                                                    (last - 1) % 12 + 1)
        span = {"decade": 10, "century": 100}.get(g.precision, 1)
        start, end = _jd(y, 1, 1), _jd(y + span - 1, 12, 31)
        if g.qualifier in ("early", "mid", "late"):
            third = (end - start) // 3
            offset = {"early": 0, "mid": 1, "late": 2}[g.qualifier]
            start, end = start + offset * third, start + (offset + 1) * third
        return start, end

    def sort_key(self) -> tuple[float, int]:
        """Midpoint, then start: a season of 1938 falls between the months it covers."""
        start, end = self.interval()
        return (start + end) / 2, start


def add_days(value: DateValue, days: int) -> DateValue:
    """A day-precise date moved by whole days, in its own calendar."""
    assert value.month and value.day
    cal = julian if value.calendar == "julian" else gregorian
    y, m, d = cal.from_jd(cal.to_jd(value.year, value.month, value.day) + days)
    return replace(value, year=y, month=m, day=d, precision="day", season=None, qualifier=None)


def add_months(value: DateValue, months: int) -> DateValue:
    assert value.month
    index = value.year * 12 + (value.month - 1) + months
    return replace(value, year=index // 12, month=index % 12 + 1, day=None, precision="month", season=None,
                   qualifier=None)


def precision_rank(precision: str) -> int:
    """0 for day, up to 5 for century: smaller is finer."""
    return PRECISIONS.index(precision) if precision in PRECISIONS else len(PRECISIONS)


def _jd(y: int, m: int, d: int) -> int:
    return int(gregorian.to_jd(y, m, d))


def _jd_month_end(y: int, m: int) -> int:
    ny, nm = (y + 1, 1) if m == 12 else (y, m + 1)
    return _jd(ny, nm, 1) - 1
