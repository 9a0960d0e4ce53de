"""Watch terms compiled for the index: per word, the set of keys it matches by.

A term becomes an Entry: its alternatives (each phrase, plus the other ways to
write it) as the key sets of their words, and its exclusions the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from typing import NamedTuple

from bot.match.bodies import body_alternatives
from bot.match.described import common_noun_readings
from bot.match.fuzzy import near_key
from bot.match.key_marks import DEFINITE_FEMININE, EXACT
from bot.match.marks import telling
from bot.match.named_after import is_person_term, naming_words
from bot.match.places import place_names
from bot.match.query import Phrase, Word
from bot.match.reading import bare_reading, longer_places, read_phrase
from bot.match.short_names import short_name
from bot.match.stemmer import (
    coordinated_keys,
    head_word_keys,
    phrase_variants,
    phrase_word_keys,
    single_word_keys,
    term_keys,
    term_primary,
)

__all__ = [
    "EXACT",
    "Alt",
    "Compiled",
    "Entry",
    "Longer",
    "WordKeys",
    "compile_term",
    "longer_places",
    "trigger_keys",
    "trigger_variant_keys",
    "triggers",
]

# Per-word caches: a word's analysis is shared by every term that has the word.
_WORD_CACHE = 200_000

WordKeys = tuple[frozenset[str], ...]
# A longer name around a phrase: how many words of it come before the phrase, and its words.
Longer = tuple[tuple[int, WordKeys], ...]


class Compiled(NamedTuple):
    """One alternative compiled: the keys of its words, and the longer names that veto it.

    A gapped alternative has a word that anything may fill (no keys): it is
    anchored on its last word and checks the others from there.
    """

    words: WordKeys
    longer: Longer = ()
    gapped: bool = False


@dataclass(eq=False, slots=True)
class Entry:
    """One stored term with its compiled alternatives and exclusions."""

    term: str
    alternatives: tuple[Alt, ...] = ()  # set once, when posted
    exclusions: tuple[WordKeys, ...] = ()
    variant_keys: tuple[str, ...] = ()
    telling: tuple[str, ...] = ()  # typed words whose diacritics or final ى tell words apart


@dataclass(eq=False, slots=True)
class Alt:
    """One alternative of a term, as posted: where it is anchored is the index's choice."""

    term: str
    words: WordKeys
    checked: bool  # whether being found in its bucket proves the match (1-2 words, no veto)
    vetoable: bool  # whether a word may be vetoed by its neighbours
    longer: Longer = ()  # longer place names that, around it, make it another place
    anchor: int = 0  # the word whose token opens the bucket
    partner: int = -1  # the neighbour looked up inside the bucket; -1 for one word
    rest: tuple[tuple[int, frozenset[str]], ...] = ()  # words a bucket does not prove
    length: int = 0  # how many words

    def __post_init__(self) -> None:
        """Keep the word count at hand for the hot loop."""
        self.length = len(self.words)


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
    entry.telling = tuple(
        dict.fromkeys(
            word.raw
            for phrase in alternatives
            for word in phrase.words
            if not word.exact and _telling(word.raw)
        )
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
    compiled = [Compiled(_word_keys(phrase, typed), _longer(phrase)) for phrase in spelled]
    compiled.extend(_coordinated(read[0]))
    for phrase in read[0]:
        if not any(word.exact for word in phrase.words):
            compiled.extend(_numbered(tuple(word.text for word in phrase.words)))
    return entry, compiled + _bodies(read[0])


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
    entry.telling = tuple(dict.fromkeys(word.raw for word in phrase.words if _telling(word.raw)))
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
    compiled = [Compiled(_typed_keys(words), _longer_of(words))]
    compiled.extend(
        Compiled(_spelling_keys(variant, pieces), _longer_of(variant)) for variant in variants
    )
    compiled.extend(_coordinated((read,)))
    compiled.extend(_numbered(words))
    compiled.extend(_short_names(words))
    return entry, compiled + _bodies((read,))


# A trigger (bot.match.pending) is a word and the way a term compares it, as
# one string: a one-word term's word as it is, the first word of a phrase or
# a piece behind a mark no normalized word has.
_HEAD, _PIECE = "\x01", "\x02"


def triggers(term_words: tuple[str, ...]) -> tuple[str, ...]:
    """Return the triggers of a term of these words, a plain one _compile_plain compiles.

    One per way to write the phrase: its first word, compared as there. Every
    alternative _compile_plain makes has a word whose keys are all in the
    trigger keys of these: the typed and the other spellings their first word,
    the coordinated and construct forms the typed first word (phrase keys and
    exact spelling), the body names the typed first word as written. Keep the
    two in step; tests/bot/match/test_pending.py checks it on every test term.
    """
    words = bare_reading(term_words) or term_words
    spellings = phrase_variants(words)
    short = short_name(words)
    if not spellings and short is None:
        return (_first(words),)
    typed = set(words)
    found = dict.fromkeys(
        _PIECE + spelling[0]
        if _piece_of(spelling[0], typed)
        else spelling[0]
        if len(spelling) == 1
        else _HEAD + spelling[0]
        for spelling in (words, *spellings)
    )
    if short is not None:
        found[_first(short)] = None
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
        return single_word_keys(trigger)
    return (*_head_keys(word), EXACT + word, EXACT + term_primary(word))


def trigger_variant_keys(trigger: str) -> tuple[str, ...]:
    """Return the spelling keys of a trigger's word, as the compiled term indexes them."""
    mark, word = trigger[0], trigger[1:]
    if mark == _PIECE:
        return ()
    if mark != _HEAD:
        return _variant_keys(trigger)
    near = near_key(word)
    return _variant_keys(word) if near is None else (*_variant_keys(word), near)


def _typed_keys(words: tuple[str, ...]) -> WordKeys:
    """Compile the words of a typed stemmed phrase (none of them a piece), as _word_keys does."""
    if len(words) == 1:
        return (single_word_keys(words[0]),)
    return (_head_keys(words[0]), *map(_inner_keys, words[1:]))


def _spelling_keys(words: tuple[str, ...], pieces: set[str]) -> WordKeys:
    """Compile the words of another spelling of a stemmed phrase, as _word_keys does."""
    if len(words) == 1:
        text = words[0]
        return (_as_typed(text) if text in pieces else single_word_keys(text),)
    return tuple(
        _as_typed(text) if text in pieces else _inner_keys(text) if i else _head_keys(text)
        for i, text in enumerate(words)
    )


@lru_cache(maxsize=_WORD_CACHE)
def _head_keys(text: str) -> frozenset[str]:
    """Return the keys of a stemmed first word of a phrase: with its NEAR key, or its tanween."""
    return _phrase_keys_near(text) if near_key(text) is not None else head_word_keys(text)


@lru_cache(maxsize=_WORD_CACHE)
def _inner_keys(text: str) -> frozenset[str]:
    """Return the keys of a stemmed later word of a phrase: with its NEAR key if it has one."""
    return _phrase_keys_near(text) if near_key(text) is not None else phrase_word_keys(text)


def _bodies(phrases: tuple[Phrase, ...]) -> list[Compiled]:
    """Compile a group name's head after a word for a body of people (bot.match.bodies)."""
    return [
        Compiled(words, ((0, vetoing),))
        for phrase in phrases
        if not any(word.exact for word in phrase.words)
        for words, vetoing in body_alternatives(tuple(word.text for word in phrase.words))
    ]


@lru_cache(maxsize=_WORD_CACHE)
def _variant_keys(text: str) -> tuple[str, ...]:
    """Return the keys a word's spelling variants are looked up by: its primary key first."""
    return (term_primary(text), *sorted(term_keys(text) | single_word_keys(text)))


@lru_cache(maxsize=_WORD_CACHE)
def _telling(raw: str) -> bool:
    """Return telling(raw), once per typed word."""
    return telling(raw)


@lru_cache(maxsize=_WORD_CACHE)
def _exact_keys(text: str) -> frozenset[str]:
    """Return the one key of a word compared by its exact spelling."""
    return frozenset((EXACT + text,))


@lru_cache(maxsize=_WORD_CACHE)
def _as_typed(text: str) -> frozenset[str]:
    """Return the one key of a word compared as typed, without endings."""
    return frozenset((text,))


@lru_cache(maxsize=_WORD_CACHE)
def _coordinated_keys(text: str) -> frozenset[str]:
    """Return coordinated_keys(text), one shared set per word."""
    return coordinated_keys(text)


@lru_cache(maxsize=_WORD_CACHE)
def _in_a_place_name(text: str) -> bool:
    """Tell whether some known place name has this word."""
    places = place_names()
    return (text,) in places.names or bool(places.containing((text,)))


def _coordinated(phrases: tuple[Phrase, ...]) -> list[Compiled]:
    """Compile the coordinated and the construct forms of each noun + adjective phrase.

    «الانتخابات البرلمانية» is also written «انتخابات رئاسية وبرلمانية», and
    «كوريا الشمالية» «كوريا الجنوبية والشمالية»: the noun, any word, then the
    adjective joined by و. And the noun may head a construct whose adjective
    comes after the owner: «غوطة دمشق الشرقية», «اتفاق إيران النووي». There the
    adjective must be written as typed, article, gender and number included, so
    that it agrees with the noun and not with the owner («جيش الدولة
    الإسلامية» is not «الجيش الإسلامي»). Only a second word typed with the
    article counts as the adjective (or the name) of the first.
    """
    pairs = [
        (first.text, second.text)
        for phrase in phrases
        if len(phrase.words) == 2
        for first, second in (phrase.words,)
        if not (first.exact or second.exact) and second.text.startswith("ال")
    ]
    coordinated: list[WordKeys] = [
        (phrase_word_keys(first), frozenset(), _coordinated_keys(second)) for first, second in pairs
    ]
    # The head of a construct has no article: «الأمم الأوروبية المتحدة» is not one.
    construct: list[WordKeys] = [
        (_exact_keys(term_primary(first)), frozenset(), _exact_keys(second))
        for first, second in pairs
        if first.startswith("ال")
    ]
    return [Compiled(words, gapped=True) for words in coordinated] + [
        Compiled(words, _owner_agrees(words), gapped=True) for words in construct
    ]


def _short_names(words: tuple[str, ...]) -> list[Compiled]:
    """Compile the short name of a body named with its city: «أتلتيكو» for «أتلتيكو مدريد»."""
    short = short_name(words)
    return [] if short is None else [Compiled(_typed_keys(short))]


def _numbered(words: tuple[str, ...]) -> list[Compiled]:
    """Compile a name ending in a number (a year, an edition) with a word before the number.

    The owner of the name goes there: «رؤية السعودية 2030» is «رؤية 2030», «مونديال
    قطر 2022» «مونديال 2022». The number keeps it specific, so one word of any kind may fill.
    """
    if len(words) < 2 or not words[-1].isdigit():
        return []
    keys = _typed_keys(words)
    return [Compiled((*keys[:-1], frozenset(), keys[-1]), gapped=True)]


def _owner_agrees(words: WordKeys) -> Longer:
    """Veto a construct whose owner is a definite feminine word and its adjective feminine.

    The adjective then agrees with the owner as well as with the head, and the
    owner is nearer: «قمة الجامعة العربية» is the Arab League's summit, not
    «القمة العربية». An owner that is a name without the article («غوطة دمشق
    الشرقية») or of the other gender («حرب السودان الأهلية») leaves it to the head.
    """
    if not any(key.endswith("ه") for key in words[2]):
        return ()
    return ((0, (words[0], frozenset({DEFINITE_FEMININE}), words[2])),)


def _piece_of(text: str, typed: set[str]) -> bool:
    """Tell whether a word is a strict piece of a word the user typed."""
    return text not in typed and any(text in whole for whole in typed)


def _longer(phrase: Phrase) -> Longer:
    """Compile the longer place names around a stemmed phrase (none for exact words)."""
    if any(word.exact for word in phrase.words):
        return ()
    return _longer_of(tuple(word.text for word in phrase.words))


def _longer_of(words: tuple[str, ...]) -> Longer:
    """Compile what around a stemmed phrase makes it another name: longer places, the
    grammar of a common noun (bot.match.described), what a person's name names
    (bot.match.named_after)."""
    return _longer_places_of(words) + common_noun_readings(words) + _named_after(words)


def _named_after(words: tuple[str, ...]) -> Longer:
    """Compile the words that, right before a person's name, make it a place's or a child's."""
    if not is_person_term(words):
        return ()
    return ((1, (naming_words(), *map(term_keys, words))),)


def _longer_places_of(words: tuple[str, ...]) -> Longer:
    """Compile the longer place names around a stemmed phrase's normalized words."""
    # longer_places looks among the names that hold the first word; most words are
    # in none, and skipping them keeps its per-phrase cache for the phrases that are.
    if not _in_a_place_name(words[0]):
        return ()
    found = longer_places(words)
    return tuple((start, tuple(term_keys(word) for word in name)) for name, start in found)


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
        _one_word_keys(word, typed, _phrase_keys_near)
        if not word.exact and near_key(word.text) is not None
        else _one_word_keys(word, typed, head_word_keys if not i else phrase_word_keys)
        for i, word in enumerate(phrase.words)
    )


@lru_cache(maxsize=200_000)
def _phrase_keys_near(word: str) -> frozenset[str]:
    """Return a phrase word's keys with its NEAR key, one shared set per word."""
    near = near_key(word)
    return phrase_word_keys(word) | {near} if near is not None else phrase_word_keys(word)


def _one_word_keys(
    word: Word, typed: set[str], stemmed: Callable[[str], frozenset[str]]
) -> frozenset[str]:
    """Return the key set of one word of a phrase."""
    if word.exact:
        return _exact_keys(word.text)
    if _piece_of(word.text, typed):
        return _as_typed(word.text)
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
