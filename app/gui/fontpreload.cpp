#include "fontpreload.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <utility>

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
    // The same promise-and-future pair as runInPool() (common/pooltask.h), waited for instead of
    // answered: the window's end needs the drawing over, not its result.
    static bool started = false; // made and read on the GUI thread only
    static QFuture<void> drawn;
    if (!std::exchange(started, true)) {
        auto promise = std::make_shared<QPromise<void>>();
        drawn = promise->future();
        promise->start();
        QThreadPool::globalInstance()->start([promise, fonts] {
            drawOnce(fonts);
            promise->finish();
        });
    }
    m_done = drawn;
}

FontPreload::~FontPreload()
{
    m_done.waitForFinished();
}

QList<QFont> FontPreload::desktopFonts()
{
    QFont bold = QGuiApplication::font();
    bold.setBold(true);
    return {QGuiApplication::font(), bold, QFontDatabase::systemFont(QFontDatabase::FixedFont)};
}

} // namespace tricheck::gui
