"""What about a watch term deserves a word to the user, in /watch and /test.

A place inside longer place names that will not count («غينيا» in «غينيا
الاستوائية»), with those names to watch as terms of their own; a homograph (a
name whose letters are also a common word: «مالي» Mali and "financial», or a
particle: «لولا» Lula and "if not for", bot.match.particles); a common
given name («خليل», «سلمان»: many people bear it, bot.match.given_names); a
person's family name that is also matched alone («الحريري» for «سعد الحريري»,
bot.match.family_names), with the exact form to type when the term is no
person («وول ستريت»: «ستريت» alone is not Wall Street); a clitic read off
(«بالصين» read as «الصين»), or one that was kept because the rest is no known
place («والحرب»), with the bare form to type instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from bot.match.clitics import proclitic_readings
from bot.match.family_names import family_name
from bot.match.given_names import given_names
from bot.match.key_marks import BARE
from bot.match.particles import FUNCTION_WORDS
from bot.match.places import place_names
from bot.match.query import EXACT_MODE, parse
from bot.match.reading import bare_reading, longer_places
from bot.match.stemmer import single_word_keys, term_primary
from bot.match.vetoes import AL_COLLISIONS, BI_COLLISIONS

__all__ = ["NoteKind", "TermNote", "term_notes"]

NoteKind = Literal[
    "clitic_read", "clitic_kept", "longer_place", "homograph", "first_name", "family_alone"
]
# A clitic with the article: what follows is surely a word of its own (والحرب).
_DEFINITE_CLITICS = ("وال", "فال", "بال", "كال", "لل", "وبال", "ولل", "فبال", "فلل")
_MIN_CLITIC_WORD = 6
# Names whose letters, with the article or ب, are a common word (سيول floods, حماس
# enthusiasm). The context vetoes are left out: they tell other names apart
# (روسيا البيضاء) by themselves.
_HOMOGRAPHS = AL_COLLISIONS | BI_COLLISIONS


@dataclass(frozen=True, slots=True)
class TermNote:
    """One thing to tell the user about a term: what kind, the part typed, the precise forms."""

    kind: NoteKind
    part: str
    forms: tuple[str, ...] = ()


def term_notes(term: str) -> list[TermNote]:
    """Return what the user should know about a valid term (TermError if it is not)."""
    query = parse(term)
    notes: list[TermNote] = []
    shown = place_names().shown
    for phrase in query.alternatives:
        if any(word.exact for word in phrase.words):
            continue
        # One alternative is shown as the user typed it; more, as normalized words.
        alone = len(query.alternatives) == 1 and not query.exclusions
        typed = term.strip() if alone else " ".join(word.text for word in phrase.words)
        words = tuple(word.text for word in phrase.words)
        bare = bare_reading(words)
        if bare is not None:
            notes.append(TermNote("clitic_read", typed, (shown.get(bare, " ".join(bare)),)))
            words = bare
        elif words[0].startswith(_DEFINITE_CLITICS) and len(words[0]) >= _MIN_CLITIC_WORD:
            kept = next(r for r in proclitic_readings(words[0]) if r.startswith("ال"))
            notes.append(TermNote("clitic_kept", typed, (" ".join((kept, *words[1:])),)))
        longer = longer_places(words)
        if longer:
            names = tuple(dict.fromkeys(shown.get(name, " ".join(name)) for name, _ in longer))
            notes.append(TermNote("longer_place", shown.get(words, typed), names))
        if len(words) == 1 and _homograph(words[0]):
            notes.append(TermNote("homograph", shown.get(words, typed)))
        elif len(words) == 1 and words[0] in given_names() and words not in place_names().names:
            notes.append(TermNote("first_name", typed))
        if (family := family_name(words)) is not None:
            # Exact mode on every word keeps only the phrase as written (README "Watch terms").
            exact = " ".join(EXACT_MODE + word.raw for word in phrase.words)
            shown_family = " ".join(word.raw for word in phrase.words[-len(family) :])
            notes.append(TermNote("family_alone", typed, (shown_family, exact)))
    return notes


def _homograph(word: str) -> bool:
    """Tell whether a one-word term's letters also spell a common word."""
    primary = term_primary(word)
    return (
        primary in _HOMOGRAPHS
        or word in FUNCTION_WORDS  # لولا (Lula) is also "if not for"
        # A name in ‑ي read bare: its feminine or plural is another word (مالي/مالية).
        or (primary.endswith("ي") and any(key.startswith(BARE) for key in single_word_keys(word)))
    )
