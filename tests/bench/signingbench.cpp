// Signing and parsing throughput on one core: V3 and V1 signatures per second (the full signer:
// canonical request, SHA-256, HMAC), and reply parses per second (success and error bodies).
#include "api/responseparser.h"
#include "api/signaturev1.h"
#include "api/signaturev3.h"
#include "benchmark.h"

#include <ctime>

using namespace tricheck;
using namespace tricheck::api;

namespace {

QueryItems businessParams(int i)
{
    return {{QStringLiteral("ProductCode"), QStringLiteral("MOBILE_3META")},
            {QStringLiteral("ParamType"), QStringLiteral("normal")},
            {QStringLiteral("IdentifyNum"), QStringLiteral("11010519491231002X")},
            {QStringLiteral("UserName"), QStringLiteral("张三")},
            {QStringLiteral("Mobile"), QStringLiteral("138%1").arg(i % 100000000, 8, 10, QLatin1Char('0'))}};
}

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// Runs `op` for about `seconds` of this thread's CPU time and returns operations per CPU second:
// "per second on one core", whatever else the machine is doing meanwhile.
template <typename Op>
double rate(double seconds, Op op)
{
    const qint64 start = threadCpuNs();
    const qint64 budget = qint64(seconds * 1e9);
    qint64 n = 0;
    while (threadCpuNs() - start < budget) {
        for (int k = 0; k < 256; ++k)
            op(n++);
    }
    return double(n) / (double(threadCpuNs() - start) / 1e9);
}

} // namespace

TRICHECK_BENCHMARK(signing, "Signatures and reply parsing per second (one core)")
{
    const double seconds = context.quick() ? 0.3 : 2.0;
    QByteArray sink;

    V3Request v3;
    v3.host = QStringLiteral("cloudauth-intl.cn-hongkong.aliyuncs.com");
    v3.action = QStringLiteral("Mobile3MetaVerifyIntl");
    v3.version = QStringLiteral("2022-08-09");
    v3.date = QStringLiteral("2025-01-01T00:00:00Z");
    v3.accessKeyId = QStringLiteral("LTAI5tExampleKeyId");
    v3.accessKeySecret = QStringLiteral("ExampleSecretExampleSecret1234");
    const double v3Rate = rate(seconds, [&](qint64 i) {
        v3.nonce = QString::number(i, 16);
        v3.query = businessParams(int(i));
        sink = signV3(v3).authorization;
    });
    context.report(QStringLiteral("V3 ACS3-HMAC-SHA256 signatures"),
                   v3Rate,
                   QStringLiteral("/s"),
                   bench::Goal::AtLeast,
                   100000);

    V1Request v1;
    v1.action = v3.action;
    v1.version = v3.version;
    v1.timestamp = v3.date;
    v1.accessKeyId = v3.accessKeyId;
    v1.accessKeySecret = v3.accessKeySecret;
    const double v1Rate = rate(seconds, [&](qint64 i) {
        v1.nonce = QString::number(i, 16);
        v1.params = businessParams(int(i));
        sink = signV1(v1).queryString;
    });
    context.report(QStringLiteral("V1 HMAC-SHA1 signatures"), v1Rate, QStringLiteral("/s"));

    HttpReply success;
    success.status = 200;
    success.headers = {{"Content-Type", "application/json;charset=utf-8"}};
    success.body = R"({"RequestId":"D241532C-4EE9-5A2A-A5A5-C1FD98CE2EDD","Code":"Success","Message":"success",)"
                   R"("Result":{"BizCode":"1","SubCode":"101","IspName":"CMCC"}})";
    int results = 0;
    const double parseRate =
        rate(seconds, [&](qint64) { results += std::holds_alternative<VerifyResult>(parseReply(success)); });
    context.report(QStringLiteral("reply parses (success body)"),
                   parseRate,
                   QStringLiteral("/s"),
                   bench::Goal::AtLeast,
                   200000);

    HttpReply error;
    error.status = 400;
    error.headers = success.headers;
    error.body =
        R"({"RequestId":"886024CB-30A3-4945-AC3D-D52F706B65A0","HostId":"cloudauth-intl.cn-hongkong.aliyuncs.com",)"
        R"("Code":"SignatureDoesNotMatch","Message":"Specified signature is not matched with our calculation.",)"
        R"("Recommend":"https://api.aliyun.com/troubleshoot?q=SignatureDoesNotMatch"})";
    const double errorRate =
        rate(seconds, [&](qint64) { results += std::holds_alternative<ApiError>(parseReply(error)); });
    context.report(QStringLiteral("reply parses (gateway error body)"), errorRate, QStringLiteral("/s"));
    if (sink.isEmpty() || results == 0)
        context.note(QStringLiteral("nothing was computed?"));
}
