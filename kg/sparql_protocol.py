"""The SPARQL 1.1 Protocol side of ``kg serve``: what a query may be, how it runs, how its answer is written.

- :func:`is_update` tells SPARQL Update (refused: the endpoint is read-only) from a query;
- :func:`run_in_pool` runs a client query in a worker process of kg.query_pool after the
  guards of kg.sparql_guard, turning every failure into a :class:`RequestError`;
- :func:`negotiate` and :func:`render_result` pick the result format from ``Accept``
  (SPARQL JSON/XML/CSV/TSV; Turtle, N-Triples, JSON-LD, RDF/XML for CONSTRUCT/DESCRIBE);
- :func:`service_description` is the SPARQL 1.1 Service Description of the endpoint.

The HTTP server itself (routes, limits, ``serve()``) is kg.serve.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape as xml_escape, quoteattr

import pyoxigraph as ox

from kg.query_pool import Job, PoolBusy, QueryTimeout, WorkerDied
from kg.sparql_guard import check_service, check_shape
from kg.store import PREFIXES, QueryResult, first_line as _first_line, format_result

if TYPE_CHECKING:
    from kg.serve import ServerState


# media type → short name, in server preference order (the first is the default).
SOLUTION_TYPES: dict[str, str] = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "application/json": "json",
    "application/xml": "xml",
    "text/xml": "xml",
}
GRAPH_TYPES: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "text/plain": ox.RdfFormat.N_TRIPLES,
}
FORMATS_NS = "http://www.w3.org/ns/formats/"
RESULT_FORMAT_IRIS = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                      "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML")
SD = "http://www.w3.org/ns/sparql-service-description#"

# Comments are dropped; IRIs and strings are kept whole so a '#' inside them is not a comment.
_SKIP = re.compile(r'<[^<>"{}|^`\\\s]*>|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|#[^\n]*')
_PROLOGUE = re.compile(r"\s*(?:(?:PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*", re.IGNORECASE)
_UPDATE_WORD = re.compile(r"(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.IGNORECASE)
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class RequestError(Exception):
    """A client mistake: an HTTP status and a one-line message (sent as text/plain)."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


def is_update(text: str) -> bool:
    """True when the text is SPARQL Update (INSERT, DELETE, LOAD, CLEAR, DROP …) rather than a query."""
    stripped = _SKIP.sub(lambda m: "" if m.group(0).startswith("#") else m.group(0), text)
    m = _PROLOGUE.match(stripped)
    rest = stripped[m.end():] if m else stripped
    return _UPDATE_WORD.match(rest) is not None


def negotiate(accept: str | None, offered: list[str]) -> str | None:
    """The offered media type the Accept header likes best (None if it accepts none).

    Highest q wins; for equal q, the most specific matching range, then the
    client's order, then the server's order. No or empty header: the first offered.
    """
    if not accept or not accept.strip():
        return offered[0] if offered else None
    ranges = []
    for i, part in enumerate(accept.split(",")):
        bits = [b.strip() for b in part.split(";")]
        mtype = bits[0].lower()
        if "/" not in mtype:
            continue
        q = 1.0
        for b in bits[1:]:
            if b.lower().startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        ranges.append((mtype, q, i))
    best: tuple[float, int, int, int] | None = None
    choice = None
    for j, off in enumerate(offered):
        major = off.split("/")[0]
        match = None
        for mtype, q, i in ranges:
            spec = 2 if mtype == off else 1 if mtype == f"{major}/*" else 0 if mtype == "*/*" else -1
            if spec >= 0 and (match is None or spec > match[0]):
                match = (spec, q, i)
        if match is None or match[1] <= 0:
            continue
        key = (match[1], match[0], -match[2], -j)
        if best is None or key > best:
            best, choice = key, off
    return choice


