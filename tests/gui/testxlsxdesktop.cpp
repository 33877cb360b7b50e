// Excel workbooks in the desktop app: the batch dialog's worksheet chooser (in place of the
// encoding) with the first rows of the chosen worksheet, a workbook batch against the in-process
// sandbox, a CSV or workbook dropped on the main window opening the dialog with it, and the history
// export's choice of CSV or Excel.
#include "batch/batchjournal.h"
#include "batchtestutil.h"
#include "gui/batchdialog.h"
#include "gui/batchfiledrop.h"
#include "gui/exportcontroller.h"
#include "gui/historyview.h"
#include "gui/messagebox.h"
#include "guitestutil.h"
#include "history/historymodel.h"
#include "history/historystore.h"
#include "historytestdata.h"
#include "testenv.h"
#include "xlsxtestutil.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QtTest>

using namespace tricheck;
using tricheck::test::row;

namespace {

QJsonObject demoWorkbook()
{
    QJsonArray rows{
        row({QStringLiteral("手机号"), QStringLiteral("姓名"), QStringLiteral("身份证号"), QStringLiteral("备注")})};
    int i = 0;
    for (const auto& p : test::demoRows())
        rows.append(row({QString::fromLatin1(p.mobile).toDouble(),
                         QString::fromUtf8(p.name),
                         QString::fromLatin1(p.id),
                         QStringLiteral("DEMO-%1").arg(++i)}));
    return QJsonObject{
        {QStringLiteral("shared"), true},
        {QStringLiteral("sheets"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Read me")},
                                {QStringLiteral("rows"), QJsonArray{row({QStringLiteral("notes, not customers")})}}},
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("客户")}, {QStringLiteral("rows"), rows}}}}};
}

// A drag of `path` over `target`, dropped: as a file manager sends it.
bool dropOn(QWidget* target, const QString& path)
{
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    data.setText(path); // file managers send the path as text too: a text field would take it
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

} // namespace

