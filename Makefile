# pbgdpl — the README's set-up commands: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DEMO_DIR ?= .demo-data
export QT_QPA_PLATFORM ?= offscreen

.PHONY: install run test lint bench bench-record package schema translations clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --disable-pip-version-check -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP) translations

translations: $(STAMP)
	$(BIN)/python -m app.i18n_build

run: install
	@test -f $(DEMO_DIR)/pbgdpl.sqlite3 || $(BIN)/pbgdpl demo --data-dir $(DEMO_DIR)
	QT_QPA_PLATFORM= $(BIN)/pbgdpl --data-dir $(DEMO_DIR)

test: install lint
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/lint-imports

bench: install
	$(BIN)/python -m pytest tests/bench -q -s -p no:randomly

bench-record: install
	PBGDPL_BENCH_RECORD=1 $(BIN)/python -m pytest tests/bench -q -s

schema: $(STAMP)
	$(BIN)/python -c "from app.store.migrations import write_snapshot; print(write_snapshot())"

clean:
	rm -rf $(VENV) .pyi-work dist $(DEMO_DIR)
