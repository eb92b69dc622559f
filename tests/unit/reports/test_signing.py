"""PAdES signatures: PKCS#12 and PKCS#11 (SoftHSM2) sign, pyhanko and poppler's pdfsig validate, tampering fails both."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest
from report_helpers import need_tool

from app.core.errors import AppError
from app.reports import signing
from app.reports.enrolment import EnrolmentData, EnrolmentReport

FP = "K7QX3M2PZR5TNB4WJ6CYHD2FGL5VS3EA7UQK4NW6PJ2RTX5BMC"


@pytest.fixture(scope="module")
def rendered():
    data = EnrolmentData("05443", "Phường Phan Đình Phùng", "Tỉnh Thái Nguyên", "Nguyễn Thị Hường", "Công chức", FP, date(2026, 1, 5))
    return EnrolmentReport(invariant=True).render_document(data)


def sign(rendered, source, **kw) -> bytes:
    from datetime import datetime, timedelta, timezone

    when = datetime(2026, 11, 26, 9, 30, tzinfo=timezone(timedelta(hours=7)))
    pdf, name = signing.sign_pdf(rendered.pdf, signing.SignRequest(source, **kw), rendered.signature_box, "UBND phường", "Thái Nguyên", when)
    assert name == "Nguyễn Thị Hường"
    return pdf


def pdfsig_ok(path) -> bool:
    out = subprocess.run([need_tool("pdfsig"), str(path)], capture_output=True, text=True)
    return "Signature is Valid." in out.stdout


def tamper(data: bytes) -> bytes:
    """Change one byte inside the signed range (the first page's content stream area)."""
    i = data.index(b"/Producer")
    return data[:i + 2] + bytes([data[i + 2] ^ 0x20]) + data[i + 3:]


def check_valid_then_broken(pdf: bytes, test_cert, tmp_path):
    reports = signing.verify_pdf(pdf, [test_cert["pem"].read_bytes()])
    assert len(reports) == 1
    r = reports[0]
    assert (r.intact, r.valid, r.trusted, r.integrity) == (True, True, True, True)
    assert r.signer == "Nguyễn Thị Hường"
    assert r.coverage == "ENTIRE_FILE"
    assert r.signing_time.endswith("+07:00")
    good = tmp_path / "signed.pdf"
    good.write_bytes(pdf)
    assert pdfsig_ok(good)
    bad_bytes = tamper(pdf)
    assert len(bad_bytes) == len(pdf) and bad_bytes != pdf
    bad = tmp_path / "tampered.pdf"
    bad.write_bytes(bad_bytes)
    broken = signing.verify_pdf(bad_bytes, [test_cert["pem"].read_bytes()])
    assert not broken[0].integrity
    assert not pdfsig_ok(bad)


def test_pkcs12_signature_validates_and_breaks_after_one_byte(rendered, test_cert, tmp_path):
    pdf = sign(rendered, signing.Pkcs12Source(test_cert["p12"], test_cert["password"]))
    check_valid_then_broken(pdf, test_cert, tmp_path)


def test_visible_signature_with_images(rendered, test_cert, tmp_path):
    from PIL import Image

    sig, seal = tmp_path / "sig.png", tmp_path / "seal.png"
    Image.new("RGBA", (300, 120), (20, 40, 200, 255)).save(sig)
    Image.new("RGBA", (200, 200), (220, 0, 0, 255)).save(seal)
    pdf = sign(rendered, signing.Pkcs12Source(test_cert["p12"], test_cert["password"]), signature_image=sig, seal_image=seal)
    assert signing.verify_pdf(pdf)[0].integrity
    assert b"/Subtype /Image" in pdf or b"/Subtype/Image" in pdf


def test_text_only_agency_signature_shows_iso_time(rendered):
    stamp = signing.appearance_pdf(200, 60, signing.SignRequest(signing.Pkcs12Source("x")), "Nguyễn Thị Hường", "UBND phường",
                                   __import__("datetime").datetime(2026, 11, 26, 2, 30, tzinfo=__import__("datetime").timezone.utc))
    from report_helpers import pdf_text

    text = pdf_text(stamp)[0]
    assert "Ký bởi: Nguyễn Thị Hường" in text
    assert "2026-11-26T09:30:00+07:00" in text


def test_wrong_password_is_a_clear_error(rendered, test_cert):
    with pytest.raises(signing.SigningError) as info:
        sign(rendered, signing.Pkcs12Source(test_cert["p12"], b"sai-mat-khau"))
    assert info.value.code == "E-SIGN"


def test_unsigned_or_garbage_pdf(rendered):
    assert signing.verify_pdf(rendered.pdf) == []
    with pytest.raises(AppError):
        signing.verify_pdf(b"not a pdf at all")


def test_pkcs11_softhsm_token(rendered, test_cert, softhsm_token, tmp_path):
    source = signing.Pkcs11Source(softhsm_token["lib"], softhsm_token["token"], softhsm_token["pin"], softhsm_token["key"])
    pdf = sign(rendered, source)
    check_valid_then_broken(pdf, test_cert, tmp_path)


def test_pkcs11_wrong_pin_or_label(rendered, softhsm_token):
    with pytest.raises(signing.SigningError):
        sign(rendered, signing.Pkcs11Source(softhsm_token["lib"], softhsm_token["token"], "0000", softhsm_token["key"]))
    with pytest.raises(signing.SigningError):
        sign(rendered, signing.Pkcs11Source(softhsm_token["lib"], softhsm_token["token"], "1234", "khong-co"))
