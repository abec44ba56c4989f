#!/usr/bin/python3
"""Reads a running program's accessibility tree through AT-SPI, as a screen reader does, and prints what a
screen reader could not say: a control without a name, a label that names no field.

  atspi-walk.py --pid PID [--window TITLE] [--verbose]
  atspi-walk.py --pid PID --serve [--verbose]

--pid picks the program (looked up once on the accessibility bus), --window (a window's title, or a prefix of
it; default: every window it shows) the window. With --serve it stays: each line read on stdin is a window
title to walk (empty: every window), and each walk's answer ends with a line "atspi-walk: end N", N being
the exit status a single walk would have (tests/gui/tst_layout walks each state so, without starting Python
again). Looked at: what is showing. Every button, check box, radio button, combo box, field (text,
password, spin button), list, tree, table, tab, menu, menu item, progress bar, slider, and scroll pane that
takes the focus must have a name; a label ending in ':' (a form's label) must be the label of a field
("label for", a buddy in Qt), and that field "labelled by" it. The rows and cells of lists, trees and tables
are data, not walked. One line per problem on stdout, naming the window and the path to the object; exit 1
if any, 2 if the program or the window is not found, 0 otherwise. Needs python3-pyatspi (use
/usr/bin/python3) and the program on the same accessibility bus (tools/atspi-walk.sh sets one up). Each call
is answered by the program's event loop: a program that sleeps between turns of its loop makes the walk slow.
"""
import argparse
import sys
import time

import pyatspi

NAMED_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_BOX, pyatspi.ROLE_TREE,
    pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TABLE, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_PAGE_TAB_LIST,
    pyatspi.ROLE_MENU, pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_PROGRESS_BAR, pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_FRAME, pyatspi.ROLE_DIALOG,  # a window a screen reader announces by its name
}
# Data: their children are rows, cells and headers, named by their text.
DATA_ROLES = {
    pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_BOX, pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TABLE,
    pyatspi.ROLE_COMBO_BOX,
}
FIELD_ROLES = {
    pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_LIST, pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE,
    pyatspi.ROLE_TABLE, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_SLIDER,
}


def relation_targets(accessible, kind):
    targets = []
    for relation in accessible.getRelationSet():
        if relation.getRelationType() == kind:
            targets.extend(relation.getTarget(i) for i in range(relation.getNTargets()))
    return targets


def describe(accessible):
    name = accessible.name or ""
    return "%s%s" % (accessible.getRoleName(), ' "%s"' % name[:40] if name else "")


class Walk:
    def __init__(self, window_name):
        self.window = window_name
        self.problems = []
        self.seen = 0

    def problem(self, path, text):
        self.problems.append('%s: %s: %s' % (self.window, " > ".join(path), text))

    def visit(self, accessible, path):
        self.seen += 1
        role = accessible.getRole()
        states = accessible.getState()
        if not states.contains(pyatspi.STATE_SHOWING):
            return
        here = path + [describe(accessible)]
        name = (accessible.name or "").strip()
        needs_name = role in NAMED_ROLES or (
            role == pyatspi.ROLE_SCROLL_PANE and states.contains(pyatspi.STATE_FOCUSABLE))
        if needs_name and not name:
            self.problem(here, "no name")
        if role == pyatspi.ROLE_LABEL and name.endswith(":"):
            fields = relation_targets(accessible, pyatspi.RELATION_LABEL_FOR)
            if not fields:
                self.problem(here, "a form label that labels no field (no buddy)")
            for field in fields:
                # Qt's item views (QAccessibleTable) report no "labelled by" at all; they must have a name.
                if field is not None and field.getRole() in DATA_ROLES - {pyatspi.ROLE_COMBO_BOX}:
                    if not (field.name or "").strip():
                        self.problem(here, "its field (%s) has no name" % describe(field))
                    continue
                if field is not None and accessible not in relation_targets(field, pyatspi.RELATION_LABELLED_BY):
                    self.problem(here, "its field (%s) is not labelled by it" % describe(field))
        if role in DATA_ROLES:
            return
        for i in range(accessible.childCount):
            child = accessible.getChildAtIndex(i)
            if child is not None:
                self.visit(child, here)


def find_application(pid, timeout):
    deadline = time.monotonic() + timeout
    while True:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:  # an application that went away while asked
                continue
        if time.monotonic() > deadline:
            return None
        time.sleep(0.2)


def walk_windows(app, title, verbose):
    """Walks the showing windows of `app` named `title` (exactly, else by prefix; empty: all).
    Returns (exit status, lines)."""
    started = time.monotonic()
    windows = []
    for i in range(app.childCount):
        window = app.getChildAtIndex(i)
        if window is not None and window.getState().contains(pyatspi.STATE_SHOWING):
            windows.append(window)
    chosen = [w for w in windows if (w.name or "") == title] or [
        w for w in windows if (w.name or "").startswith(title)]
    if not chosen:
        return 2, ["atspi-walk: no showing window named %r (windows: %r)" % (title, [w.name for w in windows])]
    problems = []
    for window in chosen:
        walk = Walk(window.name or window.getRoleName())
        walk.visit(window, [])
        problems.extend(walk.problems)
        if verbose:
            print("atspi-walk: %s: %d objects in %.2f s" % (walk.window, walk.seen, time.monotonic() - started),
                  file=sys.stderr, flush=True)
    return (1 if problems else 0), problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--window", default="")
    parser.add_argument("--serve", action="store_true")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    app = find_application(args.pid, 10)
    if app is None:
        print("atspi-walk: no application with pid %d on the accessibility bus" % args.pid, flush=True)
        if args.serve:  # each question gets its answer, so the asker does not wait for one
            for _ in sys.stdin:
                print("atspi-walk: end 2", flush=True)
        return 2
    if not args.serve:
        status, lines = walk_windows(app, args.window, args.verbose)
        for line in lines:
            print(line)
        return status
    for request in sys.stdin:
        try:
            status, lines = walk_windows(app, request.rstrip("\n"), args.verbose)
        except Exception as error:  # a window that closed while walked: said, and the next walk goes on
            status, lines = 2, ["atspi-walk: the walk failed: %s" % error]
        for line in lines:
            print(line)
        print("atspi-walk: end %d" % status, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
