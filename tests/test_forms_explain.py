"""`rescite extract --explain`: every record says which rule found and bound it, on what
evidence, and — when unresolved — why.  Passages written for these tests."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from rescite.cli import app
from rescite.engine.extract import extract_text
from rescite.models import EXPLAIN_FIELDS, RECORD_FIELDS

runner = CliRunner()

PASSAGE = (
    "The General Assembly,\n\n"
    "Recalling its resolution 70/1 and General Assembly resolutions 61/144 and 62/7,\n\n"
    "Recalling also Executive Board decision 2017/3,\n"
)


def test_records_carry_rule_evidence_and_reason() -> None:
    by_text = {c.text: c for c in extract_text(PASSAGE).citations}
    its = by_text["70/1"]
    assert its.target == "A/RES/70/1"
    assert its.rule and "possessive" in its.rule and "possessive: its" in its.evidence
    named = by_text["61/144"]
    assert named.rule and "body named: GA" in named.rule and "keyword: resolutions" in named.evidence
    listed = by_text["62/7"]
    assert listed.rule and listed.rule.startswith("list") and "list after 61/144" in listed.evidence
    outside = by_text["2017/3"]
    assert outside.target is None and outside.reason and "no id scheme" in outside.reason
    # resolved records carry no reason
    assert its.reason is None and named.reason is None


def test_explain_flag_adds_fields_only_when_asked() -> None:
    plain = runner.invoke(app, ["extract", "--format", "jsonl", "-"], input=PASSAGE)
    assert plain.exit_code == 0
    recs = [json.loads(line) for line in plain.stdout.splitlines()]
    assert all(list(r) == list(RECORD_FIELDS) for r in recs)
    explained = runner.invoke(app, ["extract", "--explain", "--format", "jsonl", "-"], input=PASSAGE)
    assert explained.exit_code == 0
    recs = [json.loads(line) for line in explained.stdout.splitlines()]
    assert recs and all(list(r) == [*RECORD_FIELDS, *EXPLAIN_FIELDS] for r in recs)
    assert all(r["rule"] for r in recs)
    assert all(r["reason"] for r in recs if r["target"] is None)
    assert any(r["target"] is None for r in recs)


def test_explain_in_tsv_keeps_one_line_per_record() -> None:
    out = runner.invoke(app, ["extract", "--explain", "--format", "tsv", "-"], input=PASSAGE)
    lines = out.stdout.splitlines()
    assert lines[0].split("\t") == [*RECORD_FIELDS, *EXPLAIN_FIELDS]
    assert all(len(line.split("\t")) == len(RECORD_FIELDS) + len(EXPLAIN_FIELDS) for line in lines[1:])
