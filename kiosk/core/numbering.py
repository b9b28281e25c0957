"""Ticket numbers: per branch, per day, per letter, never repeated.

The storage keeps one counter row per (branch, day, letter) and increments it in the same
transaction that stores the ticket, so two kiosks on one database can never get the same number.
Offline number blocks for kiosks without a server link come with the sync work: a block is a
range [first, last] leased to one device; ``next_in_block`` hands numbers out of it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class NumberBlock:
    first: int
    last: int

    def __post_init__(self) -> None:
        if self.first < 1 or self.last < self.first:
            raise ValueError(f"bad number block {self.first}..{self.last}")


def next_number(last_issued: int) -> int:
    """The number after ``last_issued`` (0 when none was issued yet today)."""
    if last_issued < 0:
        raise ValueError("last_issued must be >= 0")
    return last_issued + 1


def next_in_block(block: NumberBlock, last_issued: int | None) -> int | None:
    """The next number inside ``block`` after ``last_issued``, or None when the block is used up."""
    n = block.first if last_issued is None or last_issued < block.first else last_issued + 1
    return n if n <= block.last else None
