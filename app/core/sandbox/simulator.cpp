#include "simulator.h"

#include "api/percentencoding.h"
#include "api/signaturev1.h"
#include "common/crypto.h"

#include <QSet>

#include <algorithm>
#include <array>

namespace tricheck::sandbox {

using api::SignatureScheme;
using identity::ParamType;

namespace {

constexpr QByteArrayView kV3Algorithm = "ACS3-HMAC-SHA256";

// The headers a V3 signature must cover (spec §9), plus x-acs-security-token and content-type
// whenever they are sent.
constexpr std::array<QByteArrayView, 6> kMandatorySignedHeaders =
    {"host", "x-acs-action", "x-acs-version", "x-acs-date", "x-acs-signature-nonce", "x-acs-content-sha256"};

struct Authorization
{
    QByteArray credential;
    QList<QByteArray> signedHeaders;
    QByteArray signature;
};

bool isLowerHeaderName(QByteArrayView name)
{
    return !name.isEmpty() && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
    });
}

// `ACS3-HMAC-SHA256 Credential=ID,SignedHeaders=a;b;c,Signature=hex`. The SDKs send no spaces
// after the commas; spaces around the parts are tolerated.
std::optional<Authorization> parseAuthorization(const QByteArray& value, QString* problem)
{
    const QByteArray text = value.trimmed();
    if (!text.startsWith(kV3Algorithm) || text.size() == kV3Algorithm.size() ||
        (text.at(kV3Algorithm.size()) != ' ' && text.at(kV3Algorithm.size()) != '\t')) {
        *problem = QStringLiteral("The Authorization header must start with ACS3-HMAC-SHA256.");
        return std::nullopt;
    }
    Authorization auth;
    bool haveCredential = false;
    bool haveSignedHeaders = false;
    bool haveSignature = false;
    const QList<QByteArray> parts = text.mid(kV3Algorithm.size()).split(',');
    for (const QByteArray& rawPart : parts) {
        const QByteArray part = rawPart.trimmed();
        const qsizetype eq = part.indexOf('=');
        const QByteArray key = eq < 0 ? part : part.left(eq).trimmed();
        const QByteArray val = eq < 0 ? QByteArray() : part.mid(eq + 1).trimmed();
        bool* seen = key == "Credential"      ? &haveCredential
                     : key == "SignedHeaders" ? &haveSignedHeaders
                     : key == "Signature"     ? &haveSignature
                                              : nullptr;
        if (!seen || *seen || val.isEmpty()) {
            *problem = QStringLiteral("The Authorization header is malformed.");
            return std::nullopt;
        }
        *seen = true;
        if (key == "Credential")
            auth.credential = val;
        else if (key == "Signature")
            auth.signature = val;
        else
            auth.signedHeaders = val.split(';');
    }
    if (!haveCredential || !haveSignedHeaders || !haveSignature) {
        *problem = QStringLiteral("The Authorization header needs Credential, SignedHeaders and Signature.");
        return std::nullopt;
    }
    QSet<QByteArray> seen;
    for (const QByteArray& name : std::as_const(auth.signedHeaders)) {
        if (!isLowerHeaderName(name) || seen.contains(name)) {
            *problem = QStringLiteral("SignedHeaders must list distinct lower-case header names separated by ';'.");
            return std::nullopt;
        }
        seen.insert(name);
    }
    return auth;
}

