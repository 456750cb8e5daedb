"""Word lists the rule recognisers share: heads of names, stop words, cues.

These are closed-class Vietnamese and English words (grammar, not facts about
any article): the nouns that open an organisation, event or policy name, the
function words that end one, and the honorifics that open a person's name.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

# The capital letters of Vietnamese (and Latin-1) for regex classes, written out: the range
# from À to Ỹ also holds every lower-case accented letter ("đ", "ấ"). The media cue uses this
# class; the older recognisers still use the range (so "Tập đoàn xăng dầu Việt Nam điều chỉnh"
# runs on into the verb): spelling it out there too lowered our never-tuned held-out articles
# (relation F1 0.781 → 0.729) while raising the NER sets, so it was taken back (README, Accuracy).
UPPER_VI = "A-ZĐÀ-ÖØ-ÞĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ"

# Honorifics before a person's name (never part of the name).
# Words whose second syllable is a kinship or role word ("công bố" = announce): never an honorific.
NOT_HONORIFIC_COMPOUNDS_VI = frozenset({"công bố", "tuyên bố", "ban bố", "phân bố", "thông báo", "cha mẹ",
                                        "vợ chồng", "bố mẹ",
                                        "đồng thành"})  # "Hội đồng thành viên PVN Lê Mạnh Hùng": the board, no member
HONORIFICS_VI = ("ông", "bà", "anh", "chị", "cô", "đồng chí", "các đồng chí", "đ/c", "tỷ phú",
                 "doanh nhân", "nhà báo", "tiến sĩ", "TS.", "ThS.", "PGS.TS.", "GS.TS.", "PGS.",
                 "GS.", "TS", "PGS.TS", "GS.TS", "Ths.")
HONORIFICS_EN = ("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof.", "Professor")

# Words that open a Vietnamese organisation name ("Bộ Nội vụ", "Hiệp hội …").
ORG_HEADS_VI = (
    "Bộ", "Ủy ban", "Uỷ ban", "Ban", "Văn phòng", "Hiệp hội", "Hội", "Liên đoàn", "Liên hiệp",
    "Tổng cục", "Cục", "Sở", "Viện", "Học viện", "Trường Đại học", "Đại học", "Trường",
    "Trung tâm", "Tập đoàn", "Tổng công ty", "Tổng Công ty", "Công ty cổ phần", "Công ty TNHH", "Công ty",
    "CTCP", "Ngân hàng", "Quỹ", "Tổ công tác", "Ban Chỉ đạo", "Hội đồng", "Thành ủy", "Tỉnh ủy",
    "Đảng ủy", "UBND", "Ủy ban nhân dân", "Đài", "Báo", "Tạp chí", "Thông tấn xã", "Tòa án",
    "Viện kiểm sát", "Liên minh", "Khối", "Câu lạc bộ", "Mạng lưới", "Nhóm", "Cổng",
    "Bệnh viện", "Công an", "Tòa án nhân dân", "Toà án nhân dân", "Viện Kiểm sát nhân dân",
    "Viện kiểm sát nhân dân", "Cảnh sát", "Bộ Tư lệnh", "Bộ Chỉ huy", "Quân khu", "Quân chủng",
    "Binh chủng", "Nhà xuất bản", "NXB", "Nhà máy", "Hãng", "CLB", "Trường THPT", "Trường THCS",
    "Trường Tiểu học", "Trường Mầm non", "Trường THPT chuyên", "Trường THCS và THPT", "Đảng", "Mặt trận", "Hợp tác xã", "HTX", "Chi cục",
    "Phòng", "Phòng thí nghiệm", "Kho bạc", "Tổng Liên đoàn", "Cơ quan", "Đại sứ quán", "Tổng Lãnh sự quán",
    "Lãnh sự quán", "Huyện ủy", "Quận ủy", "Thị ủy", "Đoàn Thanh niên", "Hãng thông tấn",
    "Bảo tàng", "Nhà hát", "Thư viện", "Quân đoàn", "Sư đoàn", "Binh đoàn", "Lữ đoàn", "Trung đoàn",
    "Xí nghiệp", "Nhà văn hóa", "Hội đồng quản trị", "Vụ", "Tổng cục", "Đội Quản lý thị trường", "Đội Cảnh sát",
    "BV", "Trường ĐH", "ĐH", "ĐHQG", "CDC", "Công ty CP", "Cty", "Công ty TNHH MTV", "Trại giam",
    "Trung tâm Y tế", "Bộ đội Biên phòng", "Đoàn Luật sư", "Bộ Chỉ huy Quân sự", "Ủy ban MTTQ", "Trạm Y tế",
    "Đồn Biên phòng",  # "Đồn Biên phòng Cửa khẩu quốc tế Lao Bảo": a border post
    "Hội Liên hiệp Phụ nữ", "Hội Nông dân", "Hội Cựu chiến binh", "Liên đoàn Lao động",
    "Thành đoàn", "Tỉnh đoàn", "Huyện đoàn", "HĐND", "Hội đồng nhân dân", "Bảo hiểm xã hội",
    "Thành Đoàn", "Tỉnh Đoàn", "Huyện Đoàn",  # the Youth Union's local bodies, also spelt with a capital: "Thành Đoàn TP Hồ Chí Minh"
    "Tổ chức",  # "Tổ chức Y tế Thế giới"; not before an event or instrument (EVENT_OR_PLAN_AFTER_ORG_VERB)
    "Khoa",  # a hospital's or university's department ("Khoa Hồi sức tích cực")
    "Quỹ đầu tư",  # an investment fund whose name opens with its kind in lower case ("Quỹ đầu tư Tăng trưởng Mê Kông")
    "Cảng vụ", "Đồn Biên phòng", "Hãng phim", "Trường Tiểu học và THCS", "Trường Mầm non và Tiểu học",  # "Cảng vụ Hàng hải Quảng Ninh", "Đồn Biên phòng Sín Thầu"
    "Khu Quản lý đường bộ",  # a numbered road management zone of the road authority: "Khu Quản lý đường bộ IV"
    "Đoàn Thể thao", "Đoàn thể thao",  # a country's team at games: "Đoàn Thể thao Việt Nam" (not the surname Đoàn)
    "Đoàn Nghệ thuật", "Đoàn nghệ thuật", "Đoàn Ca múa nhạc", "Đoàn Văn công",  # a troupe: "Đoàn Nghệ thuật Khmer Ánh Bình Minh"
)
# Words after a capitalised "Tổ chức" that make it the verb ("Tổ chức Hội nghị …", "Tổ chức Lễ …"), not a body.
EVENT_OR_PLAN_AFTER_ORG_VERB = re.compile(
    r"(?:Hội nghị|Hội thảo|Hội thi|Hội chợ|Hội diễn|Hội khỏe|Hội thao|Hội trại|Tổng điều tra|Lễ|Đại hội|Diễn đàn|Kỳ họp|Phiên|Cuộc|Chương trình|Tuần|"
    r"Ngày|Giải|Buổi|Tọa đàm|Toạ đàm|Triển lãm|Kỳ thi|Lớp|Đoàn|Chiến dịch|Kế hoạch|Đợt|Festival|Liên hoan)\b")
# Local bodies named after the unit they govern: "Công an quận Hoàn Kiếm", "UBND xã Tân Lập".
LOCAL_BODY_HEADS_VI = (
    "UBND", "Ủy ban nhân dân", "Uỷ ban nhân dân", "HĐND", "Hội đồng nhân dân", "Công an",
    "Tòa án nhân dân", "Toà án nhân dân", "TAND", "Viện Kiểm sát nhân dân", "Viện kiểm sát nhân dân",
    "VKSND", "Đảng ủy", "Đảng bộ", "Bảo hiểm xã hội", "BHXH", "Kho bạc Nhà nước", "Cục Thuế",
    "Chi cục Thuế", "Trung tâm Y tế", "Bệnh viện Đa khoa", "Bộ Chỉ huy Quân sự",
    "Bộ Chỉ huy Bộ đội Biên phòng", "Ban Quản lý dự án", "Phòng Giáo dục và Đào tạo",
    "Cục Hải quan", "Liên đoàn Lao động", "Hội Nông dân", "Hội Liên hiệp Phụ nữ", "Tỉnh đoàn",
    "Thành đoàn", "Tỉnh Đoàn", "Thành Đoàn", "Mặt trận Tổ quốc", "Đoàn đại biểu Quốc hội", "Đoàn ĐBQH", "Cảnh sát PCCC",
    "Phòng Cảnh sát giao thông", "Ban Chỉ huy Quân sự", "Văn phòng UBND", "Thanh tra", "Trạm Y tế",
    "Ủy ban MTTQ", "Ủy ban Mặt trận Tổ quốc", "Bộ đội Biên phòng",
    "Đoàn Luật sư",  # "Đoàn Luật sư thành phố Hà Nội"
)
PATTERNS_DIR = Path(__file__).resolve().parent.parent / "data" / "patterns"


@lru_cache(maxsize=None)
def pattern_data(name: str) -> dict:
    """The JSON file ``name`` of ``kg/data/patterns`` (word lists the rules read), read once per process;
    shared between its readers, so never changed by them."""
    return json.loads((PATTERNS_DIR / name).read_text(encoding="utf-8"))


# … and the heads listed as data (kg/data/patterns/local_body_heads_vi.json)
LOCAL_BODY_HEADS_VI = LOCAL_BODY_HEADS_VI + tuple(pattern_data("local_body_heads_vi.json")["heads"])
# Administrative and geographic words that open a place name and belong to it
# (VLSP convention): "tỉnh Lào Cai", "huyện Gia Lâm", "sông Hồng", "đường Nguyễn Trãi".
PLACE_HEADS_VI = (
    "tỉnh", "thành phố", "TP.", "TP", "Tp.", "huyện", "quận", "thị xã", "thị trấn", "xã", "phường",
    "đặc khu", "huyện đảo", "xã đảo", "ấp", "thôn", "bản", "làng", "xóm", "khu phố", "tổ dân phố", "đường", "phố", "đại lộ", "quốc lộ",
    "tỉnh lộ", "đường cao tốc", "cao tốc", "sông", "suối", "núi", "đèo", "hồ", "vịnh", "đảo", "quần đảo", "bán đảo",
    "biển", "cầu", "sân bay", "cảng", "chợ", "sân", "bang", "hầm", "bến", "cửa khẩu",
    "châu", "miền", "khu du lịch", "vườn quốc gia", "đồng bằng", "cao nguyên", "thủ phủ",
    "khu công nghiệp", "khu kinh tế", "khu đô thị", "khu chế xuất", "cụm công nghiệp", "khu công nghệ cao",
    "sân vận động", "nhà thi đấu", "chùa", "đền", "đình", "lăng", "điện", "tháp", "nhà thờ", "dải",
    "bãi biển", "bãi", "thung lũng", "hang", "động", "phá", "đầm", "kênh", "rạch", "bến xe", "ga", "công viên",
    "quảng trường", "buôn", "sóc", "khóm", "bản", "thành cổ", "phố cổ", "đỉnh", "trạm", "thủy điện",
    "núi lửa", "rừng", "lâu đài", "vườn hoa", "trạm thu phí", "nút giao", "thác", "ghềnh", "eo biển", "ngõ", "ngách", "hẻm",
    "đường tỉnh", "đường vành đai", "đường Vành đai", "vành đai", "khu đô thị mới",  # "Đường tỉnh 845", "Khu đô thị mới Nam …"
    "cảng biển", "cảng hàng không", "phố đi bộ",  # "cảng biển Hải Phòng": the port, not the sea
    "KCN", "CCN", "KKT", "KCX",  # the parks and zones abbreviated: "KCN Quế Võ", "KKT Vân Đồn"
)
# Administrative units whose name may be a number ("quận 1", "phường 12", "quốc lộ 1A").
NUMBERED_PLACE_HEADS_VI = frozenset({"quận", "phường", "quốc lộ", "tỉnh lộ", "đường", "khu phố", "xóm", "ngõ", "ngách", "hẻm",
                                     "tổ dân phố", "ấp", "thôn", "đường tỉnh", "đường vành đai", "vành đai"})
# Roles written before a name that are not titles of office ("cầu thủ Quang Hải", "HLV Park Hang-seo").
PERSON_ROLES_VI = (
    "cầu thủ", "tiền đạo", "tiền vệ", "hậu vệ", "trung vệ", "thủ môn", "thủ thành", "HLV",
    "huấn luyện viên", "trợ lý", "danh thủ", "tay vợt", "võ sĩ", "vận động viên", "VĐV", "kỳ thủ",
    "ca sĩ", "nhạc sĩ", "diễn viên", "đạo diễn", "nghệ sĩ", "NSND", "NSƯT", "nhà văn", "nhà thơ",
    "họa sĩ", "người mẫu", "hoa hậu", "á hậu", "MC", "bị can", "bị cáo", "nghi phạm", "nghi can",
    "đối tượng", "nạn nhân", "bệnh nhân", "cháu", "em", "cụ", "bé", "tài xế", "giáo sư", "bác sĩ",
    "kỹ sư", "luật sư", "nhà khoa học", "nhà nghiên cứu", "chuyên gia", "sinh viên",
    "học sinh", "thầy", "cô giáo", "thầy giáo", "vợ", "chồng", "con trai", "con gái", "mẹ", "bố",
    "cha", "tỷ phú", "triệu phú", "thượng nghị sĩ", "nghị sĩ",
    "hạ nghị sĩ", "thủ lĩnh", "ngài", "vua", "hoàng đế", "giáo hoàng", "rapper", "nghệ sĩ nhân dân",
    "nghệ sĩ ưu tú", "đội trưởng", "thủ quân", "trọng tài", "tay đua", "golf thủ", "người đẹp",
    "diễn giả", "nữ sinh", "nam sinh", "thí sinh", "ứng viên", "ứng cử viên", "nhà đầu tư", "thượng tọa",
    "hòa thượng", "đại đức", "linh mục", "mục sư", "nhà sư", "sư thầy", "ni sư", "già làng", "liệt sĩ",
    "quốc vương", "nữ hoàng", "thái tử", "hoàng tử", "công chúa", "siêu sao", "ngôi sao", "chân sút",
    "thủ thành", "kình ngư", "lực sĩ", "chủ công", "cựu tổng thống", "cựu thủ tướng", "tổng thống",
    "phó tổng thống", "ngoại trưởng", "thị trưởng", "thống đốc bang", "tổng tư lệnh", "nhà lãnh đạo",
    "thành viên", "trưởng nhóm", "nhà thiết kế", "y sĩ", "y tá", "điều dưỡng", "dược sĩ", "nhà sản xuất",
    "biên kịch", "nhiếp ảnh gia", "vũ công", "người dẫn chương trình", "nhạc trưởng", "tác giả",
)
# Words that end an English organisation name ("… Commission", "Viettel Group").
ORG_TAILS_EN = (
    "Ministry", "Commission", "Committee", "Council", "Academy", "Association", "Chamber",
    "Group", "Fund", "Office", "Assembly", "Agency", "Bank", "Institute", "University",
    "Corporation", "Company", "Government", "Politburo", "Secretariat", "Union", "Federation",
    "Organisation", "Organization", "Centre", "Center", "Department", "Administration",
    "Authority", "Party", "Corp", "Inc", "JSC", "Ltd", "Board", "Network", "Alliance",
    "Television", "Radio", "Agency", "Team", "Club", "Society", "Court", "Procuracy", "Hospital",
    "Electronics", "Holdings", "Airlines", "Motors", "Industries", "Securities", "Airways", "Exchange",
    "Sub-department", "Sub-Department", "Division", "College", "Inspectorate", "Police", "Command", "Senate", "Limited",
    "School", "Faculty",  # "the School of Information and Communications Technology", "Faculty of Law"
    "Publishing", "Publishers",
) + tuple(pattern_data("org_kinds_en.json")["tails"])  # clinics, studios, foundations … (data)
# Capitalised English words that never stand in a person's name: a run holding one
# ("Hoang Hoa District People's Committee", "Nguyen Tri Phuong Hospital") names a place or body.
NOT_NAME_WORDS_EN = frozenset(ORG_TAILS_EN) | {"District", "Province", "People", "Commune", "Ward", "Town"}
# Capitalised words of bodies that no foreign name after a title and its body holds ("Commander of the
# Quang Ngai Provincial Military Command" names no "Military Command")
BODY_WORDS_EN = NOT_NAME_WORDS_EN | {"Military", "Command", "Provincial", "Municipal", "City", "Police", "Guard",
                                     "Border", "Army", "Navy", "Forces", "Force", "Bureau", "Directorate",
                                     "Inspectorate", "National", "Central", "State", "General"}
# Words that open an English organisation name ("Ministry of …", "Office of the …").
ORG_HEADS_EN = ("Ministry", "Office", "Department", "Bank", "Academy", "University", "Institute",
                "Committee", "Commission", "Council", "Chamber", "Association", "Union",
                "Federation", "Agency", "Board", "Working Group", "Fund", "Centre", "Center", "College", "Directorate",
                "Confederation")  # "the Confederation of Asian Basketball"

# Words that open a Vietnamese event name.
EVENT_HEADS_VI = (
    "Diễn đàn", "Hội nghị", "Hội thảo", "Đại hội", "Phiên họp", "Kỳ họp", "Lễ", "Triển lãm",
    "Hội chợ", "Hội thi", "Cuộc thi", "Giải thưởng", "Tuần lễ", "Tuần phim", "Tuần văn hóa", "Tuần Văn hóa",
    "Ngày hội", "Họp báo", "Tháng hành động", "Phiên chợ",  # "Phiên chợ hàng Việt về nông thôn": a market day
    "Hội nghị thượng đỉnh", "Liên hoan", "Chương trình nghệ thuật", "Lễ hội", "Tọa đàm",
    "Phiên chất vấn", "Phiên thảo luận", "Hội nghị Trung ương", "Kỳ thi", "Olympic",
    "Festival",  # "Festival Hoa Đà Lạt lần thứ XI năm 2032": a festival named in English, as "Lễ hội"
    "Diễn tập",  # "Diễn tập phương án chữa cháy và cứu nạn, cứu hộ cấp tỉnh năm 2031": a numbered or dated drill
    "Đêm nhạc", "Đêm thơ", "Đêm hội", "Hòa nhạc", "Chương trình hòa nhạc",  # "Đêm nhạc Giai điệu Tổ quốc"
    "Đêm nghệ thuật", "Đêm văn nghệ",  # "tổ chức đêm nghệ thuật “Sắc màu văn hóa Khmer”": a night show (held, or named)
    "Trưng bày chuyên đề",  # a museum's themed display: "Trưng bày chuyên đề “Gốm Chu Đậu …”" (not bare "Trưng bày")
    "Chiến dịch",  # "phát động Chiến dịch thanh niên tình nguyện hè năm 2027": a dated campaign (numbered heads below)
    "Năm Du lịch quốc gia",  # "Năm Du lịch quốc gia 2027 - Cần Thơ": the yearly national tourism event a province hosts
    # sports days, shows, camps and censuses, numbered or dated: "Hội thao công nhân viên chức lao động năm 2030",
    # "Hội diễn nghệ thuật quần chúng lần thứ X", "Hội trại tòng quân năm 2030", "Tổng điều tra dân số và nhà ở năm 2029"
    "Hội thao", "Hội diễn", "Hội trại", "Hội khỏe", "Hội khoẻ", "Tổng điều tra",
    # a job fair's sitting and a road race: "Phiên giao dịch việc làm lưu động", "Giải chạy “Vì trẻ em vùng cao” lần thứ II"
    "Phiên giao dịch việc làm", "Giải chạy",
    "Hội sách", "Hội báo", "Chợ phiên",  # numbered or dated only: "Hội sách … lần thứ X", "Chợ phiên nhân đạo năm 2030"
)
# Heads that open an event's name only when the name is numbered or dated ("Diễn tập … năm 2031", "Chiến dịch … hè
# năm 2027"); a headline such as "Diễn tập ứng cứu sự cố an ninh mạng quy mô quốc gia" names no event of its own, nor
# does a war's campaign ("Chiến dịch Điện Biên Phủ")
NUMBERED_EVENT_HEADS_VI = ("diễn tập", "chiến dịch", "hội thao", "hội diễn", "hội trại", "hội khỏe", "hội khoẻ", "tổng điều tra",
                           "hội sách", "hội báo", "chợ phiên")
# Heads that open an event only capitalised: "chiến dịch năm nay huy động …" is prose about a campaign named before
# ("giải chạy góp phần quảng bá …", "tổ chức 24 phiên giao dịch việc làm": prose about the kind, no reference)
CAPITALISED_EVENT_HEADS_VI = ("chiến dịch", "giải chạy", "phiên giao dịch việc làm")
# English event nouns ("… Forum", "… Summit", "groundbreaking ceremony").
EVENT_TAILS_EN = ("Forum", "Conference", "Summit", "Congress", "Session", "Meeting", "Ceremony",
                  "Awards", "Award", "Exhibition", "Festival", "Expo", "Week", "Fair", "Plenum",
                  "Dialogue", "Workshop", "Seminar", "Contest", "Competition", "Prize", "Prizes",
                  "Consultation", "Consultations", "Symposium", "Roundtable", "Exercise", "Drill", "Games",
                  "Showcase", "Trade Show", "Marathon", "Tournament", "Championship", "Championships", "Carnival",
                  "Open", "Cup", "Challenge", "Olympiad", "Hackathon", "Regatta", "Mart", "Gala", "Concert",
                  "Parade", "Retreat", "Biennale", "Motor Show", "Air Show", "Road Show", "Roadshow",
                  ) + tuple(pattern_data("event_kinds_en.json")["tails"])  # races, rallies, pageants … (data)
# Generic event nouns that name an event only when the sentence dates it.
GENERIC_EVENTS_VI = ("họp báo", "hội nghị", "hội thảo", "lễ ký kết", "lễ khởi công", "lễ khánh thành",
                     "lễ ra mắt", "buổi làm việc", "phiên họp", "cuộc họp", "tọa đàm", "lễ công bố",
                     "lễ trao giải", "lễ khai trương", "diễn tập", "buổi diễn tập", "lễ ký hợp đồng",
                     "lễ ký thỏa thuận", "lễ ký biên bản ghi nhớ", "lễ vận hành", "lễ bàn giao", "lễ phát động",
                     # trials: "Ngày 8/10, TAND tỉnh … mở phiên tòa sơ thẩm …"
                     "phiên tòa", "phiên tòa sơ thẩm", "phiên tòa phúc thẩm", "phiên tòa giám đốc thẩm",
                     "phiên tòa xét xử sơ thẩm", "phiên tòa xét xử phúc thẩm", "phiên xét xử",
                     "phiên xét xử sơ thẩm", "phiên xét xử phúc thẩm",
                     # a sitting's question time: "Chiều cùng ngày, Quốc hội tiến hành phiên chất vấn …"
                     "phiên chất vấn", "phiên chất vấn và trả lời chất vấn", "phiên thảo luận", "buổi chất vấn",
                     # a committee's hearing and a dated training course: "… tổ chức phiên giải trình về …"
                     "phiên giải trình", "lớp tập huấn", "buổi tập huấn", "khóa tập huấn",
                     # a deputies' meeting with voters: "Chiều cùng ngày, Đoàn ĐBQH … tổ chức buổi tiếp xúc cử tri tại …"
                     "buổi tiếp xúc cử tri", "cuộc tiếp xúc cử tri")
GENERIC_EVENTS_EN = ("press conference", "press briefing", "news conference", "regular meeting", "meeting", "ceremony",
                     "groundbreaking ceremony", "launch ceremony", "signing ceremony", "conference",
                     "workshop", "seminar", "session", "plenary session", "summit", "forum",
                     "annual general meeting", "extraordinary general meeting", "shareholders' meeting")

# Words that end a Vietnamese name run: single-syllable function words …
STOP_VI = frozenset("""
tại vào ngày với do đã sẽ đang vừa được bị là có nhằm để cho và hoặc nhưng mà thì nên cũng đều còn
từ trong ngoài trên dưới theo về của như khi sau trước giữa cùng bằng qua lần các những một hai ba
nhiều mới vẫn không chưa đây đó ấy kia sáng chiều tối hôm này dự trao ký nói nêu gồm nhận
ở thuộc đến tới sang bởi rằng nơi khóa khoá
phạt
""".split())  # "phạt": "Hiệp hội Bóng đá Anh | phạt Chelsea"
# … and verbs of two syllables (matched as phrases: "công" alone starts "công nghệ", a name word).
STOP_PHRASES_VI = frozenset(p.replace("_", " ") for p in """
tổ_chức diễn_ra khai_mạc bế_mạc phát_biểu tham_dự chủ_trì ban_hành thông_qua công_bố triển_khai
thực_hiện cho_biết nhấn_mạnh khẳng_định cho_rằng thành_lập nắm_giữ cam_kết đầu_tư xây_dựng hoàn_tất
chuyển_nhượng ký_kết phối_hợp trao_đổi làm_việc tiếp_nhận đề_nghị yêu_cầu nhiệm_kỳ đề_xuất đề_cử
kêu_gọi tuyên_bố công_nhận ghi_nhận phê_duyệt chỉ_đạo quyết_định cho_phép tiếp_tục đánh_giá cảnh_báo
""".split())
# … and the action verbs listed as data (kg/data/patterns/name_end_verbs_vi.json)
STOP_PHRASES_VI = STOP_PHRASES_VI | frozenset(pattern_data("name_end_verbs_vi.json")["verbs"])
# "dự án", "dự thảo" … are nouns, not the verb "dự" (attend); "dự kiến" (expected: "Kỳ thi dự kiến diễn ra …") ends a name.
NOT_STOP_AFTER_DU = frozenset({"án", "thảo", "toán", "báo", "trữ", "phòng", "luật"})


def _stop_compounds() -> dict[str, dict[str, frozenset[str]]]:
    """Stop syllables that form a noun with their neighbour (kg/data/patterns/stop_compounds_vi.json)."""
    global _STOP_COMPOUNDS
    if _STOP_COMPOUNDS is None:
        raw = pattern_data("stop_compounds_vi.json")
        _STOP_COMPOUNDS = {side: {w: frozenset(v) for w, v in raw[side].items()} for side in ("after", "before", "objects_not")}
    return _STOP_COMPOUNDS


_STOP_COMPOUNDS: dict[str, dict[str, frozenset[str]]] | None = None


def is_stop_vi(words: list[str], k: int) -> bool:
    """Word ``k`` of ``words`` (lower-cased syllables) ends a Vietnamese name, unless it is half of a
    noun with its neighbour ("đổi mới", "sau đại học")."""
    w = words[k]
    nxt = words[k + 1] if k + 1 < len(words) else ""
    if w == "dự" and nxt in NOT_STOP_AFTER_DU:
        return False
    if stop_in_compound_vi(words[k - 1] if k > 0 else "", w, nxt):
        return False
    return w in STOP_VI or f"{w} {nxt}" in STOP_PHRASES_VI


def stop_in_compound_vi(prev: str, w: str, nxt: str) -> bool:
    """The stop syllable ``w`` (lower case) is half of a noun with the syllable before or after it ("nhà ở",
    "hàng không", "nông thôn mới", "mặt bằng": stop_compounds_vi.json), so it ends no name or field there.
    A neighbour may be a joined word ("cho_nhà" of event_names.bound_phrases_joined): its syllable next to
    ``w`` still makes the compound ("tín dụng cho_nhà ở xã hội")."""
    comp = _stop_compounds()
    prev = prev.rsplit("_", 1)[-1]
    if prev in comp["after"].get(w, ()) or nxt.split("_", 1)[0] in comp["before"].get(w, ()):
        # "đầu tư vào nông nghiệp": a preposition with its object goes on; not before a stop, number or time word
        return w not in comp["objects_not"] or bool(nxt and nxt not in STOP_VI and nxt not in comp["objects_not"][w]
                                                    and not nxt[:1].isdigit())
    return False


_SYLLABLE_BEFORE = re.compile(r"([^\W\d_]+)\s+$")
_SYLLABLE_AFTER = re.compile(r"\s+([^\W\d_]+)")


def compound_at_vi(text: str, start: int, end: int) -> bool:
    """The stop word ``text[start:end]`` is half of a compound with its neighbour in ``text`` ("tín dụng cho nhà
    ở xã hội": "ở" after "nhà"): a boundary pattern that matched it ends nothing there."""
    before = _SYLLABLE_BEFORE.search(text, max(0, start - 12), start)
    after = _SYLLABLE_AFTER.match(text, end, end + 12)
    return stop_in_compound_vi(before.group(1).casefold() if before else "", text[start:end].casefold(),
                               after.group(1).casefold() if after else "")


# Conjunctions that may join parts inside an organisation name.
NAME_JOINERS_VI = frozenset({"và", ",", "-", "–", "&"})

# Lower-case words that may stand inside an English name.
NAME_JOINERS_EN = frozenset({"of", "and", "for", "on", "the", "to", "&", "-", "–", ","})

# Date cues.
DATE_CUES_VI = ("ngày", "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "sáng ngày", "chiều ngày",
                "tối ngày", "rạng sáng")
MONTHS_EN = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
MONTHS_EN.update({m[:3]: i for m, i in list(MONTHS_EN.items())})
MONTHS_EN["sept"] = 9
WEEKDAYS_VI = {"thứ hai": 0, "thứ ba": 1, "thứ tư": 2, "thứ năm": 3, "thứ sáu": 4, "thứ bảy": 5,
               "chủ nhật": 6}
WEEKDAYS_EN = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
               "saturday": 5, "sunday": 6}
