#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Debrief authors
# SPDX-License-Identifier: GPL-3.0-or-later
# CTest entry: a fresh report from the real CLI, then the real window driven on it.
#   run.sh DEBRIEF_BIN CHECK_SCRIPT [FIXTURE.md]
# With FIXTURE.md (beside this script) the report is imported from it; without, it is a new one
# from the classic template.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bin=$1 check=$2 fixture=${3:-}
dir=$(mktemp -d)
# Its own settings and recovery folder: nothing left by another run reaches this one.
export XDG_DATA_HOME="$dir/data" XDG_CONFIG_HOME="$dir/config"
trap 'rm -rf "$dir"' EXIT
if [ -n "$fixture" ]; then
  "$bin" import "$here/$fixture" -o "$dir/report.pmd" >/dev/null
else
  "$bin" new --template classic --title "Window test" -o "$dir/report.pmd" >/dev/null
fi
export DEBRIEF_BIN="$bin" # for checks that start the editor again
"$here/session.sh" "$bin" "$dir/report.pmd" python3 "$here/$check" "$dir/report.pmd"
