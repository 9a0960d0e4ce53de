"""The buckets compiled alternatives hang in."""

from __future__ import annotations

from bot.match.compiled import Alt, Entry
from bot.match.key_marks import NO_ARTICLE
from bot.match.postings import COMMON_USES, GAP_BEFORE, Postings
from bot.match.query import parse
from bot.match.terms import compile_term


def _post(postings: Postings, term: str) -> Entry:
    query = parse(term)
    entry, alternatives = compile_term(term, query.alternatives, query.exclusions)
    postings.add(entry, alternatives)
    return entry


def test_a_one_word_term_opens_no_phrases() -> None:
    postings = Postings()
    _post(postings, "غرينلاند")
    bucket = postings.buckets["غرينلاند"]
    assert bucket.single.proven == ("غرينلاند",)
    assert bucket.pairs == {}


def _phrase_terms(postings: Postings) -> set[str]:
    return {
        alt.term
        for bucket in postings.buckets.values()
        for slot in bucket.pairs.values()
        for alt in slot.alts()
    }


def test_a_phrase_hangs_by_its_partner() -> None:
    postings = Postings()
    _post(postings, "غرينلاند الدنماركية")
    assert _phrase_terms(postings) == {"غرينلاند الدنماركية"}
    # Its words alone prove nothing.
    assert all(not bucket.single.proven for bucket in postings.buckets.values())


def test_a_word_and_a_phrase_with_it_keep_both_kinds() -> None:
    postings = Postings()
    _post(postings, "الدنماركية")
    _post(postings, "غرينلاند الدنماركية")
    assert postings.buckets["دنماركيه"].single.proven == ("الدنماركية",)
    assert _phrase_terms(postings) == {"غرينلاند الدنماركية"}


def test_removing_every_term_empties_the_postings() -> None:
    postings = Postings()
    entries = [_post(postings, term) for term in ("غرينلاند", "جزيرة غرينلاند", "كوبنهاغن")]
    changed: set[str] = set()
    for entry in entries:
        changed |= postings.remove(entry)
    assert postings.buckets == {}
    assert postings.partners == {}
    assert postings.uses == {}
    assert "غرينلاند" in changed


def _terms_at(postings: Postings) -> dict[tuple[str, str], set[str]]:
    return {
        (key, other): {alt.term for alt in slot.alts()}
        for key, bucket in postings.buckets.items()
        for other, slot in bucket.pairs.items()
    }


def test_two_phrases_at_one_place_each_leave_the_other_there() -> None:
    # Alone at a place a phrase shares one slot with its other places; a second
    # phrase there must not show up at the first one's other places, nor take
    # the first away when it goes, in either order.
    for first, second in ((0, 1), (1, 0)):
        postings = Postings()
        alone = _post(postings, "جزيرة غرينلاند")
        alone_places = _terms_at(postings)
        both = _post(postings, "جزر غرينلاند")
        shared = {place for place, terms in _terms_at(postings).items() if len(terms) == 2}
        assert shared
        assert all(terms == {"جزيرة غرينلاند"} for terms in alone_places.values())
        postings.remove((alone, both)[first])
        left = ("جزيرة غرينلاند", "جزر غرينلاند")[second]
        assert {term for terms in _terms_at(postings).values() for term in terms} == {left}
        postings.remove((alone, both)[second])
        assert postings.buckets == {}


def test_a_place_inside_longer_names_knows_the_neighbours_they_need() -> None:
    # «غينيا» is inside «غينيا الاستوائية» and «غينيا بيساو» (words after it) and
    # «بابوا غينيا الجديدة» (a word before it): a find is cleared by its two neighbours.
    postings = Postings()
    entry = _post(postings, "غينيا")
    (alt,) = entry.alternatives
    assert alt.vetoable and alt.longer and alt.around is not None
    before, after, own = alt.around
    assert "بابو" in before or "بابوا" in before
    assert after, "the words after «غينيا» in longer names"
    assert not own, "no name of «غينيا» alone makes it another word"
    assert not alt.context


def test_a_family_name_with_the_article_checks_its_own_token_for_the_bare_word() -> None:
    # «الحريري» alone for «سعد الحريري»; «حريري» without the article is another word,
    # a veto of the find's own token: three set tests clear it, not every name.
    postings = Postings()
    entry = _post(postings, "سعد الحريري")
    alone = [alt for alt in entry.alternatives if alt.length == 1 and alt.longer]
    assert alone
    assert all(alt.around is not None and NO_ARTICLE in alt.around[2] for alt in alone)


def test_a_name_inside_no_longer_name_has_nothing_to_check_around() -> None:
    postings = Postings()
    alternatives = _post(postings, "غرينلاند").alternatives
    assert all(alt.around is None and not alt.longer for alt in alternatives)


def test_a_phrase_with_a_word_between_hangs_by_its_first_word_two_back() -> None:
    # «رئيس مجلس الوزراء» for «رئيس الوزراء»: posted under the last word, its partner
    # the first word marked as two words back, so other tokens never check it.
    postings = Postings()
    _post(postings, "رئيس الوزراء")
    partners = [other for other, _alt in _gapped(postings)]
    assert partners
    assert all(other.startswith(GAP_BEFORE) for other in partners)
    assert {other.removeprefix(GAP_BEFORE) for other in partners} >= {"رييس"}
    assert all(not bucket.single.unproven for bucket in postings.buckets.values())


def test_gapped_phrases_stay_put_when_their_last_word_turns_common() -> None:
    postings = Postings()
    for owner in ("الوزراء", "الأمن", "الشورى", "النواب", "الدولة", "القضاء"):
        _post(postings, f"رئيس {owner}")
    for n in range(COMMON_USES):
        _post(postings, f"كلمة{n} الوزراء")
    gapped = [alt for _other, alt in _gapped(postings)]
    assert gapped and all((alt.anchor, alt.partner) == (2, 0) for alt in gapped)


def _gapped(postings: Postings) -> list[tuple[str, Alt]]:
    """The (partner key, alternative) of every posted phrase with any word between."""
    return [
        (other, alt)
        for bucket in postings.buckets.values()
        for other, slot in bucket.pairs.items()
        for alt in slot.alts()
        if alt.length == 3 and not alt.words[1]
    ]
