"""FICTITIOUS answers for the remote-source tests: every number below is made up by the tests
and is no real Urssaf, Eurostat or Insee figure. Commune codes are real (they must join the
gazetteer); field names follow the producers' published schemas."""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RAW = ROOT / "data" / "raw"
URSSAF = "urssaf-etablissements-2652z"
EUROSTAT = "eurostat-sbs-2652"
EUROSTAT_2008 = "eurostat-sbs-2652-2008-2020"
SIRENE = "insee-sirene-2652z"
FLORES = "insee-flores-na17-c3"
URSSAF_DATASET = "etablissements-et-effectifs-salaries-au-niveau-commune-x-ape-last"
YEARS = ("2022", "2023", "2024")


def urssaf_row(code: str, dep: str, reg: str, est: tuple, jobs: tuple, ape: str = "2652Z") -> dict:
    row = {
        "code_commune": code, "intitule_commune": f"{code} (test)", "code_departement": dep,
        "code_region": reg, "code_ape": ape, "ape": f"{ape} (test)",
    }  # fmt: skip
    for year, e, j in zip(YEARS, est, jobs, strict=True):
        row[f"nombre_d_etablissements_{year}"] = e
        row[f"effectifs_salaries_{year}"] = j
    return row


def urssaf_rows() -> list[dict]:
    return [
        urssaf_row("25056", "25", "27", (10, 11, 12), (300, 310, 320)),
        urssaf_row("25411", "25", "27", (8, 8, 9), (400, 410, 420)),
        urssaf_row("25321", "25", "27", (5, 5, 5), (None, 150, 160)),  # an empty cell in 2022
        urssaf_row("39368", "39", "27", (3, 3, 4), (60, 62, 65)),
        urssaf_row("74081", "74", "84", (2, 2, 2), (40, 41, 42)),
        urssaf_row("75101", "75", "11", (1, 1, 1), (5, 5, 6)),  # Paris arrondissements
        urssaf_row("75102", "75", "11", (2, 2, 2), (7, 7, 8)),
        urssaf_row("97999", "97", "99", (1, 1, 1), (3, 3, 3)),  # no such commune
        urssaf_row("25056", "25", "27", (90, 91, 92), (900, 910, 920), ape="4777Z"),  # filtered
    ]


def sdmx_series() -> list[dict]:
    def key(indic: str, geo: str) -> dict:
        return {"freq": "A", "nace_r2": "C2652", "indic_sbs": indic, "geo": geo}

    return [
        {"key": key("ENT_NR", "FR"), "obs": {"2021": 150, "2022": 155}},
        {"key": key("EMP_NR", "FR"), "obs": {"2021": 4000, "2022": 4100}},
        {"key": key("ENT_NR", "DE"), "obs": {"2021": 300}},
        {"key": key("EMP_NR", "IT"), "obs": {"2021": 2500, "2022": None}},  # confidential
    ]


def sdmx_series_2008() -> list[dict]:
    """sbs_na_ind_r2 (dimension `indic_sb`, codes V11110 / V16110); it also sends 2021 and 2022,
    which the source must drop: those years belong to sbs_ovw_act."""

    def key(indic: str, geo: str) -> dict:
        return {"freq": "A", "nace_r2": "C2652", "indic_sb": indic, "geo": geo}

    return [
        {"key": key("V11110", "FR"), "obs": {"2019": 140, "2020": 145, "2021": 999}},
        {"key": key("V16110", "FR"), "obs": {"2019": 3800, "2020": 3900, "2022": 9999}},
        {"key": key("V16110", "DE"), "obs": {"2008": 6000, "2020": None}},  # confidential
        {"key": key("V12110", "FR"), "obs": {"2019": 500}},  # turnover: not asked for
    ]


def flores_cells() -> dict[str, list[dict]]:
    """Données locales (Flores, crossing NA17) for three departments; 74 is not served."""

    def cells(est: int, posts: int) -> list[dict]:
        return [
            {"measure": "NBET", "NA17": "C3", "value": est},
            {"measure": "NBSALET", "NA17": "C3", "value": posts},
            {"measure": "NBET", "NA17": "C5", "value": est * 10},  # another group: left out
            {"measure": "NBSALET", "NA17": "ENS", "value": posts * 50},
        ]

    return {"25": cells(210, 9100), "39": cells(95, 2600), "90": cells(40, 3000)}


