"""Stories: the same news carried by several feeds gets one id, so a chat is told once.

Two articles are one story, within ``story_window`` seconds of the first
sighting, when

1. their canonical links are the same (feeds.canonical: tracking parameters
   and fragments dropped), or
2. their normalized titles are the same (bot.match.normalize, punctuation dropped:
   «انفجار في مرفأ بيروت!» = «إنفجار في مرفا بيروت»), or
3. their normalized titles are near-identical: rapidfuzz ``fuzz.ratio`` at
   least ``title_similarity`` (90 by default) *and* the guard below holds.

The guard, because a high ratio alone merges opposites: «ارتفاع أسعار النفط
بعد قرار أوبك» and «انخفاض أسعار النفط بعد قرار أوبك» score 90.6.

- Both titles have at least MIN_FUZZY_WORDS (4) words. A short headline is
  mostly its one key word; «ارتفاع أسعار النفط» / «انخفاض أسعار النفط» (3
  words, ratio 83.3) differ in exactly the word that matters. Short titles
  merge only by link or by exact title.
- Aligned word by word (a Levenshtein alignment of the word lists), every
  word one title has in place of the other's is a spelling variant (word
  ratio at least WORD_SIMILARITY, 80: ترامب/ترمب 88.9, بيونغ/بيونج 80, but
  not يرفض/يرفع 75, nor ارتفاع/انخفاض 50); added or dropped words
  (« - صور», «عاجل:») are allowed, as long as the ratio still holds.
- No negation word (لا لم لن ليس غير عدم …) is among the words that differ.

Agreement between processes: the story of a link and of an exact title are
claimed in Redis with a compare-and-set script (the first to claim wins, the
rest read the winner), so two fan-out processes handling the same link, or
the same title, at the same moment agree. A title is claimed before the
link, so two feeds with the same title and different links agree too; an
article whose link was already claimed takes the link's story. Near-identical
titles are found by comparing with the recent titles kept in ``{p}:stories``;
two near-identical titles first seen at the very same moment by two
processes may become two stories (each chat then gets both): only exact
matches are atomic.

In Redis (bot.keys): ``story:link:{digest}`` and ``story:title:{digest}``
hold ``{story id}@{time of the claim}``, so the window is checked against the
caller's clock, and expire a little after the window; ``stories`` holds
``{story id}|{normalized title}`` by time, trimmed to the window and to
MAX_RECENT; ``story:{story id}:chats`` is a hash, chat id → the article that
brought the story to the chat.

Cost: each process keeps a copy of the recent titles and fetches only those
added since its last look. The search is one ``process.extract`` with a
score cutoff over at most MAX_RECENT titles, and runs only when neither the
link nor the exact title is known. Measured on one core with news headlines
(about 50 characters): about 5 million titles compared a second, 1 ms to
search 5,000 recent titles, 0.6 ms for 3,000; a whole story_of for a new
article, Redis round trips included, about 1.3 ms with 4,000 recent titles.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import cast

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein
from redis.asyncio import Redis

from bot.article import Article
from bot.keys import Keys
from bot.match.normalize import normalize, tokenize
from bot.settings import DeliverySettings
from feeds.canonical import canonical_link

__all__ = ["MAX_RECENT", "MIN_FUZZY_WORDS", "Stories", "same_story", "title_words"]

MIN_FUZZY_WORDS = 4
WORD_SIMILARITY = 80
MAX_RECENT = 5000  # recent titles searched for near-identical ones
CANDIDATES = 5  # best-scoring titles checked against the guard
FETCH_OVERLAP = 15.0  # seconds re-read: titles stamped just before another process wrote them
PRUNE_EVERY = 60.0  # seconds between two clean-ups of a process's copy of the recent titles
NEGATIONS = frozenset(
    normalize(word)
    for word in ("لا", "لم", "لن", "ليس", "ليست", "غير", "عدم", "دون", "بلا", "no", "not", "non")
)

# KEYS: one story key. ARGV: story id, now, window, ttl.
# Returns the story the key holds if it was claimed within the window, else claims it.
# The value is "{story id}@{time claimed}", so the window follows the caller's clock.
_CLAIM = """
local held = redis.call('GET', KEYS[1])
if held then
  local at = tonumber(string.match(held, '@([^@]*)$'))
  if at and at >= tonumber(ARGV[2]) - tonumber(ARGV[3]) then
    return string.match(held, '^(.*)@')
  end
