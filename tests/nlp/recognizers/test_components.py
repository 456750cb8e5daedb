"""Tests of kg.nlp.recognizers.components:
The spaCy components of entity recognition, one per stage of :mod:`.stages`."""
from __future__ import annotations

import random

from kg.corpus import iter_articles, sample_corpus_dir


def test_candidate_spans_from_token_edges_equal_char_span():
    import kg.nlp
    from kg.nlp.recognizers.candidates import Candidate
    from kg.nlp.recognizers.components import CANDIDATES_KEY, _spans
    from kg.nlp.tokenizer import token_edges

    rng = random.Random(3)
    texts = ["Bộ Y tế (BYT) họp ngày 12/6/2025 tại TP.HCM.\n\nÔng  Nguyễn Văn An…"]
    texts += [a.text[:3000] for a in iter_articles([sample_corpus_dir()])]
    nlp = kg.nlp.load("vi", use_crf=False)
    for text in texts:
        cands = [Candidate(start=a, end=a + rng.randint(1, 40), label=rng.choice(["ORG", "PER", "LOC"]), priority=1, source="t")
                 for a in (rng.randint(0, len(text)) for _ in range(400))]
        fast_doc, plain_doc = nlp.make_doc(text), nlp.make_doc(text)
        fast = _spans(fast_doc, cands, token_edges(fast_doc))
        plain = _spans(plain_doc, cands)
        assert [(s.start, s.end, s.label_) for s in fast] == [(s.start, s.end, s.label_) for s in plain]
        assert fast_doc.user_data[CANDIDATES_KEY] == plain_doc.user_data[CANDIDATES_KEY]
        assert len(plain) > 20
