"""The GUI thread's mailbox for reports from many worker threads."""

from __future__ import annotations

import threading

from station.gui.worker import Mailbox


class CountingMailbox(Mailbox):
    def __init__(self, receiver) -> None:  # type: ignore[no-untyped-def]
        super().__init__(receiver)
        self.hand_overs = 0

    def deliver(self) -> None:
        self.hand_overs += 1
        super().deliver()


def put_from_threads(mailbox: Mailbox, threads: int, each: int) -> None:
    def put(name: int) -> None:
        for n in range(each):
            mailbox.put((name, n))

    workers = [threading.Thread(target=put, args=(name,)) for name in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()


def test_reports_put_meanwhile_reach_the_receiver_together_and_in_order(qtbot):  # type: ignore[no-untyped-def]
    got: list[tuple[int, int]] = []
    mailbox = CountingMailbox(got.append)

    # The GUI thread is busy (no events processed) while four threads report.
    put_from_threads(mailbox, threads=4, each=250)
    qtbot.waitUntil(lambda: len(got) == 1000, timeout=5000)

    assert mailbox.hand_overs == 1
    for name in range(4):
        assert [n for who, n in got if who == name] == list(range(250))


def test_deliver_hands_over_what_is_kept_at_once(qtbot):  # type: ignore[no-untyped-def]
    got: list[tuple[int, int]] = []
    mailbox = Mailbox(got.append)
    put_from_threads(mailbox, threads=2, each=3)

    mailbox.deliver()  # as before a unit's result, without waiting for the event loop

    assert sorted(got) == [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2)]
    qtbot.wait(50)
    assert len(got) == 6  # the wake-up that follows finds nothing left to hand over
