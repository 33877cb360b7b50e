#include "xlsxexport.h"

#include "historycolumns.h"
#include "historystore.h"
#include "resultcolours.h"
#include "xlsx/workbookwriter.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QSaveFile>

#include <array>

namespace tricheck::history {

using xlsx::RowStyle;
using xlsx::WorkbookWriter;

namespace {

constexpr std::array kRoles{api::StatusRole::Pass,
                            api::StatusRole::Mismatch,
                            api::StatusRole::PartialMismatch,
                            api::StatusRole::NoRecord,
                            api::StatusRole::Error,
                            api::StatusRole::Unknown};

// The columns written as numbers (a spreadsheet sums and sorts them); everything else is text.
std::optional<double> numberOf(HistoryColumn column, const AttemptRecord& r)
{
    switch (column) {
    case HistoryColumn::HttpStatus:
        return r.httpStatus ? std::optional<double>(*r.httpStatus) : std::nullopt;
    case HistoryColumn::LatencyMs:
        return double(r.latencyMs);
    case HistoryColumn::Sends:
        return double(r.sends);
    case HistoryColumn::BatchRow:
        return r.batch.row ? std::optional<double>(*r.batch.row) : std::nullopt;
    default:
        return std::nullopt;
    }
}

bool isNumberColumn(HistoryColumn column)
{
    return column == HistoryColumn::HttpStatus || column == HistoryColumn::LatencyMs ||
           column == HistoryColumn::Sends || column == HistoryColumn::BatchRow;
}

RowStyle styleOf(api::StatusRole role)
{
    const ResultColours c = resultColours(role);
    return {c.background, c.foreground};
}

struct Tally
{
    std::array<qint64, kRoles.size()> roles{};
    qint64 billed = 0;
    qint64 notBilled = 0;
    qint64 billingUnknown = 0;
    qint64 simulated = 0; // the sandbox's answers: never billed

    void add(const AttemptRecord& r)
    {
        for (std::size_t i = 0; i < kRoles.size(); ++i) {
            if (kRoles[i] == r.role)
                ++roles[i];
        }
        if (r.sandbox)
            ++simulated;
        else if (!r.billed)
            ++billingUnknown;
        else if (*r.billed)
            ++billed;
        else
            ++notBilled;
    }
};

QString jsonText(const QJsonValue& v)
{
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue item : v.toArray())
            parts.append(jsonText(item));
        return parts.join(QStringLiteral(", "));
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return v.toString();
}

class Summary
{
    Q_DECLARE_TR_FUNCTIONS(XlsxExport)

public:
    static void
    write(WorkbookWriter& w, const Tally& t, qint64 rows, const HistoryFilter& filter, const HistorySort& sort)
    {
        xlsx::SheetLines lines(w, w.addSheet(XlsxExport::summarySheetName()));
        lines.heading(tr("TriCheck history export"));
        lines.text(tr("Exported"),
                   HistoryFormatter(HistoryFormatter::TimeStyle::IsoWithOffset).time(QDateTime::currentDateTimeUtc()));
        lines.count(tr("Attempts"), rows);
        lines.skip();
        lines.heading(tr("Result"), tr("Attempts"));
        for (std::size_t i = 0; i < kRoles.size(); ++i)
            lines.count(api::ResultCatalogue::roleName(kRoles[i]), t.roles[i], styleOf(kRoles[i]));
        lines.skip();
        lines.heading(tr("Billing"), tr("Attempts"));
        lines.count(api::ResultCatalogue::billedText(true), t.billed);
        lines.count(api::ResultCatalogue::billedText(false), t.notBilled);
        lines.count(api::ResultCatalogue::billedText(std::nullopt), t.billingUnknown);
        if (t.simulated > 0)
            lines.count(api::ResultCatalogue::simulatedText(), t.simulated);
        lines.skip();
        lines.heading(tr("Filter"));
        const QJsonObject criteria = filter.toJson();
        if (criteria.isEmpty())
            lines.text(tr("none"), tr("every attempt"));
        for (auto it = criteria.constBegin(); it != criteria.constEnd(); ++it)
            lines.text(it.key(), jsonText(it.value()));
        lines.text(tr("sorted by"),
                   QString(HistoryColumns::title(sort.column) +
                           (sort.order == Qt::AscendingOrder ? tr(", ascending") : tr(", descending"))));
        lines.skip();
        lines.heading(tr("Privacy"));
        lines.text(tr("Identity values"),
                   tr("masked: the history holds no plaintext mobile number, name or ID number"));
    }
};

Expected<qint64, HistoryError> writeXlsx(HistoryStore& store,
                                         const HistoryFilter& filter,
                                         const HistorySort& sort,
                                         QIODevice& device,
                                         const QString& destination,
                                         const CsvExportOptions& options,
                                         const QList<HistoryColumn>& columns)
{
    using Result = Expected<qint64, HistoryError>;
    qint64 total = 0;
    if (options.progress) {
        auto n = store.count(filter);
        if (!n)
            return n;
        total = *n;
        options.progress(0, total);
    }
    WorkbookWriter w(total * columns.size());
    if (const auto error = w.begin())
        return Result::failure(HistoryError::outputFailed(destination, *error));
    QStringList titles;
    for (const HistoryColumn c : columns)
        titles.append(HistoryColumns::title(c));
    int sheet = w.addSheet(XlsxExport::dataSheetName());
    w.header(sheet, titles);

    HistoryFormatter formatter(HistoryFormatter::TimeStyle::IsoWithOffset);
    const int interval = qMax(1, options.progressInterval);
    Tally tally;
    qint64 written = 0;
    int row = 0;
    int sheets = 1;
    bool cancelled = false;
    auto visited = store.forEach(filter, sort, [&](const AttemptRecord& record) {
        if (++row >= WorkbookWriter::kMaxRows) {
            // A sheet is full: the export goes on in another, with the same header.
            sheet = w.addSheet(XlsxExport::dataSheetName() + QStringLiteral(" %1").arg(++sheets));
            w.header(sheet, titles);
            row = 1;
        }
        const RowStyle style = styleOf(record.role);
        for (int c = 0; c < columns.size(); ++c) {
            const HistoryColumn column = columns.at(c);
            if (isNumberColumn(column)) {
                if (const auto n = numberOf(column, record))
                    w.number(sheet, row, c, *n, style);
                else
                    w.text(sheet, row, c, {}, style);
            } else {
                w.text(sheet, row, c, formatter.view(column, record), style);
            }
        }
        tally.add(record);
        ++written;
        if (written % interval == 0) {
            if (options.progress)
                options.progress(written, total);
            if (options.cancelRequested && options.cancelRequested()) {
                cancelled = true;
                return false;
            }
        }
        return true;
    });
    if (!visited)
        return visited;
    if (cancelled)
        return Result::failure(HistoryError::cancelled());
    Summary::write(w, tally, written, filter, sort);
    if (const auto error = w.finish(device))
        return Result::failure(HistoryError::outputFailed(destination, *error));
    if (options.progress)
        options.progress(written, qMax(total, written));
    return written;
}

QStringList columnIds(const QList<HistoryColumn>& columns)
{
    QStringList ids;
    for (const HistoryColumn c : columns)
        ids.append(HistoryColumns::id(c));
    return ids;
}

} // namespace

