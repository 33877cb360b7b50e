#include "application.h"

#include "batchdialog.h"
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
    const QString batch = batchFile(QCoreApplication::arguments());
    if (!batch.isEmpty()) {
        // The dialog needs the history (the batch journal), which opens off the GUI thread.
        const QString path = QDir::current().absoluteFilePath(batch);
        auto opened = std::make_shared<QMetaObject::Connection>();
        *opened = QObject::connect(&workspace, &verification::Workspace::historyChanged, &window, [&, path, opened] {
            if (workspace.historyState() == verification::Workspace::HistoryState::Opening)
                return;
            QObject::disconnect(*opened);
            if (BatchDialog* dialog = window.showBatchDialog())
                dialog->openFile(path);
        });
    }
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
