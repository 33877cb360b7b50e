#pragma once

#include <QFrame>

class QLabel;

namespace tricheck::gui {

// A strip across the top of the window that cannot be missed: the sandbox notice (amber) or a
// problem that stops verifications (red). Icon, rich text with links (reachable by keyboard).
class NoticeBanner : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeBanner)

public:
    enum class Kind {
        Sandbox,
        Problem
    };

    explicit NoticeBanner(Kind kind, QWidget* parent = nullptr);
    ~NoticeBanner() override;

    void setText(const QString& html);
    QString text() const;

signals:
    void linkActivated(const QString& link);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColors();
    QPalette basePalette() const;

    Kind m_kind;
    QLabel* m_icon;
    QLabel* m_label;
    bool m_dark = false;
    bool m_applying = false;
};

} // namespace tricheck::gui
