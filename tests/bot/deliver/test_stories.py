"""Stories: one id for the same news from several feeds; one claim per chat and story."""

from __future__ import annotations

import asyncio
import itertools
from dataclasses import replace
from datetime import UTC, datetime
from typing import cast

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rapidfuzz import fuzz
from redis.asyncio import Redis

from bot.article import Article
from bot.deliver.stories import MAX_WINDOW, Stories, same_story, title_words
from bot.keys import Keys
from bot.settings import DeliverySettings
from tests.redis_cluster import ON_SINGLE_AND_CLUSTER

pytestmark = ON_SINGLE_AND_CLUSTER

NOW = 1_780_000_000.0
SETTINGS = DeliverySettings()  # story_window 172800 (48 h), title_similarity 90
WINDOW = SETTINGS.story_window

BEIRUT = "انفجار في مرفأ بيروت"
BEIRUT_PHOTOS = "انفجار في مرفأ بيروت - صور"
OIL_UP = "ارتفاع أسعار النفط"
OIL_DOWN = "انخفاض أسعار النفط"
OIL_UP_LONG = "ارتفاع أسعار النفط بعد قرار أوبك"
OIL_DOWN_LONG = "انخفاض أسعار النفط بعد قرار أوبك"


def article(number: int, title: str, link: str = "", feed: str = "f1") -> Article:
    return Article(
        id=f"{feed}:{number}",
        feed_id=feed,
        feed_name=feed,
        link=link or f"https://{feed}.example/news/{number}",
        title=title,
        summary="",
    )


def ratio(a: str, b: str) -> float:
    return fuzz.ratio(" ".join(title_words(a)), " ".join(title_words(b)))


@pytest.fixture
def stories(redis: Redis, keys: Keys) -> Stories:
    return Stories(redis, keys, SETTINGS)


async def test_same_link_from_two_feeds_is_one_story(stories: Stories) -> None:
    first = await stories.story_of(
        article(1, "عنوان أول", "https://news.example/a?id=7&utm_source=rss", "f1"), NOW
    )
    second = await stories.story_of(
        article(2, "عنوان مختلف تماما", "HTTPS://NEWS.example/a?id=7#top", "f2"), NOW + 60
    )
    other = await stories.story_of(article(3, "خبر آخر", "https://news.example/b", "f3"), NOW)
    assert first == second
    assert other != first


async def test_the_same_title_with_other_links_is_one_story(stories: Stories) -> None:
    first = await stories.story_of(article(1, "عاجل: زلزال يضرب تركيا!", feed="f1"), NOW)
    second = await stories.story_of(article(2, "عاجلٌ زلزالٌ يضرب تركيا", feed="f2"), NOW + 5)
    assert first == second


def test_measured_ratios_of_the_pairs() -> None:
    assert round(ratio(BEIRUT, BEIRUT_PHOTOS), 1) == 90.9
    assert round(ratio(OIL_UP, OIL_DOWN), 1) == 83.3
    assert round(ratio(OIL_UP_LONG, OIL_DOWN_LONG), 1) == 90.6  # a ratio alone would merge


def test_the_guard() -> None:
    words = title_words
    assert same_story(words(BEIRUT), words(BEIRUT_PHOTOS), 90)
    assert not same_story(words(OIL_UP), words(OIL_DOWN), 90)  # three words: never by ratio
    assert not same_story(words(OIL_UP_LONG), words(OIL_DOWN_LONG), 90)  # a word swapped
    assert not same_story(
        words("إيران توافق على استئناف المحادثات النووية"),
        words("إيران لا توافق على استئناف المحادثات النووية"),
        90,
    )  # a negation added
    assert same_story(
        words("ترامب يصل إلى سنغافورة للقاء زعيم كوريا الشمالية"),
        words("ترمب يصل إلى سنغافورة للقاء زعيم كوريا الشمالية"),
        90,
    )  # a spelling variant (word ratio 88.9)
    assert not same_story(
        words("البرلمان يرفض مشروع قانون الضرائب الجديد"),
        words("البرلمان يرفع مشروع قانون الضرائب الجديد"),
        90,
    )  # one letter, another verb (word ratio 75)


