"""Watch terms compiled for the index: per word, the set of keys it matches by.

A term becomes an Entry: its alternatives (each phrase, plus the other ways to
write it) as the key sets of their words, and its exclusions the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import chain

from bot.match.acronyms import acronym_spellings, article_forms, article_spellings
from bot.match.cardinals import digit_spellings
from bot.match.common_words import foreign_name
from bot.match.compiled import Compiled, Entry, WordKeys
from bot.match.family_names import family_name_shape
from bot.match.fuzzy import MIN_FUZZY_LENGTH, near_key, near_shape
from bot.match.honorifics import honorific_forms
from bot.match.key_marks import ARTICLE, EXACT
from bot.match.kin import kin_of
from bot.match.longer_names import longer_names, longer_names_of
from bot.match.marks import alef_sound, telling, unmarked_accusative
from bot.match.name_forms import (
    family_name_forms,
    numbered_forms,
    patronymic_forms,
    short_name_forms,
)
from bot.match.nisba import own_letters_adjective
from bot.match.normalize import normalize
from bot.match.noun_numbers import afal_as_written, falaa_singulars, noun_numbers
from bot.match.patterns import falaa_singular_shape
from bot.match.phrase_forms import (
    body_forms,
    construct_dual_key,
    construct_dual_nominative,
    coordinated_forms,
    dual_head_key,
)
from bot.match.phrase_words import head_word_keys
from bot.match.query import Phrase, Word
from bot.match.reading import bare_reading, read_phrase
from bot.match.short_names import short_name_shape
from bot.match.state_names import state_name
from bot.match.stemmer import (
    phrase_variants,
    single_word_keys,
    single_word_shape_keys,
    term_keys,
    term_primary,
)
from bot.match.word_forms import (
    afal_plural,
    feminine_title_forms,
    foreign_nisba_forms,
    foreign_nisba_key,
    head_adjective,
    head_adjective_forms,
    members_forms,
    members_word,
    own_letters_forms,
    own_letters_keys,
    plural_forms,
    relative_construct_forms,
    without_masculine_stems,
)
from bot.match.word_keys import (
    WORD_CACHE,
    as_typed,
    exact_keys,
    head_keys,
    inner_keys,
    typed_keys,
)

__all__ = ["compile_term", "trigger_keys", "trigger_variant_keys", "triggers"]


def compile_term(
    term: str, alternatives: tuple[Phrase, ...], exclusions: tuple[Phrase, ...]
) -> tuple[Entry, list[Compiled]]:
    """Compile a parsed term into its entry and its compiled alternatives."""
    if not exclusions and len(alternatives) == 1:
        phrase = alternatives[0]
        if not any(word.exact for word in phrase.words):
            return _compile_plain(term, phrase)
    read = tuple(map(read_phrase, alternatives)), tuple(map(read_phrase, exclusions))
    spelled, excluded = _spellings(read[0]), _spellings(read[1])
    entry = Entry(term)
    typed = {word.text for phrase in read[0] + read[1] for word in phrase.words}
    entry.exclusions = tuple(_word_keys(phrase, typed) for phrase in excluded)
    entry.telling = _telling_words(alternatives, read[0])
    # A person's name among the alternatives (the first): its family name alone is told apart.
    entry.kin = next(
        (
            kin
            for phrase in read[0]
            if not any(word.exact for word in phrase.words)
            and (kin := kin_of(tuple(word.text for word in phrase.words))) is not None
        ),
        None,
    )
    # Every key, nisba included, so الأميركي meets أمريكا through امريكي/اميركي.
    # The halves of a one-word name written in two (فيس بوك) are left out: they
    # are pieces, not spellings of a name.
    texts = dict.fromkeys(
        word.text
        for phrase in spelled + excluded
        for word in phrase.words
        if not word.exact and not _piece_of(word.text, typed)
    )
    entry.variant_keys = tuple(
        dict.fromkeys(key for text in texts for key in _variant_keys(text))
    ) + _near_keys(spelled + excluded, typed)
    compiled = [
        Compiled(
            without_masculine_stems(
                tuple(word.text for word in phrase.words), _word_keys(phrase, typed)
            ),
            longer_names(phrase),
        )
        for phrase in spelled
    ]
    compiled.extend(coordinated_forms(read[0]))
    for phrase in read[0]:
        if not any(word.exact for word in phrase.words):
            compiled.extend(_word_forms(term, phrase))
    return entry, compiled + body_forms(read[0])


def _compile_plain(term: str, phrase: Phrase) -> tuple[Entry, list[Compiled]]:
    """Compile a term of one stemmed phrase and no exclusions, most terms, word by word.

    The same as the general path of compile_term, without building phrases for
    the other spellings: the words a user typed are never pieces, so their
    records come straight from the per-word caches.
    """
    read = read_phrase(phrase)
    words = tuple(word.text for word in read.words)
    variants = phrase_variants(words)
    typed = set(words)
    entry = Entry(term)
    entry.telling = _telling_words((phrase,), (read,))
    entry.kin = kin_of(words)
    texts = dict.fromkeys(words)
    pieces: set[str] = set()
    for variant in variants:
        for text in variant:
            if text in texts or text in pieces:
                continue
            if _piece_of(text, typed):
                pieces.add(text)
            else:
                texts[text] = None
    keys = dict.fromkeys(chain.from_iterable(map(_variant_keys, texts)))
    # NEAR keys are never empty strings, so filter(None) drops just the words without one.
    near = dict.fromkeys(
        filter(
            None,
            map(
                near_key,
                (
                    text
                    for spelling in (words, *variants)
                    if len(spelling) > 1
                    for text in spelling
                    if text not in pieces
                ),
            ),
        )
    )
    entry.variant_keys = (*keys, *near)
    compiled = [
        Compiled(
            without_masculine_stems(words, typed_keys(words)),
            longer_names_of(words, phrase.words[0].raw),
        )
    ]
    compiled.extend(
        Compiled(_spelling_keys(variant, pieces), longer_names_of(variant)) for variant in variants
    )
    compiled.extend(coordinated_forms((read,)))
    compiled.extend(_word_forms(term, read))
    return entry, compiled + body_forms((read,))


def _word_forms(term: str, read: Phrase) -> list[Compiled]:
    """Return the other forms of a read stemmed phrase: numbered, name parts, derived words.

    Both paths of compile_term add them, so a term with alternatives or
    exclusions finds what each of its phrases finds alone.
    """
    words = tuple(word.text for word in read.words)
    compiled = [
        *numbered_forms(words),
        *patronymic_forms(words),
        *short_name_forms(words),
        *own_letters_forms(words),
        *members_forms(words),
        *foreign_nisba_forms(words),
        *plural_forms(words),
        *feminine_title_forms(words),
        *head_adjective_forms(words),
        *relative_construct_forms(words),
        *honorific_forms(words),
    ]
    if (state := state_name(words)) is not None:
        # The state's own name, compiled as a term of it alone: its adjective, its variants.
        compiled.extend(_compile_plain(term, Phrase(read.words[-len(state) :]))[1])
    compiled.extend(family_name_forms(words))
    if len(words) == 1:
        # A فعلى plural's singular (المرضى → مريض), told by the ى as typed.
        for singular in falaa_singulars(read.words[0].raw, term_primary(words[0])):
            # Its accusative is common («قتل فلسطينيا جريحا»), and the text side reads
            # the alef off so short a word only after a number (bot.match.counted).
            compiled.append(Compiled(typed_keys((singular,))))
            compiled.append(Compiled((frozenset({singular + _ACCUSATIVE}),)))
    compiled.extend(Compiled(typed_keys(spelling)) for spelling in acronym_spellings(words))
    compiled.extend(article_forms(words))
    compiled.extend(Compiled(typed_keys(spelling)) for spelling in digit_spellings(words))
    return compiled


_ACCUSATIVE = "ا"  # the alef of tanween


# A trigger (bot.match.pending) is a word and the way a term compares it, as
# one string: a one-word term's word as it is, the first word of a phrase or
# a piece behind a mark no normalized word has.
_HEAD, _PIECE = "\x01", "\x02"


def triggers(term_words: tuple[str, ...]) -> tuple[str, ...]:
    """Return the triggers of a term of these words, a plain one _compile_plain compiles.

    One per way to write the phrase: its first word, compared as there. Every
    alternative _compile_plain makes has a word whose keys are all in the
    trigger keys of these: the typed and the other spellings their first word,
    the coordinated, construct and dual forms the typed first word (phrase
    keys, exact spelling, a short noun's dual key and its أفعال plural), the
    body names the typed first word as written, a short name, a family name
    alone, a party's members, a فعلى plural's singular (and its accusative) or
    an acronym's other spelling its own first word,
    a state's own name the triggers of that name (asked by shape only: a part
    too common to stand alone still triggers, and compiles to nothing). Keep the
    two in step; tests/bot/match/test_pending.py checks it on every test term.
    The extra forms themselves are compiled in bot.match.phrase_forms,
    bot.match.name_forms and bot.match.word_forms.
    """
    words = bare_reading(term_words) or term_words
    spellings = phrase_variants(words)
    # A name's parts that stand alone (only a phrase has them), and an acronym's other spelling.
    members = members_word(words)
    parts = (
        (short_name_shape(words), family_name_shape(words), (members,) if members else None)
        if len(words) > 1
        else ()
    )
    alone = [
        *(part for part in parts if part is not None),
        *acronym_spellings(words),
        *article_spellings(words),
    ]
    if len(words) == 1 and (singular := falaa_singular_shape(term_primary(words[0]))):
        # Asked by shape: the ى as typed is read at compile.
        alone.extend(((singular,), (singular + _ACCUSATIVE,)))
    state = state_name(words)
    if not spellings and not alone and state is None:
        return (_first(words),)
    typed = set(words)
    found = dict.fromkeys(
        _PIECE + spelling[0] if _piece_of(spelling[0], typed) else _first(spelling)
        for spelling in (words, *spellings)
    )
    for part in alone:
        found[_first(part)] = None
    if state is not None:
        found.update(dict.fromkeys(triggers(state)))
    return tuple(found)


def _first(words: tuple[str, ...]) -> str:
    """Return the trigger of a spelling's first word, compared as its compiled form is."""
    return words[0] if len(words) == 1 else _HEAD + words[0]


