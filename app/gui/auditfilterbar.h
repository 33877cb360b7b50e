#pragma once

#include "history/auditevent.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace tricheck::gui {

// The audit log's filter bar, like the history's: a period (today, the last 7 or 30 days), an event
// kind, and whose events (everyone's or only this OS account's).
class AuditFilterBar : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditFilterBar)

public:
    explicit AuditFilterBar(QWidget* parent = nullptr);

    history::AuditFilter filter() const;

signals:
    void filterChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_periodLabel;
    QComboBox* m_period;
    QLabel* m_kindLabel;
    QComboBox* m_kind;
    QLabel* m_operatorLabel;
    QComboBox* m_operator;
};

} // namespace tricheck::gui
