#include "icons.h"

#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

namespace tricheck::gui {

namespace {

// Renders a monochrome SVG whose strokes say "currentColor" in the application palette's text
// colour (disabled: its disabled text colour). Qt's own SVG icon engine cannot recolour.
class TintedSvgEngine : public QIconEngine
{
public:
    explicit TintedSvgEngine(QByteArray svg)
        : m_svg(std::move(svg))
    { }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QGuiApplication::palette();
        const QColor color = palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
                                           mode == QIcon::Selected ? QPalette::HighlightedText : QPalette::WindowText);
        QByteArray svg = m_svg;
        svg.replace("currentColor", color.name().toLatin1());
        QSvgRenderer renderer(svg);
        renderer.render(painter, rect);
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pm(size * scale);
        pm.fill(Qt::transparent);
        {
            QPainter painter(&pm);
            painter.setRenderHint(QPainter::Antialiasing);
            paint(&painter, QRect(QPoint(0, 0), pm.size()), mode, state);
        }
        pm.setDevicePixelRatio(scale);
        return pm;
    }

    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine* clone() const override { return new TintedSvgEngine(m_svg); }
    QString key() const override { return QStringLiteral("tricheck-tinted-svg"); }

private:
    QByteArray m_svg;
};

} // namespace

QString Icons::statusPath(api::StatusRole role)
{
    switch (role) {
    case api::StatusRole::Pass:
        return QStringLiteral(":/icons/status-pass.svg");
    case api::StatusRole::Mismatch:
        return QStringLiteral(":/icons/status-mismatch.svg");
    case api::StatusRole::PartialMismatch:
        return QStringLiteral(":/icons/status-partial.svg");
    case api::StatusRole::NoRecord:
        return QStringLiteral(":/icons/status-norecord.svg");
    case api::StatusRole::Error:
        return QStringLiteral(":/icons/status-error.svg");
    case api::StatusRole::Unknown:
        break;
    }
    return QStringLiteral(":/icons/status-unknown.svg");
}

QIcon Icons::status(api::StatusRole role)
{
    return QIcon(statusPath(role));
}

QIcon Icons::themed(const QString& name)
{
    QFile file(QStringLiteral(":/icons/ui/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QIcon(new TintedSvgEngine(file.readAll()));
}

QIcon Icons::warning()
{
    return QIcon(QStringLiteral(":/icons/warning.svg"));
}

} // namespace tricheck::gui
