"""The words of the ticket status page, in the four languages a Flemish town hall meets most:
Dutch (the official one, and the default), French, English and German. Plain words, short
sentences: a twelve-year-old reads them on a small phone.

The server is Qt-free, so these are not Qt translations; the page picks the language from
``?lang=`` (the kiosk puts the resident's choice in the QR link), else from the phone's
Accept-Language, else Dutch.
"""

from __future__ import annotations

import re

LANGUAGES = ("nl", "fr", "en", "de")
NAMES = {"nl": "Nederlands", "fr": "Français", "en": "English", "de": "Deutsch"}

WORDS: dict[str, dict[str, str]] = {
    "nl": {
        "your_number": "Je nummer",
        "almost": "Je bent bijna aan de beurt.",
        "watch_screen": "Kijk naar het scherm in de wachtzaal.",
        "one_ahead": "Er is 1 persoon voor jou.",
        "many_ahead": "Er zijn {n} mensen voor jou.",
        "wait": "Je wacht ongeveer {m} minuten.",
        "your_turn": "Je bent aan de beurt!",
        "go_to": "Ga naar {counter}.",
        "serving": "We helpen je nu.",
        "at": "Je bent aan {counter}.",
        "parked": "Je bezoek staat even apart.",
        "go_back": "Ga terug naar {counter} als je klaar bent.",
        "no_show": "We hebben je nummer afgeroepen.",
        "missed": "Je was er niet. Vraag hulp aan de balie.",
        "cancelled": "Dit ticket is niet meer geldig.",
        "new_ticket": "Neem een nieuw ticket aan de kiosk.",
        "done": "We hebben je geholpen.",
        "thanks": "Bedankt voor je bezoek.",
        "refreshes": "Deze pagina ververst vanzelf.",
        "unknown": "Dit ticket kennen we niet.",
        "unknown_help": "Kijk of je de code goed gescand hebt. Of vraag hulp aan de balie.",
    },
    "fr": {
        "your_number": "Votre numéro",
        "almost": "C'est bientôt votre tour.",
        "watch_screen": "Regardez l'écran de la salle d'attente.",
        "one_ahead": "Il y a 1 personne avant vous.",
        "many_ahead": "Il y a {n} personnes avant vous.",
        "wait": "Vous attendez environ {m} minutes.",
        "your_turn": "C'est votre tour !",
        "go_to": "Allez {counter}.",
        "serving": "On s'occupe de vous.",
        "at": "Vous êtes {counter}.",
        "parked": "Votre visite est en pause un moment.",
        "go_back": "Revenez {counter} quand vous êtes prêt.",
        "no_show": "Nous avons appelé votre numéro.",
        "missed": "Vous n'étiez pas là. Demandez de l'aide à l'accueil.",
        "cancelled": "Ce ticket n'est plus valable.",
        "new_ticket": "Prenez un nouveau ticket à la borne.",
        "done": "Vous avez été servi.",
        "thanks": "Merci de votre visite.",
        "refreshes": "Cette page se met à jour toute seule.",
        "unknown": "Nous ne connaissons pas ce ticket.",
        "unknown_help": "Vérifiez que vous avez bien scanné le code. Ou demandez de l'aide à "
        "l'accueil.",
    },
    "en": {
        "your_number": "Your number",
        "almost": "It is almost your turn.",
        "watch_screen": "Watch the screen in the waiting room.",
        "one_ahead": "There is 1 person ahead of you.",
        "many_ahead": "There are {n} people ahead of you.",
        "wait": "You will wait about {m} minutes.",
        "your_turn": "It is your turn!",
        "go_to": "Go to {counter}.",
        "serving": "We are helping you now.",
        "at": "You are at {counter}.",
        "parked": "Your visit is on hold for a moment.",
        "go_back": "Go back to {counter} when you are ready.",
        "no_show": "We called your number.",
        "missed": "You were not there. Ask for help at the desk.",
        "cancelled": "This ticket is no longer valid.",
        "new_ticket": "Take a new ticket at the kiosk.",
        "done": "You have been helped.",
        "thanks": "Thank you for your visit.",
        "refreshes": "This page updates by itself.",
        "unknown": "We do not know this ticket.",
        "unknown_help": "Check that you scanned the code correctly. Or ask for help at the desk.",
    },
    "de": {
        "your_number": "Ihre Nummer",
        "almost": "Sie sind bald an der Reihe.",
        "watch_screen": "Schauen Sie auf den Bildschirm im Warteraum.",
        "one_ahead": "Vor Ihnen ist 1 Person.",
        "many_ahead": "Vor Ihnen sind {n} Personen.",
        "wait": "Sie warten etwa {m} Minuten.",
        "your_turn": "Sie sind an der Reihe!",
        "go_to": "Gehen Sie {counter}.",
        "serving": "Sie werden jetzt bedient.",
        "at": "Sie sind {counter}.",
        "parked": "Ihr Besuch ist kurz zurückgestellt.",
        "go_back": "Gehen Sie {counter} zurück, wenn Sie so weit sind.",
        "no_show": "Wir haben Ihre Nummer aufgerufen.",
        "missed": "Sie waren nicht da. Fragen Sie am Empfang nach Hilfe.",
        "cancelled": "Dieses Ticket gilt nicht mehr.",
        "new_ticket": "Nehmen Sie ein neues Ticket am Automaten.",
        "done": "Sie wurden bedient.",
        "thanks": "Danke für Ihren Besuch.",
        "refreshes": "Diese Seite aktualisiert sich von selbst.",
        "unknown": "Dieses Ticket kennen wir nicht.",
        "unknown_help": "Prüfen Sie, ob Sie den Code richtig gescannt haben. Oder fragen Sie am "
        "Empfang.",
    },
}

