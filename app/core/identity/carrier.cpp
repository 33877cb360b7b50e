#include "carrier.h"

#include <array>

namespace tricheck::identity {

namespace {

struct PrefixEntry
{
    const char16_t* prefix;
    Carrier carrier;
};

// Longest prefixes first where ranges overlap (1340-1348 vs 134, 1700-1709 vs 170): the lookup
// takes the longest matching entry. Source: Google libphonenumber resources/carrier/en/86.txt.
constexpr std::array kPrefixes{
    PrefixEntry{u"1340", Carrier::ChinaMobile},  PrefixEntry{u"1341", Carrier::ChinaMobile},
    PrefixEntry{u"1342", Carrier::ChinaMobile},  PrefixEntry{u"1343", Carrier::ChinaMobile},
    PrefixEntry{u"1344", Carrier::ChinaMobile},  PrefixEntry{u"1345", Carrier::ChinaMobile},
    PrefixEntry{u"1346", Carrier::ChinaMobile},  PrefixEntry{u"1347", Carrier::ChinaMobile},
    PrefixEntry{u"1348", Carrier::ChinaMobile},  PrefixEntry{u"135", Carrier::ChinaMobile},
    PrefixEntry{u"136", Carrier::ChinaMobile},   PrefixEntry{u"137", Carrier::ChinaMobile},
    PrefixEntry{u"138", Carrier::ChinaMobile},   PrefixEntry{u"139", Carrier::ChinaMobile},
    PrefixEntry{u"147", Carrier::ChinaMobile},   PrefixEntry{u"150", Carrier::ChinaMobile},
    PrefixEntry{u"151", Carrier::ChinaMobile},   PrefixEntry{u"152", Carrier::ChinaMobile},
    PrefixEntry{u"157", Carrier::ChinaMobile},   PrefixEntry{u"158", Carrier::ChinaMobile},
    PrefixEntry{u"159", Carrier::ChinaMobile},   PrefixEntry{u"172", Carrier::ChinaMobile},
    PrefixEntry{u"178", Carrier::ChinaMobile},   PrefixEntry{u"182", Carrier::ChinaMobile},
    PrefixEntry{u"183", Carrier::ChinaMobile},   PrefixEntry{u"184", Carrier::ChinaMobile},
    PrefixEntry{u"187", Carrier::ChinaMobile},   PrefixEntry{u"188", Carrier::ChinaMobile},
    PrefixEntry{u"195", Carrier::ChinaMobile},   PrefixEntry{u"197", Carrier::ChinaMobile},
    PrefixEntry{u"198", Carrier::ChinaMobile},   PrefixEntry{u"1703", Carrier::ChinaMobile},
    PrefixEntry{u"1705", Carrier::ChinaMobile},  PrefixEntry{u"1706", Carrier::ChinaMobile},
    PrefixEntry{u"130", Carrier::ChinaUnicom},   PrefixEntry{u"131", Carrier::ChinaUnicom},
    PrefixEntry{u"132", Carrier::ChinaUnicom},   PrefixEntry{u"145", Carrier::ChinaUnicom},
    PrefixEntry{u"155", Carrier::ChinaUnicom},   PrefixEntry{u"156", Carrier::ChinaUnicom},
    PrefixEntry{u"166", Carrier::ChinaUnicom},   PrefixEntry{u"167", Carrier::ChinaUnicom},
    PrefixEntry{u"171", Carrier::ChinaUnicom},   PrefixEntry{u"175", Carrier::ChinaUnicom},
    PrefixEntry{u"176", Carrier::ChinaUnicom},   PrefixEntry{u"185", Carrier::ChinaUnicom},
    PrefixEntry{u"186", Carrier::ChinaUnicom},   PrefixEntry{u"196", Carrier::ChinaUnicom},
    PrefixEntry{u"1704", Carrier::ChinaUnicom},  PrefixEntry{u"1707", Carrier::ChinaUnicom},
    PrefixEntry{u"1708", Carrier::ChinaUnicom},  PrefixEntry{u"1709", Carrier::ChinaUnicom},
    PrefixEntry{u"133", Carrier::ChinaTelecom},  PrefixEntry{u"153", Carrier::ChinaTelecom},
    PrefixEntry{u"173", Carrier::ChinaTelecom},  PrefixEntry{u"174", Carrier::ChinaTelecom},
    PrefixEntry{u"177", Carrier::ChinaTelecom},  PrefixEntry{u"180", Carrier::ChinaTelecom},
    PrefixEntry{u"181", Carrier::ChinaTelecom},  PrefixEntry{u"189", Carrier::ChinaTelecom},
    PrefixEntry{u"190", Carrier::ChinaTelecom},  PrefixEntry{u"191", Carrier::ChinaTelecom},
    PrefixEntry{u"193", Carrier::ChinaTelecom},  PrefixEntry{u"199", Carrier::ChinaTelecom},
    PrefixEntry{u"1700", Carrier::ChinaTelecom}, PrefixEntry{u"1701", Carrier::ChinaTelecom},
    PrefixEntry{u"1702", Carrier::ChinaTelecom}, PrefixEntry{u"192", Carrier::ChinaBroadnet},
};

} // namespace

Carrier CarrierInfo::fromIspName(QStringView ispName)
{
    const QStringView name = ispName.trimmed();
    if (name.compare(u"CMCC", Qt::CaseInsensitive) == 0)
        return Carrier::ChinaMobile;
    if (name.compare(u"CUCC", Qt::CaseInsensitive) == 0)
        return Carrier::ChinaUnicom;
    if (name.compare(u"CTCC", Qt::CaseInsensitive) == 0)
        return Carrier::ChinaTelecom;
    if (name.compare(u"CBN", Qt::CaseInsensitive) == 0)
        return Carrier::ChinaBroadnet;
    return Carrier::Unknown;
}

QString CarrierInfo::ispName(Carrier carrier)
{
    switch (carrier) {
    case Carrier::ChinaMobile:
        return QStringLiteral("CMCC");
    case Carrier::ChinaUnicom:
        return QStringLiteral("CUCC");
    case Carrier::ChinaTelecom:
        return QStringLiteral("CTCC");
    case Carrier::ChinaBroadnet:
        return QStringLiteral("CBN");
    case Carrier::Unknown:
        break;
    }
    return {};
}

QString CarrierInfo::displayName(Carrier carrier)
{
    switch (carrier) {
    case Carrier::ChinaMobile:
        return tr("China Mobile");
    case Carrier::ChinaUnicom:
        return tr("China Unicom");
    case Carrier::ChinaTelecom:
        return tr("China Telecom");
    case Carrier::ChinaBroadnet:
        return tr("China Broadnet");
    case Carrier::Unknown:
        break;
    }
    return tr("Unknown carrier");
}

Carrier CarrierInfo::forMobilePrefix(QStringView normalizedMobile)
{
    Carrier best = Carrier::Unknown;
    qsizetype bestLength = 0;
    for (const auto& entry : kPrefixes) {
        const QStringView prefix(entry.prefix);
        if (prefix.size() > bestLength && normalizedMobile.startsWith(prefix)) {
            best = entry.carrier;
            bestLength = prefix.size();
        }
    }
    return best;
}

} // namespace tricheck::identity
