// "Verify a file…" against the in-process sandbox and a real SQLite history: the column mapping
// preview from a Chinese header, the validation report, a whole batch landing in the history table,
// pause/resume, cancel then resume from the journal, closing while running (the export: testbatchstart),
// the resume chooser's "may have been billed" option, and the dialog switching language.
#include "api/resultcatalogue.h"
#include "batch/batchjournal.h"
#include "batchtestutil.h"
#include "gui/batchdialog.h"
#include "gui/historyview.h"
#include "gui/messagebox.h"
#include "gui/resumebatchdialog.h"
#include "guitestutil.h"
#include "history/historymodel.h"
#include "history/historystore.h"
#include "sandbox/sandboxserver.h"
#include "session/servicerouter.h"
#include "session/session.h"
#include "testenv.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace tricheck;
using batch::BatchField;
using batch::BatchRunner;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

QByteArray demoFile()
{
    QList<QByteArray> lines{"mobile,name,id_number,reference"};
    int i = 0;
    for (const test::DemoPerson& p : test::demoRows())
        lines.append(QByteArray(p.mobile) + ',' + p.name + ',' + p.id + ",DEMO-" + QByteArray::number(++i));
    return test::utf8Csv(lines);
}

QByteArray syntheticFile(int rows)
{
    QList<QByteArray> lines{"手机号,姓名,身份证号,备注"};
    for (int i = 0; i < rows; ++i)
        lines.append(test::syntheticRow(i));
    return test::utf8Csv(lines);
}

int attemptsOf(test::DesktopApp& app, const QString& batchId)
{
    history::HistoryFilter filter;
    filter.batchId = batchId;
    const auto n = app.session->history()->count(filter);
    return n ? int(n.value()) : -1;
}

} // namespace

class TestBatchDialog : public QObject
{
    Q_OBJECT

private:
    // The desktop, ready against its sandbox, with the batch dialog open on `path`.
    static gui::BatchDialog* openOn(test::DesktopApp& app, const QString& path, int qps = 0)
    {
        if (!app.waitReady())
            return nullptr;
        gui::BatchDialog* dialog = app.window->showBatchDialog();
        test::child<QSpinBox>(dialog, "qpsSpin")->setValue(qps);
        dialog->openFile(path);
        if (!QTest::qWaitFor([dialog] { return !dialog->isValidating(); }, 30000))
            return nullptr;
        return dialog;
    }

    static bool startAndFinish(gui::BatchDialog* dialog)
    {
        auto* start = test::child<QPushButton>(dialog, "startButton");
        if (!start->isEnabled())
            return false;
        const QString previous = dialog->batchId();
        QTest::mouseClick(start, Qt::LeftButton);
        // The rows are recorded in the journal on a worker thread first; then this batch runs.
        if (!QTest::qWaitFor([&] { return dialog->runner() != nullptr && dialog->batchId() != previous; }, 30000))
            return false;
        return QTest::qWaitFor([dialog] { return dialog->finalTally().has_value(); }, 120000);
    }

private slots:
    void initTestCase() { test::isolateEnvironment(); }

