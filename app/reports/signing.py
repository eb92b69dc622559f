"""PAdES signatures (pyhanko) from a PKCS#12 file or a PKCS#11 token, with a visible block per Phụ lục I.

The visible appearance is drawn by reportlab in Liberation Serif (pyhanko's own stamp fonts garble
Vietnamese, stack-notes.md 5) and imported as the signature widget's appearance: the signer's signature image
(blue) with the seal (red) overlapping about a third of it on its left when images are given, otherwise the
text-only agency signature with the ISO 8601 time, size 10, black. Verification never fetches anything.
"""

from __future__ import annotations

import io
import logging
import os
import tempfile
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as rl_canvas

from app.core.errors import UserFixableError
from app.reports import fonts
from app.reports.base import SignatureBox, nfc

log = logging.getLogger("app.reports")
FIELD_NAME = "ChuKy1"
VN_TZ = timezone(timedelta(hours=7))
# pyhanko logs expected outcomes (a self-signed certificate is "untrusted") with tracebacks; we report them.
for _name in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


class SigningError(UserFixableError):
    """The certificate, token, PIN or an image cannot be used; nothing was written."""

    code = "E-SIGN"


class PdfReadError(UserFixableError):
    code = "E-PDF-INVALID"


@dataclass(frozen=True)
class Pkcs12Source:
    """A certificate and key in a PKCS#12 (.p12/.pfx) file."""

    path: Path
    passphrase: bytes | None = None


@dataclass(frozen=True)
class Pkcs11Source:
    """A key on a PKCS#11 token (USB token or SoftHSM2): module path, token label, PIN, key label."""

    lib: str
    token_label: str
    pin: str
    key_label: str
    cert_label: str | None = None


@dataclass(frozen=True)
class SignRequest:
    """How to sign: the key source and optional PNG images (transparent background) of signature and seal."""

    source: Pkcs12Source | Pkcs11Source
    signature_image: Path | None = None
    seal_image: Path | None = None
    reason: str = "Ký phê duyệt văn bản"


@dataclass(frozen=True)
class SignatureReport:
    """What ``pdf verify`` prints for one signature."""

    field: str
    signer: str
    signing_time: str  # ISO 8601 as the signer reported it ("" when absent)
    intact: bool  # the signed bytes are unchanged
    valid: bool  # the cryptographic signature checks out
    trusted: bool  # the certificate chains to a given trust root
    coverage: str  # ENTIRE_FILE, ENTIRE_REVISION …
    error: str = ""

    @property
    def integrity(self) -> bool:
        return self.intact and self.valid and not self.error

    def to_dict(self) -> dict:
        return {
            "field": self.field, "signer": self.signer, "signing_time": self.signing_time, "intact": self.intact,
            "valid": self.valid, "trusted": self.trusted, "coverage": self.coverage, "integrity": self.integrity,
            "error": self.error,
        }  # fmt: skip


def _common_name(cert) -> str:
    try:
        return nfc(cert.subject.native.get("common_name", "")) or cert.subject.human_friendly
    except Exception:  # noqa: BLE001  a certificate without a readable subject still signs
        return ""


def _check_image(path: Path | None, what: str) -> None:
    if path is None:
        return
    if not Path(path).is_file():
        raise SigningError(f"the {what} image {path} does not exist", file=str(path))
    try:
        ImageReader(str(path)).getSize()
    except Exception as exc:  # noqa: BLE001
        raise SigningError(f"the {what} image {path} is not a readable image: {exc}", file=str(path)) from exc


def appearance_pdf(width: float, height: float, req: SignRequest, signer_name: str, agency: str, when: datetime) -> bytes:
    """A one-page PDF of the visible signature (``width`` × ``height`` points), in Liberation Serif."""
    fonts.register_fonts()
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=(width, height), invariant=1, initialFontName=fonts.REGULAR)
    if req.signature_image or req.seal_image:
        sig_w = width * 0.5
        if req.signature_image:
            img = ImageReader(str(req.signature_image))
            iw, ih = img.getSize()
            scale = min(sig_w / iw, height / ih)
            w, h = iw * scale, ih * scale
            sx = (width - w) / 2
            c.drawImage(img, sx, (height - h) / 2, w, h, mask="auto")
        else:
            sx, w = (width - sig_w) / 2, sig_w
        if req.seal_image:
            seal = ImageReader(str(req.seal_image))
            iw, ih = seal.getSize()
            side = min(height, 36 * 2.835)  # a commune seal is about 35–36 mm across
            scale = side / max(iw, ih)
            w2, h2 = iw * scale, ih * scale
            # the seal covers about one third of the signature, on its left
            x = max(0.0, sx + w / 3 - w2)
            c.drawImage(seal, x, (height - h2) / 2, w2, h2, mask="auto")
    else:
        lines = [f"Ký bởi: {signer_name}", f"Cơ quan: {agency}", f"Thời gian: {when.astimezone(VN_TZ).isoformat(timespec='seconds')}"]
        c.setFont(fonts.REGULAR, 10)
        c.setFillColorRGB(0, 0, 0)
        y = height / 2 + 12
        for line in lines:
            c.drawCentredString(width / 2, y, nfc(line))
            y -= 12
    c.showPage()
    c.save()
    return buf.getvalue()


