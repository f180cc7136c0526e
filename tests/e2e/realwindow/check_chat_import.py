#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Debrief authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Timeline → Import from Chat or Log… in the real window: Ctrl+Alt+I, the log chosen by typing
its path into the file dialog, one row unchecked with a real click, Add, save; the saved
entries carry their kinds and back-links; one Ctrl+Z takes them all away.
Usage (inside session.sh): check_chat_import.py FILE.pmd"""
import json
import os
import subprocess
import sys
import time
import zipfile

import pyatspi
from realwindow import fail, find, keys

path = sys.argv[1]
here = os.path.dirname(os.path.abspath(__file__))
log = os.path.normpath(os.path.join(here, "..", "..", "fixtures", "chat", "pagerduty.json"))


def timeline():
    with zipfile.ZipFile(path) as z:
        return json.loads(z.read("report.json"))["timeline"]


def wait_for(role, name, tries=40):
    for _ in range(tries):
        node = find(role, name)
        if node is not None:
            return node
        time.sleep(0.25)
    fail(f'no {role} named "{name}"')


def click(node, at_left=False):
    x, y, w, h = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    # A cell's check box is drawn at its left, not in its middle.
    cx = x + min(w // 2, h // 2) if at_left else x + w // 2
    subprocess.run(["xdotool", "mousemove", str(cx), str(y + h // 2), "click", "1"], check=True)
    time.sleep(0.8)


subprocess.run(["xdotool", "windowfocus", "--sync", os.environ["WID"]], check=True)
time.sleep(0.5)
keys("ctrl+alt+i")
name = wait_for("text", "File name:")


def typed():
    text = name.queryText()
    return text.getText(0, -1)


# Under load the dialog may not take the first keys yet: type once its field is focused, and
# press Return only once the whole path is in it (a completer popup may still be open).
for _ in range(40):
    if name.getState().contains(pyatspi.STATE_FOCUSED):
        break
    time.sleep(0.25)
subprocess.run(["xdotool", "type", "--delay", "20", log], check=True)
for _ in range(40):
    if typed() == log:
        break
    time.sleep(0.25)
else:
    fail(f"the file name field holds {typed()!r}, not the typed path")
keys("Return")
still = find("text", "File name:")
try:
    open_still = still is not None and still.getState().contains(pyatspi.STATE_SHOWING)
except Exception:  # the dialog went away while we asked
    open_still = False
if open_still:
    keys("Return")  # the first Return only closed the completer's list
table = wait_for("table", "Messages to add").queryTable()
for _ in range(60):  # the table is there before the log is read: wait for its rows
    if table.nRows == 5:
        break
    time.sleep(0.25)
if table.nRows != 5:
    fail(f"the preview shows {table.nRows} rows, not the log's 5 readable entries")
click(table.getAccessibleAt(1, 0), at_left=True)  # leave out the acknowledgement
if table.getAccessibleAt(1, 0).name != "Left out":
    fail(f"the click did not uncheck the row: {table.getAccessibleAt(1, 0).name!r}")
add = None
for role in ("push button", "button"):
    add = add or find(role, "Add 4 Entries") or find(role, "&Add 4 Entries")
if add is None:
    fail("no \"Add 4 Entries\" button once a row is unchecked")
click(add)
# No window manager gives the focus back once the dialog closes.
subprocess.run(["xdotool", "windowfocus", "--sync", os.environ["WID"]], check=True)
time.sleep(0.5)
keys("ctrl+s")
entries = timeline()
if len(entries) != 4:
    fail(f"saved {len(entries)} entries, not 4")
if [e["kind"] for e in entries] != ["detection", "escalation", "mitigation", "resolution"]:
    fail(f"kinds: {[e['kind'] for e in entries]}")
if entries[0].get("source") != {"file": "pagerduty.json", "message": "R0TRG"}:
    fail(f"back-link: {entries[0].get('source')}")
keys("ctrl+z")
keys("ctrl+s")
if timeline():
    fail("one Ctrl+Z did not take the whole import away")
print("chat import: 4 of 5 rows added with kinds and back-links, undone in one step")