# "last Friday": a weekday after "last" is never the day written (on a Friday, the Friday before)
LAST_WEEKDAY = re.compile(r"(?<![\w])last\s+$", re.IGNORECASE)

# Single words that name a place only in context ("nước Anh"), never alone.
AMBIGUOUS_PLACES = frozenset({"anh", "ý", "nam", "bắc", "trung", "tây", "đông", "hàn", "nhật",
                              "pháp", "đức", "nga", "úc", "lào", "mỹ"})
# Of those, the ones that are safe when capitalised mid-sentence.
SAFE_CAPITALISED_PLACES = frozenset({"lào", "mỹ", "pháp", "đức", "nga", "úc", "nhật"})

# Credit lines: "Ảnh: Nhật Bắc", "Photo: VGP/Nhat Bac".
CREDIT_CUES = ("Ảnh:", "Ảnh :", "Photo:", "Nguồn:", "Source:", "Ảnh minh họa:", "Video:")

# Lines that link another story inside an article's text ("Xem thêm: …", ">> Đọc thêm: …", "Read more: …"):
# a scraper's plain text keeps them; they are no part of the story.
READ_ALSO_CUES = ("xem thêm", "đọc thêm", "tin liên quan", "bài liên quan", "xem tiếp", "tin cùng chuyên mục",
                  "read more", "related", "see also", "also read", "read also", "related news")
