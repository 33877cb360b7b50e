// Fuzz target: the reply parser, with any bytes as the body and any HTTP status and headers. The
// first 4 bytes choose the status (100..599) and a header set; the rest is the body. Whatever
// arrives, the parser returns a result or an error with a kind, and never lets a sensitive value
// through into a server message.
#include "api/errortext.h"
#include "api/responseparser.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdlib>

using namespace tricheck::api;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 4)
        return 0;
    HttpReply reply;
    reply.status = 100 + ((data[0] << 8 | data[1]) % 500);
    const uint8_t headerSet = data[2];
    if (headerSet & 1)
        reply.headers.append(std::pair{QByteArray("Content-Type"), QByteArray("application/json;charset=utf-8")});
    if (headerSet & 2)
        reply.headers.append(std::pair{QByteArray("x-acs-retry-after"), QByteArray::number(data[3] * 37)});
    if (headerSet & 4)
        reply.headers.append(std::pair{QByteArray("Date"), QByteArray("Tue, 15 Nov 1994 08:12:31 GMT")});
    if (headerSet & 8)
        reply.headers.append(
            std::pair{QByteArray("x-acs-retry-after"), QByteArray(reinterpret_cast<const char*>(data + 3), 1)});
    reply.receivedUtc = QDateTime(QDate(2025, 1, 15), QTime(8, 30), Qt::UTC);
    reply.body = QByteArray(reinterpret_cast<const char*>(data + 4), qsizetype(size - 4));

    const QString secretValue = QStringLiteral("11010519491231002X");
    const ParsedReply parsed = parseReply(reply, {secretValue, QStringLiteral("13800138000")});
    if (const auto* error = std::get_if<ApiError>(&parsed)) {
        if (ErrorText::message(*error).isEmpty())
            std::abort();
        if (error->serverMessage.contains(secretValue, Qt::CaseInsensitive))
            std::abort(); // a known sensitive value must never survive redaction
    } else {
        const auto& result = std::get<VerifyResult>(parsed);
        if (result.bizCode.isEmpty())
            std::abort();
    }
    return 0;
}
