#include "subjecthasher.h"

#include "common/crypto.h"

#include <QtEndian>

#include <optional>

namespace tricheck::sandbox {

namespace {

constexpr int kKeyBytes = 32; // as long as the HMAC-SHA256 block needs to be unguessable

// Length-prefixed, so that no two different triples give the same bytes ("ab","c" vs "a","bc").
void appendField(QByteArray& out, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    const quint32 size = qToBigEndian(quint32(utf8.size()));
    out.append(reinterpret_cast<const char*>(&size), sizeof size);
    out.append(utf8);
}

// The one value of `name`, or nothing when it is missing, empty or sent more than once.
std::optional<QString> singleValue(const api::QueryItems& params, QStringView name)
{
    std::optional<QString> value;
    for (const auto& [key, v] : params) {
        if (key != name)
            continue;
        if (value)
            return std::nullopt;
        value = v;
    }
    if (value && value->isEmpty())
        return std::nullopt;
    return value;
}

} // namespace

SubjectHasher::SubjectHasher()
{
    renewKey();
}

void SubjectHasher::renewKey()
{
    m_key = crypto::randomBytes(kKeyBytes);
}

QString SubjectHasher::subject(const QString& mobile, const QString& name, const QString& idNumber) const
{
    if (m_key.size() != kKeyBytes)
        return {};
    QByteArray message;
    appendField(message, mobile);
    appendField(message, name);
    appendField(message, idNumber);
    return crypto::hmacHex(crypto::Hash::Sha256, m_key, message);
}

QString SubjectHasher::subjectOf(const ReceivedRequest& request) const
{
    const api::QueryItems params = receivedParams(request);
    const auto mobile = singleValue(params, u"Mobile");
    const auto name = singleValue(params, u"UserName");
    const auto idNumber = singleValue(params, u"IdentifyNum");
    if (!mobile || !name || !idNumber)
        return {};
    return subject(*mobile, *name, *idNumber);
}

} // namespace tricheck::sandbox
