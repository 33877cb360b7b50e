#pragma once

#include "noticebanner.h"

namespace tricheck::session {
class Session;
}

namespace tricheck::gui {

// The budget's warning across the window, from 80 % of this month's budget (amber). Once a hard
// stop refuses checks, the problem banner says so instead (the session is not ready to verify).
class BudgetBanner : public NoticeBanner
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetBanner)

public:
    explicit BudgetBanner(session::Session* session, QWidget* parent = nullptr);
    ~BudgetBanner() override;

    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    session::Session* m_session;
};

} // namespace tricheck::gui
