"""Write N seeded, real-looking Vietnamese news articles for the acceptance bench.

    python tests/bench/make_news.py 500 42 [--out DIR]   # default DIR: /tmp/kg-news-{N}-{SEED}

Mixed subjects (politics, economy, society, sport, world), with the repetition a
news desk has: a pool of invented people who keep their office across articles,
public institutions and places named again and again (and named several ways:
"Công an TP Hà Nội", "Công an Hà Nội", "CATP Hà Nội"), recurring press
conferences and meetings, and a few English articles about the same events.
Every sentence is made from templates written for this bench; the people are
invented (no real person is quoted), the institutions and places are public.
"""
from __future__ import annotations

import argparse
import random
from datetime import date, timedelta
from pathlib import Path

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
          "Ngô", "Dương", "Lý"]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Ngọc", "Xuân", "Thu", "Hồng", "Anh"]
GIVEN = ["Hùng", "Lan", "Dũng", "Hà", "Tuấn", "Mai", "Sơn", "Hương", "Long", "Thảo", "Khánh", "Phong", "Trang",
         "Nam", "Hải", "Yến", "Bình", "Quân", "Tâm", "Vinh", "Giang", "Hiếu", "Nga", "Thắng"]

# (body, short forms used by the press, title of its head, English name)
BODIES = [
    ("Bộ Tài chính", ["Bộ Tài chính"], "Bộ trưởng", "Ministry of Finance"),
    ("Bộ Công an", ["Bộ Công an"], "Thứ trưởng", "Ministry of Public Security"),
    ("Bộ Y tế", ["Bộ Y tế"], "Bộ trưởng", "Ministry of Health"),
    ("Bộ Giáo dục và Đào tạo", ["Bộ GD&ĐT"], "Thứ trưởng", "Ministry of Education and Training"),
    ("Bộ Công Thương", ["Bộ Công Thương"], "Bộ trưởng", "Ministry of Industry and Trade"),
    ("Bộ Khoa học và Công nghệ", ["Bộ KH&CN"], "Thứ trưởng", "Ministry of Science and Technology"),
    ("Ngân hàng Nhà nước", ["Ngân hàng Nhà nước", "NHNN"], "Phó Thống đốc", "State Bank of Vietnam"),
    ("Tổng cục Thống kê", ["Tổng cục Thống kê"], "Tổng cục trưởng", "General Statistics Office"),
    ("Công an TP Hà Nội", ["Công an Hà Nội", "CATP Hà Nội", "Công an thành phố Hà Nội"], "Giám đốc",
     "Hanoi Police"),
    ("UBND TP Hà Nội", ["UBND thành phố Hà Nội"], "Phó Chủ tịch", "Hanoi People's Committee"),
    ("UBND TP.HCM", ["UBND TP Hồ Chí Minh"], "Chủ tịch", "Ho Chi Minh City People's Committee"),
    ("Liên đoàn Bóng đá Việt Nam", ["VFF"], "Phó Chủ tịch", "Vietnam Football Federation"),
    ("Sở Y tế Hà Nội", ["Sở Y tế Hà Nội"], "Giám đốc", "Hanoi Department of Health"),
    ("Sở Giao thông vận tải TP.HCM", ["Sở GTVT TP.HCM"], "Giám đốc", "HCMC Department of Transport"),
]
PLACES = ["Hà Nội", "TP.HCM", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Quảng Ninh", "Nghệ An", "Thanh Hóa",
          "Bình Dương", "Đồng Nai", "Khánh Hòa", "Lâm Đồng", "Thừa Thiên Huế", "Bắc Ninh"]
COUNTRIES = [("Nhật Bản", "Japan"), ("Hàn Quốc", "South Korea"), ("Trung Quốc", "China"), ("Mỹ", "the US"),
             ("Singapore", "Singapore"), ("Thái Lan", "Thailand"), ("Pháp", "France"), ("Australia", "Australia")]
CLUBS = ["Hà Nội FC", "Công an Hà Nội FC", "Thép Xanh Nam Định", "Hoàng Anh Gia Lai", "Becamex Bình Dương",
         "Thể Công - Viettel", "SHB Đà Nẵng", "Đông Á Thanh Hóa"]
