"""The `python -m etl extract` / `evaluate` contract, run as the outside check runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.shared import DEV_SET, SEED_PAGE, shared_path

ROOT = Path(__file__).resolve().parents[2]
KEYS = [
    "span",
    "start",
    "end",
    "value",
    "value_max",
    "unit",
    "metric",
    "period",
    "entity",
    "geo",
    "approximate",
    "qualifier",
    "currency",
    "sentence",
]
KINDS = {
    "miss",
    "false positive",
    "wrong unit",
    "wrong metric",
    "wrong period",
    "wrong approximate",
}


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "etl", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        encoding="utf-8",
    )


def test_jsonl_stdin_one_line_per_input_and_bad_line_reported() -> None:
    lines = [
        json.dumps(
            {
                "id": "a",
                "text": "En 2024, la filière représentait un chiffre d’affaires "
                "de 423 millions d’euros, selon Francéclat.",
                "published": "2025-10-02",
            },
            ensure_ascii=False,
        ),
        "{not json",
        json.dumps({"id": 7, "text": "Le groupe emploie 40 salariés.", "published": None}),
        json.dumps({"id": "c", "text": "Rien ici.", "published": "2019"}),
    ]
    proc = run("extract", "--jsonl", "-", stdin="\n".join(lines) + "\n")
    assert proc.returncode == 1
    err = proc.stderr.strip().splitlines()
    assert len(err) == 1 and "line 2" in err[0]
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", 7, "c"]
    fig = out[0]["figures"][0]
    assert list(fig) == KEYS
    assert (fig["span"], fig["value"], fig["unit"], fig["metric"], fig["period"]) == (
        "423 millions d’euros",
        423_000_000,
        "EUR",
        "revenue",
        "2024",
    )
    assert "’" in proc.stdout  # UTF-8, not \\u escapes
    assert out[2]["figures"] == []


def test_jsonl_file_and_clean_exit(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(
        json.dumps({"id": "x", "text": "Quatorze magasins.", "published": "2026"}) + "\n",
        encoding="utf-8",
    )
    proc = run("extract", "--jsonl", str(path))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["figures"][0]["unit"] == "stores"


def test_text_and_html_files(tmp_path: Path) -> None:
    html = tmp_path / "page.html"
    html.write_text(
        "<html><head><title>x</title><script>var a = 2024;</script></head><body>"
        "<p>L’entreprise emploie <b>120 salariés</b> à Morteau.</p></body></html>",
        encoding="utf-8",
    )
    seed_page = shared_path(*SEED_PAGE)
    proc = run("extract", str(seed_page), str(html), "--published", "2025-10-02")
    assert proc.returncode == 0, proc.stderr
    seed, page = (json.loads(line) for line in proc.stdout.splitlines())
    assert seed["id"] == str(seed_page)
    assert 423_000_000 in {f["value"] for f in seed["figures"]}
    assert [(f["span"], f["geo"]) for f in page["figures"]] == [("120", "Morteau")]


def test_bad_published_date_is_an_error_line() -> None:
    proc = run("extract", "--jsonl", "-", stdin='{"id": 1, "text": "x", "published": "2-3"}\n')
    assert proc.returncode == 1 and "line 1" in proc.stderr and "published" in proc.stderr


def test_evaluate_prints_scores_and_json() -> None:
    dev_set = shared_path(*DEV_SET)
    proc = run("evaluate", str(dev_set))
    assert proc.returncode == 0, proc.stderr
    assert "precision" in proc.stdout and "recall by format" in proc.stdout
    metrics = json.loads(run("evaluate", str(dev_set), "--json").stdout)
    assert metrics["f1"] >= 0.95 and "errors" not in metrics
    lines = run("evaluate", str(dev_set), "--errors").stdout.splitlines()
    listed = [json.loads(line) for line in lines if line.startswith("{")]
    assert listed and all(e["kind"] in KINDS for e in listed)
