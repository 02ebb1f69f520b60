#!/usr/bin/env python3
"""Makes the bad-PDF fixtures in fixtures/bad-pdf/ (a dev tool, not run in CI; needs qpdf).

- truncated.pdf: the first 20,000 bytes of the bundled rendering (its xref and most pages lost).
- not-a-pdf.pdf: plain text under a .pdf name.
- encrypted.pdf: page 1 of the bundled rendering, AES-256 encrypted with user password "secret".
- image-only.pdf: one page holding only a 2x2 grey image (no text layer).
- no-table.pdf: one page of prose, no roadmap table.
"""
import subprocess, sys, pathlib

root = pathlib.Path(__file__).resolve().parent.parent
out = root / 'fixtures' / 'bad-pdf'
source = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else root / 'fixtures' / 'pdf' / 'wsis-roadmaps-2018.pdf')
out.mkdir(parents=True, exist_ok=True)


def minimal_pdf(content: bytes, extra_resources: bytes = b'') -> bytes:
    """A one-page PDF with the given content stream and correct xref offsets."""
    objects = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> ' + extra_resources + b'>> >>',
        b'<< /Length ' + str(len(content)).encode() + b' >>\nstream\n' + content + b'\nendstream',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ]
    pdf = bytearray(b'%PDF-1.4\n')
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += f'{i} 0 obj\n'.encode() + body + b'\nendobj\n'
    xref = len(pdf)
    pdf += f'xref\n0 {len(objects) + 1}\n0000000000 65535 f \n'.encode()
    for offset in offsets:
        pdf += f'{offset:010d} 00000 n \n'.encode()
    pdf += f'trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n'.encode()
    return bytes(pdf)


(out / 'truncated.pdf').write_bytes(source.read_bytes()[:20000])
(out / 'not-a-pdf.pdf').write_text('WSIS Action Line C2: this is a text file with a .pdf name\n')
subprocess.run(['qpdf', '--empty', '--pages', str(source), '1', '--', str(out / 'page1.tmp.pdf')], check=True)
subprocess.run(['qpdf', '--encrypt', 'secret', 'owner-secret', '256', '--', str(out / 'page1.tmp.pdf'), str(out / 'encrypted.pdf')], check=True)
(out / 'page1.tmp.pdf').unlink()
image = b'q 200 0 0 200 100 500 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \x80\x40\x40\x80 EI Q'
(out / 'image-only.pdf').write_bytes(minimal_pdf(image))
prose = b'BT /F1 12 Tf 72 770 Td (Minutes of the meeting) Tj 0 -20 Td (The meeting opened at 10:00 and closed at noon.) Tj ET'
(out / 'no-table.pdf').write_bytes(minimal_pdf(prose))
print('wrote', ', '.join(sorted(p.name for p in out.iterdir())))
