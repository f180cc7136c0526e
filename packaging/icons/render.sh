#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Debrief authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Render the hand-written SVG icons into the hicolor PNG sizes:
# the pixel-aligned *-small.svg for 16, 22 and 24, the scalable master for the rest.
# Needs rsvg-convert (librsvg2-bin); compresses with optipng when it is installed.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out=$here/hicolor

command -v rsvg-convert >/dev/null || { echo "render.sh: rsvg-convert not found (install librsvg2-bin)" >&2; exit 1; }

render() { # SOURCE-BASENAME CONTEXT SIZE
  local name=$1 context=$2 n=$3 src
  case $n in
    16 | 22 | 24) src=$here/$name-small.svg ;;
    *) src=$here/$name.svg ;;
  esac
  mkdir -p "$out/${n}x${n}/$context"
  rsvg-convert --width "$n" --height "$n" --format png --output "$out/${n}x${n}/$context/$name.png" "$src"
}

for n in 16 22 24 32 48 64 128 256; do
  render debrief apps "$n"
  render application-vnd.debrief.postmortem+zip mimetypes "$n"
done

if command -v optipng >/dev/null; then
  find "$out" -name '*.png' -exec optipng -quiet {} +
fi
