# lab: make run (start the lab) and make test (every test). Both install libedit-dev first
# when it is missing (with sudo when not root), so they work on a fresh Debian/Ubuntu machine.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
LAB := .build/release/lab
# The lab's binary links the Swift runtime and Foundation statically (with lld, which does not
# repeat glibc's link-time notes): it starts in ~4 ms instead of ~7 and its idle REPL holds
# ~24 MB instead of ~30 (no shared-library relocations to touch).
RELEASE := -c release --static-swift-stdlib -Xswiftc -use-ld=lld

.PHONY: run test deps build lint conformance bench clean

deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libedit; then \
		echo "installing libedit-dev (line editing for the lab's prompt)"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libedit-dev pkg-config; \
	fi

build: deps
	$(SWIFT) build $(RELEASE) --product lab

run: build
	@$(LAB)

# Every test: unit and end-to-end tests (swift test), then the release binary's own checks.
test: deps
	$(SWIFT) build $(RELEASE) --product lab
	$(SWIFT) test
	$(LAB) lint Lessons
	bash Tests/e2e/run.sh $(LAB)

lint: build
	$(LAB) lint Lessons

bench: build
	$(LAB) bench

conformance: build
	python3 ../shared/conformance/compare.py --lab "$(abspath $(LAB))" --exit-zero

clean:
	rm -rf .build
