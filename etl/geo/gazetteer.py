"""The gazetteer of French communes, departments and regions, and name -> code lookups.

Data: npm `@etalab/decoupage-administratif` (data under Licence Ouverte 2.0, code MIT),
unpacked by `make gazetteer` into `data/gazetteer/decoupage-administratif/`. Geography
codes follow the package contract: regions and departments as ISO 3166-2 (`FR-BFC`,
`FR-25`), communes as their INSEE code (`25056`).
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "data" / "gazetteer" / "decoupage-administratif"
DATA_LICENCE = "Licence Ouverte 2.0 (Etalab)"

# ISO 3166-2 codes of the INSEE regions (ISO gives overseas regions their department code).
REGION_ISO = {
    "11": "FR-IDF", "24": "FR-CVL", "27": "FR-BFC", "28": "FR-NOR", "32": "FR-HDF",
    "44": "FR-GES", "52": "FR-PDL", "53": "FR-BRE", "75": "FR-NAQ", "76": "FR-OCC",
    "84": "FR-ARA", "93": "FR-PAC", "94": "FR-20R", "01": "FR-971", "02": "FR-972",
    "03": "FR-973", "04": "FR-974", "06": "FR-976",
}  # fmt: skip
REGION_EN = {"FR-IDF": "Paris Region", "FR-PAC": "Provence-Alpes-Côte d'Azur", "FR-20R": "Corsica"}


@dataclass(frozen=True)
class Place:
    """A commune, department or region with the codes of what encloses it."""

    code: str
    name: str
    level: str
    parent: str | None
    insee_code: str
    population: int | None = None
    department: str | None = None
    region: str | None = None


def name_key(name: str) -> str:
    """Compare place names without accents, case, hyphens or apostrophes: 'Besancon' ~ 'Besançon'."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[-'’ʼ]", " ", text)
    text = re.sub(r"\bst\b", "saint", text)
    text = re.sub(r"\bste\b", "sainte", text)
    return re.sub(r"\s+", " ", text).strip()


class Gazetteer:
    """Lookups over the Etalab files; build with `load_gazetteer()` (cached per folder)."""

    def __init__(self, folder: Path) -> None:
        data = folder / "data"
        meta = json.loads((folder / "package.json").read_text(encoding="utf-8"))
        self.version: str = meta["version"]
        self.package: str = meta["name"]
        self.licence = f"{DATA_LICENCE} (data), {meta.get('license', 'MIT')} (code)"
        self.regions: dict[str, Place] = {}
        for r in _load(data / "regions.json"):
            iso = REGION_ISO.get(r["code"])
            if iso:
                self.regions[iso] = Place(iso, r["nom"], "region", "FR", r["code"], region=iso)
        self.departments: dict[str, Place] = {}
        for d in _load(data / "departements.json"):
            region = REGION_ISO.get(d["region"])
            code = f"FR-{d['code']}"
            if region and code not in self.regions:
                self.departments[code] = Place(
                    code, d["nom"], "department", region, d["code"], region=region
                )
        self.communes: dict[str, Place] = {}
        self._by_name: dict[str, list[Place]] = {}
        for c in _load(data / "communes.json"):
            if c.get("type") != "commune-actuelle" or "departement" not in c:
                continue
            dep = f"FR-{c['departement']}"
            region = REGION_ISO.get(c.get("region", ""))
            parent = dep if dep in self.departments else region
            place = Place(
                c["code"], c["nom"], "commune", parent, c["code"], c.get("population"), dep, region
            )
            self.communes[c["code"]] = place
            self._by_name.setdefault(name_key(c["nom"]), []).append(place)
        for place in (*self.regions.values(), *self.departments.values()):
            self._by_name.setdefault(name_key(place.name), []).insert(0, place)

    def get(self, code: str) -> Place | None:
        """A place by geography code: FR-BFC, FR-25 or an INSEE commune code."""
        return self.regions.get(code) or self.departments.get(code) or self.communes.get(code)

    def candidates(self, name: str) -> list[Place]:
        return list(self._by_name.get(name_key(name), []))

    def resolve(self, name: str, prefer_region: str | None = None) -> Place | None:
        """The place a name means: a region or department first, then the commune in the
        preferred region, then the only commune of that name; None when unknown or ambiguous."""
        found = self.candidates(name)
        if not found:
            return None
        if found[0].level != "commune":
            return found[0]
        if prefer_region:
            local = [p for p in found if p.region == prefer_region]
            if local:
                found = local
        return found[0] if len(found) == 1 else None

    def is_place_name(self, name: str) -> bool:
        return name_key(name) in self._by_name


def _load(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=4)
def _cached(folder: str) -> Gazetteer:
    return Gazetteer(Path(folder))


def load_gazetteer(folder: Path | None = None) -> Gazetteer:
    """The gazetteer under CADRAN_GAZETTEER or data/gazetteer; says how to get it if absent."""
    path = folder or Path(os.environ.get("CADRAN_GAZETTEER", DEFAULT_DIR))
    if not (path / "package.json").is_file():
        raise FileNotFoundError(f"gazetteer not found in {path}: run `make gazetteer`")
    return _cached(str(path.resolve()))
