"""Build resources/catalogs/example_plans/164-KH-UBND-2020.json from the text of Kế hoạch 164/KH-UBND
(../shared/seed/KH-164-KH-UBND-2020-ThaiNguyen.txt): one task per "Thời gian thực hiện" of section II.

Run: .venv/bin/python tools/plans/build_seed_plan.py SEED.txt > resources/catalogs/example_plans/164-KH-UBND-2020.json
The output was read through by hand; the lead and cooperating units come from each heading's own words.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata

HEADING = re.compile(r"^(\d+(?:\.\d+)?)\.\s+(.*)$")
LETTER = re.compile(r"^([a-d])\)\s+(.*)$")
DEADLINE = re.compile(r"^Thời gian thực hiện:\s*(.*?)\.?$")
LEAD = re.compile(r"^(.*?)\s+chủ trì,\s*phối hợp với\s+(.*?)(?::|\s+(?:tham mưu|thực hiện|tổ chức|rà soát|nghiên cứu)\b.*)?$")


ALL = "Các sở, ban, ngành, đoàn thể; UBND các huyện, thị xã, thành phố"
DEPTS = "các sở, ban, ngành, đoàn thể"
DISTRICTS = "UBND các huyện, thị xã, thành phố"
# lead unit and cooperating units of each task, read from its heading or first words
UNITS = {
    "II.1": (ALL, ["Ủy ban Mặt trận Tổ quốc tỉnh và các tổ chức thành viên", "Tòa án nhân dân tỉnh", "Viện kiểm sát nhân dân tỉnh", "các tổ chức xã hội - nghề nghiệp"]),
    "II.2.1": (ALL, ["các cơ quan, tổ chức liên quan"]),
    "II.2.2": ("Sở Tư pháp", [DEPTS]),
    "II.2.5": ("Sở Giáo dục và Đào tạo", ["Sở Tư pháp", "các cơ quan liên quan"]),
    "II.2.6": ("Sở Lao động - Thương binh và Xã hội", ["Sở Giáo dục và Đào tạo", "Sở Tư pháp", "các cơ quan liên quan"]),
    "II.3.1": (ALL, []),
    "II.3.2": ("Sở Tư pháp", [DEPTS, DISTRICTS]),
    "II.3.3": ("Hội đồng phối hợp PBGDPL các cấp", []),
    "II.4.1": (ALL, []),
    "II.4.2": ("Sở Tư pháp", ["các sở, ban, ngành", DISTRICTS]),
    "II.4.3": ("Sở Tài chính", []),
    "II.5.1": (ALL, []),
    "II.5.2 (1)": ("Công an tỉnh", []),
    "II.5.2 (2)": ("Công an tỉnh", ["Sở Tư pháp", DEPTS]),
    "II.5.3": ("Bộ chỉ huy quân sự tỉnh", ["Sở Tư pháp", DEPTS]),
    "II.6.1": ("Đoàn Luật sư tỉnh, Hội Luật gia tỉnh", []),
    "II.6.2": ("Sở Tài chính", ["Sở Tư pháp", "các sở, ngành liên quan"]),
    "II.6.3": (ALL, []),
    "II.7.1": ("Ủy ban Mặt trận Tổ quốc tỉnh và các tổ chức thành viên", []),
    "II.7.2": ("Sở Tài chính", ["Sở Tư pháp", "Ủy ban Mặt trận Tổ quốc tỉnh và các tổ chức thành viên"]),
    "II.8.1 (1)": ("Sở Tư pháp", ["Sở Nội vụ", "các cơ quan liên quan"]),
    "II.8.1 (2)": ("Sở Tư pháp", ["các cơ quan liên quan"]),
    "II.8.2": ("UBND các huyện, thị xã, thành phố (Phòng Tư pháp)", ["các phòng, ban, đoàn thể của huyện"]),
    "II.9.1": (ALL, []),
    "II.9.2.a": (ALL, []),
    "II.9.2.b": ("Sở Tư pháp", [DEPTS, DISTRICTS]),
}


def units_of(text: str) -> list[str]:
    parts = re.split(r",\s*|\s+và\s+", text.strip(" :;."))
    return [p.strip() for p in parts if p.strip() and not p.strip().startswith("một số")]


def lead_of(heading: str) -> tuple[str, list[str]]:
    h = heading.strip()
    if m := LEAD.match(h):
        return m.group(1).strip(), units_of(m.group(2))
    if h.endswith(":"):
        return h[:-1].strip(), []
    return "", []


def main(path: str) -> None:
    text = unicodedata.normalize("NFC", open(path, encoding="utf-8").read())
    body = text[text.index("II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU") : text.index("III. TỔ CHỨC THỰC HIỆN")]
    lines = [ln.strip() for ln in body.splitlines()[1:]]
    # the text breaks some paragraphs across pages: join a line that starts lower-case to the one before
    joined: list[str] = []
    for ln in lines:
        if not ln:
            continue
        if joined and (ln[0].islower() or ln.startswith("Kết luận;")) and not HEADING.match(ln) and not LETTER.match(ln):
            joined[-1] += " " + ln
        else:
            joined.append(ln)
    tasks, section, heading, group, acc, count, first = [], "", "", "", [], {}, True
    lead, coop = "", []

    def emit(deadline: str) -> None:
        nonlocal acc, first
        sentence = heading and not heading.endswith(":") and section.count(".") >= 1 and first and len(heading.split()) > 6
        content = ([heading] if sentence else []) + [a.lstrip("- ").strip() for a in acc]
        if not content:
            content = [heading]
        first = False
        count[section] = count.get(section, 0) + 1
        tasks.append({"section": f"II.{section}", "group": group, "content": "\n".join(content), "lead": lead,
                      "cooperating": coop, "deadline": deadline})
        acc = []

    for ln in joined:
        if m := DEADLINE.match(ln):
            emit(m.group(1))
            continue
        m = HEADING.match(ln) or LETTER.match(ln)
        if m and not ln.startswith("- "):
            if acc:
                emit("")
            num, rest = m.group(1), m.group(2)
            first = True
            if LETTER.match(ln):
                section = f"{section.split('.')[0]}.{section.split('.')[1]}.{num}" if section.count(".") >= 1 else section
                section = ".".join(section.split(".")[:2]) + f".{num}"
                heading = rest
            elif "." in num:
                section, heading = num, rest
            else:
                section, heading, group = num, rest, rest
            lead, coop = lead_of(heading)
            if not lead and not heading.endswith(":") and "." in num:
                lead = ""  # the heading is the task itself ("3.3. Hội đồng phối hợp …")
            continue
        acc.append(ln)
    if acc:
        emit("")
    for i, t in enumerate(tasks, 1):
        t["position"] = i
    # several tasks under one heading: number them (II.5.2 a, II.5.2 b …)
    seen: dict[str, int] = {}
    for t in tasks:
        seen[t["section"]] = seen.get(t["section"], 0) + 1
    n: dict[str, int] = {}
    for t in tasks:
        if seen[t["section"]] > 1:
            n[t["section"]] = n.get(t["section"], 0) + 1
            t["section"] += f" ({n[t['section']]})"
    for t in tasks:
        units = UNITS.get(t["section"]) or UNITS.get(t["section"].split(" ")[0])
        if units:
            t["lead"], t["cooperating"] = units[0], list(units[1])
    plan = {
        "example": True,
        "source_file": "KH-164-KH-UBND-2020-ThaiNguyen.txt",
        "note": "Kế hoạch của UBND tỉnh Thái Nguyên, dùng làm mẫu để xã, phường lấy nhiệm vụ vào kế hoạch của mình.",
        "plan": {
            "number": "164/KH-UBND",
            "date": "2020-12-31",
            "issuer": "UBND tỉnh Thái Nguyên",
            "title": "Kế hoạch thực hiện Kết luận số 80-KL/TW ngày 20/6/2020 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 32-CT/TW",
            "kind": "thematic",
            "year_from": 2021,
            "year_to": 0,
            "source": "Quyết định số 1521/QĐ-TTg ngày 06/10/2020 của Thủ tướng Chính phủ",
            "notes": "Ký: KT. Chủ tịch, Phó Chủ tịch Lê Quang Tiến",
        },
        "tasks": tasks,
    }
    json.dump(plan, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
