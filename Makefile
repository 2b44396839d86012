# Every target runs inside .venv, created by `make install`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= output/vanban.db
SHARED ?= ../shared
GOLD   ?= $(SHARED)/eval/dev/gold
DOCS   ?= $(SHARED)/eval/dev/docs

.PHONY: install system-packages demo test eval bench clean

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
	$(BIN)/vanban ingest corpus --db $(DB)
	$(BIN)/vanban stats --db $(DB)
	$(BIN)/vanban search "ty so gioi tinh" --db $(DB)

test: install
	$(BIN)/python -m pytest -q

eval: install
	$(BIN)/vanban eval $(GOLD) $(DOCS)

bench: install
	$(BIN)/python -m tools.bench

clean:
	rm -rf $(VENV) output/*.db output/*.db-wal output/*.db-shm *.egg-info
