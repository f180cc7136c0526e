#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Debrief authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reorders timeline rows in the running editor with the real mouse (pressed, moved in small
steps, released through the X server, so Qt runs a real drag and drop), then reads the order
back from the saved file and from the accessibility tree.
Usage (inside session.sh): check_timeline_drag.py FILE.pmd
Set DEBRIEF_SCREENSHOTS=DIR to keep a picture of the window after the drags."""
import json
import os
import shutil
import subprocess
import sys
import time
import zipfile

try:
    import pyatspi
except ImportError:
    print("check_timeline_drag: python3-pyatspi is not installed; skipped")
    sys.exit(77)
if shutil.which("xdotool") is None:
    print("check_timeline_drag: xdotool is not installed; skipped")
    sys.exit(77)
from realwindow import application  # noqa: E402  (after the check that pyatspi is there)

path = sys.argv[1]
wid = os.environ["WID"]
TIME_COLUMN = 1  # press on the time: the star column toggles the key moment on a click
DESCRIPTION_COLUMN = 4


# --- the saved file ------------------------------------------------------------------------

def timeline():
    with zipfile.ZipFile(path) as z:
        return json.loads(z.read("report.json"))["timeline"]


initial = timeline()
letter = {e["id"]: chr(ord("A") + i) for i, e in enumerate(initial)}
description = {e["id"]: e["description"] for e in initial}


def saved_order():
    """The saved timeline as letters: A is the first entry of the imported file."""
    return "".join(letter.get(e["id"], "?") for e in timeline())


def describe_file():
    lines = []
    try:
        for i, e in enumerate(timeline()):
            lines.append(f"  {i}: {letter.get(e['id'], '?')} {e['id']} {e.get('at')} "
                         f"{e['description']!r}")
    except Exception as error:  # the diagnostics must not hide the failure behind another one
        lines.append(f"  (cannot read {path}: {error})")
    return "\n".join(lines)


# --- the accessibility tree ----------------------------------------------------------------

def showing(node):
    try:
        return node.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        return False


def find(node, roles, name, must_show=True, prefix=False):
    """The first node of one of ROLES named NAME (or, with PREFIX, whose name starts so)."""
    stack = [node]
    while stack:
        n = stack.pop()
        if n is None:
            continue
        text = n.name or ""
        if (n.getRoleName() in roles and (text.startswith(name) if prefix else text == name)
                and (showing(n) or not must_show)):
            return n
        if n.getRoleName() == "combo box":
            continue
        stack.extend(n.getChildAtIndex(i) for i in range(min(n.childCount, 500)))
    return None


def extents(node):
    e = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    return e.x, e.y, e.width, e.height


def timeline_table():
    app = application()
    return find(app, ("table", "tree table"), "Timeline") if app else None


def rows():
    """The table's rows as shown: [(description, (x, y, w, h) of the time cell)]."""
    table = timeline_table()
    if table is None:
        return []
    t = table.queryTable()
    result = []
    for r in range(t.nRows):
        time_cell = t.getAccessibleAt(r, TIME_COLUMN)
        text_cell = t.getAccessibleAt(r, DESCRIPTION_COLUMN)
        if time_cell is None or text_cell is None:
            continue
        result.append((text_cell.name or "", extents(time_cell)))
    return result


def selected_rows():
    table = timeline_table()
    if table is None:
        return []
    t = table.queryTable()
    return [r for r in range(t.nRows)
            if (cell := t.getAccessibleAt(r, TIME_COLUMN)) is not None
            and cell.getState().contains(pyatspi.STATE_SELECTED)]


def shown_order():
    by_text = {text: letter[i] for i, text in description.items()}
    return "".join(by_text.get(text, "?") for text, _ in rows())


def undo_actions():
    """The names of the Edit menu's Undo and Redo items: they carry the undo step's text."""
    app = application()
    found, stack = [], [app]
    while stack:
        n = stack.pop()
        if n is None:
            continue
        name = n.name or ""
        if n.getRoleName() == "menu item" and name.split(" ", 1)[0] in ("Undo", "Redo"):
            found.append(name)
        stack.extend(n.getChildAtIndex(i) for i in range(min(n.childCount, 500)))
    return found


