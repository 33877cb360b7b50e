#pragma once

// Outcomes and helpers shared by the history tests.

#include "api/verifyoutcome.h"
#include "history/attemptrecord.h"

#include <QDateTime>
#include <QFile>
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

inline QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace tricheck::test
