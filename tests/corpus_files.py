"""Input files for tests that build: articles written as JSON Lines."""
from __future__ import annotations

import json
from pathlib import Path


def write_jsonl(path: Path, records: list[dict]) -> Path:
    """Write ``records`` (article dicts) to ``path``, one JSON object per line; return ``path``."""
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path
