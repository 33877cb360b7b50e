#include "application.h"

#include "common/appinfo.h"
#include "i18n/translations.h"
#include "mainwindow.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>

namespace tricheck::gui {

void Application::applyIdentity(QApplication& app)
{
    AppInfo::applyTo(app);
    QApplication::setDesktopFileName(AppInfo::desktopFileName());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tricheck.svg")));
}

int Application::run(QApplication& app)
{
    applyIdentity(app);

    i18n::Translations translations;
    const QString saved = QSettings().value(QStringLiteral("ui/language")).toString();
    if (saved.isEmpty() || !translations.setLanguage(saved))
        translations.setLanguage(i18n::Translations::systemLanguage());

    MainWindow window(translations);
    window.show();
    return QApplication::exec();
}

} // namespace tricheck::gui
