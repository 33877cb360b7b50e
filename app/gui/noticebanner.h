#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;

namespace tricheck::gui {

class LinkButton;

// A strip across the top of the window that cannot be missed: the sandbox notice (amber), the
// real service in use (a calm blue: billed, but nothing wrong) or a problem that stops
// verifications (red). A decorative icon, the text, and the text's links as
// link controls of their own after it (each a Tab stop, a link to screen readers, named by its
// text).
class NoticeBanner : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeBanner)

public:
    enum class Kind {
        Sandbox,
        RealService,
        Problem
    };

    explicit NoticeBanner(Kind kind, QWidget* parent = nullptr);
    ~NoticeBanner() override;

    // Rich text; its <a href="…">…</a> become the links, in order (what stood between them goes).
    void setText(const QString& html);
    QString text() const { return m_html; }
    QList<LinkButton*> links() const { return m_links; }

signals:
    void linkActivated(const QString& link);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColors();
    void colorLinks();
    QPalette basePalette() const;

    Kind m_kind;
    QLabel* m_icon;
    QLabel* m_label;
    QHBoxLayout* m_linkLayout;
    QList<LinkButton*> m_links;
    QString m_html;
    QColor m_linkColor;
    bool m_dark = false;
    bool m_applying = false;
};

} // namespace tricheck::gui
