"""Atomic file output: each export goes to its own temporary file, renamed when complete.

Two users (or two processes) exporting at once never share a temporary file, and a failed
export never leaves a half-written file under the requested name.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def write_atomic(out: Path, write: Callable[[Path], None]) -> Path:
    """Call `write(tmp)` on a fresh temp file beside `out`, then rename it to `out`."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        write(tmp)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the usual file mode
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_bytes_atomic(out: Path, data: bytes) -> Path:
    return write_atomic(out, lambda tmp: tmp.write_bytes(data))
