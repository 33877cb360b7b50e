#include "common/crypto.h"
#include "history/csvexport.h"
#include "history/historysearch.h"
#include "history/historystore.h"
#include "identity/identityinput.h"
#include "identity/masking.h"
#include "testenv.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringEncoder>
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
        // And GB18030, the encoding of Chinese Windows and of many a spreadsheet's CSV.
        QStringEncoder gb18030("GB18030");
        const QByteArray gb = gb18030(f);
        if (gb != f.toUtf8())
            out << gb;
    }
    return out;
}

bool gb18030Available()
{
    QStringEncoder gb18030("GB18030");
    return gb18030.isValid() && QByteArray(gb18030(QStringLiteral("张三丰"))) == QByteArray("\xD5\xC5\xC8\xFD\xB7\xE1");
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

    void searchesAndExportsLeaveNoPlaintext()
    {
        // The scan must look at the name's GB18030 bytes as well: Debian's Qt has ICU for it.
        QVERIFY2(gb18030Available(), "QStringEncoder(\"GB18030\") is not available");
        const QString file = m_dir.filePath(QStringLiteral("search.sqlite"));
        const QByteArray key = crypto::randomBytes(32);
        auto opened = HistoryStore::open({file, {}, HistoryStore::IntegrityCheck::Quick, 1000, {}});
        QVERIFY(opened);
        HistoryStore& store = **opened;
        for (const identity::IdentityInput& person : kPeople) {
            const auto check = identity::checkIdentity(person, identity::ParamType::Normal);
            const auto params = identity::prepareIdentity(check, identity::ParamType::Normal);
            QVERIFY(params);
            QVERIFY(store.insert(outcomeFor(*params, false), Fingerprints::compute(key, person)));
        }

        // Each person by name, mobile and ID number, as typed into the search field; each search
        // exported to a CSV file (an audit event that records the filter).
        QStringList csvFiles;
        for (const identity::IdentityInput& person : kPeople) {
            for (const auto& [text, kind] : {std::pair{person.name, HistorySearch::Kind::Name},
                                             std::pair{person.mobile, HistorySearch::Kind::Mobile},
                                             std::pair{person.idNumber, HistorySearch::Kind::IdNumber}}) {
                HistoryFilter filter;
                QCOMPARE(HistorySearch::apply(filter, text, key), kind);
                QVERIFY(filter.referenceContains.isEmpty());
                QCOMPARE(*store.count(filter), 1);
                const QString csv = m_dir.filePath(QStringLiteral("search-%1.csv").arg(csvFiles.size()));
                QCOMPARE(*CsvExport::exportToFile(store, filter, {}, csv), 1);
                csvFiles << csv;
                // Without the key the same search is refused: nothing found, nothing searched as text.
                HistoryFilter refused;
                QCOMPARE(HistorySearch::apply(refused, text, std::nullopt), HistorySearch::Kind::Refused);
                QVERIFY(refused.referenceContains.isEmpty());
                QCOMPARE(*store.count(refused), 0);
                QVERIFY(CsvExport::exportToFile(store, refused, {}, csv + QStringLiteral(".refused")));
                csvFiles << csv + QStringLiteral(".refused");
            }
        }

        // The audit trail records each search masked, as the table shows the person.
        const auto events = store.auditEvents();
        QVERIFY(events);
        QStringList recorded;
        for (const AuditEvent& event : *events) {
            const QJsonObject filter = event.details.value(QStringLiteral("filter")).toObject();
            for (const char* key : {"mobile", "name", "idNumber"}) {
                if (filter.contains(QLatin1String(key)))
                    recorded << filter.value(QLatin1String(key)).toString();
            }
        }
        for (const QString& masked : {QStringLiteral("张**"),
                                      QStringLiteral("欧阳**"),
                                      QStringLiteral("Z********"),
                                      QStringLiteral("138****8000"),
                                      QStringLiteral("139****9000"),
                                      QStringLiteral("110***********002X")})
            QVERIFY2(recorded.contains(masked), qPrintable(recorded.join(u' ')));

        const QByteArray wal = readAll(file + QStringLiteral("-wal"));
        QVERIFY(!wal.isEmpty());
        QList<std::pair<QString, QByteArray>> files{{QStringLiteral("database"), readAll(file)},
                                                    {QStringLiteral("wal"), wal}};
        for (const QString& csv : std::as_const(csvFiles))
            files.append({csv, readAll(csv)});
        opened.value().reset();
        files.append({QStringLiteral("database after close"), readAll(file)});
        for (const auto& [what, bytes] : std::as_const(files)) {
            QVERIFY2(!bytes.isEmpty(), qPrintable(what));
            for (const identity::IdentityInput& person : kPeople) {
                for (const QByteArray& needle : needles(person))
                    QVERIFY2(
                        !bytes.contains(needle),
                        qPrintable(
                            QStringLiteral("%1 contains a plaintext form (%2 bytes)").arg(what).arg(needle.size())));
            }
        }
        // The scan looks at the right bytes: the masks are in the exports.
        QVERIFY(readAll(csvFiles.first()).contains(QStringLiteral("张**").toUtf8()));
    }

    void auditTextIsMasked_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("recorded");
        QTest::newRow("mobile") << QStringLiteral("+86 138-0013-8000") << QStringLiteral("mobile")
                                << QStringLiteral("138****8000");
        QTest::newRow("id") << QStringLiteral("11010519491231002x") << QStringLiteral("idNumber")
                            << QStringLiteral("110***********002X");
        QTest::newRow("name") << QStringLiteral("张三丰") << QStringLiteral("name") << QStringLiteral("张**");
        QTest::newRow("compound surname")
            << QStringLiteral("欧阳娜娜") << QStringLiteral("name") << QStringLiteral("欧阳**");
        QTest::newRow("latin name") << QStringLiteral("Zhang Wei") << QStringLiteral("name")
                                    << QStringLiteral("Z********");
        // A reference search for text that looks like a person is recorded masked as well.
        QTest::newRow("ref: name") << QStringLiteral("ref:张三丰") << QStringLiteral("reference")
                                   << QStringLiteral("张**");
        QTest::newRow("ref: mobile") << QStringLiteral("ref: 13800138000") << QStringLiteral("reference")
                                     << QStringLiteral("138****8000");
        QTest::newRow("reference") << QStringLiteral("KYC-0001") << QStringLiteral("reference")
                                   << QStringLiteral("KYC-0001");
        QTest::newRow("masked") << QStringLiteral("138****8000") << QStringLiteral("reference")
                                << QStringLiteral("138****8000");
    }
    void auditTextIsMasked()
    {
        QFETCH(QString, search);
        QFETCH(QString, key);
        QFETCH(QString, recorded);
        HistoryFilter filter;
        HistorySearch::apply(filter, search, crypto::randomBytes(32));
        const QJsonObject json = filter.toJson();
        QCOMPARE(json.value(key).toString(), recorded);
        const QString typed = search.startsWith(QStringLiteral("ref:")) ? search.mid(4).trimmed() : search;
        if (recorded != typed)
            QVERIFY(!QJsonDocument(json).toJson().contains(typed.toUtf8()));
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
