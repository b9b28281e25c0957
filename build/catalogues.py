"""The translation catalogues, for developers: bring them in line with the code, compile them.

Usage (from the checkout, in the project's environment):
    python build/catalogues.py update [kiosk|counter|display ...]   update translations/*.ts
    python build/catalogues.py compile [--quiet]                    every .ts to an up-to-date .qm

``update``: pyside6-lupdate finds the texts of each role's code (``i18n.ROLE_SOURCES``); texts
of module helpers ``_tr(...)`` (which lupdate files under no context) are put in their module's
``_CTX`` context, and texts with ``%n`` get plural forms. Translations already made are kept.
A module that calls ``_tr`` without a ``_CTX`` is refused (``UnfiledTexts``): lupdate would file
its texts under no context and they would silently be left out of every catalogue.

``compile`` is what ``build/dev.py`` runs before the app and the tests. Loading and the
run-time compile of a missing ``.qm`` (an installed app has no ``build/``) stay in
``kiosk/ui/common/i18n.py``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from kiosk.ui.common import i18n

ROOT = Path(__file__).resolve().parent.parent
#: The language attribute of a ``.ts`` file per language.
TS_LANGUAGE = {"nl": "nl_BE", "fr": "fr_BE", "en": "en_GB", "de": "de_BE", "ar": "ar"}
#: A call of a module's ``_tr`` helper (not ``self._tr`` or ``x_tr``).
_TR_CALL = re.compile(r"(?<![.\w])_tr\(")
_MODULE_CONTEXT = re.compile(r'^_CTX = "(\w+)"', re.M)

Found = dict[tuple[str, str], list[tuple[str, int]]]


class UnfiledTexts(Exception):
    """Texts lupdate would file under no context: they would be missing from the catalogues."""

    def __init__(self, where: list[str]) -> None:
        self.where = where
        super().__init__(
            'texts without a context (give each module that calls _tr a _CTX = "..."): '
            + ", ".join(where)
        )


def source_files(role: str) -> list[Path]:
    return sorted(p for d in i18n.ROLE_SOURCES[role] for p in (ROOT / d).glob("*.py"))


def _lupdate_command() -> list[str]:
    import PySide6

    exe = "lupdate.exe" if os.name == "nt" else "lupdate"
    return [str(Path(PySide6.__file__).resolve().parent / exe)]


def module_contexts(files: list[Path]) -> dict[str, str]:
    """File name -> the ``_CTX`` its ``_tr`` texts are filed under. Raises UnfiledTexts for a
    module that calls ``_tr`` but names no ``_CTX``."""
    contexts: dict[str, str] = {}
    unfiled: list[str] = []
    for f in files:
        text = f.read_text(encoding="utf-8")
        m = _MODULE_CONTEXT.search(text)
        if m:
            contexts[f.name] = m.group(1)
        elif _TR_CALL.search(text):
            unfiled.append(f.name)
    if unfiled:
        raise UnfiledTexts(unfiled)
    return contexts


def _lupdate(files: list[Path], tmp: Path) -> ET.ElementTree:
    out = tmp / "fresh.ts"
    done = subprocess.run(
        [
            *_lupdate_command(),
            "-locations",
            "absolute",
            "-tr-function-alias",
            "tr+=_tr",
            *map(str, files),
            "-ts",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"lupdate failed: {done.stderr or done.stdout}")
    return ET.parse(out)


def extract(role: str, files: list[Path] | None = None) -> Found:
    """Every source text of ``role``'s code (or of ``files``) as lupdate finds it:
    (context, text) -> locations (file relative to ``translations/``, line). Texts of ``_tr(...)``
    helpers get their module's ``_CTX`` context; a text that would get none raises
    UnfiledTexts."""
    files = source_files(role) if files is None else files
    ctx_of_file = module_contexts(files)
    with tempfile.TemporaryDirectory() as tmp:
        tree = _lupdate(files, Path(tmp))
        where = Path(tmp)
    found: Found = {}
    unfiled: list[str] = []
    texts = {f.name: f.read_text(encoding="utf-8") for f in files}
    base = i18n.translations_dir()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            source = msg.findtext("source") or ""
            for loc in msg.iter("location"):
                fname = Path(loc.get("filename", "")).name
                ctx = name
                module_ctx = ctx_of_file.get(fname)
                if module_ctx and (not name or _called_with_tr(texts.get(fname, ""), source)):
                    ctx = module_ctx
                if not ctx:
                    unfiled.append(f"{fname}:{loc.get('line', '?')} {source!r}")
                    continue
                full = Path(os.path.normpath(where / loc.get("filename", "")))
                path = Path(os.path.relpath(full, base))
                found.setdefault((ctx, source), []).append(
                    (path.as_posix(), int(loc.get("line", "0")))
                )
    if unfiled:
        raise UnfiledTexts(unfiled)
    return found


def _called_with_tr(text: str, source: str) -> bool:
    literal = re.escape(source.replace("\\", "\\\\").replace('"', '\\"'))
    return re.search(r'(?<![.\w])_tr\(\s*"' + literal + '"', text) is not None


def read_ts(path: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> <message> of an existing catalogue."""
    if not path.is_file():
        return {}
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            out[(name, msg.findtext("source") or "")] = msg
    return out


