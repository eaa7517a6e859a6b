"""Regenerate the golden vectors shipped in src/pyprng/data/ from the installed numpy 2.4.

    python scripts/make_golden.py

The shipped set keeps the suite (and ``pyprng verify``) meaningful where numpy
cannot be installed.  States are stored as sha256 digests to keep the package small.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "src"))

from pyprng.cli import main  # noqa: E402

if __name__ == "__main__":
    import numpy

    if not numpy.__version__.startswith("2.4."):
        sys.exit(f"golden vectors must come from numpy 2.4.x, not {numpy.__version__}")
    out = os.path.join(HERE, "..", "src", "pyprng", "data", "golden.json.gz")
    sys.exit(main(["vectors", "--seeds", "12", "--state-digests", "-o", out]))
