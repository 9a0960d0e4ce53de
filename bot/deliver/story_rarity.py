"""How rare each word key is in the recent news: document frequencies learned from the stream.

Every article handled counts its keys once in the hash of its UTC day,
``{p}:story:df:{day}`` (field the key's bucket, see below; field ``#`` the
number of articles), kept DAYS + 1 days. A key's idf is read over the last
DAYS days, so the weights follow the week's news: «كوريا» is rare in a quiet
week and common in the week of a summit.

    idf = ln((articles + PRIOR) / (articles with the key + 1))

PRIOR pretends a few articles lacked every key, so the first articles of a
new deployment get plain, even weights instead of none.

Bounded memory: a key is counted in one of BUCKETS fields (crc32 of the key),
so a day's hash never holds more than BUCKETS fields whatever the vocabulary.
Two keys sharing a bucket add up; with a few tens of thousands of keys a day
that makes some rare keys look a little more common, which only lowers their
weight (a merge gets harder, never easier).
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Callable, Iterable, Sequence

from redis.asyncio.client import Pipeline

from bot.keys import Keys
from bot.one_ahead import EACH_LINE_LUA

__all__ = ["DAYS", "Rarity", "bucket"]

DAYS = 7
BUCKETS = 1 << 17
PRIOR = 20.0


def bucket(key: str) -> str:
    """Return the hash field a word key is counted in."""
    return str(zlib.crc32(key.encode("utf-8")) & (BUCKETS - 1))


# KEYS: the day hashes, oldest first, today last. ARGV: ttl, then the fields (unique) one
# per line (one argument: an argument each cost the client more than Redis does).
# Counts the article (field "#") and each field once in today's hash, then returns the
# sums over the days: the number of articles first, then each field's, in the order given.
_COUNT_AND_READ = (
    EACH_LINE_LUA
    + """
local today = KEYS[#KEYS]
local fields = {'#'}
each_line(ARGV[2], function(field) fields[#fields + 1] = field end)
for i = 1, #fields do redis.call('HINCRBY', today, fields[i], 1) end
redis.call('EXPIRE', today, tonumber(ARGV[1]))
local sums = {}
for i = 1, #fields do sums[i] = 0 end
for _, day in ipairs(KEYS) do
  local values = redis.call('HMGET', day, unpack(fields))
  for i = 1, #fields do sums[i] = sums[i] + (tonumber(values[i]) or 0) end
end
return sums
"""
)


class Rarity:
    """Counts keys per day in Redis and reads their idf back."""

    def __init__(self, keys: Keys) -> None:
        self._keys = keys

    def stage(
        self, pipe: Pipeline, words: Iterable[str], now: float
    ) -> Callable[[Sequence[int]], dict[str, float]]:
        """Add counting an article's keys (each once) to a pipeline; return what turns the
        pipeline's reply to it into every key's idf.

        Sent with the other reads of an article, the counts cost no round trip of their own.
        EVAL, not a registered script: a pipeline would check the script cache first.
        """
        unique = sorted(set(words))
        by_field: dict[str, list[str]] = {}
        for word in unique:
            by_field.setdefault(bucket(word), []).append(word)
        today = int(now // 86_400)
        day_keys = [self._keys.story_df(day) for day in range(today - DAYS + 1, today + 1)]
        fields = list(by_field)
        pipe.eval(_COUNT_AND_READ, len(day_keys), *day_keys, (DAYS + 1) * 86_400, "\n".join(fields))

        def idf_of(sums: Sequence[int]) -> dict[str, float]:
            articles = float(sums[0])
            idf: dict[str, float] = {}
            for field, found in zip(fields, sums[1:], strict=True):
                weight = math.log((articles + PRIOR) / (float(found) + 1.0))
                for word in by_field[field]:
                    idf[word] = weight
            return idf

        return idf_of
