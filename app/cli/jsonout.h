#pragma once

#include <QJsonObject>
#include <QJsonValue>

#include <initializer_list>
#include <utility>

namespace tricheck::cli {

// Machine output: exactly one compact JSON object per line on stdout, UTF-8, flushed at once.
void printJsonLine(const QJsonObject& object);
// The same, with the keys in the order given (QJsonObject sorts them), for lines whose documented
// shape names an order, such as the sandbox's {"event":"listening","url":…,"keys":[…]}.
void printOrderedJsonLine(std::initializer_list<std::pair<QString, QJsonValue>> orderedFields);
// Human-readable text on stderr (progress, diagnostics); never mixed into the JSON stream.
void printError(const QString& text);
void printText(const QString& text); // plain text to stdout (help, version)

} // namespace tricheck::cli