end
redis.call('SET', KEYS[1], ARGV[1] .. '@' .. ARGV[2], 'EX', tonumber(ARGV[4]))
return ARGV[1]
"""

# KEYS: story chats hash. ARGV: ttl, article id, chat ids...
# A chat is new to the story if it had no claim, or if this same article made its claim
# (the article is handled again after a crash). Returns the chats new to the story.
_CLAIM_CHATS = """
local fresh = {}
for i = 3, #ARGV do
  if redis.call('HSETNX', KEYS[1], ARGV[i], ARGV[2]) == 1 then
    fresh[#fresh + 1] = ARGV[i]
  elseif ARGV[2] ~= '' and redis.call('HGET', KEYS[1], ARGV[i]) == ARGV[2] then
    fresh[#fresh + 1] = ARGV[i]
  end
end
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[1]))
return fresh
"""


def title_words(title: str) -> list[str]:
    """Return a title's normalized words: the form titles are compared in."""
    return [token.text for token in tokenize(title)]


def same_story(a: Sequence[str], b: Sequence[str], threshold: float) -> bool:
    """Tell whether two titles' words are near-identical enough to be one story (see above).

    Symmetric: a word alignment depends on which list comes first (an added word
    can be aligned as a replacement one way and as an insertion the other), so
    the guard must hold for both alignments.
    """
    if min(len(a), len(b)) < MIN_FUZZY_WORDS:
        return False
    if fuzz.ratio(" ".join(a), " ".join(b)) < threshold:
        return False
    return _guard_holds(a, b) and _guard_holds(b, a)


def _guard_holds(a: Sequence[str], b: Sequence[str]) -> bool:
    """Check the word-by-word guard on the alignment of a onto b."""
    for op in Levenshtein.opcodes(list(a), list(b)):
        if op.tag == "equal":
            continue
        removed = a[op.src_start : op.src_end]
        added = b[op.dest_start : op.dest_end]
        if NEGATIONS.intersection(removed) or NEGATIONS.intersection(added):
            return False
        if op.tag == "replace" and (
            len(removed) != len(added)
            or any(fuzz.ratio(x, y) < WORD_SIMILARITY for x, y in zip(removed, added, strict=True))
        ):
            return False
    return True


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()[:20]


class _RecentTitles:
    """This process's copy of ``{p}:stories``: story, words and time of each recent title.

    New titles are appended; the copy is rebuilt without the titles outside the
    window at most once every PRUNE_EVERY seconds (or when it grows well past
    MAX_RECENT), and a candidate outside the window is skipped at search time.
    """

    def __init__(self) -> None:
        self.members: set[str] = set()  # "{story}|{title}"
        self.choices: list[str] = []  # normalized titles, what extract compares
        self.owners: list[tuple[str, list[str], float]] = []  # story, words, time first seen
        self.fetched_to = 0.0
        self._pruned_to = float("-inf")

    def update(self, found: list[tuple[str, float]], oldest: float) -> None:
        for member, score in found:
            if member not in self.members and "|" in member:
                self.members.add(member)
                story, title = member.split("|", 1)
                self.choices.append(title)
                self.owners.append((story, title.split(" "), score))
        if oldest - self._pruned_to >= PRUNE_EVERY or len(self.owners) > MAX_RECENT * 1.2:
            self._prune(oldest)

    def _prune(self, oldest: float) -> None:
        kept = sorted(
            (owner for owner in self.owners if owner[2] >= oldest), key=lambda owner: owner[2]
        )[-MAX_RECENT:]
        self.owners = kept
        self.choices = [" ".join(words) for _story, words, _at in kept]
        self.members = {
            f"{story}|{title}" for (story, _w, _a), title in zip(kept, self.choices, strict=True)
        }
        self._pruned_to = oldest

    def search(self, words: list[str], threshold: float, oldest: float) -> str | None:
        """Return the story of the most similar recent title that passes the guard."""
        found = process.extract(
            " ".join(words), self.choices, scorer=fuzz.ratio, score_cutoff=threshold,
            limit=CANDIDATES,
        )  # fmt: skip
        for _choice, _score, index in found:
            story, other, seen = self.owners[index]
            if seen >= oldest and same_story(words, other, threshold):
                return story
        return None


