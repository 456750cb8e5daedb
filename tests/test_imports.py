"""Every module of the package imports on its own, first, in a fresh interpreter: an import cycle that
only works in one order (kg.entity_keys before kg.nlp failed; kg.vizpage before kg.viz) breaks whoever
imports the other module first."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import kg

PACKAGE = Path(kg.__file__).parent

# In one fresh interpreter: for each module, forget every kg module already imported, then import it.
_SCRIPT = """
import importlib, sys
failed = []
for name in sys.argv[1:]:
    for loaded in [m for m in sys.modules if m == "kg" or m.startswith("kg.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except Exception as e:
        failed.append(f"{name}: {type(e).__name__}: {e}")
print("\\n".join(failed))
"""


def _modules() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_every_module_imports_first():
    names = _modules()
    assert "kg.entity_keys" in names and "kg.vizpage" in names
    # two interpreters, half the modules each (a quarter of a second a module, most of it kg.nlp again)
    runs = [subprocess.Popen([sys.executable, "-c", _SCRIPT, *names[i::2]], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True) for i in range(2)]
    for run in runs:
        out, err = run.communicate(timeout=600)
        assert run.returncode == 0, err[-2000:]
        assert out.strip() == ""
