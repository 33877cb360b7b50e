#include "registry.h"

#include "common/logging.h"
#include "identity/carrier.h"
#include "identity/digest.h"

#include <QFile>
#include <QStringDecoder>

#include <algorithm>

namespace tricheck::sandbox {

using identity::ParamType;

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// One CSV record: its fields and the line it starts on.
struct CsvRecord
{
    QList<QByteArray> fields;
    int line = 0;
};

// RFC 4180 reader. Qt has no CSV parser, and the format is small enough that a strict state
// machine is clearer than bending QRegularExpression to quoted fields with embedded newlines.
// Works on bytes: the delimiters are ASCII, so UTF-8 sequences pass through untouched.
class CsvReader
{
public:
    explicit CsvReader(const QByteArray& bytes)
        : m_bytes(bytes)
    {
        if (m_bytes.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
    }

    bool atEnd() const { return m_pos >= m_bytes.size(); }

    // Reads the next record; on a syntax error returns the line and the reason.
    Expected<CsvRecord, RegistryError> next()
    {
        CsvRecord record;
        record.line = m_line;
        QByteArray field;
        bool quoted = false;    // inside a quoted field
        bool wasQuoted = false; // the current field was quoted (and its closing quote seen)
        while (m_pos < m_bytes.size()) {
            const char c = m_bytes.at(m_pos++);
            if (quoted) {
                if (c == '"') {
                    if (m_pos < m_bytes.size() && m_bytes.at(m_pos) == '"') {
                        field += '"';
                        ++m_pos;
                    } else {
                        quoted = false;
                        wasQuoted = true;
                    }
                } else {
                    if (c == '\n' || (c == '\r' && !(m_pos < m_bytes.size() && m_bytes.at(m_pos) == '\n')))
                        ++m_line;
                    field += c;
                }
                continue;
            }
            if (c == ',') {
                record.fields.append(field);
                field.clear();
                wasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && m_pos < m_bytes.size() && m_bytes.at(m_pos) == '\n')
                    ++m_pos;
                ++m_line;
                record.fields.append(field);
                return record;
            } else if (wasQuoted) {
                return Expected<CsvRecord, RegistryError>::failure(
                    {m_line, Registry::tr("unexpected character after a closing quote")});
            } else if (c == '"') {
                if (!field.isEmpty())
                    return Expected<CsvRecord, RegistryError>::failure(
                        {m_line, Registry::tr("a quote inside an unquoted field (quote the whole field)")});
                quoted = true;
            } else {
                field += c;
            }
        }
        if (quoted)
            return Expected<CsvRecord, RegistryError>::failure(
                {record.line, Registry::tr("a quoted field is not closed before the end of the file")});
        record.fields.append(field);
        return record;
    }

private:
    const QByteArray& m_bytes;
    qsizetype m_pos = 0;
    int m_line = 1;
};

Expected<QString, RegistryError> decodeField(const QByteArray& bytes, int line)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return Expected<QString, RegistryError>::failure({line, Registry::tr("the text is not valid UTF-8")});
    return text.trimmed();
}

bool isBlank(const CsvRecord& record)
{
    return record.fields.size() == 1 && record.fields.constFirst().trimmed().isEmpty();
}

enum Column {
    Mobile,
    Name,
    IdNumber,
    Carrier,
    Status,
    ColumnCount
};

constexpr const char* kColumnNames[ColumnCount] = {"mobile", "name", "id_number", "carrier", "status"};

} // namespace

bool isMobileFormat(QStringView text)
{
    return text.size() == 11 && text.front() == u'1' && std::all_of(text.begin(), text.end(), isAsciiDigit);
}

bool isIdNumberFormat(QStringView text)
{
    if (text.size() != 18)
        return false;
    const QChar last = text.back();
    return std::all_of(text.begin(), text.end() - 1, isAsciiDigit) &&
           (isAsciiDigit(last) || last == u'X' || last == u'x');
}

bool isNameFormat(QStringView text)
{
    if (text.trimmed().isEmpty())
        return false;
    qsizetype codePoints = 0;
    for (const char32_t c : text.toUcs4()) {
        if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0xFFFD)
            return false;
        ++codePoints;
    }
    return codePoints <= 64;
}

bool isLowerMd5Hex(QStringView text)
{
    return text.size() == 32 &&
           std::all_of(text.begin(), text.end(), [](QChar c) { return isAsciiDigit(c) || (c >= u'a' && c <= u'f'); });
}

QString RegistryError::text() const
{
    if (line <= 0)
        return reason;
    return Registry::tr("line %1: %2").arg(line).arg(reason);
}

void Registry::add(Person person)
{
    const qsizetype index = m_people.size();
    m_byMobile.insert(person.mobile, index);
    m_byMobileMd5.insert(identity::md5Hex(person.mobile), index);
    m_digests.append({identity::md5Hex(person.name), identity::md5Hex(person.idNumber)});
    m_people.append(std::move(person));
}

