"""Merging entities across the articles of a build without holding every article's result.

Merging (:func:`kg.entity_merge.merge_keys`, :func:`kg.entity_merge.merge_events`) and
merges.tsv need, of each article, only its entity keys, names and merge
records and its dated, organised events, not the whole result (text,
sentences, mentions, facts). :func:`scan_results` reads every cached result
once for that; the build then reads them again one at a time
(:func:`load_result`) while it writes the graphs, adding each to the
:class:`MergesTable`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any, Iterable

from kg.resolve import Resolved

SAME_NAME = "same name without diacritics or case, in another article"


@dataclass
class MergesTable:
    """merges.tsv: every merge made, for review (entity IRI, surface form, reason, article).

    Besides the per-article merges, one entity named differently in different
    articles ("Tô Lâm" / "To Lam": one IRI, since IRIs ignore diacritics) is
    listed with the reason :data:`SAME_NAME`. Fill it in two passes: :meth:`see`
    every article, then :meth:`start` with the key map and :meth:`add_names` of
    the articles that name a renamed entity (:meth:`names_renamed`).
    """

    names: dict[str, set[str]] = field(default_factory=dict)  # entity key → its names, folded
    key_map: dict[str, str] = field(default_factory=dict)
    renamed: set[str] = field(default_factory=set)  # IRIs named differently in different articles
    merged: list[tuple[str, str, str, str]] = field(default_factory=list)  # key, surface, reason, article
    rows: set[tuple[str, str, str, str]] = field(default_factory=set)
    iris: dict[str, str] = field(default_factory=dict)  # entity key → its IRI under key_map, made once (:meth:`iri`)

    def see(self, summary: Summary) -> None:
        """First pass: note the names and merges of the article's entities."""
        for key, name in summary.names:
            self.names.setdefault(key, set()).add(name)
        self.merged.extend((key, surface, reason, summary.article) for key, surface, reason in summary.merges)

    def start(self, key_map: dict[str, str]) -> None:
        """Between the passes: the merged keys decide which IRIs have several names."""
        by_iri: dict[str, set[str]] = {}
        for key, names in self.names.items():
            by_iri.setdefault(self._iri(key, key_map), set()).update(names)
        self.key_map = key_map
        self.iris = {}
        self.renamed = {iri for iri, names in by_iri.items() if len(names) > 1}
        self.names = {}
        self.rows = {(self._iri(k, key_map), surface, reason, a) for k, surface, reason, a in self.merged}
        self.merged = []

    @staticmethod
    def _iri(key: str, key_map: dict[str, str]) -> str:
        from kg.rdf import entity_iri

        return str(entity_iri(key_map.get(key, key)))

    def iri(self, key: str) -> str:
        """The IRI of entity ``key`` under the key map of :meth:`start`, remembered: the second pass asks
        again for the keys that many articles name."""
        made = self.iris.get(key)
        if made is None:
            made = self.iris[key] = self._iri(key, self.key_map)
        return made

    def names_renamed(self, keys: Iterable[str]) -> bool:
        """Whether any of an article's ``keys`` names an entity named differently elsewhere."""
        return bool(self.renamed) and any(self.iri(k) in self.renamed for k in keys)

    def add_names(self, res: Resolved) -> None:
        """Second pass: the names of one article's renamed entities."""
        self.add_surfaces(res.extraction.article.id, ((key, ent.name) for key, ent in res.entities.items()))

    def add_surfaces(self, article: str, surfaces: Iterable[tuple[str, str]]) -> None:
        """Second pass: of one article's (entity key, name) pairs (:attr:`Summary.surfaces`), those of
        renamed entities."""
        for key, name in surfaces:
            iri = self.iri(key)
            if iri in self.renamed:
                self.rows.add((iri, name, SAME_NAME, article))

    def text(self) -> str:
        """The TSV, rows sorted."""
        lines = ["entity\tlabel\treason\tarticle"] + ["\t".join(r) for r in sorted(self.rows)]
        return "\n".join(lines) + "\n"