QString XlsxExport::dataSheetName()
{
    return tr("History");
}

QString XlsxExport::summarySheetName()
{
    return tr("Summary");
}

Expected<qint64, HistoryError> XlsxExport::exportTo(HistoryStore& store,
                                                    const HistoryFilter& filter,
                                                    const HistorySort& sort,
                                                    QIODevice& device,
                                                    const QString& destination,
                                                    const CsvExportOptions& options)
{
    const QList<HistoryColumn> columns = HistoryColumns::exported(options.columns);
    auto rows = writeXlsx(store, filter, sort, device, destination, options, columns);
    if (!rows)
        return rows;
    const auto audited = store.appendAudit(AuditEvent::exported(filter,
                                                                sort,
                                                                *rows,
                                                                destination,
                                                                columnIds(columns),
                                                                QLocale().name(),
                                                                QStringLiteral("xlsx")));
    if (!audited)
        return Expected<qint64, HistoryError>::failure(audited.error());
    return rows;
}

Expected<qint64, HistoryError> XlsxExport::exportToFile(HistoryStore& store,
                                                        const HistoryFilter& filter,
                                                        const HistorySort& sort,
                                                        const QString& path,
                                                        const CsvExportOptions& options)
{
    using Result = Expected<qint64, HistoryError>;
    const QString destination = QFileInfo(path).absoluteFilePath();
    QSaveFile file(destination);
    if (!file.open(QIODevice::WriteOnly))
        return Result::failure(HistoryError::outputFailed(destination, file.errorString()));
    // The rows are masked, but still about people: readable by the owner only.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QList<HistoryColumn> columns = HistoryColumns::exported(options.columns);
    auto rows = writeXlsx(store, filter, sort, file, destination, options, columns);
    if (!rows) {
        file.cancelWriting();
        return rows;
    }
    // Audited before the file appears, as the CSV export.
    const auto audited = store.appendAudit(AuditEvent::exported(filter,
                                                                sort,
                                                                *rows,
                                                                destination,
                                                                columnIds(columns),
                                                                QLocale().name(),
                                                                QStringLiteral("xlsx")));
    if (!audited) {
        file.cancelWriting();
        return Result::failure(audited.error());
    }
    if (!file.commit())
        return Result::failure(HistoryError::outputFailed(destination, file.errorString()));
    return rows;
}

} // namespace tricheck::history
