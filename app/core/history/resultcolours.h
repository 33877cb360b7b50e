#pragma once

#include "api/resultcatalogue.h"

namespace tricheck::history {

// The colours of the result statuses (0xRRGGBB), in a light and a dark variant: the history
// table's rows and the result panel (through the GUI's StatusPalette), and the rows of an exported
// workbook (light, as spreadsheets are). Each pair keeps a contrast of at least 7:1 (text on tint).
struct ResultColours
{
    quint32 background; // row and panel tint
    quint32 foreground; // text on that tint
    quint32 accent;     // strong colour: the panel's edge, field messages
};

ResultColours resultColours(api::StatusRole role, bool dark = false);

} // namespace tricheck::history
