#pragma once

#include "batch/batchlauncher.h"
#include "batch/batchreader.h"
#include "sessioncommand.h"

#include <QCommandLineOption>
#include <QCoreApplication>

class QCommandLineParser;

namespace tricheck::cli {

// tricheck-cli batch's flags: the file and how to read it, the run's limits and resumption, and the
// session flags every sending command shares.
class BatchFlags
{
    Q_DECLARE_TR_FUNCTIONS(BatchCommand)

public:
    // The defaults named in --help: the settings' rate, concurrency and skip-verified period.
    BatchFlags(int defaultQps, int defaultConcurrency, int defaultSkipDays);
    void addTo(QCommandLineParser& parser) const;
    QString help(const QCommandLineParser& parser) const;

    struct Parsed
    {
        QString input;
        QString output;
        batch::ImportOptions import;
        bool encodingChosen = false; // --encoding other than auto
        bool md5Asked = false;
        QString resume; // the batch id, empty for a new batch
        bool resendUnknown = false;
        bool newBatch = false; // a file verified before is started again as a new batch
        bool progress = false;
        batch::BudgetChoice budget = batch::BudgetChoice::Ask; // --within-budget, --over-budget
        session::Overrides overrides;
    };
    // The flags' values, or a usage error (translated).
    Expected<Parsed, QString> parse(const QCommandLineParser& parser) const;

    const SessionFlags session;

private:
    const QCommandLineOption m_input;
    const QCommandLineOption m_sheet;
    const QCommandLineOption m_output;
    const QCommandLineOption m_encoding;
    const QCommandLineOption m_delimiter;
    const QCommandLineOption m_noHeader;
    const QCommandLineOption m_column;
    const QCommandLineOption m_qps;
    const QCommandLineOption m_concurrency;
    const QCommandLineOption m_skipVerifiedDays;
    const QCommandLineOption m_resume;
    const QCommandLineOption m_resendUnknown;
    const QCommandLineOption m_newBatch;
    const QCommandLineOption m_progress;
    const QCommandLineOption m_withinBudget;
    const QCommandLineOption m_overBudget;
};

} // namespace tricheck::cli
