# Every target runs inside .venv, created by `make install`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= output/vanban.db
SHARED ?= ../shared
GOLD   ?= $(SHARED)/eval/dev/gold
DOCS   ?= $(SHARED)/eval/dev/docs

.PHONY: install demo test eval bench clean

install: $(BIN)/vanban

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
	$(BIN)/python -m pipeline.bench

clean:
	rm -rf $(VENV) output/*.db output/*.db-wal output/*.db-shm *.egg-info
