"""The pair score: title-and-summary cosine, averaged with the leads' when both have one."""

from __future__ import annotations

import pytest

from bot.deliver.story_score import Entry, Rule, Vector, margin, pair_score, same_event

RULE = Rule()
T0 = 1_780_000_000.0


def entry(vector: Vector, lead: Vector, hours: float = 0.0, title: str = "جازان") -> Entry:
    return Entry(
        article="a", story="s", at=T0 + hours * 3600, published=T0 + hours * 3600,
        vector=vector, lead=lead, title_keys=frozenset({title}), anchors=frozenset({title}),
        numbers=frozenset(), title_words=(title,),
    )  # fmt: skip


# Unit vectors: two headlines that share one of their two keys (cosine 0.5), two leads
# that tell the event in the same words (cosine 1.0) or in other words (0.0).
TITLE_A: Vector = {"جازان": 0.6, "صواريخ": 0.8}
TITLE_B: Vector = {"جازان": 0.6, "اعتراض": 0.8}
LEAD: Vector = {"حوثي": 1.0}
OTHER_LEAD: Vector = {"مباراه": 1.0}


def test_with_both_leads_the_score_is_the_mean_of_the_two_cosines() -> None:
    assert pair_score(entry(TITLE_A, LEAD), entry(TITLE_B, LEAD)) == pytest.approx((0.36 + 1) / 2)
    assert pair_score(entry(TITLE_A, LEAD), entry(TITLE_B, OTHER_LEAD)) == pytest.approx(0.18)


def test_without_a_lead_on_either_side_the_headline_cosine_decides_alone() -> None:
    assert pair_score(entry(TITLE_A, {}), entry(TITLE_B, LEAD)) == pytest.approx(0.36)
    assert pair_score(entry(TITLE_A, LEAD), entry(TITLE_B, {})) == pytest.approx(0.36)


def test_a_shared_lead_lifts_a_pair_over_the_bar_and_a_different_one_keeps_it_under() -> None:
    # 0.36 alone is above RULE.threshold (0.30), so use a weaker headline pair: 0.18.
    weak_a: Vector = {"جازان": 0.3, "صواريخ": (1 - 0.09) ** 0.5}
    weak_b: Vector = {"جازان": 0.6, "اعتراض": 0.8}
    assert not same_event(entry(weak_a, {}, 0.5), entry(weak_b, {}), RULE)
    assert same_event(entry(weak_a, LEAD, 0.5), entry(weak_b, LEAD), RULE)
    assert not same_event(entry(weak_a, OTHER_LEAD, 0.5), entry(weak_b, LEAD), RULE)


def test_the_time_gap_raises_the_bar_with_leads_too() -> None:
    near = margin(entry(TITLE_A, LEAD, 1), entry(TITLE_B, LEAD), RULE)
    assert near == pytest.approx(0.68 - RULE.with_lead - RULE.per_day / 24)
    assert margin(entry(TITLE_A, LEAD, 30), entry(TITLE_B, LEAD), RULE) is None


def test_no_shared_rare_title_word_no_merge_whatever_the_lead() -> None:
    other = entry(TITLE_B, LEAD, title="اعتراض")
    assert margin(entry(TITLE_A, LEAD), other, RULE) is None
