// BatchResults as an Excel workbook (see batchresults.h).
#include "api/resultcatalogue.h"
#include "batchresults.h"
#include "history/historycolumns.h"
#include "history/resultcolours.h"
#include "resultsoutput.h"
#include "xlsx/workbookwriter.h"

#include <QDateTime>
#include <QFileInfo>

namespace tricheck::batch {

using xlsx::RowStyle;
using xlsx::WorkbookWriter;

QString BatchResults::statusName(const QString& id)
{
    if (id == u"invalid")
        return tr("Invalid (not sent)");
    if (id == u"duplicate")
        return tr("Duplicate (sent once)");
    if (id == u"pending")
        return tr("Not sent yet");
    if (const auto role = api::ResultCatalogue::roleFromId(id))
        return api::ResultCatalogue::roleName(*role);
    return id;
}

namespace {

class XlsxOutput : public ResultsOutput
{
    Q_DECLARE_TR_FUNCTIONS(BatchResults)

public:
    XlsxOutput(QIODevice& out, QString batchId, QString sourcePath)
        : m_out(out)
        , m_batchId(std::move(batchId))
        , m_source(std::move(sourcePath))
    {
        m_error = m_writer.begin();
        m_sheet = m_writer.addSheet(tr("Results"));
    }

    void header(const QStringList& titles) override
    {
        m_titles = titles;
        m_writer.header(m_sheet, titles);
    }

    bool row(const QStringList& cells, const QString& shown, Billing billing) override
    {
        if (++m_sheetRow >= WorkbookWriter::kMaxRows) {
            // A sheet is full (a CSV batch may have more rows than a sheet): on in another.
            m_sheet = m_writer.addSheet(tr("Results") + QStringLiteral(" %1").arg(++m_sheets));
            m_writer.header(m_sheet, m_titles);
            m_sheetRow = 1;
        }
        ++m_row;
        RowStyle style;
        if (const auto role = api::ResultCatalogue::roleFromId(shown)) {
            const history::ResultColours c = history::resultColours(*role);
            style = {c.background, c.foreground};
        }
        // The line is a number (sorts and filters as one); every other cell is text.
        m_writer.number(m_sheet, m_sheetRow, 0, cells.value(0).toDouble(), style);
        for (int c = 1; c < cells.size(); ++c)
            m_writer.text(m_sheet, m_sheetRow, c, cells.at(c), style);
        ++m_statuses[cells.value(1)];
        ++m_billing[int(billing)];
        return true;
    }

    std::optional<QString> finish() override
    {
        if (m_error)
            return m_error;
        summary();
        return m_writer.finish(m_out);
    }

private:
    void summary()
    {
        xlsx::SheetLines lines(m_writer, m_writer.addSheet(tr("Summary")));
        lines.heading(tr("TriCheck batch results"));
        lines.text(tr("Batch"), m_batchId);
        lines.text(tr("File"), QFileInfo(m_source).fileName());
        lines.text(tr("Exported"),
                   history::HistoryFormatter(history::HistoryFormatter::TimeStyle::IsoWithOffset)
                       .time(QDateTime::currentDateTimeUtc()));
        lines.count(tr("Rows"), m_row);
        lines.skip();
        lines.heading(tr("Status"), tr("Rows"));
        for (const QString& id : BatchResults::statusIds()) {
            RowStyle style;
            if (const auto role = api::ResultCatalogue::roleFromId(id)) {
                const history::ResultColours c = history::resultColours(*role);
                style = {c.background, c.foreground};
            }
            lines.count(BatchResults::statusName(id), m_statuses.value(id), style);
        }
        lines.skip();
        lines.heading(tr("Billing"), tr("Rows sent"));
        lines.count(api::ResultCatalogue::billedText(true), m_billing[int(Billing::Billed)]);
        lines.count(api::ResultCatalogue::billedText(false), m_billing[int(Billing::NotBilled)]);
        lines.count(api::ResultCatalogue::billedText(std::nullopt), m_billing[int(Billing::Unknown)]);
        if (m_billing[int(Billing::Simulated)] > 0)
            lines.count(api::ResultCatalogue::simulatedText(), m_billing[int(Billing::Simulated)]);
        lines.skip();
        lines.heading(tr("Privacy"));
        lines.text(tr("Identity values"), tr("masked: the results hold no plaintext mobile number, name or ID number"));
    }

    QIODevice& m_out;
    QString m_batchId;
    QString m_source;
    WorkbookWriter m_writer;
    std::optional<QString> m_error;
    QStringList m_titles;
    int m_sheet = 0;
    int m_sheets = 1;
    int m_sheetRow = 0;
    qint64 m_row = 0;
    QHash<QString, qint64> m_statuses;
    std::array<qint64, 5> m_billing{};
};

} // namespace

std::unique_ptr<ResultsOutput> xlsxResultsOutput(QIODevice& out, const QString& batchId, const QString& sourcePath)
{
    return std::make_unique<XlsxOutput>(out, batchId, sourcePath);
}

} // namespace tricheck::batch