# A line that is only one of these (a colon may follow) heads a page's list of other stories: the
# headlines below it, up to the story's next paragraph, are no part of the story.
RELATED_LIST_HEADERS = ("tin liên quan", "bài liên quan", "tin cùng chuyên mục", "tin khác", "tin mới",
                        "tin đọc nhiều", "đọc nhiều nhất", "xem thêm", "đọc thêm", "có thể bạn quan tâm",
                        "related", "related news", "related stories", "related articles", "more news", "see also",
                        "most read", "read more", "you may also like", "more stories")
# The first words of a page's tag and share lines ("Tags: …", "Từ khóa: …", "Chia sẻ Facebook | Zalo").
# (Not "Chủ đề:": an event's own line may give its theme.) A share line holds only the platforms.
TAG_LINE_CUES = ("tags", "tag", "từ khóa", "từ khoá", "keywords")
SHARE_LINE_CUES = ("chia sẻ", "share", "share on", "in bài", "print")
SHARE_PLATFORMS = ("facebook", "zalo", "twitter", "x", "linkedin", "email", "e-mail", "messenger", "telegram",
                   "copy link", "sao chép liên kết", "in bài", "print", "gửi bài", "bình luận", "comment")

# Words that open English sentences and are written with a capital inside one only as part of a
# name: where copy lost its paragraph breaks, they end a run-in headline or credit ("By" a byline).
EN_SENTENCE_OPENERS = ("The", "This", "These", "Those", "Its", "Their", "He", "She", "They", "Among",
                       "According", "Speaking", "However", "Meanwhile", "Earlier", "Previously", "Currently",
                       "During", "Following", "By")
