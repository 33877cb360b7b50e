// The desktop app says when the operator's fingerprint key is not the one the history uses (a red
// banner: search by mobile or ID number is off, attempts are recorded without fingerprints), and
// when the policy's key file can be read by every user; with the history's key it says nothing.
#include "credentials/fingerprintkey.h"
#include "gui/noticebanner.h"
#include "guitestutil.h"
#include "history/historymetadata.h"
#include "history/historystore.h"
#include "testenv.h"

#include <QFile>

using namespace tricheck;
using credentials::FingerprintKey;

class TestFingerprintKeyBanner : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_history;

    QString keyFile(const QString& name, char fill, QFileDevice::Permissions extra = {})
    {
        QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(FingerprintKey::format(QByteArray(32, fill)));
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | extra);
        return path;
    }

    settings::Policy policyFor(const QString& key) const
    {
        return settings::Policy::parse("[Policy]\nHistoryConnection=" + m_history.toUtf8() +
                                           "\nFingerprintKeyFile=" + key.toUtf8() + '\n',
                                       QStringLiteral("policy.conf"));
    }

    static gui::NoticeBanner* banner(const test::DesktopApp& app)
    {
        return app.window->findChild<gui::NoticeBanner*>(QStringLiteral("fingerprintKeyBanner"));
    }

private slots:
    void initTestCase()
    {
        test::isolateEnvironment();
        m_history = m_dir.filePath(QStringLiteral("team.sqlite"));
        // The team's history, fingerprinted under the team's key.
        history::HistoryStore::Options options;
        options.path = m_history;
        auto store = history::HistoryStore::open(options);
        QVERIFY(store);
        QVERIFY(history::HistoryMetadata::claim(**store,
                                                history::HistoryMetadata::fingerprintKeyIdName(),
                                                FingerprintKey::keyId(QByteArray(32, 't'))));
    }

    void anotherKeyShowsTheBanner()
    {
        test::DesktopApp app(QStringLiteral("en"), policyFor(keyFile(QStringLiteral("own.key"), 'o')), false);
        QVERIFY(app.waitReady());
        QVERIFY(banner(app));
        QTRY_VERIFY(banner(app)->isVisible());
        QVERIFY(banner(app)->text().contains(QStringLiteral("Searching for a mobile or ID number is off")));
        QVERIFY(banner(app)->text().contains(FingerprintKey::keyId(QByteArray(32, 't'))));
        QVERIFY(!app.session->fingerprintKey().has_value());
    }

    void theTeamsKeyShowsNothing()
    {
        test::DesktopApp app(QStringLiteral("en"), policyFor(keyFile(QStringLiteral("team.key"), 't')), false);
        QVERIFY(app.waitReady());
        QVERIFY(app.session->fingerprintKey().has_value());
        QVERIFY(!banner(app)->isVisible());
    }

    void aKeyFileEveryoneCanReadIsUsedWithAWarning()
    {
        test::DesktopApp app(QStringLiteral("zh_CN"),
                             policyFor(keyFile(QStringLiteral("open.key"), 't', QFileDevice::ReadOther)),
                             false);
        QVERIFY(app.waitReady());
        QVERIFY(app.session->fingerprintKey().has_value());
        QTRY_VERIFY(banner(app)->isVisible());
        QVERIFY2(banner(app)->text().contains(QStringLiteral("chmod 640")), qPrintable(banner(app)->text()));
    }
};

QTEST_MAIN(TestFingerprintKeyBanner)
#include "testfingerprintkeybanner.moc"
