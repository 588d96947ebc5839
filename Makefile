# Thin wrapper around CMake; the build itself is CMakeLists.txt.
#
#   make               configure build/ and build (RelWithDebInfo)
#   make test          build, then run every test with ctest
#   make demo          build the library and the tour example only, and run it
#   make bench         build and run the benchmarks in bench/ (slow; not a test)
#   make bench-readme  the same, writing every result block of bench/README.md
#   make test-clang    clang -Werror build + tests in build-clang/
#   make test-sanitize clang ASan+UBSan build + tests in build-san/
#   make test-tsan     clang ThreadSanitizer build + tests in build-tsan/
#   make test-valgrind the tests of build/ (no new build) under valgrind memcheck
#                      with --track-fds: memory errors, leaks and descriptor
#                      leaks fail (tests/valgrind/; logs in build/valgrind/logs)
#   make test-cross-ARCH  cross-build with cmake/toolchain-ARCH.cmake (-Werror) into
#                      build-ARCH/ and run the tests (i386 natively, aarch64,
#                      arm and riscv64 under qemu-user, those three at -O1 without -g:
#                      CROSS_QEMU_CFLAGS); ARCH: i386 aarch64 arm riscv64
#   make package       Debian packages and a tarball in build-pkg/, checked
#                      (tests/package/run.sh)
#   make regen         regenerate generated/ (man pages too) and docs/reference/
#                      from spec/ (needs Python)
#   make errno-report  run the tests, keep their driven-errno report as spec/DRIVEN.md
#   make clean         remove the build folders
#
# PYTHON picks the interpreter for codegen (needs jinja2, yaml, pycparser,
# jsonschema); without it the C build still works and codegen tests skip.

PYTHON ?= python3
CLANG ?= clang
CMAKE ?= cmake
CTEST ?= ctest
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= 2

BUILD_DIR := build
CLANG_DIR := build-clang
SAN_DIR := build-san
TSAN_DIR := build-tsan

GENERATOR := $(if $(shell command -v ninja 2>/dev/null),Ninja,Unix Makefiles)
PYTHON_EXE := $(shell command -v $(PYTHON) 2>/dev/null)
PYTHON_ARG := $(if $(PYTHON_EXE),-DPython3_EXECUTABLE=$(PYTHON_EXE))

# $(call configure,DIR,extra cmake args): the generator is chosen only when DIR
# is new, so an existing tree keeps the one it was made with.
define configure
	$(CMAKE) -S . -B $(1) \
	    $(if $(wildcard $(1)/CMakeCache.txt),,-G "$(GENERATOR)") \
	    -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(PYTHON_ARG) $(2)
endef

# The Python tests do not change under sanitizers (`make test` runs them).
SAN_CTEST_ARGS ?= -E '^codegen\.unittest$$'
SAN_ENV := ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
# The fuzz targets run a few seconds each inside the sanitizer build (ctest
# fuzz.<name>, fuzz/README.md); SAN_FUZZ=OFF leaves them to corpus replays.
SAN_FUZZ ?= ON

# test-tsan: the Python tests do not change under TSan either.  TSan exits
# 66 after reporting a race (or misuse of a lock).
TSAN_CTEST_ARGS ?= -E '^codegen\.unittest$$'
TSAN_ENV := TSAN_OPTIONS=exitcode=66:second_deadlock_stack=1
# Debug (-O0 -g): a third of -O2's compile time, and every access of the
# source is still there to be instrumented; the tests wait on the kernel,
# so their run time hardly changes.
TSAN_BUILD_TYPE ?= Debug

# test-valgrind: the suite of build/ rerun under memcheck (tests/README.md).
VALGRIND ?= valgrind
VALGRIND_DIR := $(BUILD_DIR)/valgrind
VALGRIND_JOBS ?= $(JOBS)
VALGRIND_CTEST_ARGS ?=

.PHONY: abi-baseline all build configure demo bench bench-readme package errno-report test test-clang test-sanitize test-tsan test-valgrind regen clean fuzz

all: build

configure:
	$(call configure,$(BUILD_DIR))

build: configure
	$(CMAKE) --build $(BUILD_DIR) -j $(JOBS)

