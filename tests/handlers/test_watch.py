"""/watch, /unwatch and the offer to watch a plain message, as a subscriber sees them."""

from __future__ import annotations

import asyncio

from telegram.ext import AIORateLimiter

from bot.keys import Keys
from tests.handlers.bot_rig import BotRig, eventually, running_bot
from tests.telegram_api import FakeBotAPI

USER = 4242
FSI, PDI = "\u2068", "\u2069"


async def test_watch_stores_the_term_and_says_so(rig: BotRig) -> None:
    reply = await rig.says(USER, "/watch كوريا الشمالية")
    assert f"عند ذكر {FSI}كوريا الشمالية{PDI}" in reply.text
    assert reply.parse_mode == "HTML"
    assert await rig.services.subscriptions.terms(USER) == ["كوريا الشمالية"]
    again = await rig.says(USER, "/watch   كوريا    الشمالية ")
    assert "مُتابَعة من قبل" in again.text
    assert await rig.services.subscriptions.terms(USER) == ["كوريا الشمالية"]


async def test_english_speaker_gets_english_replies(rig: BotRig) -> None:
    reply = await rig.says(USER, "/watch روسيا", language_code="en")
    assert "I will alert this chat when" in reply.text


async def test_watch_without_a_term_explains_the_usage(rig: BotRig) -> None:
    reply = await rig.says(USER, "/watch")
    assert "اكتب العبارة بعد الأمر" in reply.text
    assert await rig.services.subscriptions.terms(USER) == []


async def test_unwatch_removes_and_says_when_there_was_nothing(rig: BotRig) -> None:
    await rig.says(USER, "/watch روسيا")
    done = await rig.says(USER, "/unwatch روسيا")
    assert "توقفت متابعة" in done.text
    assert await rig.services.subscriptions.terms(USER) == []
    absent = await rig.says(USER, "/unwatch روسيا")
    assert "ليست في عبارات" in absent.text and "/list" in absent.text


async def test_plain_text_is_offered_and_watched_on_confirm(rig: BotRig) -> None:
    offer = await rig.says(USER, "إيران")
    assert f"هل أتابع {FSI}إيران{PDI}" in offer.text
    assert await rig.services.subscriptions.terms(USER) == []
    await rig.presses(USER, offer, offer.buttons()[0].callback_data)
    await eventually(lambda: "سأنبه" in rig.api.current(offer).text)
    assert rig.api.current(offer).reply_markup is None
    assert await rig.services.subscriptions.terms(USER) == ["إيران"]


async def test_a_second_tap_on_an_accepted_offer_says_the_term_is_on_the_list(
    rig: BotRig,
) -> None:
    offer = await rig.says(USER, "إيران")
    data = offer.buttons()[0].callback_data
    # A double tap: both reach the bot before the first answer takes the buttons away.
    first, second = (rig.api.user_presses(USER, offer, data) for _ in range(2))
    for query in (first, second):
        await asyncio.to_thread(rig.api.wait_for_answer, query, timeout=20)
    await eventually(lambda: "مُتابَعة من قبل" in rig.api.current(offer).text)
    assert "انتهت صلاحية" not in rig.api.current(offer).text
    assert await rig.services.subscriptions.terms(USER) == ["إيران"]


async def test_term_errors_say_what_the_command_did_not_do(rig: BotRig) -> None:
    watched = await rig.says(USER, '/watch "روسيا')
    assert "لم أحفظ شيئًا" in watched.text and "علامة اقتباس" in watched.text
    tested = await rig.says(USER, '/test "روسيا')
    assert "لا أستطيع تجربة هذه العبارة" in tested.text and "حفظ" not in tested.text
    removed = await rig.says(USER, '/unwatch "روسيا')
    assert "لم يتغير شيء" in removed.text and "حفظ" not in removed.text
    await rig.says(USER, "/lang en")
    english = await rig.says(USER, '/test "روسيا')
    assert "I can't test this term" in english.text and "saved" not in english.text


async def test_declined_or_expired_offers_save_nothing(rig: BotRig) -> None:
    offer = await rig.says(USER, "سيول")
    await rig.presses(USER, offer, offer.buttons()[1].callback_data)
    await eventually(lambda: "لم أحفظ شيئًا" in rig.api.current(offer).text)
    again = await rig.says(USER, "سيول")
    await rig.redis.delete(*[key async for key in rig.redis.scan_iter(rig.keys.offer(USER, "*"))])
    await rig.presses(USER, again, again.buttons()[0].callback_data)
    await eventually(lambda: "انتهت صلاحية" in rig.api.current(again).text)
    assert await rig.services.subscriptions.terms(USER) == []


