"""Regenerate src/ficlens/schema/report.schema.json from the Report model."""

from __future__ import annotations

import json
from pathlib import Path

from ficlens.report import json_schema

OUT = Path(__file__).resolve().parents[1] / "src" / "ficlens" / "schema" / "report.schema.json"

if __name__ == "__main__":
    OUT.write_text(json.dumps(json_schema(), indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
