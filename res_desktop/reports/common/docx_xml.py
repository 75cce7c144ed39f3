"""The WordprocessingML pieces the DOCX copies need and python-docx has no API for: fields,
bookmarks and internal links, fonts by script and embedded, cell shading, borders, margins
and spans."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from docx.document import Document as DocxDocument
from docx.opc.oxml import serialize_part_xml
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml
from docx.shared import Mm
from docx.table import Table as DocxTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph
from reportlab.lib.colors import Color

MM_PER_POINT = 25.4 / 72


def points(value: float) -> Mm:
    return Mm(value * MM_PER_POINT)


def colour_hex(color: Any) -> str | None:
    """«1f3b63» for a reportlab colour; None for black or no colour."""
    if not isinstance(color, Color):
        return None
    rgb = color.hexval()[2:].lower()
    return None if rgb == "000000" else rgb


def field_part(paragraph: DocxParagraph, kind: str, value: str = "") -> None:
    """One piece of a Word field: its «begin», «instr» (the instruction), «separate», «end»."""
    run = paragraph.add_run()
    if kind == "instr":
        element = OxmlElement("w:instrText")
        element.set(qn("xml:space"), "preserve")
        element.text = value
    else:
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
    run._r.append(element)


def field(paragraph: DocxParagraph, instruction: str, shown: str) -> None:
    """A Word field (PAGE…) with the text it shows until Word updates it."""
    field_part(paragraph, "begin")
    field_part(paragraph, "instr", instruction)
    field_part(paragraph, "separate")
    paragraph.add_run(shown)
    field_part(paragraph, "end")


def toc_mark(n: int) -> str:
    return f"_Toc{n:08d}"  # «_Toc…»: the hidden bookmarks Word's own contents uses


def bookmark(paragraph: DocxParagraph, n: int, name: str) -> None:
    """Mark the whole paragraph as bookmark ``name`` (a heading the contents links to)."""
    start, end = OxmlElement("w:bookmarkStart"), OxmlElement("w:bookmarkEnd")
    start.set(qn("w:id"), str(n))
    start.set(qn("w:name"), name)
    end.set(qn("w:id"), str(n))
    paragraph._p.append(start)
    paragraph._p.append(end)


def link(paragraph: DocxParagraph, anchor: str, text: str, *, bold: bool) -> None:
    """An internal hyperlink to bookmark ``anchor``: a click goes to the heading."""
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), anchor)
    link.set(qn("w:history"), "1")
    run = paragraph.add_run(text)
    run.bold = bold or None
    link.append(run._r)  # moves the run inside the link
    paragraph._p.append(link)


def update_fields_on_open(doc: DocxDocument) -> None:
    """Word fills in the contents' page numbers when it opens the copy."""
    settings = doc.settings.element
    if settings.find(qn("w:updateFields")) is not None:
        return
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    later = ("w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat", "w:docVars",
             "w:rsids", "m:mathPr", "w:attachedSchema", "w:themeFontLang")  # fmt: skip
    for child in settings:
        if child.tag in {qn(t) for t in later}:
            child.addprevious(update)
            return
    settings.append(update)


def set_fonts(element: Any, family: str) -> None:
    """Every script slot of a style or run in ``family`` (Word picks Cyrillic from «hAnsi»)."""
    properties = element.get_or_add_rPr()
    fonts = properties.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        properties.insert(0, fonts)
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(slot), family)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)  # a theme font would win over the face named


def shade(cell: _Cell, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def repeat_as_header(table: DocxTable, rows: int) -> None:
    for row in table.rows[:rows]:
        marker = OxmlElement("w:tblHeader")
        marker.set(qn("w:val"), "true")
        row._tr.get_or_add_trPr().append(marker)


def cell_margins(table: DocxTable, left: float, right: float, top: float, bottom: float) -> None:
    """The PDF's cell padding (points): Word's default would wrap narrow columns mid-word,
    and rows without the PDF's top and bottom room fit more to a page than the PDF."""
    margins = OxmlElement("w:tblCellMar")
    for side, points in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:w"), str(round(points * 20)))  # twentieths of a point
        edge.set(qn("w:type"), "dxa")
        margins.append(edge)
    table._tbl.tblPr.append(margins)


def float_to_page_foot(table: Any) -> None:
    """Position the table (a ``w:tbl``) at the bottom of the text area, whatever is above."""
    position = OxmlElement(
        "w:tblpPr",
        {qn("w:vertAnchor"): "margin", qn("w:tblpYSpec"): "bottom",
         qn("w:horzAnchor"): "margin", qn("w:tblpX"): "0"},
    )  # fmt: skip
    properties = table.tblPr
    style = properties.find(qn("w:tblStyle"))
    if style is not None:  # the schema's order: the style first, then the position
        style.addnext(position)
    else:
        properties.insert(0, position)


def no_borders(table: DocxTable) -> None:
    properties = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "nil")
        borders.append(edge)
    properties.append(borders)


