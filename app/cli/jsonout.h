#pragma once

#include <QJsonObject>
#include <QJsonValue>

#include <cstdio>
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

// Writes and flushes `bytes`; false when the stream refused them (a full disk, a closed pipe).
bool writeAll(std::FILE* stream, const QByteArray& bytes);
// Whether anything meant for stdout was lost: the command then fails (exit 1) even if its work
// succeeded, so that `tricheck-cli … > /full/disk/out.json` never looks like a success.
bool stdoutFailed();

} // namespace tricheck::cli
