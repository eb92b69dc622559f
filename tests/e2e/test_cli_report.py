"""``pbgdpl report`` and ``pbgdpl pdf verify`` through the real command."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "unit" / "reports"))

from report_helpers import pdf_text  # noqa: E402

pytestmark = pytest.mark.e2e


@pytest.fixture
def demo(cli):
    result = cli("demo", "--unit", "05443")
    assert result.returncode == 0, result.stderr
    return cli


@pytest.fixture
def cert(tmp_path) -> dict:
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Trần Văn Đức")])
    start = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key()).serial_number(3)
            .not_valid_before(start).not_valid_after(start + dt.timedelta(days=999)).sign(key, hashes.SHA256()))  # fmt: skip
    p12 = tmp_path / "c.p12"
    p12.write_bytes(pkcs12.serialize_key_and_certificates(b"c", key, cert, None, serialization.BestAvailableEncryption(b"mk")))
    (tmp_path / "pass.txt").write_text("mk\n")
    (tmp_path / "c.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return {"p12": str(p12), "pass": str(tmp_path / "pass.txt"), "pem": str(tmp_path / "c.pem")}


def test_each_document_as_pdf_and_xlsx(demo, tmp_path):
    for kind in ("activity-log", "roster", "summary"):
        for ext in ("pdf", "xlsx"):
            out = tmp_path / f"{kind}.{ext}"
            data = demo.json("report", kind, "--period", "2026", "--out", str(out))
            assert data["ok"] and out.stat().st_size == data["bytes"] > 0
        assert "PHƯỜNG PHAN ĐÌNH PHÙNG" in pdf_text((tmp_path / f"{kind}.pdf").read_bytes())[0]


def test_sign_and_verify(demo, cert, tmp_path):
    out = tmp_path / "signed.pdf"
    r = demo("report", "summary", "--period", "2026-H1", "--out", str(out), "--sign", "--pkcs12", cert["p12"], "--pkcs12-pass-file", cert["pass"])
    assert r.returncode == 0, r.stderr
    assert "signed by Trần Văn Đức" in r.stdout
    v = demo.json("pdf", "verify", str(out), "--trust", cert["pem"])
    sig = v["signatures"][0]
    assert v["ok"] and sig["signer"] == "Trần Văn Đức" and sig["integrity"] and sig["trusted"]
    if shutil.which("pdfsig"):
        assert "Signature is Valid." in subprocess.run(["pdfsig", str(out)], capture_output=True, text=True).stdout
    data = bytearray(out.read_bytes())
    i = data.index(b"/Producer") + 3
    data[i] ^= 0x20
    out.write_bytes(bytes(data))
    bad = demo("pdf", "verify", str(out))
    assert bad.returncode == 1 and bad.stderr.startswith("E-PDF-SIGNATURE")


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["report", "summary", "--out", "x.doc"], "E-USAGE"),
        (["report", "summary", "--period", "2026-Q9", "--out", "x.pdf"], "E-PERIOD"),
        (["report", "summary", "--out", "x.xlsx", "--sign", "--pkcs12", "nope.p12"], "E-USAGE"),
        (["report", "summary", "--out", "x.pdf", "--sign", "--pkcs12", "nope.p12"], "E-SIGN"),
        (["report", "enrolment", "--out", "x.pdf"], "E-USAGE"),
        (["pdf", "verify", "missing.pdf"], "E-FILE-NOT-FOUND"),
    ],
)
def test_bad_input_gives_a_code_and_writes_nothing(demo, tmp_path, monkeypatch, args, code):
    monkeypatch.chdir(tmp_path)
    r = demo(*args)
    assert r.returncode == 1, r.stdout
    assert r.stderr.startswith(code), r.stderr
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.xlsx").exists()


def test_settings_change_the_agency_lines(demo, tmp_path):
    demo.json("report", "settings", "--set", "doc_signer_name=Trần Văn Đức", "--set", "doc_upper_agency=UBND tỉnh Thái Nguyên")
    out = tmp_path / "s.pdf"
    demo.json("report", "summary", "--out", str(out))
    text = pdf_text(out.read_bytes())
    assert "UBND TỈNH THÁI NGUYÊN" in text[0] and "Trần Văn Đức" in text[-1]
