"""Handing events from the ports' worker threads to the clients streaming them.

Each streaming client holds a subscription: an asyncio queue on the server's
event loop. Worker threads publish through ``loop.call_soon_threadsafe``, so a
queue is only ever touched on its loop. A client that reads too slowly loses
progress events first (the next one says the same, newer); nothing else is
dropped.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
from dataclasses import dataclass

# Beyond this many waiting messages a subscriber's progress events are dropped.
BACKLOG_FOR_PROGRESS = 256


@dataclass(frozen=True)
class Message:
    """One server-sent event: its type, its data (JSON) and its sequence number."""

    kind: str
    data: dict
    seq: int
    droppable: bool = False

    def encode(self) -> str:
        payload = json.dumps({"type": self.kind, **self.data}, separators=(",", ":"))
        return f"id: {self.seq}\nevent: {self.kind}\ndata: {payload}\n\n"


class Subscription:
    """One client's stream of one port's messages. Lives on the server's event loop."""

    def __init__(self, port_id: str, loop: asyncio.AbstractEventLoop) -> None:
        self.port_id = port_id
        self.loop = loop
        self.queue: asyncio.Queue[Message | None] = asyncio.Queue()

    def offer(self, message: Message | None) -> None:
        """Put ``message`` in the queue (None ends the stream). On the loop only."""
        if message is not None and message.droppable:
            if self.queue.qsize() >= BACKLOG_FOR_PROGRESS:
                return
        self.queue.put_nowait(message)

    async def next(self) -> Message | None:
        return await self.queue.get()


class EventHub:
    """Every port's subscribers. ``publish`` and ``close`` may be called from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._subscriptions: set[Subscription] = set()
        self._seq = itertools.count(1)
        self.closed = False

    def subscribe(self, port_id: str) -> Subscription:
        """A new subscription to ``port_id``; call on the server's event loop."""
        subscription = Subscription(port_id, asyncio.get_running_loop())
        with self._lock:
            if self.closed:
                subscription.offer(None)
            else:
                self._subscriptions.add(subscription)
        return subscription

    def unsubscribe(self, subscription: Subscription) -> None:
        with self._lock:
            self._subscriptions.discard(subscription)

    def message(self, kind: str, data: dict, *, droppable: bool = False) -> Message:
        with self._lock:
            return Message(kind, data, next(self._seq), droppable)

    def publish(self, port_id: str, kind: str, data: dict, *, droppable: bool = False) -> None:
        """Send a message to every subscriber of ``port_id``; returns at once."""
        message = self.message(kind, data, droppable=droppable)
        with self._lock:
            targets = [s for s in self._subscriptions if s.port_id == port_id]
        for subscription in targets:
            self._deliver(subscription, message)

    def close(self) -> None:
        """End every stream (the server is stopping); later subscribers end at once."""
        with self._lock:
            self.closed = True
            targets = list(self._subscriptions)
            self._subscriptions.clear()
        for subscription in targets:
            self._deliver(subscription, None)

    def _deliver(self, subscription: Subscription, message: Message | None) -> None:
        try:
            subscription.loop.call_soon_threadsafe(subscription.offer, message)
        except RuntimeError:  # the loop has closed: the client is gone
            self.unsubscribe(subscription)