# demo builds the library and the tour only (not the tests and benchmarks),
# keeps the compiler's lines in build/demo-build.log unless one fails, and
# runs the tour.
demo:
	@$(call configure,$(BUILD_DIR)) --log-level=WARNING
	@echo "building libfdkit and examples/tour (log: $(BUILD_DIR)/demo-build.log)"
	@$(CMAKE) --build $(BUILD_DIR) -j $(JOBS) --target tour >$(BUILD_DIR)/demo-build.log 2>&1 || \
	    { cat $(BUILD_DIR)/demo-build.log; exit 1; }
	@echo
	@$(BUILD_DIR)/examples/tour

# package: Debian packages (libfdkit0, libfdkit-dev, fdkit-tools) and a
# tarball, from a Release build in build-pkg/ installed under /usr, then
# checked by tests/package/run.sh (extracted, SONAME, a consumer built
# against them, lintian where installed).
# Debian's own compiler and linker flags where dpkg-buildflags is there
# (hardening: stack protector, _FORTIFY_SOURCE, relro, bindnow), as a
# Debian build of the package would use; a plain Release build otherwise.
PKG_DIR := build-pkg
DPKG_BUILDFLAGS := $(shell command -v dpkg-buildflags 2>/dev/null)
PKG_BUILDFLAGS = DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --get
PKG_FLAGS := $(if $(DPKG_BUILDFLAGS), \
    -DCMAKE_BUILD_TYPE=None \
    -DCMAKE_C_FLAGS="$(shell $(PKG_BUILDFLAGS) CFLAGS) $(shell $(PKG_BUILDFLAGS) CPPFLAGS)" \
    -DCMAKE_SHARED_LINKER_FLAGS="$(shell $(PKG_BUILDFLAGS) LDFLAGS)" \
    -DCMAKE_EXE_LINKER_FLAGS="$(shell $(PKG_BUILDFLAGS) LDFLAGS)", \
    -DCMAKE_BUILD_TYPE=Release)
package:
	$(CMAKE) -S . -B $(PKG_DIR) $(if $(wildcard $(PKG_DIR)/CMakeCache.txt),,-G "$(GENERATOR)") \
	    $(PKG_FLAGS) -DCMAKE_INSTALL_PREFIX=/usr -DFDKIT_PACKAGE=ON \
	    -DFDKIT_BUILD_TESTS=OFF -DFDKIT_BUILD_EXAMPLES=OFF -DFDKIT_BUILD_BENCH=OFF $(PYTHON_ARG)
	$(CMAKE) --build $(PKG_DIR) -j $(JOBS)
	cd $(PKG_DIR) && cpack -G DEB && cpack -G TGZ
	sh tests/package/run.sh $(PKG_DIR)

bench: build
	$(CMAKE) --build $(BUILD_DIR) --target bench

# bench-readme: rerun every benchmark and write its output into bench/README.md.
bench-readme: build
	sh bench/update-readme.sh $(BUILD_DIR)

test: build
	$(CTEST) --test-dir $(BUILD_DIR) --output-on-failure -j$(JOBS)

test-clang:
	CC=$(CLANG) $(call configure,$(CLANG_DIR),-DFDKIT_WERROR=ON)
	$(CMAKE) --build $(CLANG_DIR) -j $(JOBS)
	$(CTEST) --test-dir $(CLANG_DIR) --output-on-failure -j$(JOBS)

test-sanitize:
	CC=$(CLANG) $(call configure,$(SAN_DIR),-DFDKIT_SANITIZE=ON -DFDKIT_FUZZ=$(SAN_FUZZ))
	$(CMAKE) --build $(SAN_DIR) -j $(JOBS)
	$(SAN_ENV) $(CTEST) --test-dir $(SAN_DIR) --output-on-failure -j$(JOBS) $(SAN_CTEST_ARGS)

test-tsan:
	CC=$(CLANG) $(call configure,$(TSAN_DIR),-DFDKIT_TSAN=ON -DFDKIT_BUILD_BENCH=OFF -DCMAKE_BUILD_TYPE=$(TSAN_BUILD_TYPE))
	$(CMAKE) --build $(TSAN_DIR) -j $(JOBS)
	$(TSAN_ENV) $(CTEST) --test-dir $(TSAN_DIR) --output-on-failure -j$(JOBS) $(TSAN_CTEST_ARGS)

test-valgrind: build
	$(CMAKE) -DBUILD=$(BUILD_DIR) -DOUT=$(VALGRIND_DIR) -DVALGRIND=$(VALGRIND) -DCTEST=$(CTEST) \
	    -P tests/valgrind/ctest-valgrind.cmake
	$(CTEST) --test-dir $(VALGRIND_DIR) --output-on-failure -j$(VALGRIND_JOBS) $(VALGRIND_CTEST_ARGS)

