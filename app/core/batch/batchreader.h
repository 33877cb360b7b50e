#pragma once

#include "columnmapping.h"
#include "common/expected.h"
#include "csvsource.h"
#include "identity/identityinput.h"
#include "xlsxsource.h"

#include <QHash>
#include <QJsonObject>

#include <functional>
#include <memory>
#include <optional>

class QIODevice;

namespace tricheck::batch {

// How a batch file is read; kept with the batch so that a resumed batch reads its file the same way.
struct ImportOptions
{
    TextEncoding encoding = TextEncoding::Auto;
    Delimiter delimiter = Delimiter::Auto;
    bool hasHeader = true;
    QList<ColumnChoice> columns; // the operator's choices over the recognised header names
    identity::ParamType paramType = identity::ParamType::Normal;
    QString sheet; // an Excel workbook's worksheet; empty: the first one (a CSV file has none)

    QJsonObject toJson() const;
    static ImportOptions fromJson(const QJsonObject& json);
};

enum class RowKind {
    Valid,     // will be sent
    Invalid,   // refused by the identity rules: never sent
    Duplicate, // the same mobile, name and ID number as an earlier row: sent once, for the first
};

struct BatchRow
{
    int line = 0; // the line the row starts on: its number in the batch, in history and in results
    RowKind kind = RowKind::Valid;
    identity::IdentityInput input; // as read (plaintext: memory only, never stored)
    QString reference;
    identity::IdentityCheck check;
    int duplicateOf = 0; // for duplicates: the line of the first such row

    // The first error of an invalid row (field and finding), for the validation report.
    identity::Field errorField() const;
    const identity::Finding* error() const;
};

// Streams the rows of a batch file, a CSV file or an Excel workbook (told apart by their content,
// not their name): the header is mapped, every row normalised and validated with the identity
// rules, exact duplicates recognised. Nothing is kept per row but a 128-bit hash of each valid row's
// normalised values (for duplicates), so a million rows take tens of megabytes. A workbook cell
// holding an ID number as a number (its last digits lost in Excel), a formula without a result or
// an error value makes its row invalid, with a reason that says so.
class BatchReader
{
public:
    BatchReader(QIODevice* device, const ImportOptions& options);
    ~BatchReader();
    BatchReader(const BatchReader&) = delete;
    BatchReader& operator=(const BatchReader&) = delete;

    // Tells the format, reads the header row (when the file has one) and maps the columns. Call
    // once, first.
    std::optional<ImportError> open();
    // The next non-blank row; false at the end or on an error (error() then says which).
    bool next(BatchRow* row);
    const std::optional<ImportError>& error() const { return m_error; }

    const QStringList& header() const { return m_header; }
    const ColumnMapping& mapping() const { return m_mapping; }
    SourceFormat format() const { return m_xlsx != nullptr ? SourceFormat::Xlsx : SourceFormat::Csv; }
    TextEncoding encoding() const;
    Delimiter delimiter() const;
    bool hadBom() const { return m_csv != nullptr && m_csv->hadBom(); }
    // A workbook's worksheet that is read, and all its worksheets; empty for CSV.
    QString sheet() const { return m_xlsx != nullptr ? m_xlsx->sheet() : QString(); }
    QStringList sheets() const { return m_xlsx != nullptr ? m_xlsx->sheets() : QStringList(); }
    qint64 bytesRead() const { return m_source ? m_source->bytesRead() : 0; }
    QByteArray sha256() { return m_source ? m_source->sha256() : QByteArray(); }

    static constexpr int kMaxRows = 5'000'000;

private:
    struct Key
    {
        quint64 a = 0;
        quint64 b = 0;
        bool operator==(const Key& o) const { return a == o.a && b == o.b; }
    };
    friend size_t qHash(const Key& key, size_t seed) { return size_t(key.a ^ seed); }

    void applyNotes(const CsvRecord& record, BatchRow* row) const;

    ImportOptions m_options;
    QIODevice* m_device;
    std::unique_ptr<RecordSource> m_source;
    CsvSource* m_csv = nullptr;   // m_source, when the file is CSV
    XlsxSource* m_xlsx = nullptr; // m_source, when the file is a workbook
    QStringList m_header;
    ColumnMapping m_mapping;
    QHash<Key, int> m_seen; // row hash → first line
    QDate m_today;          // for the ID numbers' birth dates: once, not per row (it reads the time zone)
    int m_rows = 0;
    bool m_opened = false;
    std::optional<CsvRecord> m_firstRow; // a headerless file's first record
    std::optional<ImportError> m_error;
};

struct RowIssue
{
    int line = 0;
    identity::Field field = identity::Field::Mobile;
    identity::Finding finding;

    QString describe() const; // translated: "ID number: the check character should be X"
};

// The result of reading and validating a whole file (the validation report).
struct ImportReport
{
    int rows = 0;       // non-blank data rows
    int valid = 0;      // rows that will be sent (valid, first of their kind)
    int invalid = 0;    // rows refused by the identity rules
    int duplicates = 0; // rows equal to an earlier row
    QList<RowIssue> invalidRows;
    QList<std::pair<int, int>> duplicateRows; // (line, line of the first such row)
    QList<int> validLines;                    // the lines of the rows to send, ascending
    QStringList header;
    ColumnMapping mapping;
    SourceFormat format = SourceFormat::Csv;
    TextEncoding encoding = TextEncoding::Utf8; // CSV only
    Delimiter delimiter = Delimiter::Comma;     // CSV only
    bool bom = false;
    QString sheet;      // workbooks only: the worksheet read
    QStringList sheets; // workbooks only: every worksheet
    qint64 bytes = 0;
    QByteArray sha256;

    QString sha256Hex() const { return QString::fromLatin1(sha256.toHex()); }
    // How the file was read, for a log line: "utf-8, comma" or "xlsx, worksheet \"Sheet1\"".
    QString readAs() const;
};

struct ImportProgress
{
    // Called every 10,000 rows with the bytes read so far; returning false cancels.
    std::function<bool(qint64 bytesRead)> callback;
};

// Reads a whole batch file (or, for tests and fuzzing, a byte buffer) into a validation report.
Expected<ImportReport, ImportError>
importBatch(QIODevice& device, const ImportOptions& options, const ImportProgress& progress = {});
Expected<ImportReport, ImportError>
importBatchFile(const QString& path, const ImportOptions& options, const ImportProgress& progress = {});
Expected<ImportReport, ImportError> importBatchBytes(const QByteArray& bytes, const ImportOptions& options);

} // namespace tricheck::batch
