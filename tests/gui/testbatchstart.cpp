// The batch dialog's start page and its results (issue 24): the service, the rows that may be
// billed and the rate shown before starting, as core's launcher previews them; Start is never the
// default button (Enter sends nothing); a rate typed after its mnemonic applies; "Export results…"
// writes one line per input row, like tricheck-cli batch --output, beside the input file.
#include "batch/batchlauncher.h"
#include "batch/batchresults.h"
#include "batchtestutil.h"
#include "gui/batchdialog.h"
#include "gui/batchstartsummary.h"
#include "gui/messagebox.h"
#include "guitestutil.h"
#include "history/historystore.h"
#include "testenv.h"

#include <QBuffer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace tricheck;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

// 6 rows: 3 to send, 2 invalid, 1 repeated.
QByteArray mixedFile()
{
    return test::utf8Csv({"mobile,name,id_number",
                          "13800138000,张三,11010519491231002X",
                          "13800138000,张三,110105194912310021", // check character
                          "1380013800,吴刚,210102197501300538",  // 10 digits
                          "13800138000,张三,11010519491231002X", // line 2 again
                          "13012340011,吴刚,210102197501300538",
                          "13312340021,高山,150102196004200375"});
}

// The key of the label's mnemonic ("Re&quests" → Q).
Qt::Key mnemonicKey(const QString& text)
{
    const qsizetype at = text.indexOf(u'&');
    if (at < 0 || at + 1 >= text.size())
        return Qt::Key_unknown;
    return Qt::Key(text.at(at + 1).toUpper().unicode());
}

} // namespace

class TestBatchStart : public QObject
{
    Q_OBJECT

private:
    static gui::BatchDialog* openOn(test::DesktopApp& app, const QString& path)
    {
        if (!app.waitReady())
            return nullptr;
        gui::BatchDialog* dialog = app.window->showBatchDialog();
        if (!path.isEmpty())
            dialog->openFile(path);
        if (!QTest::qWaitFor([dialog] { return !dialog->isValidating(); }, 30000))
            return nullptr;
        return dialog;
    }

    static bool waitFinished(gui::BatchDialog* dialog)
    {
        if (!QTest::qWaitFor([&] { return dialog->runner() != nullptr && !dialog->batchId().isEmpty(); }, 30000))
            return false;
        return QTest::qWaitFor([dialog] { return dialog->finalTally().has_value(); }, 120000);
    }

private slots:
    void initTestCase() { test::isolateEnvironment(); }

    void startPageSaysServiceRowsAndRate()
    {
        test::DesktopApp app;
        gui::BatchDialog* dialog = openOn(app, writeFile(app.dir, QStringLiteral("mixed.csv"), mixedFile()));
        QVERIFY(dialog);
        QCOMPARE(dialog->report()->valid, 3);
        const QString service = test::child<QLabel>(dialog, "serviceSummary")->text();
        QVERIFY2(service.contains(QStringLiteral("sandbox")) && service.contains(QStringLiteral("not billed")),
                 qPrintable(service));
        QVERIFY2(service.contains(app.session->service().target().endpoint.hostHeader()), qPrintable(service));
        const QString rows = test::child<QLabel>(dialog, "billableSummary")->text();
        QVERIFY2(rows.contains(QStringLiteral("3 rows")) && rows.contains(QStringLiteral("nothing is billed")),
                 qPrintable(rows));
        QVERIFY2(rows.contains(QStringLiteral("3 invalid or repeated rows")), qPrintable(rows));

        // The rate follows the field at once.
        auto* qps = test::child<QSpinBox>(dialog, "qpsSpin");
        qps->setValue(7);
        QVERIFY(test::child<QLabel>(dialog, "rateSummary")->text().contains(QStringLiteral("7 requests per second")));

        // The budget line waits for the budget guard.
        auto* budget = test::child<QLabel>(dialog, "budgetSummary");
        QVERIFY(budget->isHidden());
        dialog->setBudgetText(QStringLiteral("Budget: 120 of 1,000 checks left this month."));
        QVERIFY(!budget->isHidden());
        QVERIFY(budget->text().contains(QStringLiteral("120 of 1,000")));
        dialog->setBudgetText({});
        QVERIFY(budget->isHidden());
    }

