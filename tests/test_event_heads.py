"""Event names by their head words: English tails ("… Travel Mart", "… Motor Show", "… Retreat": patterns.
EVENT_TAILS_EN), Vietnamese heads ("Đêm nhạc …", patterns.EVENT_HEADS_VI) and tournaments with their sport in
lower case ("Giải chạy …", kg.nlp.recognizers.named_days)."""
import kg.nlp


def _events(text: str, lang: str) -> set[str]:
    doc = kg.nlp.annotate(kg.nlp.load(lang), text, "2026-11-20")
    return {e.text for e in doc.spans["kg"] if e.label_ == "EVENT"}


def test_english_event_tails():
    assert "Mekong International Travel Mart" in _events(
        "The three-day Mekong International Travel Mart opened in Can Tho on Thursday.", "en")
    assert "Saigon Motor Show 2026" in _events("The Saigon Motor Show 2026 opened on Thursday.", "en")


def test_vietnamese_music_nights_and_tournaments_with_their_sport():
    assert "Đêm nhạc Mùa thu Hà Nội" in _events("Đêm nhạc Mùa thu Hà Nội diễn ra tối 5/10 tại Nhà hát Lớn.", "vi")
    assert "Giải chạy Bình Định Marathon 2026" in _events(
        "Giải chạy Bình Định Marathon 2026 diễn ra sáng 8/11 với 5.000 vận động viên.", "vi")
    assert not _events("Giải Nhất thuộc về đội tuyển Bình Định.", "vi")  # a prize's rank, no tournament


def test_a_vietnamese_event_name_goes_on_through_doi_voi():
    got = _events("Hội thảo về cơ chế thử nghiệm có kiểm soát đối với công nghệ tài chính diễn ra ngày 3/12.", "vi")
    assert "Hội thảo về cơ chế thử nghiệm có kiểm soát đối với công nghệ tài chính" in got
