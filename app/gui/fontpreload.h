#pragma once

#include <QFont>
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
void preloadFontsInBackground(const QList<QFont>& fonts);

// What the desktop draws with: the application font, regular and bold, and the fixed-width font.
QList<QFont> desktopFonts();

} // namespace tricheck::gui
