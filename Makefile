# Two commands do all the set-up on a fresh machine (each installs what it needs):
#   make dataset   build the dataset from seeds/articles into output/
#   make check     lint (ruff), types (mypy) and tests (pytest)
# Add STANZA=1 to any target to install the optional stanza backend (and torch) too.
PYTHON ?= python3
UV := .tools/bin/uv
VENV := .venv
STANZA ?=
EXTRAS := $(if $(STANZA),--extra stanza)
FLAVOUR := $(if $(STANZA),-stanza)
# What building the dataset needs, and that plus the development tools; a stamp for each, per extras.
RUNTIME := $(VENV)/.installed-runtime$(FLAVOUR)
DEVELOPMENT := $(VENV)/.installed-dev$(FLAVOUR)

.PHONY: dataset check test lint score bench clean

$(UV):
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet "uv==0.13.9"

$(RUNTIME): pyproject.toml uv.lock $(UV)
	rm -f $(VENV)/.installed-*
	$(UV) sync --frozen --no-dev $(EXTRAS)
	touch $@

# The tests import the whole stack many times: bytecode compiled once at install keeps them fast even
# where Python is told not to write it as it imports (PYTHONDONTWRITEBYTECODE).
$(DEVELOPMENT): pyproject.toml uv.lock $(UV)
	rm -f $(VENV)/.installed-*
	$(UV) sync --frozen --compile-bytecode $(EXTRAS)
	touch $@ $(RUNTIME)

dataset: $(RUNTIME)
	$(VENV)/bin/kazevents run --input seeds/articles --output output

lint: $(DEVELOPMENT)
	$(VENV)/bin/ruff check flows models tests benchmarks
	$(VENV)/bin/ruff format --check flows models tests benchmarks
	$(VENV)/bin/mypy

test: $(DEVELOPMENT)
	$(VENV)/bin/pytest

check: lint test

score: dataset
	$(VENV)/bin/python ../shared/eval/score.py --gold ../shared/gold/seeds.yaml --docs seeds/articles --dataset output

bench: $(DEVELOPMENT)
	$(VENV)/bin/python benchmarks/bench_names.py

clean:
	rm -rf output .tools $(VENV)
