// The per-install fingerprint key in a real gnome-keyring (dbus-run-session): created once, then
// read back the same; a damaged entry is reported, never silently replaced.
#include "credentials/fingerprintkey.h"
#include "credentials/keychain.h"
#include "testenv.h"

#include <QSignalSpy>
#include <QtTest>

using namespace tricheck;

namespace {

std::pair<std::optional<QByteArray>, QString> loadKey(credentials::Keychain& keychain)
{
    std::optional<std::pair<std::optional<QByteArray>, QString>> result;
    QObject context;
    credentials::FingerprintKey::load(&keychain,
                                      &context,
                                      [&](const std::optional<QByteArray>& key, const QString& problem) {
                                          result = {key, problem};
                                      });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
        return {std::nullopt, QStringLiteral("timed out")};
    return result.value_or(std::pair<std::optional<QByteArray>, QString>{});
}

} // namespace

class TestFingerprintKey : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateEnvironment(); }

    void createdOnceThenStable()
    {
        credentials::Keychain keychain(QStringLiteral("TriCheckTest-fingerprint"));
        const auto first = loadKey(keychain);
        QVERIFY2(first.first.has_value(), qPrintable(first.second));
        QCOMPARE(first.first->size(), 32);
        const auto second = loadKey(keychain);
        QCOMPARE(second.first, first.first);
        credentials::Keychain other(QStringLiteral("TriCheckTest-fingerprint"));
        QCOMPARE(loadKey(other).first, first.first);
    }

    void damagedKeyIsReported()
    {
        credentials::Keychain keychain(QStringLiteral("TriCheckTest-damaged"));
        bool written = false;
        QObject context;
        keychain.write(credentials::FingerprintKey::keychainKey(),
                       "c2hvcnQ=",
                       &context,
                       [&](const credentials::KeychainResult& r) { written = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(written, 20000);
        const auto loaded = loadKey(keychain);
        QVERIFY(!loaded.first.has_value());
        QVERIFY(!loaded.second.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFingerprintKey)
#include "testfingerprintkey.moc"
