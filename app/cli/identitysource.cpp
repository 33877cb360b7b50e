#include "identitysource.h"

#include "secretinput.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace tricheck::cli {

Expected<IdentityRequest, QString> IdentitySource::parseJson(const QByteArray& bytes)
{
    using Result = Expected<IdentityRequest, QString>;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Result::failure(tr("--stdin expects one JSON object {\"mobile\",\"name\",\"id\",\"reference\"} on "
                                  "standard input."));
    const QJsonObject o = doc.object();
    IdentityRequest r;
    const auto field = [&o](const char* key, QString* out, bool required) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return !required;
        if (!v.isString())
            return false;
        *out = v.toString();
        return true;
    };
    for (const auto& [key, out] :
         {std::pair{"mobile", &r.input.mobile}, std::pair{"name", &r.input.name}, std::pair{"id", &r.input.idNumber}}) {
        if (!field(key, out, true))
            return Result::failure(tr("--stdin: \"%1\" is missing or not a string.").arg(QLatin1String(key)));
    }
    if (!field("reference", &r.reference, false))
        return Result::failure(tr("--stdin: \"reference\" must be a string."));
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != u"mobile" && it.key() != u"name" && it.key() != u"id" && it.key() != u"reference")
            return Result::failure(tr("--stdin: unknown key \"%1\".").arg(it.key()));
    }
    return r;
}

Expected<std::optional<IdentityRequest>, QString> IdentitySource::read(const Flags& flags, bool fromStdin)
{
    using Result = Expected<std::optional<IdentityRequest>, QString>;
    if (fromStdin) {
        if (flags.mobile || flags.name || flags.id)
            return Result::failure(tr("--stdin cannot be used with --mobile, --name or --id."));
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return Result::failure(tr("Standard input cannot be read."));
        // A pipe hands its data over in pieces: read until end of input or one byte past the limit.
        QByteArray bytes;
        while (bytes.size() <= kMaxStdinBytes) {
            const QByteArray piece = in.read(kMaxStdinBytes + 1 - bytes.size());
            if (piece.isEmpty())
                break;
            bytes += piece;
        }
        if (bytes.size() > kMaxStdinBytes)
            return Result::failure(tr("--stdin: the input is larger than 64 KiB."));
        auto parsed = parseJson(bytes);
        if (!parsed)
            return Result::failure(parsed.error());
        IdentityRequest r = parsed.value();
        if (flags.reference)
            r.reference = *flags.reference;
        return std::optional<IdentityRequest>(r);
    }
    IdentityRequest r;
    r.reference = flags.reference.value_or(QString());
    if (flags.mobile && flags.name && flags.id) {
        r.input = {*flags.mobile, *flags.name, *flags.id};
        return std::optional<IdentityRequest>(r);
    }
    if (!stdinIsTerminal())
        return Result::failure(tr("--mobile, --name and --id are all required, or --stdin with a JSON object."));
    // Asked for at the terminal: nothing of it reaches argv or the shell's history.
    const std::optional<QString> mobile = flags.mobile ? flags.mobile : readPromptedLine(tr("Mobile number: "));
    if (!mobile)
        return std::optional<IdentityRequest>();
    const std::optional<QString> name = flags.name ? flags.name : readPromptedLine(tr("Name: "));
    if (!name)
        return std::optional<IdentityRequest>();
    const std::optional<QString> id = flags.id ? flags.id : readMaskedLine(tr("ID number: "));
    if (!id)
        return std::optional<IdentityRequest>();
    r.input = {*mobile, *name, *id};
    return std::optional<IdentityRequest>(r);
}

} // namespace tricheck::cli
