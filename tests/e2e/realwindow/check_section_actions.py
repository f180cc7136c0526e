#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Debrief authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Drives the running editor as a user does: keyboard shortcuts sent to the real window,
results read back from the saved file and from the accessibility tree.
Usage (inside session.sh): check_section_actions.py FILE.pmd"""
import os
import subprocess
import sys
import time

from realwindow import application, fail, find, keys, quit_editor, section_titles

path = sys.argv[1]
wid = os.environ["WID"]
app_pid = int(os.environ["APP_PID"])


def type_text(text):
    subprocess.run(["xdotool", "type", "--delay", "40", text], check=True)
    time.sleep(0.8)


def titles():
    return section_titles(path)


def editor():
    app = application()
    if app is None:
        fail("the editor is not on the accessibility bus")
    return app


def part_names():
    parts = find("list", "Report parts", editor())
    if parts is None:
        fail('no list named "Report parts"')
    return [parts.getChildAtIndex(i).name for i in range(parts.childCount)]


# No window manager runs here: give the window the input focus directly.
subprocess.run(["xdotool", "windowfocus", "--sync", wid], check=True)
time.sleep(0.5)
before = titles()

# Section → Add Section (Ctrl+Shift+A): a new section after the overview's last, its title
# selected for typing over.
keys("ctrl+shift+a")
type_text("Escalation path")
keys("ctrl+s")
after = titles()
if after != before + ["Escalation path"]:
    fail(f"after adding a section and saving: {after}")
if "Escalation path" not in part_names():
    fail(f"the navigation does not list the new section: {part_names()}")

# Section → Move Section Up (Ctrl+Shift+Up), saved; then Edit → Undo puts it back.
keys("ctrl+shift+Up")
keys("ctrl+s")
moved = titles()
if moved[-2] != "Escalation path":
    fail(f"after moving the section up: {moved}")
keys("ctrl+z")
keys("ctrl+s")
if titles() != after:
    fail(f"after undoing the move: {titles()}")

# File → Quit (Ctrl+Q) with everything saved: no question, the process ends.

quit_editor(app_pid)
print("ok: add, move, undo, save and quit through the real window")
