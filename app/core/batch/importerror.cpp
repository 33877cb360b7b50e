#include "importerror.h"

namespace tricheck::batch {

QString ImportError::kindId() const
{
    switch (kind) {
    case Kind::OpenFailed:
        return QStringLiteral("open_failed");
    case Kind::Empty:
        return QStringLiteral("empty");
    case Kind::BinaryData:
        return QStringLiteral("binary_data");
    case Kind::WrongEncoding:
        return QStringLiteral("wrong_encoding");
    case Kind::UnterminatedQuote:
        return QStringLiteral("unterminated_quote");
    case Kind::BadQuote:
        return QStringLiteral("bad_quote");
    case Kind::LineTooLong:
        return QStringLiteral("line_too_long");
    case Kind::NoHeader:
        return QStringLiteral("no_header");
    case Kind::BadMapping:
        return QStringLiteral("bad_mapping");
    case Kind::TooManyRows:
        return QStringLiteral("too_many_rows");
    case Kind::SourceChanged:
        return QStringLiteral("source_changed");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::BadWorkbook:
        return QStringLiteral("bad_workbook");
    case Kind::UnsafeWorkbook:
        return QStringLiteral("unsafe_workbook");
    case Kind::NoSuchSheet:
        return QStringLiteral("no_such_sheet");
    }
    return QStringLiteral("unknown");
}

ImportError ImportError::make(Kind kind, int line, const QString& detail)
{
    ImportError e;
    e.kind = kind;
    e.line = line;
    QString text;
    switch (kind) {
    case Kind::OpenFailed:
        text = tr("The file cannot be read.");
        break;
    case Kind::Empty:
        text = tr("The file is empty: it has no header row and no rows.");
        break;
    case Kind::BinaryData:
        text = tr("Line %1 contains binary data (a NUL or control byte): this is not a CSV text file.").arg(line);
        break;
    case Kind::WrongEncoding:
        text = tr("Line %1 is not valid text in the encoding %2. Save the file as UTF-8, or choose the encoding "
                  "it was saved in (GB18030 for files from Chinese Excel).")
                   .arg(line)
                   .arg(detail);
        break;
    case Kind::UnterminatedQuote:
        text = tr("The quoted field that starts on line %1 is never closed: a quote (\") is missing.").arg(line);
        break;
    case Kind::BadQuote:
        text = tr("Line %1: a closing quote (\") must be followed by the delimiter or the end of the line.").arg(line);
        break;
    case Kind::LineTooLong:
        text = tr("Line %1 is longer than %2 bytes: this does not look like a CSV file of identities.")
                   .arg(line)
                   .arg(detail);
        break;
    case Kind::NoHeader:
        text = tr("Line %1 is not a header that names the mobile, name and ID number columns (found: %2). Name "
                  "the columns mobile, name and id_number (or 手机号, 姓名, 身份证号), or choose the columns.")
                   .arg(line)
                   .arg(detail);
        break;
    case Kind::BadMapping:
        text = detail;
        break;
    case Kind::TooManyRows:
        text = tr("The file has more than %1 rows; split it into smaller batches.").arg(detail);
        break;
    case Kind::SourceChanged:
        text = tr("The file is not the one this batch was started from (its content changed): the batch cannot be "
                  "resumed with it.");
        break;
    case Kind::Cancelled:
        text = tr("The import was cancelled.");
        break;
    case Kind::BadWorkbook:
    case Kind::UnsafeWorkbook:
    case Kind::NoSuchSheet:
        text = detail; // the workbook reader's own sentence
        break;
    }
    if (!detail.isEmpty() && kind == Kind::OpenFailed)
        text += u' ' + detail;
    e.message = text;
    return e;
}

} // namespace tricheck::batch
