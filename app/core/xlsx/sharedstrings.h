#pragma once

#include "xmlpart.h"

#include <vector>

namespace tricheck::xlsx {

// The shared strings of a workbook (xl/sharedStrings.xml), which most cells of text point into:
// Excel and WPS keep every distinct text once there. Held compactly, as UTF-8 in one buffer with
// an offset per string (a million rows of distinct mobiles, names and ID numbers take about 60 MB
// rather than the 250 MB of one QString each). Rich text runs are joined; phonetic guides are left
// out; OOXML's _xHHHH_ escapes are decoded.
class SharedStrings
{
    Q_DECLARE_TR_FUNCTIONS(SharedStrings)

public:
    // Reads the part, or its first `count` strings (a preview needs only those its rows use).
    std::optional<XlsxError> load(XmlPart& part, qint64 count = kMaxStrings);

    qint64 size() const { return qint64(m_offsets.size()) - 1; }
    QString at(qint64 index) const;

    static constexpr qint64 kMaxStrings = 100'000'000;
    static constexpr qint64 kPartLimit = 1LL << 30;

private:
    QByteArray m_pool;
    std::vector<quint64> m_offsets{0};
};

// OOXML writes characters XML cannot hold (control characters) as _xHHHH_, and a literal "_x" as
// _x005F_x: decoded here.
QString decodeEscapes(const QString& text);

} // namespace tricheck::xlsx
