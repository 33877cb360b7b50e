#pragma once

#include <QString>

#include <optional>

namespace tricheck::cli {

// Reads one line of secret text. From a terminal: shows `prompt` on stderr and turns echo off
// while typing. From a pipe or file: reads the next line silently. Secrets never come from argv,
// where other users can see them (ps, /proc) and shells keep them in their history.
// nullopt at end of input.
std::optional<QString> readSecretLine(const QString& prompt);

bool stdinIsTerminal();

} // namespace tricheck::cli
