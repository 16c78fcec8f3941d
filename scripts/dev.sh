#!/usr/bin/env bash
# NetLab's one entry point for people and CI on Debian 12.
#
#   scripts/dev.sh run [netlab options]   install what is missing, build (Release), launch NetLab
#   scripts/dev.sh test                   install what is missing, build (Debug), run every test
#   scripts/dev.sh bench                  install what is missing, build (Release), run the benchmarks
#   scripts/dev.sh fuzz [SECONDS]         build the libFuzzer targets (clang), run each SECONDS (300)
#   scripts/dev.sh soak [SECONDS]         build (Debug), run the chaos soak for SECONDS (600)
#
# `test` runs, in order: the Debug suite; when it passes, the chaos soak for
# 60 s; the whole suite again with AddressSanitizer + UndefinedBehaviorSanitizer
# (build/asan, with a 10 s soak); the network and concurrency tests with
# ThreadSanitizer (build/tsan); the clang-format check of app/ and tests/; each
# fuzz target for 20 s (build/fuzz). Any failure fails the command; the phases
# after a failure still run, to report them all.
#
# Build folders: build/release, build/test, build/bench, build/asan, build/tsan,
# build/fuzz (all ignored by git, reused incrementally).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6svg6 qt6-qpa-plugins libgl-dev
    python3 socat netcat-openbsd tshark iproute2
    xvfb xauth x11-apps x11-utils imagemagick fonts-noto-cjk
    clang libclang-rt-14-dev clang-format-14
)

log() { printf '\n== %s\n' "$*"; }

install_missing() {
    local missing=() p
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        log "all ${#packages[@]} packages already installed"
        return
    fi
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    log "installing: ${missing[*]}"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
}

njobs() { nproc 2>/dev/null || echo 2; }

configure_and_build() { # dir build-type extra-cmake-args...
    local dir=$1 type=$2
    shift 2
    log "building ($type) in $dir"
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@"
    cmake --build "$dir" -j "$(njobs)"
}

# --- quality gates (sanitizers, format, fuzzing) ---

# Sanitizer settings shared by every phase. halt_on_error makes the first
# report fail the test that caused it; the suppression files say, entry by
# entry, why each is there.
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:abort_on_error=0:detect_odr_violation=1"
export LSAN_OPTIONS="suppressions=$here/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$here/tests/sanitizers/ubsan.supp"
# die_after_fork=0: QProcess forks the python peers from a test that already
# runs threads; the child only calls exec(), which TSan cannot follow anyway.
# ignore_noninstrumented_modules=1: Debian's Qt is not built with TSan, so its
# own malloc/free and pthread calls (QtTest's watchdog thread, QtConcurrent
# handing results to the main thread through its uninstrumented mutex) were
# reported as races between two places inside Qt. NetLab's code is
# instrumented and still checked access by access.
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:die_after_fork=0:ignore_noninstrumented_modules=1:suppressions=$here/tests/sanitizers/tsan.supp"

# The libFuzzer targets, as tests/fuzz/CMakeLists.txt builds them.
fuzzers=(fuzz_payloadparser fuzz_textcodecs fuzz_serverreply fuzz_transcript
    fuzz_udpautoreply fuzz_endpointtext fuzz_addressinfo fuzz_exampleprograms fuzz_pcapng)

phase_names=()
phase_results=()
phase_seconds=()
run_phase() { # name function [args...]: runs, records pass/fail and time, never exits
    local name=$1 start=$SECONDS rc=0
    shift
    log "phase: $name"
    # In the background, not in `cmd || ...`: bash ignores set -e inside a
    # `||` list, and a phase must stop at its first failing command.
    ( set -euo pipefail; "$@" ) &
    wait $! || rc=$?
    phase_names+=("$name")
    phase_seconds+=($((SECONDS - start)))
    if [ "$rc" -eq 0 ]; then phase_results+=(passed); else phase_results+=("FAILED (exit $rc)"); fi
}

report_phases() { # prints the table and the closing line; returns 1 when a phase failed
    local i failed=0
    log "quality gates"
    for i in "${!phase_names[@]}"; do
        printf '  %-34s %-18s %5d s\n' "${phase_names[$i]}" "${phase_results[$i]}" "${phase_seconds[$i]}"
        [ "${phase_results[$i]}" = passed ] || failed=$((failed + 1))
    done
    echo "phases: $((${#phase_names[@]} - failed)) passed, $failed failed"
    [ "$failed" -eq 0 ]
}

# A sanitizer phase that ran uninstrumented programs would pass without
# checking anything: make sure the runtime is linked.
require_runtime() { # program library
    ldd "$1" | grep -q "$2" || { echo "$1 is not linked with $2: the sanitizer build is misconfigured"; return 1; }
}

asan_suite() {
    configure_and_build build/asan Debug -DNETLAB_BUILD_TESTS=ON "-DNETLAB_SANITIZE=address;undefined"
    require_runtime build/asan/tests/tst_payloadparser libasan
    require_runtime build/asan/tests/tst_payloadparser libubsan
    ctest --test-dir build/asan --output-on-failure -j "$(njobs)" --timeout 900
}

