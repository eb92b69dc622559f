"""The real command speaks the user's language: Vietnamese help and messages when LC_ALL / LC_MESSAGES / LANG
say vi, English otherwise; the error codes are the same either way."""

import re
import xml.etree.ElementTree as ET

import pytest

from app.commands.language import catalog_path, help_texts

pytestmark = pytest.mark.e2e


def _in(cli, lang: str, **more):
    cli.env.update(LANG=lang, **more)
    return cli


def test_help_in_vietnamese_and_in_english(cli):
    vi = _in(cli, "vi_VN.UTF-8")("--help", data_dir=False)
    assert vi.returncode == 0
    assert "cách dùng: pbgdpl" in vi.stdout and "thiết lập máy này cho một đơn vị" in vi.stdout and "tùy chọn:" in vi.stdout
    assert "set up this installation" not in vi.stdout
    init = cli("init", "--help", data_dir=False)
    assert "bàn giao thư mục đã thiết lập cho cán bộ khác" in init.stdout and "--officer-change" in init.stdout
    en = _in(cli, "en_US.UTF-8")("--help", data_dir=False)
    assert "usage: pbgdpl" in en.stdout and "set up this installation for one unit" in en.stdout
    assert "thiết lập máy này" not in en.stdout


def test_errors_keep_their_codes_and_say_it_in_the_users_language(cli, tmp_path):
    assert cli("init", "--unit", "05443", "--officer", "Nguyễn Thị Hường").returncode == 0
    vi = _in(cli, "vi_VN.UTF-8")("activities", "export", str(tmp_path / "x.csv"), "--period", "2026/05")
    assert vi.returncode == 1 and vi.stderr.startswith("E-PERIOD: Kỳ báo cáo không hợp lệ")
    assert "'2026/05'" in vi.stderr  # the details stay
    usage = cli("init")
    assert usage.returncode == 2 and "E-USAGE: " in usage.stderr and "thiếu các tham số bắt buộc" in usage.stderr
    en = _in(cli, "C.UTF-8")("activities", "export", str(tmp_path / "x.csv"), "--period", "2026/05")
    assert en.returncode == 1 and en.stderr.startswith("E-PERIOD: '2026/05' is not a period")
    assert "Kỳ báo cáo" not in en.stderr
    assert "the following arguments are required" in cli("init").stderr


def test_reports_of_status_in_vietnamese_and_lc_all_first(cli):
    assert cli("init", "--unit", "05443", "--officer", "Nguyễn Thị Hường").returncode == 0
    vi = _in(cli, "vi_VN.UTF-8")("status")
    assert "Thư mục dữ liệu:" in vi.stdout and "Người phụ trách: Nguyễn Thị Hường" in vi.stdout
    en = _in(cli, "vi_VN.UTF-8", LC_ALL="en_GB.UTF-8")("status")  # LC_ALL wins over LANG, as POSIX has it
    assert "Data folder:" in en.stdout and "Officer: Nguyễn Thị Hường" in en.stdout
    assert cli.json("status")["officer"] == "Nguyễn Thị Hường"  # --json is the same in every language


def test_the_catalog_translates_every_help_text_and_keeps_placeholders():
    from app.cli import build_parser

    found = {}
    for context in ET.parse(catalog_path()).getroot().iter("context"):
        for m in context.iter("message"):
            t = m.find("translation")
            assert t is not None and t.get("type") != "unfinished" and t.text, m.findtext("source")
            found[m.findtext("source")] = t.text
    texts = help_texts(build_parser())
    missing = [t for t in texts if t not in found]
    # Commands added later show English help until their texts are translated (python tools/update_cli_catalog.py adds
    # them to the catalog); most of the help must be Vietnamese all the same.
    assert len(missing) <= len(texts) // 10, f"translate in cli_vi.ts: {missing[:5]}"
    for source, text in found.items():
        assert sorted(re.findall(r"\{\w+\}|%\(\w+\)\w|%s", source)) == sorted(re.findall(r"\{\w+\}|%\(\w+\)\w|%s", text)), source


def test_every_report_line_of_the_commands_is_in_the_catalog():
    from pathlib import Path

    from app.commands.language import _catalog, source_texts

    root = Path(__file__).resolve().parents[2]
    texts = source_texts(sorted((root / "app" / "commands").glob("*.py")) + [root / "app" / "cli.py"])
    assert len(texts) > 150  # bundle, keys, backup, approvals, import/export, report, units, completeness, status, init
    missing = [t for t in texts if ("Cli", t) not in _catalog()]
    assert not missing, f"translate in cli_vi.ts (python tools/update_cli_catalog.py adds them): {missing[:5]}"


