# make run   — install, migrate, load the sample articles, print an admin login, serve 127.0.0.1:8000
# make test  — install and run the test suite
# make eval  — score the extractor on ../shared/eval/dev (make eval-heldout: on eval/heldout)
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
EVAL_DIR ?= ../shared/eval
HOST ?= 127.0.0.1:8000

.PHONY: install install-dev run test eval eval-tune eval-check eval-heldout worker browser clean

$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.txt
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py collectstatic --noinput --verbosity 0
	$(PY) manage.py load_samples
	$(PY) manage.py ensure_admin
	$(PY) manage.py runserver $(HOST)

# Debian's chromium drives the browser tests (Playwright cannot download its own browser here).
browser:
	@test -x /usr/bin/chromium || { if [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else echo "chromium missing: apt-get install chromium (browser tests will be skipped)"; fi; }

test: install-dev browser
	$(PY) -m pytest $(PYTEST_ARGS)

eval: install
	@test -d $(EVAL_DIR)/dev || { echo "no $(EVAL_DIR)/dev here"; exit 1; }
	$(PY) manage.py extract $(EVAL_DIR)/dev/corpus > pred.jsonl
	$(PY) $(EVAL_DIR)/score.py $(EVAL_DIR)/dev/gold pred.jsonl --ids <(echo seed-cavusoglu-blinken) | sed 's/^/seed: /' | tail -3
	$(PY) $(EVAL_DIR)/score.py $(EVAL_DIR)/dev/gold pred.jsonl

# The two tuning sets of our own (eval/tune, eval/tune2: real texts with hand-made gold, free to tune on).
eval-tune: install
	@for set in tune tune2; do \
		$(PY) manage.py extract eval/$$set/corpus > pred-$$set.jsonl && \
		echo "eval/$$set: $$($(PY) $(EVAL_DIR)/score.py eval/$$set/gold pred-$$set.jsonl | tail -1)"; \
	done

# Real texts annotated blind and never tuned on (eval/check/README.md): score once per release.
eval-check: install
	$(PY) manage.py extract eval/check/corpus > pred-check.jsonl
	$(PY) $(EVAL_DIR)/score.py eval/check/gold pred-check.jsonl

# Real texts the extractor was never tuned on (eval/heldout/README.md): a check for overfitting.
eval-heldout: install
	$(PY) manage.py extract eval/heldout/corpus > pred-heldout.jsonl
	$(PY) $(EVAL_DIR)/score.py eval/heldout/gold pred-heldout.jsonl

worker: install
	$(VENV)/bin/celery -A diplomacy worker --loglevel=INFO --concurrency=2

clean:
	rm -rf $(VENV) staticfiles db.sqlite3 pred*.jsonl test-artifacts
