#include "jsonout.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace tricheck::cli {

void printJsonLine(const QJsonObject& object)
{
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, std::size_t(line.size()), stdout);
    std::fflush(stdout);
}

void printOrderedJsonLine(std::initializer_list<std::pair<QString, QJsonValue>> orderedFields)
{
    // Each key and value serialised by Qt (a one-element array minus its brackets), so escaping
    // is exactly QJsonDocument's.
    const auto serialise = [](const QJsonValue& value) {
        const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return array.mid(1, array.size() - 2);
    };
    QByteArray line = "{";
    for (const auto& [key, value] : orderedFields) {
        if (line.size() > 1)
            line += ',';
        line += serialise(key) + ':' + serialise(value);
    }
    line += "}\n";
    std::fwrite(line.constData(), 1, std::size_t(line.size()), stdout);
    std::fflush(stdout);
}

void printError(const QString& text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void printText(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace tricheck::cli
