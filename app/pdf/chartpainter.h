#pragma once

#include "reports/statistics.h"

#include <QColor>
#include <QCoreApplication>
#include <QRectF>

class QPainter;

namespace tricheck::pdf {

// The period report's chart as vector drawing: attempts per bucket stacked by outcome, the billed
// count as a line, axes and a legend (every series named: colour is never the only signal).
class ChartPainter
{
    Q_DECLARE_TR_FUNCTIONS(ChartPainter)

public:
    // The history table's strong colours of the light palette (gui/statuspalette.cpp).
    static QColor outcomeColor(api::StatusRole role);
    static QColor billedColor();
    // Draws into `area` (points) with `font` as the base font.
    static void paint(QPainter& painter, const QRectF& area, const reports::Statistics& statistics, const QFont& font);
};

} // namespace tricheck::pdf
