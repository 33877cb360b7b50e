#include "batchresults.h"

#include "api/resultcatalogue.h"
#include "batchjournal.h"
#include "batchreader.h"
#include "history/auditevent.h"
#include "history/csvsink.h"
#include "history/exportformat.h"
#include "history/historycolumns.h"
#include "history/historystore.h"
#include "identity/finding.h"
#include "identity/masking.h"
#include "resultsoutput.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QSet>

#include <climits>

namespace tricheck::batch {

using history::AttemptRecord;
using history::HistoryColumn;

QStringList BatchResults::columnTitles()
{
    return {tr("Line"),
            tr("Status"),
            tr("Mobile"),
            tr("Name"),
            tr("ID number"),
            tr("Reference"),
            tr("BizCode"),
            tr("SubCode"),
            tr("IspName"),
            tr("Billed"),
            tr("RequestId"),
            tr("Error kind"),
            tr("Error code"),
            tr("Details")};
}

QStringList BatchResults::statusIds()
{
    return {QStringLiteral("pass"),
            QStringLiteral("mismatch"),
            QStringLiteral("partial"),
            QStringLiteral("norecord"),
            QStringLiteral("error"),
            QStringLiteral("unknown"),
            QStringLiteral("invalid"),
            QStringLiteral("duplicate"),
            QStringLiteral("pending"),
            QStringLiteral("skipped")};
}

namespace {

QString maskOf(identity::ParamType type, const identity::Validation& v)
{
    Q_UNUSED(type)
    switch (v.field) {
    case identity::Field::Mobile:
        return identity::maskMobile(v.normalized);
    case identity::Field::Name:
        return identity::maskName(v.normalized);
    case identity::Field::IdNumber:
        return identity::maskIdNumber(v.normalized);
    }
    return {};
}

class Writer
{
    Q_DECLARE_TR_FUNCTIONS(BatchResults)

public:
    Writer(history::HistoryStore& store,
           ResultsOutput& out,
           identity::ParamType type,
           QHash<int, JournalRow> states,
           QSet<int> duplicated)
        : m_store(store)
        , m_out(out)
        , m_type(type)
        , m_states(std::move(states))
        , m_duplicated(std::move(duplicated))
        , m_formatter(history::HistoryFormatter::TimeStyle::IsoWithOffset)
    { }

    void header() { m_out.header(BatchResults::columnTitles()); }

    // The row and, when it was sent, its last attempt.
    bool row(const BatchRow& row, const AttemptRecord* attempt)
    {
        QStringList cells;
        cells.reserve(14);
        cells << QString::number(row.line);
        QString colour; // the status whose colour the row takes
        auto billing = ResultsOutput::Billing::NotSent;
        const QString mobile = maskOf(m_type, row.check.mobile);
        const QString name = maskOf(m_type, row.check.name);
        const QString id = maskOf(m_type, row.check.idNumber);
        switch (row.kind) {
        case RowKind::Invalid: {
            const identity::Finding* f = row.error();
            const identity::Field field = row.errorField();
            cells << QStringLiteral("invalid") << mobile << name << id << row.reference << QString() << QString()
                  << QString() << QString() << QString() << QStringLiteral("validation")
                  << (f ? identity::IdentityText::id(f->reason) : QString())
                  << (f ? QCoreApplication::translate("RowIssue", "%1: %2", "a field and what is wrong with it")
                              .arg(identity::IdentityText::fieldName(field),
                                   identity::IdentityText::describe(field, *f))
                        : QString());
            break;
        }
        case RowKind::Duplicate: {
            const auto first = m_firstResults.constFind(row.duplicateOf);
            if (first != m_firstResults.cend()) {
                colour = first->first;
                cells << QStringLiteral("duplicate") << mobile << name << id << row.reference;
                appendOutcome(&cells, first->first, first->second.has_value() ? &*first->second : nullptr);
                cells.removeLast();
            } else {
                cells << QStringLiteral("duplicate") << mobile << name << id << row.reference << QString() << QString()
                      << QString() << QString() << QString() << QString() << QString();
            }
            cells << tr("Same mobile number, name and ID number as line %1: sent once, for that line.")
                         .arg(row.duplicateOf);
            break;
        }
        case RowKind::Valid: {
            const JournalRow j = m_states.value(row.line);
            QString status;
            std::optional<AttemptRecord> shown;
            if (j.state == RowState::Unknown) {
                status = QStringLiteral("unknown");
            } else if (j.state == RowState::Skipped) {
                status = QStringLiteral("skipped");
                shown = earlierAnswer(j.attemptRow);
                billing = ResultsOutput::Billing::NotBilled; // nothing was sent for this row
            } else if (j.state == RowState::Answered && attempt != nullptr) {
                shown = *attempt;
                status = statusOf(*attempt);
                billing = attempt->sandbox ? ResultsOutput::Billing::Simulated
                          : !attempt->billed
                              ? ResultsOutput::Billing::Unknown
                              : (*attempt->billed ? ResultsOutput::Billing::Billed : ResultsOutput::Billing::NotBilled);
            } else {
                status = QStringLiteral("pending");
            }
            cells << status << (shown ? shown->maskedMobile : mobile) << (shown ? shown->maskedName : name)
                  << (shown ? shown->maskedIdNumber : id) << row.reference;
            appendOutcome(&cells, status, shown ? &*shown : nullptr);
            if (m_duplicated.contains(row.line))
                m_firstResults.insert(row.line, {status, shown});
            colour = status;
            break;
        }
        }
        ++m_rows;
        return m_out.row(cells, colour, billing);
    }
    qint64 rows() const { return m_rows; }

private:
    static QString statusOf(const AttemptRecord& r)
    {
        if (r.isError())
            return r.billed ? QStringLiteral("error") : QStringLiteral("unknown");
        return api::ResultCatalogue::roleId(r.role);
    }

