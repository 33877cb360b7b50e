#include "selftest.h"

#include "application.h"
#include "common/appinfo.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "session/session.h"
#include "settings/appsettings.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPixmap>
#include <QPushButton>
#include <QSqlDatabase>

#include <cstdio>
#include <cstring>

namespace tricheck::gui {

bool SelfTest::requested(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--selftest") == 0)
            return true;
    }
    return false;
}

void SelfTest::preferOffscreenWithoutDisplay()
{
    // Only X11/Wayland systems say through the environment whether a display exists.
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
}

int SelfTest::run(QApplication& app)
{
    Application::applyIdentity(app);

    // The problem names are identifiers for scripts, not messages for people: not translated.
    QJsonArray problems;
    i18n::Translations translations;
    const QString language = i18n::Translations::systemLanguage();
    const bool appCatalogue = translations.setLanguage(language);
    if (!appCatalogue)
        problems.append(QStringLiteral("tricheck-catalogue-missing"));
    // English needs no Qt catalogue; any other language without one shows Qt's own texts in English.
    if (language != u"en" && !translations.qtCatalogueLoaded())
        problems.append(QStringLiteral("qt-catalogue-missing"));

    // A null pixmap means neither Qt's SVG icon engine nor its SVG image plugin is installed.
    const bool icon = !QApplication::windowIcon().pixmap(64, 64).isNull();
    if (!icon)
        problems.append(QStringLiteral("svg-icon-not-rendered"));
    const bool sqlite = QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"));
    if (!sqlite)
        problems.append(QStringLiteral("sqlite-driver-missing"));

    // The session is created but not started: the self-test opens no history, asks no keychain
    // and writes no settings.
    settings::AppSettings settings;
    session::Session session(&settings);
    MainWindow window(translations, &session);
    window.show();
    QCoreApplication::processEvents();
    const bool painted = !window.grab().isNull();
    if (!painted)
        problems.append(QStringLiteral("window-not-painted"));

    const QJsonObject report{
        {QStringLiteral("selftest"), problems.isEmpty() ? QStringLiteral("ok") : QStringLiteral("failed")},
        {QStringLiteral("version"), AppInfo::version()},
        {QStringLiteral("language"), translations.language()},
        {QStringLiteral("appCatalogue"), appCatalogue},
        {QStringLiteral("qtCatalogue"), translations.qtCatalogueLoaded()},
        {QStringLiteral("qtCatalogueFile"), translations.qtCatalogueFile()},
        {QStringLiteral("windowTitle"), window.windowTitle()},
        // A text from Qt's own catalogue, as every standard dialog shows it.
        {QStringLiteral("qtText"), QDialogButtonBox(QDialogButtonBox::Cancel).button(QDialogButtonBox::Cancel)->text()},
        {QStringLiteral("platform"), QGuiApplication::platformName()},
        {QStringLiteral("icon"), icon},
        {QStringLiteral("sqlite"), sqlite},
        {QStringLiteral("problems"), problems},
    };
    const QByteArray line = QJsonDocument(report).toJson(QJsonDocument::Compact) + '\n';
    (void)std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
    (void)std::fflush(stdout);
    return problems.isEmpty() ? 0 : 1;
}

} // namespace tricheck::gui
