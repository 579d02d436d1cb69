"""Update every .po catalogue and compile it.

Messages are written in Polish in the code (the platform's first language), so the Polish catalogue
copies each msgid into its msgstr — always, so that a guess msgmerge made from a similar old message
("Obserwuj to wyzwanie" → "Zarchiwizuj wyzwanie") can never reach a Polish reader; Polish wording is
changed in the code — and the English catalogue holds the real translations.
"""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APPS = sorted(p.parent for p in (ROOT / "platforma").glob("**/apps.py"))
PY = sys.executable


def run(args: list[str], cwd: Path) -> None:
    subprocess.run(args, cwd=cwd, check=True)  # noqa: S603 - our own fixed commands


def fill_polish(po_file: Path) -> None:
    """Copy each msgid into its msgstr (empty plural forms too) in the Polish catalogue."""
    text = po_file.read_text(encoding="utf-8")
    entries = text.split("\n\n")
    out = []
    for entry in entries:
        if "Project-Id-Version" in entry:
            out.append(entry.replace("#, fuzzy\n", ""))
            continue
        if re.search(r"^#,.*\bfuzzy\b", entry, re.M):
            # msgmerge guessed the text from a similar old message; in Polish the msgid itself is the text,
            # so throw the guess (and the previous msgid it came from) away and copy the msgid below.
            entry = "\n".join(line for line in entry.split("\n") if not line.startswith("#|"))
            entry = re.sub(
                r'^(msgstr(?:\[\d\])?) (?:".*"(\n|$))+',
                lambda m: m.group(1) + ' ""' + ("\n" if m.group(0).endswith("\n") else ""),
                entry,
                flags=re.M,
            )
        entry = entry.replace("#, fuzzy\n", "").replace(", fuzzy", "")
        msgid = re.search(r'^msgid ((?:".*"\n?)+)', entry, re.M)
        plural = re.search(r'^msgid_plural ((?:".*"\n?)+)', entry, re.M)
        if msgid and not plural:
            entry = re.sub(
                r'^msgstr (?:".*"(\n|$))+',
                lambda found, m=msgid: "msgstr " + m.group(1).rstrip("\n") + "\n" * found.group(0).endswith("\n"),
                entry,
                flags=re.M,
            )
        if plural:
            for index in range(4):
                source = msgid.group(1) if index == 0 and msgid else plural.group(1)
                replacement = f"msgstr[{index}] " + source.rstrip("\n")
                entry = re.sub(rf'^msgstr\[{index}\] ""$(?!\n")', lambda _m, r=replacement: r, entry, flags=re.M)
        out.append(entry)
    po_file.write_text("\n\n".join(out), encoding="utf-8")


def main() -> None:
    """`messages.py` updates every catalogue; `messages.py root contact` only those named."""
    wanted = set(sys.argv[1:])
    targets = [t for t in [ROOT, *APPS] if not wanted or ("root" if t == ROOT else t.name) in wanted]
    for target in targets:
        (target / "locale").mkdir(exist_ok=True)
        ignore = (
            ["--ignore=platforma/*", "--ignore=.venv/*", "--ignore=var/*", "--ignore=tests/*"] if target == ROOT else []
        )
        run(
            [
                PY,
                str(ROOT / "manage.py"),
                "makemessages",
                "-l",
                "pl",
                "-l",
                "en",
                "--no-obsolete",
                "--no-location",
                *ignore,
            ],
            target,
        )
        fill_polish(target / "locale" / "pl" / "LC_MESSAGES" / "django.po")
        run(
            [PY, str(ROOT / "manage.py"), "compilemessages", "-l", "pl", "-l", "en", "--ignore=.venv", "--ignore=var"],
            target,
        )


if __name__ == "__main__":
    main()