def event_part(res: Resolved) -> Resolved:
    """What :func:`kg.entity_merge.merge_events` reads of a result: its events, their dates and organisers."""
    events = {k: e for k, e in res.entities.items() if e.type == "Event"}
    facts = [f for f in res.facts if (f.predicate == "date" and f.subject in events)
             or (f.predicate == "organized" and f.obj in events)]
    article = SimpleNamespace(id=res.extraction.article.id, lang=res.extraction.article.lang)
    return Resolved(extraction=SimpleNamespace(article=article), entities=events, facts=facts)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Summary:
    """What the first pass (:func:`scan_results`) reads of one article's result, cached beside it:
    a fraction of its size, so a build of 10,000 cached articles does not unpickle every result."""

    article: str
    keys: tuple[str, ...]  # its entities
    names: tuple[tuple[str, str], ...]  # (entity key, folded name)
    merges: tuple[tuple[str, str, str], ...]  # (entity key, surface form, reason)
    events: Resolved  # :func:`event_part`
    graph_keys: tuple[str, ...]  # :func:`kg.rdf.graph_keys`, sorted
    facts: int
    # (entity key, name as the article gives it): merges.tsv's rows of renamed entities without the result.
    # No default: a summary pickled before this field has none (see :func:`surfaces_of`).
    surfaces: tuple[tuple[str, str], ...]


def summarize(res: Resolved) -> Summary:
    """The :class:`Summary` of one result."""
    from kg.rdf import graph_keys
    from kg.textutil import norm_key

    return Summary(article=res.extraction.article.id, keys=tuple(res.entities),
                   names=tuple((k, norm_key(e.name)) for k, e in res.entities.items()),
                   merges=tuple((k, surface, reason) for k, e in res.entities.items()
                                for surface, reason in e.merges.items()),
                   events=event_part(res), graph_keys=tuple(sorted(graph_keys(res))), facts=len(res.facts),
                   surfaces=tuple((k, e.name) for k, e in res.entities.items()))


def surfaces_of(summary: Summary | None) -> tuple[tuple[str, str], ...] | None:
    """The :attr:`Summary.surfaces` of a cached summary, or None when it has none (none cached, or
    pickled by code before the field)."""
    return getattr(summary, "surfaces", None) if summary is not None else None


@dataclass
class Scan:
    """What merging and the graphs need of every article of a build (:func:`scan_results`)."""

    keys: set[str] = field(default_factory=set)
    events: list[Resolved] = field(default_factory=list)
    table: MergesTable = field(default_factory=MergesTable)
    graph_keys: dict[str, tuple[str, ...]] = field(default_factory=dict)  # article id → kg.rdf.graph_keys
    facts: int = 0


def load_result(entry: dict, cache: Any, report: Any, *, use_crf: bool) -> Resolved:
    """The cached result of one listed article; a damaged entry is extracted again, in this process."""
    from kg.build import BuildError
    from kg.executors import extract_all

    res = cache.load_resolved(entry["key"])
    if res is not None:
        return res
    article = cache.load_article(entry["key"])
    if article is None:
        raise BuildError(f"the cache of article {entry['id']} in {cache.root} is damaged; "
                         "build again with its input and --prune")
    res = next(iter(extract_all([article], use_crf=use_crf, jobs=1)))
    cache.save_resolved(entry["key"], res)
    report.extracted += 1
    report.reused = max(0, report.reused - 1)
    return res


def scan_results(listed: list[dict], cache: Any, report: Any, *, use_crf: bool) -> Scan:
    """First pass over the listed articles: entity keys, events and names, one summary at a time
    (:class:`Summary`; made from the result, and kept, when the cache has none)."""
    scan = Scan()
    one: dict[str, str] = {}  # one string per key, however many articles name it
    for entry in listed:
        summary = cache.load_summary(entry["key"])
        if summary is None:
            summary = summarize(load_result(entry, cache, report, use_crf=use_crf))
            cache.save_summary(entry["key"], summary)
        scan.keys.update(summary.keys)
        scan.events.append(summary.events)
        scan.table.see(summary)
        scan.graph_keys[entry["id"]] = tuple(one.setdefault(k, k) for k in summary.graph_keys)
        scan.facts += summary.facts
    return scan
