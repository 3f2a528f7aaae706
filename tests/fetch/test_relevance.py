"""Which fetched items are shown, by the shipped rules in data/raw/reference/relevance.csv."""

from __future__ import annotations

from pathlib import Path

import pytest

from etl.fetch.relevance import RelevanceError, judge, load_rules
from tests.fetch.conftest import RAW, _shared_facts

RULES = load_rules(RAW / "reference" / "relevance.csv")


def _decide(title: str, text: str):
    return judge(RULES, _shared_facts().facts(title, text, "2026-11-10", (), "FR-BFC"))


def test_a_watch_item_is_shown_by_the_sector_rule_with_its_evidence():
    d = _decide("Une montre pour les 150 ans", "La maison présente une montre en série limitée.")
    assert d.shown and d.why.startswith("shown by rule sector") and "topic watchmaking" in d.why


def test_an_economic_figure_in_the_region_is_shown():
    d = _decide("Nouvel atelier", "La PME Girard, installée à Pontarlier, emploie 85 salariés.")
    assert d.shown and "a place in FR-BFC" in d.why


def test_a_sports_crowd_in_the_region_is_archived_not_shown_and_says_why():
    d = _decide(
        "Victoire à domicile",
        "Le club de football de Dole a gagné samedi devant 450 spectateurs enthousiastes.",
    )
    assert not d.shown
    assert d.why.startswith("no rule matched: topics other; areas named FR-39, FR-BFC")
    assert "figures participants" in d.why


def test_a_rule_file_without_the_expected_columns_is_refused(tmp_path: Path):
    bad = tmp_path / "relevance.csv"
    bad.write_text("rule,topics,needs_figure\nsector,watchmaking,true\n", encoding="utf-8")
    with pytest.raises(RelevanceError, match="columns must be"):
        load_rules(bad)
