#!/usr/bin/env bash
# NetLab's one entry point for people and CI on Debian 12.
#
#   scripts/dev.sh run [netlab options]   install what is missing, build (Release), launch NetLab
#   scripts/dev.sh test                   install what is missing, build (Debug), run every test
#   scripts/dev.sh bench                  install what is missing, build (Release), run the benchmarks
#
# Build folders: build/release, build/test, build/bench (all ignored by git).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6svg6 qt6-qpa-plugins libgl-dev
    python3 socat netcat-openbsd tshark iproute2
    xvfb xauth x11-apps x11-utils imagemagick fonts-noto-cjk
    clang libclang-rt-14-dev
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
    # Widget tests use the offscreen platform (set per test by CTest), so no display is needed.
    ctest --test-dir build/test --output-on-failure -j "$(njobs)" --timeout 600
    ;;
bench)
    install_missing
    configure_and_build build/bench Release -DNETLAB_BUILD_TESTS=OFF -DNETLAB_BUILD_BENCHMARKS=ON
    log "running the benchmarks"
    python3 tests/bench/run_benchmarks.py build/bench
    ;;
*)
    sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
