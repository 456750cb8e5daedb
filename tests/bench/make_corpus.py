"""Write N seeded, realistic Vietnamese policy-news articles (~3 KB each) as JSON Lines.

Run: python tests/bench/make_corpus.py N [OUT.jsonl] [--seed S]   (default: stdout, seed 1)

Each article mixes what kg extracts (leaders with their titles, ministries and
provincial offices, decrees, resolutions and laws with their codes, meetings
and forums, dates, provinces) with what it must ignore (weather, prices,
sport, boilerplate). The same N and seed always give the same bytes.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

PEOPLE = [
    ("Tổng Bí thư", "Tô Lâm"), ("Thủ tướng", "Phạm Minh Chính"), ("Chủ tịch Quốc hội", "Trần Thanh Mẫn"),
    ("Chủ tịch nước", "Lương Cường"), ("Phó Thủ tướng", "Nguyễn Hòa Bình"), ("Phó Thủ tướng", "Trần Hồng Hà"),
    ("Phó Thủ tướng", "Hồ Đức Phớc"), ("Bộ trưởng Bộ Tài chính", "Nguyễn Văn Thắng"),
    ("Bộ trưởng Bộ Công Thương", "Nguyễn Hồng Diên"), ("Bộ trưởng Bộ Y tế", "Đào Hồng Lan"),
    ("Bộ trưởng Bộ Giáo dục và Đào tạo", "Nguyễn Kim Sơn"), ("Bộ trưởng Bộ Xây dựng", "Trần Hồng Minh"),
    ("Bộ trưởng Bộ Khoa học và Công nghệ", "Nguyễn Mạnh Hùng"), ("Thống đốc Ngân hàng Nhà nước", "Nguyễn Thị Hồng"),
    ("Chủ tịch UBND TP Hà Nội", "Trần Sỹ Thanh"), ("Chủ tịch UBND TP.HCM", "Nguyễn Văn Được"),
    ("Bí thư Thành ủy Hà Nội", "Bùi Thị Minh Hoài"), ("Bộ trưởng Bộ Ngoại giao", "Lê Hoài Trung"),
    ("Bộ trưởng Bộ Nông nghiệp và Môi trường", "Đỗ Đức Duy"), ("Bộ trưởng Bộ Nội vụ", "Phạm Thị Thanh Trà"),
]
OFFICES = [
    "Bộ Tài chính", "Bộ Công Thương", "Bộ Y tế", "Bộ Giáo dục và Đào tạo", "Bộ Xây dựng", "Bộ Nội vụ",
    "Bộ Khoa học và Công nghệ", "Ngân hàng Nhà nước", "Bộ Ngoại giao", "Bộ Nông nghiệp và Môi trường",
    "UBND TP Hà Nội", "UBND TP.HCM", "UBND tỉnh Quảng Ninh", "Sở Kế hoạch và Đầu tư Đà Nẵng",
    "Tổng cục Thống kê", "Kiểm toán Nhà nước", "Văn phòng Chính phủ", "Ủy ban Kinh tế của Quốc hội",
]
ISSUERS = [("Chính phủ", "NĐ-CP", "Nghị định"), ("Bộ Chính trị", "NQ/TW", "Nghị quyết"),
           ("Thủ tướng Chính phủ", "QĐ-TTg", "Quyết định"), ("Quốc hội", "QH15", "Luật")]
LAWS = ["Luật Đất đai", "Luật Đầu tư", "Luật Doanh nghiệp", "Luật Ngân sách nhà nước", "Luật Thuế giá trị gia tăng",
        "Luật Dữ liệu", "Luật Công nghiệp công nghệ số", "Luật Nhà ở"]
TOPICS = ["chuyển đổi số", "phát triển khoa học, công nghệ", "bảo vệ dữ liệu cá nhân", "cải cách thủ tục hành chính",
          "phát triển kinh tế tư nhân", "hội nhập quốc tế", "quản lý thị trường bất động sản", "an sinh xã hội",
          "đổi mới giáo dục", "phát triển năng lượng tái tạo"]
EVENTS = ["Hội nghị toàn quốc", "Diễn đàn quốc gia", "Hội nghị trực tuyến", "Phiên họp thường kỳ", "Hội thảo khoa học",
          "Hội nghị sơ kết", "Diễn đàn doanh nghiệp"]
PLACES = ["Hà Nội", "TP.HCM", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Quảng Ninh", "Nghệ An", "Thanh Hóa", "Bình Dương",
          "Đồng Nai", "Khánh Hòa", "Lâm Đồng", "Thừa Thiên Huế", "Bắc Ninh", "Long An"]
NOISE = [
    "Theo dự báo, nhiệt độ tại khu vực {place} dao động từ {a} đến {b} độ C, có mưa rào vài nơi vào chiều tối.",
    "Giá vàng miếng trong nước sáng nay được niêm yết ở mức {a},{b} triệu đồng mỗi lượng.",
    "Ở vòng {a}, câu lạc bộ bóng đá {place} thắng {b}-1 trên sân nhà trước hàng nghìn cổ động viên.",
    "Độc giả có thể theo dõi thêm các tin tức khác trên chuyên mục Thời sự của báo.",
    "Giá xăng E5 RON 92 từ 15 giờ chiều nay tăng {a}0 đồng mỗi lít, theo liên Bộ Công Thương – Tài chính.",
    "Lượng khách du lịch đến {place} trong dịp cuối tuần ước đạt {a}.{b}00 lượt, tăng so với cùng kỳ.",
]


def instrument(rng: random.Random, year: int) -> tuple[str, str]:
    """A legal instrument (full name with code) and the body that issued it."""
    issuer, suffix, kind = rng.choice(ISSUERS)
    n = rng.randint(1, 199)
    if kind == "Luật":
        return f"{rng.choice(LAWS)} số {n}/{year}/QH15", "Quốc hội"
    if suffix == "NQ/TW":
        return f"Nghị quyết {n}-NQ/TW", issuer
    return f"{kind} {n}/{year}/{suffix}", issuer


def article(i: int, rng: random.Random) -> dict:
    """One article of about 3 KB."""
    year = rng.choice([2023, 2024, 2025])
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    place = rng.choice(PLACES)
    (t1, p1), (t2, p2), (t3, p3) = rng.sample(PEOPLE, 3)
    office, office2 = rng.sample(OFFICES, 2)
    doc, issuer = instrument(rng, year)
    doc2, issuer2 = instrument(rng, year - 1)
    topic, topic2 = rng.sample(TOPICS, 2)
    event = f"{rng.choice(EVENTS)} về {topic}"
    pct = rng.randint(5, 40)

    def noise() -> str:
        return rng.choice(NOISE).format(place=rng.choice(PLACES), a=rng.randint(1, 30), b=rng.randint(1, 9))

    paras = [
        f"Ngày {day}/{month}/{year}, tại {place}, {t1} {p1} chủ trì {event}. Tham dự có {t2} {p2}, "
        f"lãnh đạo {office} cùng đại diện nhiều bộ, ngành và địa phương.",
        f"Phát biểu khai mạc, {t1} {p1} nhấn mạnh {topic} là nhiệm vụ trọng tâm, đột phá trong giai đoạn mới. "
        f"Theo {t1.lower()}, các cơ quan cần khẩn trương cụ thể hóa {doc} do {issuer} ban hành, "
        f"bảo đảm tiến độ và chất lượng.",
        noise(),
        f"Báo cáo tại hội nghị, đại diện {office} cho biết sau một năm triển khai {doc}, "
        f"đã có {pct} đơn vị hoàn thành kế hoạch, tỷ lệ giải ngân đạt {pct + 30}%. "
        f"Tuy nhiên, việc thực hiện còn chậm ở một số địa phương như {rng.choice(PLACES)} và {rng.choice(PLACES)}.",
        f"\"Chúng ta phải hành động quyết liệt hơn nữa, không để chính sách nằm trên giấy\", {t2} {p2} nói.",
        f"Trước đó, ngày {rng.randint(1, 28)}/{rng.randint(1, 12)}/{year - 1}, {issuer2} đã ban hành {doc2} "
        f"về {topic2}. {office2} được giao chủ trì, phối hợp với {office} hướng dẫn thi hành.",
        noise(),
        f"Kết luận hội nghị, {t1} {p1} đề nghị {office} và {office2} rà soát các quy định còn chồng chéo, "
        f"báo cáo Chính phủ trước ngày {rng.randint(1, 28)}/{rng.randint(1, 12)}/{year + 1}. "
        f"{t3} {p3} được giao theo dõi, đôn đốc việc thực hiện.",
        f"Cũng trong ngày {day}/{month}, {t3} {p3} làm việc với lãnh đạo tỉnh {rng.choice(PLACES)} về tình hình "
        f"kinh tế - xã hội và tiến độ các dự án trọng điểm, trong đó có tuyến cao tốc và khu công nghiệp mới.",
        noise(),
        f"Các đại biểu thống nhất kiến nghị sửa đổi {rng.choice(LAWS)} để tháo gỡ vướng mắc về {topic}, "
        "tạo thuận lợi cho người dân và doanh nghiệp.",
        noise(),
    ]
    return {"id": f"bench-{i:06d}", "lang": "vi", "published": f"{year}-{month:02d}-{day:02d}",
            "title": f"{p1} chủ trì {event}", "source": "bench", "url": f"https://example.org/tin/{i}",
            "text": "\n\n".join(paras)}


def corpus(n: int, seed: int = 1) -> list[dict]:
    """``n`` articles; article ``i`` depends only on ``seed`` and ``i``, so corpora nest."""
    return [article(i, random.Random(f"{seed}-{i}")) for i in range(n)]


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, nargs="?", default=100, help="how many articles (default 100)")
    ap.add_argument("out", type=Path, nargs="?", help="the .jsonl file to write (default: stdout)")
    ap.add_argument("--seed", type=int, default=1, help="the same N and seed give the same bytes (default 1)")
    args = ap.parse_args(argv)
    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout
    for rec in corpus(args.n, args.seed):
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if out is not sys.stdout:
        out.close()


if __name__ == "__main__":
    main(sys.argv[1:])
