"""Robustness: random text never raises; adversarial inputs run in linear time."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from etl.news.figures import extract_figures
from etl.news.periods import resolve_date

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


def _adversarial() -> list[str]:
    size = 100_000
    return [
        "9" * size,
        ("1." * size)[:size],
        ("1 " * size)[:size],
        ("1,1 " * size)[:size],
        ("1'000 " * size)[:size],
        ("123 456 " * size)[:size],
        ("- " * size)[:size],
        ("deux mille " * size)[:size],
        ("une centaine d’entreprises, " * size)[:size],
        ("mil- " * size)[:size],
        ("12 millions d’euros " * size)[:size],
        ("a" * size),
    ]


def test_adversarial_100kb_inputs_run_under_one_second() -> None:
    for text in _adversarial():
        t0 = time.perf_counter()
        extract_figures(text, "2025-10-02")
        elapsed = time.perf_counter() - t0
        assert elapsed < 1.0, f"{text[:20]!r}...: {elapsed:.2f} s"
