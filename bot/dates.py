"""What a stored date implies: its weekday, how long an event lasted, the time between two dates.

The knowledge base stores only the dates its sources give (``Event.start``/``end``/``year``);
everything here is computed from them at answer time, so a curator never types a weekday or a
duration by hand and the two can never disagree. Phrasing is English or Russian (with Russian
plural forms: 1 день, 2 дня, 5 дней).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "ru": ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),
}

#: Unit names: English (singular, plural); Russian (1, 2–4, 5+ forms).
_UNITS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"year": ("year", "years"), "month": ("month", "months"), "day": ("day", "days")},
    "ru": {
        "year": ("год", "года", "лет"),
        "month": ("месяц", "месяца", "месяцев"),
        "day": ("день", "дня", "дней"),
    },
}
_AND = {"en": "and", "ru": "и"}


def weekday(day: dt.date, lang: str = "en") -> str:
    """The day of the week of ``day``, in ``lang`` ("Tuesday", "вторник")."""
    return WEEKDAYS.get(lang, WEEKDAYS["en"])[day.weekday()]


def duration_days(start: dt.date, end: dt.date | None) -> int:
    """Calendar days an event covered, both ends counted: 18–19 May is 2 days. An event with
    no end date is reported by the caller as such, never assumed to have lasted one day."""
    last = end if end is not None else start
    if last < start:
        raise ValueError("an event cannot end before it starts")
    return (last - start).days + 1


@dataclass(frozen=True)
class Span:
    """The calendar time from one date to a later one, as people count it (whole years, then
    whole months, then days), and the plain number of days."""

    years: int
    months: int
    days: int
    total_days: int


def _add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months; the 31st of a shorter month becomes its last day."""
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    for d in range(day.day, 27, -1):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    return dt.date(year, month, min(day.day, 28))


def span(a: dt.date, b: dt.date) -> Span:
    """The time between two dates (in either order)."""
    first, last = (a, b) if a <= b else (b, a)
    months = (last.year - first.year) * 12 + (last.month - first.month)
    if _add_months(first, months) > last:
        months -= 1
    days = (last - _add_months(first, months)).days
    return Span(months // 12, months % 12, days, (last - first).days)


def plural(n: int, unit: str, lang: str = "en") -> str:
    """``n`` with its unit in the right form: "1 year", "2 years", "2 года", "5 лет"."""
    forms = _UNITS.get(lang, _UNITS["en"])[unit]
    if lang == "ru":
        tail, tens = n % 10, n % 100
        if tail == 1 and tens != 11:
            form = forms[0]
        elif 2 <= tail <= 4 and not 12 <= tens <= 14:
            form = forms[1]
        else:
            form = forms[2]
    else:
        form = forms[0] if n == 1 else forms[1]
    return f"{n} {form}"


def span_text(s: Span, lang: str = "en") -> str:
    """ "2 years and 30 days", "2 года и 30 дней"; zero parts are left out, "0 days" if equal."""
    parts = [
        plural(n, unit, lang)
        for n, unit in ((s.years, "year"), (s.months, "month"), (s.days, "day"))
        if n
    ]
    if not parts:
        return plural(0, "day", lang)
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + f" {_AND.get(lang, 'and')} " + parts[-1]
