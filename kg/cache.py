"""Per-article results cached on disk in the build folder, keyed by content.

``DIR/cache/articles/{article key}.json`` holds an article as read (its text
and metadata, version-independent), so a later build into ``DIR`` can keep it
without its input file. ``DIR/cache/resolved/{article key}-{options key}.pickle``
holds its extraction result (:class:`kg.resolve.Resolved`), valid only for the
same kg code and options (``--crf``): the options key hashes kg's version, the
source of the installed ``kg`` package and the options, so any change of code
or options means a fresh extraction, never a stale result.

``DIR/cache/graphs/{article key}-{signature}.block`` holds its named graph as
a TriG block without prefix lines (:func:`kg.graphfiles.trig_block`; not
``.trig``: tools that read every RDF file of a folder would fail on it). The graph depends on the result and on the IRIs that merging
across articles gave its entities, so the signature hashes the options key and
that part of the key map (:func:`graph_signature`): a build that adds articles
rewrites only the graphs whose entities were renamed. Beside it,
``{article key}-{signature}.facts`` holds what the drawing reads of that graph
(:class:`kg.graphfacts.GraphFacts`), so graph.html is drawn from the merged facts.
``DIR/cache/shacl/{article key}-{digest}.json`` holds the SHACL result of its
graph, keyed by the graph's signature and the shapes. ``DIR/cache/lines/{options key}.pickle``
remembers which article each JSON Lines line of the last build gave (:mod:`kg.linememo`).

Entries are written atomically and never changed (a key names one content), so
the cache lives outside the build's staging folder; :func:`ArticleCache.keep_only`
removes what the current build no longer uses.
"""
from __future__ import annotations

import hashlib
import json
import pickle
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path

from kg.article import Article
from kg.fsutil import BackgroundWrites, write_atomic

CACHE_DIR = "cache"
# The article fields that change the extraction (path and warnings do not).
_KEY_FIELDS = ("id", "text", "title", "url", "published", "lang", "source")


