#include "percentencoding.h"

#include <algorithm>

namespace tricheck::api {

QByteArray percentEncode(QStringView text)
{
    return text.toUtf8().toPercentEncoding();
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

QByteArray canonicalQueryString(const QueryItems& items)
{
    QList<std::pair<QByteArray, QByteArray>> encoded;
    encoded.reserve(items.size());
    for (const auto& [name, value] : items)
        encoded.append({percentEncode(name), percentEncode(value)});
    std::sort(encoded.begin(), encoded.end());
    QByteArray out;
    for (const auto& [name, value] : std::as_const(encoded)) {
        if (!out.isEmpty())
            out += '&';
        out += name + '=' + value;
    }
    return out;
}

QByteArray wireQueryString(const QueryItems& items)
{
    QByteArray out;
    for (const auto& [name, value] : items) {
        if (!out.isEmpty())
            out += '&';
        out += percentEncode(name) + '=' + percentEncode(value);
    }
    return out;
}

} // namespace tricheck::api
