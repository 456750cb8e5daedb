"""The speed-ups of issue #11 in the rules (memoised, precompiled, prefiltered) give what the plain
computations give: each test compares the fast path with the straightforward one it replaced."""
from __future__ import annotations

import random
import re
from datetime import date

from kg.nlp import model
from kg.nlp.lexicon import WORD_RE
from kg.nlp.recognizers.document import one_syllable
from kg.nlp.recognizers.words import foreign_word
from kg.relations.cues import cue_table
from kg.relations.dates import _any_day_word, relative_day
from kg.textutil import compiled, fold, fold_key, nfc, norm_key, tone_last

_SPACE = re.compile(r"[\s\u00a0]+")
_STRIP = " .,;:\"'“”‘’()"
_ALPHABET = list("aAđĐôÔơƯưệỆhòahoàHOÀ.,;:()'\"“”‘’-1") + [" ", "  ", "\u00a0", "\t", "\n", "\u2028", "\u3000", "\x1f"]


def _fuzz(n: int = 3000, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    return [""] + ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(1, 14))) for _ in range(n)]


def _plain_norm_key(text: str) -> str:
    text = _SPACE.sub(" ", nfc(text).casefold()).strip(_STRIP)
    return " ".join(nfc(tone_last(w)) for w in text.split(" "))


def test_norm_and_fold_keys_equal_the_regex_formulation():
    for s in _fuzz():
        assert norm_key(s) == _plain_norm_key(s) == norm_key.__wrapped__(s), repr(s)
        assert fold_key(s) == _SPACE.sub(" ", fold(nfc(s))).strip(_STRIP) == fold_key.__wrapped__(s), repr(s)


def test_whitespace_is_the_same_for_split_and_backslash_s():
    """norm_key's split() and cut_at_stops' one_syllable rely on str.isspace and \\s agreeing."""
    rng = random.Random(3)
    for c in [rng.randrange(0x110000) for _ in range(20000)] + [0x1c, 0x1f, 0x85, 0xa0, 0x1680, 0x2028, 0x3000, 0x200b]:
        assert (re.fullmatch(r"\s", chr(c)) is not None) == chr(c).isspace(), hex(c)
    for s in _fuzz(500):
        assert one_syllable(s) == (len(re.findall(r"\S+", s)) == 1 and re.fullmatch(r"\S+", s) is not None), repr(s)


def test_foreign_word_cached_equals_uncached():
    for w in ["Donald", "Trump", "Nguyễn", "Minh", "McCarthy", "Ngoc", "Messi", "A", "ab", "Xuân", "Kim"]:
        assert foreign_word(w) == foreign_word.__wrapped__(w), w


def test_compiled_is_re_compile_kept():
    p = compiled(r"(?<![\w])Hà\ Nội(?![\w])", re.IGNORECASE)
    assert p is compiled(r"(?<![\w])Hà\ Nội(?![\w])", re.IGNORECASE)
    assert p.pattern == r"(?<![\w])Hà\ Nội(?![\w])" and p.flags == re.compile(p.pattern, re.IGNORECASE).flags
    assert [m.span() for m in p.finditer("ở hà nội, Hà Nội2, HÀ NỘI")] == [(2, 8), (19, 25)]


def test_one_search_for_all_day_words_finds_wherever_a_word_search_does():
    """relative_day's prefilter may only skip texts in which none of its word searches matches."""
    for lang in ("vi", "en"):
        words = list(cue_table("relative_days", lang)) + list(cue_table("weekdays", lang))
        assert words
        for w in words:
            for text in (w, f"Ngày {w.upper()}, họ", f"x{w}", f"{w}y", f"({w.capitalize()})", f"a {w}."):
                single = compiled(rf"(?<![\w]){re.escape(w)}(?![\w])", re.IGNORECASE).search(text)
                if single is not None:
                    assert _any_day_word(lang).search(text) is not None, (lang, w, text)
    pub = date(2025, 6, 13)  # a Friday
    assert relative_day("Hôm qua, Bộ Tài chính họp.", "vi", pub) == (0, "2025-06-12")
    assert relative_day("The ministry met on Tuesday.", "en", pub)[1] == "2025-06-10"
    assert relative_day("Bộ Tài chính họp ngày 3/6.", "vi", pub) is None