def update_catalogue(role: str, lang: str) -> tuple[int, int]:
    """Bring ``translations/<role>_<lang>.ts`` in line with the code; returns (texts, new).
    Texts no longer in the code are dropped; translations already made are kept. The Dutch
    catalogue (SOURCE_PLURAL_ROLES) holds only the ``%n`` texts."""
    found = extract(role)
    if lang == i18n.SOURCE_LANGUAGE:
        found = {key: where for key, where in found.items() if "%n" in key[1]}
    path = i18n.ts_path(role, lang)
    old = read_ts(path)
    root = ET.Element("TS", version="2.1", language=TS_LANGUAGE[lang])
    new = 0
    for ctx in sorted({c for c, _ in found}):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = ctx
        for (c, source), locations in sorted(found.items(), key=lambda kv: min(kv[1])):
            if c != ctx:
                continue
            msg = ET.SubElement(context, "message")
            if "%n" in source:
                msg.set("numerus", "yes")
            for fname, line in sorted(set(locations)):
                ET.SubElement(msg, "location", filename=fname, line=str(line))
            ET.SubElement(msg, "source").text = source
            if not _keep_translation(msg, old.get((ctx, source)), lang):
                new += 1
    write_ts(root, path)
    return len(found), new


def _keep_translation(msg: ET.Element, before: ET.Element | None, lang: str) -> bool:
    """Give ``msg`` the translation of ``before`` (False: there is none yet, left unfinished)."""
    numerus = msg.get("numerus") == "yes"
    tr = ET.SubElement(msg, "translation")
    kept = before.find("translation") if before is not None else None
    if kept is None or kept.get("type") in ("unfinished", "vanished", "obsolete"):
        tr.set("type", "unfinished")
        if numerus:
            for _ in range(i18n.NUMERUS_FORMS[lang]):
                ET.SubElement(tr, "numerusform")
        return False
    if numerus:
        forms = [f.text or "" for f in kept.iter("numerusform")] or [kept.text or ""]
        forms = (forms + [forms[-1]] * 6)[: i18n.NUMERUS_FORMS[lang]]
        for form in forms:
            ET.SubElement(tr, "numerusform").text = form
    else:
        tr.text = kept.text
    return True


def write_ts(root: ET.Element, path: Path) -> None:
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def compile_all(target: Path | None = None) -> list[Path]:
    """Compile every ``.ts`` that has no up-to-date ``.qm`` (next to it, or in ``target``)."""
    out = []
    for ts in sorted(i18n.translations_dir().glob("*.ts")):
        qm = (target or ts.parent) / ts.with_suffix(".qm").name
        if not i18n.is_fresh(qm, ts):
            done = i18n.compile_ts(ts, qm)
            if done.returncode != 0:
                raise RuntimeError(f"lrelease failed on {ts.name}: {done.stderr or done.stdout}")
        out.append(qm)
    return out


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("update", "compile"):
        print("usage: python build/catalogues.py update [kiosk|counter|display ...] | compile")
        return 2
    if argv[0] == "compile":
        for qm in compile_all():
            if "--quiet" not in argv:
                print(qm)
        return 0
    roles = argv[1:] or ["kiosk"]
    try:
        for role in roles:  # every module first: no catalogue half updated
            module_contexts(source_files(role))
        for role in roles:
            plurals = (i18n.SOURCE_LANGUAGE,) if role in i18n.SOURCE_PLURAL_ROLES else ()
            for lang in (*plurals, *i18n.ROLE_LANGUAGES[role]):
                total, new = update_catalogue(role, lang)
                print(f"{i18n.catalogue_name(role, lang)}.ts: {total} texts, {new} to translate")
    except UnfiledTexts as exc:
        print(f"catalogues.py: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
