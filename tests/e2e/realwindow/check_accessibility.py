#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Debrief authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every part of the real window as a screen reader meets it over AT-SPI: the editor is
visited part by part from the keyboard (View → Next Part), and in each one every showing
interactive control must have an accessible name, every button a description (its tooltip),
the navigation list, the preview and the part's own tables must be announced by name, and Tab
must move a focus that stays on named, showing controls.
Usage (inside session.sh): check_accessibility.py FILE.pmd"""
import os
import subprocess
import sys
import time

import pyatspi
from realwindow import application, fail, keys

INTERACTIVE = {"button", "push button", "check box", "combo box", "text", "entry", "spin button",
               "table", "tree table", "list", "tree", "slider", "toggle button",
               "radio button", "page tab", "date editor"}
NEEDS_DESCRIPTION = {"button", "push button", "toggle button"}


def showing(n):
    try:
        return n.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        return False


def walk(root, limit=6000):
    """Showing nodes under root; a combo box's popup list and a table's cells are skipped."""
    stack, seen = [root], 0
    while stack and seen < limit:
        n = stack.pop()
        seen += 1
        if n is None or not showing(n):
            continue
        yield n
        role = n.getRoleName()
        if role in ("combo box", "table", "tree table", "list", "tree"):
            continue
        try:
            stack.extend(n.getChildAtIndex(i) for i in range(min(n.childCount, 400)))
        except Exception:
            pass


def describe(n):
    parent = n.parent
    where = f"{parent.getRoleName()} {parent.name!r}" if parent is not None else "?"
    try:
        e = n.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        at = f" at {e.x},{e.y} {e.width}x{e.height}"
    except Exception:
        at = ""
    return f"{n.getRoleName()} in {where}{at}"


def current_part(app):
    for n in walk(app):
        if n.getRoleName() == "list" and n.name == "Report parts":
            sel = n.querySelection()
            item = sel.getSelectedChild(0) if sel.nSelectedChildren else None
            return item.name if item is not None else None
    fail("no showing list named \"Report parts\"")


def problems_in(app, part):
    found = []
    for n in walk(app):
        role = n.getRoleName()
        if role not in INTERACTIVE:
            continue
        if not (n.name or "").strip():
            found.append(f"{part}: unnamed {describe(n)}")
        elif role in NEEDS_DESCRIPTION and not (n.description or "").strip():
            found.append(f"{part}: button {n.name!r} has no description")
    return found


def focused(app):
    for n in walk(app):
        if n.getState().contains(pyatspi.STATE_FOCUSED):
            return n
    return None


def takes_tab(n):
    """A multi-line editor types Tab (Markdown indents with it); focus leaves it by shortcut."""
    state = n.getState()
    return state.contains(pyatspi.STATE_MULTI_LINE) and state.contains(pyatspi.STATE_EDITABLE)


def identity(n):
    """What tells two controls apart across AT-SPI proxies: role, name and place."""
    if n is None:
        return None
    try:
        e = n.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        return n.getRoleName(), n.name, e.x, e.y, e.width, e.height
    except Exception:
        return n.getRoleName(), n.name


def focus_after_tab(app, before, seconds=2.0):
    """The focused control once Tab has moved it (or the same one when it stays)."""
    subprocess.run(["xdotool", "key", "--clearmodifiers", "Tab"], check=True)
    deadline = time.monotonic() + seconds
    was = identity(before)
    n = focused(app)
    while time.monotonic() < deadline and (n is None or identity(n) == was):
        time.sleep(0.1)
        n = focused(app)
    return n


def tab_through(app, part, steps=8):
    found = []
    n = focused(app)
    for _ in range(steps):
        if n is not None and takes_tab(n):
            break
        n = focus_after_tab(app, n)
        if n is None:
            found.append(f"{part}: after Tab no showing control has the focus")
            break
        if not (n.name or "").strip() and n.getRoleName() not in ("table cell", "list item"):
            found.append(f"{part}: Tab reached an unnamed {describe(n)}")
    return found


def announced(app, role_names, name):
    return any(n.getRoleName() in role_names and n.name == name for n in walk(app))


subprocess.run(["xdotool", "windowfocus", "--sync", os.environ["WID"]], check=True)
time.sleep(0.5)
app = application()
if app is None:
    fail("the editor is not on the accessibility bus")
problems, visited = [], []
part = current_part(app)
while part is not None and part not in visited:
    visited.append(part)
    problems += problems_in(app, part)
    if not announced(app, {"label", "text", "document text"}, "Preview"):
        problems.append(f"{part}: the preview is not announced as \"Preview\"")
    problems += tab_through(app, part)
    keys("ctrl+Next")
    part = current_part(app)
print("parts visited:", ", ".join(visited))
parts_list = next(n for n in walk(app) if n.getRoleName() == "list" and n.name == "Report parts")
all_parts = [parts_list.getChildAtIndex(i).name for i in range(parts_list.childCount)]
if visited != all_parts:
    fail(f"Ctrl+PgDown visited {visited}, not every part {all_parts}")
for p in problems:
    print("PROBLEM:", p)
if problems:
    fail(f"{len(problems)} accessibility problems")
print("OK: every showing control in every part is named")
