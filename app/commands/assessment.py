"""``pbgdpl assessment …``: chuẩn tiếp cận pháp luật, the yearly assessment (show, set an answer, re-score)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands import Result, add_scope_arguments, open_workspace

STATUS_WORDS = {"recognised": "ĐẠT CHUẨN", "not_recognised": "CHƯA ĐẠT CHUẨN", "incomplete": "CHƯA ĐỦ THÔNG TIN"}


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    top = sub.add_parser("assessment", parents=[common], help="chuẩn tiếp cận pháp luật: the yearly assessment")
    acts = top.add_subparsers(dest="assessment_command", metavar="ACTION", required=True, parser_class=type(top))

    p = acts.add_parser("show", parents=[common], help="the assessment of a year: answers, values from the log, result")
    p.add_argument("--year", type=int, required=True, metavar="Y")
    add_scope_arguments(p)
    p.set_defaults(handler=cmd_show)

    p = acts.add_parser("set", parents=[common], help="answer one indicator (or part, or condition) and re-score")
    p.add_argument("--year", type=int, required=True, metavar="Y")
    p.add_argument("--indicator", required=True, metavar="CODE", help="e.g. 2.2, 2.4.1, DK3")
    p.add_argument("--value", default=None, metavar="V", help="yes/no, 12/15 (done/due), 2.5 (points), A,B (options), not_due; "
                   "leave out to only add --evidence to the answer as it stands")  # fmt: skip
    p.add_argument("--evidence", type=Path, default=None, metavar="FILE", help="a file kept as evidence (by content hash)")
    p.add_argument("--reason", default="", metavar="TEXT", help="why a value differs from the log, or the figure's source")
    p.add_argument("--unit", default=None, metavar="CODE", help="upper level: the commune it scores")
    p.set_defaults(handler=cmd_set)

    p = acts.add_parser("report", parents=[common], help="print Mẫu 01 or 02 (commune), 07, 09 or 10 (upper level) as PDF")
    p.add_argument("--year", type=int, required=True, metavar="Y")
    p.add_argument("--form", required=True, choices=["01", "02", "07", "09", "10"], metavar="01|02|07|09|10")
    p.add_argument("--out", type=Path, required=True, metavar="F.pdf")
    p.add_argument("--unit", default=None, metavar="CODE")
    p.set_defaults(handler=cmd_report)

    p = acts.add_parser("calendar", parents=[common], help="the year's assessment calendar; --step CODE --date D keeps a date the data leaves open")
    p.add_argument("--year", type=int, required=True, metavar="Y")
    p.add_argument("--step", default=None, metavar="CODE", help="e.g. FILE")
    p.add_argument("--date", dest="when", default=None, metavar="YYYY-MM-DD", help="the date to keep; empty (--date '') clears it")
    p.set_defaults(handler=cmd_calendar)

    p = acts.add_parser("rescore", parents=[common], help="score the year's assessment again under the newest criteria version")
    p.add_argument("--year", type=int, required=True, metavar="Y")
    p.add_argument("--unit", default=None, metavar="CODE")
    p.add_argument("--preview", action="store_true", help="only say what would change (nothing is stored)")
    p.set_defaults(handler=cmd_rescore)


def _value_text(value: dict | None) -> str:
    if not value:
        return ""
    if value.get("not_due"):
        return "không phát sinh"
    if "yes" in value:
        return "có" if value["yes"] else "không"
    if "num" in value:
        return f"{value['num']}/{value['den']}"
    if "selected" in value:
        return ", ".join(value["selected"]) or "(không chọn)"
    return str(value.get("points", ""))


def _lines(v) -> list[str]:
    r = v.result
    head = f"{v.unit_name} ({v.unit_code}) — năm {v.year} — {v.cset.set_id} phiên bản {v.cset.version}"
    if v.scorer == "upper":
        head += " — chấm điểm của cấp trên"
    out = [head]
    if v.newest_version != v.cset.version:
        out.append(f"  (phiên bản mới hơn: {v.newest_version}; dùng 'assessment rescore' để chấm lại)")
    status = f"Kết quả: {STATUS_WORDS[r.status]}"
    if r.total is not None:
        status += f" — tổng {r.to_dict()['total']} điểm"
    out.append(status)
    effective = v.effective()
    for crit in v.cset.criteria:
        cr = r.criterion(crit.code)
        extra = f" {cr.to_dict()['points']}/{cr.to_dict()['max_points'] or '?'} điểm" if v.cset.regime == "points" else ""
        mark = {True: "đạt", False: "không đạt", None: "chưa rõ"}[cr.passed]
        out.append(f"{crit.code}{extra} [{mark}] {crit.name}")
        for ind in crit.indicators:
            ir = r.indicator(ind.code)
            shown = ir.to_dict()["points"] if v.cset.regime == "points" else {True: "đạt", False: "không đạt", None: "—"}[ir.met]
            codes = [ind.code] + [p.code for p in ind.parts if p.code != ind.code]
            values = "; ".join(f"{c}={_value_text(effective[c])}" for c in codes if c in effective)
            out.append(f"  {ind.code} [{shown if shown is not None else '—'}] {values}")
            for c in codes:
                d = v.derived.get(c)
                a = v.answers.get(c)
                typed = a is not None and a.source == "entered"
                if typed:
                    y, m, day = (a.entered_at[:10].split("-") + ["", "", ""])[:3]
                    out.append(f"      {c} nhập tay: {a.entered_by or '—'}, ngày {day}/{m}/{y}")
                if d is not None:
                    out.append(f"      {'nhật ký cho' if typed else 'từ nhật ký'}: {d.text}" + (f" ({d.source})" if d.source else ""))
                if a is not None and a.reason:
                    out.append(f"      lý do: {a.reason}")
                for e in a.evidence if a is not None else []:
                    signs = "; ".join(
                        f"ký bởi {x['signer']} lúc {x['signing_time'][:16].replace('T', ' ')}, " + ("nguyên vẹn" if x["intact"] else "ĐÃ BỊ SỬA SAU KHI KÝ")
                        for x in e.get("signatures", [])
                    )  # fmt: skip
                    out.append(f"      minh chứng: {e['filename']}" + (f" ({signs})" if signs else ""))
    for cond in v.cset.conditions:
        held = r.conditions.get(cond.code)
        out.append(f"{cond.code} [{ {True: 'đạt', False: 'không đạt', None: 'chưa trả lời'}[held] }] {cond.question}")
    if r.failing:
        out.append("Không đạt vì:")
        out += [f"  - {f.message}" for f in r.failing]
    if r.missing:
        out.append("Còn thiếu:")
        out += [f"  - {m.message}" for m in r.missing]
    return out


def cmd_show(args: argparse.Namespace) -> Result:
    from app.services.assessments import across, counts, overview, view
    from app.services.read import is_upper, scope_for

    with open_workspace(args) as ws:
        ws.require_initialised()
        if is_upper(ws) and args.unit is None:
            rows = overview(ws, args.year, scope_for(ws, None, args.all_units))
            n = counts(rows)
            text = [
                f"Chuẩn tiếp cận pháp luật năm {args.year}: {n['units']} đơn vị, {n['sent']} đã gửi tự đánh giá, "
                f"{n['not_sent']} chưa gửi; {n['recognised']} đạt chuẩn, {n['not_recognised']} chưa đạt chuẩn, "
                f"{n['incomplete']} chưa đủ thông tin"
            ]
            for row in rows:
                own = STATUS_WORDS.get(row.self_status, "chưa gửi")
                upper = STATUS_WORDS.get(row.upper_status, "chưa thẩm định")
                text.append(f"  {row.unit_code} {row.unit_name}: tự đánh giá {own} {row.self_total}; cấp trên {upper} {row.upper_total}".rstrip())
            figures = across(rows)
            if figures:
                text.append("Theo chỉ tiêu (xã tự đánh giá): " + "; ".join(f"{c} {f}" for c, f in figures))
            recognised = [r.unit_code for r in rows if r.recognised]
            text.append(f"Đạt chuẩn: {', '.join(recognised) or 'không có'}")
            data = {"year": args.year, "counts": n, "units": [r.to_dict() for r in rows], "recognised": recognised,
                    "not_sent": [r.unit_code for r in rows if not r.sent], "indicators": dict(figures)}  # fmt: skip
            return Result(data, "\n".join(text))
        v = view(ws, args.year, args.unit)
        lines = _lines(v) + ["Lịch đánh giá:", *calendar_lines(v.calendar)]
        if v.other is not None:
            lines += ["", "Tự đánh giá của xã:"] + ["  " + line for line in _lines(v.other)]
        return Result(v.to_dict(), "\n".join(lines))


def cmd_set(args: argparse.Namespace) -> Result:
    from app.services.assessments import set_answer

    if args.value is None and args.evidence is None:
        from app.core.errors import UsageError

        raise UsageError("give --value, or --evidence FILE to add evidence to the answer as it stands")
    with open_workspace(args) as ws:
        v = set_answer(ws, args.year, args.indicator, args.value, args.evidence, args.reason, args.unit)
        r = v.result
        said = args.value if args.value is not None else f"minh chứng {args.evidence.name}"
        text = f"{args.indicator}: {said}: {STATUS_WORDS[r.status]}" + (f" — tổng {r.to_dict()['total']} điểm" if r.total is not None else "")
        return Result(v.to_dict(), text)


def cmd_rescore(args: argparse.Namespace) -> Result:
    from app.services.assessments import rescore, rescore_preview

    with open_workspace(args) as ws:
        if args.preview:
            p = rescore_preview(ws, args.year, args.unit)
            words = {"before": STATUS_WORDS[p.before.status], "after": STATUS_WORDS[p.after.status]}
            lines = [f"Chấm lại theo phiên bản {p.new_version} (đang theo {p.old_version}): {words['before']} → {words['after']}"]
            lines += [f"  {code}: {old} → {new}" for code, old, new in p.changes] or ["  không có số liệu nào thay đổi"]
            data = {"old_version": p.old_version, "new_version": p.new_version, "before": p.before.to_dict(), "after": p.after.to_dict(),
                    "changes": [{"code": c, "before": o, "after": n} for c, o, n in p.changes], "stored": False}  # fmt: skip
            return Result(data, "\n".join(lines))
        v = rescore(ws, args.year, args.unit)
        return Result(v.to_dict(), f"chấm lại theo {v.cset.set_id} phiên bản {v.cset.version}: {STATUS_WORDS[v.result.status]}")


def cmd_report(args: argparse.Namespace) -> Result:
    from app.services.assessments import render_document
    from app.services.printing import write_atomically

    with open_workspace(args) as ws:
        pdf = render_document(ws, args.year, args.form, args.unit)
        write_atomically(args.out, pdf)
        return Result({"path": str(args.out), "form": args.form, "size": len(pdf)}, f"Mẫu {args.form}: {args.out}")


def calendar_lines(steps: list[dict]) -> list[str]:
    """One line per calendar step: its date (dd/mm/yyyy, "do cán bộ nhập" when typed here) or "chưa có lịch"."""
    out = []
    for s in steps:
        if s["due"]:
            y, m, d = s["due"].split("-")
            when = f"{d}/{m}/{y}" + (" (do cán bộ nhập)" if s.get("origin") == "local" else "")
        else:
            when = "chưa có lịch"
        level = {"commune": "xã", "district": "huyện", "province": "tỉnh"}.get(s["level"], s["level"])
        out.append(f"  {s['code']} [{level}] {when}: {s['name']}")
    return out


def cmd_calendar(args: argparse.Namespace) -> Result:
    from app.core.errors import UsageError
    from app.services.assessments import calendar_of, set_calendar_date

    with open_workspace(args) as ws:
        ws.require_initialised()
        if args.step is None and args.when is not None:
            raise UsageError("--date needs --step CODE")
        if args.step is not None:
            if args.when is None:
                raise UsageError("--step needs --date YYYY-MM-DD (or --date '' to clear it)")
            steps = set_calendar_date(ws, args.year, args.step, args.when)
        else:
            steps = calendar_of(ws, args.year)
    return Result({"year": args.year, "steps": steps}, "\n".join([f"Lịch đánh giá chuẩn tiếp cận pháp luật năm {args.year}:", *calendar_lines(steps)]))