    // The real service: core counts every row to send as possibly billed; the page names the endpoint.
    void realServicePreviewCountsBilledRows()
    {
        i18n::Translations translations; // the English catalogue: its plural forms
        translations.setLanguage(QStringLiteral("en"));
        batch::LaunchContext context;
        context.sandbox = false;
        context.today.endpoint = api::Endpoint::hongKong();
        session::Overrides choices;
        choices.set(settings::Setting::BatchQps, 2, QStringLiteral("test"));
        batch::BatchLauncher launcher(nullptr, [&context] { return context; });
        const auto report = batch::importBatchBytes(mixedFile(), batch::ImportOptions());
        QVERIFY(report);
        const batch::StartPreview preview = launcher.preview(report.value(), choices);
        QVERIFY(!preview.sandbox);
        QCOMPARE(preview.toSend, 3);
        QCOMPARE(preview.mayBeBilled, 3);
        QCOMPARE(preview.notSent, 3);
        QCOMPARE(preview.runner.qps, 2);
        QCOMPARE(preview.endpointHost, QStringLiteral("cloudauth-intl.cn-hongkong.aliyuncs.com"));

        context.sandbox = true;
        QCOMPARE(launcher.preview(report.value(), choices).mayBeBilled, 0);

        gui::BatchStartSummary summary;
        summary.setPreview(preview, true);
        const QString service = test::child<QLabel>(&summary, "serviceSummary")->text();
        QVERIFY2(service.contains(QStringLiteral("real")) && service.contains(QStringLiteral("billed")) &&
                     service.contains(preview.endpointHost),
                 qPrintable(service));
        const QString rows = test::child<QLabel>(&summary, "billableSummary")->text();
        QVERIFY2(rows.contains(QStringLiteral("Up to 3 rows may be billed")), qPrintable(rows));
        QVERIFY(test::child<QLabel>(&summary, "rateSummary")->text().contains(QStringLiteral("2 requests")));
    }

    void startIsAnExplicitClick()
    {
        test::DesktopApp app;
        gui::BatchDialog* dialog = openOn(app, {});
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // Focus starts on choosing the file, not in the read-only path.
        QTRY_VERIFY(dialog->focusWidget() != nullptr);
        QCOMPARE(dialog->focusWidget()->objectName(), QStringLiteral("browseButton"));
        QVERIFY(dialog->focusWidget() != test::child<QLineEdit>(dialog, "fileEdit"));

        dialog->openFile(writeFile(app.dir, QStringLiteral("mixed.csv"), mixedFile()));
        QTRY_VERIFY(!dialog->isValidating());
        auto* start = test::child<QPushButton>(dialog, "startButton");
        QVERIFY(start->isEnabled());
        QVERIFY(!start->isDefault());
        QVERIFY(!start->autoDefault());
        for (QPushButton* button : dialog->findChildren<QPushButton*>())
            QVERIFY2(!button->isDefault(), qPrintable(button->objectName()));

        // Enter in the rate field, and on the dialog itself, sends nothing.
        auto* qps = test::child<QSpinBox>(dialog, "qpsSpin");
        qps->setFocus(Qt::TabFocusReason);
        QTest::keyClick(qps, Qt::Key_Return);
        QTest::keyClick(dialog, Qt::Key_Enter);
        QTest::qWait(50);
        QVERIFY(!dialog->isRecording());
        QVERIFY(dialog->batchId().isEmpty());
        QVERIFY(dialog->isVisible());
    }

    // Alt+<the rate's mnemonic>, "2", then Start: the batch runs at 2 per second. It ran at 50: any
    // setting changed meanwhile put every sending field back to the settings' values.
    void rateTypedAfterItsMnemonicApplies()
    {
        test::DesktopApp app;
        gui::BatchDialog* dialog = openOn(app, writeFile(app.dir, QStringLiteral("mixed.csv"), mixedFile()));
        QVERIFY(dialog);
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        auto* qps = test::child<QSpinBox>(dialog, "qpsSpin");
        QCOMPARE(qps->value(), app.session->config().batchQps());
        QVERIFY(qps->value() != 2);
        const Qt::Key key = mnemonicKey(test::child<QLabel>(dialog, "qpsLabel")->text());
        QVERIFY(key != Qt::Key_unknown);
        QTest::keyClick(dialog->focusWidget(), key, Qt::AltModifier);
        QTRY_VERIFY(qps->hasFocus());
        QTest::keyClicks(dialog->focusWidget(), QStringLiteral("2"));
        QVERIFY(test::child<QLabel>(dialog, "rateSummary")->text().contains(QStringLiteral("2 requests per second")));
        // Another setting changes meanwhile (the privacy mask, from the main window): the rate typed stays.
        const bool masked = app.settings.value(settings::Setting::PrivacyMask).toBool();
        app.settings.setValue(settings::Setting::PrivacyMask, !masked);
        QCOMPARE(qps->value(), 2);
        QTest::mouseClick(test::child<QPushButton>(dialog, "startButton"), Qt::LeftButton);
        QVERIFY(waitFinished(dialog));
        QCOMPARE(dialog->runner()->options().qps, 2);
    }

