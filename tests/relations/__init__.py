"""Tests of kg.relations, one file per module (test_X.py tests kg/relations/X.py)."""
