"""The checks an assistive technology's view of a window must pass, used by
test_accessible_tree.py and by the shared walk through the kiosk's screens (every_screen.py).

What is checked: on each screen, the QAccessible tree of a window is walked (offscreen, no X
server): every interactive control has a role that fits its kind and a non-empty Dutch
accessible name; every touch target is at least 48 x 48 px at the kiosk's real size (1080 x
1920 portrait and 1920 x 1080 landscape, 1 px = 1 px on the screen), with a few px between
neighbouring targets. ``noise_problems``: nothing a screen reader would stop at that says
nothing: no unnamed image (a decorative icon belongs out of the tree), no empty text, and no
focusable thing that is not a control (an unnamed container the first Tab landed on).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QRect
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QRadioButton,
    QTabBar,
    QWidget,
)

Role = QAccessible.Role

#: Roles a user acts on; each must have a name.
INTERACTIVE = {
    Role.Button,
    Role.ButtonMenu,
    Role.ButtonDropDown,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.EditableText,
    Role.ListItem,
    Role.PageTab,
    Role.MenuItem,
    Role.SpinBox,
    Role.Slider,
}

#: Containers a user moves through; each must have a name too (not a touch target).
NAMED_CONTAINERS = {Role.Table, Role.List, Role.Tree, Role.PageTabList}

#: Widget kind -> the roles that fit it.
FITTING_ROLES: list[tuple[type[QWidget], set[QAccessible.Role]]] = [
    (QCheckBox, {Role.CheckBox}),
    (QRadioButton, {Role.RadioButton}),
    (
        QAbstractButton,
        {Role.Button, Role.ButtonMenu, Role.ButtonDropDown, Role.CheckBox, Role.RadioButton},
    ),
    (QLineEdit, {Role.EditableText}),
    (QComboBox, {Role.ComboBox}),
    (QTabBar, {Role.PageTabList}),
]

MIN_TARGET = 48  # px: 9 mm at the kiosk's configured scale (design/accessibility.md, point 2)
MIN_GAP = 4  # px between two touch targets

#: Dutch, not an identifier: no underscores, no camelCase, not a bare class name.
_IDENTIFIER = re.compile(r"_|[a-z][A-Z]|^Q[A-Z]")


@dataclass(frozen=True, slots=True)
class Control:
    screen: str
    role: QAccessible.Role
    name: str
    rect: QRect
    widget: QWidget | None

    def label(self) -> str:
        kind = type(self.widget).__name__ if self.widget is not None else "item"
        return f"{self.screen}: {kind} {self.role.name} {self.name!r} {self.rect.getRect()}"


def _children(iface: QAccessibleInterface) -> Iterator[QAccessibleInterface]:
    for i in range(iface.childCount()):
        child = iface.child(i)
        if child is not None and child.isValid():
            yield child


def shown(screen: str, window: QWidget) -> Iterator[tuple[QAccessibleInterface, QWidget | None]]:
    """Every node of ``window``'s accessible tree that shows, with its widget (if any)."""
    root = QAccessible.queryAccessibleInterface(window)
    assert root is not None and root.isValid(), screen
    todo = [root]
    while todo:
        iface = todo.pop()
        if iface.state().invisible:
            continue
        obj = iface.object()
        widget = obj if isinstance(obj, QWidget) else None
        if widget is not None and not widget.isVisible():
            continue
        yield iface, widget
        todo.extend(_children(iface))


def controls(screen: str, window: QWidget) -> list[Control]:
    """The visible interactive controls in ``window``'s accessible tree."""
    found: list[Control] = []
    for iface, widget in shown(screen, window):
        role = iface.role()
        if (
            role in INTERACTIVE
            or role in NAMED_CONTAINERS
            or (widget is not None and _expected_roles(widget))
        ):
            found.append(
                Control(
                    screen, role, iface.text(QAccessible.Text.Name).strip(), iface.rect(), widget
                )
            )
    return found


def noise_problems(screen: str, window: QWidget) -> list[str]:
    """What a screen reader would stop at without learning anything (see the docstring)."""
    problems = []
    for iface, widget in shown(screen, window):
        role = iface.role()
        name = iface.text(QAccessible.Text.Name).strip()
        item = Control(screen, role, name, iface.rect(), widget)
        if role == Role.Graphic and not name:
            problems.append(f"unnamed image (decorative? hide it): {item.label()}")
        elif role == Role.StaticText and not name:
            problems.append(f"empty text: {item.label()}")
        elif iface.state().focusable and role not in INTERACTIVE and widget is not window:
            problems.append(f"takes the focus, but is no control: {item.label()}")
    return problems


def _expected_roles(widget: QWidget) -> set[QAccessible.Role]:
    for kind, roles in FITTING_ROLES:
        if isinstance(widget, kind):
            return roles
    return set()


def naming_problems(items: list[Control]) -> list[str]:
    problems = []
    for c in items:
        if not c.name:
            problems.append(f"no accessible name: {c.label()}")
        elif _IDENTIFIER.search(c.name):
            problems.append(f"name looks like code, not Dutch: {c.label()}")
        expected = _expected_roles(c.widget) if c.widget is not None else set()
        if expected and c.role not in expected:
            problems.append(f"role {c.role.name} does not fit: {c.label()}")
    return problems


def _is_touch_target(c: Control) -> bool:
    return c.role in INTERACTIVE and not c.rect.isEmpty()


def size_problems(items: list[Control], window: QWidget) -> list[str]:
    screen_rect = QRect(window.mapToGlobal(window.rect().topLeft()), window.size())
    targets = [c for c in items if _is_touch_target(c) and c.rect.intersects(screen_rect)]
    problems = []
    for c in targets:
        if c.rect.width() < MIN_TARGET or c.rect.height() < MIN_TARGET:
            problems.append(f"smaller than {MIN_TARGET}x{MIN_TARGET}: {c.label()}")
    shown = [(c, _shown_rect(c)) for c in targets]
    shown = [(c, r) for c, r in shown if not r.isEmpty()]
    for i, (a, ra) in enumerate(shown):
        for b, rb in shown[i + 1 :]:
            if _contains(a, b) or _contains(b, a):
                continue  # an item inside its list, a key inside its pad
            if ra.adjusted(-MIN_GAP + 1, -MIN_GAP + 1, MIN_GAP - 1, MIN_GAP - 1).intersects(rb):
                problems.append(f"less than {MIN_GAP} px apart: {a.label()} / {b.label()}")
    return problems


def _shown_rect(c: Control) -> QRect:
    """The part of the target one can see (and touch), in screen coordinates: a button
    scrolled half under the edge of a scroll area is only touchable where it shows."""
    if c.widget is None:
        return c.rect
    seen = c.widget.visibleRegion().boundingRect()
    return QRect(c.widget.mapToGlobal(seen.topLeft()), seen.size())


def _contains(outer: Control, inner: Control) -> bool:
    return (
        outer.widget is not None
        and inner.widget is not None
        and outer.widget.isAncestorOf(inner.widget)
    )


def visible_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]
