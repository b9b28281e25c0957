"""What assistive technology (a screen reader, switch access) is told, beyond Qt's defaults.

Qt describes every widget to a screen reader (AT-SPI on Linux, UI Automation on Windows)
through its accessibility tree. Two things its defaults get wrong for the kiosk:

- ``decorative(widget)``: an icon next to a text says nothing the text does not. Qt shows every
  QLabel with a picture as an unnamed image, so a screen reader says "image" some fourteen times
  on the start screen. Qt Widgets has no "hidden from assistive technology" switch (QML has
  ``Accessible.ignored``); the one thing Qt leaves out of the tree is a child widget named
  ``qt_rubberband`` (QAccessibleWidget's child list skips it: Qt's own rubber bands, drawn
  while dragging). A decorative widget takes that name. It must have no name of its own for the
  style sheets, and it may hold no control (its children leave the tree with it).
  tests/ui/test_accessible_tree.py and tests/ui/test_atspi.py check that no unnamed image shows.
- ``QuietLabel``: a label that is empty most of the time (a note) is hidden while empty, so a
  screen reader never meets an empty label; it keeps its room, so nothing moves when it speaks.
- ``as_radio(button)``: a checkable button that is one choice of a row (a language) is a radio
  button for assistive technology, checked when it is the current choice, with one action,
  "Press", that does what a tap does. Qt's own checkable push button offers "Toggle", which only
  flips the check mark: a screen reader's default action then ticked a second language without
  switching to it.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAbstractButton, QAccessibleWidget, QLabel, QWidget

#: The one object name Qt's accessibility tree leaves out (see the module's docstring).
HIDDEN_NAME = "qt_rubberband"
_RADIO = "assistiveRadio"
_installed = False


def decorative(widget: QWidget) -> QWidget:
    """Leave ``widget`` (an icon, an empty spacer label) out of the accessibility tree."""
    widget.setObjectName(HIDDEN_NAME)
    return widget


def is_decorative(widget: QWidget) -> bool:
    return widget.objectName() == HIDDEN_NAME


class QuietLabel(QLabel):
    """A label shown only while it has a text (see the module's docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.setVisible(False)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))


class RadioButtonAccessible(QAccessibleWidget):
    """A checkable button seen as a radio button: one action that chooses it, as a tap does."""

    def __init__(self, button: QAbstractButton) -> None:
        super().__init__(button, QAccessible.Role.RadioButton)
        self._button = button

    def state(self) -> QAccessible.State:
        state = super().state()
        state.checkable = True
        state.checked = self._button.isChecked()
        return state

    def actionNames(self) -> list[str]:
        names = list(super().actionNames())  # "SetFocus" for a focusable button
        if self._button.isEnabled():
            names.insert(0, self.pressAction())
        return names

    def doAction(self, actionName: str) -> None:
        if actionName == self.pressAction():
            if self._button.isEnabled():
                self._button.click()
            return
        super().doAction(actionName)


def _factory(_class_name: str, obj: object) -> QAccessibleInterface | None:
    if isinstance(obj, QAbstractButton) and obj.property(_RADIO):
        return RadioButtonAccessible(obj)
    return None


def as_radio(button: QAbstractButton) -> QAbstractButton:
    """Show ``button`` to assistive technology as a radio button (see the module's docstring).
    Call it before the button is shown: Qt keeps the first description it made of a widget."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
    button.setProperty(_RADIO, True)
    return button
