#pragma once

#include <QFont>
#include <QFuture>
#include <QList>

namespace tricheck::gui {

// Reads the font files the window will draw with into the page cache, on a pool thread, once per
// process.
//
// Qt opens a font file the first time a glyph needs it, on the thread that paints. Chinese text
// falls back to Noto Sans CJK, a 20 MB collection per weight that FreeType maps into memory: its
// first page faults read it from the disk inside one paint (measured: the batch dialog's first
// preview of a file with Chinese headings, bold, read 19.6 MB on the GUI thread, 13–41 ms asleep
// with a cold page cache, on a disk with 8 MB read-ahead). Drawing the same fonts onto an image on
// another thread makes those reads there; Qt keeps font engines per thread, so the GUI thread
// still opens the faces itself, but from memory.
//
// The owner (the main window) waits for the drawing when it goes: the font database it uses goes
// with the application, which follows the window.
class FontPreload
{
    Q_DISABLE_COPY_MOVE(FontPreload)

public:
    explicit FontPreload(const QList<QFont>& fonts); // starts the drawing, unless a window did before
    ~FontPreload();

    // What the desktop draws with: the application font, regular and bold, and the fixed-width font.
    static QList<QFont> desktopFonts();

private:
    QFuture<void> m_done;
};

} // namespace tricheck::gui
