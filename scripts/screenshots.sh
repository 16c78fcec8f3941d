#!/usr/bin/env bash
# Takes the README's screenshots: each finished tab, in English and Chinese,
# in a real X server (Xvfb) with a clean configuration.
#   scripts/screenshots.sh BUILD_DIR OUT_DIR [tab...]
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
        DISPLAY=$display XDG_CONFIG_HOME=$config "$build/app/netlab" --tab "$tab" --lang "$lang" &
        app=$!
        sleep "${NETLAB_SHOT_DELAY:-3}"
        # The top-level window titled NetLab, without the empty screen around it.
        win=$(DISPLAY=$display xwininfo -root -tree | awk '/\("netlab" "NetLab"\)/ {print $1; exit}')
        DISPLAY=$display import -window "${win:-root}" "$out/$tab-$lang.png"
        kill "$app"
        wait "$app" || true
        echo "$out/$tab-$lang.png"
    done
done
