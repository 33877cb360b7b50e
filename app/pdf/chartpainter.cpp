#include "chartpainter.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace tricheck::pdf {

using api::StatusRole;

QColor ChartPainter::outcomeColor(StatusRole role)
{
    switch (role) {
    case StatusRole::Pass:
        return {0x1e, 0x8e, 0x3e};
    case StatusRole::Mismatch:
        return {0xd9, 0x30, 0x25};
    case StatusRole::PartialMismatch:
        return {0xe3, 0x74, 0x00};
    case StatusRole::NoRecord:
        return {0x5f, 0x6b, 0x7a};
    case StatusRole::Error:
        return {0x8e, 0x44, 0xad};
    case StatusRole::Unknown:
        break;
    }
    return {0x80, 0x86, 0x8b};
}

QColor ChartPainter::billedColor()
{
    return {0x1a, 0x5f, 0xb4};
}

namespace {

// A "nice" axis maximum and step for `value` (1, 2 or 5 times a power of ten).
std::pair<qint64, qint64> niceScale(qint64 value)
{
    if (value <= 0)
        return {4, 1};
    const double raw = double(value) / 4.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (const double m : {1.0, 2.0, 5.0, 10.0}) {
        step = m * magnitude;
        if (step >= raw)
            break;
    }
    const auto s = std::max<qint64>(1, qint64(std::ceil(step)));
    return {s * qint64(std::ceil(double(value) / double(s))), s};
}

} // namespace

void ChartPainter::paint(QPainter& painter,
                         const QRectF& area,
                         const reports::Statistics& statistics,
                         const QFont& font)
{
    painter.save();
    QFont small = font;
    small.setPixelSize(7);
    painter.setFont(small);
    const double legendHeight = 26;
    const double axisWidth = 34;
    const double labelHeight = 14;
    const QRectF plot(area.left() + axisWidth,
                      area.top() + 4,
                      area.width() - axisWidth - 4,
                      area.height() - legendHeight - labelHeight - 4);
    qint64 maxValue = 0;
    for (const reports::Bucket& b : statistics.buckets)
        maxValue = std::max(maxValue, b.counts.total);
    const auto [top, step] = niceScale(maxValue);

    // Grid and the value axis.
    painter.setPen(QPen(QColor(0xd0, 0xd0, 0xd0), 0.4));
    for (qint64 v = 0; v <= top; v += step) {
        const double y = plot.bottom() - plot.height() * double(v) / double(top);
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(area.left(), y - 5, axisWidth - 4, 10),
                         Qt::AlignRight | Qt::AlignVCenter,
                         QLocale().toString(v));
        painter.setPen(QPen(QColor(0xd0, 0xd0, 0xd0), 0.4));
    }

    // Bars, stacked in the outcomes' order, and the billed line.
    const auto n = std::max<qsizetype>(1, statistics.buckets.size());
    const double slot = plot.width() / double(n);
    const double barWidth = std::max(1.0, slot * 0.7);
    QPainterPath billed;
    const int labelEvery = std::max(1, int(std::ceil(28.0 / slot)));
    for (qsizetype i = 0; i < statistics.buckets.size(); ++i) {
        const reports::Bucket& b = statistics.buckets.at(i);
        const double x = plot.left() + slot * double(i) + (slot - barWidth) / 2;
        double y = plot.bottom();
        for (const StatusRole role : reports::kOutcomes) {
            const qint64 v = b.counts.of(role);
            if (v == 0)
                continue;
            const double h = plot.height() * double(v) / double(top);
            painter.fillRect(QRectF(x, y - h, barWidth, h), outcomeColor(role));
            y -= h;
        }
        const QPointF point(x + barWidth / 2, plot.bottom() - plot.height() * double(b.counts.billed) / double(top));
        if (i == 0)
            billed.moveTo(point);
        else
            billed.lineTo(point);
        if (i % labelEvery == 0) {
            painter.setPen(Qt::black);
            painter.drawText(QRectF(x - slot, plot.bottom() + 2, barWidth + 2 * slot, labelHeight),
                             Qt::AlignHCenter | Qt::AlignTop,
                             reports::StatisticsQuery::bucketLabel(b, statistics.grouping));
        }
    }
    painter.setPen(QPen(billedColor(), 1.2));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(billed);
    painter.setPen(QPen(Qt::black, 0.6));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());

    // The legend: a swatch and the name of every series.
    double x = area.left() + axisWidth;
    double y = area.bottom() - legendHeight + 4;
    const auto entry = [&](const QString& name, const QColor& color, bool line) {
        const double w = painter.fontMetrics().horizontalAdvance(name) + 18;
        if (x + w > area.right()) {
            x = area.left() + axisWidth;
            y += 11;
        }
        if (line) {
            painter.setPen(QPen(color, 1.2));
            painter.drawLine(QPointF(x, y + 4), QPointF(x + 9, y + 4));
        } else {
            painter.fillRect(QRectF(x, y, 9, 8), color);
        }
        painter.setPen(Qt::black);
        painter.drawText(QRectF(x + 12, y - 1, w, 10), Qt::AlignLeft | Qt::AlignVCenter, name);
        x += w + 4;
    };
    for (const StatusRole role : reports::kOutcomes)
        entry(api::ResultCatalogue::roleName(role), outcomeColor(role), false);
    entry(tr("Billed"), billedColor(), true);
    painter.restore();
}

} // namespace tricheck::pdf
