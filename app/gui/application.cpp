#include "application.h"

#include "common/appinfo.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "settings/appsettings.h"
#include "theme.h"
#include "verification/workspace.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QTimer>

namespace tricheck::gui {

void Application::applyIdentity(QApplication& app)
{
    AppInfo::applyTo(app);
    QApplication::setDesktopFileName(AppInfo::desktopFileName());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tricheck.svg")));
}

QString Application::historyOverride(const QStringList& arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == u"--history" && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(u"--history="))
            return a.mid(10);
    }
    return {};
}

int Application::run(QApplication& app)
{
    applyIdentity(app);
    if (QCoreApplication::arguments().contains(QStringLiteral("--dark")) ||
        qEnvironmentVariable("TRICHECK_THEME").compare(u"dark", Qt::CaseInsensitive) == 0)
        Theme::applyDark(app);

    settings::AppSettings settings;
    i18n::Translations translations;
    if (!translations.setLanguage(settings.language()))
        translations.setLanguage(i18n::Translations::systemLanguage());

    verification::Workspace workspace(&settings);
    const QString history = historyOverride(QCoreApplication::arguments());
    if (!history.isEmpty())
        workspace.setHistoryPathOverride(QDir::current().absoluteFilePath(history));

    MainWindow window(translations, &workspace);
    workspace.start();
    window.show();
    if (settings.policy().isMalformed()) {
        QTimer::singleShot(0, &window, [&window, &settings] {
            MessageBox::warning(&window,
                                MainWindow::tr("Administrator's policy"),
                                MainWindow::tr("The administrator's policy file has problems. Where it is unclear, "
                                               "the safest choices apply (the sandbox is off)."),
                                settings.policy().problemText());
        });
    }
    return QApplication::exec();
}

} // namespace tricheck::gui
