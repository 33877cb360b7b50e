#pragma once

class QApplication;

namespace tricheck::gui {

// `tricheck --selftest`: starts the desktop app as an operator would (language from the
// environment, main window created and painted), prints one JSON line saying what loaded and
// exits: 0 when everything an installed TriCheck needs is there, 1 otherwise. Package checks and IT
// departments run it after installing; it writes no settings, history or keychain entries.
class SelfTest
{
public:
    // Whether --selftest is among the arguments; checked before QApplication exists.
    static bool requested(int argc, char** argv);
    // On Linux without a display (no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM) the self-test runs
    // on the offscreen platform, so it also works over ssh and in CI. Call before QApplication.
    static void preferOffscreenWithoutDisplay();
    static int run(QApplication& app);
};

} // namespace tricheck::gui
