"""Prometheus-style counters, kept in this process (each server process reports its own)."""

from __future__ import annotations

import threading
from collections import Counter


class Metrics:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._requests: Counter[tuple[str, str, int]] = Counter()

    def count_request(self, method: str, route: str, status: int) -> None:
        with self._lock:
            self._requests[(method, route, status)] += 1

    def render(self, feed_polls_waiting: int) -> str:
        """The text exposition format: one ``name{labels} value`` line a series.
        ``feed_polls_waiting``: the terminals' long polls this process holds now."""
        lines = [
            "# HELP kiosk_feed_polls_waiting Long polls of the change feed waiting now.",
            "# TYPE kiosk_feed_polls_waiting gauge",
            f"kiosk_feed_polls_waiting {feed_polls_waiting}",
            "# HELP kiosk_http_requests_total HTTP requests answered, by route and status.",
            "# TYPE kiosk_http_requests_total counter",
        ]
        with self._lock:
            for (method, route, status), n in sorted(self._requests.items()):
                lines.append(
                    f'kiosk_http_requests_total{{method="{method}",route="{route}",'
                    f'status="{status}"}} {n}'
                )
        return "\n".join(lines) + "\n"
