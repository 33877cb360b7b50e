#pragma once

#include "simulator.h"

#include <QByteArray>
#include <QString>

namespace tricheck::sandbox {

// Stands for the person a request asked about, without naming them: the HMAC-SHA256 of the
// mobile, name and ID number as received (plain text or MD5 digests, whatever ParamType was
// used), under a key drawn from the CSPRNG for each run and kept only in this object's memory.
// Within one run the same three values always give the same subject, so a request log can count
// how often a person was sent; across runs the subjects are unrelated, and without the key no
// subject can be traced back to a value, not even by trying the values of a known list.
class SubjectHasher
{
public:
    SubjectHasher(); // with a fresh key
    void renewKey(); // subjects from now on are unrelated to earlier ones

    // 64 lower-case hex digits; empty when the CSPRNG failed (fail closed: no subject at all).
    QString subject(const QString& mobile, const QString& name, const QString& idNumber) const;
    // The subject of a request that carries Mobile, UserName and IdentifyNum once each (query or
    // form body), whether or not it passes the gateway's checks; empty otherwise.
    QString subjectOf(const ReceivedRequest& request) const;

private:
    QByteArray m_key;
};

} // namespace tricheck::sandbox
