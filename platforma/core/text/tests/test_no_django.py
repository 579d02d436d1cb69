import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]

SCRIPT = """
import sys
import platforma.core.text as text
assert "morfeusz2" not in sys.modules, "Morfeusz must load on first use, not on import"
assert text.analyse("Rekultywacja hałd") == ["rekult", "hałda"]
assert "morfeusz2" in sys.modules
assert "django" not in sys.modules, sorted(name for name in sys.modules if name.startswith("django"))
"""


def test_text_analysis_imports_no_django_and_loads_morfeusz_lazily():
    subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, check=True, capture_output=True, text=True)  # noqa: S603 - our own interpreter and script
