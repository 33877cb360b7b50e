#pragma once

#include "xlsxarchive.h"

#include <QStringList>

namespace tricheck::xlsx {

struct SheetEntry
{
    QString name;
    QString path; // the part, e.g. "xl/worksheets/sheet1.xml"
    bool hidden = false;
};

// What a workbook holds, from its package relationships and xl/workbook.xml: the worksheets in
// their order (chart and macro sheets left out) and the shared strings part.
class WorkbookIndex
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookIndex)

public:
    static Expected<WorkbookIndex, XlsxError> read(XlsxArchive& archive);

    const QList<SheetEntry>& worksheets() const { return m_sheets; }
    QStringList worksheetNames() const;
    const QString& sharedStringsPath() const { return m_sharedStrings; } // empty: none
    // The worksheet named `name` (compared without case, as Excel does), or the first one.
    Expected<SheetEntry, XlsxError> find(const QString& name) const;

    static constexpr qint64 kSmallPartLimit = 32LL << 20;

private:
    QList<SheetEntry> m_sheets;
    QString m_sharedStrings;
};

} // namespace tricheck::xlsx
