"""Stories: the same event told by several outlets gets one id, so a chat is told once.

Each article gets its story when the fan-out handles it (online: no look-ahead),
from the articles of the last ``story_window`` seconds (48 h by default). It
joins an earlier article's story when

1. their canonical links are the same (feeds.canonical), or
2. their normalized titles are the same (bot.match.normalize), or
3. their titles are near-identical (`same_story`: the re-post rule: rapidfuzz
   ``fuzz.ratio`` ≥ ``title_similarity`` with the word guard below), or
4. they tell the same event in other words (bot.deliver.story_score: cosines of
   rarity-weighted word vectors of title and summary, and of the lead of the
   full text when both have one; a shared rare title word; a bar raised by the
   time gap and by differing numbers);

otherwise it starts a new story. Of the earlier articles that pass rule 4, the
one that clears its bar by the most decides. Rarity is learned from the stream
(bot.deliver.story_rarity).

The guard of rule 3, because a high ratio alone merges opposites («ارتفاع
أسعار النفط بعد قرار أوبك» / «انخفاض أسعار النفط بعد قرار أوبك» score 90.6):
both titles have MIN_FUZZY_WORDS (4) words or more; aligned word by word, every
word one title has in place of the other's is a spelling variant (word ratio ≥
WORD_SIMILARITY, 80: ترامب/ترمب, not يرفض/يرفع); no negation among the words
that differ. The alignment depends on the order of the two lists, so the guard
must hold both ways (`same_story` is symmetric).

Agreement between processes: the window is a Redis stream every fan-out
process reads (bot.deliver.story_window keeps each process's indexed copy). A
process reads the entries added since its last look (with the article's story,
if it has one already), decides, and appends the article with a script that
first checks that nothing was appended after the last entry it read and that
the article has no story yet; if another process appended meanwhile, nothing is
written and it decides again with the new entries. So every article's story is
decided knowing every article appended before it, in one order all processes
agree on, whatever their number. An article handled again (after a crash) gets
the story it was given. Two round trips an article: the read (the rarity counts
go with it, bot.deliver.story_rarity) and the append; each was most of the cost.

Bounded memory: the stream is trimmed to the window (by the caller's clock)
and to MAX_WINDOW entries; each entry keeps at most TOP_KEYS weighted keys.
Measured (benchmarks/story_quality.py, 2-core machine, local Redis): with
10,000 articles in the window, about 1.1 ms per article without full text on
a quiet machine (four round trips and the comparison with the articles
sharing a rare key), 15 MB of Redis for the window and 2.3 MB for the rarity
counts, and about 54 MB in each fan-out process for its indexed copy of the
window. With the leads of full text: 24.4 MB for the window and 2.9 MB for the
rarity counts; reading the lead costs 0.3 ms more per article (0.52 ms against
0.22 for the text work), and on a machine loaded with eight other jobs the whole
call took 8.2 ms with a full window against 7.0 ms with an empty one (the
Redis round trips waited on the loaded machine).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, cast

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein
from redis.asyncio import Redis

from bot.article import Article
from bot.deliver.story_rarity import Rarity
from bot.deliver.story_score import Entry, Rule, anchors, margin, weigh
from bot.deliver.story_text import story_text
from bot.deliver.story_window import StoryWindow, entry_fields, entry_from_fields
from bot.keys import Keys
from bot.match.normalize import normalize, tokenize
from bot.one_ahead import EACH_LINE_LUA
from bot.settings import DeliverySettings
from feeds.canonical import canonical_link

__all__ = ["MAX_WINDOW", "MIN_FUZZY_WORDS", "Stories", "same_story", "title_words"]

MIN_FUZZY_WORDS = 4
WORD_SIMILARITY = 80
MAX_WINDOW = 50_000  # articles kept in the window whatever their time: bounds its memory
READ_CHUNK = 2000  # stream entries read per round trip when catching up
NEGATIONS = frozenset(
    normalize(word)
    for word in ("لا", "لم", "لن", "ليس", "ليست", "غير", "عدم", "دون", "بلا", "no", "not", "non")
)

# KEYS: the article's story key, the window stream. ARGV: XRANGE's exclusive start, count.
# Returns {the article's story or nil, the stream entries from there on}: one round trip.
_READ = """
local held = redis.call('GET', KEYS[1])
if held then return {held, {}} end
return {false, redis.call('XRANGE', KEYS[2], ARGV[1], '+', 'COUNT', tonumber(ARGV[2]))}
"""

# KEYS: the article's story key, the window stream. ARGV: the last stream id the process
# read, the stream's new length, the story key's ttl, the story, then the entry's fields
# and values. Appends the entry only if the stream has nothing after that id and the
# article has no story yet, so a process decides knowing every entry before its own.
# Returns {"added", stream id}, {"held", the article's story} or {"behind", ""}.
_APPEND = """
local held = redis.call('GET', KEYS[1])
if held then return {'held', held} end
if #redis.call('XRANGE', KEYS[2], '(' .. ARGV[1], '+', 'COUNT', 1) > 0 then
  return {'behind', ''}
end
local id = redis.call('XADD', KEYS[2], '*', unpack(ARGV, 5))
redis.call('XTRIM', KEYS[2], 'MAXLEN', tonumber(ARGV[2]))
redis.call('SET', KEYS[1], ARGV[4], 'EX', tonumber(ARGV[3]))
return {'added', id}
"""

# KEYS: story chats hash. ARGV: ttl, article id, the chat ids one per line (one argument:
# an argument each cost the client more than Redis for a big story's 100,000 chats).
# A chat is new to the story if it had no claim, or if this same article made its claim
# (the article is handled again after a crash). Returns the chats the story is not new
# to: few, or none for a story's first article.
_CLAIM_CHATS = (
    EACH_LINE_LUA
    + """
