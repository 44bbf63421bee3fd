#!/usr/bin/env python3
"""Prints what parliament (Duo Labs' IAM linter, PyPI, pinned in tests/requirements.txt) reports
for each policy file given, as one JSON object {path: [{"issue": ..., "detail": ...}]}, for the
differential test core/tests/parliament.rs. Core auditors only, offline (parliament bundles its
IAM data). Parliament has no trust or bucket-policy mode (its issue #14), so every file is read as
an identity policy; the test knows which of its reports that makes wrong."""

import contextlib
import json
import sys

import parliament


def findings(path):
    with open(path, encoding="utf-8") as file:
        text = file.read()
    with contextlib.redirect_stdout(sys.stderr):
        policy = parliament.analyze_policy_string(text, ignore_private_auditors=True, config=parliament.config)
    found = [{"issue": f.issue, "detail": json.loads(json.dumps(f.detail, default=str))} for f in policy.findings]
    return sorted(found, key=lambda f: json.dumps(f, sort_keys=True))


print(json.dumps({"parliament": parliament.__version__, "files": {path: findings(path) for path in sys.argv[1:]}}, sort_keys=True))
