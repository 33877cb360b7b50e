#include "xlsxexport.h"

#include "exportrun.h"
#include "historycolumns.h"
#include "resultcolours.h"
#include "xlsx/workbookwriter.h"

#include <QIODevice>
#include <QJsonArray>

#include <array>
#include <optional>

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

// The rows as a workbook: a data sheet (more when one is full) with a row a record in its result's
// colour, then the summary sheet.
class XlsxWriter final : public ExportWriter
{
public:
    XlsxWriter(QIODevice& device,
               const QList<HistoryColumn>& columns,
               const HistoryFilter& filter,
               const HistorySort& sort)
        : m_device(device)
        , m_columns(columns)
        , m_filter(filter)
        , m_sort(sort)
        , m_formatter(HistoryFormatter::TimeStyle::IsoWithOffset)
    {
        for (const HistoryColumn c : columns)
            m_titles.append(HistoryColumns::title(c));
    }

    std::optional<QString> begin(qint64 total) override
    {
        m_workbook.emplace(total * m_columns.size());
        if (auto error = m_workbook->begin())
            return error;
        m_sheet = m_workbook->addSheet(XlsxExport::dataSheetName());
        m_workbook->header(m_sheet, m_titles);
        return std::nullopt;
    }

    std::optional<QString> row(const AttemptRecord& record) override
    {
        WorkbookWriter& w = *m_workbook;
        if (++m_row >= WorkbookWriter::kMaxRows) {
            // A sheet is full: the export goes on in another, with the same header.
            m_sheet = w.addSheet(XlsxExport::dataSheetName() + QStringLiteral(" %1").arg(++m_sheets));
            w.header(m_sheet, m_titles);
            m_row = 1;
        }
        const RowStyle style = styleOf(record.role);
        for (int c = 0; c < m_columns.size(); ++c) {
            const HistoryColumn column = m_columns.at(c);
            if (isNumberColumn(column)) {
                if (const auto n = numberOf(column, record))
                    w.number(m_sheet, m_row, c, *n, style);
                else
                    w.text(m_sheet, m_row, c, {}, style);
            } else {
                w.text(m_sheet, m_row, c, m_formatter.view(column, record), style);
            }
        }
        m_tally.add(record);
        return std::nullopt;
    }

    std::optional<QString> finish(qint64 written) override
    {
        Summary::write(*m_workbook, m_tally, written, m_filter, m_sort);
        return m_workbook->finish(m_device);
    }

private:
    QIODevice& m_device;
    QList<HistoryColumn> m_columns;
    QStringList m_titles;
    const HistoryFilter& m_filter;
    const HistorySort& m_sort;
    HistoryFormatter m_formatter;
    std::optional<WorkbookWriter> m_workbook; // sized by the rows to come, known at begin()
    Tally m_tally;
    int m_sheet = 0;
    int m_sheets = 1;
    int m_row = 0;
};

ExportRun::MakeWriter xlsxWriter(const HistoryFilter& filter, const HistorySort& sort)
{
    return [&filter, &sort](QIODevice& device, const QList<HistoryColumn>& columns) {
        return std::make_unique<XlsxWriter>(device, columns, filter, sort);
    };
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
    return ExportRun(store, filter, sort, options, QStringLiteral("xlsx"), xlsxWriter(filter, sort))
        .toDevice(device, destination);
}

// Atomic and owner-readable, audited before the file appears: as the CSV export (ExportRun).
Expected<qint64, HistoryError> XlsxExport::exportToFile(HistoryStore& store,
                                                        const HistoryFilter& filter,
                                                        const HistorySort& sort,
                                                        const QString& path,
                                                        const CsvExportOptions& options)
{
    return ExportRun(store, filter, sort, options, QStringLiteral("xlsx"), xlsxWriter(filter, sort)).toFile(path);
}

} // namespace tricheck::history
