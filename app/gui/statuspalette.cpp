#include "statuspalette.h"

#include "history/resultcolours.h"
#include "theme.h"

#include <QPalette>

namespace tricheck::gui {

using api::StatusRole;

StatusPalette StatusPalette::forPalette(const QPalette& palette)
{
    return StatusPalette(Theme::isDark(palette));
}

StatusColors StatusPalette::colors(StatusRole role) const
{
    // One table for the app and the exported workbooks (tricheck_core).
    const history::ResultColours c = history::resultColours(role, m_dark);
    return {QColor::fromRgb(c.background), QColor::fromRgb(c.foreground), QColor::fromRgb(c.accent)};
}

QColor StatusPalette::errorText() const
{
    return m_dark ? QColor(0xff, 0x9e, 0x94) : QColor(0xb3, 0x26, 0x1e);
}

QColor StatusPalette::warningText() const
{
    return m_dark ? QColor(0xff, 0xc8, 0x6b) : QColor(0x8a, 0x4b, 0x00);
}

} // namespace tricheck::gui
