#pragma once

#include <QCoreApplication>
#include <QString>

namespace tricheck::identity {

// The mainland network operators. From a number's prefix this is only a hint (numbers are portable
// between operators); the service's IspName is the authority.
enum class Carrier {
    Unknown,
    ChinaMobile,
    ChinaUnicom,
    ChinaTelecom,
    ChinaBroadnet
};

class CarrierInfo
{
    Q_DECLARE_TR_FUNCTIONS(CarrierInfo)

public:
    // "CMCC" / "CUCC" / "CTCC" / "CBN" (case-insensitive, surrounding spaces ignored); anything else
    // is Unknown.
    static Carrier fromIspName(QStringView ispName);
    static QString ispName(Carrier carrier); // "" for Unknown
    // Localised operator name: 中国移动 / China Mobile …; "Unknown carrier" for Unknown.
    static QString displayName(Carrier carrier);
    // Expected operator from the allocation table (libphonenumber carrier/en/86.txt); Unknown when
    // the prefix is not allocated to one of the four.
    static Carrier forMobilePrefix(QStringView normalizedMobile);
};

} // namespace tricheck::identity
