#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace tricheck::i18n {
class Translations;
}

namespace tricheck::cli {

// tricheck-cli history export|list|stats|purge|audit: the verification history and its audit
// trail for scripts. Machine output is one JSON object per line on stdout (CSV for export);
// diagnostics go to stderr.
class HistoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)

public:
    static QString summary();
    // `translations` (may be null) is switched by `export --lang`.
    static int run(const QStringList& args, i18n::Translations* translations);
};

} // namespace tricheck::cli
