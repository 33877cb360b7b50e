#include "budgetbanner.h"

#include "session/session.h"

#include <QEvent>

namespace tricheck::gui {

BudgetBanner::BudgetBanner(session::Session* session, QWidget* parent)
    : NoticeBanner(NoticeBanner::Kind::Sandbox, parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("budgetBanner"));
    connect(session, &session::Session::budgetChanged, this, &BudgetBanner::refresh);
    refresh();
}

BudgetBanner::~BudgetBanner() = default;

void BudgetBanner::refresh()
{
    const billing::BudgetStatus& budget = m_session->budget();
    const auto warning = budget.warningText();
    const bool shown = warning && !budget.singleCheckRefusal();
    if (shown)
        setText(tr("<b>Budget:</b> %1").arg(warning->toHtmlEscaped()));
    setVisible(shown);
}

void BudgetBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    NoticeBanner::changeEvent(event);
}

} // namespace tricheck::gui
