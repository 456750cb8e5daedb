"""Which candidate wins when two cover the same text: the priority of every source, in one table.

:func:`~kg.nlp.recognizers.resolve.resolve_overlaps` compares candidates in
bands of ten points (``priority // 10``). A higher band beats a lower one
whatever the lengths; inside a band the longer span wins ("Trần Minh Đức" over
the country "Đức"), then the higher priority. The bands:

70  dates
60  known names, names with a cue, and names the rules build
50  a body read from context ("Ủy ban" after a body named by its task)
40  capitalised runs typed by their neighbours, lists, names right after an English title
30  the statistical taggers and generic events
20  references that need an antecedent ("ông Trung", "Diễn đàn", "Công ty")
0   titles, which never compete with names (they are spans of their own)

A key is the candidate's ``source`` (``span._.kg_source``); a source whose
candidates compete at two levels has a second key ``source/variant``.
"""
from __future__ import annotations

PRIORITY: dict[str, int] = {
    # 70: dates
    "date-vi": 70,
    "date-en": 70,
    "date-dateline": 70,  # "VIETNAM, July 13 -": dates the report
    "date-weekday": 69,  # "thứ Hai", "on Monday": a date from the weekday and the publication date
    # 60: known names, cued names, rule-built names
    "honorific": 69,  # "ông Phan Đức Trung", "Mr Hung": above the gazetteer ("anh Đức" is a man, not Germany)
    "credit": 69,  # "Ảnh: VinAI"
    "byline": 69,  # "PV Thái Bình"
    "gazetteer": 68,
    "dharma-name": 69,  # "Thích Nhất Hạnh", "Thich Nhat Hanh": a monastic's name, over "Nhat" read as Japan
    "given-name/speaker": 69,  # "Vinh said" after "Le Quang Vinh": the person, not the city Vinh
    "team": 68,  # "U23 Việt Nam"
    "team-cue": 69,  # "trận gặp Thái Lan": the place named as its team
    "org-brand/unit": 67,  # a known company and more brand words: "Qualcomm Technologies"
    "org-short": 66,  # "1Matrix" after "Công ty cổ phần 1Matrix"
    "policy-number": 66,
    "policy-ellipsis": 66,  # "59", "66" in "Nghị quyết 57, 59 và 66"
    "policy-amending": 66,
    "policy-constitution": 66,
    "policy-draft-en": 66,
    "honorific/role": 65,  # a role before a name: "HLV Park Hang-seo", "ca sĩ Mỹ Tâm"
    "media-cue": 65,  # "tờ Le Monde", "báo Washington Post": longer than the place inside
    "policy-name": 64,
    "org-mission-en": 66,  # "the Embassy of Vietnam in Kuala Lumpur": one body, its seat inside
    "policy-parties-en": 65,  # "the Vietnam-Malaysia Memorandum of Understanding on …": longer than the "Memorandum … on …" inside
    "policy-titled-en": 63,  # "the Urban Railway Development Plan"
    "policy-plan": 63,
    "policy-regulating": 63,  # "Nghị quyết quy định mức hỗ trợ …": below a name another recogniser gives the same words
    "policy-en-law": 63,
    "org-place": 63,  # a body with the place it serves: "Bộ đội Biên phòng tỉnh Cao Bằng"
    "org-purpose": 63,  # a body named by its task
    "org-standing": 63,  # "Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia": a standing office and the body it serves
    "org-agency": 63,  # "Cục Quản lý lao động ngoài nước thuộc Bộ …": a department named in lower case after its first word
    "org-region": 63,  # "Kho bạc Nhà nước khu vực XII": longer than the known parent inside
    "company-lower": 63,
    "association-lower": 63,  # "Hội hữu nghị Việt Nam - Séc"
    "org-local-en": 63,
    "org-lower-en": 63,  # "the provincial steering committee for natural disaster prevention"
    "street-en": 63,
    "street-vi": 63,  # "tại số 16 Lê Thánh Tông": over the person the street is named after
    "event-head": 62,
    "event-programme": 64,  # "tổ chức Chương trình giới thiệu …": a programme held is an event, not a plan
    "event-tail": 62,
    "event-storm": 68,  # "Typhoon Kajiki": above a person's name and a run of capitals
    "event-ceremony": 62,
    "event-lower": 62,  # "a state visit to Viet Nam": with a complement, a named event
    "org-unit": 62,  # "Cơ quan Cảnh sát điều tra Công an tỉnh Đồng Nai"
    "org-branch": 62,
    "org-legal-tail": 62,  # "Tổng công ty Cảng hàng không Việt Nam - CTCP"  # "Samsung Việt Nam"
    "local-body-context": 62,  # "UBND tỉnh" of the province the article is about
    "place-head": 62,  # "huyện Gia Lâm", "sông Hồng"
    "place-after-in-en": 62,
    "place-listed": 62,  # "ở Santiago và Valparaíso", "Tại Hoa Lư, …": an unknown name a place frame marks  # "in Lộc Ninh": a two-syllable name after "in" is a place, not the person "Lộc Ninh"
    "surname": 61,
    "given-name": 61,  # "Quang Hải" after "Nguyễn Quang Hải"
    "org-local": 61,  # "UBND tỉnh Bắc Ninh"
    "org-head": 60,
    "org-brand": 60,  # "công ty One Mount Distribution"
    "org-tail": 60,
    "org-acronym": 60,  # "(Fed)" after its body
    "org-acronym-name": 60,  # "Hana Micron Vina (HMV)": a name the acronym after it abbreviates
    "org-based-en": 60,
    "org-of-role-en": 66,
    "org-of-country-en": 64,
    "event-dated-en": 66,
    "given-name-en": 62,  # "Thomas Becker of Allianz": a common foreign given name and a surname, over a name run  # "Techfest Vietnam 2026, which opened …": over a place inside the name ("Vietnam")  # "Codelco of Chile": a firm named by its home country  # "X, managing partner of Mekong Seed Capital,": over a place inside it ("Mekong")
    "org-apposed-firm-en": 69,  # "Hoàng Long Seafood, a Cà Mau-based shrimp processor": over a family-name reading
    "topic-as-org": 60,  # a known topic written as a body's name: "Trung tâm …"
    "field-topic": 60,  # a field named after "về" in a policy's or event's name (kg.nlp.recognizers.field_topics)
    "venue": 60,
    "venue-body": 69,  # "tại trụ sở UBND tỉnh …", "tại Trường Đại học …" where something is held: over the body
    "repeat": 63,  # a rule-built name written again where no cue closes it (kg.nlp.recognizers.repeats)
    "venue-local": 63,  # "tại Trung tâm Hội nghị thành phố": over the bare local body of the same words
    "place-list-en": 62,  # "the districts of Huong Khe and Vu Quang": above a name's family-name reading
    # 50: a body read from context
    "body-reference": 55,
    # 40: typed by neighbours
    "title-name": 45,  # "French President Emmanuel Macron"
    "korean-name": 61,  # "Park Min-soo": a Korean family name and a hyphenated given name, a cue as strong as the
    # gazetteer's (the longer span wins: "Kim Dong-hyun", not the district "Kim Động" ending at its hyphen)
    "transliterated-name": 46,  # "Vla-đi-mia Pu-tin": syllables joined by hyphens
    "name-run": 40,
    "list": 40,
    # 30: statistical taggers, generic events
    "model": 35,  # kg's own CRF (kg.nlp.model)
    "event-dated": 31,  # "họp báo" in a dated sentence
    "event-generic": 30,  # "the ceremony", "a plenary session of …"
    "event-lower/bare": 30,  # "a state visit" with no complement
    "crf": 30,  # underthesea's CRF
    # 20: references
    "given-name/alone": 20,  # "Dũng" after "Nguyễn Huy Dũng"
    "event-ref": 20,
    "org-ref": 20,
    "policy-ref": 20,  # "Kế hoạch do … ký": a bare instrument word for the one named before
    # titles never compete with names
    "title": 0,
}
