"""Relations on messy text: the rules read the normaliser's matching text, offsets stay raw."""
from __future__ import annotations

import re
import unicodedata

import pytest

from kg.textutil import tone_last
from test_extract import facts

CLEAN = ("Sáng 12/3, Sở Tài chính tỉnh Khánh Hòa tổ chức Hội nghị triển khai Nghị quyết 57-NQ/TW tại Nha Trang. "
         "Ông Phạm Văn Thụy, Phó Chủ tịch UBND tỉnh Khánh Hòa, chủ trì hội nghị. "
         "Hội nghị về chuyển đổi số được các doanh nghiệp đánh giá cao.")


def _marks_after_syllable(text: str) -> str:
    return re.sub(r"\w+", lambda m: tone_last(m.group()), text)


MESSY = {
    "decomposed": unicodedata.normalize("NFD", CLEAN),
    "marks after the final consonant": _marks_after_syllable(CLEAN),
    "wrapped lines": CLEAN.replace("Phó Chủ tịch UBND", "Phó Chủ\ntịch UBND").replace("tổ chức Hội", "tổ\nchức Hội"),
    "zero-width and no-break": CLEAN.replace("chủ trì", "chủ\u200b trì").replace("Phó Chủ tịch", "Phó\u00a0Chủ tịch")
    .replace("tổ chức", "tổ\u00adchức".replace("\u00ad", " \u00ad")),
}


@pytest.mark.parametrize("kind", sorted(MESSY))
def test_messy_copy_gives_the_clean_relations(kind):
    clean = facts(CLEAN, "2025-03-13")
    assert ("Phạm Văn Thụy", "position", "Phó Chủ tịch") in clean
    assert any(p == "organized" for _, p, _ in clean)
    assert facts(MESSY[kind], "2025-03-13") == clean


def test_english_messy_copy_gives_the_clean_relations():
    text = ("Vice Chairman of the Ministry of Finance Nguyen Duc Chi attended the Vietnam Economic Forum 2025 "
            "in Hanoi on March 3. Former chairman Tran Van Son also attended.")
    messy = text.replace("Duc Chi", "Duc\u200b Chi").replace("Former chairman", "Former\u00a0chairman") \
        .replace("attended the", "attended\nthe")
    clean = facts(text, "2025-03-13", "en")
    assert ("Tran Van Son", "position", "former chairman") in clean
    assert facts(messy, "2025-03-13", "en") == clean
