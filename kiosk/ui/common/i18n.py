"""Languages at run time: which catalogues exist, how they are loaded, and switching.

Source texts are the Dutch texts in the code (``self.tr()`` and
``QCoreApplication.translate(context, ...)``), so Dutch needs no catalogue. Every other language
has one Qt Linguist file per role under ``translations/``: ``kiosk_fr.ts``, ``counter_de.ts``,
``display_en.ts``, ... (``catalogue_name``). The kiosk catalogue covers ``kiosk/ui/kiosk_screen``
and ``kiosk/ui/common``; the counter's and the display's cover their own packages.

Compiled ``.qm`` files are never committed. ``build/dev.py`` compiles them next to the ``.ts``
before it starts the app or the tests (``build/catalogues.py compile``); at runtime ``qm_path``
uses a ``.qm`` next to its ``.ts`` when it is at least as new, else compiles one into
``<data dir>/translations``. That compile stays here, not in ``build/``: a plain ``pip install``
or ``uv run kiosk`` has no ``build/`` folder and must still find its translations. Without
lrelease the screen stays Dutch and the log says why.

``use_language(role, lang)`` swaps the role's QTranslator, sets QLocale's default (dates, day
names) and the layout direction (right to left for Arabic) and delivers the LanguageChange
event at once. Widgets that set their texts once (in ``__init__``) are translated again by
``retranslate_tree``, called from a window's LanguageChange handler.

Catalogues are brought in line with the code by the developers' tool ``build/catalogues.py``
(``python build/catalogues.py update [role]``). The counter and the display also have a Dutch
catalogue with only their ``%n`` texts (``counter_nl.ts``, SOURCE_PLURAL_ROLES): Qt fills in
``%n`` in a source text but never picks its singular, so "Wachtte %n minuten" gets
"Wachtte %n minuut" from there.
"""

from __future__ import annotations

import logging
import os
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path
from typing import cast

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from kiosk.paths import data_dir

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "nl"
#: Every language the kiosk can speak, in the order of its language row.
LANGUAGES = ("nl", "fr", "en", "de", "ar")
#: Each language named in itself (shown on the kiosk's language row; never translated).
NATIVE_NAMES = {
    "nl": "Nederlands",
    "fr": "Français",
    "en": "English",
    "de": "Deutsch",
    "ar": "العربية",
}
RIGHT_TO_LEFT = frozenset({"ar"})
ROLES = ("kiosk", "counter", "display")
#: Source folders whose texts go into each role's catalogue (relative to the checkout).
ROLE_SOURCES = {
    "kiosk": ("kiosk/ui/kiosk_screen", "kiosk/ui/common"),
    "counter": ("kiosk/ui/counter",),
    "display": ("kiosk/ui/display",),
}
#: Catalogue languages per role (the counter and display have no Arabic).
ROLE_LANGUAGES = {
    "kiosk": ("fr", "en", "de", "ar"),
    "counter": ("fr", "en", "de"),
    "display": ("fr", "en", "de"),
}
_LOCALES = {
    "nl": (QLocale.Language.Dutch, QLocale.Country.Belgium),
    "fr": (QLocale.Language.French, QLocale.Country.Belgium),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
    "de": (QLocale.Language.German, QLocale.Country.Belgium),
    # Not Qt's default Arabic (Egypt), which writes Arabic-Indic digits: the ticket number, the
    # paper and the waiting-room display use Western digits, so the screen does too. Arabic of
    # the Emirates has them, with the common month names (not the Maghreb's own).
    "ar": (QLocale.Language.Arabic, QLocale.Country.UnitedArabEmirates),
}
#: Plural forms per language in a .ts file (Qt's rules): Dutch, French, English, German 2,
#: Arabic 6.
NUMERUS_FORMS = {"nl": 2, "fr": 2, "en": 2, "de": 2, "ar": 6}
#: Roles with a Dutch catalogue of only their ``%n`` texts (``counter_nl.ts``): Qt fills in
#: ``%n`` in a source text but does not pick a plural form, so "%n minuten" needs the Dutch
#: singular from a catalogue, like any other language (lupdate's "plural only" catalogue).
SOURCE_PLURAL_ROLES = ("counter", "display")


# --- files ----------------------------------------------------------------------------------


def translations_dir() -> Path:
    """``translations/`` in a source checkout, ``kiosk/_translations`` in an installed wheel."""
    installed = Path(__file__).resolve().parent.parent.parent / "_translations"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent.parent.parent / "translations"