def period(ape: str, state: str = "A", end: str | None = None) -> dict:
    return {"dateFin": end, "activitePrincipaleEtablissement": ape,
            "etatAdministratifEtablissement": state}  # fmt: skip


def establishment(siret: str, commune: str, ape: str = "26.52Z", past: tuple = ()) -> dict:
    """An establishment as Sirene 3.11 gives it: its current period first, then past ones."""
    return {
        "siret": siret,
        "adresseEtablissement": {"codeCommuneEtablissement": commune},
        "periodesEtablissement": [period(ape), *past],
    }


def sirene_items() -> list[dict]:
    return [
        establishment("00000000000011", "25056"),
        establishment("00000000000012", "25056"),
        establishment("00000000000013", "25411"),
        establishment("00000000000014", "39368"),
        establishment("00000000000015", "25056"),
        establishment("00000000000016", "25056", ape="47.77Z"),
        # 26.52Z in the past only: Sirene's period search finds it, the count must not
        establishment("00000000000017", "25056", "47.77Z", (period("26.52Z", end="2019-12-31"),)),
        {**establishment("00000000000018", "25411"),  # closed: its current period is "F"
         "periodesEtablissement": [period("26.52Z", "F"), period("26.52Z", end="2020-06-30")]},
    ]  # fmt: skip


def make_checkout(
    tmp: Path, sources: tuple[str, ...] = (URSSAF, EUROSTAT, EUROSTAT_2008, SIRENE)
) -> Path:
    """A raw folder with the reference tables and the shipped remote manifests."""
    shutil.copytree(RAW / "reference", tmp / "raw" / "reference")
    (tmp / "raw" / "news").mkdir()
    for name in sources:
        (tmp / "raw" / name).mkdir()
        shutil.copy(RAW / name / "source.toml", tmp / "raw" / name / "source.toml")
    return tmp


SIRENE_TEST_KEY = "test-key-not-a-real-one"


def point_at(monkeypatch, base: str) -> None:
    """The shipped manifests' addresses replaced by the stand-in's (CADRAN_REMOTE_URL_<ID>);
    pynsee, which asks api.insee.fr itself, goes through the stand-in as its https proxy."""
    monkeypatch.setenv("CADRAN_REMOTE_URL_URSSAF_ETABLISSEMENTS_2652Z", base)
    monkeypatch.setenv("CADRAN_REMOTE_URL_EUROSTAT_SBS_2652", base + "/sdmx/2.1")
    monkeypatch.setenv("CADRAN_REMOTE_URL_EUROSTAT_SBS_2652_2008_2020", base + "/sdmx/2.1")
    for name in ("https_proxy", "HTTPS_PROXY"):
        monkeypatch.setenv(name, base)
    for name in ("no_proxy", "NO_PROXY", "sirene_key", "SIRENE_KEY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("INSEE_API_KEY", SIRENE_TEST_KEY)


def fetched_and_built(tmp: Path) -> Path:
    """The stand-in started, `fetch --stats` then `build` into `tmp`; the package folder."""
    import pytest

    from etl.cli import main
    from tests.remote.producers import Producers

    producers = Producers()
    producers.ods[URSSAF_DATASET] = urssaf_rows()
    producers.sdmx["sbs_ovw_act"] = sdmx_series()
    producers.sdmx["sbs_na_ind_r2"] = sdmx_series_2008()
    producers.sirene = sirene_items()
    producers.start()
    checkout = make_checkout(tmp)
    try:
        with pytest.MonkeyPatch.context() as mp:
            point_at(mp, producers.base)
            fetched = main(["fetch", "--stats", "--raw", str(checkout / "raw"), "--archive",
                            str(checkout / "fetched"), "--feeds", str(checkout / "none.toml")])  # fmt: skip
            built = main(["build", "--raw", str(checkout / "raw"), "--out",
                          str(checkout / "tidy"), "--cache", str(checkout / "cache")])  # fmt: skip
    finally:
        producers.stop()
    assert fetched == 0 and built == 0
    return checkout / "tidy"