# Prepositions that open an English sentence with a capital before a place's name ("Near Hạ Long Bay, …",
# "Outside Tân Sơn Nhất Airport"): no venue's name begins with one.
PLACE_PREPOSITIONS_EN = ("Near", "Outside", "Inside", "Along", "Across", "Around", "Beyond", "Behind", "Opposite",
                         "Towards", "Toward", "Through", "Via", "Within")
# The same in Vietnamese: a capital then a lower-case word that together open a sentence and never a name.
VI_SENTENCE_OPENERS = ("Sau khi", "Theo đó", "Tuy nhiên", "Ngoài ra", "Trong đó", "Trước đó", "Bên cạnh đó",
                       "Đồng thời", "Hiện nay", "Cũng theo", "Phát biểu", "Tham dự", "Dự buổi", "Dự hội", "Dự lễ",
                       "Tại buổi", "Tại hội", "Tại lễ", "Tại kỳ", "Trước khi", "Trong khi", "Thời gian qua",
                       "Nhân dịp", "Để thực hiện", "Cũng tại", "Trả lời")

# Words that end the Latin-script name of a club or company ("… FC", "Qualcomm Technologies").
ORG_TAILS_LATIN = frozenset({"FC", "United", "City", "Club", "Group", "Corp", "Inc", "Airlines", "Airways",
                             "Motors", "Bank", "Holdings", "Technologies", "Electronics", "Retail", "Land",
                             "Capital", "Securities", "Pharma", "Energy", "Steel", "Foods", "Telecom", "Software",
                             "Solutions", "Logistics", "Media", "Entertainment", "Studio", "Studios", "Resort",
                             "Hotel", "Hospital", "School", "College", "University", "Institute", "Labs", "Lab",
                             "Ventures", "Partners", "Fund", "Insurance", "Airport", "Post", "Times", "News"})