COMPANIES = ["Vietcombank", "Viettel", "Vingroup", "FPT", "Vinamilk", "Petrolimex", "EVN", "Vietnam Airlines"]
FIRM_A = ["Minh Phát", "Hoàng Long", "Thành Công", "An Khang", "Đại Việt", "Sao Mai", "Phú Thịnh", "Tân Tiến",
          "Bình Minh", "Hưng Thịnh", "Trường Sơn", "Kim Ngân"]
FIRM_B = ["Logistics", "Thực phẩm", "Xây dựng", "Công nghệ", "Dược phẩm", "Thương mại", "Điện tử", "Nông sản"]
TOPICS = ["chuyển đổi số", "trí tuệ nhân tạo", "kinh tế số", "đổi mới sáng tạo", "bán dẫn"]

POLITICS = [
    "Sáng {day}, tại {place}, {body} tổ chức hội nghị tổng kết công tác năm và triển khai nhiệm vụ năm {year}.",
    "{title} {body} {person} chủ trì hội nghị và phát biểu chỉ đạo.",
    "Phát biểu tại hội nghị, {title} {person} đề nghị các đơn vị tập trung cải cách thủ tục hành chính.",
    "Theo ông {given}, năm qua {body} đã hoàn thành {n} nhiệm vụ trọng tâm.",
    "Hội nghị có sự tham dự của đại diện {body2} và lãnh đạo nhiều địa phương như {place2}, {place3}.",
    "{body} cho biết sẽ phối hợp với {body2} để triển khai Nghị quyết {nq}/NQ-CP của Chính phủ.",
    "Bà {local}, đại biểu đến từ tỉnh {place2}, đề nghị tăng đầu tư cho hạ tầng giao thông.",
    "Dịp này, {title2} {body2} {person2} trao bằng khen cho {n} tập thể có thành tích xuất sắc.",
]
ECONOMY = [
    "Theo số liệu của Tổng cục Thống kê công bố ngày {day}, GDP quý I tăng {pct}% so với cùng kỳ.",
    "Tại họp báo chiều {day}, {title} {body} {person} cho biết xuất khẩu sang {country} tiếp tục tăng.",
    "{company} vừa công bố lợi nhuận trước thuế {n} nghìn tỷ đồng, tăng {pct}% so với năm trước.",
    "Ngân hàng Nhà nước cho biết lãi suất cho vay bình quân giảm khoảng {small} điểm phần trăm.",
    "Ông {given} nhận định {topic} là động lực mới của tăng trưởng tại {place}.",
    "Nhiều doanh nghiệp tại {place} và {place2} đang đẩy mạnh đầu tư vào {topic}.",
    "Đại diện {company} cho biết đã ký thỏa thuận hợp tác với một tập đoàn của {country}.",
    "Ông {local}, Giám đốc {firm}, cho rằng doanh nghiệp nhỏ vẫn khó tiếp cận vốn.",
]
SOCIETY = [
    "Ngày {day}, Công an TP Hà Nội cho biết đã khởi tố vụ án lừa đảo qua mạng tại quận {district}.",
    "Theo {police}, các đối tượng đã chiếm đoạt hơn {n} tỷ đồng của nhiều người dân.",
    "{title} {body} {person} yêu cầu các đơn vị tăng cường tuần tra trên địa bàn {place}.",
    "Sở Y tế Hà Nội ghi nhận {n} ca sốt xuất huyết trong tuần, tăng so với tuần trước.",
    "Bộ Y tế khuyến cáo người dân chủ động phòng bệnh khi thời tiết chuyển mùa.",
    "Tại họp báo sáng {day}, {police} thông tin thêm về kết quả điều tra ban đầu.",
    "Anh {local}, một người dân ở quận {district}, cho biết đã bị lừa {n} triệu đồng.",
    "Bộ Giáo dục và Đào tạo cho biết kỳ thi tốt nghiệp THPT năm {year} có hơn một triệu thí sinh đăng ký.",
    "Sở Giao thông vận tải TP.HCM đề xuất điều chỉnh một số tuyến xe buýt tại TP.HCM.",
]
SPORT = [
    "Tối {day}, {club} thắng {club2} với tỷ số {g1}-{g2} ở vòng {n} V-League.",
    "Huấn luyện viên {person} của {club} hài lòng với màn trình diễn của các học trò.",
    "Tiền đạo {person2} ghi bàn quyết định ở phút {minute}.",
    "Thủ môn {local} có nhiều pha cứu thua xuất sắc trong hiệp hai.",
    "Liên đoàn Bóng đá Việt Nam cho biết đội tuyển sẽ tập trung tại Hà Nội vào đầu tháng tới.",
    "Trận đấu diễn ra trên sân vận động ở {place} trước hơn {n} nghìn khán giả.",
    "Với kết quả này, {club} tạm vươn lên vị trí thứ {rank} trên bảng xếp hạng.",
]
WORLD = [
    "Ngày {day}, {title} {body} {person} tiếp Đại sứ {country} tại Việt Nam.",
    "Hai bên trao đổi về hợp tác trong lĩnh vực {topic} và thương mại giữa Việt Nam và {country}.",
    "Kim ngạch thương mại giữa Việt Nam và {country} năm qua đạt khoảng {n} tỷ USD.",
    "Đại sứ {country} khẳng định các doanh nghiệp {country} muốn mở rộng đầu tư tại {place}.",
    "Trước đó, đoàn doanh nghiệp {country} đã làm việc với UBND TP.HCM về các dự án hạ tầng.",
]
SUBJECTS = {"politics": POLITICS, "economy": ECONOMY, "society": SOCIETY, "sport": SPORT, "world": WORLD}
TITLES = {"politics": "{body} triển khai nhiệm vụ năm {year}", "economy": "Kinh tế {place}: {topic} tăng tốc",
          "society": "{police} khởi tố vụ lừa đảo qua mạng", "sport": "{club} thắng {club2} ở vòng {n} V-League",
          "world": "Việt Nam và {country} thúc đẩy hợp tác {topic}"}
