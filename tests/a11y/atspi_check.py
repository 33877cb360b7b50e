#!/usr/bin/python3
"""The screen-reader test: TriCheck's desktop app on Xvfb, read and driven through the AT-SPI bus,
the bus Orca reads (issue 23).

Run by run-atspi-test.sh inside dbus-run-session (its own session bus, its own XDG_RUNTIME_DIR),
once per language. For the main window, the settings, the batch dialog and the audit log it checks
that no actionable object on screen lacks a name; that the banner's links are links with names of
their own; that a verification is announced (a notification shown, or the focus moved, with the
outcome in its name); and that Tab visits each control of the main window once and leaves the
history table. Every wait polls the bus with a deadline; nothing sleeps for a fixed time.

Usage: atspi_check.py --app build/app/tricheck --catalogue translations/tricheck_zh_CN.ts --lang zh_CN
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
import xml.etree.ElementTree as ElementTree

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import GLib  # noqa: E402

import pyatspi  # noqa: E402

TIMEOUT = 30.0  # seconds for any one thing to happen

# Roles whose objects act (AT-SPI Action) but are named by their data or need no name: cells
# and items carry the model's text, scroll bars are read by role and value. (A filler that acts,
# a focusable scroll area for one, needs a name.)
UNNAMED_OK = {
    pyatspi.ROLE_TABLE_CELL,
    pyatspi.ROLE_LIST_ITEM,
    pyatspi.ROLE_TREE_ITEM,
    pyatspi.ROLE_TABLE_COLUMN_HEADER,
    pyatspi.ROLE_TABLE_ROW_HEADER,
    pyatspi.ROLE_SCROLL_BAR,
    pyatspi.ROLE_SEPARATOR,
}
# Containers whose children are the model's rows: their cells are not walked.
ITEM_CONTAINERS = {
    pyatspi.ROLE_TABLE,
    pyatspi.ROLE_TREE_TABLE,
    pyatspi.ROLE_TREE,
    pyatspi.ROLE_LIST,
    pyatspi.ROLE_LIST_BOX,
    pyatspi.ROLE_COMBO_BOX,
}


# The sandbox banner's text (MainWindow::updateService), whose links the test follows.
SANDBOX_BANNER = (
    "<b>Sandbox — simulated results, nothing is billed.</b> Verifications go to a test service on this computer "
    "that knows only invented people. <a href=\"people\">Show the sample people</a> · "
    "<a href=\"settings\">Use the real service…</a>"
)


class Failure(Exception):
    pass


class Catalogue:
    """English source texts to the language under test, from the app's own .ts catalogue."""

    def __init__(self, path, lang):
        self.map = {}  # (context, source) and (None, source) to the translation
        # Source texts (as plain()) a translated app must not show: no finished translation, or
        # one that differs from them. A name among them is English in a Chinese window.
        self.english = set()
        if lang == "en":
            return
        for context in ElementTree.parse(path).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                source = message.findtext("source")
                translation = message.find("translation")
                if source is None:
                    continue
                if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                    if translation is None or translation.get("type") == "unfinished":
                        self.english.add(plain(source))
                    continue
                text = translation.text
                if text is None:
                    forms = [f.text for f in translation.findall("numerusform") if f.text]
                    text = forms[0] if forms else None
                if text:
                    self.map[(name, source)] = text
                    self.map.setdefault((None, source), text)
                if plain(text) != plain(source):
                    self.english.add(plain(source))
        # Said the same in both languages ("RequestId", "MD5"): not English for this check.
        self.english -= {plain(t) for t in self.map.values()}

    def untranslated(self, name):
        """True when `name` is an English source text the catalogue translates (or should)."""
        return bool(self.english) and bool(plain(name)) and plain(name) in self.english

    def tr(self, source, context=None):
        """`context` is the class, "tricheck::gui::BatchDialog"; without it, any context's."""
        return self.map.get((context, source), self.map.get((None, source), source))




def plain(text):
    """A menu or button text as a screen reader gets it: no mnemonic, no ellipsis, no colon."""
    text = re.sub(r"\(&?.\)", "", text or "")
    return re.sub(r"[&…:：.\s]", "", text).casefold()


