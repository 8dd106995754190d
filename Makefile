# The two commands of the README:
#   make serve   build datasets, pages and site from reports/, preview on http://127.0.0.1:8000
#   make test    run the whole test suite
# Both create the virtual environment .venv/ and install what they need first.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: serve site build test install install-test clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .

install-test: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,dask]'

build: install
	$(BIN)/python build.py

site: install
	$(BIN)/python build.py site

serve: install
	$(BIN)/python build.py serve

test: install-test
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) site docs/index.md docs/datasets.md docs/matrix.md docs/quality.md docs/explore.md docs/feed.xml docs/reports docs/indicators docs/data
