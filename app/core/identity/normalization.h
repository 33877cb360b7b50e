#pragma once

#include <QString>

namespace tricheck::identity {

// Full-width forms (U+FF01..U+FF5E) to their ASCII counterparts and the ideographic space U+3000 to
// a plain space. Chinese input methods produce these easily; everything else is left as typed.
QString toHalfWidth(const QString& text);

// Trim, half-width, strip spaces and hyphens, drop a leading +86 / 0086 / 86 country prefix.
QString normalizeMobile(const QString& text);

// Trim, half-width, strip spaces and hyphens, upper-case a trailing x.
QString normalizeIdNumber(const QString& text);

// Trim, half-width, collapse runs of spaces. Middle dots are kept exactly as typed: U+00B7 and
// U+2022 hash differently, and the service compares what it is sent.
QString normalizeName(const QString& text);

} // namespace tricheck::identity