def _plain_line_features(words, lang):
    """kg.nlp.model.line_features before its memoisation (the reference)."""
    n = len(words)
    facts = [model._word_facts(w[2], lang) for w in words]
    cues = list(model._cue_sets().items()) if lang == "vi" else []
    out = []
    for i in range(n):
        key, f, shape, surname, gaz_first, foreign, title_word = facts[i]
        feats = ["bias", "w=" + key, "suf3=" + f[-3:], "shape=" + shape]
        if surname:
            feats.append("surname")
        if gaz_first:
            feats.append("gaz_first")
        if lang == "vi" and foreign:
            feats.append("foreign")
        if cues:
            for k in (1, 2):
                if i - k >= 0:
                    before = norm_key(" ".join(x[2] for x in words[i - k:i]))
                    feats.extend(f"-{k}:{name}" for name, cue in cues if before in cue)
        if title_word:
            feats.append("title_word")
        for off in (-2, -1, 1, 2):
            j = i + off
            if 0 <= j < n:
                o_key, _, o_shape, o_surname, _, _, o_title_word = facts[j]
                feats.append(f"{off}:shape={o_shape}")
                if off in (-1, 1):
                    feats.append(f"{off}:w={o_key}")
                if o_surname:
                    feats.append(f"{off}:surname")
                if o_title_word:
                    feats.append(f"{off}:title_word")
            else:
                feats.append(f"{off}:pad")
        out.append(feats)
    return out


def test_memoised_crf_features_equal_the_plain_ones():
    lines = {"vi": ["Tổng Bí thư Tô Lâm tiếp Đại sứ Nhật Bản tại Hà Nội sáng 12/6.",
                    "Phát biểu tại hội nghị, ông Nguyễn Văn An, Chủ tịch UBND tỉnh Quảng Ninh, cho biết.",
                    "Bộ Kế hoạch và Đầu tư phối hợp với Tập đoàn Viettel và ông Donald Trump.", "A", "12"],
             "en": ["Prime Minister Pham Minh Chinh met Japanese Ambassador Ito Naoki in Hanoi on Friday.",
                    "The Ministry of Finance said Vingroup's VinFast would list in New York."]}
    for lang, texts in lines.items():
        for text in texts:
            words = [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]
            assert model.line_features(words, lang) == _plain_line_features(words, lang), text


def test_run_keys_equal_norm_key_of_every_run():
    """The gazetteer's and title finder's word-by-word keys are norm_key's keys, or None (computed then)."""
    from kg.nlp.recognizers.surface_keys import run_keys
    from kg.nlp.recognizers.words import words_of

    texts = ["Bộ trưởng Bộ Kế hoạch và Đầu tư (KH&ĐT) Nguyễn Chí Dũng, TP.HCM; COVID-19 “Hòa Bình”.",
             "Phó Thủ tướng\u00a0Thường trực  Nguyễn Hoà Bình tại hội nghị. Ông nói: ‘Ủy ban’ (UBND) Hà Nội",
             "Deputy Prime Ministers Tran Hong Ha and Ho Duc Phoc met Samsung's CEO in Hanoi, Viet Nam."]
    texts += [s for s in _fuzz(400) if s.strip()]
    fast = 0
    for text in texts:
        words = words_of(text)
        for i in range(len(words)):
            last = min(len(words) - 1, i + 8)
            for j, key in enumerate(run_keys(text, words, i, last), start=i):
                if key is not None:
                    fast += 1
                    assert key == norm_key(text[words[i].start:words[j].end]), (text, i, j)
    assert fast > 100  # the fast path is taken (and checked) often


def test_normalize_shortcut_equals_the_syllable_loop(monkeypatch):
    """A text with nothing to drop and every syllable spelt as kg matches it is returned as the
    loop would return it (the loop is forced by a pattern that finds a character in every chunk)."""
    from kg.nlp import normalize as N

    texts = ["Tổng Bí thư Tô Lâm dự hội nghị tại Hà Nội.\nNgày 12/6, Bộ Tài chính họp.",
             "Ông Nguyễn\nVăn An nói: “Chúng tôi…”\n\nHà Nội, 2025", "Khánh Hòa, thụy, khỏe, hoàng, quyết",
             "Prime Minister\tPham Minh Chinh", "Ca sĩ Mỹ Tâm\n– Hà Nội"]
    fast = [N._normalize.__wrapped__(t, None) for t in texts]
    monkeypatch.setattr(N, "_CHAR_RE", re.compile(r"[\s\S]"))
    loop = [N._normalize.__wrapped__(t, None) for t in texts]
    for f, s, t in zip(fast, loop, texts):
        assert (f.text, f.original, f.starts) == (s.text, s.original, s.starts), t
