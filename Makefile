# The estate's tasks. `make` synthesizes every stack; `make test` runs every
# check CI runs. Each target installs what it needs (npm ci, Go modules).

SHELL := /bin/bash
.DEFAULT_GOAL := synth

# No update checks or telemetry from cdktf/Terraform.
export CHECKPOINT_DISABLE := 1
export TF_IN_AUTOMATION := 1
# The project's Terraform CLI configuration (written by `terraformrc`): a
# local provider mirror when there is one, the registry otherwise.
export TF_CLI_CONFIG_FILE := $(CURDIR)/.terraform.d/terraformrc

CDKTF := node_modules/.bin/cdktf
# The deploy tool (tools/estate), built rather than `go run`, which would
# turn its exit status 2 (drift) into 1.
ESTATE := bin/estate
# Tools built once per machine and version, shared by every clone
# (internal/layout.ToolsCache says the same).
TOOLS_CACHE := $(or $(XDG_CACHE_HOME),$(HOME)/.cache)/estate
# trivy, the security scanner of the tests, built from the Go module proxy
# (go install of it is refused: its go.mod has replace directives; it needs
# encoding/json/v2, hence GOEXPERIMENT=jsonv2).
TRIVY_VERSION := v0.67.2
TRIVY := $(TOOLS_CACHE)/trivy-$(TRIVY_VERSION)
# actionlint, the linter of the GitHub workflows, likewise from the Go module
# proxy, once per machine.
ACTIONLINT_VERSION := v1.7.12
ACTIONLINT := $(TOOLS_CACHE)/actionlint-$(ACTIONLINT_VERSION)/actionlint
# Node 22 for the jsii runtime behind the Go bindings, in a package folder
# of its own (tools/jsii-node/package.json says why).
JSII_NODE_STAMP := tools/jsii-node/node_modules/.package-lock.json
# The environment make up deploys; TARGET=aws deploys to AWS instead of the
# local emulator; ALLOW_DESTROY=<env> lifts an environment's data protection.
ENV ?= dev
export TARGET ALLOW_DESTROY
# ./... skips folders starting with _ (go.mod ignores node_modules): the
# test folders are named.
E2E_PACKAGE := ./__tests__/e2e
GO_PACKAGES := ./... ./__tests__ ./__tests__/examples ./__tests__/corpus $(E2E_PACKAGE)

.PHONY: synth diagram up down plan unlock drift emulator emulator-stop parity trivy estate test e2e golden bench provider prerequisites deps terraformrc clean help

## synth: synthesize the network stack and every app-<env> stack into cdktf.out/
synth: deps terraformrc
	$(CDKTF) synth

## up: deploy network and app-<ENV> (default dev) with the cdktf CLI (local emulator unless TARGET=aws), print the outputs
up: deps terraformrc estate
	$(ESTATE) up -env "$(ENV)"

## down: destroy the local deployment and stop the emulator (protected data: ALLOW_DESTROY=<env>)
down: deps terraformrc estate
	$(ESTATE) down

## plan: the plan (cdktf diff) of network and app-<ENV> (default dev) against the target, one stack at a time (local: the running emulator)
plan: deps terraformrc estate
	$(ESTATE) plan -env "$(ENV)"

## unlock: release the state lock a killed deploy left: make unlock STACK=app-dev (refused while its holder runs here; FORCE=1 for a lock that names another machine)
unlock: deps terraformrc estate
	$(ESTATE) unlock -stack "$(STACK)" $(if $(FORCE),-force)

## emulator: start the local AWS emulator (moto) and print the shell settings that point the aws CLI at it, in ENV's region (default dev)
emulator: estate
	@$(ESTATE) emulator -env "$(ENV)" start

## emulator-stop: stop the local emulator (it forgets everything; the local state is reset)
emulator-stop: estate
	@$(ESTATE) emulator stop

## drift: refresh-only plan of network and app-<ENV> against the target (JSON=1: as JSON); bin/estate drift exits 0 no drift, 2 drift, 1 error
drift: deps terraformrc estate
	@$(ESTATE) drift -env "$(ENV)" $(if $(JSON),-json)

## diagram: draw the synthesized stacks as a Mermaid diagram into README.md (a test fails when it is stale)
diagram: synth
	@go run ./tools/diagram

## parity: every setting of every environment side by side; fails on a difference envs/_parity.yaml does not allow (JSON=1: as JSON)
parity: estate
	@$(ESTATE) parity $(if $(JSON),-json)

# -trimpath like the app's `go run` (cdktf.json): one build of the standard
# library serves all three.
estate:
	@go build -trimpath -o $(ESTATE) ./tools/estate

