#include "fontpreload.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QThreadPool>

#include <atomic>

namespace tricheck::gui {

void preloadFontsInBackground(const QList<QFont>& fonts)
{
    static std::atomic<bool> started{false};
    if (started.exchange(true))
        return;
    QThreadPool::globalInstance()->start([fonts] {
        // Latin, digits and Han: the scripts of the interface, names and headings in both languages.
        const QString sample = QStringLiteral("Aa09 手机号姓名身份证号一致运营商");
        QImage image(16, 16, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        for (const QFont& font : fonts) {
            painter.setFont(font);
            painter.drawText(0, 12, sample);
        }
    });
}

QList<QFont> desktopFonts()
{
    QFont bold = QGuiApplication::font();
    bold.setBold(true);
    return {QGuiApplication::font(), bold, QFontDatabase::systemFont(QFontDatabase::FixedFont)};
}

} // namespace tricheck::gui
