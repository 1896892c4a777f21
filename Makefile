# Dyad: `make run` opens the dashboard, `make test` runs every check.
PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DB_URL ?= sqlite:///data/dyad.db
PORT ?= 8501

.PHONY: install run demo test lint typecheck pytest bench eval learned tone-model clean

$(PY):
	@test -n "$(PYTHON)" || { echo "need python3.11 on PATH"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

data/dyad.db: | $(STAMP)
	DYAD_DB_URL=$(DB_URL) $(VENV)/bin/dyad demo

demo: $(STAMP)
	DYAD_DB_URL=$(DB_URL) $(VENV)/bin/dyad demo

run: $(STAMP) data/dyad.db
	DYAD_DB_URL=$(DB_URL) $(VENV)/bin/streamlit run app.py --server.port $(PORT) --server.headless true

lint: $(STAMP)
	$(VENV)/bin/ruff check app.py pipeline db pages tests

typecheck: $(STAMP)
	$(VENV)/bin/mypy

pytest: $(STAMP)
	$(VENV)/bin/pytest -q

test: lint typecheck pytest

bench: $(STAMP)
	mkdir -p .bench
	$(PY) tests/benchmarks/bench_ingest.py
	$(PY) tests/benchmarks/bench_import.py
	$(PY) tests/benchmarks/bench_pages.py
	$(PY) tests/benchmarks/run_eval.py

eval: $(STAMP)
	mkdir -p .bench
	$(PY) tests/benchmarks/run_eval.py

learned: $(STAMP)
	mkdir -p .bench
	$(PY) tests/benchmarks/learned_check.py

tone-model: $(STAMP)
	$(PY) tests/benchmarks/train_tone.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .bench
