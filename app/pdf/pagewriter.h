#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPainter>
#include <QStringList>

class QPagedPaintDevice;

namespace tricheck::pdf {

// Flows headings, paragraphs, label/value lists and tables down A4 pages of a PDF writer or a
// printer, starting a new page when one is full. Works in points (1/72 inch) whatever the
// device's resolution, so a PDF and a printout are laid out alike. Text is drawn as text (the
// font embedded by Qt's PDF engine), never as images.
class PageWriter
{
public:
    explicit PageWriter(QPagedPaintDevice* device);
    ~PageWriter();
    PageWriter(const PageWriter&) = delete;
    PageWriter& operator=(const PageWriter&) = delete;

    bool isActive() const { return m_painter.isActive(); }
    QPainter& painter() { return m_painter; }
    double width() const { return m_width - 2 * kMargin; } // the text column
    double left() const { return kMargin; }
    double y() const { return m_y; }
    void advance(double points) { m_y += points; }
    // Makes room for `height` points, starting a new page when they do not fit.
    void ensure(double height);
    void newPage();
    int pages() const { return m_pages; }

    // The document's font (a CJK font when installed, so Chinese and Latin text use one face).
    QFont font(double pointSize, bool bold = false) const;

    void title(const QString& text);
    void heading(const QString& text);
    void paragraph(const QString& text, double pointSize = 9.5, const QColor& color = Qt::black);
    // Label/value rows in two columns.
    void fields(const QList<QPair<QString, QString>>& rows);
    // A table: `widths` are fractions of the text column; right-aligned columns in `numeric`.
    // The header is repeated on every page the table continues on.
    void table(const QStringList& header,
               const QList<QStringList>& rows,
               const QList<double>& widths,
               const QList<int>& numeric = {});

    static constexpr double kMargin = 48;

private:
    void footer();

    QPagedPaintDevice* m_device;
    QPainter m_painter;
    double m_width = 595;
    double m_height = 842;
    double m_y = kMargin;
    int m_pages = 1;
    QString m_family;
};

} // namespace tricheck::pdf
