#include "cliapp.h"
#include "common/appinfo.h"
#include "exitstatus.h"
#include "i18n/translations.h"
#include "jsonout.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    tricheck::AppInfo::applyTo(app);
    // Messages follow the environment's language (LANG / LC_MESSAGES), as command-line tools do.
    tricheck::i18n::Translations translations;
    translations.setLanguage(tricheck::i18n::Translations::systemLanguage());
    const int status = tricheck::cli::CliApp(&translations).run(QCoreApplication::arguments());
    if (status == tricheck::cli::ExitOk && tricheck::cli::stdoutFailed()) {
        tricheck::cli::printError(QCoreApplication::translate("CliApp", "The output could not be written."));
        return tricheck::cli::ExitFailure;
    }
    return status;
}