class TestXlsxDesktop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateEnvironment(); }

    void worksheetChooserAndBatch()
    {
        test::DesktopApp app;
        QVERIFY(app.waitReady());
        const QString path = app.dir.filePath(QStringLiteral("customers.xlsx"));
        QVERIFY(test::writeWorkbook(demoWorkbook(), path));
        gui::BatchDialog* dialog = app.window->showBatchDialog();
        test::child<QSpinBox>(dialog, "qpsSpin")->setValue(0);
        dialog->openFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isValidating(), 30000);
        auto* sheets = test::child<QComboBox>(dialog, "sheetCombo");
        QVERIFY(sheets->isVisible());
        QVERIFY(!test::child<QComboBox>(dialog, "encodingCombo")->isVisible());
        QCOMPARE(sheets->count(), 2);
        QCOMPARE(sheets->currentText(), QStringLiteral("Read me"));
        // The first worksheet has no header: the columns cannot be recognised.
        QVERIFY(!dialog->report());

        sheets->setCurrentIndex(1);
        emit sheets->activated(1);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isValidating(), 30000);
        QVERIFY2(dialog->report(), qPrintable(dialog->fileProblem()));
        QCOMPARE(dialog->report()->valid, int(test::demoRows().size()));
        QCOMPARE(dialog->report()->sheet, QStringLiteral("客户"));
        auto* preview = test::child<QTableWidget>(dialog, "previewTable");
        QCOMPARE(preview->item(0, 0)->text(), QStringLiteral("13800138000")); // a number, read as its digits
        QCOMPARE(preview->verticalHeaderItem(0)->text(), QStringLiteral("2"));
        QVERIFY(test::child<QLabel>(dialog, "reportSummary")->text().contains(u"worksheet \"客户\""));

        QTest::mouseClick(test::child<QPushButton>(dialog, "startButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->finalTally().has_value(), 120000);
        QCOMPARE(dialog->finalTally()->sent, int(test::demoRows().size()));
        QCOMPARE(dialog->finalTally()->pass, 5);
        // The journal names the worksheet: a resumed batch reads the same one.
        const auto info = batch::BatchJournal(app.session->history().get()).find(dialog->batchId());
        QVERIFY(info && info.value());
        QCOMPARE((*info)->settings.value(QStringLiteral("import")).toObject().value(QStringLiteral("sheet")).toString(),
                 QStringLiteral("客户"));
    }

    // A CSV file or a workbook dropped anywhere on the window (a form field too) opens the dialog.
    void droppedFileOpensTheBatchDialog()
    {
        test::DesktopApp app;
        QVERIFY(app.waitReady());
        const QString path = app.dir.filePath(QStringLiteral("dropped.xlsx"));
        QVERIFY(test::writeWorkbook(demoWorkbook(), path));
        auto* field = app.window->findChild<QLineEdit*>();
        QVERIFY(field);
        const QString before = field->text();
        QVERIFY(dropOn(field, path));
        QCOMPARE(field->text(), before); // the field did not take the path as text
        auto* dialog = app.window->findChild<gui::BatchDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isValidating(), 30000);
        QCOMPARE(test::child<QLineEdit>(dialog, "fileEdit")->text(), QDir::toNativeSeparators(path));
        QCOMPARE(test::child<QComboBox>(dialog, "sheetCombo")->count(), 2);

        const QString csv = app.dir.filePath(QStringLiteral("dropped.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("mobile,name,id_number\r\n13800138000,张三,11010519491231002X\r\n");
        f.close();
        QVERIFY(dropOn(app.window.get(), csv));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->report().has_value(), 30000);
        QCOMPARE(dialog->report()->format, batch::SourceFormat::Csv);
        QVERIFY(test::child<QComboBox>(dialog, "encodingCombo")->isVisible());

        // Anything else is not taken.
        QMimeData other;
        other.setUrls({QUrl::fromLocalFile(app.dir.filePath(QStringLiteral("photo.png")))});
        QVERIFY(!gui::BatchFileDrop::batchFileOf(&other));
        other.setUrls({QUrl::fromLocalFile(csv), QUrl::fromLocalFile(path)});
        QVERIFY(!gui::BatchFileDrop::batchFileOf(&other));
    }

    // File → Export history…: the file's type decides; the choice is offered again next time.
    void exportAsWorkbook()
    {
        TRICHECK_REQUIRE_WORKBOOK_WRITER();
        test::DesktopApp app;
        QVERIFY(app.waitReady());
        for (int i = 0; i < 3; ++i)
            QVERIFY(app.session->history()->insert(
                test::resultOutcome(QStringLiteral("101"), QDateTime::currentDateTimeUtc().addSecs(-i))));
        QTRY_VERIFY(app.window->historyView()->model()->rowCount() >= 3);
        const QString out = app.dir.filePath(QStringLiteral("history.xlsx"));
        QSignalSpy done(app.window->exporter(), &gui::ExportController::finished);
        gui::MessageBox::setNextFileName(out);
        gui::MessageBox::setNextAnswer(QMessageBox::Yes);
        app.window->exportHistory();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60000);
        QVERIFY(done.first().first().toBool());
        QCOMPARE(app.window->exporter()->lastFormat(), history::ExportFormat::Xlsx);
        const QJsonObject book = test::readWorkbook(out);
        QCOMPARE(test::sheetOf(book, 0).value(QStringLiteral("rows")).toArray().size(), 4);
        QCOMPARE(test::sheetOf(book, 1).value(QStringLiteral("name")).toString(), QStringLiteral("Summary"));
        QCOMPARE(app.settings.uiState(QStringLiteral("export/format")).toString(), QStringLiteral("xlsx"));

        // Another file type chosen in the dialog wins over the suggested name's extension; a name
        // without one gets the chosen type's.
        const QString typed = app.dir.filePath(QStringLiteral("again.xlsx"));
        gui::MessageBox::setNextFileName(typed, 0); // "CSV files"
        gui::MessageBox::setNextAnswer(QMessageBox::Yes);
        app.window->exportHistory();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 60000);
        QVERIFY(done.last().first().toBool());
        QCOMPARE(app.window->exporter()->lastFormat(), history::ExportFormat::Csv);
        QVERIFY(!QFile::exists(typed));
        const QByteArray csv = test::fileBytes(app.dir.filePath(QStringLiteral("again.csv")));
        QVERIFY(!csv.isEmpty() && !csv.startsWith("PK"));
        gui::MessageBox::setNextFileName(app.dir.filePath(QStringLiteral("plain")), 1); // "Excel workbooks"
        gui::MessageBox::setNextAnswer(QMessageBox::Yes);
        app.window->exportHistory();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 3, 60000);
        QVERIFY(test::fileBytes(app.dir.filePath(QStringLiteral("plain.xlsx"))).startsWith("PK\x03\x04"));
    }
};

QTEST_MAIN(TestXlsxDesktop)
#include "testxlsxdesktop.moc"
