"""The stemmer's shared constants: the shortest stems, the article, and key marks.

A mark is a prefix no normalized word holds, so a marked key never equals a
word: it tells what a token is (definite, bare, a follower's plural) rather
than which word it is. All input is normalized (see bot.match.normalize).
"""

from __future__ import annotations

__all__ = [
    "ARABIC_ENDINGS",
    "ARTICLE",
    "BARE",
    "CONJOINED",
    "DEFINITE",
    "DEFINITE_FEMININE",
    "DESCRIBING",
    "ENDED",
    "EXACT",
    "FOLLOWERS",
    "FOREIGN_GIVEN",
    "FRENCH_NAME_ENDING",
    "HIS",
    "MIN_INFLECTED_STEM",
    "MIN_STEM",
    "MIN_TANWEEN_STEM",
    "NO_ARTICLE",
    "OWNING",
    "RELATIVE_PRONOUNS",
    "is_arabic",
    "names_a_word",
]

# غزة (3 letters) must survive و/ب/ل; a clitic never leaves fewer than 3 letters,
# so بان, ولي, مال stay whole instead of becoming ان, لي, ما.
MIN_STEM = 3
# Plural and dual endings come off only above 4 letters: below that they eat
# names (لبنان→لبن, البحرين→بحر, إيران→اير, طهران→طهر).
MIN_INFLECTED_STEM = 4
# The alef of tanween comes off only above 4 letters: سيولا (floods) stays whole.
MIN_TANWEEN_STEM = 5

ARTICLE = "ال"
# The long vowels, as normalized: what transliterations write or leave out, and
# what closed word patterns (أفعال, فواعل) must not have in their consonant slots.
LONG_VOWELS = frozenset("اوي")
# Endings that mark an Arabic word, not a foreign name: feminine, plurals, dual,
# relative adjective.
ARABIC_ENDINGS = ("ه", "ات", "ين", "ون", "ان", "ي")
# The ending of French names in ‑é, ‑et, ‑ier (روجيه, جوزيه, بيكيه): normalized, the
# same letters as the feminine of a relative adjective (‑ية), so it marks no Arabic word.
FRENCH_NAME_ENDING = "يه"

# Prefix of the key of a text token as written (exact mode): never part of a
# normalized token.
EXACT = "="
# Prefix of the key of a word in ‑ي as written, without an ending read off.
BARE = "!"
# Prefix of the key of a word in ‑ي read off its sound masculine plural (‑ون,
# ‑ين) and nothing else: a family's or a leader's followers (الحوثيين).
FOLLOWERS = "!+"
# The key every text token written with the article has (after any clitic):
# what a term asks of a neighbour that must be definite. No normalized word
# holds "#", so no term word has it.
DEFINITE = "#ال"

# The key of a text token written with the article and ending in ة (after
# normalization ه): a definite feminine noun or adjective, which an adjective
# in ‑ة right after it agrees with (bot.match.phrase_forms: a construct's owner).
DEFINITE_FEMININE = "#اله"

# The key of a text token written without the article (after any proclitic):
# what a rule about a name's bare form asks of the token it matched.
NO_ARTICLE = "#-"
# Prefix of the key of a text token shaped like a foreign given name, followed by
# its first sound (bot.match.given_marks): what, right before a person's family
# name, makes it another person's («روبرت مولر» is not «توماس مولر»).
FOREIGN_GIVEN = "#?"
# The key of a text token that is «و» and a word in use, bare: the second of two
# nouns that share what follows them (bot.match.conjoined).
CONJOINED = "#و"
# The key of a text token that can be the adjective of the word before it:
# written with the article and no proclitic (an adjective takes none: «حزب
# الإخوان والناشطون» starts a new phrase), and no relative pronoun (الذي, التي…).
DESCRIBING = "#ال="
# The key of a describing token that names no place: what owns a construct whose
# head is a named body's word as a common noun («قاعدة اللعب»). A place owns the
# office or thing of that place instead («ملك السعودية», «سفير الكويت»).
OWNING = "#ال+"
# Prefix of the key of a text token read as a noun with an ending a common noun takes.
ENDED = "%"
# Prefix of the key of a text token read as a noun with the pronoun ه (his), which
# normalized is also the feminine ending.
HIS = "&"
RELATIVE_PRONOUNS = frozenset(
    ("الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين", "اللاتي", "اللواتي", "اللايي")
)


def is_arabic(word: str) -> bool:
    """Tell whether a word starts with an Arabic letter (stemming applies only then)."""
    return "\u0620" <= word[0] <= "\u06ff"


def names_a_word(key: str) -> bool:
    """Tell whether a key is a word or a reading of one, not a marked key.

    A normalized word starts with a letter or a digit; every mark here, and the
    matcher's others (bot.match.postings, bot.match.fuzzy), with neither.
    """
    return key[:1].isalnum()
