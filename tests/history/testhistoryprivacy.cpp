#include "common/crypto.h"
#include "history/csvexport.h"
#include "history/historystore.h"
#include "identity/identityinput.h"
#include "testenv.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace tricheck;
using namespace tricheck::history;

namespace {

const QList<identity::IdentityInput> kPeople{
    {QStringLiteral("13800138000"), QStringLiteral("张三丰"), QStringLiteral("11010519491231002x")},
    {QStringLiteral("+86 139-0013-9000"), QStringLiteral("欧阳娜娜"), QStringLiteral("440106199001011235")},
    {QStringLiteral("１５８００１５８０００"), QStringLiteral("Zhang Wei"), QStringLiteral("310115198506159879")},
};

// The outcome the client builds for one verification: only the masks of IdentityParams.
api::VerifyOutcome outcomeFor(const identity::IdentityParams& params, bool error)
{
    api::VerifyOutcome o;
    o.attemptId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    o.startedUtc = QDateTime::currentDateTimeUtc();
    o.endpoint = QStringLiteral("hongkong");
    o.paramType = params.paramType;
    o.maskedMobile = params.maskedMobile;
    o.maskedName = params.maskedName;
    o.maskedIdNumber = params.maskedIdNumber;
    o.reference = QStringLiteral("case 42");
    if (error) {
        api::ApiError e;
        e.kind = api::ErrorKind::InvalidRequest;
        e.httpStatus = 400;
        e.code = QStringLiteral("InvalidParameter");
        e.serverMessage = QStringLiteral("The parameter is invalid.");
        o.value = e;
    } else {
        api::VerifyResult r;
        r.code = QStringLiteral("Success");
        r.subCode = QStringLiteral("101");
        r.bizCode = QStringLiteral("1");
        r.ispName = QStringLiteral("CMCC");
        r.requestId = QStringLiteral("REQ");
        o.value = r;
    }
    return o;
}

// Every form in which a plaintext could leak: as typed, normalised, digits only, and as the
// unsalted MD5 that md5 mode sends (as good as the plaintext for an 11-digit number).
QList<QByteArray> needles(const identity::IdentityInput& p)
{
    const identity::IdentityCheck check = identity::checkIdentity(p, identity::ParamType::Normal);
    QStringList forms;
    for (const auto& [typed, normalized] : {std::pair{p.mobile, check.mobile.normalized},
                                            std::pair{p.name, check.name.normalized},
                                            std::pair{p.idNumber, check.idNumber.normalized}}) {
        forms << typed << normalized;
        const QString digits = QString(normalized).remove(QRegularExpression(QStringLiteral("[^0-9]")));
        if (digits.size() >= 6)
            forms << digits;
        forms << crypto::digestHex(crypto::Hash::Md5, normalized.toUtf8());
    }
    forms.removeDuplicates();
    QList<QByteArray> out;
    for (const QString& f : forms) {
        out << f.toUtf8();
        out << QByteArray(reinterpret_cast<const char*>(f.utf16()), f.size() * 2); // UTF-16 as well
    }
    return out;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestHistoryPrivacy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        tricheck::test::isolateEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void noPlaintextReachesTheDatabaseFileOrItsLog()
    {
        const QString file = m_dir.filePath(QStringLiteral("privacy.sqlite"));
        const QByteArray key = crypto::randomBytes(32);
        QCOMPARE(key.size(), 32);
        auto opened = HistoryStore::open({file, {}, HistoryStore::IntegrityCheck::Quick, 1000, {}});
        QVERIFY(opened);
        HistoryStore& store = **opened;

        for (const identity::IdentityInput& person : kPeople) {
            for (const auto type : {identity::ParamType::Normal, identity::ParamType::Md5}) {
                const auto check = identity::checkIdentity(person, type);
                QVERIFY2(check.isValid(), qPrintable(person.idNumber));
                const auto params = identity::prepareIdentity(check, type);
                QVERIFY(params);
                for (const bool error : {false, true}) {
                    // The normal path: masks in the outcome, fingerprints from the transient plaintext.
                    const auto id = store.insert(outcomeFor(*params, error), Fingerprints::compute(key, person));
                    QVERIFY(id);
                }
            }
        }
        QCOMPARE(*store.count({}), kPeople.size() * 4);
        // Exact-match search still finds each person.
        HistoryFilter f;
        f.idNumberFingerprint = Fingerprints::forIdNumber(key, kPeople.first().idNumber);
        QCOMPARE(*store.count(f), 4);

        // Export and audit go through the same store: scan a CSV export as well.
        QBuffer csv;
        QVERIFY(csv.open(QIODevice::WriteOnly));
        QVERIFY(CsvExport::exportTo(store, {}, {}, csv, QStringLiteral("buffer")));

        // Scan while the store is open (the newest pages live in the -wal file) and after it
        // closed (checkpointed into the main file).
        const QByteArray wal = readAll(file + QStringLiteral("-wal"));
        QVERIFY2(wal.size() > 0, "the write-ahead log is where fresh rows are; it must be scanned");
        QList<std::pair<QString, QByteArray>> files{{QStringLiteral("database"), readAll(file)},
                                                    {QStringLiteral("wal"), wal},
                                                    {QStringLiteral("csv"), csv.data()}};
        opened.value().reset(); // closes the connection: the log is checkpointed into the file
        files.append({QStringLiteral("database after close"), readAll(file)});

        int checked = 0;
        for (const auto& [what, bytes] : files) {
            QVERIFY(!bytes.isEmpty());
            for (const identity::IdentityInput& person : kPeople) {
                for (const QByteArray& needle : needles(person)) {
                    QVERIFY2(
                        !bytes.contains(needle),
                        qPrintable(
                            QStringLiteral("%1 contains a plaintext form (%2 bytes)").arg(what).arg(needle.size())));
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 100);
        // The masks are there (the scan looks at the right bytes).
        QVERIFY(files.first().second.contains(QStringLiteral("138****8000").toUtf8()) ||
                wal.contains(QStringLiteral("138****8000").toUtf8()));
        QVERIFY(csv.data().contains(QStringLiteral("欧阳**").toUtf8()));
    }

    void theScanFindsAPlaintextThatIsThere()
    {
        // Control: a plaintext smuggled in through the free-text reference is found by the same
        // scan, in the log and in the file.
        const QString file = m_dir.filePath(QStringLiteral("control.sqlite"));
        auto store = HistoryStore::open({file, {}, HistoryStore::IntegrityCheck::Quick, 1000, {}});
        QVERIFY(store);
        const identity::IdentityInput& person = kPeople.at(1);
        const auto params = identity::prepareIdentity(identity::checkIdentity(person, identity::ParamType::Normal),
                                                      identity::ParamType::Normal);
        api::VerifyOutcome o = outcomeFor(*params, false);
        o.reference = QStringLiteral("customer 13900139000");
        QVERIFY((*store)->insert(o));
        const auto found = [&](const QByteArray& bytes) {
            for (const QByteArray& needle : needles(person)) {
                if (bytes.contains(needle))
                    return true;
            }
            return false;
        };
        QVERIFY(found(readAll(file + QStringLiteral("-wal"))));
        store.value().reset();
        QVERIFY(found(readAll(file)));
    }
};

QTEST_GUILESS_MAIN(TestHistoryPrivacy)
#include "testhistoryprivacy.moc"