def describe_table():
    table = timeline_table()
    if table is None:
        return '  (no showing table named "Timeline")'
    lines = [f"  table {table.name!r} {extents(table)}"]
    t = table.queryTable()
    for r in range(t.nRows):
        cells = []
        for c in range(t.nColumns):
            cell = t.getAccessibleAt(r, c)
            if cell is not None:
                selected = " selected" if cell.getState().contains(pyatspi.STATE_SELECTED) else ""
                cells.append(f"{cell.name!r}{selected}")
        first = t.getAccessibleAt(r, 0)
        lines.append(f"  row {r} {extents(first) if first else None}: " + " | ".join(cells))
    return "\n".join(lines)


# --- results -------------------------------------------------------------------------------

steps = []


def fail(message):
    print("FAIL:", message)
    print("steps so far:", *steps, sep="\n  ")
    print("letters: " + ", ".join(f"{letter[e['id']]} = {e['description']!r}" for e in initial))
    print("saved timeline:")
    print(describe_file())
    print("the Timeline table in the accessibility tree:")
    try:
        print(describe_table())
        print("Edit menu:", undo_actions())
    except Exception as error:
        print(f"  (cannot read the accessibility tree: {error})")
    screenshot("timeline-drag-failure.png")
    sys.exit(1)


def screenshot(name):
    folder = os.environ.get("DEBRIEF_SCREENSHOTS")
    if not folder:
        return
    try:
        from PIL import ImageGrab
        os.makedirs(folder, exist_ok=True)
        out = os.path.join(folder, name)
        geometry = subprocess.run(["xdotool", "getwindowgeometry", "--shell", wid], check=True,
                                  capture_output=True, text=True).stdout
        g = dict(line.split("=", 1) for line in geometry.split())
        x, y, w, h = (int(g[k]) for k in ("X", "Y", "WIDTH", "HEIGHT"))
        ImageGrab.grab(bbox=(x, y, x + w, y + h), xdisplay=os.environ["DISPLAY"]).save(out)
        print("screenshot:", out)
    except Exception as error:  # optional: a missing Pillow or X support is no failure
        print(f"no screenshot ({error})")


def wait_for(condition, seconds=6.0):
    deadline = time.monotonic() + seconds
    while True:
        try:
            if condition():
                return True
        except Exception:
            pass  # the tree or the file is being rewritten: look again
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)


# --- input ---------------------------------------------------------------------------------

def xdotool(*args):
    subprocess.run(["xdotool", *args], check=True)


def focus():
    # No window manager runs here: give the window the input focus directly.
    xdotool("windowfocus", "--sync", wid)
    time.sleep(0.3)


def centre(box):
    x, y, w, h = box
    return x + w // 2, y + h // 2


def move(x, y):
    # Not "mousemove --sync": it waits up to 15 s when the pointer is already there.
    xdotool("mousemove", str(x), str(y))


def click(x, y, ctrl=False):
    move(x, y)
    time.sleep(0.2)
    if ctrl:
        xdotool("keydown", "ctrl")
    xdotool("click", "1")
    if ctrl:
        xdotool("keyup", "ctrl")
    time.sleep(0.5)


