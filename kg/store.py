"""The embedded Oxigraph store on disk, and SPARQL queries over it.

`kg build` writes a TriG file (one named graph per article, see
``ontology/README.md``); :func:`write_store` loads it into an on-disk
pyoxigraph (RocksDB) store, :func:`open_store` opens that store read-only, and
:func:`run_query` / :func:`format_result` run SPARQL and print the answer as a
table, CSV, TSV or SPARQL JSON. Everything is offline.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, Literal as TLiteral

import pyoxigraph as ox

# loading the store lives in kg.bulkload; callers find it here, beside opening and querying it
from kg.bulkload import materialise_union, named_quads_of, switch_into_place, write_store  # noqa: F401
from kg.sparql_guard import check_shape

PREFIXES: dict[str, str] = {
    "kgo": "https://w3id.org/kg-vn/ontology#",
    "kgr": "https://w3id.org/kg-vn/resource/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "schema": "https://schema.org/",
    "dcterms": "http://purl.org/dc/terms/",
    "org": "http://www.w3.org/ns/org#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    "itsrdf": "http://www.w3.org/2005/11/its/rdf#",
}

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
# `PREFIX name:` declarations (SPARQL keywords are case-insensitive).
_PREFIX_DECL = re.compile(r"\bPREFIX\s+([A-Za-z][\w.\-]*)?\s*:", re.IGNORECASE)
_PREFIX_DECL_IRI = re.compile(r"\bPREFIX\s+([A-Za-z][\w.\-]*)?\s*:\s*<([^<>\s]*)>", re.IGNORECASE)
# Tokens to skip (strings, IRIs, comments) or a prefixed name to look at.
_TOKENS = re.compile(
    r'"""[\s\S]*?"""'  # long strings
    r"|'''[\s\S]*?'''"
    r'|"(?:[^"\\\n]|\\.)*"'  # short strings
    r"|'(?:[^'\\\n]|\\.)*'"
    r'|<[^<>"{}|^`\\\s]*>'  # IRIs
    r"|\#[^\n]*"  # comments
    # prefix:seg/seg… — segments have no ':' so property paths (kgo:a/kgo:b) never match
    r"|(?<![\w?$:])(?P<prefix>[A-Za-z][\w\-.]*)?:(?P<local>[\w\-.%]+(?:/[\w\-.%]+)+)(?![\w\-.%:/])"
)

Term = Any  # pyoxigraph NamedNode | BlankNode | Literal | Triple

# C0 and C1 control characters (and DEL): ESC and CSI in data must not drive the terminal.
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")


# --------------------------------------------------------------------------- prefixes


def declared_prefixes(query: str) -> set[str]:
    """Prefix names a query already declares (``""`` for the empty prefix)."""
    return {m.group(1) or "" for m in _PREFIX_DECL.finditer(query)}


def _missing_prefixes(query: str | None) -> dict[str, str]:
    declared = declared_prefixes(query) if query else set()
    return {k: v for k, v in PREFIXES.items() if k not in declared}


def prefix_block(query: str | None = None) -> str:
    """``PREFIX p: <…>`` lines for our prefixes, skipping names ``query`` declares."""
    return "".join(f"PREFIX {k}: <{v}>\n" for k, v in _missing_prefixes(query).items())


def expand_slash_names(query: str) -> str:
    """Rewrite ``kgr:person/to-lam`` (not legal SPARQL: ``/`` in a local name) as a full ``<IRI>``.

    Tables print entity IRIs that way, so they can be pasted back into
    queries. Strings, IRIs and comments are left alone; only known prefixes
    (ours or the query's own) are expanded.
    """
    known = dict(PREFIXES)
    known.update({(m.group(1) or ""): m.group(2) for m in _PREFIX_DECL_IRI.finditer(query)})

    def repl(m: re.Match[str]) -> str:
        local = m.group("local")
        if local is None or "/" not in local:
            return m.group(0)
        prefix = m.group("prefix") or ""
        core = local.rstrip(".")
        if prefix not in known or not core:
            return m.group(0)
        return f"<{known[prefix]}{core}>" + local[len(core):]

    return _TOKENS.sub(repl, query)


def shorten(iri: str, brackets: bool = True) -> str:
    """Write an IRI as ``prefix:local`` with the longest matching namespace, else ``<iri>``
    (or the bare IRI without ``brackets``, for display)."""
    best = ""
    for name, ns in PREFIXES.items():
        if iri.startswith(ns) and len(ns) > len(PREFIXES.get(best, "")) and len(iri) > len(ns):
            best = name
    if best:
        return f"{best}:{iri[len(PREFIXES[best]):]}"
    return f"<{iri}>" if brackets else iri


# --------------------------------------------------------------------------- store on disk


def has_union_default(store: ox.Store) -> bool:
    """True when the store's default graph holds the union (a store :func:`write_store` wrote).

    A store loaded otherwise (an older kg, another tool) has an empty default
    graph; queries over it ask Oxigraph for the union instead.
    """
    return next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None


def union_options(store: ox.Store) -> dict[str, Any]:
    """Keyword arguments to ``store.query`` that make the default graph the union of the article graphs
    (none for a remote store: its endpoint URL says which graph is the default)."""
    if not isinstance(store, ox.Store) or has_union_default(store):
        return {}
    return {"use_default_graph_as_union": True}


def open_store(store_dir: Path) -> ox.Store:
    """Open the on-disk store read-only; ValueError if there is none."""
    store_dir = Path(store_dir)
    if not (store_dir / "CURRENT").is_file():
        raise ValueError(f"no store at {store_dir} — run `kg build` first")
    try:
        return ox.Store.read_only(str(store_dir))
    except OSError as e:
        raise ValueError(f"cannot open store at {store_dir}: {first_line(e)}") from None


# --------------------------------------------------------------------------- queries


@dataclass
class QueryResult:
    """A SPARQL answer as plain Python values, plus the pyoxigraph terms behind them."""

    kind: TLiteral["select", "ask", "graph"]
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[str | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[str] = field(default_factory=list)  # N-Triples lines (CONSTRUCT/DESCRIBE)
    terms: list[tuple[Term | None, ...]] = field(default_factory=list, repr=False)
    graph: list[Any] = field(default_factory=list, repr=False)  # pyoxigraph Triples
    truncated: bool = False  # True when `limit` cut the answer short


def first_line(e: BaseException, limit: int = 300) -> str:
    """The first line of an error message, cut to ``limit`` characters."""
    text = str(e).strip()
    line = text.splitlines()[0] if text else type(e).__name__
    return line if len(line) <= limit else line[: limit - 1] + "…"


def plain(term: Term | None) -> str | None:
    """The plain value of a term: full IRI, literal lexical form, ``_:id`` for blank nodes."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


_QUERY_FORMS = ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE")
_PARSER_AT = re.compile(r"^error at (\d+):(\d+): (.*)$", re.DOTALL)
_HEAD_SKIP = re.compile(r"(?:\s+|#[^\n]*|(?:PREFIX\s+[\w.\-]*:\s*<[^>]*>|BASE\s*<[^>]*>))*", re.IGNORECASE)


def _line_col(text: str, offset: int) -> tuple[int, int]:
    before = text[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


def syntax_message(query: str, parser: str) -> str:
    """One line for a SPARQL syntax error: where (line, column, the text there) and what was expected.

    A query that does not open with a query form gets that said plainly
    ("found 'SELEC', expected SELECT, CONSTRUCT, ASK or DESCRIBE; did you mean SELECT?")
    rather than the parser's "expected CONSTRUCT".
    """
    import difflib

    head = _HEAD_SKIP.match(query)
    start = head.end() if head else 0
    word = re.match(r"[A-Za-z]+", query[start:])
    if word and word.group(0).upper() not in _QUERY_FORMS and not re.match(r"\s*\{", query[start:]):
        line, col = _line_col(query, start)
        close = difflib.get_close_matches(word.group(0).upper(), _QUERY_FORMS, n=1, cutoff=0.6)
        hint = f"; did you mean {close[0]}?" if close else ""
        return (f"SPARQL syntax error: error at {line}:{col} (line {line}, column {col}): found "
                f"{word.group(0)!r}, expected {', '.join(_QUERY_FORMS[:-1])} or {_QUERY_FORMS[-1]}{hint}")
    m = _PARSER_AT.match(parser)
    if not m:
        return f"SPARQL syntax error: {parser}"
    line, col, expected = int(m.group(1)), int(m.group(2)), m.group(3)
    lines = query.split("\n")
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    near = text[max(0, col - 1):col + 19].strip()
    where = f"line {line}, column {col}, " + (f"at {near!r}" if near else "at the end of the line")
    if line == len(lines) and not text[col - 1:].strip():
        where = f"line {line}, column {col}, at the end of the query"
    return f"SPARQL syntax error: error at {line}:{col} ({where}): {expected}"


def run_query(
    store: ox.Store, query: str, *, union: bool = True, limit: int | None = None,
    default_graphs: list[str] | None = None, named_graphs: list[str] | None = None,
) -> QueryResult:
    """Run SPARQL on the store; our prefixes are added when the query lacks them.

    With ``union`` the default graph is the union of all article graphs (the
    stored default graph, or Oxigraph's union where that is empty); without, the
    stored default graph as it is;
    ``default_graphs`` / ``named_graphs`` (the protocol's default-graph-uri and
    named-graph-uri) name the dataset explicitly instead. ``limit`` caps the
    rows/triples read. A syntax error, brackets nested deeper than
    kg.sparql_guard.MAX_DEPTH, or more operators than MAX_OPERATORS raise ValueError
    with a one-line message.
    """
    kwargs: dict[str, Any] = union_options(store) if union else {}
    if default_graphs or named_graphs:
        try:
            kwargs = {"default_graph": [ox.NamedNode(g) for g in default_graphs] if default_graphs
                      else ox.DefaultGraph(),
                      "named_graphs": [ox.NamedNode(g) for g in named_graphs or []]}
        except ValueError as e:
            raise ValueError(f"bad graph IRI: {first_line(e)}") from None
    check_shape(query)  # a query nested thousands deep, or a chain thousands long, would crash pyoxigraph
    # Passing the prefixes to the parser (rather than pasting text in front)
    # keeps the line:column of syntax errors pointing at the user's query.
    try:
        answer = store.query(expand_slash_names(query), prefixes=_missing_prefixes(query), **kwargs)
    except SyntaxError as e:
        raise ValueError(syntax_message(query, first_line(e))) from None
    return query_result(answer, limit)


def query_result(answer: Any, limit: int | None = None) -> QueryResult:
    """A :class:`QueryResult` of pyoxigraph's answer (solutions, boolean or triples), ``limit`` rows at most."""
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult(kind="ask", boolean=bool(answer))
    if isinstance(answer, ox.QuerySolutions):
        variables = [v.value for v in answer.variables]
        terms: list[tuple[Term | None, ...]] = []
        it = iter(answer)
        for sol in islice(it, limit) if limit is not None else it:
            terms.append(tuple(sol[v] for v in variables))
        truncated = limit is not None and next(it, None) is not None
        return QueryResult(
            kind="select",
            variables=variables,
            rows=[tuple(plain(t) for t in row) for row in terms],
            terms=terms,
            truncated=truncated,
        )
    # CONSTRUCT/DESCRIBE answer a graph (a set); the union default graph is a
    # bag, so the same triple from two article graphs would otherwise repeat.
    seen: set[str] = set()
    triples: list[Any] = []
    truncated = False
    for t in answer:
        key = str(t)
        if key in seen:
            continue
        if limit is not None and len(triples) >= limit:
            truncated = True
            break
        seen.add(key)
        triples.append(t)
    return QueryResult(
        kind="graph",
        triples=[f"{t} ." for t in triples],
        graph=triples,
        truncated=truncated,
    )


# --------------------------------------------------------------------------- formatting


def _json_term(term: Term) -> dict[str, Any]:
    """A term in SPARQL 1.1 Query Results JSON form."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, Any] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value not in (_XSD_STRING, _RDF_LANGSTRING):
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        return {
            "type": "triple",
            "value": {
                "subject": _json_term(term.subject),
                "predicate": _json_term(term.predicate),
                "object": _json_term(term.object),
            },
        }
    return {"type": "literal", "value": str(term)}


def _csv_value(term: Term | None) -> str:
    """SPARQL CSV: IRIs and literals as plain strings, blank nodes as ``_:id``."""
    value = plain(term)
    return "" if value is None else value


def _tsv_value(term: Term | None) -> str:
    """SPARQL TSV: terms in N-Triples/Turtle syntax, unbound as empty."""
    if term is None:
        return ""
    return str(term).replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def escape_controls(text: str, keep: str = "") -> str:
    """Control characters (C0, DEL, C1) written visibly as ``\\x1b`` / ``\\u009b``, except those in ``keep``.

    What a terminal shows must never be driven by the data (ESC sequences can
    move the cursor, retitle the window or hide text).
    """
    def visible(m: re.Match[str]) -> str:
        c = m.group(0)
        if c in keep:
            return c
        return {"\t": "\\t", "\r": "\\r", "\n": "\\n"}.get(c) or (
            f"\\x{ord(c):02x}" if ord(c) < 0x80 else f"\\u{ord(c):04x}")

    return _CONTROLS.sub(visible, text)


def _table_value(term: Term | None) -> str:
    if term is None:
        text = ""
    elif isinstance(term, ox.NamedNode):
        text = shorten(term.value)
    elif isinstance(term, ox.Literal) and term.language:
        text = f"{term.value} @{term.language}"
    else:
        text = plain(term) or ""
    return escape_controls(text, keep="\n")  # a line break stays a line break inside the cell


def _render_table(result: QueryResult, width: int) -> str:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    n = len(result.rows)
    caption = f"{n} row{'s' if n != 1 else ''}" + (" (limit reached)" if result.truncated else "")
    table = Table(caption=caption, show_lines=False)
    for var in result.variables:
        table.add_column(Text(escape_controls(var)), overflow="fold")
    for row in result.terms:
        # Text(...) so that "[bold]" etc. in data is never read as rich markup.
        table.add_row(*(Text(_table_value(t)) for t in row))
    buf = io.StringIO()
    console = Console(file=buf, width=width, color_system=None, force_terminal=False)
    console.print(table)
    return buf.getvalue()


def format_result(result: QueryResult, fmt: str = "table", *, width: int = 120) -> str:
    """Render a result as ``table`` (text), ``csv``, ``tsv`` or ``json`` (SPARQL 1.1 formats).

    ASK gives ``true``/``false`` (JSON: ``{"head": {}, "boolean": …}``);
    CONSTRUCT/DESCRIBE give N-Triples (``table``/``nt``) or Turtle (``turtle``/``ttl``).
    """
    fmt = fmt.lower()
    if result.kind == "ask":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": bool(result.boolean)}) + "\n"
        return ("true" if result.boolean else "false") + "\n"
    if result.kind == "graph":
        if fmt in ("table", "nt", "ntriples", "n-triples"):
            return "".join(line + "\n" for line in result.triples)
        if fmt in ("turtle", "ttl"):
            data = ox.serialize(result.graph, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
            return data.decode("utf-8")
        raise ValueError(f"format {fmt!r} does not apply to CONSTRUCT/DESCRIBE; use table or turtle")
    if fmt == "table":
        return _render_table(result, width)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(result.variables)
        for row in result.terms:
            writer.writerow([_csv_value(t) for t in row])
        return buf.getvalue()
    if fmt == "tsv":
        lines = ["\t".join(f"?{v}" for v in result.variables)]
        lines += ["\t".join(_tsv_value(t) for t in row) for row in result.terms]
        return "\n".join(lines) + "\n"
    if fmt == "json":
        bindings = [
            {v: _json_term(t) for v, t in zip(result.variables, row) if t is not None}
            for row in result.terms
        ]
        doc = {"head": {"vars": result.variables}, "results": {"bindings": bindings}}
        return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
    raise ValueError(f"unknown format {fmt!r}; use table, csv, tsv or json")