def _pkcs12_signer(source: Pkcs12Source):
    from pyhanko.sign import signers

    if not Path(source.path).is_file():
        raise SigningError(f"the certificate file {source.path} does not exist", file=str(source.path))
    try:
        signer = signers.SimpleSigner.load_pkcs12(str(source.path), passphrase=source.passphrase)
    except Exception as exc:  # noqa: BLE001  wrong password and bad files raise assorted errors
        raise SigningError(f"cannot open the certificate file {source.path}: wrong password or not a PKCS#12 file",
                           file=str(source.path)) from exc  # fmt: skip
    if signer is None:
        raise SigningError(f"cannot open the certificate file {source.path}: wrong password or not a PKCS#12 file",
                           file=str(source.path))  # fmt: skip
    return signer


def _pkcs11_signer(source: Pkcs11Source, stack: ExitStack):
    try:
        from pyhanko.config.pkcs11 import TokenCriteria
        from pyhanko.sign.pkcs11 import PKCS11Signer, open_pkcs11_session
    except ImportError as exc:
        raise SigningError("PKCS#11 signing needs python-pkcs11 (pip install 'pyhanko[pkcs11]')") from exc
    if not Path(source.lib).is_file():
        raise SigningError(f"the PKCS#11 module {source.lib} does not exist", lib=source.lib)
    try:
        session = open_pkcs11_session(source.lib, token_criteria=TokenCriteria(label=source.token_label), user_pin=source.pin)
    except Exception as exc:  # noqa: BLE001
        raise SigningError(f"cannot open the token '{source.token_label}': {exc}", token=source.token_label) from exc
    stack.callback(session.close)
    try:
        signer = PKCS11Signer(session, key_label=source.key_label, cert_label=source.cert_label or source.key_label)
        _ = signer.signing_cert  # loads key and certificate now, so a wrong label fails here
    except Exception as exc:  # noqa: BLE001
        raise SigningError(f"no key/certificate labelled '{source.key_label}' on the token: {exc}", key=source.key_label) from exc
    return signer


def sign_pdf(
    pdf: bytes,
    req: SignRequest,
    box: SignatureBox | None,
    agency: str,
    location: str,
    when: datetime,
) -> tuple[bytes, str]:
    """Sign ``pdf`` (PAdES baseline B, SHA-256) and return the signed bytes and the signer's name.

    The signature widget covers ``box`` (the room between the signer's title and name) when given.

    Raises:
        SigningError: the key source or an image cannot be used.
    """
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import StaticStampStyle

    _check_image(req.signature_image, "signature")
    _check_image(req.seal_image, "seal")
    with ExitStack() as stack:
        if isinstance(req.source, Pkcs12Source):
            signer = _pkcs12_signer(req.source)
        else:
            signer = _pkcs11_signer(req.source, stack)
        name = _common_name(signer.signing_cert)
        meta = signers.PdfSignatureMetadata(
            field_name=FIELD_NAME,
            reason=nfc(req.reason),
            location=nfc(location),
            name=name or None,
            subfilter=fields.SigSeedSubFilter.PADES,
            md_algorithm="sha256",
        )
        spec = None
        style = None
        if box is not None:
            spec = fields.SigFieldSpec(sig_field_name=FIELD_NAME, on_page=box.page - 1, box=box.rect)
            x1, y1, x2, y2 = box.rect
            stamp = appearance_pdf(x2 - x1, y2 - y1, req, name, agency, when)
            fd, tmp = tempfile.mkstemp(suffix=".pdf", prefix="pbgdpl-stamp-")
            with os.fdopen(fd, "wb") as fh:
                fh.write(stamp)
            stack.callback(Path(tmp).unlink, missing_ok=True)
            style = StaticStampStyle.from_pdf_file(tmp, border_width=0)
        try:
            writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
            out = io.BytesIO()
            signers.PdfSigner(meta, signer=signer, stamp_style=style, new_field_spec=spec).sign_pdf(writer, output=out)
        except SigningError:
            raise
        except Exception as exc:  # noqa: BLE001
            raise SigningError(f"signing failed: {exc}") from exc
        return out.getvalue(), name


def verify_pdf(data: bytes, trust_roots: list[bytes] | None = None) -> list[SignatureReport]:
    """Check every signature of ``data`` offline; a broken file gives reports with ``error`` set.

    Args:
        data: the PDF bytes.
        trust_roots: DER or PEM certificates to trust (without them ``trusted`` is False, integrity still checked).

    Raises:
        PdfReadError: ``data`` is not a readable PDF.
    """
    from pyhanko.keys import load_cert_from_pemder
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    roots = []
    for raw in trust_roots or []:
        fd, tmp = tempfile.mkstemp(suffix=".pem")
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
        try:
            roots.append(load_cert_from_pemder(tmp))
        finally:
            Path(tmp).unlink(missing_ok=True)
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        sigs = list(reader.embedded_signatures)
    except Exception as exc:  # noqa: BLE001
        raise PdfReadError(f"not a readable PDF: {exc}") from exc
    reports = []
    for sig in sigs:
        name = ""
        try:
            name = _common_name(sig.signer_cert)
        except Exception:  # noqa: BLE001
            pass
        try:
            vc = ValidationContext(trust_roots=roots, allow_fetching=False)
            st = validate_pdf_signature(sig, vc)
            when = st.signer_reported_dt.astimezone(VN_TZ).isoformat() if st.signer_reported_dt else ""
            reports.append(SignatureReport(sig.field_name, name, when, bool(st.intact), bool(st.valid), bool(st.trusted),
                                           st.coverage.name if st.coverage else ""))  # fmt: skip
        except Exception as exc:  # noqa: BLE001  pyhanko raises on a damaged CMS blob: that is "invalid"
            reports.append(SignatureReport(sig.field_name, name, "", False, False, False, "", error=str(exc) or type(exc).__name__))
    return reports
