# Platforma Środowiskowa. `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
PG_URL ?= postgres://postgres@127.0.0.1:5432/platforma_test
# Type-checked by `make lint`: every write, every read that depends on the viewer, every permission, and the
# Django-free text analysis (STYLE.md). Forms and views are left out: django-stubs cannot follow request.htmx.
TYPED := platforma/core/text platforma/community/targets.py $(wildcard \
	platforma/*/services.py platforma/*/services platforma/*/selectors.py platforma/*/selectors \
	platforma/*/permissions.py platforma/community/*/services.py platforma/community/*/selectors.py \
	platforma/community/*/permissions.py)

.PHONY: help run test test-unit test-browser test-postgres lint lock vendor messages bench clean

help: ## this list
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | column -t -s $$'\t'

$(VENV)/.installed: requirements/base.lock requirements/dev.lock
	@bash scripts/ensure_venv.sh
	@touch $@

run: $(VENV)/.installed ## start the site on http://127.0.0.1:8000 with demo data and a task worker
	@bash scripts/run.sh $(HOST) $(PORT)

test: $(VENV)/.installed ## the whole suite on SQLite: unit and view tests, then browser journeys
	$(PY) -m pytest -m "not browser"
	@bash scripts/ensure_chromium.sh
	$(PY) -m pytest -m browser tests/browser

test-unit: $(VENV)/.installed ## unit and view tests only (no browser), on SQLite
	$(PY) -m pytest -m "not browser"

test-browser: $(VENV)/.installed ## browser journeys only (Playwright + Debian's Chromium)
	@bash scripts/ensure_chromium.sh
	$(PY) -m pytest -m browser tests/browser

test-postgres: $(VENV)/.installed ## unit and view tests on PostgreSQL (DATABASE_URL=$(PG_URL))
	DATABASE_URL=$(PG_URL) $(PY) -m pytest -m "not browser" --create-db

lint: $(VENV)/.installed ## ruff, mypy, migrations check, import-linter layering, compiled translations
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy $(TYPED)
	$(PY) manage.py makemigrations --check --dry-run
	$(VENV)/bin/lint-imports
	$(PY) scripts/check_translations.py

lock: ## recompile requirements/*.lock from requirements/*.in (needs uv)
	cd requirements && uv pip compile --python-version 3.12 --generate-hashes --no-header -q base.in -o base.lock
	cd requirements && uv pip compile --python-version 3.12 --generate-hashes --no-header -q dev.in -o dev.lock

vendor: ## reinstall third-party JS/CSS from npm into static/vendor/
	./scripts/vendor.sh

messages: $(VENV)/.installed ## update the .po catalogues and compile them
	$(PY) scripts/messages.py

bench: $(VENV)/.installed ## fill a database with 10k organisations / 100k challenges and time the list pages
	$(PY) bench/list_pages.py

clean: ## remove the virtualenv and local data (the SQLite database, media)
	rm -rf $(VENV) var
