// The history's search explains itself (issue 24): a hint under the field when nothing matches
// (what can be searched; a masked value cannot be; part of a number is not enough), a RequestId
// found, and a new attempt hidden by the active filter announced with "Show", which clears it. The
// audit log view's filter bar (period, event kind, operator) and its CSV export.
#include "gui/auditfilterbar.h"
#include "gui/auditlogdialog.h"
#include "gui/historyfilterbar.h"
#include "gui/historynotice.h"
#include "gui/historyview.h"
#include "gui/linkbutton.h"
#include "gui/messagebox.h"
#include "guitestutil.h"
#include "history/auditlogmodel.h"
#include "history/fingerprints.h"
#include "history/historymodel.h"
#include "history/historysearch.h"
#include "history/historystore.h"
#include "historytestdata.h"
#include "testenv.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace tricheck;
using history::HistorySearch;

namespace {

struct Seeded
{
    Seeded()
    {
        history::HistoryStore::Options options;
        options.path = app.historyPath;
        auto store = history::HistoryStore::open(options).value();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 3; ++i) {
            api::VerifyOutcome o = test::resultOutcome(QStringLiteral("101"), now.addSecs(-i - 1));
            o.reference = QStringLiteral("KYC-%1").arg(i);
            requestIds.append(std::get<api::VerifyResult>(o.value).requestId);
            store->insert(o);
        }
        store.reset();
        app.session->reopenHistory();
    }
    bool ready()
    {
        return app.waitReady() &&
               QTest::qWaitFor([this] { return view()->model() && view()->model()->rowCount() == 3; });
    }
    gui::HistoryView* view() const { return app.window->historyView(); }
    QLineEdit* search() const { return view()->filterBar()->findChild<QLineEdit*>(QStringLiteral("searchLineEdit")); }
    QLabel* hint() const { return test::child<QLabel>(view(), "searchHint"); }
    void searchFor(const QString& text)
    {
        search()->setText(text);
        emit search()->returnPressed();
    }

    test::DesktopApp app;
    QStringList requestIds;
};

} // namespace

class TestHistorySearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateEnvironment(); }

    void classifiesTheSearchText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::newRow("empty") << QString() << int(HistorySearch::Kind::None);
        QTest::newRow("mobile") << QStringLiteral("13800138000") << int(HistorySearch::Kind::Mobile);
        QTest::newRow("id") << QStringLiteral("11010519491231002X") << int(HistorySearch::Kind::IdNumber);
        QTest::newRow("request id") << QStringLiteral("130A2C10-B9EE-4D84-88E3-5384FF039795")
                                    << int(HistorySearch::Kind::RequestId);
        QTest::newRow("request id, lower case")
            << QStringLiteral("130a2c10-b9ee-4d84-88e3-5384ff039795") << int(HistorySearch::Kind::RequestId);
        QTest::newRow("masked mobile") << QStringLiteral("138****8000") << int(HistorySearch::Kind::Masked);
        QTest::newRow("masked name") << QStringLiteral("张*") << int(HistorySearch::Kind::Masked);
        QTest::newRow("part of a number") << QStringLiteral("1380013") << int(HistorySearch::Kind::Reference);
        QTest::newRow("reference with digits") << QStringLiteral("KYC-1") << int(HistorySearch::Kind::Reference);
        QTest::newRow("name, CJK") << QStringLiteral("张三丰") << int(HistorySearch::Kind::Name);
        QTest::newRow("name, minority") << QStringLiteral("阿依古丽·买买提") << int(HistorySearch::Kind::Name);
        QTest::newRow("name, Latin") << QStringLiteral(" Zhang Wei ") << int(HistorySearch::Kind::Name);
        // Letters only: a name, unless ref: says it is a reference.
        QTest::newRow("letters are a name") << QStringLiteral("KYC") << int(HistorySearch::Kind::Name);
        QTest::newRow("ref:") << QStringLiteral("ref:KYC") << int(HistorySearch::Kind::Reference);
        QTest::newRow("REF: with a space") << QStringLiteral("REF: 张三丰") << int(HistorySearch::Kind::Reference);
        QTest::newRow("ref, full-width colon") << QStringLiteral("ref：Wang") << int(HistorySearch::Kind::Reference);
        QTest::newRow("ref: alone") << QStringLiteral("ref:") << int(HistorySearch::Kind::None);
        QTest::newRow("ref: a mobile") << QStringLiteral("ref:13800138000") << int(HistorySearch::Kind::Reference);
        QTest::newRow("masked Latin name") << QStringLiteral("Z****") << int(HistorySearch::Kind::Masked);
    }
    void classifiesTheSearchText()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QCOMPARE(int(HistorySearch::classify(text)), kind);
    }

    void searchesByNameWithTheKeyAndRefusesWithout()
    {
        Seeded s;
        QVERIFY(s.ready());
        const QByteArray key(32, 'k');
        api::VerifyOutcome o = test::resultOutcome(QStringLiteral("101"), QDateTime::currentDateTimeUtc());
        o.reference = QStringLiteral("Wang");
        QVERIFY(s.app.session->history()->insert(
            o,
            history::Fingerprints::compute(key, {QStringLiteral("13800138000"), QStringLiteral("张三丰"), {}})));
        QTRY_COMPARE(s.view()->model()->rowCount(), 4);

        // No keychain here: an identity search is refused, said under the field, and finds nothing
        // (it is not searched as reference text either).
        for (const QString& text : {QStringLiteral("张三丰"), QStringLiteral("13800138000"), QStringLiteral("Wang")}) {
            s.searchFor(text);
            QTRY_COMPARE(s.view()->model()->rowCount(), 0);
            QTRY_VERIFY(!s.hint()->isHidden());
            QVERIFY2(s.hint()->text().contains(QStringLiteral("refused")), qPrintable(s.hint()->text()));
            QVERIFY(s.hint()->text().contains(QStringLiteral("ref:")));
        }
        // ref: searches the references.
        s.searchFor(QStringLiteral("ref:wang"));
        QTRY_COMPARE(s.view()->model()->rowCount(), 1);
        QVERIFY(s.hint()->isHidden());

        // With the key: the name is found by its fingerprint; a name nobody has says how to search
        // the references instead.
        s.view()->filterBar()->setFingerprintKey(key);
        s.searchFor(QStringLiteral("张三丰"));
        QTRY_COMPARE(s.view()->model()->rowCount(), 1);
        QCOMPARE(s.view()->model()->recordAt(0)->reference, QStringLiteral("Wang"));
        QVERIFY(s.hint()->isHidden());
        s.searchFor(QStringLiteral("Wang"));
        QTRY_COMPARE(s.view()->model()->rowCount(), 0);
        QTRY_VERIFY(s.hint()->text().contains(QStringLiteral("exactly this name")));
        QVERIFY(s.hint()->text().contains(QStringLiteral("ref:")));

        // In Chinese too.
        s.view()->filterBar()->setFingerprintKey(std::nullopt);
        s.searchFor(QStringLiteral("李四"));
        QTRY_VERIFY(s.hint()->text().contains(QStringLiteral("refused")));
        s.app.settings.setValue(settings::Setting::Language, QStringLiteral("zh_CN"));
        QTRY_VERIFY(!s.hint()->text().contains(QStringLiteral("refused")));
        QVERIFY(s.hint()->text().contains(QStringLiteral("ref:")));
    }

    void requestIdIsFound()
    {
        Seeded s;
        QVERIFY(s.ready());
        s.searchFor(s.requestIds.at(1).toLower());
        QTRY_COMPARE(s.view()->model()->rowCount(), 1);
        const auto found = s.view()->model()->recordAt(0);
        QVERIFY(found);
        QCOMPARE(found->requestId, s.requestIds.at(1));
        QVERIFY(s.hint()->isHidden());
    }

    void nothingFoundExplainsWhatCanBeSearched()
    {
        Seeded s;
        QVERIFY(s.ready());
        QVERIFY(s.hint()->isHidden());
        // As the table shows it: masked values cannot be searched.
        s.searchFor(QStringLiteral("138****8000"));
        QTRY_COMPARE(s.view()->model()->rowCount(), 0);
        QTRY_VERIFY(!s.hint()->isHidden());
        QVERIFY2(s.hint()->text().contains(QStringLiteral("Masked values")), qPrintable(s.hint()->text()));
        // Part of a number.
        s.searchFor(QStringLiteral("1380013"));
        QTRY_VERIFY(s.hint()->text().contains(QStringLiteral("typed in full")));
        // Anything else: what can be searched.
        s.searchFor(QStringLiteral("ref:nobody"));
        QTRY_VERIFY(s.hint()->text().contains(QStringLiteral("RequestId")));
        QVERIFY(s.hint()->text().contains(QStringLiteral("reference")));
        // A RequestId nobody has.
        s.searchFor(QStringLiteral("00000000-0000-0000-0000-000000000000"));
        QTRY_VERIFY(s.hint()->text().contains(QStringLiteral("No attempt with this RequestId")));
        // Found again: no hint.
        s.searchFor(QStringLiteral("KYC-1"));
        QTRY_COMPARE(s.view()->model()->rowCount(), 1);
        QVERIFY(s.hint()->isHidden());

        // In Chinese too.
        s.searchFor(QStringLiteral("138****8000"));
        QTRY_VERIFY(!s.hint()->isHidden());
        const QString english = s.hint()->text();
        s.app.settings.setValue(settings::Setting::Language, QStringLiteral("zh_CN"));
        QTRY_VERIFY(s.hint()->text() != english);
        QVERIFY(!s.hint()->text().isEmpty());
    }

    void newAttemptHiddenByTheFilterIsAnnounced()
    {
        Seeded s;
        QVERIFY(s.ready());
        auto* hidden = test::child<QLabel>(s.view(), "hiddenAttempts");
        auto* show = test::child<gui::LinkButton>(s.view(), "showHiddenButton");
        QVERIFY(hidden->isHidden());
        s.searchFor(QStringLiteral("KYC-1"));
        QTRY_COMPARE(s.view()->model()->rowCount(), 1);

        // A check of another customer is recorded: the filter hides it, and says so.
        api::VerifyOutcome o = test::resultOutcome(QStringLiteral("201"), QDateTime::currentDateTimeUtc());
        o.reference = QStringLiteral("OTHER-9");
        QVERIFY(s.app.session->history()->insert(o));
        QTRY_VERIFY(!hidden->isHidden());
        QCOMPARE(hidden->text(), QStringLiteral("1 new attempt hidden by the filter —"));
        QVERIFY(!show->isHidden());
        QCOMPARE(show->text(), QStringLiteral("Show"));
        QCOMPARE(s.view()->model()->rowCount(), 1);

        // One that matches is shown, not counted.
        api::VerifyOutcome matching = test::resultOutcome(QStringLiteral("101"), QDateTime::currentDateTimeUtc());
        matching.reference = QStringLiteral("KYC-1b");
        QVERIFY(s.app.session->history()->insert(matching));
        QTRY_COMPARE(s.view()->model()->rowCount(), 2);
        QCOMPARE(hidden->text(), QStringLiteral("1 new attempt hidden by the filter —"));

        // Show clears the filter: every attempt, no notice.
        QTest::mouseClick(show, Qt::LeftButton);
        QTRY_COMPARE(s.view()->model()->rowCount(), 5);
        QVERIFY(s.search()->text().isEmpty());
        QVERIFY(hidden->isHidden());
        QVERIFY(show->isHidden());
    }

    void auditLogIsFilteredAndExported()
    {
        Seeded s;
        QVERIFY(s.ready());
        history::HistoryStore& store = *s.app.session->history();
        QVERIFY(store.appendAudit(history::AuditEvent::purged(QStringLiteral("3 selected"), 3, {})));
        history::AuditEvent colleague =
            history::AuditEvent::credentialProfile(history::AuditEvent::Kind::CredentialProfileAdded,
                                                   QStringLiteral("ops"));
        colleague.operatorName = QStringLiteral("colleague-not-me");
        QVERIFY(store.appendAudit(colleague));
        history::AuditEvent old = history::AuditEvent::purged(QStringLiteral("old"), 1, {});
        old.atUtc = QDateTime::currentDateTimeUtc().addDays(-40);
        QVERIFY(store.appendAudit(old));

        gui::AuditLogDialog* dialog = s.app.window->showAuditLog();
        QVERIFY(dialog);
        const int all = dialog->model()->rowCount();
        QVERIFY(all >= 3);
        auto* period = test::child<QComboBox>(dialog, "auditPeriodComboBox");
        auto* kind = test::child<QComboBox>(dialog, "auditKindComboBox");
        auto* whose = test::child<QComboBox>(dialog, "auditOperatorComboBox");

        // Event kind: the two purges.
        kind->setCurrentIndex(kind->findText(QStringLiteral("Purge")));
        emit kind->activated(kind->currentIndex());
        QCOMPARE(dialog->model()->rowCount(), 2);
        // … of the last 30 days: one.
        period->setCurrentIndex(period->findText(QStringLiteral("Last 30 days")));
        emit period->activated(period->currentIndex());
        QCOMPARE(dialog->model()->rowCount(), 1);
        QCOMPARE(dialog->model()->eventAt(0)->subject, QStringLiteral("3 selected"));
        // Every kind, only mine: not the colleague's profile.
        kind->setCurrentIndex(0);
        emit kind->activated(0);
        whose->setCurrentIndex(1);
        emit whose->activated(1);
        const int mine = dialog->model()->rowCount();
        QVERIFY(mine >= 1);
        for (int row = 0; row < mine; ++row)
            QVERIFY(dialog->model()->eventAt(row)->operatorName != QStringLiteral("colleague-not-me"));

        // The export writes the events shown, and is an audit event itself.
        const QString out = s.app.dir.filePath(QStringLiteral("audit.csv"));
        gui::MessageBox::setNextFileName(out);
        QTest::mouseClick(test::child<QPushButton>(dialog, "auditExportButton"), Qt::LeftButton);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        const QList<QByteArray> lines = content.trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + mine);
        QVERIFY(lines.first().contains("Operator"));
        QVERIFY(!content.contains("colleague-not-me"));
        QVERIFY(test::child<QLabel>(dialog, "auditStatus")->text().contains(QStringLiteral("audit.csv")));
        const auto events = store.auditEvents(1);
        QVERIFY(events && !events->isEmpty());
        const history::AuditEvent& exported = events->first();
        QCOMPARE(exported.kind, history::AuditEvent::Kind::Export);
        QCOMPARE(exported.subject, out);
        QCOMPARE(exported.rowCount.value_or(-1), qint64(mine));
        QCOMPARE(exported.details.value(QStringLiteral("source")).toString(), QStringLiteral("audit-log"));
        QVERIFY(exported.description().contains(QStringLiteral("audit event")));
        // The view shows it (it is mine, of today).
        QTRY_COMPARE(dialog->model()->rowCount(), mine + 1);
    }
};

QTEST_MAIN(TestHistorySearch)
#include "testhistorysearch.moc"
