#include "cliapp.h"
#include "common/appinfo.h"
#include "exitstatus.h"
#include "history/historystore.h"
#include "i18n/translations.h"
#include "jsonout.h"
#include "reportcommand.h"

#include <QGuiApplication>

#include <memory>

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // Commands that draw a PDF need Qt Gui (fonts, painting): they run on a QGuiApplication, on the
    // offscreen platform unless one is asked for, so no display is needed. The others need none.
    const bool drawing = tricheck::cli::ReportCommand::drawsPdf(arguments);
    if (drawing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app =
        drawing ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    tricheck::AppInfo::applyTo(*app);
    // Messages follow the environment's language (LANG / LC_MESSAGES), as command-line tools do.
    tricheck::i18n::Translations translations;
    translations.setLanguage(tricheck::i18n::Translations::systemLanguage());
    // A schema upgrade of a big history takes a while (new indexes): say what is going on.
    tricheck::history::HistoryStore::setDefaultMigrationProgress([](int done, int total, const QString& what) {
        tricheck::cli::printError(QCoreApplication::translate("CliApp", "Upgrading the history (%1 of %2: %3)…")
                                      .arg(done)
                                      .arg(total)
                                      .arg(what));
    });
    const int status = tricheck::cli::CliApp(&translations).run(QCoreApplication::arguments());
    if (status == tricheck::cli::ExitOk && tricheck::cli::stdoutFailed()) {
        tricheck::cli::printError(QCoreApplication::translate("CliApp", "The output could not be written."));
        return tricheck::cli::ExitFailure;
    }
    return status;
}
