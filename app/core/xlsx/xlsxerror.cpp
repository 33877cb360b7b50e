#include "xlsxerror.h"

namespace tricheck::xlsx {

XlsxError XlsxError::make(Kind kind, const QString& message, int row)
{
    XlsxError e;
    e.kind = kind;
    e.row = row;
    e.message = message;
    return e;
}

XlsxError XlsxError::damaged(const QString& detail, int row)
{
    return make(
        Kind::Damaged,
        tr("The workbook is damaged and cannot be read (%1). Open it in Excel or WPS and save it again.").arg(detail),
        row);
}

XlsxError XlsxError::unsafe(const QString& detail)
{
    return make(Kind::Unsafe, tr("The workbook was refused as unsafe to read: %1").arg(detail));
}

} // namespace tricheck::xlsx
