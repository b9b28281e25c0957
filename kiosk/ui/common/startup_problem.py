"""What a terminal that cannot start says on its screen: why, and what to do, in plain Dutch
and (when it is another) in the terminal's own language. Staff and the town hall's ICT read
it; the console and the log get the English ``log_message`` of the fault."""

from __future__ import annotations

from PySide6.QtCore import QTranslator

from kiosk.sync.startup import StartupFault, StartupProblem
from kiosk.ui.common import i18n

_CTX = "StartupProblem"  # i18n update files the texts of ``_tr`` here (build/catalogues.py)


def _tr(text: str) -> str:
    """Marks ``text`` for the catalogues; gives the Dutch source back, because the screen shows
    the Dutch whatever language is installed, and the terminal's language beside it."""
    return text


#: Per fault, in Dutch; "%1" is the server's address.
_WORDS = {
    StartupFault.NO_TOKEN: _tr(
        "Dit toestel is niet aangemeld bij de server: het heeft geen sleutel. Wat te doen? "
        "Vraag de dienst ICT om een nieuwe code. Meld het toestel daarmee opnieuw aan."
    ),
    StartupFault.UNKNOWN_SERVER: _tr(
        "De server %1 is niet bereikbaar. Dit toestel had er nog nooit contact mee. "
        "Wat te doen: controleer de netwerkverbinding. Het toestel probeert het straks zelf "
        "opnieuw."
    ),
    StartupFault.REVOKED: _tr(
        "De server aanvaardt dit toestel niet meer: het werd uitgeschakeld. Wat te doen? Vraag "
        "de dienst ICT om een nieuwe code. Meld het toestel daarmee opnieuw aan."
    ),
    StartupFault.NO_QUEUE: _tr(
        "De server %1 stuurde de wachtrij niet op tijd. Wat te doen: even wachten, het toestel "
        "probeert het straks zelf opnieuw. Blijft dit duren, verwittig dan de dienst ICT."
    ),
    StartupFault.OUTDATED: _tr(
        "Dit toestel moet bijgewerkt worden. Het en de server %1 spreken een andere versie. "
        "Wat te doen: verwittig de dienst ICT."
    ),
}


def startup_problem_text(problem: BaseException, language: str) -> str:
    """The screen's words for ``problem``: for a synced terminal's start-up fault the Dutch
    text and, below it, the same in ``language`` (when that is not Dutch and its catalogue
    has it); any other error as it says itself (for the staff)."""
    if not isinstance(problem, StartupProblem):
        return str(problem)
    dutch = _WORDS[problem.fault]
    texts = [dutch]
    if i18n.language_code(language) != i18n.SOURCE_LANGUAGE:
        own = _translated(dutch, language)
        if own:
            texts.append(own)
    return "\n\n".join(text.replace("%1", problem.server) for text in texts)


def _translated(dutch: str, language: str) -> str:
    """``dutch`` in ``language`` from the kiosk's catalogue (it has every terminal's
    languages), without installing it: the rest of the screen keeps its language. "": none."""
    qm = i18n.qm_path("kiosk", i18n.language_code(language))
    translator = QTranslator()
    if qm is None or not translator.load(str(qm)):
        return ""
    return translator.translate(_CTX, dutch) or ""