# Words that make a capitalised run the name of a competition, product or event, not a person.
NOT_NAME_WORDS = frozenset(w.casefold() for w in (
    "League", "Cup", "Open", "Games", "Championship", "Championships", "Awards", "Award", "Festival",
    "Expo", "Tour", "Series", "Grand", "Prix", "Olympic", "Olympics", "Premier", "Champions", "Liga",
    "Serie", "Bundesliga", "Show", "Idol", "Got", "Talent", "Summit", "Forum", "Week", "Day", "Pro",
    "Max", "Plus", "Ultra", "Galaxy", "iPhone", "Windows", "Android", "Online", "Digital", "Smart",
    "Big", "Data", "Cloud", "Chat", "GPT"))

# Lower-case nouns after which a capitalised run names an award, a work or a product, not a
# person ("giải Camera Vàng", "bộ phim Bố Già", "ca khúc Hà Nội Mùa Thu").
WORK_CUES_VI = ("giải", "giải thưởng", "danh hiệu", "huân chương", "huy chương", "cúp", "phim", "bộ phim",
                "ca khúc", "bài hát", "album", "cuốn sách", "tiểu thuyết", "chương trình", "tác phẩm", "vở")

# Lower-case nouns after which a capitalised run names a newspaper, channel or news agency
# ("tờ Le Monde", "kênh truyền hình Al Arabiya", "báo Washington Post"; a bare "kênh" is also a
# canal, "kênh Nhiêu Lộc"); "báo" counts only when it is
# not the second syllable of a word ("thông báo", "cảnh báo", "họp báo"). Journals ("tạp chí
# The Lancet") are left out: the annotation contract does not count them as bodies.
MEDIA_CUES_VI = ("tờ", "báo", "kênh truyền hình", "đài", "hãng tin", "hãng thông tấn",
                 "nhật báo", "tuần báo", "báo điện tử", "trang tin", "tờ báo")
