#pragma once

#include <QJsonObject>

namespace tricheck::cli {

// Machine output: exactly one compact JSON object per line on stdout, UTF-8, flushed at once.
void printJsonLine(const QJsonObject& object);
// Human-readable text on stderr (progress, diagnostics); never mixed into the JSON stream.
void printError(const QString& text);
void printText(const QString& text); // plain text to stdout (help, version)

} // namespace tricheck::cli
