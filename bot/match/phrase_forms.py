"""The other forms a typed phrase is also found in, compiled as more alternatives.

A noun + adjective phrase coordinated with another adjective or heading a
construct, in the dual, behind a direction or a kind of place, and a group's
head after a word for a body of people (bot.match.bodies). The parts of a name
it is found by are in bot.match.name_forms, other forms of single words in
bot.match.word_forms.

A lazily loaded term is compiled once an article has a word its triggers
stand for (bot.match.terms.triggers), so each form here must keep a word whose
keys the triggers hold: keep the two in step.
"""

from __future__ import annotations

from functools import cache, lru_cache

from bot.match.bodies import body_alternatives
from bot.match.common_words import arabic_word, common_noun
from bot.match.compiled import Compiled, Longer, WordKeys
from bot.match.key_marks import (
    ARTICLE,
    CONJOINED,
    DEFINITE,
    DEFINITE_FEMININE,
    DESCRIBING,
    EXACT,
    LONG_VOWELS,
    MIN_STEM,
    NO_ARTICLE,
)
from bot.match.land_names import land_adjective_owners, land_name_adjectives
from bot.match.named_after import is_person_term
from bot.match.nisba import adjective_place, is_place, place_adjectives
from bot.match.particles import NEGATING
from bot.match.phrase_words import coordinated_keys, phrase_word_keys
from bot.match.places import DIRECTIONS, PLACE_KINDS, place_names
from bot.match.query import Phrase
from bot.match.stemmer import term_keys, term_primary
from bot.match.word_forms import definite_feminine
from bot.match.word_keys import WORD_CACHE, exact_keys, head_keys, inner_keys, typed_keys

__all__ = [
    "body_forms",
    "construct_dual_key",
    "construct_dual_nominative",
    "coordinated_forms",
    "dual_head_key",
]


def body_forms(phrases: tuple[Phrase, ...]) -> list[Compiled]:
    """Compile a group name's head after a word for a body of people (bot.match.bodies)."""
    return [
        Compiled(words, ((0, vetoing),))
        for phrase in phrases
        if not any(word.exact for word in phrase.words)
        for words, vetoing in body_alternatives(tuple(word.text for word in phrase.words))
    ]


@lru_cache(maxsize=WORD_CACHE)
def _coordinated_keys(text: str) -> frozenset[str]:
    """Return coordinated_keys(text), one shared set per word."""
    return coordinated_keys(text)


