#pragma once

#include "common/expected.h"
#include "credentials.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tricheck::credentials {

// One profile of the aliyun CLI's ~/.aliyun/config.json (spec §6). TriCheck uses AK and StsToken
// profiles; every other mode is listed with the reason it is not supported.
struct AliyunProfile
{
    QString name;
    QString mode; // as written in the file
    bool supported = false;
    QString problem; // translated: why the profile cannot be used (unsupported mode, missing key …)
    QString accessKeyId;
    QString accessKeySecret;
    QString securityToken;
    QString regionId;

    Credentials credentials() const; // source "aliyun-cli:NAME"
};

struct AliyunConfig
{
    QString path;
    QString current; // the CLI's current profile
    QList<AliyunProfile> profiles;

    const AliyunProfile* find(const QString& name) const;
};

class AliyunConfigReader
{
    Q_DECLARE_TR_FUNCTIONS(AliyunConfigReader)

public:
    static QString defaultPath(); // <home>/.aliyun/config.json
    // Reads and parses the file. Missing, unreadable, too large (over 1 MiB) or malformed files
    // give a translated error naming the file; nothing here can crash on bad input.
    static Expected<AliyunConfig, QString> read(const QString& path = defaultPath());
    static Expected<AliyunConfig, QString> parse(const QByteArray& json, const QString& path);
};

} // namespace tricheck::credentials
