#include "batchflags.h"

#include "batch/batchrunner.h"
#include "batch/columnmapping.h"
#include "cliapp.h"

#include <QCommandLineParser>

namespace tricheck::cli {

using namespace tricheck::batch;
using settings::Setting;

BatchFlags::BatchFlags(int defaultQps, int defaultConcurrency, int defaultSkipDays)
    : session(SessionFlags::Connection | SessionFlags::Md5 | SessionFlags::History,
              tr("The history database that records every attempt and the batch's journal: a file, or "
                 "postgresql://USER@HOST:PORT/DB (default: the settings' history)."))
    , m_input(QStringLiteral("input"),
              tr("The CSV file or Excel workbook (.xlsx) to verify (required, also with --resume: the same file). "
                 "A workbook is recognised by its content, whatever its name."),
              QStringLiteral("FILE.csv|FILE.xlsx"))
    , m_sheet(QStringLiteral("sheet"),
              tr("The worksheet of an Excel workbook to read (default: the first one). A resumed batch reads the "
                 "worksheet it was started with."),
              QStringLiteral("NAME"))
    , m_output(QStringLiteral("output"),
               tr("Write the results to this file: one row per input row (line, status, masked values, reference, "
                  "BizCode, SubCode, IspName, billed, RequestId, error kind and code). An Excel workbook when the "
                  "name ends in .xlsx, else CSV in the history export's format."),
               QStringLiteral("RESULTS.csv|RESULTS.xlsx"))
    , m_encoding(QStringLiteral("encoding"),
                 tr("The file's encoding: auto (the default: UTF-8 with or without BOM, else GB18030), utf-8 or "
                    "gb18030 (also reads GBK)."),
                 QStringLiteral("auto|utf-8|gb18030"),
                 QStringLiteral("auto"))
    , m_delimiter(QStringLiteral("delimiter"),
                  tr("The field delimiter: auto (the default: detected from the first line), comma, semicolon or "
                     "tab."),
                  QStringLiteral("auto|comma|semicolon|tab"),
                  QStringLiteral("auto"))
    , m_noHeader(QStringLiteral("no-header"),
                 tr("The file has no header row: the columns are mobile, name, ID number, reference, unless chosen "
                    "with --column."))
    , m_column(QStringLiteral("column"),
               tr("Choose a column for a field instead of recognising the header: mobile=COLUMN, name=…, "
                  "id_number=…, reference=…; COLUMN is a header name or a position from 1. Repeatable."),
               QStringLiteral("FIELD=COLUMN"))
    , m_qps(QStringLiteral("qps"),
            tr("Requests per second at most (the account's limit; default %1 from the settings). 0: no limit, for "
               "the sandbox.")
                .arg(defaultQps),
            QStringLiteral("N"))
    , m_concurrency(QStringLiteral("concurrency"),
                    tr("Requests in flight at most, 1 to 64 (default %1 from the settings).").arg(defaultConcurrency),
                    QStringLiteral("N"))
    , m_skipVerifiedDays(QStringLiteral("skip-verified-days"),
                         tr("Do not send a row whose mobile, name and ID number the same kind of service answered "
                            "(BizCode 1, 2 or 3) within the last N days: its earlier result and RequestId are "
                            "reported instead, and nothing is billed for it. 0 sends every row (default %1 from the "
                            "settings).")
                             .arg(defaultSkipDays),
                         QStringLiteral("N"))
    , m_resume(QStringLiteral("resume"),
               tr("Resume this batch (its id is printed when it starts): rows already answered are never sent "
                  "again."),
               QStringLiteral("BATCH_ID"))
    , m_resendUnknown(QStringLiteral("resend-unknown"),
                      tr("With --resume: also send again the rows whose outcome is unknown (in flight when the batch "
                         "stopped, or timed out after sending). They may have been billed already: a second request "
                         "may be billed again."))
    , m_newBatch(QStringLiteral("new-batch"),
                 tr("Start the file as a new batch even though it was verified before (the same bytes): every "
                    "row is sent again and may be billed again. Without it such a file is refused with the earlier "
                    "batch's id, to resume instead."))
    , m_progress(QStringLiteral("progress"), tr("Draw a progress line on stderr (counts, rate, time left)."))
    , m_withinBudget(QStringLiteral("within-budget"),
                     tr("When the batch could go past this month's budget: send rows only while the budget "
                        "allows, then stop (exit status 6; the rest stays pending to resume)."))
    , m_overBudget(QStringLiteral("over-budget"),
                   tr("When the batch could go past this month's budget: send every row anyway (recorded in "
                      "the audit log). Refused when the budget has a hard stop."))
{ }

void BatchFlags::addTo(QCommandLineParser& parser) const
{
    parser.addOptions({m_input,
                       m_sheet,
                       m_output,
                       m_encoding,
                       m_delimiter,
                       m_noHeader,
                       m_column,
                       m_qps,
                       m_concurrency,
                       m_skipVerifiedDays});
    session.addTo(parser);
    parser.addOptions({m_resume, m_resendUnknown, m_newBatch, m_progress, m_withinBudget, m_overBudget});
}

Expected<BatchFlags::Parsed, QString> BatchFlags::parse(const QCommandLineParser& parser) const
{
    using Result = Expected<Parsed, QString>;
    if (!parser.positionalArguments().isEmpty())
        return Result::failure(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
    Parsed p;
    p.input = parser.value(m_input);
    if (p.input.trimmed().isEmpty())
        return Result::failure(tr("--input FILE.csv (or FILE.xlsx) is required."));
    p.import.sheet = parser.value(m_sheet);
    if (parser.isSet(m_sheet) && p.import.sheet.trimmed().isEmpty())
        return Result::failure(tr("--sheet needs the name of a worksheet."));
    const auto encoding = textEncodingFromId(parser.value(m_encoding));
    if (!encoding)
        return Result::failure(
            tr("--encoding must be auto, utf-8 or gb18030, not \"%1\".").arg(parser.value(m_encoding)));
    p.import.encoding = *encoding;
    p.encodingChosen = parser.isSet(m_encoding) && *encoding != TextEncoding::Auto;
    const auto delimiter = delimiterFromId(parser.value(m_delimiter));
    if (!delimiter)
        return Result::failure(
            tr("--delimiter must be auto, comma, semicolon or tab, not \"%1\".").arg(parser.value(m_delimiter)));
    p.import.delimiter = *delimiter;
    p.import.hasHeader = !parser.isSet(m_noHeader);
    for (const QString& choice : parser.values(m_column)) {
        const qsizetype eq = choice.indexOf(u'=');
        const auto field = eq > 0 ? ColumnMapper::fieldFromId(choice.left(eq)) : std::nullopt;
        if (!field || choice.mid(eq + 1).trimmed().isEmpty())
            return Result::failure(tr("--column needs FIELD=COLUMN with FIELD one of mobile, name, id_number, "
                                      "reference (not \"%1\").")
                                       .arg(choice));
        p.import.columns.append({*field, choice.mid(eq + 1).trimmed()});
    }
    p.md5Asked = session.md5Asked(parser);
    auto overrides = session.overrides(parser);
    if (!overrides)
        return Result::failure(overrides.error().message);
    p.overrides = overrides.value();
    if (parser.isSet(m_qps)) {
        bool ok = false;
        const int n = parser.value(m_qps).toInt(&ok);
        if (!ok || n < 0 || n > 10000)
            return Result::failure(tr("--qps must be a number from 0 (no limit) to 10000."));
        p.overrides.set(Setting::BatchQps, n, QStringLiteral("--qps"));
    }
    if (parser.isSet(m_concurrency)) {
        bool ok = false;
        const int n = parser.value(m_concurrency).toInt(&ok);
        if (!ok || n < 1 || n > 64)
            return Result::failure(tr("--concurrency must be a number from 1 to 64."));
        p.overrides.set(Setting::BatchConcurrency, n, QStringLiteral("--concurrency"));
    }
    if (parser.isSet(m_skipVerifiedDays)) {
        bool ok = false;
        const int n = parser.value(m_skipVerifiedDays).toInt(&ok);
        if (!ok || n < 0 || n > settings::kMaxSkipVerifiedDays)
            return Result::failure(tr("--skip-verified-days must be a number of days from 0 (send every row) to %1.")
                                       .arg(settings::kMaxSkipVerifiedDays));
        p.overrides.set(Setting::SkipVerifiedDays, n, QStringLiteral("--skip-verified-days"));
    }
    p.resume = parser.value(m_resume).trimmed();
    p.resendUnknown = parser.isSet(m_resendUnknown);
    p.newBatch = parser.isSet(m_newBatch);
    if (p.newBatch && !p.resume.isEmpty())
        return Result::failure(tr("--new-batch and --resume cannot be used together."));
    if (p.resendUnknown && p.resume.isEmpty())
        return Result::failure(tr("--resend-unknown is for a resumed batch (--resume BATCH_ID)."));
    p.output = parser.value(m_output);
    if (parser.isSet(m_output) && (p.output.trimmed().isEmpty() || p.output == u"-"))
        return Result::failure(tr("--output needs a file path (standard output carries the JSON summary)."));
    p.progress = parser.isSet(m_progress);
    if (parser.isSet(m_withinBudget) && parser.isSet(m_overBudget))
        return Result::failure(tr("--within-budget and --over-budget cannot be used together."));
    if (parser.isSet(m_withinBudget))
        p.budget = batch::BudgetChoice::WithinBudget;
    else if (parser.isSet(m_overBudget))
        p.budget = batch::BudgetChoice::OverBudget;
    return p;
}

QString BatchFlags::help(const QCommandLineParser& parser) const
{
    QString text = parser.helpText();
    text.replace(
        0,
        text.indexOf(u'\n'),
        QStringLiteral(
            "Usage: tricheck-cli batch --input FILE.csv|FILE.xlsx [--sheet NAME] [--output RESULTS.csv|RESULTS.xlsx]\n"
            "                          [--encoding auto|utf-8|gb18030]\n"
            "                          [--qps N] [--concurrency N] [--md5] [--signature v3|v1] [--endpoint …]\n"
            "                          [--profile NAME] [--history PATH] [--resume BATCH_ID] [--progress]\n"
            "                          [--resend-unknown] [--delimiter …] [--no-header] [--column FIELD=COLUMN]…\n"
            "                          [--timeout-ms N] [--proxy system|none|URL] [--new-batch]\n"
            "                          [--skip-verified-days N] [--within-budget|--over-budget]"));
    return text + u'\n' +
           tr("The file: CSV (RFC 4180), or an Excel workbook (.xlsx: its first worksheet, or --sheet), with a "
              "header row naming the columns in English or Chinese (mobile/phone/手机号/手机号码, name/姓名, "
              "id/id_number/身份证号/身份证号码, optional reference/备注/案件号). Every row is validated first: "
              "invalid rows are listed with their line (a worksheet's row number) and never sent; rows repeating "
              "the same mobile, name and ID number are sent once. In a workbook, an ID number stored as a number "
              "has lost its last digits: such rows are refused (format the column as text).\n\n"
              "Output: {\"event\":\"started\",\"batchId\",…} when sending starts, then as the last line a "
              "summary:\n"
              "  {\"batchId\",\"rows\",\"invalid\",\"duplicates\",\"sent\",\"pass\",\"mismatch\",\"norecord\",\n"
              "   \"errors\",\"unknown\",\"billed\",\"skipped\",\"seconds\"}\n"
              "counting the whole batch (all runs of it). Errors before a batch exists: {\"error\":{…}}.\n\n"
              "Resume: every row is journaled in the history before it is sent. After a crash, a kill or "
              "Ctrl+C, run the same command with --resume BATCH_ID: answered rows are never sent again; rows "
              "that were in flight are reported as \"outcome unknown — may have been billed\" and sent again "
              "only with --resend-unknown.\n\n"
              "A file verified before (the same bytes) is not started again: the command stops with exit status 2 "
              "and {\"error\":{\"kind\":\"earlier_batch\",\"batchId\",\"rows\",\"sent\",\"billed\",\"resume\"}}, "
              "resume names the command that resumes it. --new-batch starts it anyway.\n\n"
              "Budget: with a monthly budget set (billing/monthlyBudget, policy MonthlyBudget), a batch whose "
              "rows (each counted as billable) could go past what remains this month stops with exit status 6 "
              "and {\"error\":{\"kind\":\"budget\",\"rows\",\"rowsThatFit\",\"remaining\",\"limit\",\"used\","
              "\"hardStop\"}}: add --within-budget to send only while the budget allows, or --over-budget to send "
              "every row (not with a hard stop, policy BudgetHardStop).\n\n"
              "Settings locked by the administrator's policy (endpoint, signature, md5, timeout, proxy, "
              "sandbox, QPS, concurrency) win over flags; stderr says when a flag was overridden.\n\n"
              "Exit status of a batch:\n"
              "  0    the batch completed (whatever the results)\n"
              "  1    the history (journal) could not be written: nothing more was sent\n"
              "  2    a bad file or usage, or the file changed since the batch started\n"
              "  3    stopped: the service refused the credentials or permission repeatedly\n"
              "  4    stopped on repeated network failure (%1 rows in a row); resumable\n"
              "  5    no usable credentials\n"
              "  6    refused, or stopped, by this month's budget; resumable\n"
              "  130  interrupted by SIGINT or SIGTERM; the journal is kept and the batch resumable\n")
               .arg(RunnerOptions().maxConsecutiveNetworkFailures) +
           u'\n' + CliApp::exitStatusHelp();
}

} // namespace tricheck::cli
