# The two commands a newcomer needs:  make run   and   make test
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test lint peers bench clean translations screenshots package openapi mutation

$(BIN)/.installed-run: pyproject.toml
	sh scripts/system-deps.sh run
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[desktop]'
	touch $@

$(BIN)/.installed-test: pyproject.toml
	sh scripts/system-deps.sh test
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@ $(BIN)/.installed-run

# Enketo's XPath evaluator for the differential tests (JavaRosa ships inside pyxform's wheel).
tests/peers/node_modules/.installed: tests/peers/package.json
	cd tests/peers && npm install --no-audit --no-fund --loglevel=error
	touch $@

run: $(BIN)/.installed-run
	$(BIN)/daftari

test: $(BIN)/.installed-test tests/peers/node_modules/.installed
	$(BIN)/lint-imports
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n 2 --dist worksteal $(PYTEST_ARGS)

# A one-folder desktop build (PyInstaller): build/dist/daftari/daftari; smoke test included.
package: $(BIN)/.installed-run
	$(BIN)/pip install -q "pyinstaller>=6.10"
	$(BIN)/pyinstaller packaging/daftari.spec --distpath build/dist --workpath build/work -y --log-level WARN
	rm -rf build/self-test && QT_QPA_PLATFORM=offscreen build/dist/daftari/daftari --home build/self-test --self-test

# The server's OpenAPI schema, published in docs/openapi.json.
openapi: $(BIN)/.installed-run
	$(BIN)/python scripts/openapi.py

# The main screens, rendered offscreen into docs/screenshots/ (all six interface languages).
screenshots: $(BIN)/.installed-run
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots_review.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots_keyed.py

# Interface strings: extract tr() texts into the Qt Linguist files, then compile them.
translations: $(BIN)/.installed-run
	cd desktop_app/ui && ../../$(BIN)/pyside6-lupdate -no-obsolete *.py -ts $(foreach l,sw so ar am fr,translations/daftari_$(l).ts)
	$(BIN)/pyside6-lrelease desktop_app/ui/translations/*.ts

peers: tests/peers/node_modules/.installed

bench: $(BIN)/.installed-test
	$(BIN)/python bench/form_engine.py
	$(BIN)/python bench/desktop.py
	$(BIN)/python bench/sync.py
	$(BIN)/python bench/openrosa_central.py

# Mutation testing of the modules that carry the promises (issue 24), not part of `make test`:
# per module, the mutants no test notices, in bench/'s style. Each module is mutated in a copy
# of the working tree (under DAFTARI_MUTATION_DIR, default /tmp/daftari-mutation); a rerun
# tests only what changed. Some modules only: make mutation MODULES=ingest,review
mutation: $(BIN)/.installed-test
	$(BIN)/pip install -q "mutmut==3.8.1"
	$(BIN)/python bench/mutation.py $(if $(MODULES),--modules $(MODULES)) $(MUTATION_ARGS)

clean:
	rm -rf $(VENV) tests/peers/node_modules build
