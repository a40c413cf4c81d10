# Two commands do all set-up on a fresh machine with Python 3.11 and make:
#   make run    create .venv from requirements.lock, materialise every asset over NEWS_RAW_DIR, print a summary
#   make test   the whole test suite
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
export PYTHONPATH := $(CURDIR)
export DAGSTER_HOME ?= $(CURDIR)/.dagster_home
UI_HOST ?= 127.0.0.1
UI_PORT ?= 3000

.PHONY: run test ui bench reprocess summary score clean

$(INSTALLED): requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "Python 3.11 is required (found %d.%d); set PYTHON=/path/to/python3.11" % sys.version_info[:2])'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	touch $@

# Created once; an existing DAGSTER_HOME keeps its own dagster.yaml.
$(DAGSTER_HOME)/dagster.yaml:
	mkdir -p $(DAGSTER_HOME)
	cp dagster.yaml $@

run: $(INSTALLED) $(DAGSTER_HOME)/dagster.yaml
	$(BIN)/python -m assets.cli run

reprocess: $(INSTALLED) $(DAGSTER_HOME)/dagster.yaml
	$(BIN)/python -m assets.cli run --full-refresh

summary: $(INSTALLED)
	$(BIN)/python -m assets.cli summary

test: $(INSTALLED)
	$(BIN)/python -m pytest

ui: $(INSTALLED) $(DAGSTER_HOME)/dagster.yaml
	$(BIN)/dagster dev -w workspace.yaml -h $(UI_HOST) -p $(UI_PORT)

bench: $(INSTALLED)
	$(BIN)/python benchmarks/run_bench.py

# Runs the pipeline on the sample and the held-out devset and scores both against their gold files.
score: $(INSTALLED)
	$(BIN)/python evaluation/evaluate.py

clean:
	rm -rf data/outputs .dagster_home .pytest_cache