    // The answer a skipped row points at; none when retention has deleted it since.
    std::optional<AttemptRecord> earlierAnswer(qint64 attemptRow)
    {
        if (attemptRow <= 0)
            return std::nullopt;
        const auto found = m_store.record(attemptRow);
        return found ? found.value() : std::nullopt;
    }

    // BizCode … details (8 cells) of a row not sent because `r` answered for the same person.
    void appendSkipped(QStringList* cells, const AttemptRecord* r)
    {
        if (r == nullptr) {
            *cells << QString() << QString() << QString() << api::ResultCatalogue::billedText(false) << QString()
                   << QString() << QString()
                   << tr("Not sent: verified before (that check is no longer in the history).");
            return;
        }
        *cells << r->bizCode << r->subCode << r->ispName << api::ResultCatalogue::billedText(false) << r->requestId
               << QString() << QString()
               << tr("Not sent: verified on %1 (RequestId %2): %3")
                      .arg(m_formatter.text(HistoryColumn::Time, *r),
                           r->requestId,
                           api::ResultCatalogue::subCode(r->subCode).shortText);
    }

    // BizCode … details (8 cells).
    void appendOutcome(QStringList* cells, const QString& status, const AttemptRecord* r)
    {
        if (status == u"skipped") {
            appendSkipped(cells, r);
            return;
        }
        if (r == nullptr) {
            *cells << QString() << QString() << QString() << QString() << QString() << QString() << QString();
            if (status == u"unknown")
                *cells << tr("Outcome unknown: the request was in flight when the batch stopped; it may have "
                             "been billed. Send it again only with --resend-unknown.");
            else
                *cells << tr("Not sent yet: resume the batch to send it.");
            return;
        }
        *cells << r->bizCode << r->subCode << r->ispName << m_formatter.text(HistoryColumn::Billed, *r) << r->requestId
               << r->errorKind << r->code;
        if (r->isError())
            *cells << (status == u"unknown" ? tr("Outcome unknown: no complete answer arrived; it may have been "
                                                 "billed.")
                                            : r->message);
        else
            *cells << api::ResultCatalogue::subCode(r->subCode).shortText;
    }

    history::HistoryStore& m_store;
    ResultsOutput& m_out;
    identity::ParamType m_type;
    QHash<int, JournalRow> m_states;
    QSet<int> m_duplicated;
    QHash<int, std::pair<QString, std::optional<AttemptRecord>>> m_firstResults;
    history::HistoryFormatter m_formatter;
    qint64 m_rows = 0;
};

class CsvOutput : public ResultsOutput
{
public:
    explicit CsvOutput(QIODevice& out)
        : m_out(out)
        , m_sink(out)
    { }

    void header(const QStringList& titles) override
    {
        m_sink.bom();
        cells(titles);
    }
    bool row(const QStringList& values, const QString&, Billing) override
    {
        cells(values);
        return m_sink.flushIfFull();
    }
    std::optional<QString> finish() override
    {
        if (m_sink.flush())
            return std::nullopt;
        return BatchResults::tr("The results cannot be written: %1").arg(m_out.errorString());
    }

private:
    void cells(const QStringList& values)
    {
        for (int i = 0; i < values.size(); ++i) {
            if (i > 0)
                m_sink.separator();
            m_sink.field(values.at(i));
        }
        m_sink.endRecord();
    }

