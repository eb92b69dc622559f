"""Fixtures for the document tests: a commune log with Vietnamese data, PDF inspection helpers, certificates."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from report_helpers import SOFTHSM_LIBS, make_log

@pytest.fixture
def filled_workspace(workspace):
    make_log(workspace)
    return workspace


@pytest.fixture(scope="session")
def test_cert(tmp_path_factory) -> dict:
    """A self-signed RSA certificate for "Nguyễn Thị Hường" as PKCS#12 (password in a file), PEM and PKCS#8 key."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    folder = tmp_path_factory.mktemp("cert")
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, "Nguyễn Thị Hường"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "UBND phường Phan Đình Phùng"),
        x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
    ])  # fmt: skip
    start = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key()).serial_number(7)
        .not_valid_before(start).not_valid_after(start + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(True, True, False, False, False, True, True, False, False), critical=True)
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    p12 = folder / "signer.p12"
    p12.write_bytes(pkcs12.serialize_key_and_certificates(b"hoang", key, cert, None, serialization.BestAvailableEncryption(b"matkhau123")))
    (folder / "pass.txt").write_text("matkhau123\n", encoding="utf-8")
    pem = folder / "cert.pem"
    pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    der = folder / "cert.der"
    der.write_bytes(cert.public_bytes(serialization.Encoding.DER))
    key_pem = folder / "key.pem"
    key_pem.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    extra = {"subject": cert.subject.public_bytes(), "issuer": cert.issuer.public_bytes(), "serial": cert.serial_number}
    return {**extra, "p12": p12, "pass_file": folder / "pass.txt", "password": b"matkhau123", "pem": pem, "der": der, "key_pem": key_pem}


@pytest.fixture
def softhsm_token(tmp_path, test_cert, monkeypatch) -> dict:
    """A SoftHSM2 token "pbgdpl" (PIN 1234) holding the test key and certificate under the label "ky-so"."""
    util = shutil.which("softhsm2-util")
    if util is None:
        pytest.skip("softhsm2-util is not installed: apt-get install softhsm2 to test the PKCS#11 (USB token) path")
    lib = next((p for p in SOFTHSM_LIBS if Path(p).is_file()), None)
    if lib is None:
        pytest.skip("libsofthsm2.so not found although softhsm2-util is installed")
    pytest.importorskip("pkcs11", reason="python-pkcs11 is needed: pip install 'pyhanko[pkcs11]'")
    tokens = tmp_path / "tokens"
    tokens.mkdir()
    conf = tmp_path / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tokens}\nobjectstore.backend = file\nlog.level = ERROR\n", encoding="utf-8")
    monkeypatch.setenv("SOFTHSM2_CONF", str(conf))
    run = lambda *a: subprocess.run([util, *a], capture_output=True, text=True, check=True)  # noqa: E731
    run("--init-token", "--free", "--label", "pbgdpl", "--pin", "1234", "--so-pin", "5678")
    run("--import", str(test_cert["key_pem"]), "--token", "pbgdpl", "--label", "ky-so", "--id", "01", "--pin", "1234")
    import pkcs11
    from pkcs11 import Attribute, CertificateType, ObjectClass

    token = pkcs11.lib(lib).get_token(token_label="pbgdpl")
    with token.open(rw=True, user_pin="1234") as session:
        session.create_object({
            Attribute.CLASS: ObjectClass.CERTIFICATE, Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
            Attribute.TOKEN: True, Attribute.LABEL: "ky-so", Attribute.ID: b"\x01",
            Attribute.VALUE: test_cert["der"].read_bytes(), Attribute.SUBJECT: test_cert["subject"],
            Attribute.ISSUER: test_cert["issuer"], Attribute.SERIAL_NUMBER: test_cert["serial"].to_bytes(1, "big"),
        })  # fmt: skip
    pin = tmp_path / "pin.txt"
    pin.write_text("1234\n", encoding="utf-8")
    return {"lib": lib, "token": "pbgdpl", "pin": "1234", "pin_file": pin, "key": "ky-so", "conf": conf}
