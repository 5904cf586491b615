# Two commands do all the set-up: `make site` and `make test` (each creates .venv when missing).
PYTHON ?= python3
export NO_MKDOCS_2_WARNING := 1
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: site test serve ingest check bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

## ingest the bundled sample sources, then build the demo site into site/
site: $(STAMP)
	$(BIN)/briefings ingest sources --out content/briefings
	$(BIN)/mkdocs build --strict

## run the whole test suite
test: $(STAMP)
	$(BIN)/python -m pytest

## live preview on http://127.0.0.1:8000 (rebuilds on save; DIRTY=1: only what an edit touches)
serve: $(STAMP)
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 $(if $(DIRTY),--dirty)

ingest: $(STAMP)
	$(BIN)/briefings ingest sources --out content/briefings

check: $(STAMP)
	$(BIN)/briefings check content

clean:
	rm -rf site .briefings-cache
