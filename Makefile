# Two commands: `make run` and `make test`. Both create .venv with the project when it is
# missing or older than pyproject.toml, then check Qt's system libraries (a one-line import
# probe; packaging/qt_system_libs.sh installs them as root on Debian/Ubuntu, or prints the
# `sudo apt-get install` line). `make bundle` / `make bundle-test`: the PyInstaller app.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
BUNDLE_STAMP := $(VENV)/.installed-bundle
# Debian/Ubuntu packages Qt needs: offscreen (tests), real windows (xcb), Xvfb for screenshots.
QT_PACKAGES := make libegl1 libgl1 libxkbcommon0 libfontconfig1 fonts-dejavu-core libdbus-1-3 \
  libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 \
  libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 xvfb xauth
QT_PROBE := $(BIN)/python -c "from PySide6 import QtGui, QtWidgets, QtSvg, QtPrintSupport"

.PHONY: run test qt-libs lint format screenshots benchmarks translations bundle bundle-test clean

$(STAMP): pyproject.toml
	@echo "==> .venv: Python environment with goedwerk[test]"
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --upgrade pip
	@$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

qt-libs: $(STAMP)
	@$(QT_PROBE) 2>/dev/null || { packaging/qt_system_libs.sh $(QT_PACKAGES) && $(QT_PROBE); }
	@echo "==> Qt system libraries: present"

translations: $(STAMP)
	@$(BIN)/python packaging/build_translations.py
	@$(BIN)/python packaging/core_messages.py
	@echo "==> translations: built"

run: qt-libs translations
	@echo "==> starting Goed Werk"
	@$(BIN)/goedwerk

test: qt-libs translations
	@echo "==> tests (offscreen)"
	@QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

$(BUNDLE_STAMP): $(STAMP)
	@echo "==> .venv: PyInstaller (goedwerk[bundle])"
	@$(BIN)/python -m pip install --quiet -e '.[test,bundle]'
	@touch $(BUNDLE_STAMP)

# dist/goedwerk/ (one folder) and dist/goedwerk-VERSION-linux-x86_64.tar.gz
bundle: qt-libs translations $(BUNDLE_STAMP)
	@$(BIN)/python packaging/build_bundle.py

# Build the bundle, then run its self-test and a few of its commands (offscreen).
bundle-test: bundle
	@packaging/bundle_test.sh dist/goedwerk/goedwerk

lint: $(STAMP)
	$(BIN)/ruff check app tests benchmarks packaging
	$(BIN)/ruff format --check app tests benchmarks packaging
	$(BIN)/lint-imports

format: $(STAMP)
	$(BIN)/ruff format app tests benchmarks packaging
	$(BIN)/ruff check --fix app tests benchmarks packaging

# Dutch light into docs/screenshots (the README's), the other three next to it in dark/, en/, en-dark/.
SHOTS := nl:light:docs/screenshots nl:dark:docs/screenshots/dark en:light:docs/screenshots/en en:dark:docs/screenshots/en-dark

screenshots: qt-libs translations
	@for shot in $(SHOTS); do \
	  lang=$${shot%%:*}; rest=$${shot#*:}; theme=$${rest%%:*}; out=$${rest#*:}; \
	  opts="--language $$lang --theme $$theme"; \
	  xvfb-run -a -s "-screen 0 1600x1000x24" $(BIN)/python packaging/screenshots.py $$out $$opts || exit 1; \
	  xvfb-run -a -s "-screen 0 1920x1080x24 -screen 1 1920x1080x24" \
	    $(BIN)/python packaging/workshop_screenshots.py $$out $$opts || exit 1; \
	  xvfb-run -a -s "-screen 0 1600x1000x24" $(BIN)/python packaging/reflection_screenshots.py $$out $$opts || exit 1; \
	done
	xvfb-run -a -s "-screen 0 1920x1080x24" $(BIN)/python packaging/room_screenshots.py docs/screenshots
	xvfb-run -a -s "-screen 0 1600x1000x24" $(BIN)/python packaging/preparation_screenshots.py docs/screenshots

benchmarks: qt-libs translations
	$(BIN)/python benchmarks/search.py
	$(BIN)/python benchmarks/startup.py
	$(BIN)/python benchmarks/export.py

clean:
	rm -rf $(VENV) .pytest_cache build dist *.egg-info app/*.egg-info
