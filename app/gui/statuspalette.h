#pragma once

#include "api/resultcatalogue.h"

#include <QColor>

class QPalette;

namespace tricheck::gui {

struct StatusColors
{
    QColor background; // row and panel tint
    QColor foreground; // text on that tint
    QColor accent;     // strong colour: the panel's edge, field messages
};

// The colours of the result statuses, in a light and a dark variant chosen from the palette's
// lightness. Each pair keeps a contrast of at least 7:1 (text on tint); colour is never the only
// signal: every status also has its icon and its text.
class StatusPalette
{
public:
    explicit StatusPalette(bool dark = false)
        : m_dark(dark)
    { }
    static StatusPalette forPalette(const QPalette& palette);

    bool isDark() const { return m_dark; }
    StatusColors colors(api::StatusRole role) const;
    // Field-level messages in the form: errors and warnings.
    QColor errorText() const;
    QColor warningText() const;

private:
    bool m_dark;
};

} // namespace tricheck::gui
