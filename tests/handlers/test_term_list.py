"""/list: pages of terms with a remove button each."""

from __future__ import annotations

from bot.keys import Keys
from handlers.term_list import ListOptions, render_page
from handlers.texts import Html
from tests.handlers.bot_rig import BotRig, buttons, eventually, running_bot
from tests.telegram_api import FakeBotAPI

USER = 5151


def test_a_page_shows_its_terms_numbered_with_buttons_and_navigation() -> None:
    terms = [f"عبارة {n}" for n in range(1, 21)]
    view = render_page(terms, 1, Html("هذه المحادثة"), ListOptions("ar", 8, 100, paused=False))
    assert "صفحة 2 من 3" in view.html
    assert "9. \u2068عبارة 9\u2069" in view.html and "16. \u2068عبارة 16\u2069" in view.html
    assert "عبارة 17" not in view.html
    assert view.buttons is not None
    rows = view.buttons.inline_keyboard
    assert [button.text for button in rows[0]] == ["🗑 عبارة 9"]
    assert [button.callback_data for button in rows[-1]] == ["ls:0", "ls:2"]
    assert all(len(str(b.callback_data).encode()) <= 64 for row in rows for b in row)


def test_an_empty_list_says_how_to_add_and_a_long_term_is_cut_on_its_button() -> None:
    empty = render_page([], 0, Html("هذه المحادثة"), ListOptions("en", 8, 100, paused=False))
    assert "has no terms yet" in empty.html and empty.buttons is None
    long_term = "ط" * 150
    view = render_page([long_term], 0, Html("x"), ListOptions("ar", 8, 100, paused=True))
    assert view.buttons is not None
    assert view.buttons.inline_keyboard[0][0].text == "🗑 " + "ط" * 39 + "…"
    assert "متوقفة مؤقتًا" in view.html


async def test_remove_button_removes_the_term_and_redraws_the_page(
    bot_api: FakeBotAPI, redis_url: str, keys: Keys
) -> None:
    async with running_bot(bot_api, redis_url, keys, {"limits": {"list_page": 3}}) as rig:
        for term in ("روسيا", "إيران", "سيول", "النفط", "الذهب"):
            await rig.says(USER, f"/watch {term}")
        listing = await rig.says(USER, "/list")
        assert "(5/100)، صفحة 1 من 2" in listing.text
        labels = [text for text, _ in buttons(listing)]
        assert labels == ["🗑 روسيا", "🗑 إيران", "🗑 سيول", "التالي ←"]
        await rig.presses(USER, listing, buttons(listing)[1][1])
        await eventually(lambda: "(4/100)" in bot_api.current(listing).text)
        assert await rig.services.subscriptions.terms(USER) == ["روسيا", "سيول", "النفط", "الذهب"]
        page = bot_api.current(listing)
        await rig.presses(USER, page, buttons(page)[-1][1])
        await eventually(lambda: "صفحة 2 من 2" in bot_api.current(listing).text)
        assert "\u2068الذهب\u2069" in bot_api.current(listing).text


async def test_pressing_a_stale_button_changes_nothing(rig: BotRig) -> None:
    await rig.says(USER, "/watch روسيا")
    listing = await rig.says(USER, "/list")
    await rig.says(USER, "/unwatch روسيا")
    await rig.presses(USER, listing, buttons(listing)[0][1])
    answer = rig.api.answers()[-1]
    assert "لم تعد في القائمة" in (answer.get("text") or "")
    assert await rig.services.subscriptions.terms(USER) == []
