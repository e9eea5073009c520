# Two commands do all the set-up on a fresh clone: `make demo` and `make test`.
# Each creates .venv with the first python3 on PATH and installs the project into it.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test lint typecheck pytest docs package clean fuzz

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

## demo: parse the bundled seed articles and print their records
demo: $(VENV)/.installed
	$(BIN)/kzjustice parse seeds/ --format table

## test: the whole check, exactly as CI runs it
test: lint typecheck pytest docs package

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(VENV)/.installed
	$(BIN)/mypy

pytest: $(VENV)/.installed
	$(BIN)/pytest

## docs: build the documentation site into build/site; any warning fails
docs: $(VENV)/.installed
	$(BIN)/mkdocs build --strict --quiet --site-dir build/site

clean:
	rm -rf $(VENV) build dist .mypy_cache .pytest_cache .ruff_cache .hypothesis fuzz/corpus-work

## fuzz: feed libFuzzer mutations of the seeds to every parser for FUZZ_SECONDS (not in `test`)
FUZZ_SECONDS ?= 600
fuzz: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[dev,fuzz]'
	$(BIN)/python fuzz/corpus.py fuzz/corpus-work
	mkdir -p fuzz/findings
	$(BIN)/python fuzz/fuzz_kzjustice.py fuzz/corpus-work -max_total_time=$(FUZZ_SECONDS) \
		-timeout=10 -rss_limit_mb=2048 -artifact_prefix=fuzz/findings/ -print_final_stats=1

## package: build the sdist and wheel, check them, and install the wheel in a clean venv
package: $(VENV)/.installed
	rm -rf dist build/wheel-venv
	$(BIN)/python -m build --outdir dist . > /dev/null
	$(BIN)/twine check --strict dist/*
	$(BIN)/python -m zipfile -l dist/*.whl > build/wheel-files.txt
	grep -q 'kzjustice/py.typed' build/wheel-files.txt
	grep -q 'kzjustice/data/charges.csv' build/wheel-files.txt
	grep -q 'kzjustice/data/en/person_nouns.txt' build/wheel-files.txt
	grep -q 'kzjustice/data/ru/person_nouns.txt' build/wheel-files.txt
	$(PYTHON) -m venv build/wheel-venv
	build/wheel-venv/bin/python -m pip install --quiet dist/*.whl
	cd build && wheel-venv/bin/python -c "import kzjustice, sys; \
		expected = sys.argv[1].split('-')[1]; \
		assert kzjustice.__version__ == expected, (kzjustice.__version__, expected)" \
		$$(basename ../dist/*.whl)
	build/wheel-venv/bin/kzjustice parse seeds/000_c422caf946a911a1.txt > /dev/null
	# the core install stays attrs, cattrs, regex and python-dateutil: the extras are optional
	build/wheel-venv/bin/python -c "import importlib.util as u; \
		assert not any(u.find_spec(m) for m in ('followthemoney', 'anyascii', 'dask', 'pyarrow'))"
	build/wheel-venv/bin/kzjustice parse seeds/ --format sqlite --output build/seeds.db 2> /dev/null
