#pragma once

#include "api/resultcatalogue.h"

#include <QIcon>

namespace tricheck::gui {

// TriCheck's icons, all SVG (resources/icons/, embedded under :/icons), so they stay sharp at any
// scale. Status icons carry their own colours and differ in shape as well (circle with a tick,
// circle with a cross, square with "!", triangle …). Interface icons are drawn in the palette's
// text colour at paint time, so they follow a switch between light and dark palettes.
class Icons
{
public:
    static QIcon status(api::StatusRole role);
    static QString statusPath(api::StatusRole role);
    // "verify", "cancel", "copy", "eye", "eye-off", "export", "settings" … (resources/icons/ui/).
    static QIcon themed(const QString& name);
    static QIcon warning();
};

} // namespace tricheck::gui
