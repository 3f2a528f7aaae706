"""`fetch --stats` against the producers' stand-in: pagination, JSON and CSV exports, an empty
result, a 429 with Retry-After, a 500, a renamed field (the error names the manifest key),
and the checks a `[remote]` table gets when a manifest is loaded."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import unquote

import pytest

from etl.errors import ManifestError
from etl.fetch.feeds import Settings
from etl.remote.stats_run import StatsReport, run_stats
from etl.stats import fetched
from etl.stats.manifest import load_manifest
from tests.remote.fixtures import (
    EUROSTAT,
    EUROSTAT_2008,
    FLORES,
    SIRENE,
    URSSAF,
    URSSAF_DATASET,
    make_checkout,
)
from tests.remote.producers import ODS
from tests.remote.producers import SIRENE as SIRENE_PATH

NO_CONTACT = Settings(contact=None)


class Sleeps(list):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def run(checkout: Path, only: list[str] | None = None, sleep=None) -> dict[str, StatsReport]:
    reports = run_stats(
        checkout / "raw",
        checkout / "fetched",
        NO_CONTACT,
        only=only,
        sleep=sleep if sleep is not None else Sleeps(),
    )
    return {r.source: r for r in reports}


def edit(checkout: Path, source: str, old: str, new: str) -> None:
    path = checkout / "raw" / source / "source.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def sha(checkout: Path, source: str) -> str | None:
    info = fetched.current(checkout / "fetched", source) or {}
    return info.get("sha256")


def test_records_pages_and_json_export_give_the_csv_export_table(checkout, producers, tmp_path):
    assert run(checkout, [URSSAF])[URSSAF].status == "new"
    by_csv = sha(checkout, URSSAF)
    pages = make_checkout(tmp_path / "pages", (URSSAF,))
    edit(pages, URSSAF, 'endpoint = "exports"', 'endpoint = "records"\npage_size = 3')
    before = producers.requests_to(f"{ODS}{URSSAF_DATASET}/records")
    report = run(pages, [URSSAF])[URSSAF]
    assert report.status == "new", report.why
    assert producers.requests_to(f"{ODS}{URSSAF_DATASET}/records") - before == 3  # 8 records
    assert sha(pages, URSSAF) == by_csv
    as_json = make_checkout(tmp_path / "json", (URSSAF,))
    edit(as_json, URSSAF, 'format = "csv"', 'format = "json"')
    assert run(as_json, [URSSAF])[URSSAF].status == "new"
    assert sha(as_json, URSSAF) == by_csv


def test_a_second_fetch_is_conditional_and_downloads_nothing(checkout, producers):
    first = run(checkout, [URSSAF, EUROSTAT])
    assert {r.status for r in first.values()} == {"new"}
    table = fetched.current(checkout / "fetched", URSSAF)
    assert table and table["validators"]  # the ETag of the one export answer
    again = run(checkout, [URSSAF, EUROSTAT])
    for source in (URSSAF, EUROSTAT):
        assert again[source].status == "unchanged"
        assert "not modified (304)" in again[source].why[0]
    responses = (checkout / "fetched" / "responses.jsonl").read_text().splitlines()
    last = [json.loads(r) for r in responses if json.loads(r)["feed"] == URSSAF][-1]
    assert last["status"] == 304 and last["bytes"] == 0
    assert fetched.current(checkout / "fetched", URSSAF)["sha256"] == table["sha256"]
    producers.etags = False  # a producer without validators: the hash decides
    assert run(checkout, [URSSAF])[URSSAF].why[-1] == "same table as the archived one (same hash)"


def test_a_429_waits_for_retry_after_then_fetches(checkout, producers):
    producers.fail_next(ODS, 429, times=1, Retry_After="2")
    sleeps = Sleeps()
    report = run(checkout, [URSSAF], sleep=sleeps)[URSSAF]
    assert report.status == "new", report.why
    assert 2.0 in sleeps
    log = (checkout / "fetched" / "stats" / URSSAF / "fetches.jsonl").read_text().splitlines()
    assert json.loads(log[-1])["waited_s"] == 2.0


def test_a_429_asking_too_long_a_wait_fails_without_waiting(checkout, producers):
    producers.fail_next(ODS, 429, times=1, Retry_After="86400")
    sleeps = Sleeps()
    report = run(checkout, [URSSAF], sleep=sleeps)[URSSAF]
    assert report.failed and "HTTP 429" in report.why[0]
    assert 86400.0 not in sleeps
    assert sha(checkout, URSSAF) is None


def test_a_500_fails_and_keeps_the_archived_table(checkout, producers):
    assert run(checkout, [EUROSTAT])[EUROSTAT].status == "new"
    kept = sha(checkout, EUROSTAT)
    producers.fail_next("/sdmx/", 500)
    report = run(checkout, [EUROSTAT])[EUROSTAT]
    assert report.failed and "HTTP 500" in report.why[0]
    assert sha(checkout, EUROSTAT) == kept
    assert fetched.current_table(checkout / "fetched", EUROSTAT) is not None
    assert "HTTP 500" in (fetched.current(checkout / "fetched", EUROSTAT) or {})["error"]
    again = run_stats(checkout / "raw", checkout / "fetched", NO_CONTACT, sleep=Sleeps())
    statuses = {r.source: r.status for r in again}
    assert statuses[EUROSTAT] == "unchanged"  # failed last time: due again, not in 30 days
    assert statuses[URSSAF] == "new"  # never asked: due


def test_a_renamed_place_field_names_the_manifest_key(checkout, producers):
    for row in producers.ods[URSSAF_DATASET]:
        row["codgeo"] = row.pop("code_commune")
    report = run(checkout, [URSSAF])[URSSAF]
    assert report.failed
    assert "'code_commune'" in report.why[0] and "remote.fields.geo" in report.why[0]
    assert sha(checkout, URSSAF) is None


def test_renamed_year_fields_name_the_measure_key(checkout, producers):
    for row in producers.ods[URSSAF_DATASET]:
        for key in [k for k in row if k.startswith("effectifs_salaries_")]:
            row[key.replace("effectifs_salaries_", "effectif_")] = row.pop(key)
    report = run(checkout, [URSSAF])[URSSAF]
    assert report.failed and "remote.measures.jobs" in report.why[0]


@pytest.mark.parametrize("answer", ["structure", "json"])
def test_structure_specific_json_and_generic_sdmx_give_one_table(
    checkout, producers, tmp_path, answer
):
    assert run(checkout, [EUROSTAT])[EUROSTAT].status == "new"
    producers.sdmx_format = answer
    other = make_checkout(tmp_path / "ss", (EUROSTAT,))
    report = run(other, [EUROSTAT])[EUROSTAT]
    assert report.status == "new", report.why
    assert sha(other, EUROSTAT) == sha(checkout, EUROSTAT)
    table = (
        other
        / "fetched"
        / "stats"
        / EUROSTAT
        / fetched.current(other / "fetched", EUROSTAT)["file"]
    )
    lines = table.read_text().splitlines()
    assert not any(line.startswith("IT,jobs,2022") for line in lines)  # confidential
    assert any(line.startswith("IT,jobs,2021,2500") for line in lines)


def table_lines(checkout: Path, source: str) -> list[str]:
    found = fetched.current_table(checkout / "fetched", source)
    assert found, f"no table archived for {source}"
    return found[0].read_text().splitlines()[1:]


def test_eurostat_before_2021_and_from_2021_never_share_a_year(checkout, producers):
    reports = run(checkout, [EUROSTAT, EUROSTAT_2008])
    assert {reports[s].status for s in (EUROSTAT, EUROSTAT_2008)} == {"new"}
    asked = [h for h in producers.hits if "/data/sbs_na_ind_r2/" in h]
    assert len(asked) == 1
    assert "A.C2652.V11110+V16110.FR+DE+IT+ES" in asked[0]
    assert "startPeriod=2008" in asked[0] and "endPeriod=2020" in asked[0]
    before = sorted(table_lines(checkout, EUROSTAT_2008))
    assert before == [
        "DE,jobs,2008,6000.0,country",
        "FR,companies,2019,140.0,country",
        "FR,companies,2020,145.0,country",
        "FR,jobs,2019,3800.0,country",
        "FR,jobs,2020,3900.0,country",
    ]  # 2021 and 2022 sent by the producer are dropped; V12110 not asked for; DE 2020 secret
    years = {line.split(",")[2] for line in table_lines(checkout, EUROSTAT)}
    assert years and min(years) >= "2021"


def test_eurostat_answer_only_outside_its_years_is_empty(checkout, producers):
    for series in producers.sdmx["sbs_na_ind_r2"]:
        series["obs"] = {"2023": 1}
    report = run(checkout, [EUROSTAT_2008])[EUROSTAT_2008]
    assert report.status == "empty", report.why
    assert fetched.current_table(checkout / "fetched", EUROSTAT_2008) is None


def test_dry_run_asks_nobody(checkout, producers, capsys):
    from etl.cli import main

    code = main(["fetch", "--stats", "--dry-run", "--raw", str(checkout / "raw"),
                 "--archive", str(checkout / "fetched")])  # fmt: skip
    out = capsys.readouterr().err
    assert code == 0 and producers.hits == []
    assert "would fetch" in out and "verified = false" in out


def test_a_renamed_sdmx_dimension_names_the_manifest_key(checkout, producers):
    for series in producers.sdmx["sbs_ovw_act"]:
        series["key"]["ref_area"] = series["key"].pop("geo")
    report = run(checkout, [EUROSTAT])[EUROSTAT]
    assert report.failed and "remote.fields.geo" in report.why[0]


def test_an_empty_result_archives_nothing(checkout, producers):
    for row in producers.ods[URSSAF_DATASET]:
        row["code_ape"] = "9999Z"
    producers.sirene = [i for i in producers.sirene if "26.52Z" not in json.dumps(i)]
    reports = run(checkout, [URSSAF, SIRENE])
    for source in (URSSAF, SIRENE):
        assert reports[source].status == "empty", reports[source].why
        assert not reports[source].failed
        assert fetched.current_table(checkout / "fetched", source) is None
    assert producers.requests_to(SIRENE_PATH) == 1  # Sirene's 404: no match, one request


def test_an_answer_with_only_unknown_places_archives_nothing(checkout, producers):
    for row in producers.ods[URSSAF_DATASET]:
        row["code_commune"] = "97999"
    report = run(checkout, [URSSAF])[URSSAF]
    assert report.status == "empty" and "97999" in report.why[0]
    assert fetched.current_table(checkout / "fetched", URSSAF) is None


def test_sirene_pages_are_walked_with_the_cursor(checkout, producers):
    report = run(checkout, [SIRENE])[SIRENE]
    assert report.status == "new", report.why
    assert producers.requests_to(SIRENE_PATH) == 4  # seven matching, two per page
    assert any("curseur=c2" in h for h in producers.hits)


def test_sirene_goes_through_pynsee_with_the_key_and_counts_current_periods(checkout, producers):
    from tests.remote.fixtures import SIRENE_TEST_KEY

    report = run(checkout, [SIRENE])[SIRENE]
    assert report.status == "new", report.why
    assert producers.hits[0] == "CONNECT api.insee.fr:443"  # pynsee's own address, via its proxy
    assert set(producers.sirene_keys) == {SIRENE_TEST_KEY}
    asked = [h for h in producers.hits if h.startswith(SIRENE_PATH)]
    assert "activitePrincipaleEtablissement:26.52Z" in unquote(asked[0])
    info = fetched.current(checkout / "fetched", SIRENE) or {}
    assert info["requests"] and all(
        u.startswith("https://api.insee.fr/api-sirene/3.11/siret?q=") for u in info["requests"]
    )
    assert "pynsee" in info["query"]
    # 25056: three current 26.52Z establishments; the one in 26.52Z before 2020 is not counted,
    # nor the closed one of 25411
    counts = {line.split(",")[0]: line.split(",")[3] for line in table_lines(checkout, SIRENE)}
    assert counts == {"25056": "3.0", "25411": "1.0", "39368": "1.0"}


def test_a_sirene_429_is_waited_out_by_pynsee(checkout, producers):
    producers.fail_next("/api-sirene/", 429, times=1, Retry_After="1")
    report = run(checkout, [SIRENE])[SIRENE]
    assert report.status == "new", report.why
    first_page = [h for h in producers.hits if h.startswith(SIRENE_PATH) and "curseur=*" in h]
    assert len(first_page) == 2  # asked again after the Retry-After (pynsee's own retries)


def test_a_sirene_500_fails_and_archives_nothing(checkout, producers):
    producers.fail_next("/api-sirene/", 500)
    report = run(checkout, [SIRENE])[SIRENE]
    assert report.failed and "Sirene through pynsee" in report.why[0]
    assert fetched.current_table(checkout / "fetched", SIRENE) is None


def test_sirene_without_contact_or_local_proxy_asks_nobody(checkout, producers, monkeypatch):
    for name in ("https_proxy", "HTTPS_PROXY"):
        monkeypatch.delenv(name, raising=False)
    report = run(checkout, [SIRENE])[SIRENE]
    assert report.failed and "no contact set" in report.why[0]
    assert producers.hits == [] and report.requests == 0


def test_a_public_host_without_contact_is_refused_before_any_request(tmp_path, monkeypatch):
    monkeypatch.delenv("CADRAN_REMOTE_URL_URSSAF_ETABLISSEMENTS_2652Z", raising=False)
    checkout = make_checkout(tmp_path, (URSSAF,))
    report = run(checkout, [URSSAF])[URSSAF]
    assert report.failed and "no contact set" in report.why[0]
    assert report.requests == 1  # asked of the client, refused before DNS or connection


def write(tmp_path: Path, remote: str, table: str = "") -> Path:
    path = tmp_path / "source.toml"
    path.write_text(
        '[source]\nid = "t"\ntitle = "T"\npublisher = "Urssaf"\nurl = "https://x"\n'
        'licence = "ODbL"\n\n[remote]\n' + remote + "\n[[tables]]\n"
        'layout = "records"\n' + table + '[tables.columns]\nindicator = "indicator"\n'
        'value = "value"\n',
        encoding="utf-8",
    )
    return path


GOOD = (
    'kind = "opendatasoft"\nurl = "https://open.urssaf.fr"\ndataset = "d"\n'
    '[remote.fields]\ngeo = "code_commune"\n[remote.measures]\njobs = "effectifs_{year}"\n'
)


def test_remote_tables_are_checked_key_by_key(tmp_path):
    assert load_manifest(write(tmp_path, GOOD)).remote is not None
    with pytest.raises(ManifestError, match=r"remote\.wher"):
        load_manifest(write(tmp_path, 'wher = "x"\n' + GOOD))
    with pytest.raises(ManifestError, match=r"tables\[0\].file is not used"):
        load_manifest(write(tmp_path, GOOD, 'file = "x.csv"\n'))
    with pytest.raises(ManifestError, match="aggregate_note"):
        load_manifest(write(tmp_path, 'aggregate = ["region"]\n' + GOOD))
    with pytest.raises(ManifestError, match="geo_level = 'commune'"):
        load_manifest(
            write(
                tmp_path,
                'aggregate = ["region"]\naggregate_note = "x"\ngeo_level = "department"\n' + GOOD,
            )
        )
    with pytest.raises(ManifestError, match=r"remote\.kind"):
        load_manifest(write(tmp_path, GOOD.replace("opendatasoft", "ftp")))
    with pytest.raises(ManifestError, match=r"remote\.fields\.geo"):
        load_manifest(write(tmp_path, GOOD.replace('geo = "code_commune"', 'period = "annee"')))
    insee = GOOD.replace("opendatasoft", "insee")
    with pytest.raises(ManifestError, match=r"'siret'.*'localdata'"):
        load_manifest(write(tmp_path, insee))
    with pytest.raises(ManifestError, match="Sirene fields to match"):
        load_manifest(write(tmp_path, insee.replace('dataset = "d"', 'dataset = "siret"')))
    with pytest.raises(ManifestError, match=r"remote\.params\.dataset_version"):
        load_manifest(write(tmp_path, insee.replace('dataset = "d"', 'dataset = "localdata"')))


def test_shipped_remote_manifests_load_and_are_not_verified():
    from tests.remote.fixtures import RAW

    for source in (URSSAF, EUROSTAT, EUROSTAT_2008, SIRENE, FLORES):
        manifest = load_manifest(RAW / source / "source.toml")
        assert manifest.remote is not None and manifest.remote.verified is False
        assert manifest.remote.url.startswith("https://")
