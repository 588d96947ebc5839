"""Codegen's unit tests, and what every test module here shares.

The tests run codegen ~150 times in one process, over copies of the same
specs and the same system headers.  What makes that fast is set up here, on
import of this package, so a new test file (codegen/tests/test_*.py) gets it
without asking:

* The compiler's runs are kept for the process (headers.Toolchain.memo):
  the system headers and $CC do not change while the tests run.  Runs with
  --include-dir are not kept: a test writes those headers.
* codegen itself keeps, within one process, each spec file's parse (by its
  bytes: loader.load_yaml), the headers' pycparser parse (by their
  preprocessed text: headers._parse) and the folder cache's entries
  (cache.py).  Nothing there depends on the process: these are on in every
  run of codegen, and a test that edits a spec or a header gets a fresh
  parse of what it changed.  A test that wants the folder cache read from
  disk calls cache.forget() first.
* The cyclic garbage collector runs less often: codegen allocates many
  long-lived objects per run (the specs, the model), and at the default
  thresholds collecting them took about half of the tests' time.
"""

import gc

from codegen import headers

if headers.Toolchain.memo is None:
    headers.Toolchain.memo = {}

gc.set_threshold(50_000, 10, 10)
