#!/usr/bin/env bash
# Takes the README's screenshots: each finished tab, in English and Chinese,
# in a real X server (Xvfb) with a clean configuration.
#   scripts/screenshots.sh BUILD_DIR OUT_DIR [tab...]
# NETLAB_SHOT_ARGS: more netlab options (e.g. --tcp-server 127.0.0.1:8888);
# NETLAB_SHOT_BEFORE: a shell command run once the app is up, before the
# capture (e.g. clients talking to it); NETLAB_SHOT_NAME: file name stem
# instead of the tab id.
set -euo pipefail
build=${1:-build/release}
out=${2:-docs/screenshots}
shift 2 || true
tabs=("$@")
[ ${#tabs[@]} -gt 0 ] || tabs=(host encoding)
mkdir -p "$out"
config=$(mktemp -d)
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$config"' EXIT
for _ in $(seq 50); do xdpyinfo -display "$display" >/dev/null 2>&1 && break; sleep 0.1; done
for lang in en zh_CN; do
    for tab in "${tabs[@]}"; do
        # shellcheck disable=SC2086 # NETLAB_SHOT_ARGS is a list of options
        DISPLAY=$display XDG_CONFIG_HOME=$config "$build/app/netlab" --tab "$tab" --lang "$lang" \
            ${NETLAB_SHOT_ARGS:-} &
        app=$!
        sleep 1
        if [ -n "${NETLAB_SHOT_BEFORE:-}" ]; then bash -c "$NETLAB_SHOT_BEFORE" || true; fi
        sleep "${NETLAB_SHOT_DELAY:-3}"
        # The top-level window titled NetLab, without the empty screen around it.
        win=$(DISPLAY=$display xwininfo -root -tree | awk '/\("netlab" "NetLab"\)/ {print $1; exit}')
        name=${NETLAB_SHOT_NAME:-$tab}
        DISPLAY=$display import -window "${win:-root}" "$out/$name-$lang.png"
        kill "$app"
        wait "$app" || true
        echo "$out/$name-$lang.png"
    done
done
