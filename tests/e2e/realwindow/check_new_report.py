#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Debrief authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The desktop entry's New Report action, `debrief --new`, in a real window: the template
chooser comes up over the editor with every control named, and Return creates a report from
the first template, whose sections then appear in the parts list.
Usage (inside session.sh, DEBRIEF_BIN set): check_new_report.py FILE.pmd"""
import os
import subprocess
import time

import pyatspi
from realwindow import fail, keys, quit_editor, window

UNNAMED_ROLES = {"button", "push button", "check box", "combo box", "text", "list", "table"}


def application(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        a = desktop.getChildAtIndex(i)
        if a is not None and a.get_process_id() == pid:
            return a
    return None


def nodes(root):
    stack = [root]
    while stack:
        n = stack.pop()
        if n is None:
            continue
        yield n
        if n.getRoleName() not in ("list", "combo box", "table"):
            stack.extend(n.getChildAtIndex(i) for i in range(min(n.childCount, 400)))


def parts(app):
    for n in nodes(app):
        if n.getRoleName() == "list" and n.name == "Report parts":
            return [n.getChildAtIndex(i).name for i in range(n.childCount)]
    return []


# The session's own editor is not needed: quit it so only the new one is on the bus.
subprocess.run(["xdotool", "windowfocus", "--sync", os.environ["WID"]], check=True)
quit_editor(int(os.environ["APP_PID"]))

editor = subprocess.Popen([os.environ["DEBRIEF_BIN"], "--new"],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    wid = window("New Report")
    if wid is None:
        fail("debrief --new showed no \"New Report\" dialog")
    time.sleep(1)
    app = None
    for _ in range(20):
        app = application(editor.pid)
        if app is not None:
            break
        time.sleep(0.25)
    if app is None:
        fail("the new editor is not on the accessibility bus")
    dialog = next((n for n in nodes(app) if n.getRoleName() == "dialog"
                   and n.name == "New Report"), None)
    if dialog is None:
        fail("no dialog named \"New Report\" in the accessibility tree")
    unnamed = [n.getRoleName() for n in nodes(dialog)
               if n.getRoleName() in UNNAMED_ROLES and not (n.name or "").strip()]
    if unnamed:
        fail(f"unnamed controls in the template chooser: {unnamed}")
    before = parts(app)
    subprocess.run(["xdotool", "windowfocus", "--sync", wid], check=True)
    keys("Return")
    after = parts(app)
    for _ in range(20):  # the new report's parts appear once the chooser has closed
        if len(after) > len(before):
            break
        time.sleep(0.25)
        after = parts(app)
    if len(after) <= len(before) or "Overview" not in after:
        fail(f"Return in the chooser did not create a report: parts {before} -> {after}")
    print("OK: --new asked for a template and created a report with parts", after)
finally:
    editor.kill()
    editor.wait()
