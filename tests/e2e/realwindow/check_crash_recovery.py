#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Debrief authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""A real crash and restart: an edit is typed into the running editor, autosaved, the process
is killed with SIGKILL, and the editor started again offers the report back; recovered and
saved, the file holds the edit and no recovery file is left.
Usage (inside session.sh, DEBRIEF_BIN set): check_crash_recovery.py FILE.pmd"""
import glob
import os
import signal
import subprocess
import sys
import time

from realwindow import fail, find, keys, running, section_titles, window

path = sys.argv[1]
wid = os.environ["WID"]
app_pid = int(os.environ["APP_PID"])
data_home = os.environ.get("XDG_DATA_HOME") or os.path.join(os.environ["HOME"], ".local/share")
MARK = "Crash survivor"


def snapshots():
    return glob.glob(os.path.join(data_home, "**", "recovery", "*.pmd"), recursive=True)


# Type an edit: a new section whose title is typed, then wait past the autosave delay.
subprocess.run(["xdotool", "windowfocus", "--sync", wid], check=True)
time.sleep(0.5)
saved_before = section_titles(path)
keys("ctrl+shift+a")
subprocess.run(["xdotool", "type", "--delay", "40", MARK], check=True)
for _ in range(40):
    time.sleep(0.25)
    if snapshots() and MARK in section_titles(snapshots()[0]):
        break
else:
    fail(f"no autosave with the edit appeared under {data_home}: {snapshots()}")
if section_titles(path) != saved_before:
    fail("autosave wrote the user's own file")

# The crash: SIGKILL, no chance to clean up.
os.kill(app_pid, signal.SIGKILL)
for _ in range(40):
    if not running(app_pid):
        break
    time.sleep(0.25)
if not snapshots():
    fail("the autosave did not survive the kill")

# The restart offers the report back; Return chooses "Recover Checked".
again = subprocess.Popen([os.environ["DEBRIEF_BIN"], path], stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL)
try:
    dialog = window("Recover Unsaved Reports")
    if dialog is None:
        fail("the restarted editor did not offer recovery")
    listed = find("list", "Recoverable reports")
    if listed is None or listed.childCount < 1:
        fail("no list named \"Recoverable reports\" with an entry")
    subprocess.run(["xdotool", "windowfocus", "--sync", dialog], check=True)
    time.sleep(0.5)
    keys("Return")
    main = window("Debrief")
    if main is None:
        fail("no editor window after recovering")
    parts = find("list", "Report parts")
    names = [parts.getChildAtIndex(i).name for i in range(parts.childCount)] if parts else []
    if MARK not in names:
        fail(f"the recovered report lacks the edit: {names}")
    subprocess.run(["xdotool", "windowfocus", "--sync", main], check=True)
    time.sleep(0.5)
    keys("ctrl+s")
    if MARK not in section_titles(path):
        fail(f"saving the recovered report did not write the edit: {section_titles(path)}")
    if snapshots():
        fail(f"a recovery file is left after saving: {snapshots()}")
    keys("ctrl+q")
    for _ in range(40):
        if again.poll() is not None:
            break
        time.sleep(0.25)
    else:
        fail("the restarted editor did not quit on Ctrl+Q")
finally:
    if again.poll() is None:
        again.kill()
print("ok: autosave, SIGKILL, restart, recover and save through the real window")