def coordinated_forms(phrases: tuple[Phrase, ...]) -> list[Compiled]:
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
    # Every two-word phrase compared by stems; most forms need its second word definite.
    two_words = [
        (first.text, second.text)
        for phrase in phrases
        if len(phrase.words) == 2
        for first, second in (phrase.words,)
        if not (first.exact or second.exact)
    ]
    pairs = [(first, second) for first, second in two_words if second.startswith(ARTICLE)]
    coordinated: list[WordKeys] = [
        (phrase_word_keys(first), frozenset(), _coordinated_keys(second)) for first, second in pairs
    ]
    # The two of a short noun before both adjectives: «البحرين المتوسط والأحمر».
    dual: list[WordKeys] = []
    for first, second in pairs:
        head = dual_head_key(first)
        if head is not None:
            dual.append((frozenset({head}), frozenset(), _coordinated_keys(second)))
            dual.append((frozenset({head}), exact_keys(second)))
    # A construct's head in the dual or plural, its ن dropped before the owner, which
    # is alone or the second of two: «وزيري الخارجية», «مجلسي الشيوخ والنواب», a name
    # without the article too: «مطاري أربيل والسليمانية». Not
    # where those letters are a word of their own, an adjective common with the article
    # (a construct's head never has it): «دوري» is a league, not two «دور».
    for first, second in two_words:
        for head in (construct_dual_key(first), construct_dual_nominative(first)):
            if head is not None and not common_noun(head):
                dual.append((frozenset({head}), inner_keys(second)))
                dual.append((frozenset({head}), frozenset(), _coordinated_keys(second)))
    # The head of a construct has no article: «الأمم الأوروبية المتحدة» is not one.
    # Its owner is one word or two («دوري الدرجة الأولى الإسباني», «أسلحة بيونغ يانغ النووية»).
    construct: list[WordKeys] = [
        (head_keys(first), *gap, exact_keys(second))
        for first, second in pairs
        if first.startswith(ARTICLE)
        for gap in _OWNERS
    ]
    # A noun and a place's adjective are also the noun heading a construct with the
    # place: «الجيش المصري» is «جيش مصر», «الحكومة العراقية» «حكومة العراق».
    place_owner: list[WordKeys] = [
        (head_keys(first), *map(term_keys, owner))
        for first, second in pairs
        if first.startswith(ARTICLE)
        for owner in _adjective_owners(second)
    ]
    # A construct chain: one more word between the head and its owner («رئيس مجلس
    # الوزراء», «صالح علي الصماد»). Not in a place's name («جنوب غرب السودان» is not
    # «جنوب السودان»), nor after a name and its adjective («كوريا الشمالية»: a word
    # between would be another adjective, which the coordinated form covers).
    chain: list[tuple[WordKeys, Longer]] = [
        (_word_between(first, second), _second_direction(first))
        for first, second in pairs
        if not first.startswith(ARTICLE)
        and not second.endswith(_ADJECTIVE_ENDINGS)
        and (first, second) not in place_names().names
    ]
    # A construct's head and a second head joined by «و» share the owner: «شمال ووسط
    # سيناء», «شمالي وشرقي قطاع غزة» (bot.match.conjoined). Not a name's: «محمد وأحمد
    # صلاح» are two men.
    shared_owner: list[WordKeys] = [
        (head, _CONJOINED, *owner)
        for phrase in phrases
        if not any(word.exact for word in phrase.words)
        for words in (tuple(word.text for word in phrase.words),)
        if len(words) > 1
        and not words[0].startswith(ARTICLE)
        and not words[1].endswith(_ADJECTIVE_ENDINGS)
        and not is_person_term(words)
        # Past two words a direction's only, the heads the news joins («شمال وشرق»): an
        # alternative for every longer phrase cost the index 2% more memory for no find.
        and (len(words) == 2 or words[0] in DIRECTIONS)
        for head, *owner in (typed_keys(words),)
    ]
    # A place's name is definite without the article: «شمال غرب سوريا» as «شمال غرب
    # العراق». The place itself, not its adjective: «كأس الاتحاد الآسيوي» is no «كأس آسيا».
    place_chain: list[tuple[WordKeys, Longer]] = [
        (_word_between(first, second), _second_direction(first))
        for first, second in two_words
        if not second.startswith(ARTICLE)
        and is_place(second)
        and (first, second) not in place_names().names
    ]
    # Any name does after a kind of place, which says it is one: «شمال محافظة لحج», «شرق
    # العاصمة صنعاء», where CLDR lists no Lahj or Sanaa. A name, not an Arabic word, owned
    # by an Arabic noun, not a foreign name's first word; after a direction, whose owner is
    # a place, an Arabic word too («شمال محافظة عمران»).
    kind_chain: list[tuple[WordKeys, Longer]] = [
        ((head, _PLACE_KIND, last), _second_direction(first))
        for first, second in two_words
        if not (first.startswith(ARTICLE) or second.startswith(ARTICLE))
        and not is_place(second)
        and (not arabic_word(second) or first in DIRECTIONS)
        and arabic_word(first)
        for head, _, last in (_word_between(first, second),)
    ]
    # So does a compound direction's: «شمال غرب محافظة الجوف», «شمال شرق العاصمة الرياض».
    compound_kind: list[WordKeys] = [
        (*keys[:2], _PLACE_KIND, *keys[2:])
        for phrase in phrases
        if len(phrase.words) == _COMPOUND_PLACE and not any(word.exact for word in phrase.words)
        for words in (tuple(word.text for word in phrase.words),)
        if words[0] in DIRECTIONS and words[1] in DIRECTIONS
        for keys in (typed_keys(words),)
    ]
    # An indefinite noun and its adjective with one more word between («سيارة طائرة
    # كهربائية», «سيارة أوبر ذاتية القيادة»). All three without the article: a definite
    # word between is a phrase of its own («الجيش الوطني الحر»), but a place's (below).
    inserted: list[WordKeys] = [
        _word_between(first, second) for first, second in pairs if first.startswith(ARTICLE)
    ]
    # A definite noun and its adjective with a place's adjective between, all three
    # definite: «العميل الروسي المزدوج», «الجيش السوري الحر», «الرئيس الفرنسي السابق».
    # The place only narrows the thing watched (CLDR's places, bot.match.places).
    between = _place_adjectives()
    place_between: list[WordKeys] = [(head, between, last) for head, _, last in inserted]
    # And a place's adjective last takes one more definite adjective before it: «القوات
    # المسلحة التركية», «الجيش الوطني الليبي». The place still names the thing watched.
    adjective_between: list[WordKeys] = [
        (head, _DESCRIBING, last)
        for first, second in pairs
        if first.startswith(ARTICLE) and _masculine(second) in _last_adjectives()
        for head, _, last in (_word_between(first, second),)
    ]
    # So does a longer phrase that ends in a place's adjective, all its words definite:
    # «الدفاع الجوي الملكي السعودي», «الحرس الثوري الإسلامي الإيراني».
    longer_between: list[WordKeys] = [
        (*typed_keys(words[:-1]), _DESCRIBING, inner_keys(words[-1]))
        for phrase in phrases
        if len(phrase.words) > 2 and not any(word.exact for word in phrase.words)
        for words in (tuple(word.text for word in phrase.words),)
        if all(word.startswith(ARTICLE) for word in words) and _masculine(words[-1]) in between
    ]
    # A kind of thing typed without the article («انتخابات مبكرة») takes one more word
    # between, of any kind («الانتخابات التركية المبكرة», «تحطم أول طائرة»); a person's
    # name does not («محمد بن صلاح» is another man).
    kinds: list[WordKeys] = [
        _word_between(first, second)
        for first, second in two_words
        if not (first.startswith(ARTICLE) or second.startswith(ARTICLE))
        and second.endswith(_KIND_ENDINGS)
        and not is_person_term((first, second))
    ]
    # An adjective agrees with a plural of things in the feminine: «الأسلحة الثقيلة» for
    # «السلاح الثقيل», «القطاعات العامة والخاصة». As written, with the article: «خاصة»
    # alone is "especially". (A relative adjective's feminine is a phrase key already.)
    feminine: list[WordKeys] = []
    for first, second in pairs:
        written = definite_feminine(second)
        if first.startswith(ARTICLE) and written is not None:
            noun = head_keys(first)
            feminine.append((noun, frozenset({written})))
            feminine.append((noun, frozenset(), frozenset({"و" + written})))
    return (
        [Compiled(words, gapped=len(words) > 2) for words in feminine]
        + [Compiled(words, gapped=True) for words in coordinated]
        + [Compiled(words, longer, gapped=True) for words, longer in chain]
        + [Compiled(words) for words in shared_owner]
        + [Compiled(words, _ANY_DEFINITE + _NEGATED, gapped=True) for words in inserted]
        + [Compiled(words, _NEGATED, gapped=True) for words in kinds]
        + [Compiled(words, gapped=True) for words in place_between]
        + [Compiled(words, _NEGATED + _BARE_HEAD, gapped=True) for words in adjective_between]
        + [Compiled(words, _BARE_HEAD, gapped=True) for words in longer_between]
        + [
            Compiled(words, _owner_agrees(words) + _NO_DEFINITE_HEAD, gapped=True)
            for words in construct
        ]
        + [Compiled(words, _NO_DEFINITE_HEAD) for words in place_owner]
        + [Compiled(words, _DEFINITE_LAST + longer, gapped=True) for words, longer in place_chain]
        + [Compiled(words, longer) for words, longer in kind_chain]
        + [Compiled(words) for words in compound_kind]
        + [Compiled(words, gapped=len(words) > 2) for words in dual]
    )


