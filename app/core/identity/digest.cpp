#include "digest.h"

#include "common/crypto.h"

#include <algorithm>

namespace tricheck::identity {

QString md5Hex(const QString& text)
{
    return crypto::digestHex(crypto::Hash::Md5, text.toUtf8());
}

bool isMd5Hex(QStringView text)
{
    if (text.size() != 32)
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    });
}

QString md5ParamValue(const QString& normalizedValue)
{
    if (isMd5Hex(normalizedValue))
        return normalizedValue.toLower();
    return md5Hex(normalizedValue);
}

} // namespace tricheck::identity
