#include "xmlpart.h"

namespace tricheck::xlsx {

XmlPart::XmlPart(std::unique_ptr<EntryDevice> device)
    : m_device(std::move(device))
{
    m_xml.setDevice(m_device.get());
}

QXmlStreamReader::TokenType XmlPart::next()
{
    if (m_failure)
        return QXmlStreamReader::Invalid;
    m_device->startToken();
    const QXmlStreamReader::TokenType token = m_xml.readNext();
    if (token == QXmlStreamReader::DTD) {
        m_failure = XlsxError::unsafe(
            tr("%1 contains a document type declaration, which a workbook never has.").arg(m_device->name()));
        return QXmlStreamReader::Invalid;
    }
    if (token == QXmlStreamReader::Invalid) {
        if (m_device->failure())
            m_failure = m_device->failure();
        else
            m_failure = XlsxError::damaged(
                tr("%1, line %2: %3").arg(m_device->name()).arg(m_xml.lineNumber()).arg(m_xml.errorString()));
    }
    return token;
}

std::optional<XlsxError> XmlPart::failure() const
{
    return m_failure;
}

double XmlPart::fraction() const
{
    if (m_device->declaredSize() <= 0)
        return 1.0;
    return std::min(1.0, double(m_device->inflated()) / double(m_device->declaredSize()));
}

QStringView XmlPart::attribute(const QXmlStreamAttributes& attributes, QStringView localName)
{
    for (const QXmlStreamAttribute& a : attributes) {
        if (a.name() == localName)
            return a.value();
    }
    return {};
}

} // namespace tricheck::xlsx