def cache_dir() -> Path:
    return data_dir() / "translations"


def catalogue_name(role: str, lang: str) -> str:
    """``kiosk_fr``: the file name (without ``.ts``/``.qm``) of a role's catalogue."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    return f"{role}_{lang}"


def ts_path(role: str, lang: str) -> Path:
    return translations_dir() / f"{catalogue_name(role, lang)}.ts"


def language_code(lang: str) -> str:
    """``"fr"`` from ``"fr"``, ``"fr_BE"`` or ``"fr-BE"``; unknown languages give Dutch."""
    code = lang.replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def qt_locale(lang: str) -> QLocale:
    language, country = _LOCALES[language_code(lang)]
    return QLocale(language, country)


# --- compiling ------------------------------------------------------------------------------


def lrelease_command() -> list[str]:
    """The lrelease that comes with PySide6 (inside the PySide6 package)."""
    import PySide6

    exe = "lrelease.exe" if os.name == "nt" else "lrelease"
    return [str(Path(PySide6.__file__).resolve().parent / exe)]


def compile_ts(ts: Path, qm: Path) -> subprocess.CompletedProcess[str]:
    """Run lrelease on one catalogue (raises OSError when lrelease cannot be started)."""
    qm.parent.mkdir(parents=True, exist_ok=True)
    return subprocess.run(
        [*lrelease_command(), str(ts), "-qm", str(qm)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def is_fresh(qm: Path, ts: Path) -> bool:
    """The compiled ``qm`` exists and is not older than its catalogue ``ts``."""
    return qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime


def qm_path(role: str, lang: str) -> Path | None:
    """A compiled catalogue that is not older than its ``.ts``; compiled into the cache folder
    when needed. None: the catalogue does not exist or could not be compiled (logged)."""
    ts = ts_path(role, lang)
    if not ts.is_file():
        return None
    beside = ts.with_suffix(".qm")
    if is_fresh(beside, ts):
        return beside
    cached = cache_dir() / beside.name
    if is_fresh(cached, ts):
        return cached
    try:
        done = compile_ts(ts, cached)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("cannot compile %s: %r; the screen stays in Dutch", ts.name, exc)
        return None
    if done.returncode != 0 or not cached.is_file():
        log.warning("lrelease failed on %s: %s", ts.name, (done.stderr or done.stdout).strip())
        return None
    return cached


# --- loading and switching ------------------------------------------------------------------

_translators: dict[str, QTranslator] = {}
#: Every catalogue loaded so far, per (role, language), kept for the process's life: a kiosk
#: switches language many times a day, and deleting a translator that was just removed
#: (deleteLater) crashed PySide now and then, while a few loaded catalogues cost little.
_loaded: dict[tuple[str, str], QTranslator] = {}
_languages: dict[str, str] = {}


def current_language(role: str = "kiosk") -> str:
    return _languages.get(role, SOURCE_LANGUAGE)


def use_language(role: str, lang: str, window: QWidget | None = None) -> bool:
    """Show ``role``'s texts in ``lang`` from now on; returns False when its catalogue could not
    be loaded (the texts stay Dutch).

    The old translator of this role is removed, the new one installed, QLocale's default set to
    the language, and the layout direction set (on ``window`` when given, so other windows of
    the same process keep theirs; else on the whole application). The LanguageChange event is
    delivered before this returns.
    """
    app = QCoreApplication.instance()
    code = language_code(lang)
    old = _translators.pop(role, None)
    if old is not None and app is not None:
        QCoreApplication.removeTranslator(old)  # kept in _loaded, never deleted
    loaded = True
    # Dutch needs no catalogue, only its plural forms for some roles (SOURCE_PLURAL_ROLES).
    if code != SOURCE_LANGUAGE or role in SOURCE_PLURAL_ROLES:
        translator = _loaded.get((role, code))
        if translator is None or not shiboken6.isValid(translator):  # gone with an old app
            qm = qm_path(role, code)
            fresh = QTranslator(app)
            if qm is not None and fresh.load(str(qm)):
                translator = _loaded[(role, code)] = fresh
        if translator is not None:
            QCoreApplication.installTranslator(translator)
            _translators[role] = translator
        elif code == SOURCE_LANGUAGE:
            log.warning("no Dutch plural forms for the %s: '%%n' texts stay plural", role)
        else:
            log.warning("no %s catalogue for %s; texts stay in Dutch", role, code)
            loaded = False
            code = SOURCE_LANGUAGE
    _languages[role] = code
    QLocale.setDefault(qt_locale(code))
    direction = (
        Qt.LayoutDirection.RightToLeft if code in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
    )
    if window is not None:
        window.setLayoutDirection(direction)
    elif isinstance(app, QApplication):
        app.setLayoutDirection(direction)
    if app is not None:
        # Installing a translator posts LanguageChange to every window: deliver it now, so the
        # caller (and a test) sees the new texts at once. A window that did not get one (Dutch
        # to Dutch) is told here too.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        if window is not None and old is None and code == SOURCE_LANGUAGE:
            QCoreApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))
    return loaded


# --- translating texts that were set once ---------------------------------------------------

# Per widget and attribute: [context, source text, text set last]. Stored as dynamic properties
# on the widget, so a widget that is deleted takes its record with it.
_ATTRS = ("text", "accessibleName", "accessibleDescription", "toolTip")


def _get(widget: QWidget, attr: str) -> str:
    if attr == "text":
        if isinstance(widget, QLabel):
            return widget.text()
        # The button's own text, not a subclass's label (_ATTRS: only labels and buttons).
        return QAbstractButton.text(cast(QAbstractButton, widget))
    return str(getattr(widget, attr)())


def _set(widget: QWidget, attr: str, value: str) -> None:
    if attr == "text":
        if isinstance(widget, QLabel):
            widget.setText(value)
        else:
            QAbstractButton.setText(cast(QAbstractButton, widget), value)
        return
    setter = "set" + attr[0].upper() + attr[1:]
    getattr(widget, setter)(value)


def _contexts(widget: QWidget, extra: Iterable[str]) -> list[str]:
    names: list[str] = []
    w: QObject | None = widget
    while w is not None:
        for cls in type(w).__mro__:
            if cls.__module__.startswith("kiosk.") and cls.__name__ not in names:
                names.append(cls.__name__)
        w = w.parent()
    names += [e for e in extra if e not in names]
    return names


def _find_context(text: str, contexts: list[str]) -> str | None:
    for ctx in contexts:
        if QCoreApplication.translate(ctx, text) != text:
            return ctx
    return None


_contexts_cache: dict[Path, tuple[float, list[str]]] = {}


def catalogue_contexts(role: str) -> list[str]:
    """The contexts of ``role``'s catalogue in the language loaded now ([] for Dutch)."""
    lang = current_language(role)
    if lang == SOURCE_LANGUAGE:
        return []
    ts = ts_path(role, lang)
    if not ts.is_file():
        return []
    stamp = ts.stat().st_mtime
    cached = _contexts_cache.get(ts)
    if cached is None or cached[0] != stamp:
        names = [c.findtext("name") or "" for c in ET.parse(ts).getroot().iter("context")]
        cached = (stamp, names)
        _contexts_cache[ts] = cached
    return list(cached[1])


