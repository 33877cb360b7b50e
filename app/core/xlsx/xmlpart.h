#pragma once

#include "xlsxarchive.h"

#include <QXmlStreamReader>

#include <memory>

namespace tricheck::xlsx {

// A part of the workbook read as XML, token by token (QXmlStreamReader, namespaces resolved so
// that prefixed documents read the same). A document type declaration is refused: OOXML has none,
// and it is where entity expansion ("billion laughs") and external entities would come from.
class XmlPart
{
    Q_DECLARE_TR_FUNCTIONS(XmlPart)

public:
    explicit XmlPart(std::unique_ptr<EntryDevice> device);

    // The next token: Invalid on an error (failure() says which), EndDocument at the end.
    QXmlStreamReader::TokenType next();
    QXmlStreamReader& xml() { return m_xml; }
    std::optional<XlsxError> failure() const;
    // How much of the part has been read, 0 to 1.
    double fraction() const;
    const QString& name() const { return m_device->name(); }

    // The value of the attribute with this local name (any namespace).
    static QStringView attribute(const QXmlStreamAttributes& attributes, QStringView localName);

private:
    std::unique_ptr<EntryDevice> m_device;
    QXmlStreamReader m_xml;
    std::optional<XlsxError> m_failure;
};

} // namespace tricheck::xlsx
