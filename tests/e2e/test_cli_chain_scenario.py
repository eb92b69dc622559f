"""A quarter at Thái Nguyên through the real ``pbgdpl`` command, three tiers: ten communes (nine demo communes and
one with nothing to report), two of them reporting through a district office that relays their original bundles,
the province importing out of order and twice, a commune correcting and deleting records, a period returned and
sent again, and one commune of the district returned, the decision going down through the district (the commune
knows only its district's key) and the corrected bundle coming back up through it. At every step the province's
completeness board (statuses, rate) and its consolidated figures (the summary PDF, read with pdftotext) are
checked against the sum of the communes' own summaries, printed by each commune with its own program; at the end
the .xlsx too."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from e2e_helpers import as_json, run

pytestmark = pytest.mark.e2e

PERIOD = "2026-Q3"
DEMO = {"05443": 1, "05467": 2, "01843": 3, "05830": 4, "05569": 5, "01906": 6, "05908": 7, "05860": 8, "05482": 11}
EMPTY = "05716"  # Xã Võ Nhai: set up, nothing logged: "nothing to report"
VIA_DISTRICT = ("05830", "05569")  # Xã Đại Từ and Xã Định Hóa report through the district office 164
DISTRICT = "164"


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def number(text: str) -> int:
    return int(text.replace(".", ""))


def figures_of_summary(pdf: Path) -> tuple[int, int]:
    """(direct sessions, participants) as the summary's opening prints them."""
    text = " ".join(pdf_text(pdf).split())
    m = re.search(r"đã tổ chức ([\d.]+) cuộc phổ biến pháp luật trực tiếp với ([\d.]+) lượt người", text)
    assert m, text[:2000]
    return number(m.group(1)), number(m.group(2))


class Field:
    def __init__(self, root: Path):
        self.root = root
        self.usb = root / "usb"
        self.province = root / "province"
        self.district = root / "district"

    def commune(self, code: str) -> Path:
        return self.root / f"c{code}"

    def board(self) -> dict:
        return as_json("completeness", "--data-dir", str(self.province), "--period", PERIOD)

    def statuses(self) -> dict[str, str]:
        return {r["unit_code"]: r["status"] for r in self.board()["rows"] if r["unit_code"] in (*DEMO, EMPTY)}

    def export(self, code: str, sub: str) -> Path:
        return Path(as_json("bundle", "export", "--data-dir", str(self.commune(code)), "--period", PERIOD, "--out", str(self.usb / sub))["path"])

    def province_figures(self) -> tuple[int, int]:
        """(direct sessions, participants) of the province's consolidated summary of the quarter, as printed."""
        out = self.root / "province-step.pdf"
        run("report", "summary", "--data-dir", str(self.province), "--period", PERIOD, "--out", str(out))
        return figures_of_summary(out)

    def add_participants(self, code: str, month: str, more: int) -> None:
        """The commune's officer corrects its first activity of 2026-``month`` (its participants), through the services."""
        script = (
            "from pathlib import Path; from datetime import date; from app.paths import AppPaths;"
            "from app.services.workspace import Workspace; from app.services import logbook, read;"
            f"ws = Workspace.open(AppPaths(Path({str(self.commune(code))!r})));"
            f"a = sorted(read.activities(ws, read.default_scope(ws), date(2026, {int(month)}, 1), date(2026, {int(month)}, 28)), key=lambda a: a.id)[0];"
            f"a.participants += {more}; logbook.save_activity(ws, a); ws.close()"
        )
        subprocess.run([sys.executable, "-c", script], check=True, env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])})

    def own_summary(self, code: str) -> tuple[int, int]:
        out = self.root / "own" / f"{code}.pdf"
        run("report", "summary", "--data-dir", str(self.commune(code)), "--period", PERIOD, "--out", str(out))
        return figures_of_summary(out)


