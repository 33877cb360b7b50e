#pragma once

#include <QString>

namespace tricheck::identity {

// Privacy masks for display and storage. They work on any input (also invalid or partial values),
// so a masked value can always be shown; they never reveal more than the rules below.

// ID number: first 3 and last 4 characters kept, "411***********0001". Shorter than 8: all stars.
QString maskIdNumber(const QString& idNumber);

// Mobile: first 3 and last 4 digits kept, "131****8888". Shorter than 8: all stars.
QString maskMobile(const QString& mobile);

// Name: the surname kept, every other character a star: "张*", "Z***"; a two-character compound
// surname (欧阳, 司马 …) is kept whole when the name is longer than it: "欧阳**".
QString maskName(const QString& name);

// A value that only exists as an MD5 digest (pre-hashed input in md5 mode) is shown as "[MD5]":
// even a few hex digits of an unsalted digest narrow an 11-digit mobile down to a handful.
QString maskDigest(const QString& digest);

} // namespace tricheck::identity