local had = {}
each_line(ARGV[3], function(chat)
  if redis.call('HSETNX', KEYS[1], chat, ARGV[2]) == 0
     and (ARGV[2] == '' or redis.call('HGET', KEYS[1], chat) ~= ARGV[2]) then
    had[#had + 1] = chat
  end
end)
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[1]))
return had
"""
)


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


class Stories:
    """Gives each article its story id, and tells whether a chat already has a story."""

    def __init__(
        self, redis: Redis, keys: Keys, settings: DeliverySettings, rule: Rule | None = None
    ) -> None:
        """Use the window and title similarity of the delivery settings."""
        self._redis = redis
        self._keys = keys
        self._window = settings.story_window
        self._threshold = settings.title_similarity
        self._rule = rule or Rule()
        self._rarity = Rarity(keys)
        self._recent = StoryWindow()
        self._claim_chats = redis.register_script(_CLAIM_CHATS)
        self._read = redis.register_script(_READ)
        self._append = redis.register_script(_APPEND)

    async def story_of(self, article: Article, now: float) -> str:
        """Return the id of the article's story: an earlier one it belongs to, or a new one."""
        text = story_text(article)
        published = min(article.published.timestamp(), now) if article.published else now
        link = canonical_link(article.link) if article.link.strip() else ""
        title = " ".join(text.title_words)
        digests = (_digest(link) if link else "", _digest(title) if title else "")
        stream, held_key = self._keys.story_window(), self._keys.story_article(article.id)
        # The rarities are counted and the window read in one round trip (not a
        # transaction: the counts are in another slot, and need not be atomic with it).
        async with self._redis.pipeline(transaction=False) as pipe:
            idf_of = self._rarity.stage(pipe, text.counts.keys() | text.lead.keys(), now)
            pipe.eval(_READ, 2, *self._read_keys_and_args(held_key))
            counted, looked = await pipe.execute()
        idf, held = idf_of(counted), await self._caught_up(held_key, looked)
        entry = Entry(
            article=article.id, story="s" + _digest(article.id), at=now, published=published,
            vector=weigh(text.counts, idf), lead=weigh(text.lead, idf), title_keys=text.title_keys,
            anchors=anchors(text, idf, self._rule),
            numbers=text.numbers, title_words=text.title_words,
        )  # fmt: skip
        while held is None:
            # The local copy is the stream, less what expires now.
            self._recent.expire(now - self._window, MAX_WINDOW - 1)
            story = self._decide(entry, digests)
            fields = entry_fields(replace(entry, story=story), *digests)
            outcome, value = cast(
                list[str],
                await self._append(
                    keys=[held_key, stream],
                    args=[self._recent.last_id, len(self._recent) + 1, self._ttl, story,
                          *(item for pair in fields.items() for item in pair)],
                ),
            )  # fmt: skip
            if outcome == "added":
                self._recent.add(value, replace(entry, story=story), *digests)
                return story
            # Another process appended first (decide again, knowing its article), or
            # gave this very article its story.
            held = value if outcome == "held" else await self._look(held_key)
        return held

    async def _look(self, held_key: str) -> str | None:
        """Return the article's story if it has one; else read the window entries appended
        since this process's last look."""
        return await self._caught_up(held_key, await self._read_window(held_key))

    async def _read_window(self, held_key: str) -> object:
        held_key, stream, start, count = self._read_keys_and_args(held_key)
        return await self._read(keys=[held_key, stream], args=[start, count])

    def _read_keys_and_args(self, held_key: str) -> tuple[str, str, str, int]:
        """Return _READ's keys (the article's story, the window) and arguments (from after
        this process's last look, a chunk)."""
        return held_key, self._keys.story_window(), f"({self._recent.last_id}", READ_CHUNK

    async def _caught_up(self, held_key: str, read: object) -> str | None:
        """Take _READ's reply: the article's story, or else add the new entries (reading on
        while a chunk came full) and return None."""
        held, found = cast(list[Any], read)
        if held is not None:
            return str(held)
        while True:
            for stream_id, flat in found:
                fields = dict(zip(flat[::2], flat[1::2], strict=True))
                self._recent.add(str(stream_id), *entry_from_fields(fields))
            if len(found) < READ_CHUNK:
                return None
            # A story given to the article meanwhile is met when it is appended.
            _held, found = cast(list[Any], await self._read_window(held_key))

    def _decide(self, entry: Entry, digests: tuple[str, str]) -> str:
        """Return the story of the earlier article this one belongs to, or its own new story."""
        link, title = digests
        known = self._recent.by_link(link) or self._recent.by_title(title)
        if known is not None:
            return known
        best, best_margin = entry.story, -1.0
        for other in self._recent.candidates(entry.vector, entry.at - self._window):
            if same_story(entry.title_words, other.title_words, self._threshold):
                return other.story
            found = margin(entry, other, self._rule)
            if found is not None and found > best_margin:
                best, best_margin = other.story, found
        return best

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
        had = await self._claim_chats(
            keys=[self._keys.story_chats(story_id)],
            args=[self._ttl, article_id, "\n".join(map(str, chat_ids))],
        )
        if not had:
            return list(chat_ids)
        taken = {int(chat_id) for chat_id in cast(list[str], had)}
        return [chat_id for chat_id in chat_ids if chat_id not in taken]

    @property
    def _ttl(self) -> int:
        # Real-time expiry only cleans up; the window itself is checked against `now`.
        return self._window + 3600
