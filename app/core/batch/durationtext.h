#pragma once

#include <QString>

namespace tricheck::batch {

// A time span as a progress display shows it: "M:SS", or "H:MM:SS" from an hour on (rounded to
// the second). Digits and colons only, so it reads the same in every language.
QString durationText(double seconds);

} // namespace tricheck::batch
