#pragma once

// Excel workbooks for the tests, written and read back by an independent implementation: openpyxl
// (Debian's python3-openpyxl, run with /usr/bin/python3) through tests/support/xlsxtool.py.

#include "testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

// TriCheck writes workbooks with libxlsxwriter, loaded with RTLD_DEEPBIND, which AddressSanitizer
// refuses (app/core/xlsx/xlsxwriterapi.h): a test that writes one is skipped in that build, and
// only there.
#ifdef TRICHECK_ADDRESS_SANITIZER
#define TRICHECK_REQUIRE_WORKBOOK_WRITER() \
    QSKIP("AddressSanitizer build: libxlsxwriter cannot be loaded (RTLD_DEEPBIND)")
#else
#define TRICHECK_REQUIRE_WORKBOOK_WRITER() \
    do {                                   \
    } while (false)
#endif

namespace tricheck::test {

// Runs xlsxtool.py with `args`; its standard output, or a warning and nothing.
inline std::optional<QByteArray> runXlsxTool(const QStringList& args, int timeoutMs = 300000)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            QStringList{sourceDir() + QStringLiteral("/tests/support/xlsxtool.py")} + args);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning().noquote() << "xlsxtool.py" << args.join(u' ') << "failed:" << p.readAllStandardError();
        return std::nullopt;
    }
    return p.readAllStandardOutput();
}

// Writes the workbook `spec` describes (see xlsxtool.py) to `path`.
inline bool writeWorkbook(const QJsonObject& spec, const QString& path)
{
    const QString specPath = path + QStringLiteral(".json");
    QFile f(specPath);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(QJsonDocument(spec).toJson(QJsonDocument::Compact));
    f.close();
    return runXlsxTool({QStringLiteral("write"), specPath, path}).has_value();
}

// A workbook as openpyxl reads it: {"sheets": [{"name", "freeze", "filter", "rows": [[{"v", "t",
// "fill", "font", "bold", "format"}]], "widths"}]}.
inline QJsonObject readWorkbook(const QString& path)
{
    const auto out = runXlsxTool({QStringLiteral("read"), path});
    return out ? QJsonDocument::fromJson(*out).object() : QJsonObject();
}

inline QJsonObject sheetOf(const QJsonObject& workbook, int index)
{
    return workbook.value(QStringLiteral("sheets")).toArray().at(index).toObject();
}

// A cell's value as the CSV export writes it: text, integers without ".0", empty for none.
inline QString cellText(const QJsonValue& cell)
{
    const QJsonValue v = cell.toObject().value(QStringLiteral("v"));
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    return v.toString();
}

// An export's CSV (BOM, CRLF, RFC 4180) as a table, without the formula guard's apostrophe: a
// workbook's text cells are never run as formulas, so they carry the text itself.
inline QList<QStringList> parseExportCsv(const QByteArray& bytes)
{
    const QString text = QString::fromUtf8(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes);
    QList<QStringList> table;
    QStringList record;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    const auto endField = [&] {
        if (field.startsWith(u'\'') && field.size() > 1 && QStringLiteral("=+-@\t\r").contains(field.at(1)))
            field.remove(0, 1);
        record.append(field);
        field.clear();
        wasQuoted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == u',') {
            endField();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            endField();
            table.append(record);
            record.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return table;
}

inline QJsonArray row(std::initializer_list<QJsonValue> cells)
{
    return QJsonArray(cells);
}

} // namespace tricheck::test