async def test_hostile_terms_get_clear_replies_and_store_nothing_wrong(rig: BotRig) -> None:
    huge = await rig.says(USER, "/watch " + "ب" * 10_000)
    assert "عدد أحرفها 10000 والحد 200" in huge.text
    marks = await rig.says(USER, "/watch ًٌٍَُِّ")
    assert "لا يحوي حروفًا ولا أرقامًا" in marks.text
    assert await rig.services.subscriptions.terms(USER) == []
    html = await rig.says(USER, "/watch <b>روسيا</b> AT&T \u202eإيران")
    assert "&lt;b&gt;روسيا&lt;/b&gt; AT&amp;T إيران" in html.text
    assert "\u202e" not in html.text
    assert await rig.services.subscriptions.terms(USER) == ["<b>روسيا</b> AT&T إيران"]


async def test_a_thousand_terms_stop_at_the_limit(
    bot_api: FakeBotAPI, redis_url: str, keys: Keys
) -> None:
    # Telegram's own pace (30 sends a second) is not what this test is about.
    unlimited = AIORateLimiter(overall_max_rate=0, group_max_rate=0)
    settings = {"limits": {"terms_per_chat": 100}}
    async with running_bot(bot_api, redis_url, keys, settings, unlimited) as rig:
        after = bot_api.sent_count()
        for number in range(1000):
            bot_api.user_says(USER, f"/watch مدينة {number}")
        last = await asyncio.to_thread(bot_api.wait_for, USER, None, timeout=120, after=after + 999)
        assert "100 عبارة، وهو الحد" in last.text
        assert await rig.services.subscriptions.count(USER) == 100
        replies = bot_api.messages_to(USER)
        assert len(replies) == 1000
        assert sum("وهو الحد" in reply.text for reply in replies) == 900


async def test_watch_says_which_longer_place_names_do_not_count(rig: BotRig) -> None:
    reply = await rig.says(USER, "/watch غينيا")
    assert f"عند ذكر {FSI}غينيا{PDI}" in reply.text
    assert f"{FSI}غينيا الاستوائية{PDI}" in reply.text
    assert "لن أعدّ ذكرها" in reply.text
    assert "<code>/watch " in reply.text
    english = await rig.says(USER + 1, "/watch كوريا", language_code="en")
    assert f"{FSI}كوريا الجنوبية{PDI}" in english.text
    assert "I do not count those" in english.text


async def test_watch_reads_a_clitic_off_a_place_and_says_so(rig: BotRig) -> None:
    reply = await rig.says(USER, "/watch بالصين")
    assert f"قرأتُ {FSI}بالصين{PDI} على أنها {FSI}الصين{PDI}" in reply.text
    assert await rig.services.subscriptions.terms(USER) == ["بالصين"]


async def test_watch_does_not_promise_a_term_kept_with_its_clitic(rig: BotRig) -> None:
    reply = await rig.says(USER, "/watch والحرب")
    assert "فلن ألتقطها إلا بهذه الصيغة" in reply.text
    assert "<code>/watch الحرب</code>" in reply.text
    english = await rig.says(USER + 1, "/watch والانتخابات", language_code="en")
    assert "I only catch it in that form" in english.text
    assert "<code>/watch الانتخابات</code>" in english.text


async def test_watch_warns_of_a_name_spelled_like_a_common_word(rig: BotRig) -> None:
    mali = await rig.says(USER, "/watch مالي")
    assert "تُكتب بحروف كلمة شائعة أخرى" in mali.text
    lula = await rig.says(USER, "/watch لولا")  # also "if not for"
    assert "تُكتب بحروف كلمة شائعة أخرى" in lula.text
    plain = await rig.says(USER, "/watch نتنياهو")
    assert "⚠️" not in plain.text and "ℹ️" not in plain.text


async def test_watch_says_a_family_name_is_caught_alone_and_how_to_keep_the_phrase(
    rig: BotRig,
) -> None:
    reply = await rig.says(USER, "/watch وول ستريت")
    assert f"ألتقط {FSI}ستريت{PDI} وحدها أيضًا" in reply.text
    assert "<code>/watch =وول =ستريت</code>" in reply.text
    english = await rig.says(USER + 1, "/watch رافائيل نادال", language_code="en")
    assert f"I also catch {FSI}نادال{PDI} alone" in english.text
    assert "<code>/watch =رافائيل =نادال</code>" in english.text
    exact = await rig.says(USER, "/watch =وول =ستريت")
    assert "وحدها أيضًا" not in exact.text
    assert await rig.services.subscriptions.terms(USER) == ["وول ستريت", "=وول =ستريت"]


async def test_watch_warns_that_a_given_name_alone_names_many_people(rig: BotRig) -> None:
    reply = await rig.says(USER, "/watch خليل")
    assert f"{FSI}خليل{PDI} اسم علم شائع" in reply.text
    assert "اسمه الكامل" in reply.text
    english = await rig.says(USER + 1, "/watch سلمان", language_code="en")
    assert "is a common given name" in english.text
    full = await rig.says(USER, "/watch سعد الحريري")
    assert "اسم علم شائع" not in full.text
