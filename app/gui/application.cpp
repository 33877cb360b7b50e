#include "application.h"

#include "accessibility.h"
#include "batchdialog.h"
#include "common/appinfo.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "session/session.h"
#include "settings/appsettings.h"
#include "theme.h"

#include <QApplication>
#include <QDir>
#include <QIcon>

#include <memory>

namespace tricheck::gui {

void Application::applyIdentity(QApplication& app)
{
    AppInfo::applyTo(app);
    QApplication::setDesktopFileName(AppInfo::desktopFileName());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tricheck.svg")));
}

QString Application::optionValue(const QStringList& arguments, const QString& name)
{
    const QString prefix = name + u'=';
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == name && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(prefix))
            return a.mid(prefix.size());
    }
    return {};
}

QString Application::historyOverride(const QStringList& arguments)
{
    return optionValue(arguments, QStringLiteral("--history"));
}

QString Application::batchFile(const QStringList& arguments)
{
    return optionValue(arguments, QStringLiteral("--batch"));
}

int Application::run(QApplication& app)
{
    applyIdentity(app);
    Accessibility::install(); // for every window: keyboard, screen readers, scale (accessibility.h)
    if (QCoreApplication::arguments().contains(QStringLiteral("--dark")) ||
        qEnvironmentVariable("TRICHECK_THEME").compare(u"dark", Qt::CaseInsensitive) == 0)
        Theme::applyDark(app);

    settings::AppSettings settings;
    i18n::Translations translations;
    if (!translations.setLanguage(settings.value(settings::Setting::Language).toString()))
        translations.setLanguage(i18n::Translations::systemLanguage());

    session::SessionOptions options;
    const QString history = historyOverride(QCoreApplication::arguments());
    if (!history.isEmpty())
        options.overrides.set(settings::Setting::HistoryPath,
                              QDir::current().absoluteFilePath(history),
                              QStringLiteral("tricheck --history"));
    session::Session session(&settings, options);

    MainWindow window(translations, &session);
    const QString batch = batchFile(QCoreApplication::arguments());
    if (!batch.isEmpty()) {
        // The dialog needs the history (the batch journal), which opens off the GUI thread.
        const QString path = QDir::current().absoluteFilePath(batch);
        auto opened = std::make_shared<QMetaObject::Connection>();
        *opened = QObject::connect(&session, &session::Session::historyChanged, &window, [&, path, opened] {
            if (session.historyState() == session::Session::HistoryState::Opening)
                return;
            QObject::disconnect(*opened);
            if (BatchDialog* dialog = window.showBatchDialog())
                dialog->openFile(path);
        });
    }
    session.start();
    window.show();
    return QApplication::exec();
}

} // namespace tricheck::gui