PRESS_VI = ["Chiều {day}, {body} tổ chức họp báo thông tin về kết quả công tác quý I.",
            "{title} {body} {person} cho biết đơn vị sẽ hợp tác với {country} trong lĩnh vực chuyển đổi số.",
            "Tham dự họp báo có đại diện nhiều cơ quan tại {place} và Hà Nội."]
EN = ["On {day_en}, {body_en} held a press conference in Hanoi.",
      "Deputy head {person_en} said the ministry would work with {country_en} on {topic_en}.",
      "The conference was attended by officials from {place_en} and Hanoi."]


def people(rng: random.Random, n: int) -> list[str]:
    """``n`` distinct invented full names."""
    out: set[str] = set()
    while len(out) < n:
        out.add(f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}")
    return sorted(out)


def article(i: int, rng: random.Random, staff: dict[str, tuple[str, str]], players: list[str],
            coaches: dict[str, str], start: date) -> tuple[str, str]:
    """(file name, text with front matter) of article ``i``."""
    subject = rng.choices(list(SUBJECTS), weights=[3, 3, 3, 2, 2])[0]
    published = start + timedelta(days=rng.randrange(180))
    body, (title, person) = rng.choice(list(staff.items()))
    body2, (title2, person2) = rng.choice([x for x in staff.items() if x[0] != body])
    forms = next(b[1] for b in BODIES if b[0] == "Công an TP Hà Nội")
    club, club2 = rng.sample(CLUBS, 2)
    country, country_en = rng.choice(COUNTRIES)
    places = rng.sample(PLACES, 3) if rng.random() < 0.6 else ["Hà Nội"] + rng.sample(PLACES[1:], 2)
    values = {
        "day": f"{published.day}/{published.month}", "year": published.year, "place": places[0],
        "place2": places[1], "place3": places[2], "body": body, "body2": body2, "title": title,
        "person": coaches[club] if subject == "sport" else person, "given": person.split()[-1],
        "title2": title2, "person2": rng.choice(players) if subject == "sport" else person2,
        "n": rng.randrange(2, 90), "pct": f"{rng.randrange(2, 12)},{rng.randrange(10)}",
        "small": f"0,{rng.randrange(1, 9)}", "country": country, "company": rng.choice(COMPANIES),
        "topic": rng.choice(TOPICS), "police": rng.choice(["Công an TP Hà Nội"] + forms),
        "district": rng.choice(["Hoàn Kiếm", "Đống Đa", "Cầu Giấy", "Hà Đông", "Long Biên"]),
        "club": club, "club2": club2, "g1": rng.randrange(1, 4), "g2": rng.randrange(0, 2),
        "minute": rng.randrange(5, 90), "local": people(rng, 1)[0],
        "firm": f"Công ty TNHH {rng.choice(FIRM_A)} {rng.choice(FIRM_B)}", "rank": rng.randrange(1, 8), "nq": rng.choice([12, 25, 47, 88, 120, 152]),
    }
    templates = SUBJECTS[subject]
    first, rest = templates[0], templates[1:]
    chosen = [first] + rng.sample(rest, k=min(len(rest), rng.randrange(3, 6)))
    paragraphs = [" ".join(t.format(**values) for t in chosen[j:j + 2]) for j in range(0, len(chosen), 2)]
    headline = TITLES[subject].format(**values)
    head = (f"---\nid: tin-{i:05d}\ntitle: \"{headline}\"\nurl: https://example.org/tin/{i:05d}\n"
            f"published: {published.isoformat()}\nlang: vi\nsource: \"Bản tin thử\"\n---\n\n")
    return f"tin-{i:05d}.md", head + "\n\n".join(paragraphs) + "\n"


