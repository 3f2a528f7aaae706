"""Robustness: random text never raises; adversarial inputs run in linear time."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from etl.news.extract.figures import extract_figures
from etl.news.extract.periods import resolve_date

NUMBERISH = st.text(
    alphabet=st.sampled_from(list("0123456789 .,'’-–+%€\u00a0\u202fkKMEDdsmilonardteuré\n")),
    max_size=120,
)
PUBLISHED = st.one_of(st.none(), st.sampled_from(["2024", "2013-02-25", "2026-01-27", "bad"]))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400), PUBLISHED)
def test_random_text_never_raises(text: str, published: str | None) -> None:
    for fig in extract_figures(text, published):
        assert text[fig.start : fig.end] == fig.span
        assert fig.value == fig.value  # not NaN


@settings(max_examples=300, deadline=None)
@given(NUMBERISH, PUBLISHED)
def test_number_like_strings_never_raise(text: str, published: str | None) -> None:
    for fig in extract_figures(text, published):
        assert text[fig.start : fig.end] == fig.span
        assert fig.value_max is None or fig.value_max >= fig.value


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60))
def test_resolve_date_never_raises(expr: str) -> None:
    out = resolve_date(expr, reference="2025-10-02")
    assert out is None or len(out) == 10


SIZE = 100_000


def _repeat(unit: str) -> str:
    return (unit * (SIZE // len(unit) + 1))[:SIZE]


ADVERSARIAL = [
    "9" * SIZE,
    _repeat("1."),
    _repeat("1 "),
    _repeat("1,1 "),
    _repeat("1'000 "),
    _repeat("123 456 "),
    _repeat("1\u00a0"),
    _repeat("- "),
    _repeat("12/"),
    _repeat("deux mille "),
    _repeat("mil- "),
    _repeat("le 12 janvier 2024 "),
    "a" * SIZE,
]
DENSE = [
    _repeat("une centaine d’entreprises, "),
    _repeat("12 millions d’euros "),
    _repeat("12 salariés "),
]


def test_adversarial_100kb_inputs_run_under_one_second() -> None:
    for text in ADVERSARIAL:
        t0 = time.process_time()
        extract_figures(text, "2025-10-02")
        elapsed = time.process_time() - t0
        assert elapsed < 1.0, f"{text[:20]!r}...: {elapsed:.2f} s"


def test_100kb_of_real_figures_stays_linear() -> None:
    """Thousands of genuine figures in 100 KB: every one is built, in linear time."""
    for text in DENSE:
        t0 = time.process_time()
        figures = extract_figures(text, "2025-10-02")
        elapsed = time.process_time() - t0
        assert len(figures) > 3000
        assert elapsed < 5.0, f"{text[:20]!r}...: {elapsed:.2f} s"