// What the signature must cover (spec §9): the mandatory headers, x-acs-security-token and
// content-type when sent, every other x-acs-* header sent, and nothing that was not sent.
std::optional<GatewayError> checkSignedHeaders(const ReceivedRequest& r, const Authorization& auth)
{
    const QSet<QByteArray> signedSet(auth.signedHeaders.begin(), auth.signedHeaders.end());
    for (const auto& [name, value] : r.headers) {
        const bool relevant = signedSet.contains(name) || name.startsWith("x-acs-") || name == "authorization";
        if (relevant && r.headerCount(name) > 1)
            return GatewayError::incompleteSignature(
                QStringLiteral("The header %1 is sent more than once.").arg(QString::fromLatin1(name)));
    }
    for (const QByteArray& name : auth.signedHeaders) {
        if (r.headerCount(name) == 0)
            return GatewayError::incompleteSignature(
                QStringLiteral("The header %1 is signed but not sent.").arg(QString::fromLatin1(name)));
    }
    for (const QByteArrayView name : kMandatorySignedHeaders) {
        if (!signedSet.contains(name.toByteArray()))
            return GatewayError::incompleteSignature(
                QStringLiteral("The header %1 must be signed.").arg(QString::fromLatin1(name)));
    }
    for (const auto& [name, value] : r.headers) {
        if ((name.startsWith("x-acs-") || name == "content-type") && !signedSet.contains(name))
            return GatewayError::incompleteSignature(
                QStringLiteral("The header %1 is sent but not signed.").arg(QString::fromLatin1(name)));
    }
    if (r.headerCount("x-acs-accesskey-id") && r.header("x-acs-accesskey-id").trimmed() != auth.credential)
        return GatewayError::incompleteSignature(
            QStringLiteral("The header x-acs-accesskey-id does not match the Credential."));

    return std::nullopt;
}

bool isFormContentType(const QByteArray& contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    const QByteArray media = (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
    return media == "application/x-www-form-urlencoded";
}

// Unicode characters, not UTF-16 code units: a nonce of 64 CJK characters or emoji is as long as
// one of 64 hex digits.
qsizetype characterCount(QStringView text)
{
    return text.size() - std::count_if(text.begin(), text.end(), [](QChar c) { return c.isLowSurrogate(); });
}

api::QueryItems formParams(const ReceivedRequest& request)
{
    if (!isFormContentType(request.header("content-type")))
        return {};
    return api::parseQuery(request.body);
}

const QString* findParam(const api::QueryItems& items, QStringView name)
{
    for (const auto& item : items) {
        if (item.first == name)
            return &item.second;
    }
    return nullptr;
}

QString paramValue(const api::QueryItems& items, QStringView name)
{
    const QString* value = findParam(items, name);
    return value ? *value : QString();
}

} // namespace

api::QueryItems receivedParams(const ReceivedRequest& request)
{
    return api::parseQuery(request.rawQuery) + formParams(request);
}

AccessKey AccessKey::demo()
{
    return {QStringLiteral("sandbox-access-key-id"), QStringLiteral("sandbox-access-key-secret"), {}, true, {}};
}

QByteArray ReceivedRequest::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (key == name)
            return value;
    }
    return {};
}

int ReceivedRequest::headerCount(QByteArrayView name) const
{
    return int(std::count_if(headers.begin(), headers.end(), [name](const auto& h) { return h.first == name; }));
}