NOT_MEDIA_BAO_VI = frozenset({"thông", "cảnh", "dự", "tình", "tố", "khai", "trình", "phản", "loan", "họp",
                              "cấp", "tin", "điện", "nhật", "tuần", "tờ", "học", "hỏa", "đáp", "mách"})

# Lower-case words after which a country, province or city stands for its team (the VLSP
# convention tags it ORG): "trận gặp Thái Lan", "đội tuyển Việt Nam", "cổ động viên Nam Định".
# ("tiếp đón" is left out: in diplomatic news it receives a country's delegation).
TEAM_CUES_VI = ("trận gặp", "trận đấu với", "trận đấu gặp", "đối đầu với", "đội tuyển", "cổ động viên", "thắng", "thua", "hòa", "cầm hòa", "đánh bại",
                "làm khách trước")
# A squad word with the sport, sex or age group between it and the place: "đội tuyển bóng chuyền
# nữ Việt Nam", "tuyển nữ Philippines", "Đội tuyển U23 Thái Lan".
SQUAD_WORDS_VI = ("đội tuyển", "Đội tuyển", "tuyển", "Tuyển")
SQUAD_QUALIFIERS_VI = ("bóng đá", "bóng chuyền", "bóng rổ", "bóng bàn", "bóng ném", "futsal", "bơi", "điền kinh",
                       "cầu lông", "quần vợt", "nam", "nữ", "trẻ", "quốc gia", "bãi biển", "trong nhà")