def trigger_keys(trigger: str) -> Iterable[str]:
    """Return the keys of a trigger's word as the alternatives it stands for compare it."""
    mark, word = trigger[0], trigger[1:]
    if mark == _PIECE:
        return (word,)
    if mark != _HEAD:
        # A place's own-letters adjective and a foreign name's, and a plural's
        # singular, asked by shape: the word list is read at compile.
        keys = single_word_shape_keys(trigger)
        if own_letters_adjective(trigger):
            keys |= own_letters_keys(trigger)
        if (nisba := foreign_nisba_key(trigger)) is not None:
            keys |= {nisba}
        return keys
    # A short noun's dual and its أفعال plural (phrase_forms) are keys of their own.
    extra = tuple(
        key
        for key in (
            dual_head_key(word),
            afal_plural(word),
            construct_dual_key(word),
            construct_dual_nominative(word),
            head_adjective(word),
        )
        if key is not None
    )
    # By the word's shape only, as compile may give it its NEAR key (bot.match.fuzzy).
    shaped = head_word_keys(word)  # its phrase keys and more
    if near := near_shape(word):
        shaped = shaped | {near}
    return (*shaped, EXACT + word, EXACT + term_primary(word), *extra)


def trigger_variant_keys(trigger: str) -> tuple[str, ...]:
    """Return the spelling keys of a trigger's word, as the compiled term indexes them."""
    mark, word = trigger[0], trigger[1:]
    if mark == _PIECE:
        return ()
    if mark != _HEAD:
        return _variant_keys(trigger)
    near = near_shape(word)
    return _variant_keys(word) if near is None else (*_variant_keys(word), near)


