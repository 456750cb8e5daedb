"""The build folder as a transaction: a lock, a staging area, a manifest, a switch.

``kg build`` never writes its outputs straight into ``--out``. Under an
exclusive lock (``fcntl.flock`` on ``.kg-build.lock``) it writes everything into
a hidden staging folder ``.kg-staging-*`` inside ``--out``, then switches:

1. ``manifest.json`` (kg version, build id, time, articles with content
   hashes, the files it covers) is written into the staging folder;
2. ``.kg-commit`` names the staging folder: from here on the build counts;
3. the old build's outputs that the new one lacks are removed, the new ones
   are renamed into place (the store folder through an ``.store.old-*`` name),
   ``manifest.json`` last;
4. ``.kg-commit`` and the staging folder are removed.

A build killed before step 2 leaves the old build untouched; one killed
during step 3 is finished (rolled forward) by :func:`recover`, which the next
build runs first, under the lock. :func:`recover` also removes what killed
builds leave behind (staging folders, ``.store.new-*``, temp files).
"""
from __future__ import annotations

import errno
import fcntl
import hashlib
import json
import os
import shutil
import tempfile
import time
import uuid
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from kg.fsutil import write_atomic

LOCK_NAME = ".kg-build.lock"
COMMIT_NAME = ".kg-commit"
STAGING_PREFIX = ".kg-staging-"
MANIFEST = "manifest.json"
# Every output a build may write (a build without --html writes no graph.html:
# an old one is then removed, so nothing of another build stays behind).
OUTPUTS = ("merges.tsv", "graph.trig", "graph.ttl", "store", "shacl-report.txt", "graph.html")
# Files other commands derive from a build (kg analyze, kg export): a new build
# removes them, so none describes an older graph than the one beside it.
DERIVED = ("report.json", "report.md", "report.html", "graph.graphml", "graph.gexf", "csv")
_LEFTOVER_PREFIXES = (STAGING_PREFIX, ".store.new-", ".store.old-")


class BuildFolderError(Exception):
    """The build folder cannot be used now (locked by another build, unreadable)."""


@contextmanager
def locked(out: Path, wait: float = 10.0) -> Iterator[None]:
    """Hold the exclusive build lock of ``out`` (created if needed).

    Waits up to ``wait`` seconds for another build to finish, then raises
    :class:`BuildFolderError` naming that build's process id.
    """
    out.mkdir(parents=True, exist_ok=True)
    path = out / LOCK_NAME
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + max(0.0, wait)
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as e:
                if e.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                    raise
                if time.monotonic() >= deadline:
                    holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
                    who = f" (pid {holder})" if holder.isdigit() else ""
                    raise BuildFolderError(f"{out} is being written by another kg build{who}; "
                                           "try again when it has finished") from None
                time.sleep(0.1)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        yield
    finally:
        os.close(fd)  # closing releases the lock; the file stays (unlinking it would race)


def new_staging(out: Path) -> Path:
    """A fresh, empty staging folder inside ``out``."""
    return Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out))


def file_hash(path: Path) -> str:
    """The SHA-256 of a file, read in blocks."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def text_hash(text: str) -> str:
    """The SHA-256 of a text (UTF-8)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def kg_version() -> str:
    """The installed kg version, or "unknown" when running from a bare checkout."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("kg")
    except PackageNotFoundError:  # pragma: no cover - always installed in practice
        return "unknown"


def write_manifest(staging: Path, articles: list[dict], errors: list[str], quads: int,
                   extra: dict | None = None) -> dict:
    """Write ``manifest.json`` into ``staging``, covering every output already there.

    ``extra`` adds fields, e.g. ``options`` (what shaped the outputs: code and
    flags, so a later build can tell whether the folder is up to date).
    """
    files: dict[str, dict] = {}
    for name in OUTPUTS:
        path = staging / name
        if name == "store" and path.is_dir():
            files[name] = {"quads": quads}
        elif path.is_file():
            files[name] = {"sha256": file_hash(path), "bytes": path.stat().st_size}
    manifest = {
        "kg_version": kg_version(),
        "build_id": uuid.uuid4().hex,
        "created": datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        "articles": articles,
        "errors": errors,
        "files": files,
    }
    manifest.update(extra or {})
    write_atomic(staging / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1) + "\n")
    return manifest


def previous_file(folder: Path, manifest: dict | None, name: str) -> tuple[Path, str] | None:
    """The output ``name`` of the build in ``folder`` (``manifest``: its manifest) and the SHA-256
    the manifest gives it, or None when the manifest lists no such file."""
    entry = (manifest or {}).get("files", {}).get(name)
    if not isinstance(entry, dict) or not isinstance(entry.get("sha256"), str) or not (folder / name).is_file():
        return None
    return folder / name, entry["sha256"]


def read_manifest(folder: Path) -> dict | None:
    """The manifest of the build in ``folder``, or None if there is none (or it is unreadable)."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and isinstance(data.get("files"), dict) else None


