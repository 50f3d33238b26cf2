"""``python -m quoteattr``: the same command line as the ``quoteattr`` script."""
from .cli import main

if __name__ == "__main__":
    raise SystemExit(main())
