"""``pbgdpl report <kind>``: official documents as PDF or .xlsx, optionally signed; ``pbgdpl pdf verify``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.commands import Result, add_scope_arguments, open_workspace, run_job, scope_from_args
from app.commands.language import translate
from app.core.errors import FileMissingError, UsageError
from app.core.periods import parse_period

# Kept here (and checked against app.services.printing by a test) so that building the command line
# does not import reportlab, openpyxl and pyhanko: that would slow every start of the program.
KINDS = ("activity-log", "roster", "summary", "enrolment", "roster-review", "ttv-decision")


def register(sub, common) -> None:
    p = sub.add_parser(
        "report",
        parents=[common],
        help="write an official document (PDF in the Nghị định 30/2020 layout, or .xlsx)",
        description="Write an official document of a period. The format follows --out (.pdf or .xlsx). "
        "'report settings' shows or changes the agency lines, signer and recipients printed on documents.",
    )
    p.add_argument("kind", choices=(*KINDS, "settings"), help="activity-log, roster, summary, enrolment, roster-review (the review for the chairman), ttv-decision (recognition of the call --period YEAR), or settings")
    p.add_argument("--period", metavar="P", help="2026, 2026-H1, 2026-Q3 or 2026-M05 (default: this year)")
    p.add_argument("--out", metavar="FILE", help="FILE.pdf or FILE.xlsx")
    p.add_argument("--fingerprint", default="", help="enrolment: the key fingerprint to print")
    p.add_argument("--assessment-file", metavar="F", help="summary: text of section II (đánh giá chung)")
    p.add_argument("--plans-file", metavar="F", help="summary: text of section III (phương hướng)")
    p.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="settings: change one (\\n for new lines)")
    add_scope_arguments(p)
    g = p.add_argument_group("signing (PDF only)")
    g.add_argument("--sign", action="store_true", help="sign the PDF (PAdES)")
    g.add_argument("--pkcs12", metavar="FILE", help="certificate and key in a .p12/.pfx file")
    g.add_argument("--pkcs12-pass-file", metavar="F", help="file holding the .p12 password")
    g.add_argument("--pkcs11-lib", metavar="LIB", help="PKCS#11 module of the USB token (.so/.dll)")
    g.add_argument("--token-label", metavar="L")
    g.add_argument("--pin-file", metavar="F", help="file holding the token PIN")
    g.add_argument("--key-label", metavar="K")
    g.add_argument("--signature-image", metavar="PNG", help="the signer's signature (blue, transparent PNG)")
    g.add_argument("--seal-image", metavar="PNG", help="the seal (red, transparent PNG)")
    p.set_defaults(handler=_report)

    pdf = sub.add_parser("pdf", parents=[common], help="check PDF signatures")
    pdf_sub = pdf.add_subparsers(dest="pdf_command", metavar="ACTION", required=True, parser_class=sub._parser_class)
    v = pdf_sub.add_parser("verify", parents=[common], help="print signer, time and integrity of each signature")
    v.add_argument("file", metavar="FILE")
    v.add_argument("--trust", action="append", default=[], metavar="CERT", help="PEM/DER certificate to trust")
    v.set_defaults(handler=_verify)


def _read_secret(path: str | None, what: str) -> str:
    if not path:
        raise UsageError(f"{what} is required (a file holding it, so it never shows in the process list)")
    file = Path(path)
    if not file.is_file():
        raise FileMissingError(f"{what} file {path} does not exist", file=path)
    return file.read_text(encoding="utf-8").rstrip("\r\n")


def _sign_request(args: argparse.Namespace):
    from app.reports import signing

    if not args.sign:
        if args.pkcs12 or args.pkcs11_lib or args.signature_image or args.seal_image:
            raise UsageError("signing options need --sign")
        return None
    if bool(args.pkcs12) == bool(args.pkcs11_lib):
        raise UsageError("--sign needs exactly one of --pkcs12 FILE or --pkcs11-lib LIB")
    if args.pkcs12:
        password = _read_secret(args.pkcs12_pass_file, "--pkcs12-pass-file") if args.pkcs12_pass_file else None
        source = signing.Pkcs12Source(Path(args.pkcs12), password.encode("utf-8") if password is not None else None)
    else:
        if not (args.token_label and args.key_label):
            raise UsageError("--pkcs11-lib needs --token-label and --key-label")
        source = signing.Pkcs11Source(args.pkcs11_lib, args.token_label, _read_secret(args.pin_file, "--pin-file"), args.key_label)
    images = [Path(x) if x else None for x in (args.signature_image, args.seal_image)]
    return signing.SignRequest(source, *images)


def _settings(args: argparse.Namespace) -> Result:
    from app.services import printing

    with open_workspace(args) as ws:
        changes = {}
        for item in args.set:
            if "=" not in item:
                raise UsageError(f"--set needs KEY=VALUE, got {item!r}")
            key, value = item.split("=", 1)
            changes[key.strip()] = value.replace("\\n", "\n")
        values = printing.save_document_settings(ws, changes) if changes else printing.document_settings(ws)
    text = "\n".join(f"{k} = {v!r}" for k, v in values.items())
    return Result({"ok": True, "settings": values}, text)


def _report(args: argparse.Namespace) -> Result:
    from app.services import printing

    if args.kind == "settings":
        return _settings(args)
    if not args.out:
        raise UsageError("--out FILE.pdf or FILE.xlsx is required")
    out = Path(args.out)
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in printing.FORMATS:
        raise UsageError(f"--out must end in .pdf or .xlsx, not {out.suffix or '(nothing)'}", out=str(out))
    sign = _sign_request(args)
    texts = {}
    for name in ("assessment_file", "plans_file"):
        path = getattr(args, name)
        if path:
            if not Path(path).is_file():
                raise FileMissingError(f"{path} does not exist", file=path)
            texts[name] = Path(path).read_text(encoding="utf-8")
    with open_workspace(args) as ws:
        ws.require_initialised()
        period = parse_period(args.period) if args.period else parse_period(str(ws.today().year))
        scope = scope_from_args(ws, args)
        req = printing.ReportRequest(
            args.kind, period, fmt, fingerprint=args.fingerprint,
            assessment=texts.get("assessment_file", ""), plans=texts.get("plans_file", ""), scope=scope,
        )  # fmt: skip
        output = run_job(printing.produce(ws, req, sign))
    if output.warning:  # said before the file is written (a consolidated report with nothing received)
        print(translate("Cli", "Warning: {text}").format(text=output.warning), file=sys.stderr)
    printing.write_atomically(out, output.data)
    data = {"ok": True, "kind": args.kind, "period": period.id, "out": str(out), "format": fmt, "bytes": len(output.data),
            "pages": output.pages, "signed": bool(output.signed_by), "signed_by": output.signed_by,
            "warning": output.warning}  # fmt: skip
    data["units"] = list(scope.units) if scope.units is not None else "all"  # whose records the document covers
    signed = translate("Cli", ", signed by {signer}").format(signer=output.signed_by) if output.signed_by else ""
    pages = translate("Cli", ", {count} page(s)").format(count=output.pages) if output.pages else ""
    return Result(data, f"{args.kind} {period.id} → {out}{pages}{signed}")


def _verify(args: argparse.Namespace) -> Result:
    from app.reports import signing

    file = Path(args.file)
    if not file.is_file():
        raise FileMissingError(f"{file} does not exist", file=str(file))
    roots = []
    for cert in args.trust:
        if not Path(cert).is_file():
            raise FileMissingError(f"{cert} does not exist", file=cert)
        roots.append(Path(cert).read_bytes())
    reports = signing.verify_pdf(file.read_bytes(), roots)
    if not reports:
        raise _NoSignature(file)
    ok = all(r.integrity for r in reports)
    lines = []
    for r in reports:
        state = translate("Cli", "INTACT") if r.integrity else translate("Cli", "BROKEN")
        if r.trusted:
            trust = translate("Cli", "trusted")
        else:
            trust = translate("Cli", "not trusted (no --trust root)") if not args.trust else translate("Cli", "NOT trusted")
        lines.append(f"{r.field}: " + translate("Cli", "signer {signer}; time {time}; integrity {state}; {trust}").format(
            signer=r.signer or "?", time=r.signing_time or "?", state=state, trust=trust)
            + (translate("Cli", "; error: {error}").format(error=r.error) if r.error else ""))  # fmt: skip
    result = Result({"ok": ok, "file": str(file), "signatures": [r.to_dict() for r in reports]}, "\n".join(lines))
    if not ok:
        raise _BrokenSignature(file, result)
    return result


class _NoSignature(UsageError):
    code = "E-PDF-UNSIGNED"

    def __init__(self, file: Path) -> None:
        super().__init__(f"{file} has no signature", file=str(file))


class _BrokenSignature(UsageError):
    code = "E-PDF-SIGNATURE"

    def __init__(self, file: Path, result: Result) -> None:
        super().__init__(f"{file}: a signature is broken (the file was changed after signing)\n{result.text}",
                         file=str(file), signatures=result.data["signatures"])  # fmt: skip

