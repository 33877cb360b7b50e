#pragma once

#include <QLabel>

namespace tricheck::gui {

// A word-wrapped label whose height is that of its text at its actual width (and at least its
// minimum height). QLabel's own size hint for wrapped text picks a "pleasing" width and so asks
// for two or three lines whatever the text, which layouts with room to spare honour: a field's
// one-line message would push the fields below it down by a line or two.
class FittedLabel : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FittedLabel)

public:
    explicit FittedLabel(QWidget* parent = nullptr);
    ~FittedLabel() override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    int fittedHeight() const;

    int m_lastHeight = -1;
};

} // namespace tricheck::gui