def pump():
    context = GLib.MainContext.default()
    while context.pending():
        context.iteration(False)


def wait_for(what, predicate, timeout=TIMEOUT):
    deadline = time.monotonic() + timeout
    while True:
        pump()
        value = safe(predicate)  # an object that went away is not there yet
        if value:
            return value
        if time.monotonic() > deadline:
            raise Failure("timed out after %.0f s waiting for %s" % (timeout, what))
        time.sleep(0.02)  # a poll interval, not a wait for something to happen


def safe(getter, default=None):
    try:
        return getter()
    except Exception:  # an object that went away while we looked
        return default


def describe(acc):
    return "%s %r" % (safe(acc.getRoleName, "?"), safe(lambda: acc.name, "?"))


def showing(acc):
    states = safe(acc.getState)
    return states is not None and states.contains(pyatspi.STATE_SHOWING) and states.contains(pyatspi.STATE_VISIBLE)


def children(acc):
    for i in range(safe(lambda: acc.childCount, 0)):
        child = safe(lambda i=i: acc.getChildAtIndex(i))
        if child is not None:
            yield child


def walk(acc, only_showing=True):
    """Every object under acc (cells of tables and lists excepted), depth first."""
    for child in children(acc):
        if only_showing and not showing(child):
            continue
        yield child
        if safe(child.getRole) not in ITEM_CONTAINERS:
            yield from walk(child, only_showing)


def action_names(acc):
    action = safe(acc.queryAction)
    if action is None:
        return []
    return [safe(lambda i=i: action.getName(i), "") for i in range(safe(lambda: action.nActions, 0))]


def do_action(acc, name=None):
    action = acc.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    index = names.index(name) if name in names else 0
    action.doAction(index)


def find(root, predicate, what, timeout=TIMEOUT, only_showing=True):
    return wait_for(
        what,
        lambda: next((a for a in walk(root, only_showing) if safe(lambda a=a: predicate(a), False)), None),
        timeout,
    )


def key(acc):
    """The object's identity on the bus (two proxies of one object compare equal by it)."""
    return (safe(acc.get_process_id), safe(lambda: acc.path))


class App:
    """Xvfb, the app on it, and the app's root on the accessibility bus."""

    def __init__(self, args, home):
        self.args = args
        self.events = []
        for event in ("object:state-changed:focused", "object:state-changed:showing", "focus:"):
            pyatspi.Registry.registerEventListener(self.on_event, event)
        read_fd, write_fd = os.pipe()
        self.xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1440x900x24", "-nolisten", "tcp"],
            pass_fds=(write_fd,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write_fd)
        with os.fdopen(read_fd) as pipe:
            self.display = ":" + pipe.readline().strip()  # Xvfb writes it once it accepts clients
        # The listeners above started the accessibility bus (org.a11y.Bus on this session bus),
        # where the app finds it as on a desktop.
        env = dict(os.environ)
        lang = "zh_CN.UTF-8" if args.lang == "zh_CN" else "C.UTF-8"
        env.update(
            {
                "DISPLAY": self.display,
                "QT_QPA_PLATFORM": "xcb",
                "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
                "HOME": home,
                "XDG_CONFIG_HOME": os.path.join(home, ".config"),
                "XDG_DATA_HOME": os.path.join(home, ".local/share"),
                "XDG_CACHE_HOME": os.path.join(home, ".cache"),
                "LANG": lang,
                "LC_ALL": lang,
                "LANGUAGE": "",
                "QT_LOGGING_RULES": "",
            }
        )
        env.pop("QT_SCALE_FACTOR", None)
        self.log = open(os.path.join(home, "app.log"), "w")
        self.process = subprocess.Popen([args.app], env=env, stdout=self.log, stderr=subprocess.STDOUT)
        self.root = wait_for("the app on the accessibility bus", self.find_root)

    def find_root(self):
        if self.process.poll() is not None:
            raise Failure("the app exited with status %d" % self.process.returncode)
        desktop = pyatspi.Registry.getDesktop(0)
        for app in children(desktop):
            if safe(app.get_process_id) == self.process.pid:
                return app
        return None

    def on_event(self, event):
        source = event.source
        if safe(source.get_process_id) != self.process.pid:
            return
        self.events.append((event.type, event.detail1, source, safe(source.getRole), safe(lambda: source.name, "")))

    def window(self, title, timeout=TIMEOUT):
        def lookup():
            for window in children(self.root):
                if plain(safe(lambda w=window: w.name, "")).startswith(plain(title)) and showing(window):
                    return window
            return None

        return wait_for("the window %r" % title, lookup, timeout)

    def x_focus(self, title):
        """Gives an app window the X input focus (there is no window manager on Xvfb)."""
        env = dict(os.environ, DISPLAY=self.display)

        def ids():
            out = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--pid", str(self.process.pid)],
                env=env,
                capture_output=True,
                text=True,
            ).stdout.split()
            for wid in out:
                name = subprocess.run(["xdotool", "getwindowname", wid], env=env, capture_output=True, text=True)
                if plain(name.stdout).startswith(plain(title)):
                    return wid
            return None

        wid = wait_for("the X window %r" % title, ids)
        subprocess.run(["xdotool", "windowfocus", wid], env=env, check=True)
        wait_for(
            "the X focus on %r" % title,
            lambda: subprocess.run(["xdotool", "getwindowfocus"], env=env, capture_output=True, text=True).stdout.strip()
            == wid,
        )

    def key(self, *keys):
        subprocess.run(["xdotool", "key", "--delay", "0", *keys], env=dict(os.environ, DISPLAY=self.display), check=True)

    def close(self):
        for process in (self.process, self.xvfb):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        self.log.close()