Expected<Registry, RegistryError> Registry::fromCsv(const QByteArray& bytes)
{
    using Result = Expected<Registry, RegistryError>;
    CsvReader reader(bytes);

    // Header: the first non-blank record.
    CsvRecord header;
    do {
        if (reader.atEnd())
            return Result::failure({1,
                                    tr("the file is empty; the first line must be the header %1")
                                        .arg(QStringLiteral("mobile,name,id_number,carrier,status"))});
        auto record = reader.next();
        if (!record)
            return Result::failure(record.error());
        header = record.value();
    } while (isBlank(header));

    int columnOf[ColumnCount] = {-1, -1, -1, -1, -1};
    for (int i = 0; i < header.fields.size(); ++i) {
        auto name = decodeField(header.fields.at(i), header.line);
        if (!name)
            return Result::failure(name.error());
        const QString column = name.value().toLower();
        const auto known = std::find_if(std::begin(kColumnNames), std::end(kColumnNames), [&column](const char* n) {
            return column == QLatin1String(n);
        });
        if (known == std::end(kColumnNames))
            return Result::failure({header.line,
                                    tr("unknown column \"%1\"; the header must be %2")
                                        .arg(name.value(), QStringLiteral("mobile,name,id_number,carrier,status"))});
        const auto which = std::distance(std::begin(kColumnNames), known);
        if (columnOf[which] >= 0)
            return Result::failure({header.line, tr("the column \"%1\" appears twice").arg(column)});
        columnOf[which] = i;
    }
    for (int c = 0; c < Status; ++c) {
        if (columnOf[c] < 0)
            return Result::failure(
                {header.line, tr("the header has no \"%1\" column").arg(QLatin1String(kColumnNames[c]))});
    }

    Registry registry;
    while (!reader.atEnd()) {
        auto next = reader.next();
        if (!next)
            return Result::failure(next.error());
        const CsvRecord& record = next.value();
        if (isBlank(record))
            continue;
        const int line = record.line;
        if (record.fields.size() != header.fields.size())
            return Result::failure(
                {line, tr("expected %1 fields, found %2").arg(header.fields.size()).arg(record.fields.size())});

        QString values[ColumnCount];
        for (int c = 0; c < ColumnCount; ++c) {
            if (columnOf[c] < 0)
                continue;
            auto value = decodeField(record.fields.at(columnOf[c]), line);
            if (!value)
                return Result::failure(value.error());
            values[c] = value.value();
        }

        Person person;
        person.line = line;
        person.mobile = values[Mobile];
        if (!isMobileFormat(person.mobile))
            return Result::failure({line, tr("the mobile number must be 11 digits starting with 1")});
        person.name = values[Name];
        if (!isNameFormat(person.name))
            return Result::failure({line, tr("the name must be 1 to 64 characters without control characters")});
        person.idNumber = values[IdNumber].toUpper();
        if (!isIdNumberFormat(person.idNumber))
            return Result::failure({line, tr("the ID number must be 17 digits followed by a digit or X")});
        person.ispName = values[Carrier].toUpper();
        if (person.ispName != u"CMCC" && person.ispName != u"CUCC" && person.ispName != u"CTCC")
            return Result::failure({line, tr("the carrier must be CMCC, CUCC or CTCC")});
        const QString status = values[Status].toLower();
        if (status.isEmpty() || status == u"active")
            person.status = Person::Status::Active;
        else if (status == u"other")
            person.status = Person::Status::Other;
        else
            return Result::failure({line, tr("the status must be \"active\" or \"other\" (or empty)")});

        if (const auto existing = registry.m_byMobile.constFind(person.mobile);
            existing != registry.m_byMobile.constEnd())
            return Result::failure(
                {line, tr("the mobile number is already listed on line %1").arg(registry.m_people.at(*existing).line)});
        registry.add(std::move(person));
    }
    return registry;
}

Expected<Registry, RegistryError> Registry::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Expected<Registry, RegistryError>::failure({0, tr("cannot read %1: %2").arg(path, file.errorString())});
    // A registry is a few thousand lines at most; refuse anything absurd rather than reading it.
    constexpr qint64 kMaxBytes = qint64(64) * 1024 * 1024;
    if (file.size() > kMaxBytes)
        return Expected<Registry, RegistryError>::failure({0, tr("%1 is larger than 64 MiB").arg(path)});
    return fromCsv(file.readAll());
}

const Registry& Registry::defaultRegistry()
{
    // A broken resource is a build defect (a test parses it); the sandbox then answers 301 for
    // every number rather than taking the application down.
    static const Registry registry = [] {
        QFile file(QStringLiteral(":/sandbox/registry.csv"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCCritical(lcSandbox, "The embedded sandbox registry is missing");
            return Registry();
        }
        auto parsed = fromCsv(file.readAll());
        if (!parsed) {
            qCCritical(lcSandbox, "The embedded sandbox registry is malformed (line %d)", parsed.error().line);
            return Registry();
        }
        return std::move(parsed).value();
    }();
    return registry;
}

Answer Registry::answer(const QString& mobile, const QString& name, const QString& idNumber, ParamType type) const
{
    const bool md5 = type == ParamType::Md5;
    const auto& index = md5 ? m_byMobileMd5 : m_byMobile;
    const auto found = index.constFind(mobile);
    if (found == index.constEnd()) {
        // The gateway knows the operator of a number segment even without a record; with only a
        // digest there is nothing to go by.
        const QString isp =
            md5 ? QString() : identity::CarrierInfo::ispName(identity::CarrierInfo::forMobilePrefix(mobile));
        return {QStringLiteral("3"), QStringLiteral("301"), isp};
    }
    const Person& person = m_people.at(*found);
    if (person.status == Person::Status::Other)
        return {QStringLiteral("2"), QStringLiteral("204"), person.ispName};

    bool nameMatches = false;
    bool idMatches = false;
    if (md5) {
        const Digests& digests = m_digests.at(*found);
        nameMatches = name == digests.name;
        idMatches = idNumber == digests.idNumber;
    } else {
        nameMatches = name == person.name;
        idMatches = idNumber.toUpper() == person.idNumber;
    }
    if (nameMatches && idMatches)
        return {QStringLiteral("1"), QStringLiteral("101"), person.ispName};
    if (nameMatches)
        return {QStringLiteral("2"), QStringLiteral("202"), person.ispName};
    if (idMatches)
        return {QStringLiteral("2"), QStringLiteral("203"), person.ispName};
    return {QStringLiteral("2"), QStringLiteral("201"), person.ispName};
}

} // namespace tricheck::sandbox
