"""Line diffs between two versions of a text, as plain data the template escapes and marks up.

No Django here: the template turns each line into <ins>/<del> with a "+"/"−" sign, so the meaning does
not rest on colour alone, and escaping stays the template's job.
"""

import difflib
from dataclasses import dataclass

CONTEXT_LINES = 3


@dataclass(frozen=True)
class DiffLine:
    op: str  # "equal", "insert", "delete" or "skip" (unchanged lines left out)
    text: str
    skipped: int = 0


def line_diff(old: str, new: str, *, context: int = CONTEXT_LINES) -> list[DiffLine]:
    """The lines of `old` and `new` with what was removed and added; long unchanged runs are collapsed."""
    old_lines = (old or "").splitlines()
    new_lines = (new or "").splitlines()
    matcher = difflib.SequenceMatcher(a=old_lines, b=new_lines, autojunk=False)
    result: list[DiffLine] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            block = old_lines[i1:i2]
            first = i1 == 0
            last = i2 == len(old_lines)
            keep_head = 0 if first else context
            keep_tail = 0 if last else context
            if len(block) > keep_head + keep_tail + 1:
                result.extend(DiffLine("equal", line) for line in block[:keep_head])
                result.append(DiffLine("skip", "", skipped=len(block) - keep_head - keep_tail))
                result.extend(DiffLine("equal", line) for line in block[len(block) - keep_tail :])
            else:
                result.extend(DiffLine("equal", line) for line in block)
            continue
        result.extend(DiffLine("delete", line) for line in old_lines[i1:i2])
        result.extend(DiffLine("insert", line) for line in new_lines[j1:j2])
    return result


def has_changes(lines: list[DiffLine]) -> bool:
    return any(line.op in ("insert", "delete") for line in lines)
