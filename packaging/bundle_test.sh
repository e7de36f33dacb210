#!/bin/sh
# `make bundle-test`: run the built bundle as a user would, offscreen, in throw-away folders:
# its self-test, then `check`, `search` and `pack export` through the bundle's own executable.
set -eu
exe=${1:-dist/goedwerk/goedwerk}
budget_mb=150
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen GOEDWERK_DATA_DIR="$work/data"

step() { echo "==> bundle-test: $*"; }

step "size"
mb=$(( $(du -sb --apparent-size "$(dirname "$exe")" | cut -f1) / 1000000 ))
echo "$(dirname "$exe"): $mb MB unpacked (10^6 bytes; budget $budget_mb MB)"
[ "$mb" -le "$budget_mb" ] || { echo "bundle over budget" >&2; exit 1; }

step "self-test"
"$exe" self-test

step "check (the bundled library)"
"$exe" check

step "search"
"$exe" search "salamander" --kind story --limit 3 | tee "$work/search.txt"
grep -q "negentien-salamanders" "$work/search.txt"
"$exe" search "woo" --json --limit 3 > "$work/search.json"
grep -q '"id"' "$work/search.json"

step "a first build of 1,200 stories (parsed in two spawned processes, indexed in two sub-writers)"
"${VENV_PYTHON:-.venv/bin/python}" - "$work/big" <<'PY'
import random, sys
from pathlib import Path
sys.path[:0] = ["app", "benchmarks"]
import search_corpus as corpus
rng = random.Random(7)
corpus.write_library(Path(sys.argv[1]), 1200, rng, corpus.build_word_list(rng))
PY
GOEDWERK_DATA_DIR="$work/big-data" "$exe" reindex -v --library "$work/big" 2> "$work/big.err"
segments=$(find "$work/big-data" -name '*.trm' | wc -l)  # one per sub-writer
if [ "$segments" -lt 2 ] || grep -q "parallel build failed\|parsing in-process" "$work/big.err" \
  || ! grep -q "files parsed in 2 processes" "$work/big.err"; then
  cat "$work/big.err" >&2
  echo "the index was not built by the sub-writers ($segments segments)" >&2
  exit 1
fi
GOEDWERK_DATA_DIR="$work/big-data" "$exe" search "gesprek" --library "$work/big" --json --limit 3 | grep -q '"id"'

step "pack import, list, export"
cat > "$work/sessie.pack.yaml" <<'YAML'
title: Bundeltest
date: 2026-12-01
start: "13:30"
blocks:
  - title: Verhaal lezen
    minutes: 20
    kind: story
    items: [story:negentien-salamanders]
  - title: Waarden
    minutes: 10
    kind: values
    items: [value:openheid]
YAML
id=$("$exe" pack import "$work/sessie.pack.yaml")
"$exe" pack list | grep -q "Bundeltest"
"$exe" pack export "$id" --pdf "$work/sessie.pdf" --paper a4
head -c 5 "$work/sessie.pdf" | grep -q "%PDF-"

step "no arguments opens the window (still running after 5 s, then stopped)"
rc=0
timeout 5 "$exe" 2> "$work/gui.err" || rc=$?
if [ "$rc" -ne 124 ]; then
  cat "$work/gui.err" >&2
  echo "the window did not stay open (exit code $rc)" >&2
  exit 1
fi

if command -v git >/dev/null 2>&1 && ! git diff --quiet -- THIRD_PARTY.md 2>/dev/null; then
  echo "==> bundle-test: note: THIRD_PARTY.md changed with this build (dependencies moved); commit it"
fi
echo "==> bundle-test: passed"