#: The municipality names its counters in Dutch ("Loket 1", "Balie", "Vrijwilliger"). A page in
#: another language says the usual ones in its own words, with the preposition each sentence
#: needs ("to" in go_to and go_back, "at" in at): French and German glue article and
#: preposition together ("au guichet 1", "zum Empfang"). A name of the municipality's own keeps
#: that name after the counter's number ("au guichet 3 (Burgerzaken)"): it is what the sign over
#: the counter says.
COUNTER_KINDS = ("loket", "balie", "vrijwilliger", "own")
COUNTER_WORDS: dict[str, dict[str, dict[str, str]]] = {
    "fr": {
        "to": {
            "loket": "au guichet {n}",
            "balie": "à l'accueil",
            "vrijwilliger": "au bureau des bénévoles",
            "own": "au guichet {n} ({name})",
        },
        "at": {
            "loket": "au guichet {n}",
            "balie": "à l'accueil",
            "vrijwilliger": "au bureau des bénévoles",
            "own": "au guichet {n} ({name})",
        },
    },
    "en": {
        "to": {
            "loket": "counter {n}",
            "balie": "the desk",
            "vrijwilliger": "the volunteers' desk",
            "own": "counter {n} ({name})",
        },
        "at": {
            "loket": "counter {n}",
            "balie": "the desk",
            "vrijwilliger": "the volunteers' desk",
            "own": "counter {n} ({name})",
        },
    },
    "de": {
        "to": {
            "loket": "zu Schalter {n}",
            "balie": "zum Empfang",
            "vrijwilliger": "zu den Freiwilligen",
            "own": "zu Schalter {n} ({name})",
        },
        "at": {
            "loket": "an Schalter {n}",
            "balie": "am Empfang",
            "vrijwilliger": "bei den Freiwilligen",
            "own": "an Schalter {n} ({name})",
        },
    },
}
_USUAL_NAME = re.compile(r"(loket|balie|vrijwilliger)(?:\s+(\d+))?", re.IGNORECASE)


def counter_words(name: str, number: int | None, lang: str, form: str) -> str:
    """The counter as the sentences of a page in ``lang`` name it (``form``: "to" or "at");
    Dutch keeps the municipality's name as it is."""
    name = " ".join(name.split())
    if lang not in COUNTER_WORDS:
        return name
    words = COUNTER_WORDS[lang][form]
    usual = _USUAL_NAME.fullmatch(name)
    if usual is None:
        return words["own"].format(n=number if number is not None else "", name=name)
    kind, digits = usual.group(1).lower(), usual.group(2)
    if kind == "loket":
        return words["loket"].format(n=digits or (number if number is not None else ""))
    return words[kind]


def pick_language(asked: str | None, accept_language: str | None) -> str:
    """``asked`` if we have it, else the phone's most wanted language we have, else Dutch."""
    if asked and asked.lower()[:2] in LANGUAGES:
        return asked.lower()[:2]
    wanted: list[tuple[float, str]] = []
    for part in (accept_language or "").split(","):
        tag, _, params = part.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        wanted.append((q, tag.strip().lower()[:2]))
    for _q, lang in sorted(wanted, key=lambda w: -w[0]):
        if lang in LANGUAGES:
            return lang
    return "nl"
