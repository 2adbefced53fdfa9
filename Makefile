# RoutinePress: `make demo` renders every example into out/, `make test` runs the tests.
# Both first install any missing Debian packages (as root, or through sudo).

DEB_PACKAGES := libcairo2-dev libpango1.0-dev libharfbuzz-dev librsvg2-dev zlib1g-dev libdeflate-dev libqrencode-dev pkg-config \
                fonts-inter fonts-dejavu-core poppler-utils qpdf
SWIFT ?= swift
RELEASE_BIN := .build/release/routinepress
EXAMPLES := $(wildcard Examples/*.json)

.PHONY: setup test-setup build demo test browser-test api-fuzz scale-test clean

# Installs those of the Debian packages given that are not installed yet (as root, or through sudo).
define install-missing
missing=$$(for p in $(1); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
if [ -n "$$missing" ]; then \
	echo "Installing Debian packages:" $$missing; \
	sudo=""; [ "$$(id -u)" = 0 ] || sudo=sudo; \
	$$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing; \
fi
endef

setup:
	@$(call install-missing,$(DEB_PACKAGES))

# The tests check the JSON Schema with Python's jsonschema, and tagged PDFs with pdfua (PDF/UA-1)
# and our structure check (pikepdf, pdfplumber), all from PyPI; QR codes are read back with zbarimg.
TEST_PACKAGES := zbar-tools
test-setup: setup
	@$(call install-missing,$(TEST_PACKAGES))
	@python3 -c 'import jsonschema' 2>/dev/null || python3 -m pip install --quiet jsonschema
	@python3 -c 'import pdfua, pikepdf, pdfplumber' 2>/dev/null || python3 -m pip install --quiet pdfua pikepdf pdfplumber

build: setup
	$(SWIFT) build -c release --product routinepress

demo: build
	@mkdir -p out
	@for plan in $(EXAMPLES); do \
		name=$$(basename $$plan .json); \
		$(RELEASE_BIN) render $$plan -o out/$$name.pdf || exit $$?; \
		echo "out/$$name.pdf: $$(pdfinfo out/$$name.pdf | awk '/^Pages:/ {print $$2}') pages"; \
	done

test: test-setup
	$(SWIFT) test

# The clinician's page in headless Chromium (Debian's chromium and chromium-driver, selenium from PyPI).
BROWSER_PACKAGES := chromium chromium-driver
browser-test: setup
	@$(call install-missing,$(BROWSER_PACKAGES))
	@python3 -c 'import selenium' 2>/dev/null || python3 -m pip install --quiet selenium
	$(SWIFT) build --product routinepress
	python3 Tests/browser/clinician_page.py .build/debug/routinepress

# The HTTP API fuzzed against docs/openapi.yaml (schemathesis from PyPI).
api-fuzz: setup
	@python3 -c 'import schemathesis' 2>/dev/null || python3 -m pip install --quiet schemathesis
	$(SWIFT) build --product routinepress
	scripts/api-fuzz.sh .build/debug/routinepress

# Past one machine (issue 15): the deploy/ recipes parsed (PyYAML from PyPI), checked and run with
# the binary, GNU parallel's among them (Debian's parallel); a Kubernetes Indexed Job simulated
# with workers killed and resumed. Both scripts run; either failing fails the target.
SCALE_PACKAGES := parallel
scale-test: setup
	@$(call install-missing,$(SCALE_PACKAGES))
	@python3 -c 'import yaml' 2>/dev/null || python3 -m pip install --quiet pyyaml
	$(SWIFT) build --product routinepress
	@status=0; \
	scripts/check-deploy.py .build/debug/routinepress || status=1; \
	scripts/indexed-job-sim.sh .build/debug/routinepress || status=1; \
	exit $$status

clean:
	rm -rf .build out