def focused_after(app, start):
    """The object that got the focus after event number `start`, or None."""
    for event_type, detail, source, role, name in app.events[start:]:
        if (event_type.startswith("focus") or event_type == "object:state-changed:focused") and detail == 1:
            return source
    return None


def settle(app, quiet=0.15):
    """Until no event arrived for `quiet` seconds (at most TIMEOUT)."""
    deadline = time.monotonic() + TIMEOUT
    count, since = len(app.events), time.monotonic()
    while time.monotonic() < deadline:
        pump()
        if len(app.events) != count:
            count, since = len(app.events), time.monotonic()
        elif time.monotonic() - since >= quiet:
            return
        time.sleep(0.02)


def tab_stop(acc):
    """A cell stands for its table: the table is one stop."""
    role = safe(acc.getRole)
    if role in (pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TREE_ITEM):
        parent = safe(lambda: acc.parent)
        if parent is not None:
            return parent
    return acc


class Check:
    def __init__(self, args):
        self.args = args
        self.cat = Catalogue(args.catalogue, args.lang)
        self.tr = self.cat.tr
        self.failures = []
        self.passed = 0

    def record(self, name, problem):
        if problem:
            self.failures.append("%s: %s" % (name, problem))
            print("FAIL %s: %s" % (name, problem), flush=True)
        else:
            self.passed += 1
            print("PASS %s" % name, flush=True)

    def unnamed(self, window):
        """Actionable objects without a name, or (in Chinese) with an untranslated English one."""
        bad, count = [], 0
        for acc in walk(window):
            role = safe(acc.getRole)
            if role is None or role in UNNAMED_OK or not action_names(acc):
                continue
            name = safe(lambda a=acc: a.name)
            if name is None or safe(acc.getRole) is None:
                continue  # went away while we looked (a tooltip, a repainted row)
            count += 1
            name = name.strip()
            if not name:
                actions = action_names(acc)
                if safe(acc.getRole) is None or not actions:
                    continue  # went away while we looked
                bad.append(describe(acc) + " with actions " + ",".join(actions))
            elif self.cat.untranslated(name):
                bad.append(describe(acc) + " (untranslated)")
        return bad, count

    def check_names(self, label, window):
        """No actionable object on screen without a name, on every tab of the window."""
        bad, count = self.unnamed(window)
        for tabs in [a for a in walk(window) if safe(a.getRole) == pyatspi.ROLE_PAGE_TAB_LIST]:
            for i in range(safe(lambda: tabs.childCount, 0)):
                # Qt makes a page tab's object anew when the tabs change: looked up each time.
                tab = tabs.getChildAtIndex(i)
                if safe(tab.getRole) != pyatspi.ROLE_PAGE_TAB:
                    continue  # the tab bar's scroll buttons
                do_action(tab)  # Qt's page tabs have no Selection interface: pressed, as by a user
                # Qt 6.4 says "focused" (not "selected") for the current tab.
                wait_for("the tab %s of %s" % (describe(tab), label),
                         lambda i=i: any(tabs.getChildAtIndex(i).getState().contains(s)
                                         for s in (pyatspi.STATE_SELECTED, pyatspi.STATE_FOCUSED)))
                more, n = self.unnamed(window)
                bad += [b for b in more if b not in bad]
                count += n
        self.record(
            "names in %s (%d actionable objects)" % (label, count),
            "%d without a (translated) name: %s" % (len(bad), "; ".join(bad)) if bad else None,
        )

    def run(self):
        home = tempfile.mkdtemp(prefix="tricheck-a11y-")
        app = None
        try:
            app = App(self.args, home)
            self.scenario(app)
        except Failure as failure:
            self.record("scenario", str(failure))
        except Exception as error:  # a bug of this test, or an object gone: reported, not hidden
            self.record("scenario", "%s: %s\n%s" % (type(error).__name__, error, traceback.format_exc()))
        finally:
            if app is not None:
                app.close()
            if self.failures:
                with open(os.path.join(home, "app.log")) as log:
                    print("--- the app's output ---\n" + log.read()[-4000:])
            shutil.rmtree(home, ignore_errors=True)
        print("%s: %d passed, %d failed" % (self.args.lang, self.passed, len(self.failures)))
        return 1 if self.failures else 0

    def scenario(self, app):
        tr = self.tr
        title = tr("TriCheck — mobile, name and ID verification (sandbox)")
        main = app.window(title)
        app.x_focus(title)
        mobile = find(main, lambda a: a.getRole() == pyatspi.ROLE_TEXT and a.getState().contains(pyatspi.STATE_FOCUSED),
                      "the focused mobile number field")

        # The banner's links: links, named each by its own text, followed by their press action.
        links = [a for a in walk(main) if safe(a.getRole) == pyatspi.ROLE_LINK]
        names = [safe(lambda a=a: a.name, "") for a in links]
        banner = self.cat.tr(SANDBOX_BANNER)
        wanted = [re.sub(r"<[^>]*>", "", text) for text in re.findall(r"<a href=[^>]*>(.*?)</a>", banner)]
        self.record(
            "banner links",
            None if all(w in names for w in wanted) and len(set(names)) == len(names) and all(names)
            else "links on the bus: %r, expected %r among them, each named and distinct" % (names, wanted),
        )

        # A verification, filled in from the sample people (opened by the banner's link).
        people_link = next((a for a in links if wanted and safe(lambda a=a: a.name) == wanted[0]), None)
        if people_link is None:  # already reported: the rest is checked all the same
            menubar = find(main, lambda a: a.getRole() == pyatspi.ROLE_MENU_BAR, "the menu bar")
            people_link = find(menubar, lambda a: a.getRole() == pyatspi.ROLE_MENU_ITEM and
                               plain(a.name) == plain(tr("&Sandbox sample people…")), "the sample people menu item",
                               only_showing=False)
        do_action(people_link)
        people = app.window(tr("Sandbox sample people"))
        fill = find(people, lambda a: a.getRole() == pyatspi.ROLE_PUSH_BUTTON and "101" in a.name, "the 101 button")
        do_action(fill)
        wait_for("the form to be filled", lambda: safe(lambda: len(mobile.queryText().getText(0, -1)), 0) > 0)
        app.x_focus(title)
        mobile.queryComponent().grabFocus()
        wait_for("the focus in the form", lambda: mobile.getState().contains(pyatspi.STATE_FOCUSED))

        start = len(app.events)
        app.key("ctrl+Return")
        outcome = tr("Consistent")
        billing = [tr("Billed"), tr("Not billed"), tr("Billing unknown"), tr("Simulated — not billed")]

        def announced():
            for event_type, detail, source, role, name in app.events[start:]:
                spoken = (event_type == "object:state-changed:showing" and detail == 1
                          and role in (pyatspi.ROLE_NOTIFICATION, pyatspi.ROLE_ALERT)) or (
                    (event_type.startswith("focus") or event_type == "object:state-changed:focused") and detail == 1)
                if spoken and outcome in (name or "") and any(b in name for b in billing):
                    return name
            return None

        try:
            said = wait_for("the outcome to be announced", announced)
            self.record("verification announced (%r)" % said, None)
        except Failure as failure:
            heard = ["%s %s %r" % (t, safe(lambda r=r: pyatspi.Role(r).value_nick, r), n)
                     for t, d, s, r, n in app.events[start:] if d == 1][:12]
            self.record("verification announced", "%s; events after Verify: %s" % (failure, heard))

        self.check_tab_cycle(app, main, mobile)

        # With an outcome on screen and text in the other fields: every clear button shown.
        for label, text in (("&Reference:", "KYC-1"), ("Search the history", "KYC-1")):
            field = find(main, lambda a, label=label: a.getRole() == pyatspi.ROLE_TEXT and
                         plain(a.name) == plain(tr(label)), "the field %r" % label)
            field.queryEditableText().setTextContents(text)
            wait_for("the text in %r" % label, lambda field=field: field.queryText().getText(0, -1) == text)
        self.check_names("the main window", main)

        # The dialogs, opened from the menus as a screen-reader user would (Action on the items).
        for item, window_title, context in (
            ("Verify a &file…", "Verify a file", "BatchDialog"),
            ("&Audit log…", "Audit log", "AuditLogDialog"),
            ("&Settings…", "Settings", "SettingsDialog"),
        ):
            menubar = find(main, lambda a: a.getRole() == pyatspi.ROLE_MENU_BAR, "the menu bar")
            menu_item = find(menubar, lambda a, item=item: a.getRole() == pyatspi.ROLE_MENU_ITEM and
                             plain(a.name) == plain(tr(item)), "the menu item %r" % item, only_showing=False)
            do_action(menu_item)
            self.check_names(window_title, app.window(tr(window_title, "tricheck::gui::" + context)))

    def check_tab_cycle(self, app, main, mobile):
        """Tab from the mobile number field back to it: each stop once, and out of the history."""
        app.x_focus(safe(lambda: main.name, ""))
        mobile.queryComponent().grabFocus()
        wait_for("the focus on the mobile number field", lambda: mobile.getState().contains(pyatspi.STATE_FOCUSED))
        stops, problem = [], None
        for _ in range(60):
            start = len(app.events)
            app.key("Tab")
            try:
                got = wait_for("the focus to move after Tab", lambda: focused_after(app, start), 10)
            except Failure as failure:
                problem = str(failure)
                break
            settle(app)  # the view's focus, then its current cell's: the last one is where it is
            last = got
            for event_type, detail, source, role, name in app.events[start:]:
                if (event_type.startswith("focus") or event_type == "object:state-changed:focused") and detail == 1:
                    last = source
            stop = tab_stop(last)
            if key(stop) == key(mobile):
                break
            stops.append(stop)
        else:
            problem = "Tab never came back to the mobile number field in 60 presses"
        labels = [describe(s) for s in stops]
        print("Tab cycle: " + " → ".join(labels), flush=True)
        if problem is None:
            keys = [key(s) for s in stops]
            repeated = sorted({describe(s) for s in stops if keys.count(key(s)) > 1})
            tables = [s for s in stops if safe(s.getRole) == pyatspi.ROLE_TABLE]
            unnamed = [describe(s) for s in stops if not safe(lambda s=s: s.name, "").strip()
                       or self.cat.untranslated(safe(lambda s=s: s.name, ""))]
            if repeated:
                problem = "stops visited more than once: %s" % repeated
            elif len(tables) != 1:
                problem = "expected the history table once in the cycle, got %d" % len(tables)
            elif unnamed:
                problem = "stops without a (translated) name: %s" % unnamed
        self.record("Tab cycle (%d stops) leaves the history table" % (len(stops) + 1), problem)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", required=True)
    parser.add_argument("--catalogue", required=True)
    parser.add_argument("--lang", choices=("en", "zh_CN"), default="en")
    args = parser.parse_args()
    return Check(args).run()


if __name__ == "__main__":
    sys.exit(main())
