"""kg.relations.EN_ONLY / VI_ONLY: each listed pass opens with ``if s.lang != "en" …: return []`` (or "vi"),
so skipping it for a sentence of the other language changes nothing; and every guarded pass is listed (one
left out would be called for nothing)."""
from __future__ import annotations

import ast
import inspect
import textwrap

from kg.relations import EN_ONLY, PASSES, PASSES_OF_LANGUAGE, VI_ONLY


def _only_language(rule) -> str | None:
    """The language X of a first statement ``if <arg>.lang != X [or …]: return []``, else None."""
    fn = ast.parse(textwrap.dedent(inspect.getsource(rule))).body[0]
    body = fn.body[1:] if isinstance(fn.body[0], ast.Expr) and isinstance(fn.body[0].value, ast.Constant) else fn.body
    first = body[0]
    if not (isinstance(first, ast.If) and not first.orelse and len(first.body) == 1
            and isinstance(first.body[0], ast.Return) and isinstance(first.body[0].value, ast.List)
            and not first.body[0].value.elts):
        return None
    test = first.test.values[0] if isinstance(first.test, ast.BoolOp) and isinstance(first.test.op, ast.Or) \
        else first.test
    if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.NotEq) \
            and isinstance(test.left, ast.Attribute) and test.left.attr == "lang" \
            and isinstance(test.left.value, ast.Name) and test.left.value.id == fn.args.args[0].arg \
            and isinstance(test.comparators[0], ast.Constant):
        return test.comparators[0].value
    return None


def test_the_lists_are_the_passes_guarded_by_language() -> None:
    names = [r.__name__ for r in PASSES]
    assert len(names) == len(set(names))  # (the lists name passes)
    found = {r.__name__: _only_language(r) for r in PASSES}
    assert EN_ONLY == {n for n, lang in found.items() if lang == "en"}  # (a guarded pass left out runs for nothing)
    assert VI_ONLY == {n for n, lang in found.items() if lang == "vi"}
    assert len(EN_ONLY) + len(VI_ONLY) > 100


def test_each_language_keeps_the_order_of_the_passes() -> None:
    for lang, skipped in (("vi", EN_ONLY), ("en", VI_ONLY)):
        assert PASSES_OF_LANGUAGE[lang] == tuple(r for r in PASSES if r.__name__ not in skipped)
