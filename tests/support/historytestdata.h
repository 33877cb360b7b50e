#pragma once

// Outcomes and helpers shared by the history tests.

#include "api/verifyoutcome.h"
#include "history/attemptrecord.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace tricheck::test {

inline api::VerifyOutcome resultOutcome(const QString& subCode,
                                        const QDateTime& startedUtc,
                                        const QString& ispName = QStringLiteral("CMCC"),
                                        qint64 latencyMs = 120)
{
    api::VerifyOutcome o;
    o.attemptId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    o.startedUtc = startedUtc;
    o.latencyMs = latencyMs;
    o.endpoint = QStringLiteral("hongkong");
    o.maskedMobile = QStringLiteral("138****8000");
    o.maskedName = QStringLiteral("张*");
    o.maskedIdNumber = QStringLiteral("110***********002X");
    o.reference = QStringLiteral("KYC-0001");
    api::VerifyResult r;
    r.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
    r.code = QStringLiteral("Success");
    r.message = QStringLiteral("success");
    r.subCode = subCode;
    r.bizCode = subCode == u"101" ? QStringLiteral("1") : subCode == u"301" ? QStringLiteral("3") : QStringLiteral("2");
    r.ispName = ispName;
    o.value = r;
    return o;
}

inline api::VerifyOutcome errorOutcome(api::ErrorKind kind, const QDateTime& startedUtc, qint64 latencyMs = 30000)
{
    api::VerifyOutcome o;
    o.attemptId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    o.startedUtc = startedUtc;
    o.latencyMs = latencyMs;
    o.endpoint = QStringLiteral("hongkong");
    o.sandbox = true;
    o.scheme = api::SignatureScheme::V1;
    o.paramType = identity::ParamType::Md5;
    o.maskedMobile = QStringLiteral("139****0000");
    o.maskedName = QStringLiteral("欧阳**");
    o.maskedIdNumber = QStringLiteral("440***********1234");
    o.reference = QStringLiteral("err");
    api::ApiError e;
    e.kind = kind;
    e.mayBeBilled = kind == api::ErrorKind::Timeout;
    if (kind == api::ErrorKind::Authentication) {
        e.httpStatus = 400;
        e.code = QStringLiteral("SignatureDoesNotMatch");
        e.serverMessage = QStringLiteral("The request signature does not conform to Aliyun standards.");
        e.requestId = QStringLiteral("REQ-ERR-1");
    }
    o.value = e;
    return o;
}

// The history tests run against SQLite, and the same executables, registered a second time as
// NAME_pg (TRICHECK_TEST_HISTORY_BACKEND=postgresql), against the throwaway PostgreSQL cluster
// that the CTest fixture `postgres` starts (tests/support/pg-cluster.sh). Its URL is in
// $TRICHECK_TEST_PG_CLUSTER/url; the password arrives in PGPASSWORD.
inline bool onPostgres()
{
    return qEnvironmentVariable("TRICHECK_TEST_HISTORY_BACKEND") == u"postgresql";
}

// The cluster's administrative URL (database `postgres`); fails the test process when the
// fixture did not run: a PostgreSQL test never passes silently without PostgreSQL.
inline QString pgClusterUrl()
{
    QFile file(qEnvironmentVariable("TRICHECK_TEST_PG_CLUSTER") + QStringLiteral("/url"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no PostgreSQL test cluster: TRICHECK_TEST_PG_CLUSTER/url is missing (run the pg_cluster_start test)");
    return QString::fromUtf8(file.readAll()).trimmed();
}

// A new, empty database in the test cluster; returns its URL.
inline QString freshPgDatabase()
{
    const QUrl admin(pgClusterUrl());
    const QString name = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128);
    const QString connection = QStringLiteral("pg-admin-") + name;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(admin.host());
        db.setPort(admin.port());
        db.setUserName(admin.userName());
        db.setDatabaseName(admin.path().mid(1));
        db.setPassword(qEnvironmentVariable("PGPASSWORD"));
        if (!db.open())
            qFatal("cannot connect to the PostgreSQL test cluster: %s", qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("CREATE DATABASE ") + name))
            qFatal("cannot create a test database: %s", qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    QUrl url = admin;
    url.setPath(u'/' + name);
    return url.toString();
}

// Where a test's history lives: `sqlitePath` itself, or on PostgreSQL one fresh database per
// distinct path (the same path again is the same database, as the same file would be).
inline QString historyLocation(const QString& sqlitePath)
{
    if (!onPostgres())
        return sqlitePath;
    static QHash<QString, QString> databases;
    auto it = databases.find(sqlitePath);
    if (it == databases.end())
        it = databases.insert(sqlitePath, freshPgDatabase());
    return it.value();
}

inline QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace tricheck::test
