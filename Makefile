# pbgdpl — the README's set-up commands: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DEMO_DIR ?= .demo-data
export QT_QPA_PLATFORM ?= offscreen

.PHONY: install run test lint bench bench-peers bench-record package smoke schema translations clean fuzz reliability

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

# Hostile and damaged input (tests/fuzzing.py): 10,000 bundles and 10,000 spreadsheets; `make test` runs a short
# version of both. Every case must end in success or a stable error code (docs/reliability.md).
FUZZ_N ?= 10000
fuzz: install
	PBGDPL_FUZZ_BUNDLES=$(FUZZ_N) PBGDPL_FUZZ_SHEETS=$(FUZZ_N) $(BIN)/python -m pytest -q -s -p no:randomly \
		tests/unit/sync/test_fuzz_bundles.py tests/unit/services/test_fuzz_sheets.py

# Crash safety: the program killed with SIGKILL >= 100 times over saves, spreadsheet imports, bundle imports
# and exports (tests/reliability; PBGDPL_KILLS per scenario, default 25).
reliability: install
	$(BIN)/python -m pytest -q -s -p no:randomly tests/reliability

lint: $(STAMP)
	$(BIN)/lint-imports

bench: install
	$(BIN)/python -m pytest tests/bench -q -s -p no:randomly

# The peers' comparison (tools/peers/README.md): the bare floor, Anki's package import (its own venv, made here
# once from PyPI: pip's network is needed only for that) and pbgdpl's import and export, at 10,000 and 100,000.
PEERS_VENV ?= .peers/venv-anki
ANKI_REQ ?= anki==26.9.3

$(PEERS_VENV)/bin/python:
	$(PY) -m venv $(PEERS_VENV)
	$(PEERS_VENV)/bin/pip install --disable-pip-version-check -q "$(ANKI_REQ)"

bench-peers: install $(PEERS_VENV)/bin/python
	PBGDPL_PEERS_VENV=$(PEERS_VENV) PBGDPL_BENCH_PEERS_N="$${PBGDPL_BENCH_PEERS_N:-10000 100000}" \
	  $(BIN)/python -m pytest tests/bench/test_bench_peers.py -q -s -p no:randomly

bench-record: install package
	PBGDPL_BENCH_RECORD=1 $(BIN)/python -m pytest tests/bench -q -s

# Packaging (docs/packaging.md): one-folder PyInstaller build in dist/pbgdpl (work folder .pyi-work), its
# .tar.gz, and the size budget. `make smoke` runs the built program's --smoke-test offscreen (and under Xvfb
# when xvfb-run is there) and fails on a non-zero exit or any traceback / Qt warning in its output.
FROZEN := dist/pbgdpl/pbgdpl
SMOKE_LOG := .pyi-work/smoke.log
SMOKE_BAD := Traceback|Qt warning|^qt\.|QObject::|QWidget::|QPainter::|QFont|[Ww]arning:|FAILED|Error:

package: install
	$(BIN)/python -m pytest tests/packaging -q -p no:randomly
	$(BIN)/python build/build.py

smoke:
	@test -x $(FROZEN) || { echo "smoke: $(FROZEN) is missing; run 'make package' first" >&2; exit 1; }
	@mkdir -p .pyi-work
	@status=0; QT_QPA_PLATFORM=offscreen $(FROZEN) --smoke-test > $(SMOKE_LOG) 2>&1 || status=$$?; \
	 if command -v xvfb-run >/dev/null 2>&1; then \
	   echo "--- xcb under Xvfb ---" >> $(SMOKE_LOG); \
	   QT_QPA_PLATFORM=xcb xvfb-run -a $(FROZEN) --smoke-test >> $(SMOKE_LOG) 2>&1 || status=$$?; \
	 fi; \
	 cat $(SMOKE_LOG); \
	 if [ $$status -ne 0 ]; then echo "smoke: the built program failed its smoke test (exit $$status)" >&2; exit 1; fi; \
	 if grep -nE '$(SMOKE_BAD)' $(SMOKE_LOG) >&2; then echo "smoke: traceback or Qt warning in the output above" >&2; exit 1; fi; \
	 echo "smoke: OK"

schema: $(STAMP)
	$(BIN)/python -c "from app.store.migrations import write_snapshot; print(write_snapshot())"

clean:
	rm -rf $(VENV) .pyi-work dist $(DEMO_DIR)
