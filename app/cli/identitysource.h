#pragma once

#include "common/expected.h"
#include "identity/identityinput.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tricheck::cli {

// Where tricheck-cli verify's three values come from:
//   --stdin  one JSON object {"mobile","name","id","reference"} (UTF-8) on standard input, so that
//            they never appear in process lists or shell history (recommended for scripts);
//   flags    --mobile, --name, --id (kept for compatibility: other users can see them in `ps`);
//   prompts  on a terminal, the values the flags do not give are asked for (the ID number with a
//            masked echo).
struct IdentityRequest
{
    identity::IdentityInput input;
    QString reference;
};

class IdentitySource
{
    Q_DECLARE_TR_FUNCTIONS(IdentitySource)

public:
    // `flags`: the values given as flags (unset: nullopt). `reference`: --reference, if given.
    struct Flags
    {
        std::optional<QString> mobile;
        std::optional<QString> name;
        std::optional<QString> id;
        std::optional<QString> reference;
    };

    // The request, or a usage error (translated). nullopt inside: interrupted at a prompt.
    static Expected<std::optional<IdentityRequest>, QString> read(const Flags& flags, bool fromStdin);

    // Parses the --stdin object (exposed for tests and the fuzz target).
    static Expected<IdentityRequest, QString> parseJson(const QByteArray& bytes);

    static constexpr qint64 kMaxStdinBytes = qint64{64} * 1024;
};

} // namespace tricheck::cli
