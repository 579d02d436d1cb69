"""A tiny, valid one-page PDF: for demo CVs and tests, where a real document must pass the PDF check.

Only ASCII is written (the built-in Helvetica has no Polish letters): diacritics are folded away."""

import unicodedata


def _ascii(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L").replace("—", "-").replace("–", "-")
    folded = unicodedata.normalize("NFKD", text)
    plain = "".join(char for char in folded if ord(char) < 128)
    return plain.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def minimal_pdf(*lines: str) -> bytes:
    """A PDF showing the given lines; the cross-reference offsets are computed, not guessed."""
    text = " ".join(f"({_ascii(line)}) Tj 0 -18 Td" for line in lines or ("CV",))
    stream = f"BT /F1 12 Tf 72 720 Td {text} ET".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
