"""The project's own statistical NER: a CRF over syllables, trained here on silver data.

No restricted corpus is used. The training sentences are made by this module:
templates we wrote, filled (with a seeded random generator) from the shipped
gazetteer and from name parts we list (family names, middle names, given
names, company brands), so every PER / ORG / LOC span is known by
construction. ``kg train`` reruns the recipe and writes the model and its
held-out scores; the same seed gives the same model.

Written sentences join them: ``kg/data/train/ner-LANG.txt`` holds news-style
sentences we wrote and annotated by hand in the bracketed format of
:mod:`kg.ner_eval` (``[PER …]``, ``[ORG …]``, ``[LOC …]``). Every tenth one is
held out and scored separately, so the shipped scores say how the model does
on real prose as well as on template sentences.

At run time :func:`model_spans` tags a text with the shipped model; the
``kg_statistical`` component adds those spans as low-priority candidates, so the
model fills gaps the rules leave (names with no cue, unknown bodies) without
overriding the gazetteer or the rules.
"""
from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

from kg.nlp.lexicon import load_lexicon
from kg.nlp.model import MODEL_DIR, decode_bio, bio_tags, line_features

WRITTEN_DIR = Path(__file__).resolve().parent / "data" / "train"

LABELS = ("PER", "ORG", "LOC")

# --------------------------------------------------------------------------- templates (ours)

TEMPLATES_VI = [
    "{TITLE} {PER} đã có buổi làm việc với {ORG} tại {LOC}.",
    "Sáng {DATE}, {ORG} tổ chức hội nghị tổng kết tại {LOC}.",
    "Ông {PER}, {TITLE} {ORG}, cho biết {TOPIC} là ưu tiên hàng đầu trong năm nay.",
    "{ORG} vừa ban hành văn bản hướng dẫn về {TOPIC}.",
    "Theo bà {PER}, {ORG} sẽ mở thêm văn phòng đại diện tại {LOC}.",
    "Tham dự buổi lễ có {TITLE} {PER} và đại diện lãnh đạo {ORG}.",
    "{PER} hiện là {TITLE} {ORG} từ năm 2021.",
    "Đoàn công tác của {ORG} do {TITLE} {PER} dẫn đầu đã đến thăm {LOC}.",
    "Phát biểu tại sự kiện, {PER} nhấn mạnh vai trò của {TOPIC} đối với doanh nghiệp.",
    "Chiều {DATE}, tại {LOC}, {ORG} phối hợp với {ORG} ký kết thỏa thuận hợp tác.",
    "Các chuyên gia của {ORG} đánh giá cao tiềm năng của {LOC} trong lĩnh vực {TOPIC}.",
    "Trả lời phóng viên, anh {PER} cho rằng thị trường sẽ phục hồi vào cuối năm.",
    "{ORG} có trụ sở chính tại {LOC} và chi nhánh tại {LOC}.",
    "Năm ngoái, {PER} được bổ nhiệm giữ chức {TITLE} {ORG}.",
    "Chị {PER}, nhân viên {ORG}, chia sẻ kinh nghiệm chuyển đổi số.",
    "{PER} và {PER} cùng trao giải cho các đội thi xuất sắc.",
    "Dự án do {ORG} đầu tư tại {LOC} dự kiến hoàn thành trong năm tới.",
    "Lãnh đạo {ORG} đã tiếp đoàn doanh nghiệp đến từ {LOC}.",
    "Trước đó, {TITLE} {PER} đã kiểm tra tiến độ dự án tại {LOC}.",
    "Theo báo cáo của {ORG}, kim ngạch xuất khẩu sang {LOC} tăng mạnh.",
    "Buổi tọa đàm có sự tham gia của đại diện {ORG}, {ORG} và nhiều doanh nghiệp.",
    "Ông {PER} từng giữ chức {TITLE} {ORG} trước khi nghỉ hưu.",
    "Nhiều nhà đầu tư từ {LOC} quan tâm tới {TOPIC} tại {LOC}.",
    "Bà {PER} cho biết {ORG} sẽ tăng vốn điều lệ trong quý tới.",
    "Ngày {DATE}, {TITLE} {PER} tiếp xã giao đại sứ {LOC}.",
]
TEMPLATES_EN = [
    "{TITLE} {PER} met representatives of {ORG} in {LOC}.",
    "On {DATE}, {ORG} held a review conference in {LOC}.",
    "{PER}, {TITLE} of {ORG}, said {TOPIC} is a top priority this year.",
    "According to {PER}, {ORG} will open a new office in {LOC}.",
    "The event was attended by {TITLE} {PER} and leaders of {ORG}.",
    "A delegation from {ORG} led by {TITLE} {PER} visited {LOC}.",
    "Speaking at the event, {PER} stressed the role of {TOPIC} for businesses.",
    "{ORG} and {ORG} signed a cooperation agreement in {LOC} on {DATE}.",
    "Experts from {ORG} praised the potential of {LOC} in {TOPIC}.",
    "{ORG} is headquartered in {LOC} with a branch in {LOC}.",
    "{PER} was appointed {TITLE} of {ORG} last year.",
    "Investors from {LOC} are interested in {TOPIC} in {LOC}.",
    "Mr {PER} said {ORG} would raise its charter capital next quarter.",
    "Earlier, {TITLE} {PER} inspected the project in {LOC}.",
    "The project, invested by {ORG} in {LOC}, is expected to finish next year.",
]

MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Thanh", "Hồng", "Quốc", "Ngọc", "Hữu", "Xuân", "Thu", "Anh",
          "Hoài", "Công", "Kim", "Bảo", "Gia", "Khánh", "Mạnh", "Thế", "Trọng", "Việt", "Như", "Diệu"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa", "Hùng", "Huy",
         "Hương", "Khang", "Khoa", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Ngọc", "Nhung", "Phong",
         "Phúc", "Phương", "Quân", "Quang", "Sơn", "Tâm", "Thắng", "Thảo", "Thành", "Thủy", "Tiến",
         "Toàn", "Trang", "Trung", "Tuấn", "Tùng", "Uyên", "Vân", "Việt", "Vinh", "Xuân", "Yến", "Đạt",
         "Định", "Đông", "Hậu"]
FOREIGN = ["Markus Weber", "Anna Lindqvist", "John Carter", "Sophie Martin", "Kenji Tanaka", "Park Ji-hoon",
           "Olivia Brown", "Lucas Moreau", "Hiroshi Sato", "Emma Fischer", "David Cohen", "Maria Rossi",
           "Lee Min-jung", "Peter Novak", "Sarah Johnson", "Carlos Mendes"]
BRANDS = ["Sao Mai", "Hưng Thịnh", "Tân Phát", "Đại Dương", "Nam Việt", "Phú Gia", "An Khang", "Bảo Minh",
          "Thiên Long", "Trường Sơn", "Hòa An", "Minh Long", "TechViet", "DataNova", "GreenLink", "VinaCloud",
          "SkyNet", "BlueOcean", "Alpha Solutions", "NextGen"]
ORG_FORMS_VI = ["Công ty cổ phần {B}", "Tập đoàn {B}", "Công ty TNHH {B}", "Ngân hàng {B}", "{B} Group"]
ORG_FORMS_EN = ["{B} Group", "{B} Corporation", "{B} JSC", "{B} Company", "{B} Bank"]


@dataclass(frozen=True)
class Example:
    """One synthetic sentence and its labelled spans (start, end, label)."""

    text: str
    spans: tuple[tuple[int, int, str], ...]


def _pick_person(rng: random.Random, lang: str, surnames: list[str]) -> str:
    lex = load_lexicon()
    roll = rng.random()
    if roll < 0.15:
        name = rng.choice(FOREIGN)
    elif roll < 0.30:
        people = sorted(e for e in lex.entries if e.startswith("Person:"))
        entry = lex.entries[rng.choice(people)] if people else None
        name = entry.name if entry else "Nguyễn Văn An"
    else:
        parts = [rng.choice(surnames)] + ([rng.choice(MIDDLE)] if rng.random() < 0.85 else []) \
            + ([rng.choice(MIDDLE)] if rng.random() < 0.15 else []) + [rng.choice(GIVEN)]
        name = " ".join(parts)
    return _fold_if_en(name, lang)


def _fold_if_en(name: str, lang: str) -> str:
    if lang != "en":
        return name
    from kg.textutil import fold

    folded = fold(name)
    return " ".join(w[:1].upper() + w[1:] for w in folded.split())


def _pick_entry(rng: random.Random, type_: str, lang: str) -> str:
    lex = load_lexicon()
    keys = sorted(k for k in lex.entries if k.startswith(type_ + ":"))
    entry = lex.entries[rng.choice(keys)]
    if lang == "en":
        return entry.en or _fold_if_en(entry.name, lang)
    return entry.name


def _pick_org(rng: random.Random, lang: str) -> str:
    if rng.random() < 0.35:
        form = rng.choice(ORG_FORMS_VI if lang == "vi" else ORG_FORMS_EN)
        return form.format(B=_fold_if_en(rng.choice(BRANDS), lang) if lang == "en" else rng.choice(BRANDS))
    return _pick_entry(rng, "Organization", lang)


def _pick_title(rng: random.Random, lang: str) -> str:
    lex = load_lexicon()
    titles = sorted({t.text for t in lex.titles.values() if t.kind in ("role", "rank")
                     and (any(ord(c) > 127 for c in t.text) == (lang == "vi"))})
    return rng.choice(titles) if titles else ("Bộ trưởng" if lang == "vi" else "Minister")