def merge_spans(
    out: DocxTable, commands: Sequence[Any], rows: int, cols: int
) -> set[tuple[int, int]]:
    """Merge the spanned cells; returns the cells a span covers (all but its first)."""
    covered: set[tuple[int, int]] = set()
    for command in commands:
        r0, c0, r1, c1 = cell_range(command, rows, cols)
        if (r0, c0) != (r1, c1):
            out.cell(r0, c0).merge(out.cell(r1, c1))
            covered |= {(r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
            covered.discard((r0, c0))
    return covered


def shade_backgrounds(
    out: DocxTable, commands: Sequence[Any], covered: set[tuple[int, int]]
) -> None:
    rows, cols = len(out.rows), len(out.columns)
    cells = out._cells if commands else []
    for command in commands:
        fill = colour_hex(command[3])
        if fill is None:
            continue
        r0, c0, r1, c1 = cell_range(command, rows, cols)
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if (r, c) not in covered:
                    shade(cells[r * cols + c], fill)


def cell_range(command: Sequence[Any], rows: int, cols: int) -> tuple[int, int, int, int]:
    """First row, first column, last row, last column of a TableStyle command's range."""
    (sc, sr), (ec, er) = command[1], command[2]
    return sr % rows, sc % cols, er % rows, ec % cols


FONT_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font"
FONT_TABLE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable"
OBFUSCATED_FONT = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
EMBED_SLOTS = ("embedRegular", "embedBold", "embedItalic", "embedBoldItalic")


def obfuscated(font: bytes, key: uuid.UUID) -> bytes:
    """The font as an embedded DOCX part stores it (ECMA-376 §17.8.1): its first 32 bytes
    XOR-ed with the key's 16 bytes in reverse order of the GUID's text."""
    reversed_key = bytes.fromhex(key.hex)[::-1]
    head = bytes(b ^ reversed_key[i % 16] for i, b in enumerate(font[:32]))
    return head + font[32:]


def embed_fonts(doc: DocxDocument, family: str, faces: dict[str, Path]) -> None:
    """Embed the faces of ``family`` (slot -> TrueType file) so the copy opens in the same
    face on a machine without it; Word and LibreOffice read embedded fonts."""
    table_part = doc.part.part_related_by(FONT_TABLE_REL)
    root = parse_xml(table_part.blob)
    for old in root.findall(qn("w:font")):
        if old.get(qn("w:name")) == family:
            root.remove(old)
    entry = OxmlElement("w:font")
    root.append(entry)
    entry.set(qn("w:name"), family)
    for tag, value in (("w:charset", "CC"), ("w:family", "roman"), ("w:pitch", "variable")):
        entry.append(OxmlElement(tag, {qn("w:val"): value}))
    for n, slot in enumerate(s for s in EMBED_SLOTS if s in faces):
        key = uuid.uuid5(uuid.NAMESPACE_URL, f"res-desktop:{family}:{slot}")
        part = Part(
            PackURI(f"/word/fonts/font{n + 1}.odttf"),
            OBFUSCATED_FONT,
            obfuscated(faces[slot].read_bytes(), key),
            doc.part.package,
        )
        embedded = OxmlElement(f"w:{slot}")
        entry.append(embedded)
        embedded.set(qn("r:id"), table_part.relate_to(part, FONT_REL))
        embedded.set(qn("w:fontKey"), "{" + str(key).upper() + "}")
    table_part._blob = serialize_part_xml(root)  # a plain Part: python-docx writes its blob
    settings = doc.settings.element
    if settings.find(qn("w:embedTrueTypeFonts")) is None:
        flag = OxmlElement("w:embedTrueTypeFonts")
        zoom = settings.find(qn("w:zoom"))  # the schema's order: after view and zoom
        if zoom is not None:
            zoom.addnext(flag)
        else:
            settings.insert(0, flag)
