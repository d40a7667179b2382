# Tactful — `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
export DJANGO_SETTINGS_MODULE := tactful.settings

.DEFAULT_GOAL := help
.PHONY: help install run test test-browser lint format bench eval train-encoder messages content-check system-deps screenshots

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-15s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,encoder]'
	touch $(STAMP)

install: $(STAMP) ## Create .venv and install Tactful with its dev and encoder extras

run: $(STAMP) ## Install if needed, migrate, load content and demo data, serve on http://127.0.0.1:8000
	DEBUG=$${DEBUG:-1} $(BIN)/tactful migrate
	DEBUG=$${DEBUG:-1} $(BIN)/tactful content load
	DEBUG=$${DEBUG:-1} $(BIN)/tactful demo
	DEBUG=$${DEBUG:-1} $(BIN)/tactful serve --host $(HOST) --port $(PORT)

system-deps: ## Install Debian's chromium, postgresql, gettext, and Pango with fonts for PDFs, when missing (as root)
	@missing=""; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	command -v msgfmt >/dev/null || missing="$$missing gettext"; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing="$$missing postgresql"; \
	for pkg in libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core; do \
	  dpkg-query -W -f='$${Status}' $$pkg 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$pkg"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing:$$missing"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else echo "Missing system packages:$$missing (run as root or install them)"; fi; \
	fi

test: $(STAMP) system-deps ## Install what the tests need, then run the whole suite
	$(BIN)/tactful content check
	$(BIN)/lint-imports
	$(BIN)/pytest

test-browser: $(STAMP) system-deps ## Run only the browser tests (headless Chromium)
	$(BIN)/pytest -m browser

lint: $(STAMP) ## ruff, mypy and the import contracts
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/mypy
	$(BIN)/lint-imports

format: $(STAMP) ## Format the code
	$(BIN)/ruff format src tests
	$(BIN)/ruff check --fix src tests

content-check: $(STAMP) ## Validate content/ (file:line: message for each problem)
	$(BIN)/tactful content check

bench: $(STAMP) ## Run the benchmarks; results go to bench/results/
	$(BIN)/python bench/content_load.py
	$(BIN)/python bench/analysis.py
	$(BIN)/python bench/practice_feedback.py
	$(BIN)/python bench/planning.py

eval: $(STAMP) ## Evaluate the answer analyser on the test split; writes eval/results.md
	$(BIN)/python eval/run.py --split test

train-encoder: $(STAMP) ## Retrain the encoder backend's STAR classifier (eval/train + dev split)
	$(BIN)/python eval/train_encoder.py

messages: $(STAMP) system-deps ## Update and compile the gettext catalogues
	cd src/tactful && ../../$(BIN)/django-admin makemessages -l ru -l et -l hr -l sk --no-obsolete --ignore 'static/*'
	cd src/tactful && ../../$(BIN)/django-admin compilemessages

screenshots: $(STAMP) system-deps ## Refresh the screenshots in docs/screenshots
	TACTFUL_SCREENSHOTS=1 $(BIN)/pytest -m browser
