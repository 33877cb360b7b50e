// Fuzz target: the sandbox's request verification (any method, headers, query and body). The input
// is read as a raw HTTP/1.1 request: "METHOD TARGET VERSION" line, header lines, a blank line, the
// body. The simulator runs at the official vectors' dates with their keys and people, so mutations
// of the seed corpus (the vectors' exact wire bytes) reach every check up to and past the signature.
// The request log's subject is taken from the same bytes.
#include "sandbox/registry.h"
#include "sandbox/simulator.h"
#include "sandbox/subjecthasher.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdlib>

using namespace tricheck;

namespace {

sandbox::ReceivedRequest parseRaw(const QByteArray& raw)
{
    sandbox::ReceivedRequest r;
    const qsizetype headEnd = raw.indexOf("\r\n\r\n");
    const QByteArray head = headEnd < 0 ? raw : raw.left(headEnd);
    r.body = headEnd < 0 ? QByteArray() : raw.mid(headEnd + 4);
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    r.method = requestLine.value(0).toUpper();
    const QByteArray target = requestLine.value(1);
    const qsizetype q = target.indexOf('?');
    r.path = q < 0 ? target : target.left(q);
    r.rawQuery = q < 0 ? QByteArray() : target.mid(q + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            r.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    return r;
}

sandbox::Simulator* simulator()
{
    static sandbox::Simulator* v = [] {
        auto* simulator = new sandbox::Simulator;
        sandbox::AccessKey plain{QStringLiteral("testAccessKeyId"),
                                 QStringLiteral("testAccessKeySecret"),
                                 {},
                                 true,
                                 {}};
        sandbox::AccessKey sts{QStringLiteral("STS.testStsAccessKeyId"),
                               QStringLiteral("testStsAccessKeySecret"),
                               QStringLiteral("testSecurityToken"),
                               true,
                               {}};
        simulator->setKeys({plain, sts, sandbox::AccessKey::demo()});
        const auto registry =
            sandbox::Registry::fromCsv(QByteArrayLiteral("mobile,name,id_number,carrier,status\n"
                                                         "13800138000,张三,999999199001010011,CMCC,active\n"
                                                         "18900000002,王小明,999999200012310033,CTCC,active\n"
                                                         "13100000001,Li Si,99999919900101002X,CUCC,active\n"));
        if (registry)
            simulator->setRegistry(registry.value());
        simulator->setClock([] { return QDateTime(QDate(2025, 1, 15), QTime(8, 32), Qt::UTC); });
        simulator->setQps(0);
        simulator->setNonceCapacity(64);
        return simulator;
    }();
    return v;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray raw(reinterpret_cast<const char*>(data), qsizetype(size));
    // Nonces are state: forget them so that replaying one input is deterministic.
    simulator()->resetState();
    const sandbox::ReceivedRequest request = parseRaw(raw);
    const sandbox::Verdict verdict = simulator()->decide(request);
    // The request log's subject: none, or 64 hex digits, whatever the request.
    static const sandbox::SubjectHasher subjects;
    const QString subject = subjects.subjectOf(request);
    if (!subject.isEmpty() && subject.size() != 64)
        std::abort();
    // Every request gets exactly one of: an error with a Code and an HTTP status, or an answer.
    if (verdict.error.has_value()) {
        if (verdict.error->code.isEmpty() || verdict.error->httpStatus < 400)
            std::abort();
    } else if (!verdict.scheme.has_value()) {
        std::abort(); // an unsigned request must never be answered
    }
    return 0;
}
