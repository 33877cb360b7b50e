#pragma once

#include "finding.h"

namespace tricheck::identity {

constexpr int kMaxNameLength = 64;

// Normalises and validates a person's name: 1-64 characters (code points) after trimming, made of
// CJK ideographs, Latin letters, spaces and the middle dots used in minority names (U+00B7 ·,
// U+2022 •, U+30FB ・). Digits and control characters are rejected with their own reasons.
Validation validateName(const QString& text);

// True for the three middle-dot characters accepted in names.
bool isNameDot(char32_t cp);

} // namespace tricheck::identity
