"""A seeded generator of hostile and damaged input (docs/reliability.md), without third-party fuzzers.

``bundle_case(rng, base)`` turns a valid signed bundle into a damaged or hostile one: raw damage of the file
(bit flips, truncation, inserted or overwritten bytes, changed central-directory and end-record fields), or
content changes re-signed with the commune's trusted key (a record field or a payload value set to one of many
hostile values, deep nesting, junk lines, duplicated or dropped records, manifest fields changed).
``sheet_case(rng, base_xlsx, base_csv)`` does the same for spreadsheets: bit flips, damaged XML or compression
inside the .xlsx, cells rewritten with openpyxl, and CSV files with changed delimiters, quotes, NUL bytes, huge
cells, other encodings.

Every case must end in success or an ``AppError`` with a stable code other than E-INTERNAL; the runners
return the cases that did not.
"""

from __future__ import annotations

import hashlib
import io
import json
import random
import struct
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.sync import keys
from app.sync import manifest as fmt

HOSTILE = [
    None, True, False, 0, -1, 1.5, 83.9, 1e308, -1e308, 2**63, 2**70, -(2**70), "", "70", "abc", "x" * 5000,
    "x" * 70_000, "\x00", "a\x00b", "\u202e", "\ud800", "2026-02-30", "2026-02-28T99:99junk", "9999-12-31",
    "0001-01-01", "31/12/2026", [], [1], ["a"], [[["x"]]], [{"a": 1}], {}, {"a": [1, 2]}, {"id": "x"},
    ["../../etc"], "../../evil", "A" * 65, "\n", "\t\r", "Tổng cộng",
]  # fmt: skip


def _deep(n: int) -> str:
    return "[" * n + "]" * n


@dataclass
class Base:
    """A valid bundle: its members, and the key that may sign for its unit."""

    members: dict[str, bytes]
    key: object


def read_base(path: Path, key) -> Base:
    with zipfile.ZipFile(path) as zf:
        return Base({i.filename: zf.read(i) for i in zf.infolist()}, key)


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o100644 << 16
            zf.writestr(info, data)
    return buf.getvalue()


def _resign(members: dict[str, bytes], key, manifest_edit=None, raw_manifest: bytes | None = None) -> bytes:
    manifest = json.loads(members[fmt.MANIFEST])
    manifest["bundle_id"] = str(uuid.uuid4())
    manifest["members"] = {
        n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
        for n, d in members.items()
        if n not in (fmt.MANIFEST, fmt.SIGNATURE)
    }
    for table in manifest["counts"]:  # the tables the bundle names (a newer kind raises its reader version)
        data = members.get(fmt.data_member(table), b"")
        manifest["counts"][table] = len([x for x in data.split(b"\n") if x])
    if manifest_edit:
        manifest_edit(manifest)
    if raw_manifest is None:
        text = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1) + "\n"
        raw_manifest = text.encode("utf-8", "surrogatepass")
    members[fmt.MANIFEST] = raw_manifest
    members[fmt.SIGNATURE] = keys.sign(key, members[fmt.MANIFEST])
    return _zip(members)


