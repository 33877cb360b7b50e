#pragma once

#include <QString>

namespace tricheck::identity {

// GB/T 2260 administrative division codes (current and historical), loaded once from the bundled
// resource :/data/area-codes.tsv. Only used to warn: codes change over time and old ID numbers keep
// theirs, so an unknown code is never a reason to reject a number.
class AreaCodes
{
public:
    static bool isKnown(QStringView sixDigits);
    // The Chinese name of the division ("东城区"), or an empty string.
    static QString name(QStringView sixDigits);
    static int count();
};

} // namespace tricheck::identity