# A second direction after a direction makes a compound one: «جنوب غرب فرنسا» (the
# south-west) is not «جنوب فرنسا». The directions and their adjectives, a closed class.
# (A direction before the term's own is longer_names._compound_direction.)
_SECOND_DIRECTION: Longer = (
    (-1, (frozenset(EXACT + form for word in DIRECTIONS for form in (word, word + "ي")),)),
)


def _second_direction(head: str) -> Longer:
    """Veto a second direction between a direction and its owner."""
    return _SECOND_DIRECTION if head in DIRECTIONS else ()


def _word_between(first: str, second: str) -> WordKeys:
    """Return a two-word phrase's keys with any one word between its words."""
    head, last = typed_keys((first, second))
    return (head, frozenset(), last)


# The directions' adjectives, a closed class (places.DIRECTIONS): a bloc or a region, and
# like a place's they take another adjective before them («الضربات الجوية الغربية»).
_DIRECTION_ADJECTIVES = frozenset(direction + "ي" for direction in DIRECTIONS)
# Two directions and a place (a compound direction's side of it).
_COMPOUND_PLACE = 3
# A kind of place, bare or with the article (bot.match.places.PLACE_KINDS).
_PLACE_KIND = frozenset(EXACT + form for kind in PLACE_KINDS for form in (kind, ARTICLE + kind))
# The mark of a word joined by «و» to the one before (bot.match.conjoined).
_CONJOINED = frozenset({CONJOINED})
# The endings of relative adjectives, masculine and feminine (normalized ة is ه).
_ADJECTIVE_ENDINGS = ("ي", "يه")
# The head of a construct is indefinite, behind a proclitic or not («باتحاد القدم السعودي»).
_NO_DEFINITE_HEAD: Longer = ((0, (frozenset({DEFINITE}),)),)
# The last of three words written with the article: an adjective, not a place named without it.
_DEFINITE_LAST: Longer = ((-2, (frozenset({DEFINITE}),)),)
# A definite word at any of the three places of a phrase with a word inserted.
_ANY_DEFINITE: Longer = tuple((-at, (frozenset({DEFINITE}),)) for at in range(3))
# A word between that denies the adjective (bot.match.particles.NEGATING).
_NEGATED: Longer = ((-1, (frozenset(EXACT + word for word in NEGATING),)),)
# The endings of an adjective or a noun that a kind of thing ends in: feminine, ‑ي, plural.
_KIND_ENDINGS = ("ه", "ي", "ات", "ين", "ون")
# A definite adjective between a noun and its last adjective (bot.match.key_marks).
_DESCRIBING = frozenset({DESCRIBING})
# A head without the article makes the definite word after it its owner, not its
# adjective: «قوات الجيش التركي» is the army's forces.
_BARE_HEAD: Longer = ((0, (frozenset({NO_ARTICLE}),)),)
# The owner of a construct: one word, or two (a name, or a noun and its adjective).
_OWNERS: tuple[tuple[frozenset[str], ...], ...] = ((frozenset(),), (frozenset(), frozenset()))


