#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Debrief authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs CHECK against the real editor in a private X server, D-Bus session and AT-SPI bus:
#   session.sh DEBRIEF_BIN FILE.pmd CHECK [ARGS...]
# CHECK sees DISPLAY, APP_PID and WID (the window). Exit status: CHECK's, or 77 (skipped)
# when the tools are missing.
set -u
bin=$1 file=$2
shift 2
for tool in Xvfb xdotool dbus-run-session python3; do
  command -v "$tool" >/dev/null || { echo "session: $tool is not installed; skipped"; exit 77; }
done
[ -x /usr/libexec/at-spi-bus-launcher ] || { echo "session: at-spi2-core missing; skipped"; exit 77; }

# A display nobody else uses: the lowest free one from 120 up.
num=120
while [ -e /tmp/.X$num-lock ] || [ -e /tmp/.X11-unix/X$num ]; do num=$((num + 1)); done
Xvfb :$num -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xpid=$!
trap 'kill $xpid 2>/dev/null' EXIT
for _ in $(seq 50); do [ -e /tmp/.X11-unix/X$num ] && break; sleep 0.1; done

export DISPLAY=:$num QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1
export XDG_RUNTIME_DIR HOME
XDG_RUNTIME_DIR=$(mktemp -d)
HOME=$(mktemp -d) # fresh settings: no remembered layout or recent files
dbus-run-session -- bash -c '
  /usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
  bus=$!
  sleep 1
  "$0" "$1" >"$XDG_RUNTIME_DIR/app.log" 2>&1 &
  export APP_PID=$!
  WID=
  for _ in $(seq 120); do
    WID=$(xdotool search --onlyvisible --name "Debrief" 2>/dev/null | head -n1) && [ -n "$WID" ] && break
    sleep 0.25
  done
  if [ -z "$WID" ]; then echo "session: the window never appeared"; cat "$XDG_RUNTIME_DIR/app.log"; exit 1; fi
  export WID
  sleep 1
  shift 1 # $0 is the binary, $1 the file: what follows is CHECK
  [ $# -gt 0 ] || { echo "session: no CHECK command given"; exit 2; }
  "$@"
  rc=$?
  if kill -0 $APP_PID 2>/dev/null; then kill $APP_PID; fi
  wait $APP_PID 2>/dev/null
  kill $bus 2>/dev/null
  [ $rc -ne 0 ] && cat "$XDG_RUNTIME_DIR/app.log"
  exit $rc' "$bin" "$file" "$@"
