"""Tests of kg.relations.signing_events_en: signers of deals detailed after "… inked four documents at the X"."""
from __future__ import annotations

from articlefacts import facts

_FORUM = ("HÀ NỘI — Vietnamese and Australian officials inked four cooperation documents at the Việt Nam–Australia "
          "Business Forum, held at the Sheraton Hotel in Hà Nội on Monday. Minister of Industry and Trade Trịnh Văn Hưng "
          "and Australian Minister for Trade Michael Grant signed a memorandum of understanding on critical minerals "
          "supply chains. ")


def test_signers_of_a_deal_detailed_after_the_opening_took_part_in_the_forum():
    got = facts(_FORUM + "The fourth document, a letter of intent on vocational education, was signed by Deputy Minister "
                "of Education and Training Lê Tấn Dũng and Australian Ambassador Gillian Bird.", "2026-12-07", "en")
    for who in ("Trịnh Văn Hưng", "Michael Grant", "Lê Tấn Dũng", "Gillian Bird"):
        assert (who, "participatedIn", "Việt Nam–Australia Business Forum") in got


def test_a_decree_signed_after_the_forum_is_no_deal_of_it():
    got = facts(_FORUM + "Deputy Prime Minister Trần Hồng Hà signed Decree 14/2026/NĐ-CP on February 3.", "2026-12-07", "en")
    assert not [t for t in got if t[1] == "participatedIn" and t[0] in ("Trần Hồng Hà", "Tran Hong Ha")]
