#pragma once

#include "finding.h"

#include <QDate>

#include <optional>

namespace tricheck::identity {

// Normalises and validates a second-generation resident ID number (GB 11643-1999): 18 characters,
// a mainland province code, a real birth date between 1900-01-01 and `today`, and the ISO 7064
// MOD 11-2 check character. Hong Kong/Macao/Taiwan region codes and unknown area codes only warn.
Validation validateIdNumber(const QString& text, QDate today = QDate::currentDate());

// The MOD 11-2 check character ('0'-'9' or 'X') for the first 17 digits, or nullopt when the input
// is not 17 ASCII digits.
std::optional<QChar> idCheckCharacter(QStringView first17);

// The birth date encoded in an 18-character number, or an invalid QDate.
QDate idBirthDate(QStringView idNumber);

// True for the mainland province codes 11-15, 21-23, 31-37, 41-46, 50-54, 61-65.
bool isMainlandProvinceCode(int code);

} // namespace tricheck::identity
