#!/usr/bin/python3
"""Excel workbooks for the tests, written and read by an independent implementation (openpyxl).

  xlsxtool.py write SPEC.json OUT.xlsx   a workbook as SPEC says (below)
  xlsxtool.py read IN.xlsx               a workbook as JSON on stdout (values, types, styles, views)
  xlsxtool.py bomb OUT.xlsx MB           a workbook whose sheet unpacks to MB megabytes (a zip bomb)
  xlsxtool.py dtd OUT.xlsx               a workbook whose sheet declares entities (billion laughs)

SPEC: {"sheets": [{"name": "Sheet1", "rows": [[CELL, ...], ...], "start": 1}], "shared": true,
       "generated": {"sheet": 0, "rows": N, "kind": "people"}}
CELL: a string, a number, true/false, null (no cell), {"formula": "=A1", "cached": VALUE} (openpyxl
writes formulas without results; the cached value is put in afterwards), {"rich": ["张", "三"]} (a
shared string of bold and plain runs, with a phonetic guide that is not part of the text),
{"error": "TEXT"} (an error cell holding TEXT, as a damaged or crafted file might).
openpyxl writes every string inline; "shared": true moves them into xl/sharedStrings.xml afterwards,
as Excel and WPS keep them.
"""
import io
import json
import re
import sys
import zipfile
from xml.sax.saxutils import escape

import openpyxl

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
SST_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
SST_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"

PEOPLE = [("张三", "11010519491231002X"), ("阿依古丽·买买提", "650102199304050489"),
          ("吴刚", "210102197501300538"), ("买买提·吐尔逊", "65010219681208071X"),
          ("高山", "150102196004200375")]


def generated_rows(count, mobile_as_number):
    yield ["手机号", "姓名", "身份证号", "备注"]
    for i in range(count):
        name, idn = PEOPLE[i % len(PEOPLE)]
        mobile = "139" + str(10000000 + i)[-8:]
        yield [int(mobile) if mobile_as_number else mobile, name, idn, "KYC-%d" % i]


def write(spec_path, out_path):
    with open(spec_path, encoding="utf-8") as f:
        spec = json.load(f)
    wb = openpyxl.Workbook(write_only=True)
    specials = {}  # (sheet index, coordinate) -> cell spec
    for index, sheet in enumerate(spec["sheets"]):
        ws = wb.create_sheet(sheet.get("name", "Sheet%d" % (index + 1)))
        rows = sheet.get("rows", [])
        gen = spec.get("generated")
        if gen and gen.get("sheet", 0) == index:
            rows = generated_rows(gen["rows"], gen.get("mobileAsNumber", False))
        for _ in range(sheet.get("start", 1) - 1):
            ws.append([])
        r = sheet.get("start", 1) - 1
        for row in rows:
            r += 1
            if row is None:  # an empty row
                ws.append([])
                continue
            values = []
            for c, cell in enumerate(row):
                if isinstance(cell, dict):
                    coordinate = openpyxl.utils.get_column_letter(c + 1) + str(r)
                    specials[(index, coordinate)] = cell
                    if "formula" in cell:
                        values.append(cell["formula"])
                    else:
                        values.append("\u2063RICH%d" % len(specials))
                        cell["marker"] = values[-1]
                else:
                    values.append(cell)
            ws.append(values)
    buffer = io.BytesIO()
    wb.save(buffer)
    rewrite(buffer.getvalue(), out_path, spec.get("shared", False), specials)