def article_key(article: Article) -> str:
    """The content key of an article: SHA-256 of its id, text and metadata."""
    data = json.dumps([getattr(article, f) for f in _KEY_FIELDS], ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def _hash_files(root: Path, h, read_suffixes: tuple[str, ...] | None = None,
                only_suffixes: tuple[str, ...] | None = None) -> None:
    """Feed every file under ``root`` (path, then contents) into ``h``, in path order.

    Files whose suffix is not in ``read_suffixes`` (None: read them all) stand
    by their size and mtime: models and gazetteers can be large. With
    ``only_suffixes``, other files are left out altogether.
    """
    for path in sorted(root.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts:
            continue
        if only_suffixes is not None and path.suffix not in only_suffixes:
            continue
        h.update(path.relative_to(root).as_posix().encode() + b"\0")
        if read_suffixes is None or path.suffix in read_suffixes:
            h.update(path.read_bytes())
        else:
            st = path.stat()
            h.update(f"{st.st_size}:{st.st_mtime_ns}".encode())


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of kg's version and the source and data files of the installed package."""
    from kg.buildfolder import kg_version

    h = hashlib.sha256(kg_version().encode())
    _hash_files(Path(__file__).resolve().parent, h, read_suffixes=(".py",))
    return h.hexdigest()


@lru_cache(maxsize=1)
def ontology_fingerprint() -> str:
    """A hash of the installed ontology and shapes (the ``.ttl`` files of ``ontology/``).

    They do not change an extraction, only the outputs (SHACL report), so this
    is part of what makes a build folder up to date, not of the cache key. The
    README and the example queries change no output, so editing them redoes nothing.
    """
    from kg.rdf import ontology_path

    h = hashlib.sha256()
    _hash_files(ontology_path("shapes.ttl").parent, h, only_suffixes=(".ttl",))
    return h.hexdigest()[:16]


def options_key(use_crf: bool) -> str:
    """The key of everything besides the article that shapes its extraction (the learned
    relation classifier's switch too: ``KG_LEARNED_RELATIONS`` changes the facts)."""
    from kg.relations.learned import is_enabled, load_model

    learned = "on" if is_enabled(load_model()) else "off"
    return hashlib.sha256(f"{code_fingerprint()}|crf={use_crf}|learned={learned}".encode()).hexdigest()[:16]


def graph_signature(options: str, keys, key_map: dict[str, str]) -> str:
    """What an article's named graph depends on besides its result: the options key and
    the IRIs (merged keys) of the entities it names (``keys``: :func:`kg.rdf.graph_keys`), hashed."""
    renamed = sorted((k, key_map[k]) for k in keys if k in key_map and key_map[k] != k)
    data = json.dumps([options, renamed], ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:16]


class ArticleCache:
    """The cache folder of one build folder."""

    def __init__(self, out: Path, use_crf: bool = True, options: str | None = None) -> None:
        """The cache of build folder ``out``; ``options``, the options key when it is known already
        (a worker gets it from the build), else made from ``use_crf``."""
        self.root = Path(out) / CACHE_DIR
        self.options = options_key(use_crf) if options is None else options
        # where article texts are written durably beside the caller (kg.fsutil.BackgroundWrites), if set
        self.background: BackgroundWrites | None = None

    def _article_path(self, key: str) -> Path:
        return self.root / "articles" / f"{key}.json"

    def _resolved_path(self, key: str) -> Path:
        return self.root / "resolved" / f"{key}-{self.options}.pickle"

    def save_article(self, key: str, article: Article) -> None:
        """Keep ``article`` under ``key`` (once: the content never changes under a key)."""
        path = self._article_path(key)
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            data = json.dumps({k: v for k, v in asdict(article).items() if k != "warnings"}, ensure_ascii=False)
            if self.background is not None:
                self.background.write(path, data)
            else:
                write_atomic(path, data)

    def load_article(self, key: str) -> Article | None:
        """The article kept under ``key``, or None when it is missing or unreadable."""
        try:
            data = json.loads(self._article_path(key).read_text(encoding="utf-8"))
            return Article(**data)
        except (OSError, ValueError, TypeError):
            return None

    def save_resolved(self, key: str, resolved) -> None:
        """Keep the extraction result of the article ``key`` for the current options.

        Not synced to disk: after a crash a damaged entry is a cache miss, and the
        article (kept durably by :meth:`save_article`) is extracted again.
        """
        _save_pickle(self._resolved_path(key), resolved)

    def load_resolved(self, key: str):
        """The cached extraction result of ``key`` for the current options, or None."""
        return _load_pickle(self._resolved_path(key))

    def _summary_path(self, key: str) -> Path:
        return self.root / "summaries" / f"{key}-{self.options}.pickle"

    def save_summary(self, key: str, summary) -> None:
        """Keep what merging reads of the result of ``key`` (:class:`kg.buildmerge.Summary`; not synced)."""
        _save_pickle(self._summary_path(key), summary)

    def load_summary(self, key: str):
        """The summary kept by :meth:`save_summary`, or None (then the result is read instead)."""
        return _load_pickle(self._summary_path(key))

    def has_resolved(self, key: str) -> bool:
        """Whether a result of ``key`` for the current options is cached."""
        return self._resolved_path(key).is_file()

    def _graph_path(self, key: str, signature: str) -> Path:
        return self.root / "graphs" / f"{key}-{signature}.block"

    def load_graph(self, key: str, signature: str) -> bytes | None:
        """The TriG block of article ``key``'s graph with ``signature``, or None."""
        try:
            return self._graph_path(key, signature).read_bytes()
        except OSError:
            return None

    def save_graph(self, key: str, signature: str, data: bytes) -> None:
        """Keep the TriG block of one article graph (not synced: a damaged entry is rebuilt)."""
        path = self._graph_path(key, signature)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, data, durable=False)

    def _facts_path(self, key: str, signature: str) -> Path:
        return self.root / "graphs" / f"{key}-{signature}.facts"

    def load_facts(self, key: str, signature: str):
        """The drawing facts of article ``key``'s graph with ``signature`` (:mod:`kg.graphfacts`), or None."""
        return _load_pickle(self._facts_path(key, signature))

    def has_facts(self, entries: list[dict]) -> bool:
        """Whether the drawing facts of every manifest entry's graph (its ``key`` and ``graph``) are cached."""
        return all(self._facts_path(e["key"], e["graph"]).is_file() for e in entries)

    def save_facts(self, key: str, signature: str, facts) -> None:
        """Keep the drawing facts of one article graph, beside its block (not synced)."""
        _save_pickle(self._facts_path(key, signature), facts)

    def _check_path(self, key: str, digest: str) -> Path:
        return self.root / "shacl" / f"{key}-{digest}.json"

    def load_check(self, key: str, digest: str) -> tuple[bool, list[str]] | None:
        """The SHACL result of article ``key`` whose graph (and shapes) hash to ``digest``, or None."""
        try:
            data = json.loads(self._check_path(key, digest).read_text(encoding="utf-8"))
            return bool(data["conforms"]), [str(x) for x in data["lines"]]
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def save_check(self, key: str, digest: str, result: tuple[bool, list[str]]) -> None:
        """Keep the SHACL result of one article graph (see :func:`kg.shacl.check_article`; not synced:
        a damaged entry is a cache miss, checked again)."""
        path = self._check_path(key, digest)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps({"conforms": result[0], "lines": result[1]}, ensure_ascii=False),
                     durable=False)

    def _corpus_path(self, token: str) -> Path:
        return self.root / "corpus" / f"{token}.json"

    def load_corpus_check(self, token: object) -> dict[str, tuple[bool, list[str]]] | None:
        """The corpus-layer SHACL results a build saved under ``token``, or None."""
        if not isinstance(token, str) or not token.isalnum():
            return None
        try:
            data = json.loads(self._corpus_path(token).read_text(encoding="utf-8"))
            return {str(k): (bool(v[0]), [str(x) for x in v[1]]) for k, v in data.items()}
        except (OSError, ValueError, TypeError, IndexError, AttributeError):
            return None

    def save_corpus_check(self, token: str, results: dict[str, tuple[bool, list[str]]]) -> None:
        """Keep a build's corpus-layer SHACL results (:func:`kg.shacl.corpus_results`) for the next build."""
        write_atomic(self._corpus_path(token), json.dumps(results, ensure_ascii=False), durable=False)

    def load_constraint_check(self, token: object) -> dict[str, list[str]] | None:
        """The SPARQL-constraint results a build saved under ``token`` (shape → violating nodes), or None."""
        if not isinstance(token, str) or not token.isalnum():
            return None
        try:
            data = json.loads(self._constraint_path(token).read_text(encoding="utf-8"))
            return {str(k): [str(x) for x in v] for k, v in data.items()}
        except (OSError, ValueError, TypeError, AttributeError):
            return None

    def save_constraint_check(self, token: str, results: dict[str, list[str]]) -> None:
        """Keep a build's SPARQL-constraint results (:func:`kg.shacl_constraints.constraint_results`)."""
        write_atomic(self._constraint_path(token), json.dumps(results, ensure_ascii=False), durable=False)

    def _constraint_path(self, token: str) -> Path:
        return self.root / "corpus" / f"{token}.constraints.json"

    def keep_only(self, keys: set[str], graphs: set[str] | None = None, corpus_check: str | None = None) -> int:
        """Remove every entry that is not of an article in ``keys`` (and the current options).

        ``graphs`` names the article graphs to keep (``{key}-{signature}``);
        None keeps every graph of an article in ``keys``. Of the corpus SHACL
        results only ``corpus_check``'s are kept. Returns the number of files removed.
        """
        removed = 0
        for sub, ok in (("articles", lambda n: n.endswith(".json") and n[:-5] in keys),
                        ("resolved", lambda n: n.endswith(f"-{self.options}.pickle")
                         and n.split("-", 1)[0] in keys),
                        ("summaries", lambda n: n.endswith(f"-{self.options}.pickle")
                         and n.split("-", 1)[0] in keys),
                        ("graphs", lambda n: n.endswith((".block", ".facts")) and n.split("-", 1)[0] in keys
                         and (graphs is None or n[:-6] in graphs)),
                        ("shacl", lambda n: n.endswith(".json") and n.split("-", 1)[0] in keys),
                        ("corpus", lambda n: n in (f"{corpus_check}.json", f"{corpus_check}.constraints.json")),
                        ("lines", lambda n: n == f"{self.options}.pickle")):  # kg.linememo
            folder = self.root / sub
            if not folder.is_dir():
                continue
            for path in folder.iterdir():
                if not ok(path.name):
                    try:
                        path.unlink()
                        removed += 1
                    except OSError:
                        pass
        return removed


def _save_pickle(path: Path, obj) -> None:
    """Pickle ``obj`` to ``path`` atomically, not synced (a damaged entry is a cache miss)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL), durable=False)


def _load_pickle(path: Path):
    """What :func:`_save_pickle` kept at ``path``, or None: missing, damaged or foreign is a cache miss,
    never a failed build."""
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except Exception:
        return None
