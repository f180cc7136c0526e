# SPDX-FileCopyrightText: 2026 The Debrief authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""What the real-window checks share: failing, keys sent with xdotool, the saved file's section
titles, whether the editor still runs, and finding a control in the accessibility tree."""
import json
import subprocess
import sys
import time
import zipfile

import pyatspi


def fail(message):
    print("FAIL:", message)
    sys.exit(1)


def keys(*names):
    subprocess.run(["xdotool", "key", "--clearmodifiers", *names], check=True)
    time.sleep(0.8)


def section_titles(pmd):
    with zipfile.ZipFile(pmd) as z:
        return [s["title"] for s in json.loads(z.read("report.json"))["sections"]]


def running(pid):
    # The app is the session shell's child: once it exits it is a zombie until reaped.
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def quit_editor(pid, alive=running):
    """Ctrl+Q, then wait up to 10 s for the editor to end (alive(pid) says it has not)."""
    keys("ctrl+q")
    for _ in range(40):
        if not alive(pid):
            return
        time.sleep(0.25)
    fail("the editor did not quit on Ctrl+Q (did it ask about changes?)")


def window(name, tries=80):
    """The first visible X window whose title contains `name`, waiting up to tries/4 s."""
    for _ in range(tries):
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", name],
                               capture_output=True, text=True).stdout.split()
        if found:
            return found[0]
        time.sleep(0.25)
    return None


def application():
    """The editor on the accessibility bus, or None."""
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        a = desktop.getChildAtIndex(i)
        if a is not None and "debrief" in (a.name or "").lower():
            return a
    return None


def find(role, name, node=None):
    """The first control with this role and accessible name, under `node` or the desktop."""
    if node is None:
        desktop = pyatspi.Registry.getDesktop(0)
        stack = [desktop.getChildAtIndex(i) for i in range(desktop.childCount)]
    else:
        stack = [node]
    while stack:
        n = stack.pop()
        if n is None:
            continue
        if n.getRoleName() == role and (n.name or "") == name:
            return n
        stack.extend(n.getChildAtIndex(i) for i in range(min(n.childCount, 500)))
    return None
