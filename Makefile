# Two commands: `make run` and `make test`. Both create .venv with the project when it is
# missing or older than pyproject.toml.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint format screenshots benchmarks translations clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

translations: $(STAMP)
	$(BIN)/python packaging/build_translations.py
	$(BIN)/python packaging/core_messages.py

run: $(STAMP) translations
	$(BIN)/goedwerk

test: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check app tests benchmarks packaging
	$(BIN)/ruff format --check app tests benchmarks packaging
	$(BIN)/lint-imports

format: $(STAMP)
	$(BIN)/ruff format app tests benchmarks packaging
	$(BIN)/ruff check --fix app tests benchmarks packaging

screenshots: $(STAMP) translations
	xvfb-run -a -s "-screen 0 1600x1000x24" $(BIN)/python packaging/screenshots.py docs/screenshots
	xvfb-run -a -s "-screen 0 1600x1000x24" $(BIN)/python packaging/preparation_screenshots.py docs/screenshots
	xvfb-run -a -s "-screen 0 1920x1080x24 -screen 1 1920x1080x24" $(BIN)/python packaging/workshop_screenshots.py docs/screenshots
	xvfb-run -a -s "-screen 0 1600x1000x24" $(BIN)/python packaging/reflection_screenshots.py docs/screenshots

benchmarks: $(STAMP) translations
	$(BIN)/python benchmarks/search.py
	$(BIN)/python benchmarks/startup.py
	$(BIN)/python benchmarks/export.py

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info app/*.egg-info
