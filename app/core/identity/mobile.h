#pragma once

#include "carrier.h"
#include "finding.h"

namespace tricheck::identity {

// Normalises and validates a mainland mobile number: 11 digits in an allocated mobile range.
Validation validateMobile(const QString& text);

// The expected operator for a (normalised) number, a hint for the UI only.
inline Carrier expectedCarrier(const QString& normalizedMobile)
{
    return CarrierInfo::forMobilePrefix(normalizedMobile);
}

} // namespace tricheck::identity