    QIODevice& m_out;
    history::CsvSink m_sink;
};

} // namespace

std::unique_ptr<ResultsOutput> csvResultsOutput(QIODevice& out)
{
    return std::make_unique<CsvOutput>(out);
}

Expected<qint64, QString> BatchResults::write(history::HistoryStore& store,
                                              const QString& batchId,
                                              const QString& sourcePath,
                                              QIODevice& out,
                                              history::ExportFormat format)
{
    using Result = Expected<qint64, QString>;
    BatchJournal journal(&store);
    const auto info = journal.find(batchId);
    if (!info)
        return Result::failure(info.error().message);
    if (!info.value())
        return Result::failure(BatchJournal::tr("There is no batch %1 in this history.").arg(batchId));
    const ImportOptions options = ImportOptions::fromJson((*info)->settings.value(QStringLiteral("import")).toObject());
    auto states = journal.rows(batchId);
    if (!states)
        return Result::failure(states.error().message);

    // First pass: which rows have duplicates (their results are repeated), and is it the same file?
    QSet<int> duplicated;
    {
        QFile file(sourcePath);
        if (!file.open(QIODevice::ReadOnly))
            return Result::failure(ImportError::make(ImportError::Kind::OpenFailed, 0, file.errorString()).message);
        BatchReader reader(&file, options);
        if (const auto error = reader.open())
            return Result::failure(error->message);
        BatchRow row;
        while (reader.next(&row)) {
            if (row.kind == RowKind::Duplicate)
                duplicated.insert(row.duplicateOf);
        }
        if (reader.error())
            return Result::failure(reader.error()->message);
        if (QString::fromLatin1(reader.sha256().toHex()) != (*info)->sourceDigest)
            return Result::failure(ImportError::make(ImportError::Kind::SourceChanged, 0).message);
    }

    QFile file(sourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return Result::failure(ImportError::make(ImportError::Kind::OpenFailed, 0, file.errorString()).message);
    BatchReader reader(&file, options);
    if (const auto error = reader.open())
        return Result::failure(error->message);
    const std::unique_ptr<ResultsOutput> output = format == history::ExportFormat::Xlsx
                                                      ? xlsxResultsOutput(out, batchId, (*info)->sourceName)
                                                      : csvResultsOutput(out);
    Writer writer(store, *output, options.paramType, std::move(states).value(), std::move(duplicated));
    writer.header();

    BatchRow row;
    bool haveRow = reader.next(&row);
    bool writeFailed = false;
    const auto writeBefore = [&](int line) {
        while (haveRow && row.line < line) {
            if (!writer.row(row, nullptr))
                writeFailed = true;
            haveRow = reader.next(&row);
        }
    };
    const auto settle = [&](const AttemptRecord& attempt) {
        const int line = attempt.batch.row.value_or(0);
        writeBefore(line);
        if (haveRow && row.line == line) {
            if (!writer.row(row, &attempt))
                writeFailed = true;
            haveRow = reader.next(&row);
        }
    };
    history::HistoryFilter filter;
    filter.batchId = batchId;
    std::optional<AttemptRecord> last;
    const auto visited =
        store.forEach(filter, {HistoryColumn::BatchRow, Qt::AscendingOrder}, [&](const AttemptRecord& r) {
            if (last && last->batch.row != r.batch.row)
                settle(*last);
            last = r;
            return !writeFailed;
        });
    if (!visited)
        return Result::failure(visited.error().message);
    if (last)
        settle(*last);
    writeBefore(INT_MAX);
    if (reader.error())
        return Result::failure(reader.error()->message);
    if (writeFailed)
        return Result::failure(tr("The results cannot be written: %1").arg(out.errorString()));
    if (const auto error = output->finish())
        return Result::failure(*error);
    return writer.rows();
}

Expected<qint64, QString> BatchResults::writeFile(history::HistoryStore& store,
                                                  const QString& batchId,
                                                  const QString& sourcePath,
                                                  const QString& path)
{
    using Result = Expected<qint64, QString>;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result::failure(tr("The results cannot be written to %1: %2").arg(path, file.errorString()));
    // Masked values, but still about people: readable by the owner only.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto rows = write(store, batchId, sourcePath, file, history::exportFormatForPath(path));
    if (!rows) {
        file.cancelWriting();
        return rows;
    }
    if (!file.commit())
        return Result::failure(tr("The results cannot be written to %1: %2").arg(path, file.errorString()));
    return rows;
}

Expected<qint64, QString> BatchResults::exportFile(history::HistoryStore& store,
                                                   const QString& batchId,
                                                   const QString& sourcePath,
                                                   const QString& path)
{
    auto rows = writeFile(store, batchId, sourcePath, path);
    if (!rows)
        return rows;
    history::HistoryFilter filter;
    filter.batchId = batchId;
    const history::ExportFormat format = history::exportFormatForPath(path);
    const auto audited =
        store.appendAudit(history::AuditEvent::exported(filter,
                                                        {history::HistoryColumn::BatchRow, Qt::AscendingOrder},
                                                        *rows,
                                                        path,
                                                        {QStringLiteral("batch-results")},
                                                        QLocale().name(),
                                                        history::exportFormatId(format)));
    if (!audited)
        return Expected<qint64, QString>::failure(audited.error().message);
    return rows;
}

QString BatchResults::suggestedPath(const QString& sourcePath, bool workbook)
{
    const QFileInfo source(sourcePath);
    const QString base = source.completeBaseName().isEmpty() ? QStringLiteral("batch") : source.completeBaseName();
    return source.absoluteDir().filePath(
        QStringLiteral("%1-results.%2").arg(base, workbook ? QStringLiteral("xlsx") : QStringLiteral("csv")));
}

} // namespace tricheck::batch
