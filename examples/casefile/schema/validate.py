#!/usr/bin/env python3
"""Validate the JSON files of the quyche repository against its JSON Schemas.

Every *.json file under the repository (outside .git) that names one of the
three formats in its "schema" member is validated against that format's
schema (draft 2020-12) in this folder, with Python's jsonschema package: a
validator that is not quyche's own Go code. Files given as arguments (for
example the findings that `go run ./examples/audit -json` prints) are
validated the same way. Golden files that hold a list of findings, or a task
summary, are validated against the findings schema's "finding" and
"task_summary" definitions, and test fixtures that hold the body of a case
file without its header against the case schema less its required header.
Other JSON files are listed as not in a quyche format.

A case file may break its schema only inside a record that the findings
beside it (want.json, as in the conformance suite) report as input.invalid,
with the field at fault as the finding's subject: that is how a case file
shows what a bad value does. Any other error fails the run.

Exit status: 0 when every file is valid, 1 when one is not, 3 when the
jsonschema package is missing (the caller decides whether to skip).
"""

import json
import os
import sys

try:
    import jsonschema
except ImportError:
    print("validate.py: the Python package jsonschema is not installed", file=sys.stderr)
    sys.exit(3)

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))

SCHEMAS = {
    "quyche.case/v1": "quyche.case.v1.schema.json",
    "quyche.findings/v1": "quyche.findings.v1.schema.json",
    "quyche.rules/v1": "quyche.rules.v1.schema.json",
}

# The record lists of a case file and the record kind of their findings.
LISTS = {
    "tasks": "task", "consultations": "consultation", "submissions": "submission",
    "meetings": "meeting", "records": "record", "delegations": "delegation",
    "units": "case", "people": "case", "ppc_members": "case",
}


def load_validators():
    validators = {}
    for name, file in SCHEMAS.items():
        with open(os.path.join(HERE, file), encoding="utf-8") as f:
            schema = json.load(f)
        jsonschema.Draft202012Validator.check_schema(schema)
        if schema["properties"]["schema"].get("const") != name:
            raise SystemExit(f"{file}: properties.schema.const is not {name!r}")
        validators[name] = jsonschema.Draft202012Validator(schema)
    case = dict(validators["quyche.case/v1"].schema)
    case.pop("$id")
    case["required"] = []
    validators["case body"] = jsonschema.Draft202012Validator(case)
    findings = validators["quyche.findings/v1"].schema
    for part in ("finding", "task_summary"):
        sub = {"$defs": findings["$defs"], "$ref": "#/$defs/" + part}
        if part == "finding":
            sub = {"$defs": findings["$defs"], "type": "array", "items": {"$ref": "#/$defs/finding"}}
        validators[part] = jsonschema.Draft202012Validator(sub)
    return validators


def kind_of(doc):
    """The schema a JSON document is validated against, or None."""
    if isinstance(doc, dict) and doc.get("schema") in SCHEMAS:
        return doc["schema"]
    if isinstance(doc, list) and doc and all(isinstance(x, dict) and "code" in x and "severity" in x for x in doc):
        return "finding"
    if isinstance(doc, dict) and "with_deadline" in doc and "by_lead" in doc:
        return "task_summary"
    if isinstance(doc, dict) and "schema" not in doc and "as_of" in doc and any(k in doc for k in LISTS):
        return "case body"
    return None


def field_path(path):
    """Render a path inside a record as the checks name fields: a[0].b."""
    out = ""
    for p in path:
        if isinstance(p, int):
            out += f"[{p}]"
        else:
            out += ("." if out else "") + p
    return out


def explained(doc, error, want):
    """Whether want (findings) reports error (inside a record of the case
    file doc) as input.invalid on that record and field."""
    path = list(error.absolute_path)
    if len(path) < 2 or path[0] not in LISTS or not isinstance(path[1], int):
        return False
    if error.validator == "required":
        missing = error.message.split("'")[1] if "'" in error.message else ""
        path = path + [missing]
    lst, i = path[0], path[1]
    kind = LISTS[lst]
    if kind == "case":
        record, subject = lst, field_path([lst, i] + path[2:])
    else:
        item = doc[lst][i]
        rid = item.get("id") if isinstance(item, dict) else None
        record = rid if isinstance(rid, str) and rid else f"{lst}[{i}]"
        subject = field_path(path[2:])
    for f in want.get("findings") or []:
        if f.get("code") == "input.invalid" and f.get("kind") == kind and f.get("record") == record and f.get("subject") == subject:
            return True
    return False


def main(args):
    validators = load_validators()
    files = []
    for top, dirs, names in os.walk(ROOT):
        dirs[:] = sorted(d for d in dirs if d != ".git")
        files += [os.path.join(top, n) for n in sorted(names) if n.endswith(".json")]
    files += [os.path.abspath(a) for a in args]
    counts, failed, explained_n, other = {}, 0, 0, []
    for path in files:
        rel = os.path.relpath(path, ROOT)
        if rel.startswith(".."):
            rel = path
        try:
            with open(path, encoding="utf-8") as f:
                doc = json.load(f)
        except (OSError, ValueError) as e:
            print(f"FAIL {rel}: not JSON: {e}")
            failed += 1
            continue
        kind = kind_of(doc)
        if kind is None:
            if not (os.path.dirname(path) == HERE and path.endswith(".schema.json")):
                other.append(rel)  # the schemas themselves were checked above
            continue
        errors = sorted(validators[kind].iter_errors(doc), key=lambda e: list(map(str, e.absolute_path)))
        want = None
        want_path = os.path.join(os.path.dirname(path), "want.json")
        if kind in ("quyche.case/v1", "case body") and errors and os.path.exists(want_path):
            with open(want_path, encoding="utf-8") as f:
                want = json.load(f)
        bad = []
        for e in errors:
            if want is not None and explained(doc, e, want):
                explained_n += 1
                print(f"ok   {rel}: {field_path(e.absolute_path)}: {e.message} — reported as input.invalid by want.json")
                continue
            bad.append(e)
        for e in bad:
            print(f"FAIL {rel}: {field_path(e.absolute_path) or '(root)'}: {e.message}")
        failed += bool(bad)
        counts[kind] = counts.get(kind, 0) + 1
    total = sum(counts.values())
    print(f"validated {total} JSON files against the schemas in examples/casefile/schema: "
          + ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))
          + f"; {explained_n} schema error(s) inside records reported as input.invalid by their want.json")
    if other:
        print(f"not in a quyche format, not validated: {', '.join(other)}")
    if failed:
        print(f"{failed} file(s) do not satisfy their schema")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
