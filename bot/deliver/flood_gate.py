"""Telegram's flood limits, shared by every sender process through Redis.

One Lua script does the whole check, so two senders can never both take the
last free slot. Each limit is a GCRA (generic cell rate algorithm, "virtual
scheduling"): per key, Redis stores the theoretical arrival time (TAT) of the
next message. A message may go when ``TAT - tolerance <= now``; sending it
moves the TAT to ``max(TAT, now) + interval``. A message that may not go yet
records nothing and is told how long to wait.

Parameters (from ``delivery:`` in config.yaml; defaults in brackets):

- all chats together: interval ``1 / overall_per_second`` [1/30 s] with a
  tolerance of ``OVERALL_TOLERANCE`` [half an interval], so a sender that
  wakes up a little late (timers, a Redis round trip between batches) does
  not lose that time for good;
- one private chat: interval ``1 / private_per_second`` [1 s], no burst;
- one group, supergroup or channel: a burst of up to ``GROUP_BURST`` [3]
  messages, then one every ``60 / (group_per_minute - GROUP_BURST + 1)`` s
  [60/18 = 3.33 s]. That is the fastest schedule for which no 60 s window ever
  holds more than ``group_per_minute`` messages, as Telegram counts them (a
  bigger burst would need a longer interval, a plain 3 s interval leaves no
  burst at all).

With ``paid_broadcast`` on, a message the overall limit holds back may go
at once as a paid broadcast (Telegram's ``allow_paid_broadcast``, 0.1 Star
each) while a second overall GCRA allows it: interval
``1 / (PAID_PER_SECOND - overall_per_second)`` [1/970 s], same tolerance
share, so free and paid together stay under Telegram's 1,000 messages/s.
Only what the free rate cannot carry is paid: a message goes free whenever
the free limit allows it. Per-chat limits are the same either way.

Every interval is stretched by ``SAFETY`` [5 %], so that a request reaching
Telegram a few milliseconds late or early (network jitter, concurrent
requests) does not push a window over its limit: 31 messages span at least
30 × 1.05/30 − 0.0175 = 1.03 s, never exactly 1 s. A chat that got a 429
anyway is held back (`hold`) for as long as Telegram asked.

Keys: ``{p}:flood:all``, ``{p}:flood:paid``, ``{p}:flood:chat:{id}`` hold a TAT (Unix seconds) and
expire soon after it passes; ``{p}:flood:hold:{id}`` holds the end of a hold.
Times come from the caller (``now``, Unix seconds), so tests are exact and
every process must keep its clock in sync (NTP), as usual.
"""

from __future__ import annotations

import math
import time
from typing import Literal, NamedTuple

from redis.asyncio import Redis

from bot.keys import Keys
from bot.settings import DeliverySettings
from bot.store.chats import ChatKind

GROUP_BURST = 3
SAFETY = 1.05
OVERALL_TOLERANCE = 0.5  # of one overall interval
PAID_PER_SECOND = 1000  # Telegram's ceiling for paid broadcasts, free messages included

# none: go now, free; paid: go now as a paid broadcast; else wait, for whom.
Scope = Literal["none", "paid", "chat", "all", "hold"]
_SCOPES: dict[str, Scope] = {
    "none": "none", "paid": "paid", "chat": "chat", "all": "all", "hold": "hold",
}  # fmt: skip

# KEYS: chat TAT, overall TAT, chat hold, paid TAT.
# ARGV: now, chat interval, chat tolerance, overall interval, overall tolerance,
# paid interval, paid tolerance (interval 0: no paid broadcasts).
# A wait is rounded up to the microsecond: never 0 when the message may not go.
_RESERVE = """
local function wait(seconds) return string.format('%.6f', math.ceil(seconds * 1e6) / 1e6) end
local now = tonumber(ARGV[1])
local hold = tonumber(redis.call('GET', KEYS[3]) or '0')
if hold > now then return {'hold', wait(hold - now)} end
local chat_tat = math.max(tonumber(redis.call('GET', KEYS[1]) or '0'), now)
local all_tat = math.max(tonumber(redis.call('GET', KEYS[2]) or '0'), now)
local chat_wait = chat_tat - tonumber(ARGV[3]) - now
local all_wait = all_tat - tonumber(ARGV[5]) - now
if chat_wait > 0 then return {'chat', wait(chat_wait)} end
local function take(key, tat, interval)
  local next_tat = tat + interval
  redis.call('SET', key, string.format('%.6f', next_tat),
    'PX', string.format('%d', math.ceil((next_tat - now) * 1000) + 1000))
end
local scope, key, tat, interval = 'none', KEYS[2], all_tat, tonumber(ARGV[4])
if all_wait > 0 then
  local paid_interval = tonumber(ARGV[6])
  if paid_interval <= 0 then return {'all', wait(all_wait)} end
  local paid_tat = math.max(tonumber(redis.call('GET', KEYS[4]) or '0'), now)
  local paid_wait = paid_tat - tonumber(ARGV[7]) - now
  if paid_wait > 0 then return {'all', wait(math.min(all_wait, paid_wait))} end
  scope, key, tat, interval = 'paid', KEYS[4], paid_tat, paid_interval
end
take(KEYS[1], chat_tat, tonumber(ARGV[2]))
take(key, tat, interval)
return {scope, '0'}
"""