def _spelling_keys(words: tuple[str, ...], pieces: set[str]) -> WordKeys:
    """Compile the words of another spelling of a stemmed phrase, as _word_keys does."""
    if len(words) == 1:
        text = words[0]
        return (as_typed(text) if text in pieces else single_word_keys(text),)
    return tuple(
        as_typed(text) if text in pieces else inner_keys(text) if i else head_keys(text)
        for i, text in enumerate(words)
    )


@lru_cache(maxsize=WORD_CACHE)
def _variant_keys(text: str) -> tuple[str, ...]:
    """Return the keys a word's spelling variants are looked up by: its primary key first."""
    # A broken plural the matcher derives is an Arabic word, no name to spell loosely.
    keys = term_keys(text) | single_word_keys(text).difference(noun_numbers(text))
    return (term_primary(text), *sorted(keys))


def _telling_words(typed: tuple[Phrase, ...], read: tuple[Phrase, ...]) -> tuple[str, ...]:
    """Return what tells a term's text words apart (bot.match.marks): the typed words that
    carry a telling mark, then the seats of the أفعال plurals derived from the read ones."""
    marked = (
        word.raw
        for phrase in typed
        for at, word in enumerate(phrase.words)
        if not word.exact
        and _telling(word.raw, len(phrase.words))
        and not (at and _after_definite(phrase.words[at - 1].text, word.raw))
    )
    seats = (
        seat
        for phrase in read
        if not any(word.exact for word in phrase.words)
        for seat in _plural_seats(tuple(word.text for word in phrase.words))
    )
    return tuple(dict.fromkeys(chain(marked, seats)))


