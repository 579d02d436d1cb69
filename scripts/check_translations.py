"""Fails when a catalogue has an untranslated, fuzzy or mismatched message, or a .mo lags behind its .po.

Polish msgstr must equal the msgid (the text is written in the code). English must be complete, not fuzzy,
keep the same %(placeholders)s, and carry no `#|` remains of a guess msgmerge made from an older message.

Run by `make lint`. The .mo files are committed so that `make run` needs no gettext tools.
"""

import ast
import gettext
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


PLACEHOLDER = re.compile(r"%\((\w+)\)[sdfr]|\{(\w+)\}")


def placeholders(text: str) -> set[str]:
    return {a or b for a, b in PLACEHOLDER.findall(text)}


def parse_po(path: Path) -> tuple[dict[str, str], list[str], set[str]]:
    """Returns {msgid: msgstr} (plural forms keyed by msgid, first form), the fuzzy msgids and the plural ones.

    A message that still carries `#|` lines (the previous msgid of a guess) counts as fuzzy.
    """
    messages: dict[str, str] = {}
    fuzzy: list[str] = []
    plural: set[str] = set()
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        fields: dict[str, str] = {}
        current = None
        is_fuzzy = False
        for line in block.splitlines():
            if (line.startswith("#,") and "fuzzy" in line) or line.startswith("#|"):
                is_fuzzy = True
            if line.startswith("#"):
                continue
            if line.startswith('"') and current:
                fields[current] += ast.literal_eval(line)
                continue
            key, _, value = line.partition(" ")
            if key in {"msgid", "msgid_plural", "msgstr", "msgstr[0]", "msgctxt"}:
                current = key
                fields[current] = ast.literal_eval(value)
            else:
                current = None
        if "msgid" not in fields or fields["msgid"] == "":
            continue
        msgid = fields["msgid"]
        if "msgctxt" in fields:
            msgid = f"{fields['msgctxt']}\x04{msgid}"
        messages[msgid] = fields.get("msgstr", fields.get("msgstr[0]", ""))
        if is_fuzzy:
            fuzzy.append(msgid)
        if "msgid_plural" in fields:
            plural.add(msgid)
    return messages, fuzzy, plural


def main() -> int:
    problems: list[str] = []
    for po in sorted(ROOT.glob("**/locale/*/LC_MESSAGES/django.po")):
        if ".venv" in po.parts:
            continue
        language = po.parent.parent.name
        messages, fuzzy, plural = parse_po(po)
        rel = po.relative_to(ROOT)
        missing = [m for m, s in messages.items() if not s]
        problems += [f"{rel}: untranslated: {m!r}" for m in missing]
        problems += [f"{rel}: fuzzy or guessed: {m!r}" for m in fuzzy]
        if language == "pl":
            # Plural forms are the only Polish texts that may differ from their msgid.
            problems += [
                f"{rel}: differs from its msgid: {m!r}"
                for m, s in messages.items()
                if s and s != m.rpartition("\x04")[2] and m not in plural
            ]
        else:
            problems += [
                f"{rel}: placeholders differ: {m!r}"
                for m, s in messages.items()
                if s and placeholders(m) != placeholders(s)
            ]
        mo = po.with_suffix(".mo")
        if not mo.exists():
            problems.append(f"{rel}: no compiled .mo (run `make messages`)")
            continue
        with mo.open("rb") as handle:
            compiled = gettext.GNUTranslations(handle)._catalog  # type: ignore[attr-defined]
        for msgid, msgstr in messages.items():
            if not msgstr or msgid in fuzzy:
                continue
            got = compiled.get(msgid, compiled.get((msgid, 0)))
            if got != msgstr:
                problems.append(f"{rel}: .mo is out of date for {msgid!r} (run `make messages`)")
                break
    for problem in problems:
        print(problem)
    print(f"translations: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