class Verdict(NamedTuple):
    """The gate's answer: go now (scope "none", seconds 0), or wait, and for whom."""

    seconds: float
    scope: Scope  # chat: this chat's limit; all: the overall one; hold: a 429 for this chat


class Rate(NamedTuple):
    """One GCRA limit: at most one message per interval after a burst worth tolerance."""

    interval: float
    tolerance: float


def group_rate(per_minute: float) -> Rate:
    """Return the group limit as a rate: a burst, then evenly spaced (see the module doc)."""
    burst = max(1, min(GROUP_BURST, math.floor(per_minute)))
    interval = 60.0 / max(per_minute - burst + 1, 1e-9) * SAFETY
    return Rate(interval, (burst - 1) * interval)


def paid_rate(settings: DeliverySettings) -> Rate:
    """Return the paid broadcasts' overall limit: what the free rate leaves of the ceiling."""
    interval = SAFETY / max(PAID_PER_SECOND - settings.overall_per_second, 1.0)
    return Rate(interval, interval * OVERALL_TOLERANCE)


class FloodGate:
    """Decides, for every sender process alike, whether a message may go to a chat now."""

    def __init__(self, redis: Redis, keys: Keys, settings: DeliverySettings) -> None:
        self._redis = redis
        self._keys = keys
        overall = SAFETY / settings.overall_per_second
        self.overall = Rate(overall, overall * OVERALL_TOLERANCE)
        self.private = Rate(SAFETY / settings.private_per_second, 0.0)
        self.group = group_rate(settings.group_per_minute)
        self.paid = paid_rate(settings) if settings.paid_broadcast else Rate(0.0, 0.0)
        self._reserve = redis.register_script(_RESERVE)

    def rate(self, kind: ChatKind) -> Rate:
        """Return the limit of one chat of this kind."""
        return self.private if kind == "private" else self.group

    async def reserve(self, chat_id: int, kind: ChatKind, now: float | None = None) -> float:
        """Return 0.0 and count a message to the chat if it may go now (free or paid)."""
        return (await self.ask(chat_id, kind, now)).seconds

    async def ask(
        self, chat_id: int, kind: ChatKind, now: float | None = None, *, paid: bool = True
    ) -> Verdict:
        """Like `reserve`, also telling which limit a wait is for, or that it goes paid.

        paid=False keeps a message that cannot be a paid broadcast (an edit) to the
        free rate even when paid broadcasts are on.
        """
        at = time.time() if now is None else now
        chat = self.rate(kind)
        extra = self.paid if paid else Rate(0.0, 0.0)
        keys = self._keys
        scope, seconds = await self._reserve(
            keys=[
                keys.flood(f"chat:{chat_id}"), keys.flood("all"), keys.flood_hold(chat_id),
                keys.flood("paid"),
            ],
            args=[
                f"{at:.6f}", f"{chat.interval:.6f}", f"{chat.tolerance:.6f}",
                f"{self.overall.interval:.6f}", f"{self.overall.tolerance:.6f}",
                f"{extra.interval:.9f}", f"{extra.tolerance:.9f}",
            ],
        )  # fmt: skip
        name = scope.decode() if isinstance(scope, bytes) else str(scope)
        return Verdict(float(seconds), _SCOPES[name])

    async def hold(self, chat_id: int, seconds: float, now: float | None = None) -> None:
        """Send nothing to a chat for `seconds` (Telegram answered 429 with retry_after)."""
        if seconds <= 0:
            return
        until = (time.time() if now is None else now) + seconds
        millis = math.ceil(seconds * 1000)
        await self._redis.set(self._keys.flood_hold(chat_id), f"{until:.6f}", px=millis)