def commit(staging: Path, out: Path) -> None:
    """Make the build in ``staging`` the build of ``out`` (steps 2–4 above)."""
    write_atomic(out / COMMIT_NAME, staging.name + "\n")
    _switch(staging, out)
    (out / COMMIT_NAME).unlink(missing_ok=True)


def _switch(staging: Path, out: Path) -> None:
    """Move the staged outputs into ``out``; safe to run again after a crash part way."""
    new = read_manifest(staging)
    if new is None:  # the manifest already moved: only cleaning is left
        shutil.rmtree(staging, ignore_errors=True)
        return
    for name in OUTPUTS:
        if name not in new["files"]:
            _remove(out / name)
    for name in DERIVED:
        _remove(out / name)
    for name in OUTPUTS:
        src = staging / name
        if name not in new["files"] or not src.exists():
            continue
        if src.is_dir():
            dest = out / name
            if dest.exists():
                dest.rename(out / f".{name}.old-{uuid.uuid4().hex}")
            src.rename(dest)
        else:
            os.replace(src, out / name)
        pause("switch")
    os.replace(staging / MANIFEST, out / MANIFEST)
    _fsync_dir(out)
    shutil.rmtree(staging, ignore_errors=True)
    for entry in out.iterdir():
        if entry.name.startswith(".store.old-"):
            _remove(entry)


def recover(out: Path) -> list[str]:
    """Finish a switch a killed build started, and remove what killed builds left.

    Returns the names removed or finished, for a note. Call it under the lock.
    """
    done: list[str] = []
    if not out.is_dir():
        return done
    marker = out / COMMIT_NAME
    if marker.is_file():
        name = marker.read_text(encoding="utf-8", errors="replace").strip()
        staging = out / name
        if name.startswith(STAGING_PREFIX) and "/" not in name and staging.is_dir():
            _switch(staging, out)
            done.append(f"finished the switch to {name}")
        marker.unlink(missing_ok=True)
    for entry in sorted(out.iterdir()):
        if entry.name.startswith(_LEFTOVER_PREFIXES) or _is_output_temp(entry.name):
            _remove(entry)
            done.append(entry.name)
    return done


def remove_if_empty(out: Path) -> None:
    """Remove ``out`` if it holds nothing but the lock file (a build that wrote nothing)."""
    try:
        if {p.name for p in out.iterdir()} <= {LOCK_NAME}:
            (out / LOCK_NAME).unlink(missing_ok=True)
            out.rmdir()
    except OSError:
        pass


def _is_output_temp(name: str) -> bool:
    """A temp file :func:`kg.fsutil.write_atomic` made for one of the build's outputs."""
    return name.endswith(".tmp") and any(name.startswith(f".{o}.") for o in (*OUTPUTS, MANIFEST, COMMIT_NAME))


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        try:
            path.unlink()
        except FileNotFoundError:
            pass


def _fsync_dir(path: Path) -> None:
    """Flush a folder's entries (the renames) to disk."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # pragma: no cover - platform without directory fds
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


def pause(step: str) -> None:
    """Sleep when ``KG_BUILD_PAUSE`` names ``step`` (``store``, ``switch``).

    Only for the crash tests: they kill a build while it is paused there.
    """
    if os.environ.get("KG_BUILD_PAUSE") == step:
        time.sleep(float(os.environ.get("KG_BUILD_PAUSE_SECONDS", "30")))
