// Fuzz target: the aliyun CLI config.json importer. Any bytes give a configuration or a readable
// error, never a crash; every profile it accepts has an AccessKey ID and a secret, every one it
// refuses says why.
#include "credentials/aliyunconfig.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto config = tricheck::credentials::AliyunConfigReader::parse(json, QStringLiteral("config.json"));
    if (!config) {
        if (config.error().isEmpty())
            std::abort();
        return 0;
    }
    for (const auto& profile : config->profiles) {
        if (profile.supported && (profile.accessKeyId.isEmpty() || profile.accessKeySecret.isEmpty()))
            std::abort();
        if (!profile.supported && profile.problem.isEmpty())
            std::abort();
    }
    return 0;
}