def retranslate_tree(root: QWidget, extra_contexts: Iterable[str] = ()) -> int:
    """Translate again every text of ``root`` and its children that was set once from a
    translated source text and not changed since: labels, button texts, accessible names and
    descriptions, tool tips. Texts the code sets anew each time a screen shows are left alone
    (the code sets them again in the new language). Returns how many texts changed.

    How it knows the source: a text still in Dutch is its own source; its context is the class
    of the widget or of one of its parents (``self.tr`` in a screen's ``__init__``) or one of
    ``extra_contexts``: the first one the loaded catalogues translate it in.
    """
    extra = list(extra_contexts)
    changed = 0
    for widget in [root, *root.findChildren(QWidget)]:
        for attr in _ATTRS:
            if attr == "text" and not isinstance(widget, QLabel | QAbstractButton):
                continue
            current = _get(widget, attr)
            if not current:
                continue
            prop = f"_i18n_{attr}"
            record = widget.property(prop)
            if record and len(record) == 3 and current == record[2]:
                ctx, source = record[0], record[1]
            else:
                found = _find_context(current, _contexts(widget, extra))
                if found is None:
                    widget.setProperty(prop, None)
                    continue
                ctx, source = found, current
            new = QCoreApplication.translate(ctx, source)
            widget.setProperty(prop, [ctx, source, new])
            if new != current:
                _set(widget, attr, new)
                changed += 1
    return changed