    void mappingPreviewFromChineseHeader_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("encoding");
        const QByteArray utf8 = test::utf8Csv({"备注,姓名,身份证号码,手机号码",
                                               "A-1,张三,11010519491231002X,13800138000",
                                               "A-2,吴刚,210102197501300538,13012340011"});
        QTest::newRow("utf-8 with BOM") << QByteArray("\xEF\xBB\xBF" + utf8) << int(batch::TextEncoding::Utf8);
        QTest::newRow("gb18030") << test::toGb18030(utf8) << int(batch::TextEncoding::Gb18030);
    }
    void mappingPreviewFromChineseHeader()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, encoding);
        test::DesktopApp app;
        gui::BatchDialog* dialog = openOn(app, writeFile(app.dir, QStringLiteral("客户.csv"), bytes));
        QVERIFY(dialog);
        QCOMPARE(dialog->columnCombo(BatchField::Mobile)->currentData().toInt(), 3);
        QCOMPARE(dialog->columnCombo(BatchField::Name)->currentData().toInt(), 1);
        QCOMPARE(dialog->columnCombo(BatchField::IdNumber)->currentData().toInt(), 2);
        QCOMPARE(dialog->columnCombo(BatchField::Reference)->currentData().toInt(), 0);
        auto* preview = test::child<QTableWidget>(dialog, "previewTable");
        QCOMPARE(preview->rowCount(), 2);
        QCOMPARE(preview->item(0, 1)->text(), QStringLiteral("张三"));
        QVERIFY(preview->horizontalHeaderItem(3)->text().contains(QStringLiteral("手机号码")));
        QVERIFY(dialog->report());
        QCOMPARE(int(dialog->report()->encoding), encoding);
        QCOMPARE(dialog->report()->valid, 2);
        QVERIFY(test::child<QPushButton>(dialog, "startButton")->isEnabled());

        // The operator's choice wins: no reference column, the rows are read again.
        QComboBox* reference = dialog->columnCombo(BatchField::Reference);
        reference->setCurrentIndex(0);
        emit reference->activated(0);
        QTRY_VERIFY(!dialog->isValidating());
        QVERIFY(dialog->report());
        QCOMPARE(dialog->report()->mapping.reference, -1);
        QCOMPARE(dialog->report()->mapping.mobile, 3);

        // One column for two fields is explained; choosing again clears it.
        QComboBox* name = dialog->columnCombo(BatchField::Name);
        name->setCurrentIndex(name->findData(3));
        emit name->activated(name->currentIndex());
        QTRY_VERIFY(!dialog->isValidating());
        QVERIFY(!dialog->report());
        QVERIFY2(dialog->fileProblem().contains(u'4'), qPrintable(dialog->fileProblem()));
        QVERIFY(!test::child<QPushButton>(dialog, "startButton")->isEnabled());
        name->setCurrentIndex(name->findData(1));
        emit name->activated(name->currentIndex());
        QTRY_VERIFY(!dialog->isValidating());
        QVERIFY(dialog->report());
        QVERIFY(dialog->fileProblem().isEmpty());
        QVERIFY(test::child<QPushButton>(dialog, "startButton")->isEnabled());
    }

    // The first rows are read off the GUI thread: a file chosen while another's are still being read
    // replaces it, whichever read ends first. The first file is large (its megabyte is read and
    // decoded), the second small, with its columns in another order.
    void laterFileWinsOverAPreviewStillBeingRead()
    {
        test::DesktopApp app;
        QVERIFY(app.waitReady());
        QByteArray big = syntheticFile(20000);
        const QString first = writeFile(app.dir, QStringLiteral("big.csv"), big);
        const QString second = writeFile(app.dir,
                                         QStringLiteral("small.csv"),
                                         test::utf8Csv({"reference,id_number,mobile,name",
                                                        "S-1,11010519491231002X,13800138000,张三",
                                                        "S-2,210102197501300538,13012340011,吴刚",
                                                        "S-3,210102197501300538,13012340011,吴刚"}));
        gui::BatchDialog* dialog = app.window->showBatchDialog();
        dialog->openFile(first);
        QVERIFY(dialog->isValidating()); // no report until the first rows are shown and validated
        QVERIFY(!dialog->report());
        QVERIFY(!test::child<QPushButton>(dialog, "startButton")->isEnabled());
        dialog->openFile(second);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isValidating(), 30000);
        QTest::qWait(200); // a late answer for the first file would land here
        QVERIFY(!dialog->isValidating());
        auto* preview = test::child<QTableWidget>(dialog, "previewTable");
        QCOMPARE(preview->rowCount(), 3);
        QCOMPARE(preview->item(0, 0)->text(), QStringLiteral("S-1"));
        QCOMPARE(dialog->columnCombo(BatchField::Mobile)->currentData().toInt(), 2);
        QCOMPARE(dialog->columnCombo(BatchField::IdNumber)->currentData().toInt(), 1);
        QVERIFY2(dialog->report(), qPrintable(dialog->fileProblem()));
        QCOMPARE(dialog->report()->rows, 3);
        QCOMPARE(dialog->report()->valid, 2);
        QCOMPARE(dialog->report()->duplicates, 1);
    }

    void validationReportListsInvalidAndDuplicateRows()
    {
        test::DesktopApp app;
        const QByteArray bytes = test::utf8Csv({"mobile,name,id_number",
                                                "13800138000,张三,11010519491231002X",
                                                "13800138000,张三,110105194912310021", // check character
                                                "1380013800,吴刚,210102197501300538",  // 10 digits
                                                "13800138000,张三,11010519491231002X", // line 2 again
                                                "13012340011,吴刚,210102197501300538"});
        gui::BatchDialog* dialog = openOn(app, writeFile(app.dir, QStringLiteral("mixed.csv"), bytes));
        QVERIFY(dialog);
        QVERIFY(dialog->report());
        QCOMPARE(dialog->report()->rows, 5);
        QCOMPARE(dialog->report()->valid, 2);
        QCOMPARE(dialog->report()->invalid, 2);
        QCOMPARE(dialog->report()->duplicates, 1);
        auto* issues = test::child<QListWidget>(dialog, "issuesList");
        QCOMPARE(issues->count(), 3);
        QVERIFY(issues->item(0)->text().startsWith(QStringLiteral("Line 3: ")));
        QVERIFY(issues->item(1)->text().startsWith(QStringLiteral("Line 4: ")));
        QCOMPARE(issues->item(2)->text(), QStringLiteral("Line 5: the same as line 2, sent once."));
        const QString summary = test::child<QLabel>(dialog, "reportSummary")->text();
        QVERIFY2(summary.contains(QStringLiteral("5 rows")), qPrintable(summary));

        // The report follows the language at once.
        const QString english = issues->item(0)->text();
        app.settings.setValue(settings::Setting::Language, QStringLiteral("zh_CN"));
        QTRY_VERIFY(issues->item(0)->text() != english);
        QVERIFY(issues->item(0)->text().contains(u'3'));
        QTRY_VERIFY(dialog->windowTitle() != QStringLiteral("Verify a file")); // each widget hears of it in turn
        QVERIFY(test::child<QPushButton>(dialog, "startButton")->text() != QStringLiteral("&Start"));
    }

    void malformedFilesAreExplained_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unterminated quote") << test::utf8Csv({"mobile,name,id_number",
                                                              "13800138000,张三,11010519491231002X",
                                                              "13012340011,\"吴刚,210102197501300538",
                                                              "13312340021,高山,150102196004200375"})
                                            << QStringLiteral("3");
        QTest::newRow("no header") << test::utf8Csv({"a,b,c", "1,2,3"}) << QStringLiteral("header");
        QTest::newRow("binary") << QByteArray("mobile,name,id_number\r\n\x01\x02\x00\x00PK", 30) << QString();
    }
    void malformedFilesAreExplained()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        test::DesktopApp app;
        gui::BatchDialog* dialog = openOn(app, writeFile(app.dir, QStringLiteral("bad.csv"), bytes));
        QVERIFY(dialog);
        if (expected == u"header") {
            // Nothing recognised: the operator is asked to choose the columns; nothing can start.
            QVERIFY(!dialog->report());
            QCOMPARE(dialog->columnCombo(BatchField::Mobile)->currentData().toInt(), -1);
        } else {
            QVERIFY(!dialog->report());
            QVERIFY(!dialog->fileProblem().isEmpty());
            QVERIFY2(dialog->fileProblem().contains(expected), qPrintable(dialog->fileProblem()));
            QVERIFY(test::child<QLabel>(dialog, "reportSummary")->text().contains(QStringLiteral("cannot")));
        }
        QVERIFY(!test::child<QPushButton>(dialog, "startButton")->isEnabled());
    }

    void batchLandsInHistoryWithCounts()
    {
        test::DesktopApp app;
        gui::BatchDialog* dialog = openOn(app, writeFile(app.dir, QStringLiteral("demo.csv"), demoFile()));
        QVERIFY(dialog);
        QCOMPARE(dialog->report()->valid, 9);
        history::HistoryModel* model = app.window->historyView()->model();
        QVERIFY(model);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(startAndFinish(dialog));
        QCOMPARE(dialog->runner()->result(), BatchRunner::Result::Completed);
        const batch::BatchTally& t = *dialog->finalTally();
        QCOMPARE(t.sent, 9);
        QCOMPARE(t.pass, 5);
        QCOMPARE(t.mismatch, 3);
        QCOMPARE(t.noRecord, 1);
        QCOMPARE(t.errors, 0);
        QCOMPARE(t.unknown, 0);
        QCOMPARE(t.pending, 0);
        QCOMPARE(test::child<QLabel>(dialog, "passCount")->text(), QStringLiteral("5"));
        QCOMPARE(test::child<QLabel>(dialog, "mismatchCount")->text(), QStringLiteral("3"));
        QCOMPARE(test::child<QLabel>(dialog, "noRecordCount")->text(), QStringLiteral("1"));
        QCOMPARE(test::child<QLabel>(dialog, "doneCount")->text(), QStringLiteral("9 of 9"));
        // The sandbox's answers are simulated: the billing counter says so, never "billed" (issue 24).
        auto* billed = test::child<QLabel>(dialog, "billedCount");
        QCOMPARE(billed->text(), api::ResultCatalogue::simulatedText());
        for (const QLabel* caption : dialog->findChildren<QLabel*>()) {
            if (caption->buddy() == billed)
                QVERIFY2(!caption->text().contains(QStringLiteral("Billed")), qPrintable(caption->text()));
        }
        // The counters use the result panel's words.
        for (const QLabel* caption : dialog->findChildren<QLabel*>()) {
            if (caption->buddy() == test::child<QLabel>(dialog, "mismatchCount"))
                QCOMPARE(caption->text(),
                         api::ResultCatalogue::outcomeName(api::StatusRole::Mismatch) + QLatin1Char(':'));
        }
        // Every row is in the history table, live (no reload of the window).
        QTRY_COMPARE(model->rowCount(), 9);
        QCOMPARE(attemptsOf(app, dialog->batchId()), 9);
        QVERIFY(test::child<QPushButton>(dialog, "exportButton")->isVisible());
        QVERIFY(test::child<QLabel>(dialog, "runNote")->text().contains(QStringLiteral("complete")));
    }

    // Below the sandbox's own limit (50 per second per AccessKey): a throttled row would be sent again.
    void theSameFileAgainAsksFirst()
    {
        test::DesktopApp app;
        const QString path = writeFile(app.dir, QStringLiteral("twice.csv"), demoFile());
        gui::BatchDialog* dialog = openOn(app, path);
        QVERIFY(dialog);
        QVERIFY(startAndFinish(dialog));
        const QString first = dialog->batchId();
        sandbox::SandboxServer* sandbox = app.session->service().sandbox();
        const int sent = sandbox->requestCount();

        dialog->newBatch();
        dialog->openFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isValidating() && dialog->report(), 30000);
        // Cancel: nothing starts, nothing is sent.
        gui::MessageBox::setNextChoice(-1);
        QVERIFY(!dialog->start());
        QVERIFY2(gui::MessageBox::lastText().contains(first), qPrintable(gui::MessageBox::lastText()));
        QCOMPARE(sandbox->requestCount(), sent);
        // Resume: the earlier batch, which has nothing left to send.
        gui::MessageBox::setNextChoice(0);
        QVERIFY(dialog->start());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->finalTally().has_value(), 30000);
        QCOMPARE(dialog->batchId(), first);
        QCOMPARE(sandbox->requestCount(), sent);
        // A new batch, chosen knowing that its rows may be billed again.
        dialog->newBatch();
        dialog->openFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isValidating() && dialog->report(), 30000);
        gui::MessageBox::setNextChoice(1);
        QVERIFY(dialog->start());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->batchId() != first && dialog->finalTally().has_value(), 60000);
        QCOMPARE(sandbox->requestCount(), 2 * sent);
    }

    void pauseAndResume()
    {
        test::DesktopApp app;
        gui::BatchDialog* dialog =
            openOn(app, writeFile(app.dir, QStringLiteral("many.csv"), syntheticFile(200)), /*qps*/ 40);
        QVERIFY(dialog);
        QTest::mouseClick(test::child<QPushButton>(dialog, "startButton"), Qt::LeftButton);
        // Recording the rows comes first, off the GUI thread: nothing can start twice meanwhile,
        // and the dialog cannot be closed half-way.
        QVERIFY(dialog->isRecording());
        QVERIFY(!test::child<QPushButton>(dialog, "startButton")->isEnabled());
        QVERIFY(!test::child<QPushButton>(dialog, "resumeButton")->isEnabled());
        QVERIFY(!dialog->start());
        dialog->reject();
        QVERIFY(dialog->isVisible());
        QTRY_VERIFY(dialog->runner());
        QSignalSpy sent(dialog->runner(), &BatchRunner::rowSent);
        QTRY_VERIFY(sent.count() >= 10);
        auto* pause = test::child<QPushButton>(dialog, "pauseButton");
        QTest::mouseClick(pause, Qt::LeftButton);
        QCOMPARE(dialog->runner()->state(), BatchRunner::State::Paused);
        QCOMPARE(pause->text(), QStringLiteral("&Resume"));
        QTRY_COMPARE(dialog->runner()->counts().inFlight, 0);
        const int sentWhenPaused = int(sent.count());
        QVERIFY(sentWhenPaused < 200);
        QCOMPARE(test::child<QLabel>(dialog, "timeLeftValue")->text(), QStringLiteral("paused"));
        QCOMPARE(attemptsOf(app, dialog->batchId()), dialog->runner()->counts().answered);
        QTest::mouseClick(pause, Qt::LeftButton);
        QCOMPARE(dialog->runner()->state(), BatchRunner::State::Running);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->finalTally().has_value(), 120000);
        QCOMPARE(dialog->runner()->result(), BatchRunner::Result::Completed);
        // Every row sent once, none twice (the spy came after the first rows: the tally counts all).
        QCOMPARE(dialog->finalTally()->sent, 200);
        QCOMPARE(dialog->finalTally()->noRecord, 200);
        QCOMPARE(attemptsOf(app, dialog->batchId()), 200);
    }

    void cancelThenResumeFromJournal()
    {
        test::DesktopApp app;
        const QString path = writeFile(app.dir, QStringLiteral("cancelled.csv"), syntheticFile(300));
        gui::BatchDialog* dialog = openOn(app, path, /*qps*/ 40);
        QVERIFY(dialog);
        QTest::mouseClick(test::child<QPushButton>(dialog, "startButton"), Qt::LeftButton);
        QTRY_VERIFY(dialog->runner());
        const QString batchId = dialog->batchId();
        QSignalSpy sent(dialog->runner(), &BatchRunner::rowSent);
        QTRY_VERIFY(sent.count() >= 20);
        QTest::mouseClick(test::child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->finalTally().has_value(), 60000);
        QCOMPARE(dialog->runner()->result(), BatchRunner::Result::Cancelled);
        const int firstRun = dialog->finalTally()->sent;
        QVERIFY(firstRun >= 20 && firstRun < 300);
        QCOMPARE(dialog->finalTally()->pending, 300 - firstRun);
        QVERIFY(test::child<QLabel>(dialog, "runNote")->text().contains(QStringLiteral("cancelled")));

        // The journal offers it, with the rows left.
        const auto unfinished = dialog->unfinishedBatches();
        QCOMPARE(unfinished.size(), 1);
        QCOMPARE(unfinished.first().info.batchId, batchId);
        QCOMPARE(unfinished.first().tally.pending, 300 - firstRun);

        QVERIFY(dialog->resumeBatch(batchId, false));
        QSignalSpy resent(dialog->runner(), &BatchRunner::rowSent);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->finalTally().has_value(), 120000);
        QCOMPARE(dialog->runner()->result(), BatchRunner::Result::Completed);
        QCOMPARE(int(resent.count()), 300 - firstRun); // only the unsent rows
        QCOMPARE(dialog->finalTally()->sent, 300);
        QCOMPARE(attemptsOf(app, batchId), 300); // exactly one attempt per row
        QVERIFY(dialog->unfinishedBatches().isEmpty());
    }

    // A batch is answered one way: resumed after the settings changed to V1, it still signs with
    // V3, the scheme it was started with, once the operator has agreed.
    void resumeKeepsTheBatchsSignature()
    {
        test::DesktopApp app;
        // The settings outlive the test (QStandardPaths' test mode): start from V3, end there.
        QVERIFY(app.settings.setValue(settings::Setting::SignatureScheme, QStringLiteral("v3")));
        const auto restore =
            qScopeGuard([&app] { app.settings.setValue(settings::Setting::SignatureScheme, QStringLiteral("v3")); });
        QTRY_COMPARE(app.session->service().target().scheme, api::SignatureScheme::V3);
        QVERIFY(app.waitReady());
        gui::BatchDialog* dialog =
            openOn(app, writeFile(app.dir, QStringLiteral("scheme.csv"), syntheticFile(200)), /*qps*/ 40);
        QVERIFY(dialog);
        QTest::mouseClick(test::child<QPushButton>(dialog, "startButton"), Qt::LeftButton);
        QTRY_VERIFY(dialog->runner());
        const QString batchId = dialog->batchId();
        QSignalSpy sent(dialog->runner(), &BatchRunner::rowSent);
        QTRY_VERIFY(sent.count() >= 10);
        QTest::mouseClick(test::child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->finalTally().has_value(), 60000);
        const int firstRun = dialog->finalTally()->sent;

        QVERIFY(app.settings.setValue(settings::Setting::SignatureScheme, QStringLiteral("v1")));
        QTRY_COMPARE(app.session->service().target().scheme, api::SignatureScheme::V1);
        QVERIFY(app.waitReady());

        // Declined: nothing is sent.
        gui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!dialog->resumeBatch(batchId, false));
        QVERIFY(gui::MessageBox::lastText().contains(QStringLiteral("V3 (ACS3-HMAC-SHA256)")));
        QCOMPARE(attemptsOf(app, batchId), firstRun);

        gui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(dialog->resumeBatch(batchId, false));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->finalTally().has_value(), 120000);
        QCOMPARE(dialog->runner()->result(), BatchRunner::Result::Completed);
        QCOMPARE(attemptsOf(app, batchId), 200);
        history::HistoryFilter filter;
        filter.batchId = batchId;
        int v3 = 0;
        const auto visited = app.session->history()->forEach(filter, {}, [&](const history::AttemptRecord& r) {
            v3 += r.scheme == api::SignatureScheme::V3 ? 1 : 0;
            return true;
        });
        QVERIFY(visited);
        QCOMPARE(v3, 200);
        // The form's own verifications still use the operator's choice.
        QCOMPARE(app.session->service().target().scheme, api::SignatureScheme::V1);
    }

    void closingWhileRunningCancelsResumably()
    {
        test::DesktopApp app;
        gui::BatchDialog* dialog =
            openOn(app, writeFile(app.dir, QStringLiteral("closed.csv"), syntheticFile(300)), /*qps*/ 50);
        QVERIFY(dialog);
        QTest::mouseClick(test::child<QPushButton>(dialog, "startButton"), Qt::LeftButton);
        QTRY_VERIFY(dialog->isRunning());
        const QString batchId = dialog->batchId();
        QSignalSpy sent(dialog->runner(), &BatchRunner::rowSent);
        QTRY_VERIFY(sent.count() >= 5);

        // Declined: the batch goes on.
        gui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        dialog->close();
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->isRunning());

        QPointer<gui::BatchDialog> guard(dialog);
        gui::MessageBox::setNextAnswer(QMessageBox::Yes);
        dialog->close();
        QVERIFY(gui::MessageBox::lastText().contains(QStringLiteral("Cancel it")));
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 60000);

        batch::BatchJournal journal(app.session->history().get());
        const auto info = journal.find(batchId);
        QVERIFY(info && info.value());
        QCOMPARE(info.value()->state, batch::BatchState::Cancelled);
        QVERIFY(info.value()->owner.isEmpty());
        const auto tally = journal.tally(batchId);
        QVERIFY(tally);
        QVERIFY(tally->pending > 0);
        QCOMPARE(tally->unknown, 0);
        QCOMPARE(attemptsOf(app, batchId), tally->sent);
    }

    void resumeChooserAsksBeforeResendingUnknown()
    {
        batch::UnfinishedBatch withUnknown;
        withUnknown.info.batchId = QStringLiteral("b-unknown");
        withUnknown.info.sourceName = QStringLiteral("/tmp/customers.csv");
        withUnknown.info.createdUtc = QDateTime::currentDateTimeUtc();
        withUnknown.info.state = batch::BatchState::Running;
        withUnknown.tally.toSend = 10;
        withUnknown.tally.pending = 4;
        withUnknown.tally.unknown = 2;
        batch::UnfinishedBatch clean = withUnknown;
        clean.info.batchId = QStringLiteral("b-clean");
        clean.tally.unknown = 0;

        gui::ResumeBatchDialog chooser({withUnknown, clean});
        auto* resend = test::child<QCheckBox>(&chooser, "resendUnknown");
        auto* list = chooser.findChild<QTreeWidget*>(QStringLiteral("batchList"));
        QVERIFY(list);
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("customers.csv"));
        QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("4 of 10"));
        QCOMPARE(list->topLevelItem(0)->text(4), QStringLiteral("2"));
        QCOMPARE(chooser.batchId(), QStringLiteral("b-unknown"));
        QVERIFY(resend->isEnabled());
        QVERIFY(!resend->isChecked()); // never by default
        QVERIFY(resend->text().contains(QStringLiteral("may have been billed")));
        QVERIFY(!chooser.resendUnknown());
        resend->setChecked(true);
        QVERIFY(chooser.resendUnknown());
        list->setCurrentItem(list->topLevelItem(1));
        QCOMPARE(chooser.batchId(), QStringLiteral("b-clean"));
        QVERIFY(!resend->isEnabled());
        QVERIFY(!chooser.resendUnknown());
    }
};

QTEST_MAIN(TestBatchDialog)
#include "testbatchdialog.moc"
