"""Short articles the tests share (written for the tests)."""

GOOD_MD = """---
title: Bộ Chính trị ban hành Nghị quyết 57
published: 2024-12-24
lang: vi
---
Ngày 22/12/2024, Bộ Chính trị ban hành Nghị quyết 57-NQ/TW về đột phá phát triển khoa học, công nghệ.
"""