def test_the_common_commands_report_in_vietnamese_and_json_stays_the_same(cli, tmp_path):
    """A commune sends a bundle, the province imports and approves it, both back up and export: every report line in
    Vietnamese under LANG=vi_VN, in English under LANG=C, and --json the same document either way."""
    upper, usb = str(tmp_path / "so"), str(tmp_path / "usb")
    vi = _in(cli, "vi_VN.UTF-8")
    assert "Dữ liệu mẫu: " in vi("demo").stdout
    made = vi("keys", "create", "--no-passphrase")
    assert "Đã tạo khóa ký số cho" in made.stdout and "KHÔNG có mật khẩu bảo vệ" in made.stdout
    sent = vi("bundle", "export", "--period", "2026", "--out", usb)
    assert sent.returncode == 0 and "gói số 1:" in sent.stdout and "hoạt động" in sent.stdout and "bundle no." not in sent.stdout
    bundle = sent.stdout.splitlines()[0]
    fingerprint = cli.json("keys", "show")["fingerprint"]
    assert vi("init", "--unit", "19", "--level", "province", "--officer", "Lê Văn Tám", "--data-dir", upper, data_dir=False).returncode == 0
    trusted = vi("keys", "trust", "--unit", "02104", "--fingerprint", fingerprint, "--data-dir", upper, data_dir=False)
    assert "khóa " in trusted.stdout and "đã đăng ký" in trusted.stdout
    listed = vi("keys", "list", "--data-dir", upper, data_dir=False).stdout
    assert "trạng thái" in listed and "hiệu lực" in listed
    checked = vi("bundle", "verify", bundle, "--data-dir", upper, data_dir=False).stdout
    assert "ký bởi khóa" in checked and "(tin cậy)" in checked and "activities" not in checked
    dry = vi("bundle", "import", "--dry-run", bundle, "--data-dir", upper, data_dir=False).stdout
    assert "[CHẠY THỬ: không ghi gì]" in dry and "không đổi" in dry and "hoạt động" in dry and "unchanged" not in dry
    json_vi = _in(cli, "vi_VN.UTF-8")("bundle", "import", "--dry-run", bundle, "--data-dir", upper, "--json", data_dir=False).stdout
    json_en = _in(cli, "C.UTF-8")("bundle", "import", "--dry-run", bundle, "--data-dir", upper, "--json", data_dir=False).stdout
    assert '"unchanged"' in json_vi and "không đổi" not in json_vi
    assert json_vi.replace(" ", "").count('"new"') == json_en.replace(" ", "").count('"new"')
    vi = _in(cli, "vi_VN.UTF-8")
    assert vi("bundle", "import", bundle, "--data-dir", upper, data_dir=False).returncode == 0
    again = vi("bundle", "import", bundle, "--data-dir", upper, data_dir=False).stdout
    assert "đã nhập lúc" in again and "không có gì thay đổi" in again
    approved = vi("approve", "--unit", "02104", "--period", "2026", "--data-dir", upper, data_dir=False).stdout
    assert "đã duyệt ngày" in approved and "người quyết định Lê Văn Tám" in approved
    missing = vi("approvals", "export", "--unit", "02104", "--out", usb, "--data-dir", upper, data_dir=False)
    assert missing.stderr.startswith("E-KEY-MISSING: Máy này chưa có khóa ký số")
    assert vi("keys", "create", "--no-passphrase", "--data-dir", upper, data_dir=False).returncode == 0
    assert "gói quyết định số" in vi("approvals", "export", "--unit", "02104", "--out", usb, "--data-dir", upper, data_dir=False).stdout
    assert "đã sao lưu và kiểm tra" in vi("backup", "create", "--data-dir", upper, data_dir=False).stdout
    copies = vi("backup", "list", "--data-dir", upper, data_dir=False).stdout
    assert "bản sao" in copies and re.search(r"trên tối đa \d{1,3}(\.\d{3})*,\d MB", copies)  # Vietnamese separators
    exported = vi("activities", "export", str(tmp_path / "a.xlsx")).stdout
    assert exported.startswith("Đã xuất 582 bản ghi hoạt động")
    assert "không kèm thông tin cá nhân" in vi("roster", "export", str(tmp_path / "r.csv")).stdout
    imported = vi("activities", "import", str(tmp_path / "a.xlsx"), "--dry-run").stdout
    assert imported.startswith("Sẽ nhập a.xlsx") and "không đổi 582" in imported
    printed = vi("report", "summary", "--period", "2026", "--out", str(tmp_path / "s.pdf")).stdout
    assert "trang" in printed and "page(s)" not in printed
    en = _in(cli, "C.UTF-8")
    assert "unit 02104 Xã Tân Kỳ, bundle no. 1" in en("bundle", "import", bundle, "--data-dir", upper, data_dir=False).stdout
    assert en("activities", "export", str(tmp_path / "b.csv")).stdout.startswith("Exported 582 activities")
    assert "approved on" in en("approvals", "--data-dir", upper, data_dir=False).stdout
    assert re.search(r"of at most \d{1,3}(,\d{3})*\.\d MB", en("backup", "list", "--data-dir", upper, data_dir=False).stdout)
    assert re.search(r"02104 +active +\d\d/\d\d/2026", en("keys", "list", "--data-dir", upper, data_dir=False).stdout)  # dd/mm/yyyy


def test_plans_and_audit_report_in_vietnamese(cli):
    assert cli("init", "--unit", "05443", "--officer", "Nguyễn Thị Hường").returncode == 0
    vi = _in(cli, "vi_VN.UTF-8")
    assert "nhiệm vụ  UBND tỉnh Thái Nguyên" in vi("plan", "example").stdout
    assert "Đã lưu kế hoạch mẫu 164/KH-UBND" in vi("plan", "example", "164/KH-UBND").stdout
    listed = vi("plan", "list").stdout
    assert listed.startswith("số hiệu") and "1 kế hoạch" in listed
    shown = vi("plan", "show", "164/KH-UBND").stdout
    assert "thời hạn" in shown and "nhiệm vụ của kế hoạch" in shown and "task(s)" not in shown
    assert "nhật ký kiểm tra nguyên vẹn" in vi("audit", "verify").stdout
    en = _in(cli, "C.UTF-8")
    assert "task(s) in the plan" in en("plan", "show", "164/KH-UBND").stdout
    assert cli.json("plan", "show", "164/KH-UBND")["tasks"][0]["status"] in ("not_started", "in_progress", "done", "overdue", "dropped")
