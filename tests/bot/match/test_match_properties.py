"""Properties of normalization and matching, checked on generated inputs."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.match.matcher import matches
from bot.match.normalize import normalize, tokenize

_DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"
_TATWEEL = "\u0640"

# Terms with a headline each that matches them: the property tests decorate
# the matched word and check the match survives.
_SEEDS = [
    ("روسيا", "روسيا"),
    ("غزة", "غزة"),
    ("إيران", "إيران"),
    ("كوريا", "الكورية"),
    ("نتنياهو", "نتانياهو"),
    ("بيونغ", "بيونج"),
    ("الصين", "الصين"),
    ("حكومة", "الحكومات"),
    ("ترامب", "ترمب"),
    ("أوكرانيا", "الأوكراني"),
]

_text = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
        st.characters(min_codepoint=0xFB50, max_codepoint=0xFEFF),
        st.sampled_from(list("\u200c\u200d\u200e\u200f\u202b\u202c abcABC123٣۴،.")),
        st.characters(),
    ),
    max_size=40,
)


@given(_text)
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@given(_text)
def test_tokens_are_normalized_and_inside_the_text(text: str) -> None:
    for token in tokenize(text):
        assert 0 <= token.start < token.end <= len(text)
        assert token.text
        assert normalize(token.text) == token.text


def _decorate(word: str, marks: list[str], positions: list[int]) -> str:
    """Insert each mark after the letter at the matching position."""
    letters = list(word)
    for mark, position in zip(marks, positions, strict=False):
        index = position % len(letters)
        letters[index] += mark
    return "".join(letters)


@settings(max_examples=200)
@given(
    seed=st.sampled_from(_SEEDS),
    marks=st.lists(st.sampled_from(list(_DIACRITICS + _TATWEEL)), max_size=4),
    positions=st.lists(st.integers(min_value=0, max_value=20), min_size=4, max_size=4),
)
def test_diacritics_and_tatweel_keep_a_match(
    seed: tuple[str, str], marks: list[str], positions: list[int]
) -> None:
    term, word = seed
    assert matches(term, f"خبر عن {word} اليوم") is not None
    decorated = _decorate(word, marks, positions)
    assert matches(term, f"خبر عن {decorated} اليوم") is not None


@settings(max_examples=100)
@given(seed=st.sampled_from(_SEEDS), clitic=st.sampled_from(["و", "ب", "ل", "وب", "ول"]))
def test_a_clitic_keeps_a_match(seed: tuple[str, str], clitic: str) -> None:
    term, word = seed
    if word.startswith("ال") and clitic.endswith("ل"):
        word = word[1:]  # ل + الصين is written للصين
    hit = matches(term, f"خبر عن {clitic}{word} اليوم")
    assert hit is not None
    assert len(hit.spans) == 1


_WORDS = ["روسيا", "غزة", "الروسية", "كوريا", "الشمالية", "ترامب", "ميلانيا", "النفط", "أسعار"]


@settings(max_examples=300)
@given(
    include=st.lists(st.sampled_from(_WORDS), min_size=1, max_size=2),
    exclude=st.lists(st.sampled_from(_WORDS), min_size=1, max_size=2),
    title=st.lists(st.sampled_from([*_WORDS, "و", "في"]), max_size=8),
)
def test_an_exclusion_never_widens(
    include: list[str], exclude: list[str], title: list[str]
) -> None:
    base = " ".join(include)
    narrowed = f'{base} -"{" ".join(exclude)}"'
    headline = " ".join(title)
    if matches(narrowed, headline) is not None:
        assert matches(base, headline) is not None