tsan_suite() {
    # Only the tests labelled network or concurrency (tests/CMakeLists.txt),
    # and only what they need is built: the engines, not the widgets.
    cmake -S . -B build/tsan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DNETLAB_BUILD_TESTS=ON -DNETLAB_SANITIZE=thread
    local targets
    targets=$(ctest --test-dir build/tsan -N -L 'network|concurrency' | sed -n 's/^ *Test *#[0-9]*: *//p')
    [ -n "$targets" ] || { echo "no test is labelled network or concurrency"; return 1; }
    log "building (Debug, ThreadSanitizer) in build/tsan: $(echo $targets)"
    # shellcheck disable=SC2086 # one target per word
    cmake --build build/tsan -j "$(njobs)" --target $targets
    require_runtime build/tsan/tests/tst_tcpserverengine libtsan
    ctest --test-dir build/tsan --output-on-failure -j "$(njobs)" --timeout 900 -L 'network|concurrency'
}

format_check() {
    # Every C++ file of app/ and tests/ must be as .clang-format says.
    local files
    mapfile -t files < <(find app tests -type f \( -name '*.cpp' -o -name '*.h' \) | sort)
    echo "checking ${#files[@]} files with $(clang-format-14 --version)"
    clang-format-14 --style=file --dry-run -Werror "${files[@]}"
}

build_fuzzers() {
    # libFuzzer needs clang; netlab_core is rebuilt with clang and the same
    # sanitizers, with coverage for the fuzzer (CMakeLists.txt).
    log "building the fuzz targets (clang, address+undefined+fuzzer) in build/fuzz"
    CC=clang CXX=clang++ cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DNETLAB_BUILD_TESTS=OFF -DNETLAB_BUILD_FUZZERS=ON "-DNETLAB_SANITIZE=address;undefined"
    cmake --build build/fuzz -j "$(njobs)" --target netlab_fuzzers
}

soak() { # seconds: hundreds of misbehaving peers against every engine (tests/soak)
    # The seed is printed first: `build/test/tests/soak/netlab_soak --seed S`
    # replays a failure.
    build/test/tests/soak/netlab_soak --seconds "$1"
}

run_fuzzers() { # seconds
    local seconds=$1 f failed=0
    build_fuzzers
    for f in "${fuzzers[@]}"; do
        # New inputs go to build/fuzz/corpus/<target>; the committed seeds in
        # tests/fuzz/corpus/<target> are only read. Crashes are saved as
        # build/fuzz/artifacts/<target>-crash-* to be replayed with
        #   build/fuzz/tests/fuzz/<target> build/fuzz/artifacts/<file>
        mkdir -p "build/fuzz/corpus/$f" build/fuzz/artifacts
        log "fuzzing $f for $seconds s"
        if ! "build/fuzz/tests/fuzz/$f" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=4096 \
            -print_final_stats=1 -artifact_prefix="build/fuzz/artifacts/$f-" \
            "build/fuzz/corpus/$f" "tests/fuzz/corpus/$f"; then
            echo "$f FAILED: the input that broke it is in build/fuzz/artifacts/"
            failed=$((failed + 1))
        fi
    done
    [ "$failed" -eq 0 ]
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case "$cmd" in
run)
    install_missing
    configure_and_build build/release Release -DNETLAB_BUILD_TESTS=OFF
    log "starting NetLab"
    exec build/release/app/netlab "$@"
    ;;
test)
    install_missing
    configure_and_build build/test Debug -DNETLAB_BUILD_TESTS=ON
    log "running the tests"
    # Widget tests use the offscreen platform (set per test by CTest), so no
    # display is needed. The short soak is left to the sanitizer build; the
    # soak phase below runs it longer.
    ctest --test-dir build/test --output-on-failure -j "$(njobs)" --timeout 600 -LE soak
    # The suite passed: now the quality gates.
    run_phase "chaos soak, 60 s" soak 60
    run_phase "ASan+UBSan: whole suite" asan_suite
    run_phase "TSan: network, concurrency" tsan_suite
    run_phase "clang-format check" format_check
    run_phase "fuzzing, 20 s a target" run_fuzzers 20
    report_phases
    ;;
soak)
    install_missing
    configure_and_build build/test Debug -DNETLAB_BUILD_TESTS=ON
    run_phase "chaos soak, ${1:-600} s" soak "${1:-600}"
    report_phases
    ;;
fuzz)
    install_missing
    seconds=${1:-300}
    run_phase "fuzzing, $seconds s a target" run_fuzzers "$seconds"
    report_phases
    ;;
bench)
    install_missing
    configure_and_build build/bench Release -DNETLAB_BUILD_TESTS=OFF -DNETLAB_BUILD_BENCHMARKS=ON
    log "running the benchmarks"
    python3 tests/bench/run_benchmarks.py build/bench
    ;;
*)
    sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
