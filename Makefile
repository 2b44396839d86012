# Every target runs inside .venv, created by `make install`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= output/vanban.db
SHARED ?= ../shared

.PHONY: install system-packages demo serve test test-core lint eval bench clean

install: system-packages $(BIN)/vanban

# Debian packages listed in debian-packages.txt (OCR, legacy Word); skipped when present.
system-packages:
	@pkgs="$$(grep -v '^#' debian-packages.txt | xargs)"; \
	missing=""; for p in $$pkgs; do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing Debian packages:$$missing"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	fi

$(BIN)/vanban: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $@

# Ingest the bundled corpus, then show what is in the store and one search.
demo: install
	$(BIN)/vanban ingest corpus/seeds corpus/real corpus/tvpl --db $(DB)
	$(BIN)/vanban stats --db $(DB)
	$(BIN)/vanban search "ty so gioi tinh" --db $(DB)

# The store in a browser (Datasette with vanban's pages) on http://127.0.0.1:8001/
serve: install
	$(BIN)/vanban serve --db $(DB)

test: install
	$(BIN)/python -m pytest -q

# The core tests without the multi-second ones (processes, OCR, clusters).
test-core: install
	$(BIN)/python -m pytest -q -m "not slow"

lint: install
	$(BIN)/ruff check pipeline extractors tests tools
	$(BIN)/ruff format --check pipeline extractors tests tools

# dev, train and test side by side (tools/scoreboard.py; test misses are never listed).
eval: install
	$(BIN)/python -m tools.scoreboard --shared $(SHARED)

bench: install
	$(BIN)/python -m tools.bench

clean:
	rm -rf $(VENV) output/*.db output/*.db-wal output/*.db-shm *.egg-info