@pytest.fixture(scope="module")
def field(tmp_path_factory) -> Field:
    f = Field(tmp_path_factory.mktemp("chain"))
    run("init", "--data-dir", str(f.province), "--unit", "19", "--level", "province", "--officer", "Đỗ Thị Lan Anh")
    run("init", "--data-dir", str(f.district), "--level", "district", "--unit", DISTRICT, "--name", "Phòng Tư pháp huyện Đại Từ",
        "--province", "19", "--communes", ",".join(VIA_DISTRICT), "--officer", "Nguyễn Văn Hùng")  # fmt: skip
    for code, seed in DEMO.items():
        run("demo", "--data-dir", str(f.commune(code)), "--unit", code, "--seed", str(seed))
    run("init", "--data-dir", str(f.commune(EMPTY)), "--unit", EMPTY, "--officer", "Lương Văn Toàn")
    fps = {code: as_json("keys", "create", "--data-dir", str(f.commune(code)))["fingerprint"] for code in (*DEMO, EMPTY)}
    fd = as_json("keys", "create", "--data-dir", str(f.district))["fingerprint"]
    for code, fp in fps.items():  # every commune's enrolment sheet reaches the province; the district's two too
        run("keys", "trust", "--data-dir", str(f.province), "--unit", code, "--fingerprint", fp)
        if code in VIA_DISTRICT:
            run("keys", "trust", "--data-dir", str(f.district), "--unit", code, "--fingerprint", fp)
    run("units", "add", "--data-dir", str(f.province), DISTRICT, "--level", "district", "--name", "Phòng Tư pháp huyện Đại Từ")
    run("keys", "trust", "--data-dir", str(f.province), "--unit", DISTRICT, "--fingerprint", fd)
    fp = as_json("keys", "create", "--data-dir", str(f.province))["fingerprint"]  # decisions go down signed
    run("keys", "trust", "--data-dir", str(f.district), "--unit", "19", "--fingerprint", fp)  # the province's sheet
    for code in (*DEMO, EMPTY):  # each commune enrols the key of the level it reports to
        upper = (DISTRICT, fd) if code in VIA_DISTRICT else ("19", fp)
        run("keys", "trust", "--data-dir", str(f.commune(code)), "--unit", upper[0], "--fingerprint", upper[1])
    return f


