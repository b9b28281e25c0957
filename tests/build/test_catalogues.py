"""build/catalogues.py refuses texts it would file under no context instead of dropping them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.build.scripts import load_script

catalogues = load_script("catalogues")

#: A module with a ``_tr`` helper, as kiosk/ui/kiosk_screen/ticket_parts.py has.
_HELPER = """from PySide6.QtCore import QCoreApplication


def _tr(text):
    return QCoreApplication.translate(_CTX, text)


WORD = _tr("Hallo")
"""


def test_a_module_that_calls_tr_without_a_context_is_refused(tmp_path: Path) -> None:
    """Before, lupdate filed 'Hallo' under no context and the tool left it out of every
    catalogue without a word (the ticket's bottom part lost its translations that way)."""
    module = tmp_path / "parts.py"
    module.write_text(_HELPER, encoding="utf-8")
    with pytest.raises(catalogues.UnfiledTexts) as refused:
        catalogues.extract("kiosk", [module])
    assert refused.value.where == ["parts.py"]
    assert "parts.py" in str(refused.value)


def test_with_a_context_its_texts_are_filed_there(tmp_path: Path) -> None:
    module = tmp_path / "parts.py"
    module.write_text('_CTX = "TicketScreen"\n' + _HELPER, encoding="utf-8")
    assert list(catalogues.extract("kiosk", [module])) == [("TicketScreen", "Hallo")]


def test_update_says_which_module_lacks_a_context(tmp_path, monkeypatch, capsys) -> None:
    module = tmp_path / "parts.py"
    module.write_text(_HELPER, encoding="utf-8")
    monkeypatch.setattr(catalogues, "source_files", lambda role: [module])
    monkeypatch.setattr(catalogues, "update_catalogue", _never)
    assert catalogues.main(["update", "kiosk"]) == 1
    assert "parts.py" in capsys.readouterr().err


def _never(role: str, lang: str) -> tuple[int, int]:
    raise AssertionError("no catalogue is written while a module lacks a context")
