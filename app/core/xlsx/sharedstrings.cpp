#include "sharedstrings.h"

namespace tricheck::xlsx {

namespace {

bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

} // namespace

QString decodeEscapes(const QString& text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'_' && i + 6 < text.size() && text.at(i + 1) == u'x' && text.at(i + 6) == u'_' &&
            isHex(text.at(i + 2)) && isHex(text.at(i + 3)) && isHex(text.at(i + 4)) && isHex(text.at(i + 5))) {
            out.append(QChar(char16_t(text.mid(i + 2, 4).toUShort(nullptr, 16))));
            i += 6;
        } else {
            out.append(text.at(i));
        }
    }
    return out;
}

QString SharedStrings::at(qint64 index) const
{
    if (index < 0 || index >= size())
        return {};
    const auto i = std::size_t(index);
    return QString::fromUtf8(m_pool.constData() + m_offsets[i], qsizetype(m_offsets[i + 1] - m_offsets[i]));
}

std::optional<XlsxError> SharedStrings::load(XmlPart& part, qint64 count)
{
    m_pool.clear();
    m_offsets.assign(1, 0);
    bool inItem = false;
    bool inText = false;
    int phonetic = 0; // depth inside <rPh>: a reading aid, not part of the text
    QString item;
    for (;;) {
        const auto token = part.next();
        switch (token) {
        case QXmlStreamReader::Invalid:
            return part.failure();
        case QXmlStreamReader::EndDocument:
            m_pool.squeeze();
            return std::nullopt;
        case QXmlStreamReader::StartElement: {
            const QStringView name = part.xml().name();
            if (name == u"sst") {
                // Memory for the strings the part announces; pages never written are never resident.
                const qint64 unique = XmlPart::attribute(part.xml().attributes(), u"uniqueCount").toLongLong();
                m_offsets.reserve(std::size_t(std::clamp<qint64>(unique, 0, std::min(count, 50'000'000LL)) + 1));
            } else if (name == u"si") {
                inItem = true;
                item.clear();
            } else if (name == u"rPh") {
                ++phonetic;
            } else if (name == u"t" && inItem && phonetic == 0) {
                inText = true;
            }
            break;
        }
        case QXmlStreamReader::EndElement: {
            const QStringView name = part.xml().name();
            if (name == u"t") {
                inText = false;
            } else if (name == u"rPh") {
                phonetic = std::max(0, phonetic - 1);
            } else if (name == u"si" && inItem) {
                inItem = false;
                m_pool.append(decodeEscapes(item).toUtf8());
                m_offsets.push_back(quint64(m_pool.size()));
                if (size() >= count)
                    return std::nullopt;
                if (size() >= kMaxStrings)
                    return XlsxError::unsafe(tr("the workbook has more than %1 shared strings.").arg(kMaxStrings));
            }
            break;
        }
        case QXmlStreamReader::Characters:
            if (inText)
                item.append(part.xml().text());
            break;
        default:
            break;
        }
    }
}

} // namespace tricheck::xlsx
