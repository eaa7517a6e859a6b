"""A progress bar on a terminal, plain lines when piped."""

from __future__ import annotations

import sys
import time
from typing import Any, Optional, TextIO


class Progress:
    """Call ``update(done, total, label)``; draws a bar on a tty, else one line per label."""

    def __init__(self, stream: Optional[TextIO] = None, enabled: bool = True) -> None:
        self.stream: Any = stream or sys.stderr
        self.tty = enabled and hasattr(self.stream, "isatty") and self.stream.isatty()
        self.enabled = enabled
        self.last_label: Optional[str] = None
        self.last_draw = 0.0

    def update(self, done: int, total: int, label: str) -> None:
        if not self.enabled:
            return
        if self.tty:
            now = time.monotonic()
            if done < total and now - self.last_draw < 0.05:
                return
            self.last_draw = now
            width = 30
            filled = int(width * done / max(total, 1))
            bar = "#" * filled + "-" * (width - filled)
            self.stream.write(f"\r[{bar}] {done}/{total} {label[:40]:<40}")
            if done >= total:
                self.stream.write("\r" + " " * (width + 55) + "\r")
            self.stream.flush()
        elif label != self.last_label:
            self.last_label = label
            self.stream.write(f"checking {label}\n")
            self.stream.flush()
