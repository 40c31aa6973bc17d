"""Validates an OpenAPI 3.1 document (stdin) with openapi-spec-validator; exit 1 if invalid."""
import json
import sys

from openapi_spec_validator import validate

document = json.load(sys.stdin)
try:
    validate(document)
except Exception as error:  # the validator's errors carry the path and the reason
    print(f"invalid: {error}"[:2000])
    sys.exit(1)
print("valid OpenAPI document")
