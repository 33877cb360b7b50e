#include "jsonout.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace tricheck::cli {

namespace {
bool g_stdoutFailed = false;

void writeOut(const QByteArray& bytes)
{
    if (!writeAll(stdout, bytes))
        g_stdoutFailed = true;
}
} // namespace

bool writeAll(std::FILE* stream, const QByteArray& bytes)
{
    const std::size_t size = std::size_t(bytes.size());
    const bool written = std::fwrite(bytes.constData(), 1, size, stream) == size;
    return std::fflush(stream) == 0 && written;
}

bool stdoutFailed()
{
    return g_stdoutFailed;
}

void printJsonLine(const QJsonObject& object)
{
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    writeOut(line);
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
    writeOut(line);
}

void printError(const QString& text)
{
    // Diagnostics that cannot be written have nowhere else to go.
    (void)writeAll(stderr, text.toUtf8() + '\n');
}

void printText(const QString& text)
{
    writeOut(text.toUtf8());
}

} // namespace tricheck::cli
