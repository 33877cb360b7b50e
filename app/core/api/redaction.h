#pragma once

#include <QString>
#include <QStringList>

namespace tricheck::api {

// Server messages are stored, shown and logged only after this. A SignatureDoesNotMatch or
// IncompleteSignature message echoes the server's string-to-sign, which for V1 holds every request
// parameter (the ID number, name and mobile); other messages quote parameter values. So:
//  - everything after "string to sign" (in its spellings) is cut;
//  - name=value pairs of our request parameters (plain, %3D or %253D encoded, JSON-style) lose the value;
//  - runs that look like a mainland mobile, an ID number or an MD5/nonce digest are masked;
//  - each of `sensitiveValues` (and its percent-encoded forms) is removed wherever it appears;
//  - the result is capped at kMaxRedactedLength characters.
QString redactServerMessage(const QString& message, const QStringList& sensitiveValues = {});

inline constexpr qsizetype kMaxRedactedLength = 500;

// The placeholder that replaces removed text.
QString redactedMarker();

} // namespace tricheck::api
