#pragma once

// Shared by the GUI tests: the desktop app assembled as Application::run() does, on a history in a
// temporary directory, against its in-process sandbox.

#include "gui/mainwindow.h"
#include "i18n/translations.h"
#include "settings/appsettings.h"
#include "verification/servicecontext.h"
#include "verification/workspace.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace tricheck::test {

// Chinese text arrives from an input method as a commit, not as key presses.
inline void commitText(QWidget* widget, const QString& text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

// Typing goes to the focused widget, as with a keyboard.
inline void typeInto(QWidget* widget, const QString& text)
{
    widget->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(widget, text);
}

inline void commitInto(QWidget* widget, const QString& text)
{
    widget->setFocus(Qt::TabFocusReason);
    commitText(widget, text);
}

template <typename T>
T* child(QObject* parent, const char* name)
{
    auto* found = parent->findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

// The whole app: settings, language, workspace (started), main window (shown).
struct DesktopApp
{
    explicit DesktopApp(const QString& language = QStringLiteral("en"),
                        const settings::Policy& policy = settings::Policy())
        : settings(policy)
    {
        // QStandardPaths' test mode keeps the settings from one run to the next: every test
        // starts from the defaults, whatever an earlier one changed.
        for (const settings::Setting setting : settings::allSettings())
            this->settings.reset(setting);
        historyPath = dir.filePath(QStringLiteral("history.sqlite"));
        translations.setLanguage(language);
        workspace = std::make_unique<verification::Workspace>(&settings);
        workspace->setHistoryPathOverride(historyPath);
        window = std::make_unique<gui::MainWindow>(translations, workspace.get());
        workspace->start();
        window->show();
    }
    ~DesktopApp()
    {
        window.reset();
        workspace.reset();
        translations.setLanguage(QStringLiteral("en"));
    }

    bool waitReady(int ms = 30000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!workspace->canVerify() && timer.elapsed() < ms)
            QTest::qWait(20);
        if (!workspace->canVerify())
            qWarning() << "not ready:" << workspace->notReadyReason();
        return workspace->canVerify();
    }

    QTemporaryDir dir;
    QString historyPath;
    settings::AppSettings settings;
    i18n::Translations translations;
    std::unique_ptr<verification::Workspace> workspace;
    std::unique_ptr<gui::MainWindow> window;
};

} // namespace tricheck::test
