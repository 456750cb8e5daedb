"""The attribute names a CRFsuite model file knows (what its tagger can give a weight to).

A linear-chain CRF scores a token with the weights of the (attribute, label)
pairs it learnt; an attribute the model never saw has no weight, and the tagger
skips it. underthesea's word segmentation is given 43 feature strings per
syllable, and about half of them (most n-grams) are such strings: making them
and handing them to the tagger is a third of segmentation's cost.
:mod:`kg.nlp.fastws` passes an empty string (unknown too) in their place, so
the tags are the same (``tests/test_fastws.py`` compares them on real lines).

The file is CRFsuite's (``lCRF`` header; labels and attributes in CQDB chunks,
each with a backward array from id to record). :func:`model_attributes` reads
the attribute chunk and returns None when anything is not as expected.
"""
from __future__ import annotations

import struct
from pathlib import Path

_HEADER = struct.Struct("<4sI4sIIIIIIIII")  # magic, size, type, version, features, labels, attributes, 5 offsets
_CHUNK = struct.Struct("<4sIIIII")  # "CQDB", size, flag, byte order, backward array size, its offset


def model_attributes(path: str | Path) -> frozenset[str] | None:
    """Every attribute name of the CRFsuite model at ``path``, or None if it cannot be read."""
    try:
        data = Path(path).read_bytes()
        magic, _size, kind, _version, _features, _labels, count, _off_features, _off_labels, off_attrs, *_ = \
            _HEADER.unpack_from(data, 0)
        if magic != b"lCRF" or kind != b"FOMC":
            return None
        chunk, _csize, _flag, _order, back_size, back_off = _CHUNK.unpack_from(data, off_attrs)
        if chunk != b"CQDB" or back_size != count:
            return None
        names: list = []
        record_head = struct.Struct("<II").unpack_from
        for k, record in enumerate(struct.unpack_from(f"<{count}I", data, off_attrs + back_off)):
            rid, size = record_head(data, off_attrs + record)
            start = off_attrs + record + 8
            if rid != k or size < 1 or data[start + size - 1] != 0:
                return None
            names.append(data[start:start + size - 1])
        names = [name.decode("utf-8") for name in names]
    except (OSError, struct.error, UnicodeDecodeError, ValueError):
        return None
    return frozenset(names)