std::optional<QDateTime> parseUtcTimestamp(QStringView text)
{
    // yyyy-MM-ddTHH:mm:ssZ
    static constexpr char16_t kPattern[] = u"dddd-dd-ddTdd:dd:ddZ";
    if (text.size() != 20)
        return std::nullopt;
    for (int i = 0; i < 20; ++i) {
        const QChar c = text.at(i);
        if (kPattern[i] == u'd' ? !(c >= u'0' && c <= u'9') : c != QChar(kPattern[i]))
            return std::nullopt;
    }
    const QDate date(text.mid(0, 4).toInt(), text.mid(5, 2).toInt(), text.mid(8, 2).toInt());
    const QTime time(text.mid(11, 2).toInt(), text.mid(14, 2).toInt(), text.mid(17, 2).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

// Everything one verification works on.
struct Simulator::Context
{
    const ReceivedRequest& request;
    api::QueryItems query;  // decoded query parameters, wire order
    api::QueryItems form;   // decoded form-body parameters
    api::QueryItems params; // both
    QDateTime now;
    qint64 nowMs = 0;
    const AccessKey* key = nullptr;
    QByteArray nonceKey;
    qint64 nonceExpiresMs = 0;
};

Simulator::Simulator()
    : m_keys{AccessKey::demo()}
    , m_registry(Registry::defaultRegistry())
{ }

void Simulator::setKeys(const QList<AccessKey>& keys)
{
    m_keys = keys;
    m_rateLimiter.clear();
}

void Simulator::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime Simulator::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

void Simulator::setMaxSkewSeconds(int seconds)
{
    m_maxSkewSeconds = std::max(0, seconds);
}

void Simulator::resetState()
{
    m_nonces.clear();
    m_rateLimiter.clear();
}

Verdict Simulator::decide(const ReceivedRequest& request)
{
    Verdict verdict;
    Context c{request, {}, {}, {}, now(), 0, nullptr, {}, 0};
    c.nowMs = c.now.toMSecsSinceEpoch();

    // Routing: the RPC-style API lives at "/" for POST and GET only.
    if ((request.method != "POST" && request.method != "GET") || request.path != "/") {
        verdict.error = GatewayError::apiNotFound();
        return verdict;
    }

    c.query = api::parseQuery(request.rawQuery);
    c.form = formParams(request);
    c.params = c.query + c.form;

    // One value per parameter: with two, the signature would cover both while the service could
    // act on either.
    QSet<QString> names;
    for (const auto& [name, value] : std::as_const(c.params)) {
        if (names.contains(name)) {
            verdict.error = GatewayError::invalidParameter(name);
            return verdict;
        }
        names.insert(name);
    }

    std::optional<GatewayError> error;
    if (!request.header("authorization").trimmed().isEmpty()) {
        verdict.scheme = SignatureScheme::V3;
        error = verifyV3(c);
    } else if (findParam(c.params, u"Signature")) {
        verdict.scheme = SignatureScheme::V1;
        verdict.format = paramValue(c.params, u"Format").compare(u"json", Qt::CaseInsensitive) == 0
                             ? ResponseFormat::Json
                             : ResponseFormat::Xml;
        error = verifyV1(c);
    } else {
        error = GatewayError::missingSignature();
    }
    if (c.key)
        verdict.accessKeyId = c.key->id;
    if (error) {
        verdict.error = error;
        return verdict;
    }

    // Flow control counts authenticated calls only.
    if (const auto retryAfter = m_rateLimiter.admit(c.key->id, c.nowMs)) {
        verdict.error = GatewayError::throttling();
        verdict.retryAfterMs = *retryAfter;
        return verdict;
    }
    verdict.error = checkBusiness(c, verdict);
    return verdict;
}

std::optional<GatewayError> Simulator::verifyV3(Context& c)
{
    const ReceivedRequest& r = c.request;
    QString problem;
    const auto auth = parseAuthorization(r.header("authorization"), &problem);
    if (!auth)
        return GatewayError::incompleteSignature(problem);

    const QString keyId = QString::fromUtf8(auth->credential);
    if (auto e = checkKey(c, keyId, QString::fromUtf8(r.header("x-acs-security-token").trimmed())))
        return e;
    if (auto e = checkTimestampAndNonce(c,
                                        QString::fromUtf8(r.header("x-acs-date").trimmed()),
                                        QString::fromUtf8(r.header("x-acs-signature-nonce").trimmed())))
        return e;

    if (auto e = checkSignedHeaders(r, *auth))
        return e;
    // The payload hash first: the canonical request carries the header's value, so a body swapped
    // under an unchanged header would otherwise go unnoticed.
    const QByteArray payloadHash = r.header("x-acs-content-sha256").trimmed();
    const QByteArray bodyHash = crypto::digest(crypto::Hash::Sha256, r.body).toHex();
    if (!crypto::constantTimeEquals(payloadHash, bodyHash))
        return GatewayError::payloadHashMismatch();

    api::HeaderList signedValues;
    signedValues.reserve(auth->signedHeaders.size());
    for (const QByteArray& name : auth->signedHeaders)
        signedValues.append({name, r.header(name)});
    const QByteArray canonicalRequest =
        api::v3CanonicalRequest(r.method, r.path, api::canonicalQueryString(c.query), signedValues, payloadHash);
    const QByteArray stringToSign = api::v3StringToSign(canonicalRequest);
    if (auto e = checkSignature(c, api::v3Signature(c.key->secret, stringToSign), auth->signature, stringToSign))
        return e;

    return checkApi(QString::fromUtf8(r.header("x-acs-action").trimmed()),
                    QString::fromUtf8(r.header("x-acs-version").trimmed()));
}

std::optional<GatewayError> Simulator::verifyV1(Context& c)
{
    const QString signature = paramValue(c.params, u"Signature");
    if (signature.isEmpty())
        return GatewayError::missingSignature();
    for (const char16_t* name : {u"AccessKeyId",
                                 u"SignatureMethod",
                                 u"SignatureVersion",
                                 u"SignatureNonce",
                                 u"Timestamp",
                                 u"Action",
                                 u"Version"}) {
        if (paramValue(c.params, name).isEmpty())
            return GatewayError::missingParameter(QString::fromUtf16(name));
    }

    if (auto e = checkKey(c, paramValue(c.params, u"AccessKeyId"), paramValue(c.params, u"SecurityToken")))
        return e;
    if (auto e = checkTimestampAndNonce(c, paramValue(c.params, u"Timestamp"), paramValue(c.params, u"SignatureNonce")))
        return e;

    if (paramValue(c.params, u"SignatureMethod") != u"HMAC-SHA1")
        return GatewayError::incompleteSignature(QStringLiteral("SignatureMethod must be HMAC-SHA1."));
    if (paramValue(c.params, u"SignatureVersion") != u"1.0")
        return GatewayError::incompleteSignature(QStringLiteral("SignatureVersion must be 1.0."));

    // Every parameter, query and form body alike, except Signature, re-canonicalised with the
    // method actually received (spec §2.2).
    api::QueryItems signedParams;
    signedParams.reserve(c.params.size());
    for (const auto& item : std::as_const(c.params)) {
        if (item.first != u"Signature")
            signedParams.append(item);
    }
    const QByteArray stringToSign = api::v1StringToSign(c.request.method, api::canonicalQueryString(signedParams));
    if (auto e = checkSignature(c, api::v1Signature(c.key->secret, stringToSign), signature.toUtf8(), stringToSign))
        return e;

    return checkApi(paramValue(c.params, u"Action"), paramValue(c.params, u"Version"));
}

std::optional<GatewayError> Simulator::checkKey(Context& c, const QString& keyId, const QString& token)
{
    const auto key =
        std::find_if(m_keys.cbegin(), m_keys.cend(), [&keyId](const AccessKey& k) { return k.id == keyId; });
    if (keyId.isEmpty() || key == m_keys.cend())
        return GatewayError::accessKeyNotFound();
    c.key = &*key;
    if (!key->active)
        return GatewayError::accessKeyInactive();
    if (!crypto::constantTimeEquals(token.toUtf8(), key->securityToken.toUtf8()))
        return GatewayError::securityTokenMismatch();
    if (!key->securityToken.isEmpty() && key->securityTokenExpiry.isValid() && c.now > key->securityTokenExpiry)
        return GatewayError::securityTokenExpired();
    return std::nullopt;
}

std::optional<GatewayError>
Simulator::checkTimestampAndNonce(Context& c, const QString& timestamp, const QString& nonce)
{
    const auto time = parseUtcTimestamp(timestamp);
    if (!time)
        return GatewayError::timestampFormat();
    const qint64 skewMs = qAbs(time->toMSecsSinceEpoch() - c.nowMs);
    const qint64 windowMs = qint64(m_maxSkewSeconds) * 1000;
    if (skewMs > windowMs)
        return GatewayError::timestampExpired();

    const QString nonceName = c.request.header("authorization").isEmpty() ? QStringLiteral("SignatureNonce")
                                                                          : QStringLiteral("x-acs-signature-nonce");
    if (nonce.isEmpty())
        return GatewayError::missingParameter(nonceName);
    // Remembered for the whole window, so its size is bounded before anything else is done with it.
    if (characterCount(nonce) > kMaxNonceLength)
        return GatewayError::invalidParameter(nonceName);
    c.nonceKey = c.key->id.toUtf8() + '\n' + nonce.toUtf8();
    c.nonceExpiresMs = time->toMSecsSinceEpoch() + windowMs;
    switch (m_nonces.check(c.nonceKey, c.nonceExpiresMs, c.nowMs)) {
    case NonceCache::Check::Used:
        return GatewayError::nonceUsed();
    case NonceCache::Check::BelowFloor:
        return GatewayError::timestampExpired();
    case NonceCache::Check::Fresh:
        break;
    }
    return std::nullopt;
}

std::optional<GatewayError> Simulator::checkSignature(Context& c,
                                                      const QByteArray& expected,
                                                      const QByteArray& received,
                                                      const QByteArray& stringToSign)
{
    if (!crypto::constantTimeEquals(expected, received))
        return GatewayError::signatureDoesNotMatch(stringToSign);
    // Only a request that proved knowledge of the secret may use up a nonce.
    m_nonces.remember(c.nonceKey, c.nonceExpiresMs, c.nowMs);
    return std::nullopt;
}

std::optional<GatewayError> Simulator::checkApi(const QString& action, const QString& version) const
{
    if (action != kAction)
        return GatewayError::apiNotFound();
    if (version != kVersion)
        return GatewayError::invalidVersion();
    return std::nullopt;
}

std::optional<GatewayError> Simulator::checkBusiness(Context& c, Verdict& verdict) const
{
    const auto required = [&c](const char16_t* name) -> std::optional<GatewayError> {
        if (paramValue(c.params, name).isEmpty())
            return GatewayError::missingParameter(QString::fromUtf16(name));
        return std::nullopt;
    };
    for (const char16_t* name : {u"ProductCode", u"ParamType", u"IdentifyNum", u"UserName", u"Mobile"}) {
        if (auto e = required(name))
            return e;
    }
    if (paramValue(c.params, u"ProductCode") != kProductCode)
        return GatewayError::invalidParameter(QStringLiteral("ProductCode"));
    const QString paramType = paramValue(c.params, u"ParamType");
    if (paramType != u"normal" && paramType != u"md5")
        return GatewayError::invalidParameter(QStringLiteral("ParamType"));
    verdict.paramType = paramType == u"md5" ? ParamType::Md5 : ParamType::Normal;

    const QString idNumber = paramValue(c.params, u"IdentifyNum");
    const QString name = paramValue(c.params, u"UserName");
    const QString mobile = paramValue(c.params, u"Mobile");
    // Format only: the service does not run a check-character test here, and the official
    // vectors use fictitious numbers (area code 999999) that must still be answered.
    const bool md5 = verdict.paramType == ParamType::Md5;
    if (md5 ? !isLowerMd5Hex(idNumber) : !isIdNumberFormat(idNumber))
        return GatewayError::invalidParameter(QStringLiteral("IdentifyNum"));
    if (md5 ? !isLowerMd5Hex(name) : !isNameFormat(name))
        return GatewayError::invalidParameter(QStringLiteral("UserName"));
    if (md5 ? !isLowerMd5Hex(mobile) : !isMobileFormat(mobile))
        return GatewayError::invalidParameter(QStringLiteral("Mobile"));

    verdict.answer = m_registry.answer(mobile, name, idNumber, verdict.paramType);
    return std::nullopt;
}

} // namespace tricheck::sandbox
