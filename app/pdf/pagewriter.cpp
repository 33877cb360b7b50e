#include "pagewriter.h"

#include <QFontDatabase>
#include <QPagedPaintDevice>
#include <QTextOption>

#include <algorithm>
#include <cmath>

namespace tricheck::pdf {

namespace {

QString documentFamily()
{
    // One face for both languages: Noto Sans CJK (Debian's fonts-noto-cjk) has Latin glyphs too.
    const QStringList families = QFontDatabase::families();
    for (const QString& f : {QStringLiteral("Noto Sans CJK SC"),
                             QStringLiteral("Noto Sans SC"),
                             QStringLiteral("WenQuanYi Micro Hei"),
                             QStringLiteral("Noto Sans")}) {
        if (families.contains(f))
            return f;
    }
    return {};
}

} // namespace

PageWriter::PageWriter(QPagedPaintDevice* device)
    : m_device(device)
    , m_family(documentFamily())
{
    m_device->setPageSize(QPageSize(QPageSize::A4));
    m_device->setPageMargins(QMarginsF(0, 0, 0, 0));
    if (!m_painter.begin(m_device))
        return;
    const double scale = double(m_device->logicalDpiX()) / 72.0;
    m_painter.scale(scale, scale);
    m_width = double(m_device->width()) / scale;
    m_height = double(m_device->height()) / scale;
    m_painter.setRenderHint(QPainter::Antialiasing);
}

PageWriter::~PageWriter()
{
    if (m_painter.isActive()) {
        footer();
        m_painter.end();
    }
}

QFont PageWriter::font(double pointSize, bool bold) const
{
    QFont f;
    if (!m_family.isEmpty())
        f.setFamily(m_family);
    // Pixel sizes in the painter's point space: the same size on a PDF and on a printer.
    f.setPixelSize(std::max(1, int(std::lround(pointSize))));
    f.setBold(bold);
    // No ligatures or contextual glyphs: a PDF's text must be extractable and searchable as typed
    // (pdftotext, a reader's search), and Qt maps only the font's plain glyphs back to characters.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

void PageWriter::footer()
{
    m_painter.save();
    m_painter.setFont(font(7.5));
    m_painter.setPen(QColor(0x60, 0x60, 0x60));
    m_painter.drawText(QRectF(kMargin, m_height - kMargin * 0.7, width(), 12),
                       Qt::AlignRight | Qt::AlignVCenter,
                       QString::number(m_pages));
    m_painter.restore();
}

void PageWriter::newPage()
{
    footer();
    m_device->newPage();
    ++m_pages;
    m_y = kMargin;
}

void PageWriter::ensure(double height)
{
    if (m_y + height > m_height - kMargin)
        newPage();
}

void PageWriter::title(const QString& text)
{
    m_painter.setFont(font(18, true));
    m_painter.setPen(Qt::black);
    const QRectF r = m_painter.boundingRect(QRectF(left(), m_y, width(), 1000), Qt::TextWordWrap, text);
    ensure(r.height());
    m_painter.drawText(QRectF(left(), m_y, width(), r.height()), Qt::TextWordWrap, text);
    m_y += r.height() + 6;
}

void PageWriter::heading(const QString& text)
{
    ensure(40);
    m_y += 8;
    m_painter.setFont(font(12, true));
    m_painter.setPen(Qt::black);
    const QRectF r = m_painter.boundingRect(QRectF(left(), m_y, width(), 1000), Qt::TextWordWrap, text);
    m_painter.drawText(QRectF(left(), m_y, width(), r.height()), Qt::TextWordWrap, text);
    m_y += r.height() + 2;
    m_painter.setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 0.6));
    m_painter.drawLine(QPointF(left(), m_y), QPointF(left() + width(), m_y));
    m_y += 5;
}

void PageWriter::paragraph(const QString& text, double pointSize, const QColor& color)
{
    m_painter.setFont(font(pointSize));
    m_painter.setPen(color);
    const QRectF r = m_painter.boundingRect(QRectF(left(), 0, width(), 10000), Qt::TextWordWrap, text);
    ensure(r.height());
    m_painter.drawText(QRectF(left(), m_y, width(), r.height()), Qt::TextWordWrap, text);
    m_y += r.height() + 4;
}

void PageWriter::fields(const QList<QPair<QString, QString>>& rows)
{
    const double labelWidth = width() * 0.25;
    const double valueWidth = width() - labelWidth - 8;
    // Values break between words, and inside a word only when it is longer than the line (an id).
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    for (const auto& [label, value] : rows) {
        m_painter.setFont(font(9.5));
        const QRectF v = m_painter.boundingRect(QRectF(0, 0, valueWidth, 10000), value, wrap);
        m_painter.setFont(font(9.5, true));
        const QRectF l = m_painter.boundingRect(QRectF(0, 0, labelWidth, 10000), Qt::TextWordWrap, label);
        const double h = std::max(v.height(), l.height()) + 4;
        ensure(h);
        m_painter.setPen(QColor(0x40, 0x40, 0x40));
        m_painter.drawText(QRectF(left(), m_y, labelWidth, h), Qt::TextWordWrap, label);
        m_painter.setFont(font(9.5));
        m_painter.setPen(Qt::black);
        m_painter.drawText(QRectF(left() + labelWidth + 8, m_y, valueWidth, h), value, wrap);
        m_y += h;
        m_painter.setPen(QPen(QColor(0xe0, 0xe0, 0xe0), 0.4));
        m_painter.drawLine(QPointF(left(), m_y - 1), QPointF(left() + width(), m_y - 1));
    }
    m_y += 4;
}

void PageWriter::table(const QStringList& header,
                       const QList<QStringList>& rows,
                       const QList<double>& widths,
                       const QList<int>& numeric)
{
    const double rowHeight = 13;
    const auto drawRow = [&](const QStringList& cells, bool bold, bool shaded) {
        if (shaded)
            m_painter.fillRect(QRectF(left(), m_y, width(), rowHeight), QColor(0xf2, 0xf2, 0xf2));
        m_painter.setFont(font(8, bold));
        m_painter.setPen(Qt::black);
        double x = left();
        for (int c = 0; c < cells.size() && c < widths.size(); ++c) {
            const double w = widths.at(c) * width();
            const Qt::Alignment align = (numeric.contains(c) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
            const QString text = m_painter.fontMetrics().elidedText(cells.at(c), Qt::ElideRight, int(w - 4));
            m_painter.drawText(QRectF(x + 2, m_y, w - 4, rowHeight), align, text);
            x += w;
        }
        m_y += rowHeight;
    };
    ensure(rowHeight * 2);
    drawRow(header, true, false);
    for (int i = 0; i < rows.size(); ++i) {
        if (m_y + rowHeight > m_height - kMargin) {
            newPage();
            drawRow(header, true, false);
        }
        drawRow(rows.at(i), false, i % 2 == 1);
    }
    m_y += 6;
}

} // namespace tricheck::pdf
