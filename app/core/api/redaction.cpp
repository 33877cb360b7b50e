#include "redaction.h"

#include "percentencoding.h"

#include <QRegularExpression>

namespace tricheck::api {

namespace {

// Parameter names whose values must never be repeated from a server message: the three identity
// fields, the credentials and the per-request values of both signature schemes.
const QString kParameterNames =
    QStringLiteral("IdentifyNum|UserName|Mobile|AccessKeyId|SecurityToken|Signature|SignatureNonce|Credential|"
                   "x-acs-security-token|x-acs-signature-nonce|x-acs-accesskey-id");

const QRegularExpression& stringToSignPattern()
{
    // "server string to sign is:", "StringToSign", "string-to-sign", the Chinese wording 待签名字符串.
    static const QRegularExpression re(QStringLiteral(R"((string[\s_-]*to[\s_-]*sign|待签名字符串))"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& parameterPattern()
{
    // Name, then "=", an encoded "=" (%3D, %253D), or a JSON/colon separator, then the value up to
    // the next separator.
    static const QRegularExpression re(
        QStringLiteral(R"(\b(%1)(\s*(?:=|%3D|%253D|"?\s*:\s*"?)\s*)[^&\s,;"'}]*)").arg(kParameterNames),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QList<QRegularExpression>& valuePatterns()
{
    static const QList<QRegularExpression> patterns{
        // 18-character resident ID numbers and 15-digit legacy ones.
        QRegularExpression(QStringLiteral(R"((?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z]))")),
        QRegularExpression(QStringLiteral(R"((?<![0-9A-Za-z])\d{15}(?![0-9A-Za-z]))")),
        // Mainland mobiles, also with +86 / 0086 / 86.
        QRegularExpression(QStringLiteral(R"((?<![0-9A-Za-z])(?:\+?86|0086)?1\d{10}(?![0-9A-Za-z]))")),
        // MD5 digests (md5 mode parameters) and 32-hex nonces.
        QRegularExpression(QStringLiteral(R"((?<![0-9A-Fa-f])[0-9A-Fa-f]{32}(?![0-9A-Fa-f]))")),
    };
    return patterns;
}

} // namespace

QString redactedMarker()
{
    return QStringLiteral("[redacted]");
}

namespace {

// What a message contains, from one pass over it: each redaction step below can only match text
// with some of these features, so an ordinary message ("success") skips the regular expressions.
struct Features
{
    bool digit = false;
    bool percent = false;
    bool separator = false;  // '=' or ':'
    bool longHexRun = false; // 32 or more hex digits in a row
};

Features scan(QStringView text)
{
    Features f;
    int hexRun = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool digit = u >= u'0' && u <= u'9';
        f.digit |= digit;
        f.percent |= u == u'%';
        f.separator |= u == u'=' || u == u':' || u == 0xFF1A;
        const bool hex = digit || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
        hexRun = hex ? hexRun + 1 : 0;
        f.longHexRun |= hexRun >= 32;
    }
    return f;
}

} // namespace

QString redactServerMessage(const QString& message, const QStringList& sensitiveValues)
{
    QString text = message;
    const Features features = scan(text);

    // 1. Whatever follows an echoed string-to-sign is the request itself.
    if (text.contains(u"sign", Qt::CaseInsensitive) || text.contains(u"待签名")) {
        if (const auto match = stringToSignPattern().match(text); match.hasMatch())
            text = text.left(match.capturedEnd()) + u' ' + redactedMarker();
    }

    // 2. Explicit values (the wire values and credentials of this request), in the forms they can
    //    take on the wire: as typed, percent-encoded once (query) and twice (V1 string-to-sign).
    for (const QString& value : sensitiveValues) {
        if (value.size() < 2)
            continue; // a one-character value would redact ordinary text
        const QString once = QString::fromLatin1(percentEncode(value));
        const QString twice = QString::fromLatin1(percentEncode(once));
        for (const QString& form : {twice, once, value})
            text.replace(form, redactedMarker(), Qt::CaseInsensitive);
    }

    // 3. Parameter name/value pairs.
    if (features.separator || features.percent)
        text.replace(parameterPattern(), QStringLiteral("\\1\\2") + redactedMarker());

    // 4. Anything that still looks like an identity value or a digest.
    if (features.digit || features.longHexRun) {
        for (const QRegularExpression& re : valuePatterns())
            text.replace(re, redactedMarker());
    }

    // 5. Raw bytes a gateway might append (percent-encoded UTF-8 of a name outside a pair).
    if (features.percent) {
        static const QRegularExpression encodedRun(QStringLiteral(R"((?:%(?:25)?[0-9A-Fa-f]{2}){3,})"));
        text.replace(encodedRun, redactedMarker());
    }

    text = text.simplified();
    if (text.size() > kMaxRedactedLength)
        text = text.left(kMaxRedactedLength - 1) + QChar(0x2026);
    return text;
}

} // namespace tricheck::api
