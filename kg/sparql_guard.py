"""Checks a SPARQL query passes before any engine sees it: nesting depth, length of
operator chains, and SERVICE.

pyoxigraph parses and evaluates queries recursively on the C stack, so a query
nested a few thousand levels deep (``ASK {{{…}}}``, 5 KB) crashes the whole
process with a segmentation fault; :func:`check_depth` refuses such a query
with a ValueError first. A flat chain does the same once it is long enough
(8,000 ``+``, ``UNION`` or triple patterns in a row: each operator is one more
level of the parse tree), so :func:`check_operators` caps the operators a query
may hold; long ``VALUES`` and ``IN (…)`` lists have none and stay allowed. ``SERVICE <iri>`` makes pyoxigraph send an HTTP
request to any host and port (server-side request forgery when the query comes
from a client); :func:`check_service` refuses it unless its target is allowed.

Both work on a light tokenisation that knows what the SPARQL grammar knows
about where brackets and keywords do *not* count: inside strings, IRIs,
comments and backslash escapes (``ex:a\\#`` is a name, not a comment).
"""

from __future__ import annotations

import re

MAX_DEPTH = 200  # brackets nested deeper than this are refused (real queries stay under 20)
MAX_OPERATORS = 2000  # chains crash pyoxigraph from ~8,000 operators; real queries hold under 200

# One token at a time, leftmost first; only `open`, `close` and `word` matter to the checks.
_TOKEN = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*(?:"""|$)'  # long strings (an unterminated one runs to the end)
    r"|'''(?:[^'\\]|\\.|'(?!''))*(?:'''|$)"
    r'|"(?:[^"\\\n]|\\.)*"?'  # short strings
    r"|'(?:[^'\\\n]|\\.)*'?"
    r'|(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)'
    r"|\\."  # an escaped character in a local name (ex:a\#b, ex:a\(b)
    r"|\#[^\n\r]*"  # comments
    r"|(?P<open>[{(\[])|(?P<close>[})\]])"
    # operators that chain: arithmetic, logic, comparison, property paths, and the . and ;
    # between triple patterns (a bare < is an operator: an IRI was tried first)
    r"|(?P<op>\|\||&&|!=|<=|>=|[-+*/|^!=<>.;])"
    # a bare word; what precedes it tells a keyword (SERVICE) from a variable or a prefixed name
    # (a prefixed name may hold dots; a keyword may not: `true.SERVICE` is `true . SERVICE`)
    r"|(?P<word>(?<![?$:\\])(?<![^\W\d])(?:[A-Za-z][\w\-.]*:(?:[\w\-.%:]|\\.)*|[A-Za-z]\w*))",
    re.DOTALL,
)
_CHAIN_WORDS = {"UNION", "MINUS"}
_ABSOLUTE_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")

REFUSED_SERVICE = ("SERVICE (federated query) is not allowed on this endpoint")
REFUSED_SERVICE_TARGET = ("SERVICE is only allowed to the endpoints this server allows, "
                          "written as full <IRI>s")


def nesting_depth(query: str) -> int:
    """The deepest nesting of ``{ ( [`` in the query, not counting strings, IRIs and comments."""
    depth = deepest = 0
    for m in _TOKEN.finditer(query):
        if m.lastgroup == "open":
            depth += 1
            deepest = max(deepest, depth)
        elif m.lastgroup == "close":
            depth = max(0, depth - 1)
    return deepest


def check_depth(query: str, limit: int = MAX_DEPTH) -> None:
    """ValueError when brackets nest deeper than ``limit`` (the parser would crash the process)."""
    depth = 0
    for m in _TOKEN.finditer(query):
        if m.lastgroup == "open":
            depth += 1
            if depth > limit:
                raise ValueError(f"query nested too deeply: more than {limit} levels of {{ ( [")
        elif m.lastgroup == "close":
            depth = max(0, depth - 1)


def operator_count(query: str) -> int:
    """Operators in the query (``+ - * / | || && ! = != < > <= >= ^ . ;`` and the keywords
    UNION and MINUS), not counting strings, IRIs, comments and names."""
    return sum(1 for m in _TOKEN.finditer(query)
               if m.lastgroup == "op" or (m.lastgroup == "word" and m.group(0).upper() in _CHAIN_WORDS))


def check_operators(query: str, limit: int = MAX_OPERATORS) -> None:
    """ValueError when the query holds more than ``limit`` operators (a chain that long would
    crash the process inside pyoxigraph)."""
    if operator_count(query) > limit:
        raise ValueError(f"query too long: more than {limit} operators (+, ||, UNION, '.', path steps …)")


def check_shape(query: str) -> None:
    """Both checks of the query's shape: :func:`check_depth` and :func:`check_operators`."""
    check_depth(query)
    check_operators(query)


def service_targets(query: str) -> list[str | None]:
    """The target of each SERVICE clause: the IRI text between ``<>``, or None when the target
    is anything else (a variable, a prefixed name, an IRI with escapes)."""
    tokens = [m for m in _TOKEN.finditer(query) if m.lastgroup in ("word", "iri", "open", "close")]
    out: list[str | None] = []
    for i, m in enumerate(tokens):
        if m.lastgroup != "word" or m.group(0).upper() != "SERVICE":
            continue
        j = i + 1
        if j < len(tokens) and tokens[j].lastgroup == "word" and tokens[j].group(0).upper() == "SILENT":
            j += 1
        nxt = tokens[j] if j < len(tokens) else None
        out.append(nxt.group(0)[1:-1] if nxt is not None and nxt.lastgroup == "iri" else None)
    return out


def service_allowed(target: str | None, allowed: list[str]) -> bool:
    """True when an absolute, escape-free target IRI starts with one of the ``allowed`` prefixes
    at a boundary (``http://a.org`` allows ``http://a.org/sparql``, not ``http://a.org.evil/``)."""
    if target is None or "\\" in target or not _ABSOLUTE_IRI.match(target):
        return False
    for prefix in allowed:
        if target == prefix or (target.startswith(prefix)
                                and (prefix[-1:] in ("/", "?", "#") or target[len(prefix)] in "/?#")):
            return True
    return False


def check_service(query: str, allowed: list[str] | None = None) -> None:
    """ValueError when the query has a SERVICE clause whose target is not allowed.

    Without ``allowed`` every SERVICE is refused. The message never depends on
    the target, so the answer tells nothing about other hosts or ports.
    """
    targets = service_targets(query)
    if not targets:
        return
    if not allowed:
        raise ValueError(REFUSED_SERVICE)
    if not all(service_allowed(t, allowed) for t in targets):
        raise ValueError(REFUSED_SERVICE_TARGET)
