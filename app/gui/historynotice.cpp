#include "historynotice.h"

#include "history/historyfeed.h"
#include "history/historysearch.h"
#include "history/historystore.h"
#include "historyfilterbar.h"
#include "linkbutton.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <climits>

namespace tricheck::gui {

HistoryNotice::HistoryNotice(HistoryFilterBar* filterBar, QWidget* parent)
    : QWidget(parent)
    , m_filterBar(filterBar)
    , m_hint(new QLabel(this))
    , m_hiddenText(new QLabel(this))
    , m_showButton(new LinkButton(this))
{
    setObjectName(QStringLiteral("historyNotice"));
    m_hint->setObjectName(QStringLiteral("searchHint"));
    m_hint->setWordWrap(true);
    m_hiddenText->setObjectName(QStringLiteral("hiddenAttempts"));
    m_showButton->setObjectName(QStringLiteral("showHiddenButton"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hint);
    auto* hiddenRow = new QHBoxLayout;
    hiddenRow->addWidget(m_hiddenText);
    hiddenRow->addWidget(m_showButton);
    hiddenRow->addStretch(1);
    layout->addLayout(hiddenRow);
    connect(m_showButton, &LinkButton::clicked, m_filterBar, &HistoryFilterBar::reset);
    retranslate();
}

HistoryNotice::~HistoryNotice() = default;

void HistoryNotice::setStore(std::shared_ptr<history::HistoryStore> store)
{
    if (m_store)
        m_store->feed()->disconnect(this);
    m_store = std::move(store);
    if (m_store)
        connect(m_store->feed(), &history::HistoryFeed::attemptsAppended, this, &HistoryNotice::onAttemptsAppended);
    filterApplied();
}

void HistoryNotice::filterApplied()
{
    if (m_store)
        m_hidden.reset(*m_store);
    retranslate();
}

void HistoryNotice::setCount(qint64 shown)
{
    m_count = shown;
    retranslate();
}

void HistoryNotice::onAttemptsAppended()
{
    if (m_store)
        m_hidden.update(*m_store, m_filterBar->filter());
    retranslate();
}

void HistoryNotice::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HistoryNotice::retranslate()
{
    const QString text = m_filterBar->searchText();
    const QString hint =
        m_count == 0 ? history::HistorySearch::noMatchHint(text, m_filterBar->searchKind()) : QString();
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    const qint64 hidden = m_hidden.hidden();
    m_hiddenText->setText(
        tr("%n new attempt(s) hidden by the filter —", nullptr, int(std::min<qint64>(hidden, INT_MAX))));
    m_showButton->setText(tr("Show"));
    m_showButton->setAccessibleDescription(tr("Clear the filter and show every attempt"));
    m_hiddenText->setVisible(hidden > 0);
    m_showButton->setVisible(hidden > 0);
}

} // namespace tricheck::gui
