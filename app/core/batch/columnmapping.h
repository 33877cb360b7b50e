#pragma once

#include "common/expected.h"
#include "importerror.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace tricheck::batch {

enum class BatchField {
    Mobile,
    Name,
    IdNumber,
    Reference, // optional
};

// Which column (0-based) holds each field. The reference is optional.
struct ColumnMapping
{
    int mobile = -1;
    int name = -1;
    int idNumber = -1;
    int reference = -1;

    int column(BatchField field) const;
    void setColumn(BatchField field, int column);
    bool isComplete() const { return mobile >= 0 && name >= 0 && idNumber >= 0; }
    int maxColumn() const;
};

// A column chosen by the operator: a header name (matched like the built-in names) or a 1-based
// position ("3"). An empty column for the reference means the file has none (a column recognised
// as the reference is then not read).
struct ColumnChoice
{
    BatchField field = BatchField::Mobile;
    QString column;
};

// Maps a header row to fields by name, in English or Chinese: mobile / phone / 手机号 / 手机号码,
// name / 姓名, id / id_number / 身份证号 / 身份证号码, reference / 备注 / 案件号 … Names are
// compared without case, spaces, underscores, hyphens, dots and a trailing colon.
class ColumnMapper
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapper)

public:
    static QString fieldId(BatchField field); // "mobile", "name", "id_number", "reference"
    static std::optional<BatchField> fieldFromId(QStringView id);
    static QString fieldTitle(BatchField field); // translated

    // The field a header cell names, if any.
    static std::optional<BatchField> recognise(const QString& headerCell);

    // The mapping for `header` (line `line`), with the operator's choices applied over the
    // recognised names. Without a header row (`header` empty) every field must be chosen by
    // position, or the columns are mobile, name, ID number, reference in that order.
    static Expected<ColumnMapping, ImportError>
    map(const QStringList& header, int line, const QList<ColumnChoice>& choices, bool hasHeader);
};

} // namespace tricheck::batch
