#pragma once

// Shared by the GUI tests: the desktop app assembled as Application::run() does, on a history in a
// temporary directory, against its in-process sandbox.

#include "gui/accessibility.h"
#include "gui/mainwindow.h"
#include "i18n/translations.h"
#include "session/servicerouter.h"
#include "session/session.h"
#include "settings/appsettings.h"

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

// The whole app: settings, language, session (started), main window (shown).
struct DesktopApp
{
    // `ownHistory`: a history file of this test's own, as `tricheck --history PATH` gives.
    explicit DesktopApp(const QString& language = QStringLiteral("en"),
                        const settings::Policy& policy = settings::Policy(),
                        bool ownHistory = true)
        : settings(policy)
    {
        gui::Accessibility::install(); // as Application::run() does
        // QStandardPaths' test mode keeps the settings from one run to the next: every test
        // starts from the defaults, whatever an earlier one changed.
        for (const settings::Setting setting : settings::allSettings())
            this->settings.reset(setting);
        historyPath = dir.filePath(QStringLiteral("history.sqlite"));
        translations.setLanguage(language);
        session::SessionOptions options;
        if (ownHistory)
            options.overrides.set(settings::Setting::HistoryPath, historyPath, QStringLiteral("tricheck --history"));
        session = std::make_unique<session::Session>(&settings, options);
        window = std::make_unique<gui::MainWindow>(translations, session.get());
        session->start();
        window->show();
    }
    ~DesktopApp()
    {
        window.reset();
        session.reset();
        translations.setLanguage(QStringLiteral("en"));
    }

    bool waitReady(int ms = 30000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!session->canVerify() && timer.elapsed() < ms)
            QTest::qWait(20);
        if (!session->canVerify())
            qWarning() << "not ready:" << session->notReadyReason();
        return session->canVerify();
    }

    QTemporaryDir dir;
    QString historyPath;
    settings::AppSettings settings;
    i18n::Translations translations;
    std::unique_ptr<session::Session> session;
    std::unique_ptr<gui::MainWindow> window;
};

} // namespace tricheck::test