def synth_examples(n: int, lang: str, seed: int, templates: list[str] | None = None) -> list[Example]:
    """``n`` synthetic sentences with their PER / ORG / LOC spans."""
    rng = random.Random(seed)
    lex = load_lexicon()
    surnames = sorted(lex.surnames) if lang == "en" else _surnames_vi()
    templates = templates or (TEMPLATES_VI if lang == "vi" else TEMPLATES_EN)
    out: list[Example] = []
    for _ in range(n):
        template = rng.choice(templates)
        text = ""
        spans: list[tuple[int, int, str]] = []
        for piece in re.split(r"(\{[A-Z]+\})", template):
            slot = piece[1:-1] if piece.startswith("{") else None
            if slot is None:
                text += piece
                continue
            if slot == "PER":
                value, label = _pick_person(rng, lang, surnames), "PER"
            elif slot == "ORG":
                value, label = _pick_org(rng, lang), "ORG"
            elif slot == "LOC":
                value, label = _pick_entry(rng, "Place", lang), "LOC"
            elif slot == "TOPIC":
                value, label = _pick_entry(rng, "Topic", lang), None
            elif slot == "TITLE":
                value, label = _pick_title(rng, lang), None
            else:  # DATE
                value, label = (f"{rng.randint(1, 28)}/{rng.randint(1, 12)}" if lang == "vi"
                                else f"March {rng.randint(1, 28)}"), None
            if label:
                spans.append((len(text), len(text) + len(value), label))
            text += value
        out.append(Example(text[:1].upper() + text[1:], tuple(spans)))
    return out


def _surnames_vi() -> list[str]:
    path = Path(__file__).resolve().parent / "data" / "gazetteer" / "surnames.json"
    return json.loads(path.read_text(encoding="utf-8"))["vi"][:60]


# --------------------------------------------------------------------------- train


def written_examples(lang: str, data_dir: Path = WRITTEN_DIR) -> list[Example]:
    """The hand-annotated sentences of ``data_dir/ner-{lang}.txt`` (none if the file is missing)."""
    from kg.ner_eval import read_bracketed

    path = data_dir / f"ner-{lang}.txt"
    if not path.exists():
        return []
    return [Example(ex.text, tuple(ex.spans)) for ex in read_bracketed(path)]


def train(lang: str = "vi", out_dir: Path = MODEL_DIR, n: int = 3000, seed: int = 13,
          data_dir: Path = WRITTEN_DIR) -> dict:
    """Train the CRF for ``lang`` and write ``ner-{lang}.crfsuite`` + ``ner-{lang}.json`` (scores).

    Templates are split: the model never sees the last fifth of them, and is
    scored on sentences made from those (held-out), so the score measures
    generalisation beyond the training patterns. Written sentences are split
    the same way (every tenth held out).
    """
    import pycrfsuite

    templates = TEMPLATES_VI if lang == "vi" else TEMPLATES_EN
    cut = max(1, len(templates) * 4 // 5)
    train_set = synth_examples(n, lang, seed, templates[:cut])
    test_set = synth_examples(max(200, n // 5), lang, seed + 1, templates[cut:])
    written = written_examples(lang, data_dir)
    written_test = written[9::10]
    written_train = [ex for i, ex in enumerate(written) if i % 10 != 9]
    trainer = pycrfsuite.Trainer(verbose=False)
    # written prose is rarer and richer than template sentences: it counts three times
    for ex in train_set + written_train * 3:
        words, tags = bio_tags(ex.text, ex.spans)
        trainer.append(line_features(words, lang), tags)
    trainer.set_params({"c1": 0.05, "c2": 0.01, "max_iterations": 100,
                        "feature.possible_transitions": True})
    out_dir.mkdir(parents=True, exist_ok=True)
    model = out_dir / f"ner-{lang}.crfsuite"
    tmp = model.with_suffix(".tmp")
    trainer.train(str(tmp))
    tmp.replace(model)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    meta = {"lang": lang, "seed": seed, "n": n, "held_out": _score(tagger, test_set, lang),
            "written": len(written), "bytes": model.stat().st_size}
    if written_test:
        meta["held_out_written"] = _score(tagger, written_test, lang)
    from kg.fsutil import write_atomic

    write_atomic(out_dir / f"ner-{lang}.json", json.dumps(meta, indent=1) + "\n")
    return meta


def _score(tagger, examples: list[Example], lang: str = "vi") -> dict:
    tp = fp = fn = 0
    for ex in examples:
        words, _ = bio_tags(ex.text, ex.spans)
        pred = set(decode_bio(words, tagger.tag(line_features(words, lang))))
        gold = set(ex.spans)
        tp += len(pred & gold)
        fp += len(pred - gold)
        fn += len(gold - pred)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4)}


