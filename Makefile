# Mini Reasoning LLM — every entry point. `make run` and `make test` set everything up themselves.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
PORT ?= 8000
HOST ?= 127.0.0.1
WORKERS ?= 1

BACKEND := backend
FRONTEND := frontend
VENV := $(BACKEND)/.venv
PY := $(VENV)/bin/python
RUNTIME_STAMP := $(VENV)/.installed-runtime
DEV_STAMP := $(VENV)/.installed-dev
DEPLOY_STAMP := $(VENV)/.installed-deploy
NODE_STAMP := $(FRONTEND)/node_modules/.installed
DIST_INDEX := $(FRONTEND)/dist/index.html
FRONTEND_SOURCES := $(shell find $(FRONTEND)/src $(FRONTEND)/public $(FRONTEND)/index.html $(FRONTEND)/vite.config.ts $(FRONTEND)/package.json -type f 2>/dev/null)

.PHONY: help run test lint eval bench bench-smoke train build backend-test frontend-test e2e deploy-test clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

# ---- set-up -------------------------------------------------------------------------------------------
$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else "Python 3.10+ is required (set PYTHON=python3.x)")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(RUNTIME_STAMP): $(BACKEND)/requirements.txt $(BACKEND)/requirements-serve.txt | $(PY)
	$(PY) -m pip install --quiet -r $(BACKEND)/requirements.txt
	@touch $@

$(DEV_STAMP): $(BACKEND)/requirements.txt $(BACKEND)/requirements-serve.txt $(BACKEND)/requirements-dev.txt | $(PY)
	$(PY) -m pip install --quiet -r $(BACKEND)/requirements-dev.txt
	@touch $@ $(RUNTIME_STAMP)

$(DEPLOY_STAMP): $(DEV_STAMP) $(BACKEND)/deploy/requirements.txt
	$(PY) -m pip install --quiet -r $(BACKEND)/deploy/requirements.txt
	@touch $@

# Node's floor (frontend/package.json engines): Playwright loads its TypeScript config through module.register
# (18.19+, 20.6+); ESLint 9 needs 18.18+ or 20.9+.
$(NODE_STAMP): $(FRONTEND)/package.json $(FRONTEND)/package-lock.json
	@command -v node >/dev/null && command -v npm >/dev/null || { echo "Node.js 18.19+ and npm are required for the frontend"; exit 1; }
	@node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 9) || (a === 18 && b >= 19) ? 0 : 1)' \
		|| { echo "Node.js 18.19+, 20.9+ or 22+ is required for the frontend (found $$(node --version))"; exit 1; }
	cd $(FRONTEND) && npm ci --no-audit --no-fund
	@touch $@

$(DIST_INDEX): $(NODE_STAMP) $(FRONTEND_SOURCES)
	cd $(FRONTEND) && npm run build

build: $(DIST_INDEX) ## Build the SPA into frontend/dist

# ---- the two commands ---------------------------------------------------------------------------------
# asyncio's own event loop, not uvloop: the same throughput at c=16 and 64, and a p99 of ~30 ms instead of
# ~400 ms at c=64 once the worker is saturated (README, Performance). Its HTTP protocol is uvicorn's httptools
# one with TCP_NODELAY on every connection, which uvicorn leaves off with --workers N (app/http_protocol.py).
# The tests and the bench start uvicorn with these same options.
# The app's bytecode is written first (quick when it is current): where PYTHONDONTWRITEBYTECODE is set, every
# start would compile each module again (about 50 ms of a 0.7 s start).
run: $(RUNTIME_STAMP) $(DIST_INDEX) ## Set up and serve the whole app on http://localhost:$(PORT)
	cd $(BACKEND) && .venv/bin/python -m compileall -q app && exec .venv/bin/python -m uvicorn app.main:app --host $(HOST) --port $(PORT) --workers $(WORKERS) \
		--loop asyncio --http app.http_protocol:HttpToolsProtocolNoDelay \
		--no-server-header --no-access-log --timeout-graceful-shutdown 20

test: lint backend-test frontend-test e2e bench-smoke ## Set up and run every test (lint, backend, frontend, browser)

# ---- pieces -------------------------------------------------------------------------------------------
lint: $(DEV_STAMP) $(NODE_STAMP) ## ruff + mypy on the backend; ESLint, tsc and the generated API types/fixtures on the frontend
	cd $(BACKEND) && .venv/bin/ruff check . && .venv/bin/ruff format --check . && .venv/bin/mypy
	cd $(FRONTEND) && npm run lint && npm run typecheck && npm run check:generated

backend-test: $(DEV_STAMP) ## pytest: API, service, skills, model, evaluation thresholds, hostile input
	cd $(BACKEND) && .venv/bin/python -m pytest -q

frontend-test: $(NODE_STAMP) ## Vitest component tests and the bundle budget
	cd $(FRONTEND) && npm test

e2e: $(DEV_STAMP) $(NODE_STAMP) ## Browser tests (Playwright, Debian's Chromium): the built SPA against the real backend
	cd $(FRONTEND) && npx playwright test

train: $(RUNTIME_STAMP) ## Train the classifier now; write MODEL_WEIGHTS_PATH and its NumPy export beside it
	cd $(BACKEND) && .venv/bin/python -m app.train

eval: $(DEV_STAMP) ## Evaluate on the held-out set, beside the TF-IDF baseline; writes backend/reports/eval.json
	cd $(BACKEND) && .venv/bin/python -m devtools.evaluate

bench: $(DEV_STAMP) ## Full benchmark (about 4 to 5 minutes); writes backend/reports/bench.json
	cd $(BACKEND) && .venv/bin/python -m bench

bench-smoke: $(DEV_STAMP) ## A seconds-long run of the benchmark: it runs and writes its JSON
	cd $(BACKEND) && .venv/bin/python -m bench --smoke

# Needs root and Docker (Debian: apt-get install docker.io docker-compose debootstrap wrk); .ci/run installs them.
deploy-test: $(DEPLOY_STAMP) $(DIST_INDEX) ## Build the image and run it: one container, compose replicas behind nginx, k8s manifests
	cd $(BACKEND) && .venv/bin/python -m deploy.tests.deploy_test

clean: ## Remove the venv, node_modules, builds, artifacts and reports
	rm -rf $(VENV) $(FRONTEND)/node_modules $(FRONTEND)/dist $(BACKEND)/reports
	find $(BACKEND)/app/ml/artifacts -name '*.pt*' -delete
