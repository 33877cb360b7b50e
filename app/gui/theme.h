#pragma once

class QApplication;
class QPalette;

namespace tricheck::gui {

// Light or dark. Qt 6.4 has no colour-scheme API, so "dark" is read from the palette itself: a
// window colour darker than mid-grey. `tricheck --dark` (or TRICHECK_THEME=dark) switches to
// Fusion with a dark palette, for desktops without a dark theme of their own and for screenshots.
class Theme
{
public:
    static bool isDark(const QPalette& palette);
    static void applyDark(QApplication& app);
};

} // namespace tricheck::gui
