#include "responsebody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUuid>
#include <QXmlStreamWriter>

#include <initializer_list>
#include <utility>

namespace tricheck::sandbox {

namespace {

using Fields = std::initializer_list<std::pair<const char*, QString>>;

// A JSON string literal with Qt's escaping: the one-element array "[...]" minus its brackets.
QByteArray jsonString(const QString& text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray jsonObject(Fields fields, const QByteArray& nested = {}, const char* nestedName = nullptr)
{
    QByteArray out = "{";
    for (const auto& [name, value] : fields) {
        if (out.size() > 1)
            out += ',';
        out += QByteArray('"' + QByteArray(name) + "\":") + jsonString(value);
    }
    if (nestedName)
        out += QByteArray(",\"" + QByteArray(nestedName) + "\":") + nested;
    out += '}';
    return out;
}

void writeXmlFields(QXmlStreamWriter& xml, Fields fields)
{
    for (const auto& [name, value] : fields)
        xml.writeTextElement(QString::fromLatin1(name), value);
}

} // namespace

QByteArray successBody(const QString& requestId, const Answer& answer, ResponseFormat format)
{
    const Fields top = {{"RequestId", requestId},
                        {"Code", QStringLiteral("Success")},
                        {"Message", QStringLiteral("success")}};
    const Fields result = {{"BizCode", answer.bizCode}, {"SubCode", answer.subCode}, {"IspName", answer.ispName}};
    if (format == ResponseFormat::Json)
        return jsonObject(top, jsonObject(result), "Result");

    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("Mobile3MetaVerifyIntlResponse"));
    writeXmlFields(xml, top);
    xml.writeStartElement(QStringLiteral("Result"));
    writeXmlFields(xml, result);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray errorBody(const QString& requestId, const QString& hostId, const GatewayError& error, ResponseFormat format)
{
    const Fields fields = {{"RequestId", requestId},
                           {"HostId", hostId},
                           {"Code", error.code},
                           {"Message", error.message},
                           {"Recommend", recommendUrl(error.code, requestId)}};
    if (format == ResponseFormat::Json)
        return jsonObject(fields);

    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("Error"));
    writeXmlFields(xml, fields);
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray contentTypeFor(bool error, ResponseFormat format)
{
    if (format == ResponseFormat::Xml)
        return "text/xml;charset=utf-8";
    // The two spellings the service uses: its API answers and its gateway errors (spec §4.2).
    return error ? "application/json; charset=UTF-8" : "application/json;charset=utf-8";
}

QString newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
}

QString recommendUrl(const QString& code, const QString& requestId)
{
    return QStringLiteral("https://api.aliyun.com/troubleshoot?q=%1&product=Cloudauth-intl&requestId=%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(code)), requestId);
}

} // namespace tricheck::sandbox