def _after_definite(before: str, raw: str) -> bool:
    """Tell whether a typed word in ‑ا after a definite word is an accusative, whose
    tanween the text may write («الإعدام شنقاً» for «الإعدام شنقا»): no name follows
    a definite noun so."""
    return before.startswith(ARTICLE) and unmarked_accusative(raw)


@lru_cache(maxsize=WORD_CACHE)
def _plural_seats(words: tuple[str, ...]) -> tuple[str, ...]:
    """Return a one-word term's أفعال plural as the text must write it (bot.match.noun_numbers)."""
    if len(words) != 1 or term_primary(words[0]) != words[0]:
        return ()
    written = afal_as_written(words[0])
    return () if written is None else (written,)


@lru_cache(maxsize=WORD_CACHE)
def _telling(raw: str, words: int) -> bool:
    """Tell whether a typed word of a phrase of so many words can tell a text word apart.

    Not by its alef's seat when it is a foreign name: outlets seat the hamza of «إيكيا»
    on any alef («آيكيا», «أيكيا»), where an Arabic word's seat is part of it; in a
    name of two or three letters it is all that tells one from another («آس», «إس»).
    """
    return telling(raw) or (words == 1 and alef_sound(raw) and not _seated_freely(normalize(raw)))


def _seated_freely(word: str) -> bool:
    """Tell whether a word is a foreign name long enough for its alef's seat to vary."""
    return len(word) >= MIN_FUZZY_LENGTH and foreign_name(word)


def _piece_of(text: str, typed: set[str]) -> bool:
    """Tell whether a word is a strict piece of a word the user typed."""
    return text not in typed and any(text in whole for whole in typed)


def _near_keys(phrases: list[Phrase], typed: set[str]) -> tuple[str, ...]:
    """Return the NEAR keys of the words of longer phrases (see bot.match.fuzzy)."""
    return tuple(
        dict.fromkeys(
            key
            for phrase in phrases
            if len(phrase.words) > 1
            for word in phrase.words
            if not word.exact and not _piece_of(word.text, typed)
            if (key := near_key(word.text)) is not None
        )
    )


def _word_keys(phrase: Phrase, typed: set[str]) -> WordKeys:
    """Compile a phrase into the key set of each word.

    The halves of a one-word name written in two (فيس بوك) are compared as
    they are: they take no endings of their own. A word of a longer phrase
    also carries its NEAR key, if it has one: its neighbours confirm the name;
    the first word, its tanween form (bot.match.stemmer.head_word_keys).
    """
    if len(phrase.words) == 1:
        return tuple(_one_word_keys(word, typed, single_word_keys) for word in phrase.words)
    return tuple(
        _one_word_keys(word, typed, inner_keys if i else head_keys)
        for i, word in enumerate(phrase.words)
    )


def _one_word_keys(
    word: Word, typed: set[str], stemmed: Callable[[str], frozenset[str]]
) -> frozenset[str]:
    """Return the key set of one word of a phrase."""
    if word.exact:
        return exact_keys(word.text)
    if _piece_of(word.text, typed):
        return as_typed(word.text)
    return stemmed(word.text)


def _spellings(phrases: tuple[Phrase, ...]) -> list[Phrase]:
    """Return the phrases followed by their other spellings (stemmed phrases only)."""
    out = list(phrases)
    for phrase in phrases:
        if not any(word.exact for word in phrase.words):
            texts = tuple(word.text for word in phrase.words)
            out.extend(
                Phrase(tuple(Word(text) for text in variant)) for variant in phrase_variants(texts)
            )
    return out
