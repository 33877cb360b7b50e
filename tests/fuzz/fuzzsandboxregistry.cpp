// Fuzz target: the sandbox registry's CSV reader. Any bytes give either a registry or an error
// with a line number and a reason; never a crash.
#include "sandbox/registry.h"

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
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto registry = tricheck::sandbox::Registry::fromCsv(bytes);
    if (!registry.hasValue() && (registry.error().reason.isEmpty() || registry.error().text().isEmpty()))
        std::abort();
    return 0;
}
