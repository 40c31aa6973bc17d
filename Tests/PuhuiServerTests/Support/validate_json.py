"""Validates JSON instances against JSON schemas (Draft 2020-12 unless the schema says).

Reads from stdin a JSON array of {"name": ..., "schema": PATH, "instance": ...}; prints one
line per invalid instance (name, the error's path and message) and exits 1 if any, else 0.
Used by PuhuiServerTests to check the service's HSDS answers against the HSDS 3.0 schemas.
"""
import json
import sys

import jsonschema

cases = json.load(sys.stdin)
schemas = {}
failures = 0
for case in cases:
    path = case["schema"]
    if path not in schemas:
        with open(path, encoding="utf-8") as f:
            schemas[path] = json.load(f)
    schema = schemas[path]
    validator_class = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
    validator = validator_class(schema)
    for error in validator.iter_errors(case["instance"]):
        failures += 1
        where = "/".join(str(p) for p in error.absolute_path)
        print(f"{case['name']}: at /{where}: {error.message[:300]}")
print(f"{len(cases)} instances checked, {failures} errors")
sys.exit(1 if failures else 0)
