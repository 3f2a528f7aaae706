"""The news stage of the build: merging, conflicts, curation, failures, cache, package validity."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest
from frictionless import Package, system

from etl.geo.gazetteer import load_gazetteer
from etl.news.stage import NewsBuild, build_news
from etl.pipeline import build, collect
from etl.reference import Reference, load_reference

ROOT = Path(__file__).resolve().parents[2]
RAW = ROOT / "data" / "raw"
STATISTICS = ("reference", "sector-figures", "franceclat-chiffres-cles")


@pytest.fixture(scope="module")
def reference() -> Reference:
    return load_reference(RAW, load_gazetteer())


@pytest.fixture(scope="module")
def official(tmp_path_factory: pytest.TempPathFactory) -> pl.DataFrame:
    """The statistics observations alone (a raw folder without news)."""
    raw = tmp_path_factory.mktemp("stats") / "raw"
    for name in STATISTICS:
        shutil.copytree(RAW / name, raw / name)
    obs = dict((t.name, f) for t, f in collect(raw, raw.parent / "cache").tables)["observations"]
    assert set(obs["status"]) == {"official", "secondary"}  # by the producer of each source
    return obs


def digest(folder: Path, name: str, title: str, outlet: str, url: str, day: str, body: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    header = (
        f"title: {title}\noutlet: {outlet}\nurl: {url}\npublished: {day}\ntopics: watchmaking\n"
    )
    (folder / name).write_text(f"{header}\n{body}\n", encoding="utf-8")


def news_build(
    tmp: Path, reference: Reference, official: pl.DataFrame, decisions: str = ""
) -> NewsBuild:
    (tmp / "news_decisions.txt").write_text(decisions, encoding="utf-8")
    return build_news(
        tmp / "raw" / "news",
        reference,
        official,
        tmp / "cache",
        decisions_path=tmp / "news_decisions.txt",
        store=tmp / "state" / "review.sqlite3",
    )


def decision_ref(key: str) -> str:
    """`<item> s:<hash> "<span>"` of a review key, as a decision line names a figure."""
    ref, shash, span = key.split(" ", 2)
    return f'{ref} {shash} "{span}"'


def frames(news: NewsBuild) -> dict[str, pl.DataFrame]:
    return {t.name: f for t, f in news.tables}


def test_same_figure_in_two_items_is_one_observation(
    tmp_path: Path, reference: Reference, official: pl.DataFrame
) -> None:
    news = tmp_path / "raw" / "news" / "d"
    body = (
        "En 2022, l'horlogerie française a réalisé un chiffre d'affaires de 381 millions d'euros."
    )
    digest(news, "a.txt", "Chiffres 2022", "Journal A", "https://a.example/1", "2023-04-03", body)
    digest(news, "b.txt", "Bilan 2022", "Journal B", "https://b.example/2", "2023-03-29", body)
    built = news_build(tmp_path, reference, official)
    obs = built.observations
    assert obs.height == 1
    row = obs.row(0, named=True)
    items = frames(built)["news_items"]
    first = items.filter(outlet="Journal B")["news_id"][0]  # published first
    assert row["source_id"] == first and row["cited_by"] == sorted(items["news_id"])
    assert (row["indicator"], row["value"], row["period"], row["geo"]) == (
        "revenue",
        381e6,
        "2022",
        "FR",
    )
    assert row["conflicts_with"] == []  # Francéclat also says 381 M€ for 2022
    figs = frames(built)["news_figures"]
    assert figs.height == 2 and figs["observation_id"].to_list() == [row["observation_id"]] * 2
    assert figs["review"].to_list() == ["rule", "rule"]  # it repeats the table: approved by rule
    assert {c["kind"] for c in built.citations} == {"news"} and len(built.citations) == 2


def test_disagreeing_reported_figure_is_flagged(
    tmp_path: Path, reference: Reference, official: pl.DataFrame
) -> None:
    body = "La filière horlogère française a réalisé un chiffre d'affaires de 450 millions d'euros en 2024."
    digest(
        tmp_path / "raw" / "news",
        "x.txt",
        "Titre",
        "Journal",
        "https://x.example/a",
        "2025-01-10",
        body,
    )
    unreviewed = news_build(tmp_path, reference, official)
    assert unreviewed.observations.height == 0  # a figure that disagrees waits for review
    figure = frames(unreviewed)["news_figures"].filter(indicator="revenue").row(0, named=True)
    assert figure["status"] == "candidate" and figure["review"] is None
    approve = f"approve {decision_ref(figure['review_key'])}\n"
    row = news_build(tmp_path, reference, official, approve).observations.row(0, named=True)
    francéclat = official.filter(
        indicator="revenue", period="2024", geo="FR", segment="watchmaking", value=423e6
    )["observation_id"].to_list()
    assert row["status"] == "reported" and row["conflicts_with"] == francéclat
    assert row["locator"].startswith("news:news-") and row["locator"].endswith("#char=66,86")
    assert body[66:86] == "450 millions d'euros"


def test_decisions_apply_and_bad_lines_warn(
    tmp_path: Path, reference: Reference, official: pl.DataFrame
) -> None:
    body = (
        "En 2023, la filière horlogère française comptait 2 900 emplois. "
        "Les ventes de montres ont progressé de 5 % en France en 2023. "
        "Le secteur a réalisé un chiffre d'affaires de 410 millions d'euros en 2023."
    )
    digest(
        tmp_path / "raw" / "news",
        "x.txt",
        "Titre",
        "Journal",
        "https://x.example/b",
        "2024-05-01",
        body,
    )
    before = frames(news_build(tmp_path, reference, official))["news_figures"].sort("start")
    jobs, growth, revenue = (decision_ref(k) for k in before["review_key"].to_list())
    # 410 M€ repeats the Francéclat table exactly (approved by rule); 2 900 jobs waits
    assert before["status"].to_list() == ["candidate", "candidate", "reported"]
    assert before["review"].to_list() == [None, None, "rule"]
    decisions = (
        "# curation\n"
        f"reject {revenue}  # same as the Francéclat table\n"
        f"correct {jobs} value=3300 period=2023\n"
        f"approve {growth}\n"
        'approve https://x.example/b s:000000000000 "1"\n'
        f"frobnicate {jobs}\n"
        f"correct {jobs} colour=red\n"
    )
    built = news_build(tmp_path, reference, official, decisions)
    after = frames(built)["news_figures"].sort("start")
    assert after["status"].to_list() == ["reported", "reported", "rejected"]
    assert after["review"].to_list() == ["corrected", "approved", "rejected"]
    assert after["value"][0] == 3300 and after["observation_id"][2] is None
    obs = built.observations
    assert set(obs["indicator"]) == {"jobs", "growth_rate"} and 3300 in obs["value"].to_list()
    assert built.warnings == [
        "news_decisions.txt line 6: expected 'approve|reject|correct <item> s:<hash> \"<span>\"' "
        f"(found 'frobnicate {jobs}')",
        "news_decisions.txt line 7: unknown field 'colour=red' (fields: value, value_max, "
        "period, indicator, geo, segment, entity, unit, metric)",
        "news_decisions.txt line 5: no figure has the key 'https://x.example/b s:000000000000 1'",
    ]
    report = built.reports[-1]
    assert report.name == "news curation" and report.rows == 4


@pytest.fixture
def raw_with_news(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    return raw


def test_bad_news_file_fails_alone(raw_with_news: Path, tmp_path: Path) -> None:
    bad = raw_with_news / "news" / "feeds" / "broken.rss"
    bad.parent.mkdir()
    bad.write_text("<rss><channel><title>x</title>", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "etl", "build", "--raw", raw_with_news, "--out", tmp_path / "tidy",
         "--cache", tmp_path / "cache"],
        capture_output=True, text=True, cwd=ROOT, env={"COLUMNS": "200", "PATH": "/usr/bin:/bin"},
        timeout=300,
    )  # fmt: skip
    assert run.returncode == 1, run.stderr
    failed = [ln for ln in run.stderr.splitlines() if ln.startswith("failed")]
    assert len(failed) == 1, run.stderr
    assert failed[0].startswith("failed raw/news/feeds/broken.rss: not a readable RSS/Atom feed (")
    assert "Traceback" not in run.stderr
    items = pl.read_parquet(tmp_path / "tidy" / "news_items.parquet")
    assert items.height == len(list((RAW / "news").rglob("*.txt")))


def test_cache_skips_unchanged_news(raw_with_news: Path, tmp_path: Path) -> None:
    first = build(raw_with_news, tmp_path / "tidy", tmp_path / "cache")
    news = [r for r in first.reports if r.name.startswith("news/")]
    assert news and {r.status for r in news} == {"built"}
    digest_file = sorted((raw_with_news / "news" / "digests").glob("*.txt"))[0]
    digest_file.write_text(digest_file.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    second = build(raw_with_news, tmp_path / "tidy", tmp_path / "cache")
    status = {r.name: r.status for r in second.reports if r.name.startswith("news/")}
    changed = digest_file.relative_to(raw_with_news).as_posix()
    assert status.pop(changed) == "built" and set(status.values()) == {"cached"}
    same = [(t.name, f.hash_rows().sum()) for t, f in second.tables]
    assert same == [(t.name, f.hash_rows().sum()) for t, f in first.tables]


def test_build_is_deterministic_and_frictionless_valid(tmp_path: Path) -> None:
    for n in (1, 2):  # separate parents: each package keeps its own version folder
        build(RAW, tmp_path / str(n) / f"tidy{n}", tmp_path / f"cache{n}", full=True)
    for name in ("news_items", "news_figures", "observations", "sources"):
        one = (tmp_path / "1" / "tidy1" / f"{name}.csv").read_bytes()
        assert one == (tmp_path / "2" / "tidy2" / f"{name}.csv").read_bytes(), name
    descriptor = json.loads(
        (tmp_path / "1" / "tidy1" / "datapackage.json").read_text(encoding="utf-8")
    )
    names = {r["name"] for r in descriptor["resources"]}
    assert {"news_items", "news_figures", "news_items-csv", "news_figures-csv"} <= names
    with system.use_context(trusted=True):
        report = Package(str(tmp_path / "1" / "tidy1" / "datapackage.json")).validate()
    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "message"])[:5]
    news_tasks = {t.name for t in report.tasks} & {"news_items", "news_figures"}
    assert news_tasks == {"news_items", "news_figures"}


def test_decision_lines_parse(tmp_path: Path) -> None:
    from etl.news.decisions import parse_decisions

    path = tmp_path / "news_decisions.txt"
    ref = "https://a.example/x s:0123456789ab"
    path.write_text(
        f'correct {ref} "3,9 Md€" entity="France Horlogerie" geo=FR-BFC value=1_500  # quoted\n'
        f'correct {ref} "12 700" seen=abcd1234 entity=\n'
        f'reject {ref} "1" extra\n'
        f'correct {ref} "2" period=24\n'
        f'correct {ref} "3" entity="unclosed\n'
        "approve fig-0123456789abcdef\n",
        encoding="utf-8",
    )
    decisions, warnings = parse_decisions(path)
    assert [(d.key, d.changes, d.seen) for d in decisions] == [
        (
            f"{ref} 3,9 Md€",
            {"entity": "France Horlogerie", "geo": "FR-BFC", "value": 1500.0},
            None,
        ),
        (f"{ref} 12 700", {"entity": None}, "abcd1234"),
    ]
    assert decisions[0].comment == "quoted"
    assert [w.split(":")[0] for w in warnings] == [
        "news_decisions.txt line 3",
        "news_decisions.txt line 4",
        "news_decisions.txt line 5",
        "news_decisions.txt line 6",
    ]
    assert "decisions migrate" in warnings[-1]
    assert parse_decisions(tmp_path / "absent.txt") == ([], [])


def test_a_decision_on_an_older_extraction_goes_back_to_review(
    tmp_path: Path, reference: Reference, official: pl.DataFrame
) -> None:
    """Issue 12: a decision names the extraction it was taken on (`seen=`); when the extractor
    now proposes something else for that span, the decision is not applied and the figure is
    a candidate again, with the old decision kept beside it."""
    body = "En 2023, la filière horlogère française comptait 2 900 emplois."
    digest(tmp_path / "raw" / "news", "x.txt", "T", "J", "https://x.example/s", "2024-05-01", body)
    figure = frames(news_build(tmp_path, reference, official))["news_figures"].row(0, named=True)
    ref = decision_ref(figure["review_key"])
    current = f"correct {ref} seen={figure['extraction']} value=2950  # checked\n"
    applied = frames(news_build(tmp_path, reference, official, current))["news_figures"]
    assert applied.select("status", "review", "value").row(0) == ("reported", "corrected", 2950)
    older = current.replace(figure["extraction"], "00000000")
    built = news_build(tmp_path, reference, official, older)
    stale = frames(built)["news_figures"].row(0, named=True)
    assert (stale["status"], stale["review"], stale["value"]) == ("candidate", "stale", 2900)
    assert stale["previous_decision"] == "correct value=2950.0 (checked)"
    assert built.observations.height == 0
    assert any("changed; back to review" in w for w in built.warnings)