def drag(start, end, steps_count=12):
    """Press at START, move to END in small steps with pauses (the first ones short, so Qt
    sees the start-drag distance crossed before the pointer is far away), release at END."""
    (x0, y0), (x1, y1) = start, end
    move(x0, y0)
    time.sleep(0.3)
    xdotool("mousedown", "1")
    time.sleep(0.3)
    direction = 1 if y1 >= y0 else -1
    for d in (3, 6, 9, 12, 15):  # past QApplication::startDragDistance (10 px)
        move(x0, y0 + direction * d)
        time.sleep(0.08)
    ys = y0 + direction * 15
    for i in range(1, steps_count + 1):
        move(x0 + (x1 - x0) * i // steps_count, ys + (y1 - ys) * i // steps_count)
        time.sleep(0.08)
    # Settle on the target so the last drag-move is processed where the drop happens.
    move(x1, y1 + 1)
    time.sleep(0.15)
    move(x1, y1)
    time.sleep(0.4)
    xdotool("mouseup", "1")
    time.sleep(0.8)


def save_and_check(expected, what):
    """Saves with Ctrl+S and checks the file and the table both have the order EXPECTED."""
    wait_for(lambda: shown_order() == expected, 3)  # let the view catch up before saving
    before = os.stat(path)
    focus()
    xdotool("key", "--clearmodifiers", "ctrl+s")
    changed = wait_for(lambda: (os.stat(path).st_mtime_ns, os.stat(path).st_ino)
                       != (before.st_mtime_ns, before.st_ino))
    if not changed:
        fail(f"{what}: Ctrl+S wrote nothing to {path} (nothing changed? the table shows "
             f"{shown_order()}, expected {expected})")
    got = None

    def saved_as_expected():
        nonlocal got
        got = saved_order()
        return got == expected

    if not wait_for(saved_as_expected, 3):
        fail(f"{what}: saved order {got}, expected {expected}")
    ids = [e["id"] for e in timeline()]
    if len(ids) != len(initial) or set(ids) != set(letter):
        fail(f"{what}: entries lost or doubled: {ids}")
    if not wait_for(lambda: shown_order() == expected, 3):
        fail(f"{what}: the table shows {shown_order()}, the file has {expected}")
    steps.append(f"{what}: {expected} saved and shown")
    print(f"ok: {what}: {expected}")


def table_rows(count):
    if not wait_for(lambda: len(rows()) == count):
        fail(f"expected {count} rows in the Timeline table, see {len(rows())}")
    return rows()


# --- the test ------------------------------------------------------------------------------

if len(initial) < 5 or len(set(description.values())) != len(initial):
    fail("the fixture needs at least five entries with distinct descriptions")
start = saved_order()
n = len(initial)
if application() is None:
    fail("the editor is not on the accessibility bus")
focus()

# The Timeline part, chosen in the navigation list like a user does ("Timeline (6)").
parts = find(application(), ("list",), "Report parts")
if parts is None:
    fail('no showing list named "Report parts"')
item = find(parts, ("list item",), "Timeline", prefix=True)
if item is None:
    fail('the navigation list has no item "Timeline": '
         + str([parts.getChildAtIndex(i).name for i in range(parts.childCount)]))
click(*centre(extents(item)))
if not wait_for(lambda: timeline_table() is not None):
    fail('clicking "Timeline" in the navigation showed no table named "Timeline"')
table_rows(n)
if shown_order() != start:
    fail(f"the table shows {shown_order()} before any drag, the file has {start}")
steps.append(f"opened the Timeline part: {start}")

# The two drags take the two ways Qt drops rows in a table: into the free space under the rows
# (QAbstractItemView::dropEvent, the model's dropMimeData), and between two rows (with Qt 6.8
# QTableView::dropEvent calls the model's moveRow once for each selected row).

# 1. The first row dragged into the free space below the last one: it becomes the last entry.
r = table_rows(n)
table_box = extents(timeline_table())
first = centre(r[0][1])
lx, ly, lw, lh = r[-1][1]
below_last = ly + lh + 10
if below_last > table_box[1] + table_box[3] - 6:  # no free room under the rows: lower half
    below_last = ly + lh * 3 // 4
drag(first, (first[0], below_last))
expected = start[1:] + start[0]
steps.append(f"dragged row 0 from {first} to {(first[0], below_last)}")
save_and_check(expected, "row 0 dragged below the last row")
after_first = expected

# 2. Rows 1 and 3 (not adjacent) selected with click and Ctrl+click, dragged onto the upper
#    part of row 0 (the drop indicator above it): both go first, in their order.
r = table_rows(n)
click(*centre(r[1][1]))
click(*centre(r[3][1]), ctrl=True)
if not wait_for(lambda: selected_rows() == [1, 3]):
    fail(f"click on row 1 and Ctrl+click on row 3 selected rows {selected_rows()}")
x0, y0, w0, h0 = r[0][1]
source = centre(r[3][1])
target = (source[0], y0 + max(2, h0 // 4))
drag(source, target)
o = after_first
expected = o[1] + o[3] + o[0] + o[2] + o[4:]
steps.append(f"selected rows 1 and 3, dragged from {source} to {target}")
save_and_check(expected, "rows 1 and 3 dragged to the top")
screenshot("timeline-drag.png")

# 3. One undo takes back the whole multi-row drag; a second one the first drag.
focus()
xdotool("key", "--clearmodifiers", "ctrl+z")
time.sleep(0.8)
steps.append("pressed Ctrl+Z")
save_and_check(after_first, "one undo after the two-row drag")
focus()
xdotool("key", "--clearmodifiers", "ctrl+z")
time.sleep(0.8)
steps.append("pressed Ctrl+Z again")
save_and_check(start, "a second undo after the first drag")

print("ok: timeline rows reordered by real mouse drags, saved, undone one drag at a time")
