"""Arabic given names read from Faker's person providers."""

from bot.match.given_names import given_name_length, given_names


def test_the_providers_lists_are_read() -> None:
    names = given_names()
    assert len(names) > 500
    assert {"محمد", "سعد", "خليل", "فاطمه"} <= names  # normalized: ة is ه


def test_a_compound_name_counts_as_one_given_name() -> None:
    assert given_name_length(("عبد", "الفتاح", "السيسي")) == 2
    assert given_name_length(("ابو", "بكر", "البغدادي")) == 2
    # A compound's second word alone is a common word, not a name.
    assert not {"عبد", "الرحمن", "الدين", "الملك"} & given_names()


def test_a_term_without_a_given_name_first() -> None:
    assert given_name_length(("سعد", "الحريري")) == 1
    assert given_name_length(("ترامب",)) == 0
    assert given_name_length(("الملك", "سلمان")) == 0