    // Typed without keyboard tracking (the value is taken only on Enter or focus out): Start still takes it.
    void rateTypedThenStartWithoutLeavingTheField()
    {
        test::DesktopApp app;
        gui::BatchDialog* dialog = openOn(app, writeFile(app.dir, QStringLiteral("mixed.csv"), mixedFile()));
        QVERIFY(dialog);
        auto* qps = test::child<QSpinBox>(dialog, "qpsSpin");
        qps->setKeyboardTracking(false);
        qps->setFocus(Qt::TabFocusReason);
        qps->selectAll();
        QTest::keyClicks(qps, QStringLiteral("3"));
        QTest::mouseClick(test::child<QPushButton>(dialog, "startButton"), Qt::LeftButton);
        QVERIFY(waitFinished(dialog));
        QCOMPARE(dialog->runner()->options().qps, 3);
    }

    // One line per input row, invalid and repeated rows too, exactly as tricheck-cli batch --output.
    void exportHasOneLinePerInputRow()
    {
        test::DesktopApp app;
        QDir(app.dir.path()).mkpath(QStringLiteral("in"));
        const QString input = writeFile(app.dir, QStringLiteral("in/customers.csv"), mixedFile());
        gui::BatchDialog* dialog = openOn(app, input);
        QVERIFY(dialog);
        QTest::mouseClick(test::child<QPushButton>(dialog, "startButton"), Qt::LeftButton);
        QVERIFY(waitFinished(dialog));

        // The save dialog is about the batch's results, and proposes a file beside the input file.
        const QString out = app.dir.filePath(QStringLiteral("in/customers-results.csv"));
        QSignalSpy said(dialog, &gui::BatchDialog::message);
        gui::MessageBox::setNextFileName(QString()); // cancelled
        QTest::mouseClick(test::child<QPushButton>(dialog, "exportButton"), Qt::LeftButton);
        QCOMPARE(gui::MessageBox::lastTitle(), QStringLiteral("Export batch results"));
        QCOMPARE(QFileInfo(gui::MessageBox::lastText()).absoluteFilePath(), QFileInfo(out).absoluteFilePath());
        QCOMPARE(said.count(), 0);

        // Written on a pool thread: Export waits until it is done, and the status bar says both.
        gui::MessageBox::setNextFileName(out);
        gui::MessageBox::setNextAnswer(QMessageBox::Yes);
        auto* exportButton = test::child<QPushButton>(dialog, "exportButton");
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QVERIFY(!exportButton->isEnabled());
        QCOMPARE(said.count(), 1);
        QVERIFY(said.first().first().toString().startsWith(QStringLiteral("Exporting the results to ")));
        QTRY_COMPARE_WITH_TIMEOUT(said.count(), 2, 30000);
        QVERIFY(said.last().first().toString().contains(QStringLiteral("6 rows")));
        QVERIFY(exportButton->isEnabled());

        // A file that cannot be written is said (in a message box), and Export can be pressed again.
        const QString nowhere = app.dir.filePath(QStringLiteral("no-such-folder/results.csv"));
        gui::MessageBox::setNextFileName(nowhere);
        gui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(exportButton, Qt::LeftButton);
        gui::MessageBox::setNextAnswer(QMessageBox::Ok); // the confirmation took the first answer
        QTRY_VERIFY_WITH_TIMEOUT(
            gui::MessageBox::lastText().startsWith(QStringLiteral("The results cannot be written")),
            30000);
        QVERIFY(exportButton->isEnabled());
        QCOMPARE(said.count(), 3); // "Exporting …" only
        QVERIFY(!QFile::exists(nowhere));

        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 6);
        for (int i = 1; i < lines.size(); ++i)
            QVERIFY(!lines.at(i).contains("13800138000")); // masked
        QVERIFY(lines.at(2).contains("invalid"));
        QVERIFY(lines.at(4).contains("duplicate"));

        // The same bytes as the CLI's --output (the same core code).
        QBuffer cli;
        QVERIFY(cli.open(QIODevice::WriteOnly));
        QVERIFY(batch::BatchResults::write(*app.session->history(), dialog->batchId(), input, cli));
        file.seek(0);
        QCOMPARE(file.readAll(), cli.data());

        // The export is in the audit log.
        const auto events = app.session->history()->auditEvents();
        QVERIFY(events);
        QVERIFY(std::any_of(events->cbegin(), events->cend(), [&](const history::AuditEvent& e) {
            return e.kind == history::AuditEvent::Kind::Export && e.subject == out && e.rowCount == 6;
        }));
    }

    void suggestedResultsNameIsBesideTheInput()
    {
        QCOMPARE(batch::BatchResults::suggestedPath(QStringLiteral("/data/in/客户 2026.csv")),
                 QStringLiteral("/data/in/客户 2026-results.csv"));
        QCOMPARE(batch::BatchResults::suggestedPath(QStringLiteral("/data/book.xlsx"), true),
                 QStringLiteral("/data/book-results.xlsx"));
    }
};

QTEST_MAIN(TestBatchStart)
#include "testbatchstart.moc"
