#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Debrief authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Read-only review in the real window: `debrief --read-only FILE` says so in its title, the
section text is not editable for assistive technology either, real typing, editing shortcuts
and Save change nothing, and quitting asks nothing; the file, its lock and its backup are
untouched.
Usage (inside session.sh, DEBRIEF_BIN set): check_read_only.py FILE.pmd"""
import os
import subprocess
import sys
import time

import pyatspi
from realwindow import fail, find, keys, quit_editor, running, window

path = sys.argv[1]
app_pid = int(os.environ["APP_PID"])
folder, name = os.path.split(path)


def state():
    st = os.stat(path)
    with open(path, "rb") as f:
        return f.read(), st.st_mtime_ns, sorted(os.listdir(folder))


# The session started an editable window; close it and review the file instead.
subprocess.run(["xdotool", "windowfocus", "--sync", os.environ["WID"]], check=True)
time.sleep(0.5)
quit_editor(app_pid, running)
before = state()

review = subprocess.Popen([os.environ["DEBRIEF_BIN"], "--read-only", path],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    wid = window("(read only)")
    if wid is None:
        fail("no window titled \"(read only)\" for debrief --read-only")
    subprocess.run(["xdotool", "windowfocus", "--sync", wid], check=True)
    time.sleep(0.5)
    keys("ctrl+Next")  # View → Next Part: from the overview to the first section
    editor = find("text", "Section text")
    if editor is None:
        fail("no text control named \"Section text\" after Ctrl+PgDown")
    if editor.getState().contains(pyatspi.STATE_EDITABLE):
        fail("the section text is announced as editable in read-only review")
    text = editor.queryText()
    written = text.getText(0, -1)

    # A real click into the text, then typing and every editing shortcut a user might try.
    box = editor.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    subprocess.run(["xdotool", "mousemove", str(box.x + 30), str(box.y + 15), "click", "1"],
                   check=True)
    time.sleep(0.5)
    subprocess.run(["xdotool", "type", "--delay", "30", "typed during review"], check=True)
    for combo in ["Return", "BackSpace", "Delete", "ctrl+b", "ctrl+v", "ctrl+z",
                  "ctrl+shift+a", "ctrl+s"]:
        keys(combo)
    if editor.queryText().getText(0, -1) != written:
        fail("typing or a shortcut changed the section text in read-only review")
    title = subprocess.run(["xdotool", "getwindowname", wid], capture_output=True,
                           text=True).stdout.strip()
    if "*" in title or "(read only)" not in title:
        fail(f"the title after trying to edit: {title!r}")
    quit_editor(review, lambda p: p.poll() is None)
finally:
    if review.poll() is None:
        review.kill()

after = state()
if after[0] != before[0] or after[1] != before[1]:
    fail("the file was written during read-only review")
if after[2] != before[2]:
    fail(f"read-only review left files beside the report: {before[2]} -> {after[2]}")
print("ok: read-only review through the real window changed nothing")