def test_the_quarter_through_three_tiers(field):
    f = field
    board = f.board()
    assert board["expected"] == 92 and board["reported"] == 0  # the district is a relay, not a unit of the rate
    assert set(f.statuses().values()) == {"not_received"}
    own = {c: f.own_summary(c) for c in (*DEMO, EMPTY)}  # what each commune's own program prints

    def received(*codes: str) -> tuple[int, int]:
        return sum(own[c][0] for c in codes), sum(own[c][1] for c in codes)

    # -- the communes send their Q3 bundles; the province imports them out of order, one twice --------------------
    direct = [c for c in (*DEMO, EMPTY) if c not in VIA_DISTRICT]
    first = {c: f.export(c, "q3") for c in (*DEMO, EMPTY)}
    order = sorted(direct, reverse=True)
    run("bundle", "import", "--data-dir", str(f.province), *[str(first[c]) for c in order[:4]])
    copy = f.usb / "zalo" / "bao cao quy 3 (1).pbgdpl"  # a chat-app copy of a bundle already imported
    copy.parent.mkdir(parents=True)
    shutil.copy(first[order[0]], copy)
    proc = run("bundle", "import", "--data-dir", str(f.province), str(copy))
    assert "already imported" in proc.stdout
    assert f.board()["reported"] == 4
    assert f.province_figures() == received(*order[:4])  # the province's figures after each step
    run("bundle", "import", "--data-dir", str(f.province), *[str(first[c]) for c in order[4:]], str(first[order[1]]))
    board = f.board()
    statuses = f.statuses()
    assert board["reported"] == len(direct) == 8 and board["rate_line"] == "8/92 đơn vị đã báo cáo"
    assert statuses[EMPTY] == "nothing_to_report"
    assert all(statuses[c] == "received" for c in direct if c != EMPTY)
    assert all(statuses[c] == "not_received" for c in VIA_DISTRICT)
    assert f.province_figures() == received(*direct)

    # -- two communes report to the district office, which relays their original bundles upward ----------------
    run("bundle", "import", "--data-dir", str(f.district), *[str(first[c]) for c in VIA_DISTRICT])
    district_board = as_json("completeness", "--data-dir", str(f.district), "--period", PERIOD)
    assert district_board["rate_line"] == "2/2 đơn vị đã báo cáo"
    district_pdf = f.root / "district-q3.pdf"  # the district's own report: its letterhead, place and voice
    run("report", "summary", "--data-dir", str(f.district), "--period", PERIOD, "--out", str(district_pdf))
    text = " ".join(pdf_text(district_pdf).split())
    assert "UBND HUYỆN ĐẠI TỪ" in text and "PHÒNG TƯ PHÁP" in text and "Phòng Tư pháp huyện Đại Từ báo cáo" in text
    assert "Ủy ban nhân dân phòng" not in text and "2/2 đơn vị đã báo cáo" in text
    up = as_json("bundle", "export", "--data-dir", str(f.district), "--period", PERIOD, "--out", str(f.usb / "district"))
    assert sorted(e["unit_code"] for e in up["relayed"]) == sorted(VIA_DISTRICT)
    with zipfile.ZipFile(up["path"]) as zf:  # carried unchanged: the very bytes each commune signed
        for c in VIA_DISTRICT:
            member = f"relay/{first[c].name}"
            assert zf.read(member) == first[c].read_bytes()
        manifest = json.loads(zf.read("manifest.json"))
    assert manifest["min_reader_version"] == 4 and manifest["source"]["level"] == "district"
    proc = run("bundle", "verify", "--data-dir", str(f.province), up["path"])
    assert "carries 2 original bundle(s), each verified on import:" in proc.stdout and "unit 05830 Xã Đại Từ, bundle no. 1" in proc.stdout
    proc = run("bundle", "import", "--data-dir", str(f.province), up["path"])
    assert "carries 2 original bundle(s); 0 refused" in proc.stdout
    board = f.board()
    statuses = f.statuses()
    assert board["reported"] == 10 and board["rate_line"] == "10/92 đơn vị đã báo cáo"
    assert all(statuses[c] == "received" for c in VIA_DISTRICT)
    assert f.province_figures() == received(*DEMO, EMPTY)
    status = as_json("status", "--data-dir", str(f.province))
    owners = {u["code"]: u["counts"]["activities"]["live"] for u in status["units"]}
    assert owners.get(DISTRICT, 0) == 0 and all(owners[c] > 0 for c in VIA_DISTRICT)  # each record under its true owner
    # the district's office appears as a sender, not as a unit of the rate
    assert [(o["unit_code"], o["unit_name"], o["relay"]) for o in board["others"]] == [(DISTRICT, "Phòng Tư pháp huyện Đại Từ", True)]
    text = run("completeness", "--data-dir", str(f.province), "--period", PERIOD).stdout
    assert "(intermediate office, relays its units) 164 Phòng Tư pháp huyện Đại Từ: 1 bundle(s)" in text

    # -- a commune corrects three activities and deletes one, then sends again ----------------------------------
    fixer = "05443"
    before = f.own_summary(fixer)
    script = (
        "from pathlib import Path; from datetime import date; from app.paths import AppPaths;"
        "from app.services.workspace import Workspace; from app.services import logbook, read;"
        f"ws = Workspace.open(AppPaths(Path({str(f.commune(fixer))!r})));"
        "acts = sorted(read.activities(ws, read.default_scope(ws), date(2026, 7, 1), date(2026, 9, 30)), key=lambda a: a.id);"
        "direct = [a for a in acts if a.participants > 0];"
        "[setattr(a, 'participants', a.participants + 100) or logbook.save_activity(ws, a) for a in direct[:3]];"
        "logbook.delete_activity(ws, direct[3].id); ws.close()"
    )
    subprocess.run([sys.executable, "-c", script], check=True, cwd=Path(__file__).resolve().parents[2], env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])})
    after = f.own_summary(fixer)
    assert after != before
    second = f.export(fixer, "q3-fixed")
    proc = run("bundle", "import", "--data-dir", str(f.province), str(second))
    assert re.search(r"activities\s+0\s+3\s+1\s+", proc.stdout), proc.stdout  # 3 corrected, 1 deleted
    assert proc.stdout.count("activities updated:") == 3 and proc.stdout.count("activities deleted:") == 1
    run("bundle", "import", "--data-dir", str(f.province), str(first[fixer]))  # the old one arriving late changes nothing
    assert f.statuses()[fixer] == "received"
    own[fixer] = after
    assert f.province_figures() == received(*DEMO, EMPTY)

    # -- one period returned, corrected and sent again, then approved --------------------------------------------
    back = "05908"
    run("return", "--data-dir", str(f.province), "--unit", back, "--period", PERIOD, "--reason", "Thiếu số liệu tháng 9")
    board = f.board()
    row = next(r for r in board["rows"] if r["unit_code"] == back)
    assert (row["status"], row["reason"]) == ("returned", "Thiếu số liệu tháng 9")
    assert board["reported"] == 10  # a returned period was reported
    f.add_participants(back, "09", 11)
    run("bundle", "import", "--data-dir", str(f.province), str(f.export(back, "q3-resent")))
    assert f.statuses()[back] == "changed_after_approval"  # the corrected data arrived: decide again
    run("approve", "--data-dir", str(f.province), "--unit", back, "--period", PERIOD)
    assert f.statuses()[back] == "approved"
    own[back] = f.own_summary(back)
    assert f.province_figures() == received(*DEMO, EMPTY)

    # -- a commune reporting through the district is returned: the decision goes down through the district ----
    far, reason = VIA_DISTRICT[0], "Số người tham dự hội nghị tháng 8 chưa khớp sổ theo dõi"
    run("return", "--data-dir", str(f.province), "--unit", far, "--period", PERIOD, "--reason", reason)
    down = run("approvals", "export", "--data-dir", str(f.province), "--unit", far, "--out", str(f.usb / "so-down"))
    assert f"reports through {DISTRICT} Phòng Tư pháp huyện Đại Từ" in down.stdout
    down_file = down.stdout.splitlines()[0]
    proc = run("bundle", "import", "--data-dir", str(f.commune(far)), down_file, ok=False)
    assert proc.stderr.startswith("E-BUNDLE-UNTRUSTED")  # the commune knows its district's key only
    proc = run("bundle", "import", "--data-dir", str(f.district), down_file)
    assert f"approvals export --unit {far}" in proc.stdout
    row = next(r for r in as_json("completeness", "--data-dir", str(f.district), "--period", PERIOD)["rows"] if r["unit_code"] == far)
    assert (row["status"], row["reason"]) == ("returned", reason)
    passed = as_json("approvals", "export", "--data-dir", str(f.district), "--unit", far, "--out", str(f.usb / "huyen-down"))
    assert passed["forwarded"] == 1
    run("bundle", "import", "--data-dir", str(f.commune(far)), passed["path"])
    [seen] = as_json("approvals", "--data-dir", str(f.commune(far)))["decisions"]
    assert (seen["decision"], seen["reason"], seen["owner_unit"]) == ("returned", reason, "19")
    # corrected at the commune, sent to the district, relayed (the returned bundle was held back meanwhile)
    held = as_json("bundle", "export", "--data-dir", str(f.district), "--period", PERIOD, "--out", str(f.usb / "district-held"))
    assert far not in [e["unit_code"] for e in held["relayed"]] and [w["unit_code"] for w in held["withheld"]] == [far]
    f.add_participants(far, "08", 23)
    run("bundle", "import", "--data-dir", str(f.district), str(f.export(far, "q3-far")))
    up = as_json("bundle", "export", "--data-dir", str(f.district), "--period", PERIOD, "--out", str(f.usb / "district-2"))
    assert far in [e["unit_code"] for e in up["relayed"]]
    run("bundle", "import", "--data-dir", str(f.province), up["path"])
    assert f.statuses()[far] == "changed_after_approval"
    run("approve", "--data-dir", str(f.province), "--unit", far, "--period", PERIOD)
    assert f.statuses()[far] == "approved"
    own[far] = f.own_summary(far)
    assert f.province_figures() == received(*DEMO, EMPTY)
    run("bundle", "import", "--data-dir", str(f.district), run("approvals", "export", "--data-dir", str(f.province), "--unit", far,
        "--out", str(f.usb / "so-down-2")).stdout.splitlines()[0])  # fmt: skip
    passed = as_json("approvals", "export", "--data-dir", str(f.district), "--unit", far, "--out", str(f.usb / "huyen-down-2"))
    run("bundle", "import", "--data-dir", str(f.commune(far)), passed["path"])
    assert [d["decision"] for d in as_json("approvals", "--data-dir", str(f.commune(far)))["decisions"]] == ["approved"]

    # -- the consolidated report equals the sum of the communes' own summaries ----------------------------------
    assert own == {c: f.own_summary(c) for c in (*DEMO, EMPTY)}
    assert own[EMPTY] == (0, 0)
    total = (sum(v[0] for v in own.values()), sum(v[1] for v in own.values()))
    out = f.root / "province-q3.pdf"
    run("report", "summary", "--data-dir", str(f.province), "--period", PERIOD, "--out", str(out))
    assert figures_of_summary(out) == total
    text = pdf_text(out)
    assert "10/92 đơn vị đã báo cáo" in " ".join(text.split())
    xlsx = f.root / "province-q3.xlsx"
    run("report", "summary", "--data-dir", str(f.province), "--period", PERIOD, "--out", str(xlsx))
    sheet = load_workbook(xlsx)["Biểu 5"]  # the units table, named as numbered
    rows = [[c.value for c in r] for r in sheet.iter_rows()]
    header = next(i for i, r in enumerate(rows) if r[0] == "Đơn vị")
    by_name = {r[0]: r for r in rows[header + 1 :] if r[0]}
    assert by_name["Tổng cộng"][2:4] == list(total)
    names = {c: as_json("units", "list", "--data-dir", str(f.province), c)["units"][0]["name"] for c in (*DEMO, EMPTY)}
    for c, (sessions, people) in own.items():
        assert by_name[names[c]][2:4] == [sessions, people], c

    # each figure traced to its unit and the bundles behind it
    trace = [[c.value for c in r] for r in load_workbook(xlsx)["nguon_so_lieu"].iter_rows()]
    top = next(i for i, r in enumerate(trace) if r[0] == "Mã đơn vị")
    lines = trace[top + 1 :]
    by_code = {r[0]: r for r in lines if r[0]}
    for c, (sessions, people) in own.items():
        assert by_code[c][4:6] == [sessions, people], c
    ids = [r[11] for r in lines if r[11]]
    for c in (*DEMO, EMPTY):  # every bundle each commune sent for the quarter is named, the carried ones too
        sent = [json.loads(zipfile.ZipFile(p).read("manifest.json"))["bundle_id"] for p in f.usb.rglob(f"PBGDPL_{c}_*.pbgdpl")]
        assert set(sent) <= set(ids), c
    assert next(r for r in lines if r[1] == "Tổng cộng")[4:6] == list(total)
    assert sum(r[5] or 0 for r in lines if r[0]) == total[1]
