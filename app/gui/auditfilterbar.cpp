#include "auditfilterbar.h"

#include "common/appinfo.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace tricheck::gui {

using history::AuditEvent;

namespace {

enum Period {
    AnyTime,
    Today,
    Last7Days,
    Last30Days,
};

} // namespace

AuditFilterBar::AuditFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_periodLabel(new QLabel(this))
    , m_period(new QComboBox(this))
    , m_kindLabel(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_operatorLabel(new QLabel(this))
    , m_operator(new QComboBox(this))
{
    setObjectName(QStringLiteral("auditFilterBar"));
    m_period->setObjectName(QStringLiteral("auditPeriodComboBox"));
    m_kind->setObjectName(QStringLiteral("auditKindComboBox"));
    m_operator->setObjectName(QStringLiteral("auditOperatorComboBox"));
    m_periodLabel->setBuddy(m_period);
    m_kindLabel->setBuddy(m_kind);
    m_operatorLabel->setBuddy(m_operator);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* w : {static_cast<QWidget*>(m_periodLabel),
                       static_cast<QWidget*>(m_period),
                       static_cast<QWidget*>(m_kindLabel),
                       static_cast<QWidget*>(m_kind),
                       static_cast<QWidget*>(m_operatorLabel),
                       static_cast<QWidget*>(m_operator)})
        layout->addWidget(w);
    layout->addStretch(1);
    for (QComboBox* combo : {m_period, m_kind, m_operator})
        connect(combo, &QComboBox::activated, this, &AuditFilterBar::filterChanged);
    retranslate();
}

history::AuditFilter AuditFilterBar::filter() const
{
    history::AuditFilter f;
    const QDate today = QDate::currentDate();
    const auto daysBack = [&](int days) { return QDateTime(today.addDays(-days), QTime(0, 0)).toUTC(); };
    switch (Period(std::max(0, m_period->currentIndex()))) {
    case AnyTime:
        break;
    case Today:
        f.from = daysBack(0);
        break;
    case Last7Days:
        f.from = daysBack(6);
        break;
    case Last30Days:
        f.from = daysBack(29);
        break;
    }
    if (m_kind->currentIndex() > 0)
        f.kindIds = {AuditEvent::idFor(AuditEvent::kinds().at(m_kind->currentIndex() - 1))};
    if (m_operator->currentIndex() == 1)
        f.operatorName = AppInfo::osUserName();
    return f;
}

void AuditFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AuditFilterBar::retranslate()
{
    m_periodLabel->setText(tr("&Period:"));
    m_kindLabel->setText(tr("E&vent:"));
    m_operatorLabel->setText(tr("&Operator:"));

    const int period = std::max(0, m_period->currentIndex());
    m_period->clear();
    m_period->addItems({tr("Any time"), tr("Today"), tr("Last 7 days"), tr("Last 30 days")});
    m_period->setCurrentIndex(period);

    const int kind = std::max(0, m_kind->currentIndex());
    m_kind->clear();
    m_kind->addItem(tr("All events"));
    for (const AuditEvent::Kind k : AuditEvent::kinds()) {
        AuditEvent e;
        e.kind = k;
        m_kind->addItem(e.kindText());
    }
    m_kind->setCurrentIndex(kind);

    const int whose = std::max(0, m_operator->currentIndex());
    m_operator->clear();
    m_operator->addItems({tr("Everyone"), tr("Mine (%1)").arg(AppInfo::osUserName())});
    m_operator->setCurrentIndex(whose);
}

} // namespace tricheck::gui