def test_the_guard_gives_the_same_answer_in_both_orders() -> None:
    # The alignment of these two aligns "deadly" with "3" one way (a replacement the
    # guard refuses) and as two insertions the other way: the answer must not depend on it.
    a = title_words("suicide bombings deadly target churches in indonesia")
    b = title_words("suicide bombings target 3 churches in indonesia")
    assert same_story(a, b, 90) == same_story(b, a, 90)
    assert same_story(a, b, 90) is False  # precision first: both alignments must pass


WORDS = st.sampled_from(["قصف", "غزة", "غزه", "اليوم", "3", "لا", "ترامب", "ترمب", "يصل", "deadly"])


@given(st.lists(WORDS, min_size=3, max_size=8), st.lists(WORDS, min_size=3, max_size=8))
def test_the_guard_is_symmetric(a: list[str], b: list[str]) -> None:
    assert same_story(a, b, 80) == same_story(b, a, 80)


async def test_near_identical_titles_are_one_story(stories: Stories) -> None:
    first = await stories.story_of(article(1, BEIRUT, feed="f1"), NOW)
    second = await stories.story_of(article(2, BEIRUT_PHOTOS, feed="f2"), NOW + 600)
    assert first == second


async def test_opposite_oil_headlines_are_two_stories(stories: Stories) -> None:
    up = await stories.story_of(article(1, OIL_UP, feed="f1"), NOW)
    down = await stories.story_of(article(2, OIL_DOWN, feed="f2"), NOW + 1)
    assert up != down
    up_long = await stories.story_of(article(3, OIL_UP_LONG, feed="f1"), NOW + 2)
    down_long = await stories.story_of(article(4, OIL_DOWN_LONG, feed="f2"), NOW + 3)
    assert up_long != down_long


async def test_outside_the_window_nothing_merges(stories: Stories) -> None:
    link = "https://news.example/old"
    first = await stories.story_of(article(1, BEIRUT, link, "f1"), NOW)
    later = NOW + WINDOW + 1
    by_link = await stories.story_of(article(2, "عنوان", link, "f2"), later)
    by_title = await stories.story_of(article(3, BEIRUT, feed="f3"), later + 1)
    by_fuzz = await stories.story_of(article(4, BEIRUT_PHOTOS, feed="f4"), later + 2)
    assert first not in {by_link, by_title, by_fuzz}
    # Inside the window of the new sighting, the new story holds.
    assert await stories.story_of(article(5, "عنوان آخر", link, "f5"), later + 60) == by_link


async def test_another_process_sees_near_identical_titles(redis: Redis, keys: Keys) -> None:
    one, two = Stories(redis, keys, SETTINGS), Stories(redis, keys, SETTINGS)
    await two.story_of(article(9, "خبر لا علاقة له بشيء آخر هنا", feed="f9"), NOW - 10)
    first = await one.story_of(article(1, BEIRUT, feed="f1"), NOW)
    assert await two.story_of(article(2, BEIRUT_PHOTOS, feed="f2"), NOW + 1) == first


async def test_concurrent_calls_for_the_same_link_agree(redis: Redis, keys: Keys) -> None:
    processes = [Stories(redis, keys, SETTINGS) for _ in range(4)]
    for n in range(20):
        link = f"https://news.example/race/{n}"
        found = await asyncio.gather(
            *(
                process.story_of(article(n, f"عنوان رقم {n} من المصدر {p}", link, f"f{p}"), NOW)
                for p, process in enumerate(processes)
            )
        )
        assert len(set(found)) == 1


async def test_concurrent_calls_for_the_same_title_agree(redis: Redis, keys: Keys) -> None:
    processes = [Stories(redis, keys, SETTINGS) for _ in range(4)]
    for n in range(20):
        found = await asyncio.gather(
            *(
                process.story_of(article(n, f"قمة طارئة رقم {n}", feed=f"f{p}"), NOW)
                for p, process in enumerate(processes)
            )
        )
        assert len(set(found)) == 1


async def test_a_chat_claims_a_story_once(stories: Stories) -> None:
    story = await stories.story_of(article(1, BEIRUT), NOW)
    assert await stories.claim(story, 10) is True
    assert await stories.claim(story, 10) is False
    assert await stories.claim(story, 11) is True
    assert await stories.claim("another", 10) is True


