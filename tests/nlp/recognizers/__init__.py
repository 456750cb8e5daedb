"""Tests of kg.nlp.recognizers, one file per module (test_X.py tests kg/nlp/recognizers/X.py)."""
