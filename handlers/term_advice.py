"""The notes /watch and /test add about a risky term, in the chat's language."""

from __future__ import annotations

from bot.lang import Lang
from bot.match.query import TermError
from bot.match.term_notes import TermNote, term_notes
from handlers.texts import Html, isolate, text

_SEPARATOR: dict[Lang, str] = {"ar": "، ", "en": ", "}


def _line(note: TermNote, lang: Lang) -> str:
    """Word one note."""
    part = isolate(note.part)
    if note.kind == "longer_place":
        names = Html(_SEPARATOR[lang].join(isolate(name) for name in note.forms))
        return text("note_longer_place", lang, part=part, names=names, first=note.forms[0])
    if note.kind == "homograph":
        return text("note_homograph", lang, part=part)
    if note.kind == "first_name":
        return text("note_first_name", lang, part=part)
    if note.kind == "family_alone":
        form, exact = note.forms
        return text("note_family_alone", lang, part=part, form=isolate(form), exact=exact)
    form = note.forms[0]
    if note.kind == "clitic_read":
        return text("note_clitic_read", lang, part=part, form=isolate(form))
    return text("note_clitic_kept", lang, part=part, form=form)


def advice(term: str, lang: Lang) -> str:
    """Return the notes about a stored or tested term, one per line; "" when there are none."""
    try:
        notes = term_notes(term)
    except TermError:
        # Longer than the default limits allow (a configured limit): nothing to add.
        return ""
    return "\n".join(_line(note, lang) for note in notes)
