"""JSON from files pbgdpl did not write (bundles, decision lists): a size and nesting limit before parsing.

Python's ``json`` parser recurses once per nested array or object: a line of 100,000 ``[`` raises
``RecursionError`` (or worse, exhausts the stack) after parsing has begun. ``loads_limited`` refuses such
input with a plain ``ValueError`` before the parser sees it: the bytes are counted first (a C-speed scan),
and only text holding more brackets than the depth limit is scanned for its real depth, strings left out.

Stdlib only.
"""

from __future__ import annotations

import json
import re
from typing import Any

MAX_DEPTH = 32  # a record is nested 3 deep (payload, a list, a training); a manifest 3
_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.S)
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")


class JsonTooDeep(ValueError):
    """The JSON text nests arrays or objects deeper than allowed (or is larger than allowed)."""


def depth_exceeds(data: bytes, limit: int = MAX_DEPTH) -> bool:
    """True when ``data`` (JSON text) nests arrays or objects more than ``limit`` deep."""
    if data.count(b"[") + data.count(b"{") <= limit:
        return False
    depth = 0
    for ch in _STRING.sub(b"", data).translate(None, _NOT_BRACKETS):
        if ch in b"[{":
            depth += 1
            if depth > limit:
                return True
        else:
            depth -= 1
    return False


def loads_limited(data: bytes | str, *, max_depth: int = MAX_DEPTH, max_size: int | None = None) -> Any:
    """``json.loads`` for untrusted text: ``JsonTooDeep`` (a ValueError) when too deep or too large.

    Raises:
        JsonTooDeep: nested deeper than ``max_depth`` or longer than ``max_size`` bytes.
        ValueError: not valid JSON (``json.JSONDecodeError``), or not UTF-8 (``UnicodeDecodeError``).
    """
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else bytes(data)
    if max_size is not None and len(raw) > max_size:
        raise JsonTooDeep(f"the JSON text is {len(raw):,} bytes, over the limit of {max_size:,}")
    if depth_exceeds(raw, max_depth):
        raise JsonTooDeep(f"the JSON text nests arrays or objects more than {max_depth} deep")
    try:
        return json.loads(raw)
    except RecursionError:  # pragma: no cover  the depth check comes first; kept as a second line
        raise JsonTooDeep("the JSON text nests arrays or objects too deep") from None
