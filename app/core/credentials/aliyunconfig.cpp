#include "aliyunconfig.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tricheck::credentials {

namespace {

constexpr qint64 kMaxConfigBytes = qint64(1024) * 1024;

QString text(const QJsonObject& object, const char* key)
{
    const QJsonValue v = object.value(QLatin1String(key));
    return v.isString() ? v.toString().trimmed() : QString();
}

} // namespace

Credentials AliyunProfile::credentials() const
{
    Credentials c;
    c.accessKeyId = accessKeyId;
    c.accessKeySecret = accessKeySecret;
    c.securityToken = securityToken;
    c.source = QStringLiteral("aliyun-cli:") + name;
    return c;
}

const AliyunProfile* AliyunConfig::find(const QString& name) const
{
    for (const AliyunProfile& p : profiles) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

QString AliyunConfigReader::defaultPath()
{
    return QDir::homePath() + QStringLiteral("/.aliyun/config.json");
}

Expected<AliyunConfig, QString> AliyunConfigReader::read(const QString& path)
{
    using Result = Expected<AliyunConfig, QString>;
    QFile file(path);
    if (!file.exists())
        return Result::failure(
            tr("The aliyun CLI configuration %1 does not exist.").arg(QDir::toNativeSeparators(path)));
    if (!file.open(QIODevice::ReadOnly))
        return Result::failure(tr("The aliyun CLI configuration %1 cannot be read: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > kMaxConfigBytes)
        return Result::failure(tr("The aliyun CLI configuration %1 is larger than 1 MiB; it is not read.")
                                   .arg(QDir::toNativeSeparators(path)));
    return parse(file.read(kMaxConfigBytes + 1), path);
}

Expected<AliyunConfig, QString> AliyunConfigReader::parse(const QByteArray& json, const QString& path)
{
    using Result = Expected<AliyunConfig, QString>;
    const QString shownPath = QDir::toNativeSeparators(path);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Result::failure(tr("The aliyun CLI configuration %1 is not valid JSON (%2 at byte %3).")
                                   .arg(shownPath, error.errorString())
                                   .arg(error.offset));
    if (!document.isObject() || !document.object().value(QLatin1String("profiles")).isArray())
        return Result::failure(
            tr("The aliyun CLI configuration %1 has no \"profiles\" list; it is not a config.json of the aliyun CLI.")
                .arg(shownPath));

    AliyunConfig config;
    config.path = path;
    const QJsonObject root = document.object();
    config.current = text(root, "current");
    const QJsonArray list = root.value(QLatin1String("profiles")).toArray();
    for (const auto& value : list) {
        if (!value.isObject())
            continue;
        const QJsonObject o = value.toObject();
        AliyunProfile p;
        p.name = text(o, "name");
        if (p.name.isEmpty())
            continue;
        p.mode = text(o, "mode");
        p.accessKeyId = text(o, "access_key_id");
        p.accessKeySecret = text(o, "access_key_secret");
        p.securityToken = text(o, "sts_token");
        p.regionId = text(o, "region_id");
        // The CLI compares modes case-insensitively (NormalizeMode uses EqualFold).
        const bool isAk = p.mode.compare(u"AK", Qt::CaseInsensitive) == 0;
        const bool isSts = p.mode.compare(u"StsToken", Qt::CaseInsensitive) == 0;
        if (!isAk && !isSts) {
            p.problem = p.mode.isEmpty()
                            ? tr("Profile \"%1\" has no credential mode.").arg(p.name)
                            : tr("Profile \"%1\" uses mode %2, which TriCheck does not support: only AK and StsToken "
                                 "profiles can be used (other modes need a token exchange TriCheck does not make).")
                                  .arg(p.name, p.mode);
        } else if (p.accessKeyId.isEmpty() || p.accessKeySecret.isEmpty()) {
            p.problem = tr("Profile \"%1\" lacks access_key_id or access_key_secret.").arg(p.name);
        } else if (isSts && p.securityToken.isEmpty()) {
            p.problem = tr("StsToken profile \"%1\" lacks sts_token.").arg(p.name);
        } else {
            p.supported = true;
            if (isAk)
                p.securityToken.clear(); // an AK profile's stray token is not used
        }
        config.profiles.append(p);
    }
    return config;
}

} // namespace tricheck::credentials
