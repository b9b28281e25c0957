"""A service's texts in other languages than the municipality's own, and which text to show.

The municipality writes its services in its own language (Dutch: ``MUNICIPALITY_LANGUAGE``);
those texts live on the service itself and are always there. A translation (``ServiceText``)
is optional, per language. The rules, in ``pick``:

- the asked language's text when there is one, else the municipality's own;
- per field: a translation with an empty description or "what to bring" shows the Dutch one
  for that field, because telling a resident what to bring in a language they may half read
  beats telling them nothing;
- a language is asked as "fr", "fr_BE" or "fr-BE": only the first part counts (the kiosk's
  languages are whole languages, not regions).

Standard library only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

#: The language of the municipality's own texts (Service.name, .description, .bring).
MUNICIPALITY_LANGUAGE = "nl"
#: Longest name: the database column is 120 characters.
MAX_NAME = 120
_LANG = re.compile(r"^[a-z]{2,3}$")


class BadServiceText(ValueError):
    """A translation that cannot be stored: a bad language code or an empty or too long name.

    The message is one plain line, fit to show an admin."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.log_message = f"bad service text: {detail}"


@dataclass(frozen=True, slots=True)
class ServiceText:
    """A service's name, description and "what to bring" in one language (``lang``: "fr")."""

    lang: str
    name: str
    description: str = ""
    bring: str = ""


def language_of(lang: str) -> str:
    """ "fr_BE", "FR-be", "fr" -> "fr": the language part, lower case ("" stays "")."""
    return lang.strip().replace("-", "_").split("_", 1)[0].lower()


def checked(text: ServiceText) -> ServiceText:
    """``text`` with its language normalised and surrounding blanks removed.

    Raises BadServiceText when the language is not a 2-3 letter code, is the municipality's
    own (its texts are the service's own fields), or the name is empty or too long."""
    lang = language_of(text.lang)
    if not _LANG.match(lang):
        raise BadServiceText(f"'{text.lang}' is not a language code like fr, en, de or ar")
    if lang == MUNICIPALITY_LANGUAGE:
        raise BadServiceText(
            f"'{lang}' is the municipality's own language: those texts are the service's own"
        )
    name = text.name.strip()
    if not name:
        raise BadServiceText("the name is empty")
    if len(name) > MAX_NAME:
        raise BadServiceText(f"the name is longer than {MAX_NAME} characters")
    return ServiceText(lang, name, text.description.strip(), text.bring.strip())


def pick(own: ServiceText, translations: Iterable[ServiceText], lang: str) -> ServiceText:
    """The texts to show in ``lang``: see the module docstring. ``own`` is the municipality's
    text (its ``lang`` is MUNICIPALITY_LANGUAGE); the result's ``lang`` says which language the
    name is in, so a caller can tell a translation from the fallback."""
    want = language_of(lang)
    if want == MUNICIPALITY_LANGUAGE:
        return own
    found = next((t for t in translations if t.lang == want and t.name.strip()), None)
    if found is None:
        return own
    return ServiceText(
        lang=found.lang,
        name=found.name,
        description=found.description or own.description,
        bring=found.bring or own.bring,
    )
