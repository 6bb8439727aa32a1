# Two commands do all the set-up on a fresh machine (each installs what it needs):
#   make dataset   build the dataset from seeds/articles into output/
#   make check     lint (ruff), types (mypy) and tests (pytest)
PYTHON ?= python3
UV := .tools/bin/uv
VENV := .venv
INSTALLED := $(VENV)/.installed-stamp

.PHONY: dataset check test lint score bench clean

$(UV):
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet "uv==0.13.9"

$(INSTALLED): pyproject.toml uv.lock $(UV)
	$(UV) sync --frozen
	touch $@

dataset: $(INSTALLED)
	$(VENV)/bin/kazevents run --input seeds/articles --output output

lint: $(INSTALLED)
	$(VENV)/bin/ruff check flows models tests benchmarks
	$(VENV)/bin/ruff format --check flows models tests benchmarks
	$(VENV)/bin/mypy

test: $(INSTALLED)
	$(VENV)/bin/pytest

check: lint test

score: dataset
	$(VENV)/bin/python ../shared/eval/score.py --gold ../shared/gold/seeds.yaml --docs seeds/articles --dataset output

bench: $(INSTALLED)
	$(VENV)/bin/python benchmarks/bench_names.py

clean:
	rm -rf output .tools $(VENV)
