#include "cliapp.h"
#include "common/appinfo.h"
#include "i18n/translations.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    tricheck::AppInfo::applyTo(app);
    // Messages follow the environment's language (LANG / LC_MESSAGES), as command-line tools do.
    tricheck::i18n::Translations translations;
    translations.setLanguage(tricheck::i18n::Translations::systemLanguage());
    return tricheck::cli::CliApp(&translations).run(QCoreApplication::arguments());
}
