"""Tests of kg.nlp, one file per module (test_X.py tests kg/nlp/X.py)."""
