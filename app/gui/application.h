#pragma once

class QApplication;

namespace tricheck::gui {

// Start-up of the desktop app: application identity, language (saved choice, else the system's),
// the main window. Kept out of main.cpp so GUI tests can start the app the same way.
class Application
{
public:
    static int run(QApplication& app);
    // Organisation, name, version, desktop file name and window icon (shared with the self-test).
    static void applyIdentity(QApplication& app);
};

} // namespace tricheck::gui