## test: formatting, vet, unit and golden tests, offline terraform validate, CLI checks, guardrails, end-to-end deploys and drift on the emulator, the trivy scan
test: deps terraformrc $(TRIVY) $(ACTIONLINT)
	$(ACTIONLINT) -no-color -oneline
	@# third_party/ is generated code kept byte for byte (its manifest test checks it), not ours to format.
	@unformatted="$$(gofmt -l $$(git ls-files '*.go' ':!:third_party' 2>/dev/null || find . -name '*.go' -not -path './node_modules/*' -not -path './third_party/*'))"; \
	  if [ -n "$$unformatted" ]; then echo "gofmt would change: $$unformatted (run gofmt -w)"; exit 1; fi
	go vet $(GO_PACKAGES)
	go test -count=1 -timeout 30m $(filter-out $(E2E_PACKAGE),$(GO_PACKAGES))
	@# The deploys after the rest, not beside the corpus's syntheses: on 2
	@# cores each slowed the other (the end-to-end package took 879 s beside
	@# them, 585 s alone), and -parallel lets every deployment start at once.
	go test -count=1 -timeout 30m -parallel 6 $(E2E_PACKAGE)

$(ACTIONLINT):
	GOBIN=$(dir $(ACTIONLINT)) go install github.com/rhysd/actionlint/cmd/actionlint@$(ACTIONLINT_VERSION)

## e2e: only the end-to-end deploys to the local emulator (verbose, with timings)
e2e: deps terraformrc $(TRIVY)
	go test -count=1 -timeout 30m -parallel 6 -v $(E2E_PACKAGE)

## golden: rewrite __tests__/testdata from the current code (review the diff!)
golden: deps
	go test -count=1 ./__tests__ -run 'TestGolden$$' -update
	@git diff --stat -- __tests__/testdata 2>/dev/null || true

## bench: synthesis time and memory against the cdktf-only floor and the prebuilt provider (SHORT=1: without the prebuilt path)
bench: deps
	go run ./tools/bench -n 5 $(if $(SHORT),-short)

## provider: regenerate third_party/ (the trimmed AWS provider copy, the jsii kernel) from the pinned modules, for the provider packages the code imports
provider:
	go run ./tools/provider

## prerequisites: check the tools the project needs, and say what is missing
prerequisites:
	@command -v go >/dev/null || { echo "Go is not installed: install Go 1.26 or newer (https://go.dev/dl/)"; exit 1; }
	@command -v node >/dev/null && command -v npm >/dev/null || { echo "Node.js and npm are not installed: install Node.js 22 (20 works, with a deprecation notice)"; exit 1; }
	@command -v "$${TERRAFORM_BINARY_NAME:-terraform}" >/dev/null || \
	  echo "note: $${TERRAFORM_BINARY_NAME:-terraform} is not installed: stacks are synthesized but not validated or deployed (CI requires it). Install Terraform >= 1.11, or OpenTofu >= 1.11 with TERRAFORM_BINARY_NAME=tofu."
	@command -v moto_server >/dev/null && command -v aws >/dev/null || \
	  echo "note: moto_server or the aws CLI is not installed: no local deploys (make up) or end-to-end tests (CI requires them). Install them with: pip install \"moto[server]\" awscli"

## deps: install the pinned cdktf CLI and jsii's Node (npm ci) and the Go modules
deps: prerequisites node_modules/.package-lock.json $(JSII_NODE_STAMP)
	@go mod download

# On a new machine the app's first compile (the Go standard library and the
# provider's bindings: about 50 s on 2 cores) is the longest step: it runs
# while npm installs, into Go's build cache, where `go run -trimpath .` (the
# synthesis) finds it. Its errors, if any, show again at the synthesis.
node_modules/.package-lock.json: package.json package-lock.json
	@echo "npm ci --no-audit --no-fund (and beside it: go build -trimpath -o /dev/null .)"
	@go build -trimpath -o /dev/null . >/dev/null 2>&1 & npm ci --no-audit --no-fund; status=$$?; wait; exit $$status
	@touch $@

$(JSII_NODE_STAMP): tools/jsii-node/package.json tools/jsii-node/package-lock.json
	npm ci --prefix tools/jsii-node --no-audit --no-fund
	@touch $@

## terraformrc: write the project's Terraform CLI configuration
terraformrc:
	@go run -trimpath ./tools/terraformrc -v >/dev/null

$(TRIVY):
	@mkdir -p $(TOOLS_CACHE)
	@echo "building trivy $(TRIVY_VERSION) into $(TOOLS_CACHE) (once per machine; a few minutes)"
	@src="$$(go mod download -json github.com/aquasecurity/trivy@$(TRIVY_VERSION) | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$$/\1/p')"; \
	  test -n "$$src" || { echo "could not download trivy $(TRIVY_VERSION) from the Go module proxy"; exit 1; }; \
	  tmp="$$(mktemp -d)"; cp -r "$$src/." "$$tmp/"; chmod -R u+w "$$tmp"; \
	  (cd "$$tmp" && GOFLAGS=-mod=mod GOEXPERIMENT=jsonv2 go build -trimpath -ldflags="-s -w" -o $(TRIVY).tmp ./cmd/trivy) && \
	  mv $(TRIVY).tmp $(TRIVY); status=$$?; rm -rf "$$tmp"; exit $$status

## trivy: build the pinned trivy into the user's cache (make test does it when needed)
trivy: $(TRIVY)

## clean: remove generated output (not Terraform state)
clean:
	rm -rf cdktf.out generated .terraform.d

## help: list the targets
help:
	@sed -n 's/^## //p' $(MAKEFILE_LIST)
