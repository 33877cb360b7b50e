#include "sandboxevent.h"

namespace tricheck::sandbox {

QJsonObject SandboxEvent::toJson() const
{
    QJsonObject o{{QStringLiteral("sequence"), qint64(sequence)},
                  {QStringLiteral("received"), receivedUtc.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("method"), method},
                  {QStringLiteral("scheme"), scheme},
                  {QStringLiteral("status"), httpStatus},
                  {QStringLiteral("code"), code},
                  {QStringLiteral("requestId"), requestId}};
    if (!accessKeyId.isEmpty())
        o.insert(QStringLiteral("accessKeyId"), accessKeyId);
    if (!paramType.isEmpty())
        o.insert(QStringLiteral("paramType"), paramType);
    if (!subCode.isEmpty())
        o.insert(QStringLiteral("subCode"), subCode);
    if (!bizCode.isEmpty())
        o.insert(QStringLiteral("bizCode"), bizCode);
    if (!fault.isEmpty())
        o.insert(QStringLiteral("fault"), fault);
    if (latencyMs > 0)
        o.insert(QStringLiteral("latencyMs"), latencyMs);
    if (!subject.isEmpty())
        o.insert(QStringLiteral("subject"), subject);
    return o;
}

} // namespace tricheck::sandbox