def press_pair(i: int, rng: random.Random, staff: dict[str, tuple[str, str]],
               start: date) -> list[tuple[str, str]]:
    """The same press conference told by a Vietnamese and an English article (same body, same day)."""
    body, (title, person) = rng.choice(list(staff.items())[:8])
    published = start + timedelta(days=rng.randrange(180))
    country, country_en = rng.choice(COUNTRIES)
    place = rng.choice(["Đà Nẵng", "Hải Phòng", "Cần Thơ"])
    values = {"day": f"{published.day}/{published.month}", "body": body, "title": title, "person": person,
              "country": country, "place": place}
    vi = (f"---\nid: tin-{i:05d}\ntitle: \"{body} họp báo về hợp tác với {country}\"\n"
          f"url: https://example.org/tin/{i:05d}\npublished: {published.isoformat()}\nlang: vi\n"
          f"source: \"Bản tin thử\"\n---\n\n" + " ".join(t.format(**values) for t in PRESS_VI) + "\n")
    return [(f"tin-{i:05d}.md", vi), english(i + 1, rng, body, person, published, country_en, place)]


def english(i: int, rng: random.Random, body: str, person: str, published: date, country_en: str,
            place: str) -> tuple[str, str]:
    """An English article about a press conference of a body the Vietnamese articles cover."""
    en = next(b[3] for b in BODIES if b[0] == body)
    values = {"day_en": published.strftime("%B %d").replace(" 0", " "), "body_en": f"the {en}",
              "person_en": person, "country_en": country_en, "topic_en": "digital transformation",
              "place_en": {"Đà Nẵng": "Da Nang", "Hải Phòng": "Hai Phong", "Cần Thơ": "Can Tho"}[place]}
    text = " ".join(t.format(**values) for t in EN)
    head = (f"---\nid: news-{i:05d}\ntitle: \"{en} briefs press on cooperation with {country_en}\"\n"
            f"url: https://example.org/news/{i:05d}\npublished: {published.isoformat()}\nlang: en\n"
            f"source: \"Test Wire\"\n---\n\n")
    return f"news-{i:05d}.md", head + text + "\n"


def make(n: int, seed: int, out: Path) -> int:
    """Write ``n`` articles into ``out``; returns how many files were written."""
    rng = random.Random(seed)
    pool = people(rng, 60)
    staff = {b[0]: (b[2], pool[k]) for k, b in enumerate(BODIES)}
    coaches = {c: pool[20 + k] for k, c in enumerate(CLUBS)}
    players = pool[30:]
    start = date(2025, 1, 1)
    out.mkdir(parents=True, exist_ok=True)
    i = 0
    while i < n:
        files = press_pair(i, rng, staff, start) if i % 20 == 18 and i + 1 < n else [
            article(i, rng, staff, players, coaches, start)]
        for name, text in files:
            (out / name).write_text(text, encoding="utf-8")
        i += len(files)
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("seed", type=int)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    out = args.out or Path(f"/tmp/kg-news-{args.n}-{args.seed}")
    make(args.n, args.seed, out)
    print(out)


if __name__ == "__main__":
    main()
