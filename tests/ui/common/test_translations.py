"""The catalogues under translations/ are complete, match the code, and compile cleanly."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from kiosk.ui.common import i18n
from tests.build.scripts import load_script

catalogues = load_script("catalogues")

CATALOGUES = [(role, lang) for role in i18n.ROLES for lang in i18n.ROLE_LANGUAGES[role]]
IDS = [i18n.catalogue_name(role, lang) for role, lang in CATALOGUES]
PLACEHOLDER = re.compile(r"\{\w+\}")


def existing(role: str, lang: str):
    path = i18n.ts_path(role, lang)
    if not path.is_file():
        pytest.skip(f"{path.name} does not exist yet")
    return path


@pytest.fixture(scope="module")
def found_in_code():
    """What lupdate finds in each role's code right now (run once per role)."""
    cache: dict[str, set[tuple[str, str]]] = {}

    def get(role: str) -> set[tuple[str, str]]:
        if role not in cache:
            cache[role] = set(catalogues.extract(role))
        return cache[role]

    return get


@pytest.mark.parametrize(("role", "lang"), CATALOGUES, ids=IDS)
def test_every_text_is_translated(role, lang) -> None:
    path = existing(role, lang)
    problems = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for msg in context.iter("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            kind = tr.get("type") if tr is not None else "missing"
            if kind in ("unfinished", "vanished", "obsolete", "missing"):
                problems.append(f"{name}: {source!r} is {kind}")
                continue
            forms = [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]
            if msg.get("numerus") == "yes" and len(forms) != i18n.NUMERUS_FORMS[lang]:
                problems.append(f"{name}: {source!r} has {len(forms)} plural forms")
            if not all(f.strip() for f in forms):
                problems.append(f"{name}: {source!r} has an empty translation")
            wanted = sorted(set(PLACEHOLDER.findall(source)))
            for form in forms:
                if sorted(set(PLACEHOLDER.findall(form))) != wanted:
                    problems.append(f"{name}: {form!r} lacks or adds a placeholder of {source!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(("role", "lang"), CATALOGUES, ids=IDS)
def test_every_text_in_the_code_is_in_the_catalogue(role, lang, found_in_code) -> None:
    """lupdate's view of the code now against the catalogue: nothing new, nothing gone."""
    path = existing(role, lang)
    in_file = set(catalogues.read_ts(path))
    in_code = found_in_code(role)
    new = sorted(in_code - in_file)
    gone = sorted(in_file - in_code)
    assert not new, f"not in {path.name} yet (run: python build/catalogues.py update): {new}"
    assert not gone, f"no longer in the code, still in {path.name}: {gone}"


@pytest.mark.parametrize(("role", "lang"), CATALOGUES, ids=IDS)
def test_the_catalogue_compiles_without_warnings(role, lang, tmp_path) -> None:
    path = existing(role, lang)
    done = i18n.compile_ts(path, tmp_path / "out.qm")
    said = done.stdout + done.stderr
    assert done.returncode == 0, said
    assert (tmp_path / "out.qm").stat().st_size > 0
    assert "warning" not in said.lower(), said
    assert "0 unfinished" in said and "Ignored" not in said, said


def test_a_missing_qm_is_compiled_into_the_cache(tmp_path, monkeypatch) -> None:
    """As after a plain install: a .ts and no .qm. The app compiles one into its data folder,
    once, and again when the .ts is newer."""
    shipped, cache = tmp_path / "translations", tmp_path / "cache"
    shipped.mkdir()
    ts = shipped / "kiosk_fr.ts"
    ts.write_bytes(i18n.ts_path("kiosk", "fr").read_bytes())
    monkeypatch.setattr(i18n, "translations_dir", lambda: shipped)
    monkeypatch.setattr(i18n, "cache_dir", lambda: cache)
    qm = i18n.qm_path("kiosk", "fr")
    assert qm == cache / "kiosk_fr.qm" and qm.stat().st_size > 0
    assert not (shipped / "kiosk_fr.qm").exists()
    made = qm.stat().st_mtime_ns
    assert i18n.qm_path("kiosk", "fr") == qm and qm.stat().st_mtime_ns == made
    assert i18n.qm_path("kiosk", "ar") is None  # no catalogue: the texts stay Dutch


def test_names_and_language_codes() -> None:
    assert i18n.catalogue_name("kiosk", "fr") == "kiosk_fr"
    assert i18n.catalogue_name("display", "de") == "display_de"
    assert i18n.language_code("fr-BE") == "fr"
    assert i18n.language_code("xx") == "nl"
    with pytest.raises(ValueError):
        i18n.catalogue_name("printer", "fr")


@pytest.mark.parametrize("role", i18n.SOURCE_PLURAL_ROLES)
def test_the_dutch_plural_catalogue_has_every_counted_text(role, found_in_code, tmp_path) -> None:
    """Qt does not pick the singular of a Dutch source text: counter_nl.ts gives both forms of
    every %n text of the role ("Wachtte %n minuut", "Wachtte %n minuten") and nothing else."""
    path = i18n.ts_path(role, i18n.SOURCE_LANGUAGE)
    in_file = catalogues.read_ts(path)
    assert set(in_file) == {key for key in found_in_code(role) if "%n" in key[1]}
    for (context, source), msg in in_file.items():
        tr = msg.find("translation")
        forms = [f.text or "" for f in tr.iter("numerusform")]
        assert tr.get("type") is None, f"{context}: {source!r} is {tr.get('type')}"
        assert len(forms) == i18n.NUMERUS_FORMS["nl"] and all(f.strip() for f in forms), source
    done = i18n.compile_ts(path, tmp_path / "out.qm")
    assert done.returncode == 0 and "warning" not in (done.stdout + done.stderr).lower()
