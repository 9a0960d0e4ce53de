"""Offered terms: kept until the confirm button is pressed, taken once."""

from __future__ import annotations

from redis.asyncio import Redis

from bot.keys import Keys
from bot.store.offers import OFFER_TTL, Offers, digest

CHAT, OTHER_CHAT = 8001, 8002
CALLBACK_DATA_LIMIT = 64  # bytes, Telegram's limit on a button's callback data


async def test_an_offer_is_taken_once(redis: Redis, keys: Keys) -> None:
    offers = Offers(redis, keys)
    key = await offers.put(CHAT, "كوريا الشمالية")
    assert await offers.take(CHAT, key) == "كوريا الشمالية"
    assert await offers.take(CHAT, key) is None


async def test_an_offer_belongs_to_its_chat(redis: Redis, keys: Keys) -> None:
    offers = Offers(redis, keys)
    key = await offers.put(CHAT, "روسيا")
    assert await offers.take(OTHER_CHAT, key) is None
    assert await offers.take(CHAT, key) == "روسيا"


async def test_an_unknown_offer_is_none(redis: Redis, keys: Keys) -> None:
    assert await Offers(redis, keys).take(CHAT, digest("لم يعرض")) is None


async def test_offers_expire(redis: Redis, keys: Keys) -> None:
    key = await Offers(redis, keys).put(CHAT, "روسيا")
    assert 0 < await redis.ttl(keys.offer(CHAT, key)) <= OFFER_TTL


async def test_two_offers_are_kept_apart(redis: Redis, keys: Keys) -> None:
    offers = Offers(redis, keys)
    first = await offers.put(CHAT, "روسيا")
    second = await offers.put(CHAT, "إيران")
    assert first != second
    assert await offers.take(CHAT, second) == "إيران"
    assert await offers.take(CHAT, first) == "روسيا"


def test_digest_is_stable_and_fits_in_callback_data() -> None:
    long_term = " | ".join(["جمهورية كوريا الديمقراطية الشعبية"] * 30)
    for term in ("روسيا", long_term, "<b>x</b>"):
        assert digest(term) == digest(term)
        assert len(("offer:" + digest(term)).encode("utf-8")) <= CALLBACK_DATA_LIMIT
        assert len(("offer-no:" + digest(term)).encode("utf-8")) <= CALLBACK_DATA_LIMIT
    assert digest("روسيا") != digest("روسيا البيضاء")