# Of those, the bare result verbs also say "win a lawsuit", "lose to China on exports": they
# make a team only in a sentence about a match (a score "3-1", or one of SPORT_WORDS_VI).
RESULT_VERBS_VI = frozenset({"thắng", "thua", "hòa", "đánh bại"})
SPORT_WORDS_VI = ("trận", "bàn thắng", "ghi bàn", "tỷ số", "đội", "tuyển", "CLB", "câu lạc bộ", "giải", "vòng",
                  "bảng", "hiệp", "phút", "sân", "HLV", "cầu thủ", "thủ môn", "tiền đạo", "V-League", "SEA Games",
                  "AFF Cup", "World Cup", "ASIAD", "Olympic", "bóng đá", "bóng chuyền", "quần vợt", "set")

# Particles inside foreign personal names ("Ursula von der Leyen", "al-Sisi").
NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "di", "del", "dos", "bin", "al", "el", "la", "le"})

# Lower-case words that introduce an organisation's name ("hãng BYD", "sàn HNX", "nhóm nhạc BTS").
ORG_CUES_VI = frozenset({"hãng", "công ty", "tập đoàn", "ngân hàng", "sàn", "tổ chức", "hiệp hội", "nhóm nhạc",
                         "ban nhạc", "báo", "tạp chí", "đài", "quỹ", "hãng tin", "hãng thông tấn", "nhà mạng",
                         "liên đoàn", "nhóm", "lực lượng", "đảng", "thương hiệu", "chuỗi", "câu lạc bộ", "clb"})

