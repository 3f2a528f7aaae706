"""Where decisions live (issue 12, items 4 and 5): the SQLite review store shared by app and
ETL, its append-only log, two reviewers at once, export into data/news_decisions.txt, keys
that survive an extractor change, and the migration of figure-id lines."""

from __future__ import annotations

import sqlite3
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from etl.news import decision_store
from etl.news.decisions import fingerprint, parse_decisions, review_key


def test_app_and_etl_agree_on_the_store_schema() -> None:
    from dashboard.review import store

    assert store.SCHEMA == decision_store.SCHEMA
    assert store.STORE_NAME == decision_store.STORE_NAME
    assert store.ENV_VAR == decision_store.ENV_VAR


def test_the_log_is_append_only(tmp_path: Path) -> None:
    from dashboard.review import store

    path = tmp_path / "review.sqlite3"
    store.decide("k s:000000000000 1", "approve", "alice", path=path)
    store.decide("k s:000000000000 1", "reject", "bob", reason="a price", path=path)
    log = store.log(path)
    assert [(e["verb"], e["who"]) for e in log] == [("approve", "alice"), ("reject", "bob")]
    assert '"verb": "approve"' in log[1]["previous"] and '"who": "alice"' in log[1]["previous"]
    conn = sqlite3.connect(path)
    for sql in ("UPDATE decision_log SET who = 'eve'", "DELETE FROM decision_log"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute(sql)
    conn.close()
    assert len(store.log(path)) == 2
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone() == ("wal",)


def _reviewer(args: tuple[str, str, int]) -> int:
    """One reviewer process deciding `n` figures, some also decided by the other one."""
    from dashboard.review import store

    path, who, n = args
    for i in range(n):
        store.decide(f"item s:{i:012d} {who}", "approve", who, path=Path(path))
        store.decide(f"item s:{i:012d} shared", "correct", who, {"value": i}, path=Path(path))
    return n


def test_two_reviewers_at_once_lose_nothing(tmp_path: Path) -> None:
    """Two processes (two gunicorn workers, two reviewers) write 240 decisions at once."""
    from dashboard.review import store

    path = tmp_path / "review.sqlite3"
    with ProcessPoolExecutor(2) as pool:
        assert list(pool.map(_reviewer, [(str(path), "alice", 60), (str(path), "bob", 60)])) == [
            60,
            60,
        ]
    current = store.current(path)
    assert len(current) == 60 + 60 + 60  # each own key, plus one shared key per i
    assert len(store.log(path)) == 240  # every decision, including those replaced
    shared = [d for k, d in current.items() if k.endswith(" shared")]
    assert {d.who for d in shared} <= {"alice", "bob"} and len(shared) == 60


def test_export_writes_the_store_back_keeping_the_file(tmp_path: Path) -> None:
    from dashboard.review import store

    text = tmp_path / "news_decisions.txt"
    text.write_text(
        "# kept comment\n"
        'approve https://a.example/x s:0123456789ab "3 870"  # by hand\n'
        'reject news-00aa s:0123456789ab "12 %"  # a price\n',
        encoding="utf-8",
    )
    path = tmp_path / "review.sqlite3"
    store.decide("https://a.example/x s:0123456789ab 3 870", "correct", "alice",
                 {"geo": "FR-BFC", "entity": None}, reason="the region", seen="abcd1234",
                 path=path)  # fmt: skip
    store.decide('news-00bb s:ba9876543210 "l\'an"', "reject", "bob", reason="a date", path=path)
    assert decision_store.export(text, path) == 2
    lines = text.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "# kept comment"
    assert lines[1].startswith(
        'correct https://a.example/x s:0123456789ab "3 870" seen=abcd1234 entity= geo=FR-BFC'
    )
    assert "the region; alice" in lines[1]
    assert lines[2] == 'reject news-00aa s:0123456789ab "12 %"  # a price'
    decisions, warnings = parse_decisions(text)
    assert warnings == []
    by_key = {d.key: d for d in decisions}
    assert by_key['news-00bb s:ba9876543210 "l\'an"'].verb == "reject"
    assert by_key["https://a.example/x s:0123456789ab 3 870"].changes == {
        "geo": "FR-BFC",
        "entity": None,
    }


def test_the_store_wins_over_the_file(tmp_path: Path) -> None:
    from dashboard.review import store

    text = tmp_path / "news_decisions.txt"
    text.write_text('approve u s:0123456789ab "7"\n', encoding="utf-8")
    path = tmp_path / "review.sqlite3"
    store.decide("u s:0123456789ab 7", "reject", "alice", reason="not ours", path=path)
    decisions, _ = decision_store.all_decisions(text, path)
    assert [(d.key, d.verb) for d in decisions] == [("u s:0123456789ab 7", "reject")]


def test_key_survives_layout_changes_but_not_a_new_proposal() -> None:
    """The key ignores spacing and case of the sentence; the fingerprint changes when the
    extractor proposes another value, metric or period."""
    a = review_key(
        "https://a.example/x", "En 2023,  la filière\u00a0comptait 2 900 emplois.", "2 900"
    )
    b = review_key("https://a.example/x", "en 2023, la filière comptait 2 900 emplois.", "2 900")
    assert a == b
    row = {"value": 2900.0, "unit": "persons", "metric": "jobs", "period": "2023"}
    assert fingerprint(row) == fingerprint(dict(row))
    assert fingerprint(row) != fingerprint({**row, "period": "2022"})


def test_a_changed_extraction_comes_back_with_the_old_decision() -> None:
    from dashboard.review.queue import queue
    from etl.news.decisions import Decision, apply_decisions

    row = {"review_key": "u s:0123456789ab 7", "extraction": "new00000", "status": "candidate",
           "value": 7.0, "indicator": "jobs", "obs_geo": "FR", "obs_period": "2023",
           "review": None, "previous_decision": None}  # fmt: skip
    old = Decision(1, "correct", row["review_key"], {"value": 70.0}, "x10", "old00000", "f:1")
    warnings = apply_decisions([row], [old], {"jobs"})
    assert row["review"] == "stale" and row["status"] == "candidate" and row["value"] == 7.0
    assert row["previous_decision"] == "correct value=70.0 (x10)"
    assert "changed; back to review" in warnings[0]
    import polars as pl

    frame = pl.DataFrame([{**row, "news_id": "n", "start": 0}])
    shown = queue(frame, {})
    assert [r["previous"] for r in shown] == ["correct value=70.0 (x10)"]


def test_figure_id_lines_migrate_and_unknown_ids_are_kept() -> None:
    from etl.news.tools.decisions_cli import migrate_lines

    lines = [
        "# comment",
        "correct fig-0123456789abcdef geo=FR-BFC  # the region",
        "approve fig-fedcba9876543210",
    ]
    out, lost = migrate_lines(lines, {"fig-0123456789abcdef": 'u s:0123456789ab "3 870"'})
    assert out[:2] == ["# comment", 'correct u s:0123456789ab "3 870" geo=FR-BFC  # the region']
    assert out[2].startswith("# not found when migrating") and "fig-fedcba9876543210" in out[2]
    assert lost == ["fig-fedcba9876543210"]


def test_shipped_decisions_file_has_no_figure_ids_left() -> None:
    shipped = Path(__file__).resolve().parents[2] / "data" / "news_decisions.txt"
    decisions, warnings = parse_decisions(shipped)
    assert warnings == [] and len(decisions) >= 40
    assert not any(d.key.startswith("fig-") for d in decisions)


def test_approved_by_rule_only_an_exact_repeat_of_a_table_figure() -> None:
    """Same indicator, place, segment, entity and period, and the table's value written at the
    news figure's precision: "3,9 milliards" repeats 3 912 000 000, not 3 960 000 000."""
    import polars as pl

    from etl.news.reported import repeats_table, same_at_precision
    from etl.schema import OBSERVATIONS

    assert same_at_precision(3.9e9, 3.912e9) and same_at_precision(381e6, 381e6)
    assert not same_at_precision(3.9e9, 3.96e9) and not same_at_precision(3000, 3300)
    table = OBSERVATIONS.conform(
        pl.DataFrame(
            [
                {
                    "observation_id": "obs-1",
                    "indicator": "revenue",
                    "value": 3.912e9,
                    "unit": "EUR",
                    "period": "2021",
                    "geo": "FR",
                    "segment": "watchmaking_jewellery",
                    "entity": None,
                    "approximate": False,
                    "status": "official",
                    "source_id": "s",
                    "locator": "x",
                    "cited_by": [],
                    "conflicts_with": [],
                }
            ],
            schema_overrides={k: v for k, v in OBSERVATIONS.schema.items()},
            strict=False,
        )
    )
    news = {"indicator": "revenue", "value": 3.9e9, "value_max": None, "period": "2021",
            "geo": "FR", "segment": "watchmaking_jewellery", "entity": None}  # fmt: skip
    assert repeats_table(news, table)
    assert not repeats_table({**news, "entity": "Francéclat"}, table)  # another perimeter
    assert not repeats_table({**news, "period": "2022"}, table)
    assert not repeats_table({**news, "value": 3.8e9}, table)
    table_secondary = table.with_columns(pl.lit("reported").alias("status"))
    assert not repeats_table(news, table_secondary)  # only statistics tables approve
