#pragma once

#include <QStringList>

#include <memory>
#include <optional>

class QIODevice;

namespace tricheck::batch {

// Where BatchResults writes its rows: a CSV file or an Excel workbook.
class ResultsOutput
{
public:
    enum class Billing {
        NotSent,
        Billed,
        NotBilled,
        Unknown,
        Simulated, // answered by the sandbox: never billed, whatever its BizCode
    };

    ResultsOutput() = default;
    virtual ~ResultsOutput() = default;
    ResultsOutput(const ResultsOutput&) = delete;
    ResultsOutput& operator=(const ResultsOutput&) = delete;

    virtual void header(const QStringList& titles) = 0;
    // A row: its cells (line, status …); `shown` is the status whose colour it takes (a duplicate's
    // is its first row's), `billing` whether its own request was billed.
    virtual bool row(const QStringList& cells, const QString& shown, Billing billing) = 0;
    // A translated error, or nothing when everything was written.
    virtual std::optional<QString> finish() = 0;
};

std::unique_ptr<ResultsOutput> csvResultsOutput(QIODevice& out);
// `batchId` and `sourcePath` are named on the workbook's summary sheet.
std::unique_ptr<ResultsOutput> xlsxResultsOutput(QIODevice& out, const QString& batchId, const QString& sourcePath);

} // namespace tricheck::batch