# Upper-case words that are not names of bodies.
COMMON_ACRONYMS = frozenset("""USD VND EUR GDP CPI FDI ODA COVID AI IT CNTT THPT THCS ĐH VN TP CEO CFO CTO MV
TV PC SMS OTP QR ATM PCCC CSGT BHXH BHYT CCCD GPLX KHCN ĐMST CĐS ICT IoT VR AR 5G 6G 4G LNG LPG EV
MC DJ SEA TS PGS GS ThS BS KS NSND NSƯT ĐBQH HĐND UBND ASEAN""".split())

# Administrative units: a place opened by one can end a body's name ("Bộ đội Biên phòng tỉnh Cao Bằng").
ADMIN_HEADS_VI = frozenset({"tỉnh", "thành phố", "huyện", "quận", "thị xã", "thị trấn", "xã", "phường", "đặc khu",
                            "huyện đảo", "xã đảo", "ấp", "thôn",
                            "bản", "làng", "xóm", "buôn", "sóc", "khóm", "miền"})

# Place heads still read as heads when capitalised ("Tỉnh Nghệ An", "Sông Hồng").
CAPITALISABLE_PLACE_HEADS_VI = frozenset({"tỉnh", "thành phố", "tp.", "tp", "huyện", "quận", "thị xã", "thị trấn",
                                          # roads written with a capital: "Quốc lộ 1A", "Cao tốc Bắc - Nam"
                                          "quốc lộ", "tỉnh lộ", "đường tỉnh", "đường vành đai", "vành đai", "đường cao tốc", "cao tốc",
                                          "khu đô thị mới", "cảng hàng không", "cảng biển", "phố đi bộ",
                                          "xã", "phường", "sông", "núi", "đèo", "vịnh", "đảo", "quần đảo", "thác",
                                          "núi lửa", "eo biển",
                                          "biển", "cầu", "sân bay", "cảng", "chợ", "bang", "cửa khẩu",
                                          "vườn quốc gia", "bán đảo", "cao nguyên", "khu công nghiệp",
                                          "khu kinh tế", "khu đô thị", "sân vận động", "chùa", "đền", "lăng",
                                          "nhà thờ", "thung lũng", "hang", "động", "công viên", "quảng trường",
                                          "bến xe", "nhà thi đấu", "phố cổ", "thành cổ", "hầm", "ga", "đỉnh",
                                          "trạm", "thủy điện", "núi lửa", "rừng", "lâu đài", "vườn hoa",
                                          "kcn", "ccn", "kkt", "kcx"})

# Heads of bodies whose name may end in a number ("Bệnh viện Nhân dân 115", "Quân khu 7").
NUMBERED_ORG_HEADS_VI = frozenset({"Bệnh viện", "Quân khu", "Quân đoàn", "Sư đoàn", "Binh đoàn", "Lữ đoàn",
                                   "Trung đoàn", "Trường", "Nhà máy", "Xí nghiệp", "Tổng công ty", "Tổng Công ty", "Công ty"})

# Last words of a body name that a number may follow ("Ngân hàng Nhà nước Chi nhánh Khu vực 10").
NUMBERED_NAME_ENDS_VI = ("Khu vực", "Vùng", "Chi nhánh", "Phân hiệu", "Cơ sở", "Đội", "Khu")

# Bare organisation nouns that refer back to a named body ("Công ty tập trung vào …", "The company said").
ORG_REF_HEADS_VI = ("Công ty", "Tập đoàn", "Hiệp hội", "Liên đoàn", "Ngân hàng", "Ban Chỉ đạo", "Tổ công tác",
                    "Đảng ủy", "Hội đồng")
# "Hội đồng" goes on with these words as the name of a council of its own kind, not the one named before
COUNCIL_KINDS_VI = ("nhân dân", "quản trị", "thành viên", "khoa học", "thẩm định", "nghiệm thu", "tuyển sinh",
                    "xét xử", "thi", "bầu cử", "trường", "quốc gia", "tư vấn", "giám khảo", "hương", "quân nhân",
                    "thi đua", "kỷ luật", "chấm", "đánh giá", "Nhà nước")

ORG_REF_HEADS_EN = ("The company", "The group", "The association", "The ministry", "the company",
                    "the group", "the association", "the ministry", "the steering committee", "The steering committee",
                    "the working group", "The working group", "the task force", "The task force",
                    "The institute", "the institute", "The university", "the university", "The centre",
                    "the centre", "The hospital", "the hospital", "The department", "the department",
                    "The central bank", "the central bank", "The federation",
                    "the federation", "The court", "the court", "The foundation", "the foundation",
                    "The legislature", "the legislature")
