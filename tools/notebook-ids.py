#!/usr/bin/env python3
"""Gives every cell of the course's notebooks a stable id, and their metadata what highlighters read.

    python3 tools/notebook-ids.py [NOTEBOOK.ipynb ...]     (default: every notebooks/NN-*.ipynb)

nbformat 4.5 requires an `id` on every cell. Ids here are "cNN-MMM": the notebook's number and a cell number
that stays with the cell. A cell without an id gets the next number not yet used in its notebook, so adding,
moving or deleting cells never changes another cell's id (and never makes a diff on other cells). Run it after
adding cells with a tool that does not write ids. It also sets `language_info` as the .NET Interactive
kernel reports it for C# (name, pygments_lexer, file_extension, mimetype; not its version, which follows the SDK),
so that nbconvert, nbviewer and GitHub highlight C#. Files are written as Jupyter writes
them: keys sorted, one-space indent, UTF-8, a final newline.
"""
import glob
import json
import os
import re
import sys

LANGUAGE_INFO = {
    "file_extension": ".cs",
    "mimetype": "text/x-csharp",
    "name": "C#",
    "pygments_lexer": "csharp",
}


def fix(path):
    number = re.match(r"(\d\d)-", os.path.basename(path))
    if not number:
        raise SystemExit(f"{path}: the name should start with the notebook's number, NN-")
    prefix = f"c{number.group(1)}-"
    with open(path, encoding="utf-8") as f:
        text = f.read()
    notebook = json.loads(text)

    used = {int(c["id"][len(prefix):]) for c in notebook["cells"] if re.fullmatch(re.escape(prefix) + r"\d{3}", c.get("id", ""))}
    seen = set()
    next_number = max(used, default=-1) + 1
    for cell in notebook["cells"]:
        id = cell.get("id", "")
        if not re.fullmatch(re.escape(prefix) + r"\d{3}", id) or id in seen:
            cell["id"] = f"{prefix}{next_number:03d}"
            next_number += 1
        seen.add(cell["id"])
    if next_number > 1000:
        raise SystemExit(f"{path}: more than 1000 cell numbers used")

    notebook["metadata"]["language_info"] = {**notebook["metadata"].get("language_info", {}), **LANGUAGE_INFO}
    notebook["nbformat"], notebook["nbformat_minor"] = 4, 5

    fixed = json.dumps(notebook, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
    if fixed != text:
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(fixed)
        print(f"updated {path}")


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    paths = sys.argv[1:] or sorted(glob.glob(os.path.join(root, "notebooks", "[0-9][0-9]-*.ipynb")))
    for path in paths:
        fix(path)


if __name__ == "__main__":
    main()
