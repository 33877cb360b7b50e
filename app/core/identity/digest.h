#pragma once

#include <QByteArray>
#include <QString>

namespace tricheck::identity {

// 32-character lowercase hex MD5 of the UTF-8 bytes of `text` (OpenSSL EVP). Used for ParamType
// md5, where the service expects the digest of each normalised value instead of the value.
QString md5Hex(const QString& text);

// True when `text` already is 32 hex characters (a pre-computed digest).
bool isMd5Hex(QStringView text);

// The value to send in md5 mode: a pre-computed digest lower-cased, anything else hashed.
QString md5ParamValue(const QString& normalizedValue);

} // namespace tricheck::identity
