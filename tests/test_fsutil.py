"""kg.fsutil: atomic writes, and durable writes made on a thread of their own."""
from __future__ import annotations

import pytest

from kg.fsutil import BackgroundWrites, write_atomic


def test_write_atomic_replaces_the_file_and_leaves_no_temp(tmp_path) -> None:
    p = tmp_path / "a" / "f.json"
    write_atomic(p, "one")
    write_atomic(p, b"two", durable=False)
    assert p.read_text() == "two" and [x.name for x in p.parent.iterdir()] == ["f.json"]


def test_background_writes_are_all_there_when_the_block_ends(tmp_path) -> None:
    with BackgroundWrites() as writes:
        for i in range(1500):  # past the point where finished writes are forgotten
            writes.write(tmp_path / "d" / f"{i}.txt", f"text {i}")
    assert sorted(p.name for p in (tmp_path / "d").iterdir()) == sorted(f"{i}.txt" for i in range(1500))
    assert (tmp_path / "d" / "1499.txt").read_text() == "text 1499"


def test_a_failed_background_write_raises_when_waited_for(tmp_path) -> None:
    (tmp_path / "file").write_text("not a folder")
    writes = BackgroundWrites()
    writes.write(tmp_path / "ok.txt", "fine")
    writes.write(tmp_path / "file" / "x.txt", "cannot")
    with pytest.raises(OSError):
        writes.wait()
    writes.write(tmp_path / "later.txt", "after the error")
    with writes:
        pass
    assert (tmp_path / "ok.txt").read_text() == "fine" and (tmp_path / "later.txt").exists()
