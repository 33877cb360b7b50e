#pragma once

#include <QString>

class QApplication;

namespace tricheck::gui {

// Start-up of the desktop app: application identity, palette (--dark), settings under the
// administrator's policy, language (the saved choice, else the system's), the session (history
// opened off the GUI thread, sandbox or real service) and the main window. Kept out of main.cpp so
// GUI tests can start the app the same way.
class Application
{
public:
    static int run(QApplication& app);
    // Organisation, name, version, desktop file name and window icon (shared with the self-test).
    static void applyIdentity(QApplication& app);
    // `--history PATH` (or --history=PATH): a history file for this run instead of the setting.
    static QString historyOverride(const QStringList& arguments);
    // `--batch FILE.csv` (or --batch=FILE.csv): open "Verify a file…" on this file at start.
    static QString batchFile(const QStringList& arguments);

private:
    static QString optionValue(const QStringList& arguments, const QString& name);
};

} // namespace tricheck::gui