def xml_results(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results XML for a SELECT or ASK result."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n']
    if result.kind == "ask":
        out.append(f"<head/>\n<boolean>{'true' if result.boolean else 'false'}</boolean>\n</sparql>\n")
        return "".join(out)
    out.append("<head>" + "".join(f"<variable name={quoteattr(v)}/>" for v in result.variables) + "</head>\n")
    out.append("<results>\n")
    for row in result.terms:
        out.append("<result>")
        for var, term in zip(result.variables, row):
            if term is not None:
                out.append(f"<binding name={quoteattr(var)}>{_xml_term(term)}</binding>")
        out.append("</result>\n")
    out.append("</results>\n</sparql>\n")
    return "".join(out)


def _xml_text(s: str) -> str:
    return xml_escape(_XML_BAD.sub("\ufffd", s))


def _xml_term(term: Any) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{_xml_text(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{_xml_text(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{_xml_text(term.value)}</literal>"
        dt = term.datatype.value
        if dt != "http://www.w3.org/2001/XMLSchema#string":
            return f"<literal datatype={quoteattr(dt)}>{_xml_text(term.value)}</literal>"
        return f"<literal>{_xml_text(term.value)}</literal>"
    return f"<literal>{_xml_text(str(term))}</literal>"


def render_result(result: QueryResult, accept: str | None) -> tuple[str, bytes]:
    """(Content-Type, body) for a result, by content negotiation; JSON / Turtle when nothing fits."""
    if result.kind == "graph":
        mtype = negotiate(accept, list(GRAPH_TYPES)) or "text/turtle"
        fmt = GRAPH_TYPES[mtype]
        prefixes = PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None
        body = ox.serialize(result.graph, format=fmt, prefixes=prefixes)
        return f"{mtype}; charset=utf-8", body
    mtype = negotiate(accept, list(SOLUTION_TYPES)) or "application/sparql-results+json"
    name = SOLUTION_TYPES[mtype]
    if name == "xml":
        text = xml_results(result)
    elif result.kind == "ask" and name in ("csv", "tsv"):  # no standard form: one column, one row
        value = "true" if result.boolean else "false"
        text = f"_askResult\r\n{value}\r\n" if name == "csv" else f"?_askResult\n{value}\n"
    else:
        text = format_result(result, name)
    return f"{mtype}; charset=utf-8", text.encode("utf-8")


def run_in_pool(state: ServerState, job: Job) -> tuple[str, bytes, bool]:
    """(Content-Type, body, truncated) of a client query, run by a worker process.

    The query first passes the guards (nesting depth, SERVICE). RequestError:
    400 for a refused or malformed query, 503 (with Retry-After) when every
    worker is busy and the queue is full or the wait ran out, when the query
    ran past the timeout or out of memory (its worker is killed and replaced),
    500 when its worker crashed or the store could not be read.
    """
    try:
        check_shape(job.text)
        check_service(job.text, state.allow_service)
    except ValueError as e:
        raise RequestError(400, str(e)) from None
    if state.pool is None:
        raise RequestError(503, "the query workers are not running")
    retry = {"Retry-After": str(max(1, min(30, round(state.timeout))))}
    try:
        return state.pool.run(job, state.timeout)
    except ValueError as e:
        raise RequestError(400, str(e)) from None
    except PoolBusy as e:
        raise RequestError(503, f"server busy: {e}; try again later", {"Retry-After": "1"}) from None
    except QueryTimeout as e:
        raise RequestError(503, str(e), retry) from None
    except WorkerDied as e:
        raise RequestError(503 if e.out_of_memory else 500, str(e), retry if e.out_of_memory else None) from None
    except OSError as e:
        raise RequestError(500, f"cannot read the store: {_first_line(e)}") from None


def service_description(endpoint: str, accept: str | None) -> tuple[str, bytes]:
    """The SPARQL 1.1 Service Description of the endpoint (Turtle unless asked otherwise)."""
    node = ox.BlankNode("service")
    sd = lambda local: ox.NamedNode(SD + local)  # noqa: E731
    rdf_type = ox.NamedNode(PREFIXES["rdf"] + "type")
    triples = [
        ox.Triple(node, rdf_type, sd("Service")),
        ox.Triple(node, sd("endpoint"), ox.NamedNode(endpoint)),
        ox.Triple(node, sd("supportedLanguage"), sd("SPARQL11Query")),
        ox.Triple(node, sd("feature"), sd("UnionDefaultGraph")),
        ox.Triple(node, ox.NamedNode(PREFIXES["dcterms"] + "title"),
                  ox.Literal("kg — read-only SPARQL endpoint over the article graphs")),
    ]
    triples += [ox.Triple(node, sd("resultFormat"), ox.NamedNode(FORMATS_NS + f)) for f in RESULT_FORMAT_IRIS]
    mtype = negotiate(accept, list(GRAPH_TYPES)) or "text/turtle"
    prefixes = {"sd": SD, "formats": FORMATS_NS, "dcterms": PREFIXES["dcterms"]}
    fmt = GRAPH_TYPES[mtype]
    body = ox.serialize(triples, format=fmt, prefixes=prefixes if fmt != ox.RdfFormat.N_TRIPLES else None)
    return f"{mtype}; charset=utf-8", body
