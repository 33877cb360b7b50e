#include "workbookindex.h"

#include "xmlpart.h"

namespace tricheck::xlsx {

namespace {

struct Relationship
{
    QString id;
    QString type;
    QString target; // resolved to a part name
};

bool hasType(const Relationship& r, QStringView kind)
{
    // Transitional (…/officeDocument/2006/relationships/worksheet) and strict OOXML end alike.
    return r.type.endsWith(u'/' + kind.toString());
}

// A relationship target relative to `baseDir` ("xl"), or absolute ("/xl/…"), as a part name.
QString resolve(const QString& baseDir, const QString& target)
{
    QString path = target.startsWith(u'/') ? target.mid(1) : (baseDir.isEmpty() ? target : baseDir + u'/' + target);
    QStringList parts;
    for (const QString& p : path.split(u'/', Qt::SkipEmptyParts)) {
        if (p == u"..") {
            if (!parts.isEmpty())
                parts.removeLast();
        } else if (p != u".") {
            parts.append(p);
        }
    }
    return parts.join(u'/');
}

QString directoryOf(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash);
}

// The relationships of `part` (its _rels/NAME.rels), empty when it has none.
Expected<QList<Relationship>, XlsxError> relationshipsOf(XlsxArchive& archive, const QString& part)
{
    using Result = Expected<QList<Relationship>, XlsxError>;
    const QString dir = directoryOf(part);
    const QString name = part.mid(dir.isEmpty() ? 0 : dir.size() + 1);
    const QString relsPath =
        (dir.isEmpty() ? QString() : dir + u'/') + QStringLiteral("_rels/") + name + QStringLiteral(".rels");
    QList<Relationship> list;
    if (!archive.contains(relsPath))
        return list;
    auto device = archive.openEntry(relsPath, WorkbookIndex::kSmallPartLimit);
    if (!device)
        return Result::failure(device.error());
    XmlPart xml(std::move(device).value());
    for (;;) {
        const auto token = xml.next();
        if (token == QXmlStreamReader::Invalid)
            return Result::failure(*xml.failure());
        if (token == QXmlStreamReader::EndDocument)
            break;
        if (token == QXmlStreamReader::StartElement && xml.xml().name() == u"Relationship") {
            const QXmlStreamAttributes a = xml.xml().attributes();
            if (XmlPart::attribute(a, u"TargetMode") == u"External")
                continue;
            list.append({XmlPart::attribute(a, u"Id").toString(),
                         XmlPart::attribute(a, u"Type").toString(),
                         resolve(dir, XmlPart::attribute(a, u"Target").toString())});
        }
    }
    return list;
}

XlsxError notWorkbook(const QString& text)
{
    return XlsxError::make(XlsxError::Kind::NotWorkbook, text);
}

} // namespace

QStringList WorkbookIndex::worksheetNames() const
{
    QStringList names;
    for (const SheetEntry& s : m_sheets)
        names.append(s.name);
    return names;
}

Expected<SheetEntry, XlsxError> WorkbookIndex::find(const QString& name) const
{
    using Result = Expected<SheetEntry, XlsxError>;
    if (m_sheets.isEmpty())
        return Result::failure(
            XlsxError::make(XlsxError::Kind::NoSuchSheet, tr("The workbook has no worksheet (only charts).")));
    if (name.isEmpty())
        return m_sheets.constFirst();
    for (const SheetEntry& s : m_sheets) {
        if (s.name == name)
            return s;
    }
    for (const SheetEntry& s : m_sheets) {
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return s;
    }
    QStringList quoted;
    for (const SheetEntry& s : m_sheets)
        quoted.append(QStringLiteral("\"%1\"").arg(s.name));
    return Result::failure(XlsxError::make(XlsxError::Kind::NoSuchSheet,
                                           tr("The workbook has no worksheet named \"%1\" (its worksheets: %2).")
                                               .arg(name, quoted.join(QStringLiteral(", ")))));
}

Expected<WorkbookIndex, XlsxError> WorkbookIndex::read(XlsxArchive& archive)
{
    using Result = Expected<WorkbookIndex, XlsxError>;
    auto package = relationshipsOf(archive, QString());
    if (!package)
        return Result::failure(package.error());
    QString workbookPath;
    for (const Relationship& r : package.value()) {
        if (hasType(r, u"officeDocument"))
            workbookPath = r.target;
    }
    if (workbookPath.isEmpty()) {
        if (archive.contains(QStringLiteral("xl/workbook.xml"))) {
            workbookPath = QStringLiteral("xl/workbook.xml"); // a writer that left the package rels out
        } else if (archive.contains(QStringLiteral("content.xml")) && archive.contains(QStringLiteral("mimetype"))) {
            return Result::failure(notWorkbook(tr("This is an OpenDocument spreadsheet (.ods), not an Excel "
                                                  "workbook. Save it as an Excel workbook (.xlsx) or as CSV.")));
        } else {
            return Result::failure(notWorkbook(tr("This is a zip archive, but not an Excel workbook (.xlsx).")));
        }
    }
    if (workbookPath.endsWith(QStringLiteral(".bin"), Qt::CaseInsensitive))
        return Result::failure(notWorkbook(tr("This is an Excel binary workbook (.xlsb). Save it as an Excel workbook "
                                              "(.xlsx) or as CSV.")));
    if (!archive.contains(workbookPath))
        return Result::failure(notWorkbook(tr("This is a zip archive, but not an Excel workbook (.xlsx).")));

    auto rels = relationshipsOf(archive, workbookPath);
    if (!rels)
        return Result::failure(rels.error());
    QHash<QString, Relationship> byId;
    WorkbookIndex index;
    for (const Relationship& r : rels.value()) {
        byId.insert(r.id, r);
        if (hasType(r, u"sharedStrings"))
            index.m_sharedStrings = r.target;
    }
    if (index.m_sharedStrings.isEmpty() && archive.contains(directoryOf(workbookPath) + u"/sharedStrings.xml"))
        index.m_sharedStrings = directoryOf(workbookPath) + u"/sharedStrings.xml";

    auto device = archive.openEntry(workbookPath, kSmallPartLimit);
    if (!device)
        return Result::failure(device.error());
    XmlPart xml(std::move(device).value());
    for (;;) {
        const auto token = xml.next();
        if (token == QXmlStreamReader::Invalid)
            return Result::failure(*xml.failure());
        if (token == QXmlStreamReader::EndDocument)
            break;
        if (token != QXmlStreamReader::StartElement || xml.xml().name() != u"sheet")
            continue;
        const QXmlStreamAttributes a = xml.xml().attributes();
        const auto rel = byId.constFind(XmlPart::attribute(a, u"id").toString());
        if (rel == byId.cend() || !hasType(*rel, u"worksheet"))
            continue; // a chart sheet, a dialog or macro sheet: no rows to read
        if (!archive.contains(rel->target))
            return Result::failure(XlsxError::damaged(tr("the worksheet part %1 is missing").arg(rel->target)));
        const QStringView state = XmlPart::attribute(a, u"state");
        index.m_sheets.append(
            {XmlPart::attribute(a, u"name").toString(), rel->target, !state.isEmpty() && state != u"visible"});
    }
    return index;
}

} // namespace tricheck::xlsx