class Stories:
    """Gives each article its story id, and tells whether a chat already has a story."""

    def __init__(self, redis: Redis, keys: Keys, settings: DeliverySettings) -> None:
        """Use the window and title similarity of the delivery settings."""
        self._redis = redis
        self._keys = keys
        self._window = settings.story_window
        self._threshold = settings.title_similarity
        self._recent = _RecentTitles()
        self._claim_key = redis.register_script(_CLAIM)
        self._claim_chats = redis.register_script(_CLAIM_CHATS)

    async def story_of(self, article: Article, now: float) -> str:
        """Return the id of the article's story: an earlier one it belongs to, or a new one."""
        link = canonical_link(article.link) if article.link.strip() else ""
        words = title_words(article.title)
        title = " ".join(words)
        link_key = self._keys.story_link(_digest(link)) if link else None
        title_key = self._keys.story_title(_digest(title)) if title else None
        held_by_link = await self._held(link_key, now)
        if held_by_link is not None:
            if title_key is not None:
                await self._claim(title_key, held_by_link, now)  # the title joins the story
            return held_by_link
        basis = link or title or f"article:{article.id}"
        story = "s" + _digest(f"{basis}@{now!r}")
        held_by_title = await self._held(title_key, now)
        if held_by_title is not None:
            story = held_by_title
        elif len(words) >= MIN_FUZZY_WORDS:
            story = await self._similar(words, now) or story
        if title_key is not None:
            story = await self._claim(title_key, story, now)
        if link_key is not None:
            won = await self._claim(link_key, story, now)
            if won != story and title_key is not None and held_by_title is None:
                # Another process claimed the link first: the title follows the link.
                await self._redis.set(title_key, f"{won}@{now!r}", ex=self._ttl)
            story = won
        if title and held_by_title is None:
            await self._remember(story, title, now)
        return story

    async def claim(self, story_id: str, chat_id: int, article_id: str = "") -> bool:
        """Return True the first time a chat gets a story (see claim_many)."""
        return chat_id in await self.claim_many(story_id, [chat_id], article_id)

    async def claim_many(
        self, story_id: str, chat_ids: Sequence[int], article_id: str = ""
    ) -> list[int]:
        """Return the chats that get the story now: those that never had it, in order.

        A chat whose claim was made by this same (non-empty) article_id is
        returned again, so an article handled twice (after a crash) queues the
        same alerts, which the sender's sent record then keeps from doubling.
        """
        if not chat_ids:
            return []
        fresh = await self._claim_chats(
            keys=[self._keys.story_chats(story_id)],
            args=[self._ttl, article_id, *(str(chat_id) for chat_id in chat_ids)],
        )
        taken = {int(chat_id) for chat_id in cast(list[str], fresh)}
        return [chat_id for chat_id in chat_ids if chat_id in taken]

    @property
    def _ttl(self) -> int:
        # Real-time expiry only cleans up; the window itself is checked against `now`.
        return self._window + 3600

    async def _held(self, key: str | None, now: float) -> str | None:
        """Return the story a link or title key holds within the window, if any."""
        if key is None:
            return None
        held = cast(str | None, await self._redis.get(key))
        if held is None or "@" not in held:
            return None
        story, _, at = held.rpartition("@")
        try:
            return story if float(at) >= now - self._window else None
        except ValueError:
            return None

    async def _claim(self, key: str, story: str, now: float) -> str:
        won = await self._claim_key(keys=[key], args=[story, repr(now), self._window, self._ttl])
        return str(won)

    async def _similar(self, words: list[str], now: float) -> str | None:
        """Return the story of a near-identical recent title, if there is one."""
        oldest = now - self._window
        since = max(oldest, self._recent.fetched_to - FETCH_OVERLAP)
        found = cast(
            list[tuple[str, float]],
            await self._redis.zrangebyscore(self._keys.stories(), since, "+inf", withscores=True),
        )
        self._recent.fetched_to = max(self._recent.fetched_to, now)
        self._recent.update(found, oldest)
        return self._recent.search(words, self._threshold, oldest)

    async def _remember(self, story: str, title: str, now: float) -> None:
        """Add a title to the recent ones, dropping those outside the window or too many."""
        key = self._keys.stories()
        async with self._redis.pipeline(transaction=False) as pipe:
            pipe.zadd(key, {f"{story}|{title}": now})
            pipe.zremrangebyscore(key, "-inf", f"({now - self._window!r}")
            pipe.zremrangebyrank(key, 0, -MAX_RECENT - 1)
            await pipe.execute()