# The codegen unit tests are the host's (codegen.fresh still checks generated/).
# The suites qemu runs (CROSS_QEMU_ARCHS) are built as Release with
# CROSS_QEMU_CFLAGS, -O1 without debug info: half the compile time of
# RelWithDebInfo's -O2 -g, still optimised code.  i386 keeps BUILD_TYPE, so
# one cross build sees -O2's warnings.  CROSS_QEMU_CFLAGS= builds them all
# with BUILD_TYPE.
CROSS_QEMU_ARCHS ?= aarch64 arm riscv64
CROSS_QEMU_CFLAGS ?= -O1 -DNDEBUG
cross_type = $(if $(and $(CROSS_QEMU_CFLAGS),$(filter $(1),$(CROSS_QEMU_ARCHS))),-DCMAKE_BUILD_TYPE=Release '-DCMAKE_C_FLAGS_RELEASE=$(CROSS_QEMU_CFLAGS)')

test-cross-%:
	@test -f cmake/toolchain-$*.cmake || { echo "no cmake/toolchain-$*.cmake" >&2; exit 2; }
	$(call configure,build-$*,-DCMAKE_TOOLCHAIN_FILE=$(CURDIR)/cmake/toolchain-$*.cmake -DFDKIT_WERROR=ON -DFDKIT_BUILD_BENCH=OFF $(call cross_type,$*))
	$(CMAKE) --build build-$* -j $(JOBS)
	$(CTEST) --test-dir build-$* --output-on-failure -j$(JOBS) -E '^codegen\.unittest$$'

regen:
	$(PYTHON) -m codegen

# errno-report: run the suite, then keep its report of the spec errno rows the
# tests drove (ctest errors.driven, codegen/driven.py) as spec/DRIVEN.md.
errno-report: test
	cp $(BUILD_DIR)/errno-report.md spec/DRIVEN.md

# abi-baseline: rewrite spec/registry/abi-x86_64.xml (what the ctest
# abi.abidiff compares the library with) from a GCC RelWithDebInfo build.
# Only for an intended ABI change before 1.0: review the diff, note it in
# CHANGELOG.md.
abi-baseline: build
	abidw --no-corpus-path --no-show-locs --no-comp-dir-path --drop-private-types \
	    --headers-dir generated/include/fdkit --headers-dir runtime/include/fdkit \
	    --out-file spec/registry/abi-x86_64.xml $(BUILD_DIR)/libfdkit.so.0

# fuzz: clang libFuzzer build in build-fuzz/, then each fuzz/fuzz-<name>.c for
# FUZZ_RUNS inputs (default 10000000) at most FUZZ_MAX_LEN bytes (default
# 4096), one after another, seeds from fuzz/corpus/<name>/, new inputs in
# build-fuzz/fuzz/corpus-<name>/, crashes as build-fuzz/fuzz/<name>-crash-*.
# Logs in build-fuzz/fuzz/<name>.log.  See fuzz/README.md.
fuzz:
	CC=$(CLANG) $(call configure,build-fuzz,-DFDKIT_FUZZ=ON)
	$(CMAKE) --build build-fuzz -j $(JOBS) --target fuzz-targets
	@runs=$(or $(FUZZ_RUNS),10000000); \
	for exe in build-fuzz/fuzz/fuzz-*; do \
	    [ -f "$$exe" ] && [ -x "$$exe" ] || continue; \
	    name=$${exe##*/fuzz-}; log=build-fuzz/fuzz/$$name.log; \
	    mkdir -p build-fuzz/fuzz/corpus-$$name; \
	    echo "== fuzz-$$name: $$runs runs (log $$log)"; \
	    rc=0; $$exe -runs=$$runs -max_len=$(or $(FUZZ_MAX_LEN),4096) -timeout=10 \
	        -print_final_stats=1 -artifact_prefix=build-fuzz/fuzz/$$name- \
	        build-fuzz/fuzz/corpus-$$name fuzz/corpus/$$name >$$log 2>&1 || rc=$$?; \
	    grep -E '^Done [0-9]+ runs|^stat::number_of_executed_units|^stat::average_exec_per_sec' $$log; \
	    if [ $$rc -ne 0 ]; then tail -60 $$log; exit $$rc; fi; \
	done

clean:
	rm -rf $(BUILD_DIR) $(CLANG_DIR) $(SAN_DIR) $(TSAN_DIR) build-fuzz build-i386 build-aarch64 build-arm build-riscv64 $(PKG_DIR)
