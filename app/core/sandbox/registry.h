#pragma once

#include "common/expected.h"
#include "identity/identityinput.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace tricheck::sandbox {

// A fictitious subscriber of the sandbox: who holds a mobile number, and with which carrier.
struct Person
{
    enum class Status {
        Active, // answers 101 / 201 / 202 / 203
        Other   // answers 204, "other inconsistency" (e.g. a suspended or cancelled number)
    };

    QString mobile;   // 11 digits
    QString name;     // as on the ID card
    QString idNumber; // 18 characters, check character upper case
    QString ispName;  // CMCC / CUCC / CTCC
    Status status = Status::Active;
    int line = 0; // where the record starts in its CSV file
};

// What the service answers for a triple (Result of the success body).
struct Answer
{
    QString bizCode;
    QString subCode;
    QString ispName;
};

// Why a registry file was refused: the 1-based line and a translated reason.
struct RegistryError
{
    int line = 0; // 0 when the file could not be read at all
    QString reason;

    QString text() const; // "line 3: …", translated
};

// The sandbox's subscriber registry, read from a CSV file (RFC 4180, UTF-8 with or without BOM)
// with the header `mobile,name,id_number,carrier,status` (status optional: active or other). Only
// the format of each value is checked, never check characters or area codes, so that test files
// can hold the official vectors' fictitious numbers.
class Registry
{
    Q_DECLARE_TR_FUNCTIONS(Registry)

public:
    static Expected<Registry, RegistryError> fromCsv(const QByteArray& bytes);
    static Expected<Registry, RegistryError> fromFile(const QString& path);
    // The demo registry shipped as :/sandbox/registry.csv (resources/sandbox/registry.csv).
    static const Registry& defaultRegistry();

    const QList<Person>& people() const { return m_people; }
    int size() const { return int(m_people.size()); }
    bool isEmpty() const { return m_people.isEmpty(); }

    // The service's answer for values that already passed the gateway's format checks: plain text
    // in normal mode, 32 lower-case hex MD5 digests in md5 mode.
    Answer answer(const QString& mobile, const QString& name, const QString& idNumber, identity::ParamType type) const;

private:
    struct Digests
    {
        QString name;
        QString idNumber;
    };

    void add(Person person);

    QList<Person> m_people;
    QList<Digests> m_digests;
    QHash<QString, qsizetype> m_byMobile;
    QHash<QString, qsizetype> m_byMobileMd5;
};

// Format checks shared by the registry and the gateway's business validation.
bool isMobileFormat(QStringView text);   // 11 ASCII digits starting with 1
bool isIdNumberFormat(QStringView text); // 17 ASCII digits and a digit or X/x
bool isNameFormat(QStringView text);     // 1-64 characters, no control characters
bool isLowerMd5Hex(QStringView text);    // 32 lower-case hex digits

} // namespace tricheck::sandbox
