# ficlens — the two quick-start commands are `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
EXTRAS ?= dev
TEST_EXTRAS ?= dev,ray,train,mobi

.PHONY: demo test install install-test browser calibre lint typecheck pytest bench eval schema clean

$(BIN)/python:
	$(PYTHON) -c 'import sys; assert sys.version_info[:2] >= (3, 11), "ficlens needs Python 3.11+"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-$(EXTRAS): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e ".[$(EXTRAS)]"
	touch $@

install: $(VENV)/.installed-$(EXTRAS)

install-test: $(BIN)/python pyproject.toml
	@[ -f $(VENV)/.installed-test ] && [ $(VENV)/.installed-test -nt pyproject.toml ] || \
	  ( $(BIN)/python -m pip install --quiet -e ".[$(TEST_EXTRAS)]" && touch $(VENV)/.installed-test )

# A Debian package for tests that drive a real program, when its command is missing: $(1) command, $(2) package,
# $(3) the tests skipped without it, $(4) apt-get options. Installed as root (or with sudo); elsewhere those tests are skipped.
define apt_install
	@command -v $(1) >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(4) $(2) >/dev/null; \
	  elif command -v sudo >/dev/null 2>&1; then sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(4) $(2) >/dev/null; \
	  else echo "warning: $(2) is not installed; $(3) will be skipped" >&2; fi; }
endef

# Debian's chromium for the end-to-end web tests (Playwright drives /usr/bin/chromium; it downloads nothing).
browser:
	$(call apt_install,chromium,chromium,browser tests)

# Debian's calibre (~104 MB download, ~1.5 min) so that `ficlens calibre sync` is tested against the real calibredb.
calibre:
	$(call apt_install,calibredb,calibre,the calibredb tests,--no-install-recommends)

demo: install
	$(BIN)/ficlens analyze examples/
	@echo
	@echo "Enter the environment with:  source $(VENV)/bin/activate"

lint:
	$(BIN)/ruff check $(wildcard src tests scripts bench eval)

typecheck:
	$(BIN)/mypy

pytest:
	$(BIN)/pytest -q

test: install-test browser calibre lint typecheck pytest

bench: install
	$(BIN)/python scripts/run_each.py bench

eval: $(BIN)/python
	$(MAKE) install EXTRAS=dev,train
	$(BIN)/python scripts/run_each.py eval

schema: install
	$(BIN)/python scripts/make_schema.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .mypy_cache .ruff_cache .pytest_cache test-artifacts