def rewrite(data, out_path, shared, specials):
    source = zipfile.ZipFile(io.BytesIO(data))
    strings, index_of = [], {}

    def shared_index(xml):
        if xml not in index_of:
            index_of[xml] = len(strings)
            strings.append(xml)
        return index_of[xml]

    parts = {}
    for info in source.infolist():
        parts[info.filename] = source.read(info.filename)
    sheet_names = sorted((n for n in parts if re.match(r"xl/worksheets/sheet\d+\.xml$", n)),
                         key=lambda n: int(re.search(r"(\d+)", n.rsplit("/", 1)[1]).group(1)))
    for sheet_index, name in enumerate(sheet_names):
        xml = parts[name].decode("utf-8")

        def cell(match):
            attrs, body = match.group(1), match.group(2)
            coordinate = re.search(r'\br="([A-Z]+\d+)"', attrs).group(1)
            special = specials.get((sheet_index, coordinate))
            if special and "error" in special:
                attrs = re.sub(r'\s*t="[^"]*"', "", attrs) + ' t="e"'
                return "<c%s><v>%s</v></c>" % (attrs, escape(special["error"]))
            if special and "formula" in special:
                cached = special.get("cached")
                if cached is None:
                    return match.group(0)
                attrs = re.sub(r'\s*t="[^"]*"', "", attrs)
                if isinstance(cached, str):
                    attrs += ' t="str"'
                body = re.sub(r"<v\s*/>|<v>.*?</v>", "", body) + "<v>%s</v>" % escape(str(cached))
                return "<c%s>%s</c>" % (attrs, body)
            text = re.search(r"<is><t[^>]*>(.*?)</t></is>", body, re.S)
            if not text or not shared:
                return match.group(0)
            if special and "rich" in special:
                runs = "".join('<r><rPr>%s<sz val="11"/></rPr><t xml:space="preserve">%s</t></r>'
                               % ("<b/>" if i % 2 == 0 else "", escape(t))
                               for i, t in enumerate(special["rich"]))
                item = runs + '<rPh sb="0" eb="1"><t>READING</t></rPh>'
            else:
                item = '<t xml:space="preserve">%s</t>' % text.group(1)
            attrs = attrs.replace('t="inlineStr"', 't="s"')
            return "<c%s><v>%d</v></c>" % (attrs, shared_index(item))

        xml = re.sub(r"<c(\s[^>]*?)>(.*?)</c>", cell, xml, flags=re.S)
        parts[name] = xml.encode("utf-8")
    if shared and strings:
        sst = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="%s" count="%d" uniqueCount="%d">'
               % (MAIN, len(strings), len(strings))]
        sst += ["<si>%s</si>" % s for s in strings]
        sst.append("</sst>")
        parts["xl/sharedStrings.xml"] = "".join(sst).encode("utf-8")
        rels = parts["xl/_rels/workbook.xml.rels"].decode("utf-8")
        rels = rels.replace("</Relationships>",
                            '<Relationship Id="rIdSST" Type="%s" Target="sharedStrings.xml"/></Relationships>'
                            % SST_TYPE)
        parts["xl/_rels/workbook.xml.rels"] = rels.encode("utf-8")
        types = parts["[Content_Types].xml"].decode("utf-8")
        types = types.replace("</Types>", '<Override PartName="/xl/sharedStrings.xml" ContentType="%s"/></Types>'
                              % SST_CT)
        parts["[Content_Types].xml"] = types.encode("utf-8")
    with zipfile.ZipFile(out_path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, content in parts.items():
            out.writestr(name, content)


def style_of(cell):
    fill = cell.fill
    color = None
    if fill is not None and fill.fill_type == "solid" and fill.fgColor is not None and fill.fgColor.type == "rgb":
        color = fill.fgColor.rgb[-6:].upper()
    font = None
    if cell.font is not None and cell.font.color is not None and cell.font.color.type == "rgb":
        font = cell.font.color.rgb[-6:].upper()
    return color, font


def read(path):
    wb = openpyxl.load_workbook(path)
    out = {"sheets": []}
    for ws in wb.worksheets:
        rows = []
        for row in ws.iter_rows():
            cells = []
            for c in row:
                fill, font = style_of(c)
                cells.append({"v": c.value if not isinstance(c.value, float) or not c.value.is_integer()
                              else int(c.value),
                              "t": type(c.value).__name__, "fill": fill, "font": font,
                              "bold": bool(c.font and c.font.b), "format": c.number_format})
            rows.append(cells)
        widths = {k: v.width for k, v in ws.column_dimensions.items() if v.width}
        out["sheets"].append({"name": ws.title, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref,
                              "rows": rows, "widths": widths})
    json.dump(out, sys.stdout, ensure_ascii=False, default=str)


def bomb(path, megabytes):
    # A valid workbook whose sheet is megabytes of blanks between two rows: it packs a thousand to one.
    wb = openpyxl.Workbook()
    wb.active.append(["mobile", "name", "id_number"])
    buffer = io.BytesIO()
    wb.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<sheetData>", b"<sheetData>" + b" " * (megabytes << 20))
            out.writestr(info.filename, data)


def dtd(path):
    wb = openpyxl.Workbook()
    wb.active.append(["mobile", "name", "id_number"])
    buffer = io.BytesIO()
    wb.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    laughs = '<!DOCTYPE worksheet [<!ENTITY a "lol">' + "".join(
        '<!ENTITY %s "%s">' % (chr(98 + i), ("&%s;" % chr(97 + i)) * 10) for i in range(9)) + "]>"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                text = data.decode("utf-8")
                if text.startswith("<?xml"):
                    end = text.index("?>") + 2
                    text = text[:end] + laughs + text[end:]
                else:
                    text = laughs + text
                text = text.replace("<sheetData>", '<sheetData><row r="2"><c r="A2" t="inlineStr"><is><t>&j;</t>'
                                    "</is></c></row>", 1)
                data = text.encode("utf-8")
            out.writestr(info.filename, data)


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "write":
        write(sys.argv[2], sys.argv[3])
    elif command == "read":
        read(sys.argv[2])
    elif command == "bomb":
        bomb(sys.argv[2], int(sys.argv[3]))
    elif command == "dtd":
        dtd(sys.argv[2])
    else:
        sys.exit("unknown command " + command)
