"""Places in news text, looked up in the real gazetteer (Etalab decoupage-administratif)."""

from __future__ import annotations

import pytest

from etl.geo.gazetteer import Gazetteer, load_gazetteer
from etl.news.ingest.places import find_places, place_codes
from etl.news.ingest.topics import checked_topics, topics_of


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def _codes(text: str, gaz: Gazetteer, **kw: object) -> tuple[list[str], list[str]]:
    return place_codes(find_places(text, gaz, **kw))  # type: ignore[arg-type]


def test_besancon_and_moirans(gaz: Gazetteer) -> None:
    assert _codes("France Horlogerie a réuni une quarantaine d'acteurs à Besançon.", gaz) == (
        ["25056"],
        ["FR-25", "FR-BFC"],
    )
    text = "Le lancement a eu lieu le 23 janvier 2026 à Moirans-en-Montagne dans le Jura."
    hits = find_places(text, gaz)
    assert [(h.name, h.code) for h in hits] == [
        ("Moirans-en-Montagne", "39333"),
        ("Jura", "FR-39"),
    ]
    assert place_codes(hits) == (["39333"], ["FR-39", "FR-BFC"])


def test_region_written_without_its_first_hyphen(gaz: Gazetteer) -> None:
    for text in (
        "Quatorze magasins sont implantés en Bourgogne Franche-Comté.",
        "Le CPSTI Bourgogne–Franche-Comté a élu son président.",
        "La Bourgogne-Franche-Comté compte 15 400 horlogers.",
    ):
        assert _codes(text, gaz) == ([], ["FR-BFC"]), text


def test_people_and_common_words_are_not_places(gaz: Gazetteer) -> None:
    # Baud (Morbihan), Hermé (Seine-et-Marne) and Suisse (Moselle) are also communes.
    text = (
        "Le pâtissier Joël Baud ira au Sénat avec Pierre Hermé. Mardi, la vente a repris. "
        "Les frontaliers travaillent en Suisse."
    )
    assert _codes(text, gaz, zones={"Suisse": "CH"}) == ([], [])
    assert _codes("Baud a été élu président.", gaz) == ([], [])  # no place context
    assert _codes("Rendez-vous en Octobre à Dijon.", gaz) == (["21231"], ["FR-21", "FR-BFC"])


def test_homonyms_prefer_the_region_of_the_text(gaz: Gazetteer) -> None:
    # Saint-Claude: Jura (39478) and Guadeloupe (97124).
    assert _codes("Un atelier ouvre à Saint-Claude.", gaz)[0] == ["39478"]
    text = "Après Pointe-à-Pitre, la marque ouvre à Saint-Claude, en Guadeloupe."
    assert "97124" in _codes(text, gaz)[0]
    # Montagne exists in Gironde and Isère: the text's region decides.
    assert _codes("À Bordeaux puis à Montagne, en Gironde.", gaz)[0] == ["33063", "33290"]
    assert _codes("À Grenoble puis à Montagne, dans l'Isère.", gaz)[0] == ["38185", "38245"]


def test_zones_and_department_number_context(gaz: Gazetteer) -> None:
    zones = {"Haut-Doubs": "Z-HAUT-DOUBS", "Franche-Comté": "FR-FC"}
    assert _codes("Les horlogers du Haut-Doubs et de Franche-Comté.", gaz, zones=zones) == (
        [],
        ["FR-FC", "Z-HAUT-DOUBS"],
    )
    assert _codes("Morteau (25) accueille le salon.", gaz) == (["25411"], ["FR-25", "FR-BFC"])


def test_topics() -> None:
    assert topics_of(
        "Francéclat publie ses chiffres", "La filière a réalisé 423 millions d'euros."
    ) == [
        "watchmaking",
        "economy",
    ]
    assert topics_of("Okaïdi", "Le groupe demande un redressement judiciaire.") == [
        "economy",
        "insolvency",
    ]
    assert topics_of("Joël Baud au Sénat", "Le pâtissier défend les savoir-faire.") == ["other"]
    assert checked_topics("watchmaking, sport; economy") == ["watchmaking", "economy"]


def test_gazetteer_finder_for_the_extractor() -> None:
    from pathlib import Path

    from etl.news.corpus import gazetteer_finder, zone_names
    from etl.news.extract.figures import extract_figures
    from etl.reference import load_reference

    raw = Path(__file__).resolve().parents[2] / "data" / "raw"
    reference = load_reference(raw, load_gazetteer())
    finder = gazetteer_finder(reference, zone_names(reference))
    text = "La filière horlogère française emploie 3 000 personnes. Maty emploie 450 salariés à Besançon."
    assert finder(text, 0, len(text)) == [(21, "France"), (84, "Besançon")]
    assert finder(text, 40, len(text)) == [(84, "Besançon")]
    figures = extract_figures(text, "2024-01-01", finder)
    assert [f.geo for f in figures] == ["France", "Besançon"]


def test_random_and_adversarial_text_is_handled_fast(gaz: Gazetteer) -> None:
    import time

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from etl.news.ingest.items import split_page

    @settings(max_examples=200, deadline=None)
    @given(
        st.text(alphabet=st.sampled_from("Aa Éé-–'’\n.,:()0123456789 de la Saint"), max_size=400)
    )
    def no_crash(text: str) -> None:
        find_places(text, gaz)
        split_page(text)

    no_crash()
    for chunk in (
        "A de " * 20_000,
        "Saint-" * 16_000 + "x",
        "À " * 50_000,
        "Publié le 1/1/" * 7000,
    ):
        start = time.process_time()
        find_places(chunk, gaz)
        split_page(chunk)
        assert time.process_time() - start < 1.0, chunk[:20]
