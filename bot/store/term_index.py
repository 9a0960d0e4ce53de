"""Every chat's watch terms in one MatchIndex, kept current by replaying the change log.

Each distinct term is compiled once, however many chats watch it; a match
looks the article up once and then hands each hit to the chats that watch
its term, so the cost of an article does not grow with the number of chats
or terms stored.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping

from bot.match.matcher import Hit, Matchable, MatchIndex
from bot.match.query import Limits, TermError
from bot.store.subscriptions import Change, Subscriptions

log = logging.getLogger(__name__)

# A stored term was accepted under the term_length in force when it was added;
# the index takes any term the settings could ever have allowed (at most 1000
# characters), so lowering the setting does not silence terms already stored.
STORED_TERM_LIMITS = Limits(max_length=1000)
PAGE = 1000


class _Terms:
    """A MatchIndex plus, for each of its terms, the chats that watch it."""

    def __init__(self, limits: Limits) -> None:
        self.index = MatchIndex(limits)
        self.chats: dict[str, set[int]] = {}
        self.broken: set[str] = set()  # terms that failed to compile, logged once

    def add(self, chat_id: int, term: str) -> None:
        """Store a chat's term, compiled at once: a change while serving."""
        watchers = self.chats.get(term)
        if watchers is not None:
            watchers.add(chat_id)
            return
        try:
            self.index.add(term)
        except TermError as exc:
            self._skip(term, chat_id, exc)
            return
        self.chats[term] = {chat_id}

    def load(self, snapshot: Mapping[int, list[str]]) -> None:
        """Store every chat's terms, compiled when an article first could match them."""
        chats = self.chats
        for chat_id, terms in snapshot.items():
            for term in terms:
                chats.setdefault(term, set()).add(chat_id)
        for term, exc in self.index.add_many(chats).items():
            self._skip(term, min(chats.pop(term)), exc)

    def _skip(self, term: str, chat_id: int, exc: TermError) -> None:
        """Log a term that failed to compile, once."""
        if term not in self.broken:
            self.broken.add(term)
            log.warning("term index: skipping term %r of chat=%s: %s", term, chat_id, exc)

    def remove(self, chat_id: int, term: str) -> None:
        watchers = self.chats.get(term)
        if watchers is None:
            return
        watchers.discard(chat_id)
        if not watchers:
            del self.chats[term]
            self.index.remove(term)


class TermIndex:
    """One index of every chat's terms, loaded from Subscriptions and refreshed from its log."""

    def __init__(self, subscriptions: Subscriptions, limits: Limits = STORED_TERM_LIMITS) -> None:
        """Start empty; call load() (or refresh(), which loads the first time)."""
        self._subscriptions = subscriptions
        self._limits = limits
        self._terms = _Terms(limits)
        self._position: str | None = None

    @property
    def loaded(self) -> bool:
        """Tell whether a snapshot was loaded."""
        return self._position is not None

    @property
    def position(self) -> str | None:
        """Return the change-log id the index is current up to (None before loading)."""
        return self._position

    def __len__(self) -> int:
        """Return how many distinct terms are indexed."""
        return len(self._terms.chats)

    def chats_of(self, term: str) -> frozenset[int]:
        """Return the chats watching a term (empty if none, or if it failed to compile)."""
        return frozenset(self._terms.chats.get(term, ()))

    async def load(self) -> None:
        """Rebuild the index from a snapshot of every chat's terms."""
        position, snapshot = await self._subscriptions.snapshot()
        self._replace(position, snapshot)

    async def refresh(self) -> None:
        """Apply the changes logged since the last load; reload if the log was trimmed past it."""
        if self._position is None:
            await self.load()
            return
        while True:
            changes = await self._subscriptions.changes_after(self._position, PAGE)
            if changes is None:
                log.info("term index: change log trimmed past %s; reloading", self._position)
                await self.load()
                return
            self.apply(changes)
            if len(changes) < PAGE:
                return

    def apply(self, changes: Iterable[Change]) -> None:
        """Apply logged changes in order (replaying one the index already holds changes nothing)."""
        terms = self._terms
        for change in changes:
            if change.op == "add":
                terms.add(change.chat_id, change.term)
            else:
                terms.remove(change.chat_id, change.term)
            self._position = change.entry_id

    def match(self, article: Matchable) -> dict[int, list[Hit]]:
        """Return, per chat, the hits of that chat's terms, in the article's order."""
        by_chat: dict[int, list[Hit]] = {}
        watchers = self._terms.chats
        for hit in self._terms.index.match(article):
            for chat_id in watchers[hit.term]:
                found = by_chat.get(chat_id)
                if found is None:
                    by_chat[chat_id] = [hit]
                else:
                    found.append(hit)
        return by_chat

    def _replace(self, position: str, snapshot: Mapping[int, list[str]]) -> None:
        # Built aside and swapped in, so a failed load leaves the old index working.
        fresh = _Terms(self._limits)
        fresh.broken = self._terms.broken
        fresh.load(snapshot)
        self._terms = fresh
        self._position = position
        log.info("term index: %d distinct terms as of %s", len(fresh.chats), position)
