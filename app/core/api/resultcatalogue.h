#pragma once

#include "identity/carrier.h"
#include "identity/identityinput.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tricheck::api {

// How a result is presented: the GUI colours by it, history filters by it, the CLI counts by it.
enum class StatusRole {
    Pass,
    Mismatch,
    PartialMismatch,
    NoRecord,
    Error,
    Unknown
};

// One documented (or unknown) SubCode.
struct SubCodeEntry
{
    QString subCode; // as received, e.g. "202"
    StatusRole role = StatusRole::Unknown;
    QString shortText;  // translated, e.g. "Name matches, ID number does not"
    QString longText;   // translated explanation for the result panel
    bool known = false; // false for codes the catalogue does not know
};

struct BizCodeEntry
{
    QString bizCode;
    QString text;               // translated, e.g. "Inconsistent"
    std::optional<bool> billed; // nullopt when the code is unknown
    bool known = false;
};

// Maps the service's BizCode / SubCode / IspName to roles and translated descriptions. Every
// lookup answers: unknown codes give an explicit "unknown" entry, never an empty string.
//
// It is the one table of outcome words (see kOutcomes in resultcatalogue.cpp): every front end names
// an outcome through outcomeName() or roleName(), so the result panel's headline, its BizCode row, the
// history's filter and Status column, the statistics, the exports and the CLI say the same thing in
// both languages. SubCodes 202/203 and 201/204 are both "Inconsistent" (BizCode 2); where the two
// must be told apart, roleName() qualifies the same word ("Inconsistent — name or ID matches").
class ResultCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(ResultCatalogue)

public:
    static SubCodeEntry subCode(QStringView subCode);
    static BizCodeEntry bizCode(QStringView bizCode);
    static StatusRole roleForSubCode(QStringView subCode);
    // The operator name for an IspName (中国移动 / China Mobile …), "Unknown carrier" otherwise.
    static QString carrierName(QStringView ispName);
    // The outcome as one word, wherever one answer is shown: the headline, the BizCode row, the
    // filter's "all inconsistent" choice. Partial and full mismatches are both "Inconsistent".
    static QString outcomeName(StatusRole role);
    // The role's own label where roles are listed side by side (filter choices, statistics, reports,
    // Status column): outcomeName() itself, or qualified when it is shared by two roles.
    static QString roleName(StatusRole role);
    static QString roleId(StatusRole role); // stable: "pass", "mismatch", "partial", "norecord" …
    static std::optional<StatusRole> roleFromId(QStringView id);
    static QString billedText(std::optional<bool> billed); // "Billed" / "Not billed" / "Billing unknown"
    // The billing of one attempt wherever it is shown (result panel, history, exports, the status
    // bar, the CLI's line): a sandbox's answers are "Simulated — not billed", whatever their
    // BizCode would cost at the real service.
    static QString billingText(std::optional<bool> billed, bool sandbox);
    static QString simulatedText();     // "Simulated — not billed"
    static QStringList knownSubCodes(); // 101, 201, 202, 203, 204, 301
    // How the values were sent (ParamType): "Plain values" / "MD5 digests", never "normal".
    static QString paramTypeText(identity::ParamType type);
    // An endpoint id ("hongkong", "hongkong-vpc" or a URL) as the operator reads it.
    static QString endpointText(const QString& endpointId);
};

} // namespace tricheck::api
