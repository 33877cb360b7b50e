#pragma once

#include <QAbstractButton>

namespace tricheck::gui {

// A link that is a control of its own: drawn as a link (the palette's link colour, underlined),
// reached with Tab, followed with Enter or Space, and known to screen readers as a link named by
// its text. A QLabel's rich-text links are none of these: the label takes the focus and a screen
// reader reads the whole label for each of its links.
class LinkButton : public QAbstractButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkButton)

public:
    explicit LinkButton(QWidget* parent = nullptr);
    LinkButton(const QString& text, QWidget* parent = nullptr);
    ~LinkButton() override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QFont linkFont() const;
};

} // namespace tricheck::gui
