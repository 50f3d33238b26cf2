"""The examples in the package's docstrings run and give what they show."""
import doctest
import importlib
import pkgutil

import pytest

import quoteattr

MODULES = sorted(
    info.name for info in pkgutil.walk_packages(quoteattr.__path__, "quoteattr.")
    if not info.name.endswith((".stanza", "__main__"))  # stanza is optional; __main__ runs the CLI
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    failures, _ = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert failures == 0
