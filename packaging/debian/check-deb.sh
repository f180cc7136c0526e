#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Debrief authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks a built .deb: its files are exactly the CMake install plus what Debian asks for, its
# Depends name the libraries the binary links, and lintian finds no error.
# usage: check-deb.sh DEB BUILD_DIR
set -euo pipefail
deb=$1 build=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# What `cmake --install` stages, with the man page compressed and Debian's two documents.
DESTDIR=$work/stage cmake --install "$build" >/dev/null
(cd "$work/stage" && find . -type f | sed 's|^\./|/|' | sed 's|\(/man/man1/.*\.1\)$|\1.gz|') >"$work/expected"
printf '%s\n' /usr/share/doc/debrief/copyright /usr/share/doc/debrief/changelog.Debian.gz >>"$work/expected"
sort -o "$work/expected" "$work/expected"
dpkg-deb -c "$deb" | awk '$1 !~ /^d/ {print $6}' | sed 's|^\./|/|' | sort >"$work/actual"
if ! diff -u "$work/expected" "$work/actual"; then
  echo "check-deb: the package's files differ from the install (- expected, + packaged)" >&2
  exit 1
fi

depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6widgets6 libqt6gui6 libqt6core6 libkf6syntaxhighlighting6 libkf6sonnetcore6 libcmark libzip libexiv2 libc6 qt6-qpa-plugins qt6-svg-plugins; do
  case "$depends" in
    *"$lib"*) ;;
    *) echo "check-deb: Depends lacks $lib: $depends" >&2; exit 1 ;;
  esac
done
[ "$(dpkg-deb -f "$deb" Package)" = debrief ] || { echo "check-deb: wrong package name" >&2; exit 1; }
[ "$(dpkg-deb -f "$deb" Architecture)" = "$(dpkg --print-architecture)" ] || { echo "check-deb: wrong architecture" >&2; exit 1; }

# Errors fail; warnings are shown for whoever reads the log.
lintian --fail-on error --tag-display-limit 0 "$deb"
echo "check-deb: $(basename "$deb") is consistent with the install; Depends: $depends"
