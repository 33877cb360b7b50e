#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace tricheck::api {

// Name/value pairs in the order they were given (the wire order); canonical forms sort them.
using QueryItems = QList<std::pair<QString, QString>>;

// RFC 3986 percent-encoding of the UTF-8 bytes, as both Alibaba signature schemes require: A-Z a-z
// 0-9 - _ . ~ stay, every other byte becomes %XY with upper-case hex (space is %20, * is %2A).
// QByteArray::toPercentEncoding() with no exceptions does exactly that; QUrlQuery does not.
QByteArray percentEncode(QStringView text);
QByteArray percentEncodeBytes(const QByteArray& bytes);

// Inverse of a wire query (or form body): splits on '&' and '=', decodes %XY, and, because the
// official SDKs serialise queries form-style, decodes '+' as a space. Invalid UTF-8 is replaced.
QueryItems parseQuery(QByteArrayView encoded);

// name=value pairs, each percent-encoded, sorted by encoded name (then value) in byte order, joined
// with '&': the canonical query string shared by V3 and (as its canonicalized query) V1.
QByteArray canonicalQueryString(const QueryItems& items);

// The same pairs encoded in the given order, for the request line.
QByteArray wireQueryString(const QueryItems& items);

// Both forms from one encoding pass (what a signer needs).
struct EncodedQuery
{
    QByteArray wire;
    QByteArray canonical;
};
EncodedQuery encodeQuery(const QueryItems& items);

} // namespace tricheck::api
