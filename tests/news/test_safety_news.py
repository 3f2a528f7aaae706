"""Regression tests for the news inputs of issue 9: nested lists and blank-line runs read in
linear time, invisible characters, symbolic links, failed files keeping their items, and
`etl extract` going on after a bad line (lone surrogate, impossible date)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from etl.geo.gazetteer import load_gazetteer
from etl.news.corpus import read_corpus
from etl.news.extract.figures import extract_figures
from etl.news.extract.layout import layout
from etl.news.ingest.files import read_news_file
from etl.reference import Reference, load_reference

ROOT = Path(__file__).resolve().parents[2]
RAW = ROOT / "data" / "raw"
DIGEST = (
    "title: L'usine de Morteau recrute\noutlet: L'Est Républicain\n"
    "url: https://www.estrepublicain.fr/morteau-usine\npublished: 2025-03-04\n\n"
    "L'entreprise emploie {figure} salariés à Morteau et prévoit d'embaucher cette année.\n"
)


@pytest.fixture(scope="module")
def reference() -> Reference:
    return load_reference(RAW, load_gazetteer())


@contextmanager
def hang_guard(seconds: float) -> Iterator[None]:
    """Fail instead of hanging: an alarm interrupts code that runs far past its budget."""

    def stop(signum: int, frame: object) -> None:
        raise TimeoutError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def best_time(run: Callable[[], object], repeat: int = 5) -> float:
    """Least CPU time of this process per call over a few samples: other work on the machine
    does not count, so the ratio below measures the algorithm, not the load. A call of a few
    milliseconds is repeated within each sample (about 20 ms of work) so that timer and
    collector noise do not decide the ratio."""
    start = time.process_time()
    run()
    once = time.process_time() - start
    calls = max(1, min(50, int(0.02 / max(once, 1e-4))))
    samples = []
    for _ in range(repeat):
        start = time.process_time()
        for _ in range(calls):
            run()
        samples.append((time.process_time() - start) / calls)
    return min(samples)


def assert_linear(make_input: Callable[[int], object], run: Callable[[object], object], n: int):
    """Doubling the input twice (n -> 4n) takes about four times as long, never sixteen
    (what a quadratic scan gives), and never hangs: up to 10x allowed for noise and cache
    effects under load."""
    small, large = make_input(n), make_input(4 * n)
    with hang_guard(60):
        run(small)  # warm caches
        t_small = best_time(lambda: run(small))
        t_large = best_time(lambda: run(large))
    assert t_large < max(10 * t_small, 0.05), (t_small, t_large)


def nested_list_page(depth: int) -> str:
    items = "".join(f"<ul><li>Niveau {i} : l'usine emploie {i} salariés. " for i in range(depth))
    return f"<html><body><h1>Une page de listes</h1>{items}{'</li></ul>' * depth}</body></html>"


def write(folder: Path, name: str, content: str | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_nested_lists_are_read_once(tmp_path: Path) -> None:
    html = (
        "<html><body><h1>Emploi dans le Haut-Doubs</h1><ul><li>Morteau"
        "<ul><li>L'usine emploie 120 salariés.</li></ul> et ailleurs</li></ul></body></html>"
    )
    path = write(tmp_path / "raw" / "news" / "pages", "p.html", html)
    (item,) = read_news_file(path, tmp_path / "raw")
    assert item.text.count("120 salariés") == 1
    assert [f.value for f in extract_figures(item.text, "2025-01-01")].count(120) == 1


def test_nested_lists_read_in_linear_time(tmp_path: Path) -> None:
    folder = tmp_path / "raw" / "news" / "pages"

    def make(depth: int) -> Path:
        return write(folder, f"p{depth}.html", nested_list_page(depth))

    assert_linear(make, lambda path: read_news_file(path, tmp_path / "raw"), 400)


def test_blank_line_runs_cost_linear_time() -> None:
    def make(n: int) -> str:
        return "L'usine emploie 120 salariés." + "\n" * n + "Elle vise 3 millions d'euros."

    assert_linear(make, layout, 50_000)
    assert_linear(make, lambda text: extract_figures(text, "2025-01-01"), 50_000)


def test_invisible_characters_do_not_change_news_figures(tmp_path: Path) -> None:
    path = write(tmp_path / "raw" / "news" / "d", "d.txt", DIGEST.format(figure="1\u200b200"))
    (item,) = read_news_file(path, tmp_path / "raw")
    assert "1200 salariés" in item.text
    assert 1200 in {f.value for f in extract_figures(item.text, "2025-03-04")}


def test_symbolic_link_is_refused_and_other_files_still_read(
    tmp_path: Path, reference: Reference
) -> None:
    news = tmp_path / "raw" / "news"
    write(news / "d", "good.txt", DIGEST.format(figure="120"))
    outside = write(tmp_path / "elsewhere", "secret.txt", DIGEST.format(figure="SECRET"))
    os.symlink(outside, news / "d" / "link.txt")
    pairs, reports = read_corpus(news, tmp_path / "raw", reference, tmp_path / "cache", True)
    status = {r.name: (r.status, r.error) for r in reports}
    assert status["news/d/good.txt"][0] == "built" and len(pairs) == 1
    assert status["news/d/link.txt"][0] == "failed"
    assert "symbolic link refused" in status["news/d/link.txt"][1]


def test_failed_news_file_keeps_its_last_good_items(tmp_path: Path, reference: Reference) -> None:
    news = tmp_path / "raw" / "news"
    path = write(news / "d", "d.txt", DIGEST.format(figure="120"))
    first, _ = read_corpus(news, tmp_path / "raw", reference, tmp_path / "cache", False)
    path.write_bytes(b"title: x\n\n\xff\xfe not utf-8")
    again, reports = read_corpus(news, tmp_path / "raw", reference, tmp_path / "cache", False)
    (report,) = reports
    assert report.status == "kept" and "not UTF-8" in report.error
    assert [it.news_id for it, _ in again] == [it.news_id for it, _ in first]
    assert [figs for _, figs in again] == [figs for _, figs in first]


def run_extract(stdin: bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "etl", "extract", "--jsonl", "-"],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )


def test_extract_reports_a_lone_surrogate_line_and_goes_on() -> None:
    lines = (
        b'{"id": "a", "text": "x \\ud800 y 120 salari\\u00e9s"}\n'
        b"\xff\xfe not utf-8\n"
        b'{"id": "b", "text": "L\'usine emploie 120 salari\\u00e9s."}\n'
    )
    proc = run_extract(lines)
    out = proc.stdout.decode("utf-8").splitlines()
    err = proc.stderr.decode("utf-8")
    assert proc.returncode == 1 and "Traceback" not in err
    assert "line 1: 'text' holds a lone surrogate at character 2" in err
    assert "line 2: bytes that are not UTF-8" in err
    assert len(out) == 1 and '"id": "b"' in out[0]


@pytest.mark.parametrize("published", ["2024-99-99", "2024-02-30", "0000"])
def test_extract_rejects_impossible_publication_dates(published: str) -> None:
    line = f'{{"id": "a", "text": "120 salariés", "published": "{published}"}}\n'
    proc = run_extract(line.encode())
    err = proc.stderr.decode("utf-8")
    assert proc.returncode == 1 and f"got '{published}'" in err and "line 1" in err


def test_failed_news_file_keeps_its_published_items_without_a_cache(tmp_path: Path) -> None:
    import polars as pl

    from etl.pipeline import build

    raw = tmp_path / "raw"
    import shutil

    shutil.copytree(RAW / "reference", raw / "reference")
    path = write(raw / "news" / "d", "d.txt", DIGEST.format(figure="120"))
    out = tmp_path / "tidy"
    build(raw, out, tmp_path / "cache")
    before = {n: pl.read_parquet(out / f"{n}.parquet") for n in ("news_items", "news_figures")}
    path.write_bytes(b"title: x\n\n\xff\xfe not utf-8")
    result = build(raw, out, tmp_path / "other-cache", full=True)
    (report,) = [r for r in result.reports if r.name == "news/d/d.txt"]
    assert report.status == "kept" and "not UTF-8" in report.error
    after = {n: pl.read_parquet(out / f"{n}.parquet") for n in ("news_items", "news_figures")}
    assert after["news_items"]["news_id"].to_list() == before["news_items"]["news_id"].to_list()
    assert after["news_items"]["text"].to_list() == before["news_items"]["text"].to_list()
    assert (
        after["news_figures"]["figure_id"].to_list()
        == before["news_figures"]["figure_id"].to_list()
    )
    assert after["news_figures"]["value"].to_list() == [120]


def test_extract_reads_numbers_through_invisible_characters() -> None:
    text = "L'usine emploie 1\u200b200 salariés et vise 12\u200b millions d'euros."
    proc = run_extract((json.dumps({"id": "a", "text": text}) + "\n").encode())
    (result,) = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    got = [(f["span"], f["value"]) for f in result["figures"]]
    assert got == [("1\u200b200", 1200), ("12\u200b millions d'euros", 12_000_000)]
    for figure in result["figures"]:
        assert text[figure["start"] : figure["end"]] == figure["span"]


@pytest.mark.parametrize(
    "piece", ["!", ".", "?! ", "… "], ids=["bangs", "dots", "mixed", "ellipsis"]
)
def test_punctuation_runs_cost_linear_time(piece: str) -> None:
    def make(n: int) -> str:
        return "Alors" + piece * n + " " * n + "et la suite en minuscules."

    assert_linear(make, layout, 20_000)


def test_long_lists_of_undated_items_cost_linear_time() -> None:
    from etl.news.ingest.items import split_page

    def make(n: int) -> str:
        pairs = (
            f"Titre numéro {i} de la liste\nUn paragraphe assez long pour compter comme "
            "un paragraphe de texte, vraiment."
            for i in range(n)
        )
        return "Soyez le premier à commenter\n" + "\n".join(pairs)

    assert_linear(make, split_page, 3000)


def test_nested_articles_are_read_once_in_linear_time(tmp_path: Path) -> None:
    folder = tmp_path / "raw" / "news" / "pages"
    article = (
        "<article><h2>Un titre de niveau</h2><p>L'usine emploie 120 salariés à Morteau "
        "depuis longtemps, dit-on.</p>"
    )

    def make(n: int) -> Path:
        page = f"<html><body>{article * n}{'</article>' * n}</body></html>"
        return write(folder, f"a{n}.html", page)

    (item,) = read_news_file(make(3), tmp_path / "raw")
    assert item.text.count("120 salariés") == 3
    assert_linear(make, lambda path: read_news_file(path, tmp_path / "raw"), 500)