async def test_claim_many_and_the_same_article_again(
    stories: Stories, redis: Redis, keys: Keys
) -> None:
    assert await stories.claim_many("s1", [1, 2, 3], "f1:1") == [1, 2, 3]
    # The same article handled again (after a crash) gets the same chats back.
    assert await stories.claim_many("s1", [3, 2, 1, 4], "f1:1") == [3, 2, 1, 4]
    # The story from another feed reaches only the chat that had nothing yet.
    assert await stories.claim_many("s1", [1, 2, 5], "f2:7") == [5]
    assert await stories.claim_many("s1", [], "f2:7") == []
    ttl = await redis.ttl(keys.story_chats("s1"))
    assert WINDOW <= ttl <= WINDOW + 3600


async def test_the_window_is_trimmed_to_its_time(
    stories: Stories, redis: Redis, keys: Keys
) -> None:
    await stories.story_of(article(1, "خبر قديم عن الانتخابات في البلاد"), NOW)
    await stories.story_of(article(2, "خبر جديد عن الطقس في المدينة"), NOW + WINDOW + 10)
    entries = cast(list[tuple[str, dict[str, str]]], await redis.xrange(keys.story_window()))
    assert [fields["a"] for _id, fields in entries] == ["f1:2"]
    assert MAX_WINDOW >= 10_000


# Everyday news that shares none of the events below, so the word rarities have a
# stream to learn from (a fresh deployment counts every word as rare only once it has
# seen a few dozen articles).
CITIES = ("القاهرة", "عمان", "الرباط", "تونس", "بغداد", "الكويت", "الدوحة", "مسقط", "بيروت", "جدة")
FAIRS = ("الكتاب", "السيارات", "الزهور", "التقنية", "الفنون", "السياحة")


async def learn_the_week(stories: Stories) -> None:
    for n, (city, fair) in enumerate(itertools.product(CITIES, FAIRS)):
        await stories.story_of(
            Article(
                id=f"bg:{n}", feed_id="bg", feed_name="bg", link=f"https://bg.example/{n}",
                title=f"{city} تستضيف معرض {fair} السنوي بمشاركة واسعة",
                summary=f"افتتح في {city} اليوم معرض {fair} السنوي الذي يستمر أسبوعا",
            ),
            NOW - 3600 + n,
        )  # fmt: skip


def told(number: int, feed: str, title: str, summary: str, hours: float = 0.0) -> Article:
    return Article(
        id=f"{feed}:{number}", feed_id=feed, feed_name=feed,
        link=f"https://{feed}.example/news/{number}", title=title, summary=summary,
        published=datetime.fromtimestamp(NOW + hours * 3600, UTC),
    )  # fmt: skip


QUAKE = told(
    1, "sky", "زلزال بقوة 6.4 درجات يضرب جزيرة لومبوك الإندونيسية",
    "قتل 14 شخصا على الأقل في زلزال ضرب جزيرة لومبوك صباح الأحد",
)  # fmt: skip
QUAKE_RETOLD = told(
    2, "bbc", "مقتل 14 في هزة أرضية عنيفة بلومبوك",
    "أعلنت السلطات الإندونيسية مقتل 14 شخصا في زلزال بقوة 6.4 درجات ضرب لومبوك", hours=0.5,
)  # fmt: skip
MISSILE = told(
    3, "sky", "بيونغ يانغ تطلق صاروخا باليستيا فوق اليابان",
    "أطلقت كوريا الشمالية صاروخا باليستيا عبر فوق جزيرة هوكايدو اليابانية",
)  # fmt: skip
MISSILE_RETOLD = told(
    4, "cnn", "صاروخ كوري شمالي يحلق فوق هوكايدو",
    "قالت طوكيو إن صاروخا باليستيا أطلقته كوريا الشمالية حلق فوق جزيرة هوكايدو", hours=0.25,
)  # fmt: skip
STRIKE = told(
    5, "sky", "مقتل 3 في غارة على ريف إدلب",
    "قتل ثلاثة مدنيين في غارة جوية على بلدة في ريف إدلب الجنوبي",
)  # fmt: skip
STRIKE_NEXT_DAY = told(
    6, "bbc", "مقتل 7 في غارة على ريف إدلب",
    "قتل سبعة مدنيين في غارة جوية على بلدة في ريف إدلب الشمالي", hours=20,
)  # fmt: skip
WIN = told(
    7, "sky", "ريال مدريد يفوز على برشلونة 3-1 في الكلاسيكو",
    "فاز ريال مدريد على برشلونة بثلاثة أهداف مقابل هدف",
)  # fmt: skip
LOSS = told(
    8, "cnn", "ريال مدريد يخسر أمام إشبيلية 2-0 في الدوري",
    "خسر ريال مدريد أمام إشبيلية بهدفين دون رد", hours=36,
)  # fmt: skip