@cache
def _place_adjectives() -> frozenset[str]:
    """Return the adjectives of CLDR's one-word places and of its lands of several words
    (bot.match.land_names), one set for every term."""
    return place_adjectives() | land_name_adjectives()


@cache
def _last_adjectives() -> frozenset[str]:
    """Return the adjectives that take one more definite adjective before them: a place's
    and a direction's, one set for every term."""
    return _place_adjectives() | _DIRECTION_ADJECTIVES


def _masculine(adjective: str) -> str:
    """Return a typed adjective without its article and feminine ending (الأمريكية → أمريكي)."""
    return adjective.removeprefix(ARTICLE).removesuffix("ه")


def _adjective_owners(adjective: str) -> tuple[tuple[str, ...], ...]:
    """Return the names of the place a word is the adjective of: one CLDR place, or a
    land's two names (bot.match.land_names: «الأمريكية» → أمريكا, «الولايات المتحدة»)."""
    masculine = _masculine(adjective)
    place = adjective_place(masculine)
    if place is not None:
        return ((place,),)
    return land_adjective_owners().get(masculine, ())


def dual_head_key(first: str) -> str | None:
    """Return the key a short noun's dual or plural is read back to, or None.

    Two nouns with one adjective each are written as the dual before both
    adjectives («البحرين المتوسط والأحمر», «الحزبين الجمهوري والديمقراطي»). The
    text reads the dual of a longer noun back to its stem (المنتخبين → منتخب),
    which the phrase's own keys meet; a noun of MIN_STEM letters only with the
    article on (الحزبين → الحزب), so the phrase needs that key.
    """
    primary = term_primary(first)
    if not first.startswith(ARTICLE) or len(primary) > MIN_STEM:
        return None
    return ARTICLE + primary


def construct_dual_key(first: str) -> str | None:
    """Return the key of a construct head's dual or plural before its owner, or None.

    Heading a construct, a dual or sound plural drops its ن: «وزيرين» is
    «وزيري الخارجية», «وزارتين» «وزارتي الدفاع» (ة is written ت before an ending).
    """
    if first.startswith(ARTICLE) or len(first) < MIN_STEM or first[-1] in LONG_VOWELS:
        return None
    return first.removesuffix("ه") + ("تي" if first.endswith("ه") else "ي")


def construct_dual_nominative(first: str) -> str | None:
    """Return the key of a feminine construct head's dual in the nominative, or None.

    «حركتان» heading a construct is «حركتا فتح وحماس». A masculine head's («وزيرا
    الخارجية») is its accusative, which the text side reads already.
    """
    if first.startswith(ARTICLE) or len(first) <= MIN_STEM or not first.endswith("ه"):
        return None
    return first[:-1] + "تا"


def _owner_agrees(words: WordKeys) -> Longer:
    """Veto a construct whose owner is a definite feminine word and its adjective feminine.

    The adjective then agrees with the owner as well as with the head, and the
    owner is nearer: «قمة الجامعة العربية» is the Arab League's summit, not
    «القمة العربية». An owner that is a name without the article («غوطة دمشق
    الشرقية») or of the other gender («حرب السودان الأهلية») leaves it to the head.
    Of a two-word owner, either word may be that noun.
    """
    head, adjective = words[0], words[-1]
    if not any(key.endswith("ه") for key in adjective):
        return ()
    owner = frozenset({DEFINITE_FEMININE})
    if len(words) == 3:
        return ((0, (head, owner, adjective)),)
    # Either word of a two-word owner may be the noun the adjective agrees with.
    return ((0, (head, owner)), (-2, (owner, adjective)))
