"""Fixtures the tests of kg.nlp and its recognisers share."""
import pytest

import kg.nlp


@pytest.fixture(scope="module")
def nlp():
    """The Vietnamese pipeline (with its CRF), loaded once per test module."""
    return kg.nlp.load("vi")