async def test_the_same_event_in_other_words_is_one_story(stories: Stories) -> None:
    await learn_the_week(stories)
    quake = await stories.story_of(QUAKE, NOW)
    missile = await stories.story_of(MISSILE, NOW + 1)
    assert await stories.story_of(QUAKE_RETOLD, NOW + 1800) == quake
    assert await stories.story_of(MISSILE_RETOLD, NOW + 1900) == missile
    assert quake != missile


async def test_another_day_of_the_war_and_another_match_are_other_stories(
    stories: Stories,
) -> None:
    await learn_the_week(stories)
    # All handled within seconds (feeds polled late): their publication times tell them apart.
    late = NOW + 37 * 3600
    strike = await stories.story_of(STRIKE, late)
    win = await stories.story_of(WIN, late + 1)
    assert await stories.story_of(STRIKE_NEXT_DAY, late + 2) != strike
    assert await stories.story_of(LOSS, late + 3) != win
    assert await stories.story_of(told(9, "fr24", STRIKE.title, STRIKE.summary), late + 4) == strike


async def test_processes_agree_on_stories_told_in_other_words(redis: Redis, keys: Keys) -> None:
    first, second = Stories(redis, keys, SETTINGS), Stories(redis, keys, SETTINGS)
    await learn_the_week(first)
    found = await asyncio.gather(
        first.story_of(QUAKE, NOW), second.story_of(QUAKE_RETOLD, NOW),
        second.story_of(MISSILE, NOW), first.story_of(MISSILE_RETOLD, NOW),
    )  # fmt: skip
    assert found[0] == found[1] and found[2] == found[3] and found[0] != found[2]
    # A process started later reads the window and agrees too; an article handled
    # again gets the story it was given.
    late = Stories(redis, keys, SETTINGS)
    assert await late.story_of(told(9, "fr24", QUAKE.title, QUAKE.summary), NOW + 60) == found[0]
    assert await late.story_of(MISSILE_RETOLD, NOW + 61) == found[3]


def with_body(item: Article, number: int, body: str) -> Article:
    return replace(item, id=f"{item.feed_id}:{number}", link=f"{item.link}/{number}", body=body)


STORM = told(
    10, "sky", "عاصفة في ميناء طرطوس", "تضررت سفن في الميناء بعد رياح قوية ليلة أمس",
)  # fmt: skip
STORM_RETOLD = told(
    11, "bbc", "إغلاق ميناء طرطوس", "أعلنت السلطات وقف الملاحة حتى إشعار آخر", hours=1,
)  # fmt: skip
STORM_LEAD = (
    "ضربت عاصفة بحرية عنيفة ميناء طرطوس السوري فجر الأحد فغرقت ثلاث سفن شحن "
    "وأغلقت السلطات الميناء أمام الملاحة وأجلت البحارة إلى المدينة"
)
STRIKE_LEAD = (
    "أضرب عمال ميناء طرطوس عن العمل احتجاجا على تأخر رواتبهم منذ شهرين وتوقفت "
    "عمليات التحميل في الأرصفة كلها بحسب نقابة عمال النقل البحري"
)


async def test_leads_that_tell_one_event_join_headlines_that_alone_would_not(
    stories: Stories,
) -> None:
    await learn_the_week(stories)
    storm = await stories.story_of(with_body(STORM, 10, STORM_LEAD), NOW)
    retold = with_body(STORM_RETOLD, 11, STORM_LEAD[:90] + " بحسب وزارة النقل")
    assert await stories.story_of(retold, NOW + 3600) == storm


async def test_the_same_headlines_without_full_text_stay_apart(stories: Stories) -> None:
    await learn_the_week(stories)
    storm = await stories.story_of(STORM, NOW)
    assert await stories.story_of(STORM_RETOLD, NOW + 3600) != storm


async def test_leads_that_tell_another_event_at_the_same_place_stay_apart(
    stories: Stories,
) -> None:
    await learn_the_week(stories)
    strike = await stories.story_of(with_body(STORM, 10, STRIKE_LEAD), NOW)
    assert await stories.story_of(with_body(STORM_RETOLD, 11, STORM_LEAD), NOW + 3600) != strike
