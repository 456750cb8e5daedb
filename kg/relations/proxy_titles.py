"""A title signed for, not held: "KT. Bộ trưởng, Thứ trưởng … Cao Anh Tuấn", "TL. Bộ trưởng, Vụ trưởng …".

Under Vietnamese signing practice "KT." (ký thay), "TL." (thừa lệnh), "TUQ." (thừa ủy quyền) and "thay mặt" name
the office the signer acts for; the signer's own title follows. The title after such a mark is no position of the
person the title chain runs into.
"""
from __future__ import annotations

import re

from kg.relations.base import Relation, Sentence

_MARK = r"(?:(?<![\w])(?:KT|TL|TUQ)\.\s*|(?<![\w])(?:[Tt]hừa lệnh|[Tt]hừa ủy quyền|[Tt]hay mặt)\s+)"
_MARK_RE = re.compile(_MARK)
_MARK_BEFORE = re.compile(_MARK + r"$")  # the mark right before a title


def without_proxy_titles(s: Sentence, rels: list[Relation]) -> list[Relation]:
    """``rels`` without the positions whose every mention in the sentence follows a signing-for mark."""
    # (the splitter may end a sentence at "KT.": the mark is then the end of the one before)
    if s.lang != "vi" or not _MARK_RE.search(s.text[max(0, s.start - 8):s.end]):  # (every Vietnamese sentence)
        return rels

    def proxy(title: str) -> bool:
        found = [s.start + m.start() for m in re.finditer(r"(?<![\w])" + re.escape(title) + r"(?![\w])",
                                                          s.text[s.start:s.end])]
        return bool(found) and all(_MARK_BEFORE.search(s.text[max(0, i - 20):i]) for i in found)

    return [r for r in rels if not (r.predicate == "position" and isinstance(r.obj, str) and r.sentence == s.index
                                    and proxy(r.obj))]
