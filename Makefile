# Two commands on a fresh clone: `make run` and `make test`. Both create .venv when missing.
# The other targets are shortcuts for everyday commands (they create .venv too):
#   make chat                 the terminal chat
#   make ask Q="question"     one answer as plain text
#   make kb-check             validate knowledge/ (also kb-stats, kb-gaps, kb-feedback)
# `summitbot` itself lives in .venv/bin: call .venv/bin/summitbot, or `source .venv/bin/activate`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck pytest chat ask kb-check kb-stats kb-gaps kb-feedback \
	bench bench-scale bench-soak clean

# Q quoted for the shell: single quotes, with each ' inside written as '\''.
quote = '$(subst ','\'',$(1))'


$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/summitbot

chat: $(STAMP)
	$(BIN)/summitbot chat

ask: $(STAMP)
	@test -n $(call quote,$(value Q)) || { echo 'usage: make ask Q="your question"' >&2; exit 2; }
	$(BIN)/summitbot ask -- $(call quote,$(value Q))

kb-check: $(STAMP)
	$(BIN)/summitbot kb check

kb-stats: $(STAMP)
	$(BIN)/summitbot kb stats

kb-gaps: $(STAMP)
	$(BIN)/summitbot kb gaps

kb-feedback: $(STAMP)
	$(BIN)/summitbot kb feedback

lint: $(STAMP)
	$(BIN)/ruff check bot handlers tests bench docker
	$(BIN)/ruff format --check bot handlers tests bench docker
	$(BIN)/hadolint Dockerfile

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest

test: lint typecheck pytest

# Benchmarks (not part of `make test`): the quality/speed comparison and the scale runs.
bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	$(BIN)/python -m bench.run

bench-scale: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	$(BIN)/python -m bench.scale

bench-soak: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	$(BIN)/python -m bench.soak --updates 100000

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
