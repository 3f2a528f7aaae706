# Cadran: two commands do everything on a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8050

# Registry packages that are data or browser assets, not Python (versions pinned).
GAZETTEER_PKG := @etalab/decoupage-administratif@6.0.0
GAZETTEER_DIR := data/gazetteer/decoupage-administratif
BOOTSTRAP_PKG := bootstrap@5.3.9
LOCALES_PKG := plotly.js-locales@3.7.0
VENDOR_DIR := .cache/npm

.PHONY: install install-test build full-build refresh validate run test lint format bench chromium office clean assets gazetteer

install: $(VENV)/.installed gazetteer assets

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e .
	touch $@

install-test: install $(VENV)/.installed-test chromium office

$(VENV)/.installed-test: $(VENV)/.installed
	$(PY) -m pip install -q -e '.[test]'
	touch $@

gazetteer: $(GAZETTEER_DIR)/package.json

$(GAZETTEER_DIR)/package.json:
	bash .ci/fetch-npm.sh $(GAZETTEER_PKG) $(GAZETTEER_DIR)

assets: $(VENDOR_DIR)/bootstrap/package.json $(VENDOR_DIR)/plotly.js-locales/package.json
	$(PY) -m dashboard.vendor $(VENDOR_DIR)

$(VENDOR_DIR)/bootstrap/package.json:
	bash .ci/fetch-npm.sh $(BOOTSTRAP_PKG) $(VENDOR_DIR)/bootstrap

$(VENDOR_DIR)/plotly.js-locales/package.json:
	bash .ci/fetch-npm.sh $(LOCALES_PKG) $(VENDOR_DIR)/plotly.js-locales

chromium:
	@if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then \
		echo "installing Debian's chromium and chromium-driver"; \
		apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null; \
	fi

# LibreOffice without its GUI and poppler's pdftotext/pdfinfo: the export tests convert the
# workbook and the deck to PDF as a real office suite opens them (tests/exports/test_office_pdf.py).
office:
	@if ! command -v soffice >/dev/null 2>&1 || ! command -v pdftotext >/dev/null 2>&1; then \
		echo "installing Debian's libreoffice-calc-nogui, libreoffice-impress-nogui, poppler-utils"; \
		apt-get update -qq && apt-get install -y -qq --no-install-recommends \
			libreoffice-calc-nogui libreoffice-impress-nogui poppler-utils >/dev/null; \
	fi

build: install
	$(PY) -m etl build

full-build: install
	$(PY) -m etl build --full

# Fetch the due news feeds (data/raw/news/feeds.toml) and the due remote statistics sources
# ([remote] manifests) into data/fetched, then rebuild.
# The build runs even when a feed failed: what was fetched before is never lost.
refresh: install
	$(PY) -m etl fetch || true
	$(PY) -m etl fetch --stats || true
	$(PY) -m etl build

validate: install
	$(PY) -m etl validate

run: build
	$(PY) -m dashboard --host $(HOST) --port $(PORT)

test: install-test build
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m pytest -q

lint:
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format:
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

bench: build  # needs only the runtime packages, not the test extras
	$(PY) bench/extract.py
	$(PY) bench/dashboard.py
	$(PY) bench/exports.py
	$(PY) bench/fetch.py

clean:
	rm -rf data/tidy data/tidy.* .cache/build
