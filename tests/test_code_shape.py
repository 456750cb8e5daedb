"""The package's shape: no module of kg/ reaches into another kg module for a ``_private`` name.

A name with a leading underscore is its module's own; a helper other modules use is public in its home
module (named and documented for them), so renaming or changing a private helper never breaks a reader
elsewhere unseen."""
from __future__ import annotations

import ast
from pathlib import Path

import kg

PACKAGE = Path(kg.__file__).parent


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def private_uses(source: str) -> list[str]:
    """The ``_private`` names ``source`` takes from kg modules: ``from kg.x import _y`` (an alias does not hide
    it) and ``m._y`` where ``m`` is a kg module imported by name (``import kg.x as m``, ``from kg.x import m``)."""
    tree = ast.parse(source)
    found: list[str] = []
    modules: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "kg":
            for alias in node.names:
                if _private(alias.name):
                    found.append(f"{node.lineno}: from {node.module} import {alias.name}")
                else:
                    modules[alias.asname or alias.name] = f"{node.module}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "kg":
                    modules[alias.asname or alias.name.split(".")[0]] = alias.name
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and _private(node.attr):
            base = node.value
            while isinstance(base, ast.Attribute):
                base = base.value
            if isinstance(base, ast.Name) and base.id in modules:
                found.append(f"{node.lineno}: {ast.unparse(node)}")
    return found


def test_no_module_imports_a_private_name_of_another():
    bad = [f"{path.relative_to(PACKAGE.parent)}:{use}" for path in sorted(PACKAGE.rglob("*.py"))
           for use in private_uses(path.read_text(encoding="utf-8"))]
    assert not bad, "make these names public in their home module:\n" + "\n".join(bad)


def test_private_uses_finds_each_form():
    source = ("from kg.relations.base import Relation, _nearest\n"
              "from kg.nlp.recognizers import names\n"
              "import kg.relations.learned as learned\n"
              "names._name_after(1)\n"
              "learned._load.cache_clear()\n")
    assert [u.split(": ", 1)[1] for u in private_uses(source)] == [
        "from kg.relations.base import _nearest", "names._name_after", "learned._load"]


def test_private_uses_leaves_public_names_and_own_privates_alone():
    source = ("from kg.store import first_line as _first_line\n"
              "from kg.nlp import normalize as _normalize\n"
              "import re\n"
              "_X = re._pattern_type\n"  # not a kg module
              "def _own():\n"
              "    return _first_line('a')\n")
    assert private_uses(source) == []


def defined_twice(source: str) -> list[str]:
    """Top-level functions and classes ``source`` defines more than once (the later silently replaces the
    earlier: two branches that each add a helper of one name merge cleanly into a broken module)."""
    seen: dict[str, int] = {}
    twice: list[str] = []
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            if node.name in seen:
                twice.append(f"{node.lineno}: {node.name} (first at {seen[node.name]})")
            seen.setdefault(node.name, node.lineno)
    return twice


def test_defined_twice_finds_a_second_definition():
    assert defined_twice("def f(a):\n    return a\n\n\ndef f(a, b):\n    return b\n") == ["5: f (first at 1)"]
    assert defined_twice("def f(a):\n    return a\n\n\ndef g(a):\n    return a\n") == []


def test_no_module_defines_a_name_twice():
    found = {str(p.relative_to(PACKAGE)): d for p in sorted(PACKAGE.rglob("*.py"))
             if (d := defined_twice(p.read_text(encoding="utf-8")))}
    assert not found, found


def loose_capital_ranges(source: str) -> list[str]:
    """String constants of ``source`` holding a capital-letter class whose range runs from "À" to "Ỹ": that range
    also holds lower-case letters ("đ", "ở", "ứ"), so a pattern meaning "a capital" must use
    ``kg.nlp.patterns.UPPER_VI`` instead."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and "A-Z" in node.value \
                and any(r in node.value for r in ("À-Ỹ", "À-ỸĐ")) and "\n" not in node.value:
            found.append(f"{node.lineno}: {node.value[:60]}")
    return found


def test_loose_capital_ranges_finds_the_range():
    assert loose_capital_ranges('P = r"[A-ZĐÀ-Ỹ][a-z]+"')
    assert not loose_capital_ranges('P = rf"[{UPPER_VI}][a-zà-ỹ]+"')


def test_no_pattern_takes_a_lower_case_letter_for_a_capital():
    bad = {str(p.relative_to(PACKAGE)): uses for p in sorted(PACKAGE.rglob("*.py"))
           if (uses := loose_capital_ranges(p.read_text(encoding="utf-8")))}
    assert not bad, bad
