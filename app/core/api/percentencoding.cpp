#include "percentencoding.h"

#include <algorithm>

namespace tricheck::api {

QByteArray percentEncode(QStringView text)
{
    // Same bytes as text.toUtf8().toPercentEncoding(), in one pass: signing encodes a dozen values
    // per request, and the intermediate UTF-8 copy doubled the allocations (tests compare both).
    static constexpr char kHex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(text.size() + 16);
    const auto appendByte = [&out](uchar b) {
        out.append('%');
        out.append(kHex[b >> 4]);
        out.append(kHex[b & 0xF]);
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' ||
            c == u'_' || c == u'.' || c == u'~') {
            out.append(char(c));
        } else if (c < 0x80) {
            appendByte(uchar(c));
        } else {
            // Anything beyond ASCII (including surrogate pairs and lone surrogates) goes through
            // Qt's UTF-8 encoder, so invalid UTF-16 is replaced exactly as toUtf8() does.
            qsizetype j = i + 1;
            while (j < text.size() && text.at(j).unicode() >= 0x80)
                ++j;
            for (const char b : text.sliced(i, j - i).toUtf8())
                appendByte(uchar(b));
            i = j - 1;
        }
    }
    return out;
}

QByteArray percentEncodeBytes(const QByteArray& bytes)
{
    return bytes.toPercentEncoding();
}

namespace {

QString decodeComponent(QByteArrayView part)
{
    QByteArray bytes = part.toByteArray();
    bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

} // namespace

QueryItems parseQuery(QByteArrayView encoded)
{
    QueryItems items;
    qsizetype start = 0;
    while (start <= encoded.size()) {
        qsizetype end = encoded.indexOf('&', start);
        if (end < 0)
            end = encoded.size();
        const QByteArrayView pair = encoded.sliced(start, end - start);
        if (!pair.isEmpty()) {
            const qsizetype eq = pair.indexOf('=');
            if (eq < 0)
                items.append({decodeComponent(pair), QString()});
            else
                items.append({decodeComponent(pair.first(eq)), decodeComponent(pair.sliced(eq + 1))});
        }
        start = end + 1;
    }
    return items;
}

namespace {

using EncodedPairs = QList<std::pair<QByteArray, QByteArray>>;

EncodedPairs encodePairs(const QueryItems& items)
{
    EncodedPairs encoded;
    encoded.reserve(items.size());
    for (const auto& [name, value] : items)
        encoded.append({percentEncode(name), percentEncode(value)});
    return encoded;
}

QByteArray join(const EncodedPairs& pairs)
{
    qsizetype size = 0;
    for (const auto& [name, value] : pairs)
        size += name.size() + value.size() + 2;
    QByteArray out;
    out.reserve(size);
    for (const auto& [name, value] : pairs) {
        if (!out.isEmpty())
            out.append('&');
        out.append(name).append('=').append(value);
    }
    return out;
}

} // namespace

QByteArray canonicalQueryString(const QueryItems& items)
{
    EncodedPairs encoded = encodePairs(items);
    std::sort(encoded.begin(), encoded.end());
    return join(encoded);
}

EncodedQuery encodeQuery(const QueryItems& items)
{
    EncodedPairs encoded = encodePairs(items);
    EncodedQuery out;
    out.wire = join(encoded);
    std::sort(encoded.begin(), encoded.end());
    out.canonical = join(encoded);
    return out;
}

QByteArray wireQueryString(const QueryItems& items)
{
    return join(encodePairs(items));
}

} // namespace tricheck::api
