#include "fontpreload.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QThreadPool>

#include <memory>

namespace tricheck::gui {

namespace {

void drawOnce(const QList<QFont>& fonts)
{
    // Latin, digits and Han: the scripts of the interface, names and headings in both languages.
    const QString sample = QStringLiteral("Aa09 手机号姓名身份证号一致运营商");
    QImage image(16, 16, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    for (const QFont& font : fonts) {
        painter.setFont(font);
        painter.drawText(0, 12, sample);
    }
}

} // namespace

FontPreload::FontPreload(const QList<QFont>& fonts)
{
    static std::shared_future<void> started; // made and read on the GUI thread only
    if (!started.valid()) {
        auto task = std::make_shared<std::packaged_task<void()>>([fonts] { drawOnce(fonts); });
        started = task->get_future().share();
        QThreadPool::globalInstance()->start([task] { (*task)(); });
    }
    m_done = started;
}

FontPreload::~FontPreload()
{
    m_done.wait();
}

QList<QFont> FontPreload::desktopFonts()
{
    QFont bold = QGuiApplication::font();
    bold.setBold(true);
    return {QGuiApplication::font(), bold, QFontDatabase::systemFont(QFontDatabase::FixedFont)};
}

} // namespace tricheck::gui
