"""What the ``kg`` commands share: the error console, one-line failures, the build folder.

Every user mistake ends in one line on stderr ("kg: error: …") and a non-zero
exit, never a traceback.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

# soft_wrap: one message is one line, however long its path (no wrapping at 80 columns).
err = Console(stderr=True, highlight=False, soft_wrap=True)

DEFAULT_OUT = Path("output")


def fail(message: str, code: int = 2) -> None:
    """Print one error line and exit."""
    err.print(f"kg: error: {message}", markup=False)
    raise typer.Exit(code)


FOLDER_ARG = "The build folder (with graph.trig). Default: output/; --out says the same."
FILE_SUFFIXES = (".html", ".htm", ".jsonld", ".json", ".nt", ".nq", ".graphml", ".gexf", ".csv", ".ttl")


def build_folder(arg: Optional[Path], opt: Optional[Path], file_option: str | None = None) -> Path:
    """The build folder of a command that takes it as an argument and as ``--out`` (one meaning
    everywhere: the build folder). ``file_option`` names the option that writes a file, for the
    hint when ``--out`` looks like one."""
    if opt is not None and file_option and opt.suffix.lower() in FILE_SUFFIXES and not opt.is_dir():
        fail(f"--out is the build folder; write the file with {file_option} {opt}")
    if arg is not None and opt is not None and arg != opt:
        fail(f"two build folders given: {arg} and --out {opt}")
    return opt or arg or DEFAULT_OUT