def _raw_damage(rng: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    how = rng.randrange(6)
    if how == 0:
        for _ in range(rng.randint(1, 20)):
            i = rng.randrange(len(b))
            b[i] ^= 1 << rng.randrange(8)
    elif how == 1:
        return bytes(b[: rng.randrange(len(b))])
    elif how == 2:
        i = rng.randrange(len(b))
        return bytes(b[:i] + rng.randbytes(rng.randint(1, 200)) + b[i:])
    elif how == 3:
        i = rng.randrange(len(b))
        junk = rng.randbytes(rng.randint(1, 64))
        b[i : i + len(junk)] = junk
    else:  # a field of the end record or of a central-directory entry
        eocd = b.rfind(b"PK\x05\x06")
        cd = [i for i in range(len(b) - 4) if b[i : i + 4] == b"PK\x01\x02"] if how == 4 else []
        if cd:
            at = rng.choice(cd) + rng.choice([10, 16, 20, 24, 28, 30, 42])  # method, crc, sizes, name len, offset
        elif eocd >= 0:
            at = eocd + rng.choice([8, 10, 12, 16, 20])  # counts, size, offset, comment length
        else:
            at = rng.randrange(len(b) - 4)
        value = rng.choice([0, 1, 0xFFFF, 0xFFFFFFFF, 0x7FFFFFFF, rng.randrange(2**32)])
        b[at : at + 4] = struct.pack("<I", value & 0xFFFFFFFF)
    return bytes(b)


_ISO_DAY = ("2026-06-15", "2026-12-31", "2026-01-01", "2025-12-31", "2027-01-01", "2026-02-29", "2026-13-01", "1999-01-01")
_TIMES = ("2026-06-15T08:00:00+07:00", "2030-01-01T00:00:00+07:00", "2026-11-26T09:30:00Z", "1970-01-01T00:00:00+00:00")
_TEXTS = ("", " ", "x" * 200, "x" * 1999, "x" * 2001, "x" * 20_001, "Tổng cộng", "\u202eabc", "a\x00b", "ZZZ_KHONG_CO",
          "LOA", "TRUC_TIEP", "nam", "nu", "bcv", "ttv", "0" * 64, "../../evil")  # fmt: skip
_INTS = (-1, 0, 1, 2, 999, 10**6, 10**9, 10**15, 10**15 + 1, 2**53 + 1)


def _typed(rng: random.Random, value: Any, ids: list[str], depth: int = 0) -> Any:
    """A value of the same JSON type as ``value`` (so the payload's shape checks pass) that the rules, the period,
    the links or the merge may refuse: out-of-range numbers, dates outside the period, unknown codes, ids of other
    records or of no record, text at and over the limits, duplicated list items."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return rng.choice(_INTS + (value + 1, value * 10 + 7))
    if isinstance(value, str):
        if _is_day(value):
            return rng.choice(_ISO_DAY)
        if value in ids or _is_uuid(value):
            return rng.choice([*ids, str(uuid.uuid4()), value.upper()])
        return rng.choice(_TEXTS + (value + value, value[:1]))
    if isinstance(value, list):
        how = rng.randrange(6)
        if how == 0:
            return []
        if how == 1 and value:
            return value + value  # duplicated items
        if how == 2:
            return [rng.choice([*ids, str(uuid.uuid4())]) for _ in range(rng.randint(1, 3))]
        if how == 3:
            return [rng.choice(_TEXTS) for _ in range(rng.choice([1, 2, 501]))]
        if value and depth < 3:
            out = list(value)
            i = rng.randrange(len(out))
            out[i] = _typed(rng, out[i], ids, depth + 1)
            return out
        return [rng.choice(["LOA", "TRUC_TIEP", "NHAN_DAN", "ZZZ"])]
    if isinstance(value, dict) and value and depth < 3:
        out = dict(value)
        key = rng.choice(list(out))
        out[key] = _typed(rng, out[key], ids, depth + 1)
        return out
    if value is None:  # a date, or a nested object, left empty
        return rng.choice([rng.choice(_ISO_DAY), "", None])
    return value


def _is_day(text: str) -> bool:
    return len(text) == 10 and text[4] == "-" and text[7] == "-" and text[:4].isdigit()


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return len(text) == 36


def _envelope(rng: random.Random, rec: dict, ids: list[str]) -> None:
    """A change of the record's own fields that its checks accept: a newer or older revision, another id
    (another record's, one of another table, or a new one), a tombstone, other times or installation."""
    how = rng.randrange(6)
    if how == 0:
        step = rng.choice([1, 1, 2, 100])
        rec["base_rev"], rec["rev"] = rec["rev"], rec["rev"] + step
    elif how == 1:
        rec["id"] = rng.choice([*ids, str(uuid.uuid4())])
    elif how == 2:
        rec["deleted"] = not rec["deleted"]
    elif how == 3:
        rec["updated_at"] = rng.choice(_TIMES)
    elif how == 4:
        rec["rev_by"] = str(uuid.uuid4())
    else:
        rec["created_at"] = rng.choice(_TIMES)
        rec["rev"] += 1
        rec["base_rev"] = rng.randrange(rec["rev"])


def _typed_records(rng: random.Random, tables: list[str], data: dict[str, list[dict]], ids: list[str]) -> None:
    """One to three typed changes among the records (the checks a trusted commune's bundle meets record by record)."""
    for _ in range(rng.randint(1, 3)):
        table = rng.choice(tables)
        if not data[table]:
            continue
        rec = rng.choice(data[table])
        if rng.random() < 0.25:
            _envelope(rng, rec, ids)
        elif isinstance(rec.get("payload"), dict) and rec["payload"]:
            key = rng.choice(list(rec["payload"]))
            rec["payload"][key] = _typed(rng, rec["payload"][key], ids)
        if rng.random() < 0.1:  # a record copied under a new id, or a second revision of the same one
            copy = json.loads(json.dumps(rec))
            copy["id"] = str(uuid.uuid4()) if rng.random() < 0.5 else copy["id"]
            data[table].append(copy)


def _dump_lines(records: list[dict]) -> bytes:
    text = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n" for r in records)
    return text.encode("utf-8", "surrogatepass")


def _content_damage(rng: random.Random, base: Base, typed: bool | None = None) -> bytes:
    """A re-signed bundle: records changed with values of the right type (``typed``, most draws: they reach the
    payload rules, the period, the links and the merge), or with hostile values of any type, deep or junk lines,
    duplicated or dropped records, manifest fields."""
    members = dict(base.members)
    tables = [t for t in fmt.TABLES if members.get(fmt.data_member(t))]
    if not tables:
        return _raw_damage(rng, _zip(members))
    if typed is None:
        typed = rng.random() < 0.6
    if typed:
        data = {t: [json.loads(x) for x in members[fmt.data_member(t)].splitlines() if x.strip()] for t in tables}
        ids = [r["id"] for t in tables for r in data[t] if isinstance(r.get("id"), str)]
        _typed_records(rng, tables, data, ids)
        for t in tables:
            members[fmt.data_member(t)] = _dump_lines(data[t])
        return _resign(members, base.key)
    how = rng.randrange(10)
    table = rng.choice(tables)
    name = fmt.data_member(table)
    lines = members[name].decode("utf-8").splitlines()
    records = [json.loads(x) for x in lines]
    if how == 0:  # a deep line
        lines.insert(rng.randrange(len(lines) + 1), _deep(rng.choice([40, 1000, 100_000])))
    elif how == 1:  # a junk line
        lines.insert(rng.randrange(len(lines) + 1), rng.choice(["{", "null", "[]", '"x"', "1", "{}", "\x00", "{\"id\": 1}"]))
    elif how == 2:  # duplicate or drop a record
        i = rng.randrange(len(lines))
        lines.insert(i, lines[i]) if rng.random() < 0.5 else lines.pop(i)
    elif how == 3:  # the manifest nested deep (before the signature is checked)
        members[fmt.MANIFEST] = ("{\"a\":" + _deep(rng.choice([100, 100_000])) + "}").encode()
        return _zip(members)
    elif how == 4:  # a manifest field
        field = rng.choice(["seq", "periods", "source", "key", "counts", "format_version", "min_reader_version", "created_at", "catalogs", "members"])
        value = rng.choice(HOSTILE)
        return _resign(members, base.key, lambda m: m.__setitem__(field, value))
    else:  # one to three record or payload fields
        for _ in range(rng.randint(1, 3)):
            rec = rng.choice(records)
            if rng.random() < 0.3:
                rec[rng.choice(list(rec))] = rng.choice(HOSTILE)
            else:
                payload = rec.get("payload")
                if not isinstance(payload, dict):
                    continue
                key = rng.choice(list(payload)) if payload else "x"
                value = rng.choice(HOSTILE)
                if rng.random() < 0.15:
                    value = json.loads(_deep(rng.choice([5, 40])))
                if rng.random() < 0.3:
                    rec["deleted"] = True  # a tombstone must keep its fields valid too
                payload[key] = value
        lines = [json.dumps(r, ensure_ascii=False, sort_keys=True, separators=(",", ":")) for r in records]
    members[name] = "".join(x + "\n" for x in lines).encode("utf-8", "surrogatepass")
    return _resign(members, base.key)


def bundle_case(rng: random.Random, base: Base, raw: bytes) -> bytes:
    """One damaged (a third of the draws) or re-signed (two thirds) variant of the base bundle."""
    return _raw_damage(rng, raw) if rng.random() < 1 / 3 else _content_damage(rng, base)


# -- spreadsheets ----------------------------------------------------------------------------------------------

CELL_VALUES = [
    "x" * 40_000, "#REF!", "#DIV/0!", "=1/0", "=SUM(A1:A3)", "9999-12-31", "0001-01-01", 46088, -5, 1e308,
    float("inf"), "1.250", "1,5", "mười lăm", "\x01\x02", "Tổng cộng", "Cộng", "31/02/2026", "", None, " ",
    "Néi dung", "Hội nghị", 2**70,
]  # fmt: skip


def _xlsx_xml_damage(rng: random.Random, data: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    name = rng.choice([n for n in members if n.endswith(".xml") or n.endswith(".rels")])
    xml = bytearray(members[name])
    how = rng.randrange(5)
    if how == 0:
        xml = xml[: rng.randrange(len(xml))]
    elif how == 1:
        i = rng.randrange(len(xml))
        xml[i:i] = rng.choice([b"<", b"&", b"</x>", b"\x00", b'"', b"<c r=\"ZZZZ1\"><v>abc</v></c>", b"r=\"A0\""])
    elif how == 2:
        for attr in (b'r="', b'count="', b's="', b't="', b'activeTab="', b'xfId="'):
            xml = bytearray(bytes(xml).replace(attr, attr + rng.choice([b"abc", b"-1", b"99999999999", b"ZZZZ"]), 1))
    elif how == 3:
        xml = bytearray(bytes(xml).replace(b"<v>", b"<v>" + rng.choice([b"abc", b"1e999", b"nan", b"-"]), rng.randint(1, 5)))
    else:
        xml = bytearray(rng.randbytes(rng.randint(0, 300)))
    members[name] = bytes(xml)
    return _zip(members)


def _xlsx_cells(rng: random.Random, data: bytes) -> bytes:
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(data))
    ws = wb.active
    for _ in range(rng.randint(1, 6)):
        r, c = rng.randint(1, max(ws.max_row, 1) + 2), rng.randint(1, max(ws.max_column, 1) + 1)
        try:
            ws.cell(r, c).value = rng.choice(CELL_VALUES)
        except Exception:  # noqa: BLE001  openpyxl refuses some values (control characters)
            pass
    if rng.random() < 0.3:
        ws.column_dimensions[rng.choice("ABCDEFG")].hidden = True
    if rng.random() < 0.2:
        ws.row_dimensions[rng.randint(1, max(ws.max_row, 1))].hidden = True
    if rng.random() < 0.2:
        ws.insert_rows(rng.randint(1, 5), rng.randint(1, 3))
    if rng.random() < 0.2:
        ws.delete_cols(rng.randint(1, 8))
    buf = io.BytesIO()
    try:
        wb.save(buf)
    except (ValueError, TypeError, OverflowError):
        return data
    return buf.getvalue()


def _csv_case(rng: random.Random, text: str) -> bytes:
    how = rng.randrange(8)
    if how == 0:
        text = text.replace(",", rng.choice([";", "\t", "|", ""]))
    elif how == 1:
        i = rng.randrange(len(text))
        text = text[:i] + '"' + text[i:]
    elif how == 2:
        i = rng.randrange(len(text))
        text = text[:i] + rng.choice(["\x00", "\u2028", "\r", "\ufeff", "\x1a"]) + text[i:]
    elif how == 3:
        lines = text.splitlines()
        lines.insert(rng.randint(1, len(lines)), "05/03/2026," + "x" * rng.choice([3000, 140_000]) + ",Hội nghị")
        text = "\n".join(lines)
    elif how == 4:
        lines = text.splitlines()
        lines.insert(rng.randint(1, len(lines)), rng.choice(["Tổng cộng,,,,,", lines[0], ",,,,,,,,", "Cộng,1000,500"]))
        text = "\n".join(lines)
    elif how == 5:
        return text.encode(rng.choice(["utf-16", "utf-32", "cp1252", "cp1258"]), "replace")
    elif how == 6:
        b = bytearray(text.encode("utf-8"))
        for _ in range(rng.randint(1, 10)):
            i = rng.randrange(len(b))
            b[i] = rng.randrange(256)
        return bytes(b)
    else:
        lines = text.splitlines()
        if len(lines) > 1:
            cells = lines[1].split(",")
            cells[rng.randrange(len(cells))] = str(rng.choice(CELL_VALUES))
            lines[1] = ",".join(cells)
        text = "\n".join(lines)
    return text.encode("utf-8", "surrogatepass")


def sheet_case(rng: random.Random, xlsx: bytes, csv_text: str) -> tuple[str, bytes]:
    """A damaged spreadsheet: (suffix, bytes)."""
    how = rng.randrange(4)
    if how == 0:
        b = bytearray(xlsx)
        for _ in range(rng.randint(1, 20)):
            i = rng.randrange(len(b))
            b[i] ^= 1 << rng.randrange(8)
        return ".xlsx", bytes(b)
    if how == 1:
        return ".xlsx", _xlsx_xml_damage(rng, xlsx)
    if how == 2:
        return ".xlsx", _xlsx_cells(rng, xlsx)
    return ".csv", _csv_case(rng, csv_text)
