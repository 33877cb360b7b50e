#pragma once

#include <QString>

#include <optional>

namespace tricheck::cli {

// Reads one line of secret text. From a terminal: shows `prompt` on stderr and turns echo off
// while typing. From a pipe or file: reads the next line silently. Secrets never come from argv,
// where other users can see them (ps, /proc) and shells keep them in their history.
// nullopt at end of input.
std::optional<QString> readSecretLine(const QString& prompt);

// Reads one line typed at the terminal, echoing a '*' for every character (backspace works);
// Ctrl+C or Ctrl+D on an empty line give nullopt. For identity values that must not stay on the
// screen. Without a terminal: the next line of standard input.
std::optional<QString> readMaskedLine(const QString& prompt);

// Reads one line typed at the terminal, shown as typed (a prompt on stderr first).
std::optional<QString> readPromptedLine(const QString& prompt);

bool stdinIsTerminal();

} // namespace tricheck::cli
