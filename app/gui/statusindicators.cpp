#include "statusindicators.h"

#include "api/resultcatalogue.h"
#include "displaytext.h"
#include "history/historyfeed.h"
#include "history/historystore.h"
#include "session/servicerouter.h"
#include "session/session.h"
#include "settings/appsettings.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStatusBar>
#include <QStyle>

#include <algorithm>

namespace tricheck::gui {

namespace {

// Shortened with "…" in a narrow window (a small screen, a large scale factor); the whole text
// is still its accessible name, and its tooltip when it has none of its own.
class ElidingLabel : public QLabel
{
public:
    explicit ElidingLabel(QWidget* parent)
        : QLabel(parent)
    { }

    QSize minimumSizeHint() const override
    {
        return {fontMetrics().horizontalAdvance(QStringLiteral("Abcdef…")), QLabel::minimumSizeHint().height()};
    }

protected:
    void paintEvent(QPaintEvent* /*event*/) override
    {
        QPainter painter(this);
        const QRect area = contentsRect();
        const QString shown = fontMetrics().elidedText(text(), Qt::ElideRight, area.width());
        style()->drawItemText(&painter, area, int(alignment()), palette(), isEnabled(), shown, foregroundRole());
    }
};

QFrame* separator(QWidget* parent)
{
    auto* line = new QFrame(parent);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

} // namespace

StatusIndicators::StatusIndicators(session::Session* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_endpoint(new ElidingLabel(this))
    , m_scheme(new ElidingLabel(this))
    , m_counts(new ElidingLabel(this))
    , m_budget(new ElidingLabel(this))
{
    m_endpoint->setObjectName(QStringLiteral("endpointIndicator"));
    m_scheme->setObjectName(QStringLiteral("schemeIndicator"));
    m_counts->setObjectName(QStringLiteral("countsIndicator"));
    m_budget->setObjectName(QStringLiteral("budgetIndicator"));
    // No wider than the indicators need: the rest of the bar is for messages (QStatusBar draws a
    // message in what its permanent widgets leave).
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    auto* layout = new QHBoxLayout(this);
    // A gap and a rule before the first indicator: a long status-bar message (drawn up to this
    // widget) ends visibly instead of running into "Endpoint:".
    layout->setContentsMargins(12, 0, 4, 0);
    layout->addWidget(separator(this));
    layout->addWidget(m_endpoint);
    layout->addWidget(separator(this));
    layout->addWidget(m_scheme);
    layout->addWidget(separator(this));
    layout->addWidget(m_counts);
    layout->addWidget(separator(this));
    layout->addWidget(m_budget);

    m_countsTimer.setSingleShot(true);
    m_countsTimer.setInterval(250); // a burst of commits is counted four times a second
    m_minuteTimer.setInterval(60 * 1000);
    m_minuteTimer.start();
    connect(&m_countsTimer, &QTimer::timeout, this, &StatusIndicators::refresh);
    connect(&m_minuteTimer, &QTimer::timeout, this, &StatusIndicators::scheduleCounts);
    // Colleagues on a shared history spend the same budget, and the month turns.
    connect(&m_minuteTimer, &QTimer::timeout, session, &session::Session::refreshBudget);
    connect(session, &session::Session::budgetChanged, this, &StatusIndicators::showBudget);
    connect(session, &session::Session::readinessChanged, this, &StatusIndicators::refresh);
    const auto followHistory = [this] {
        // Every store of the history announces its writes on the history's feed.
        if (const auto store = m_session->history()) {
            history::HistoryFeed* feed = store->feed();
            connect(feed,
                    &history::HistoryFeed::attemptsAppended,
                    this,
                    &StatusIndicators::scheduleCounts,
                    Qt::UniqueConnection);
            connect(feed,
                    &history::HistoryFeed::attemptsRemoved,
                    this,
                    &StatusIndicators::scheduleCounts,
                    Qt::UniqueConnection);
            connect(feed,
                    &history::HistoryFeed::attemptsChanged,
                    this,
                    &StatusIndicators::scheduleCounts,
                    Qt::UniqueConnection);
        }
        refresh();
    };
    connect(session, &session::Session::historyChanged, this, followHistory);
    followHistory();
    showBudget();
}

StatusIndicators::~StatusIndicators() = default;

QString StatusIndicators::endpointText() const
{
    return m_endpoint->text();
}

QString StatusIndicators::schemeText() const
{
    return m_scheme->text();
}

QString StatusIndicators::countsText() const
{
    return m_counts->text();
}

QString StatusIndicators::budgetText() const
{
    return m_budget->text();
}

void StatusIndicators::showBudget()
{
    const billing::BudgetStatus& budget = m_session->budget();
    m_budget->setText(budget.statusText());
    QStringList tip{tr("Checks billed this local calendar month (consistent or inconsistent answers); an attempt "
                       "whose outcome is unknown counts as billed against the budget.")};
    if (const auto problem = budget.rule.problem())
        tip.append(*problem);
    if (const auto warning = budget.warningText())
        tip.append(*warning);
    m_budget->setToolTip(tip.join(u'\n'));
}

void StatusIndicators::scheduleCounts()
{
    // Not restarted while due: a batch commits many times a second, and a restarted timer kept
    // today's counts still until the batch ended.
    if (!m_countsTimer.isActive())
        m_countsTimer.start();
}

void StatusIndicators::refresh()
{
    const session::ServiceRouter& service = m_session->service();
    switch (service.state()) {
    case session::ServiceRouter::State::Ready:
        m_endpoint->setText(
            tr("Endpoint: %1").arg(DisplayText::service(service.target().endpoint.id(), service.isSandbox())));
        m_endpoint->setToolTip(service.target().endpoint.url().toString());
        break;
    case session::ServiceRouter::State::Resolving:
        m_endpoint->setText(tr("Endpoint: deciding…"));
        m_endpoint->setToolTip(QString());
        break;
    case session::ServiceRouter::State::Unavailable:
        m_endpoint->setText(tr("Endpoint: not available"));
        m_endpoint->setToolTip(service.problem());
        break;
    }
    m_scheme->setText(tr("Signature: %1").arg(DisplayText::scheme(m_session->config().signatureScheme())));

    const auto counts = m_session->todayCounts();
    if (!counts) {
        m_counts->setText(tr("Today: not available"));
        m_counts->setToolTip(counts.error().message);
        return;
    }
    // The sandbox's answers are counted, but never as billed (ResultCatalogue::billingText()).
    const QString simulated = counts->simulated > 0 ? tr(" · %1: %2", "simulated answers today")
                                                          .arg(api::ResultCatalogue::simulatedText())
                                                          .arg(counts->simulated)
                                                    : QString();
    m_counts->setText(tr("Today: %1 verified · %2 billed · errors: %3")
                          .arg(counts->verified)
                          .arg(counts->billed)
                          .arg(counts->errors) +
                      simulated);
    m_counts->setToolTip(tr("Attempts since midnight: %1 answered by the service, %2 of them billed; %3 ended in an "
                            "error.")
                             .arg(counts->verified)
                             .arg(counts->billed)
                             .arg(counts->errors) +
                         simulated);
}

void StatusIndicators::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        refresh();
        showBudget();
    }
    QWidget::changeEvent(event);
}

void StatusIndicators::showMessage(QStatusBar* bar, const QString& text)
{
    if (!m_messageHooked) {
        m_messageHooked = true;
        connect(bar, &QStatusBar::messageChanged, this, [this, bar](const QString& shown) {
            if (!shown.isEmpty())
                return;
            bar->setToolTip(QString());
            setMaximumWidth(QWIDGETSIZE_MAX);
        });
    }
    // A message gets what the indicators leave, and at least two fifths of the bar: in a narrow
    // window the indicators give way (their labels elide) while it shows.
    const QFontMetrics metrics = bar->fontMetrics();
    const int margins = 4 * metrics.averageCharWidth(); // the bar's margins and size grip
    const int least = bar->width() * 2 / 5;
    int room = bar->width() - sizeHint().width();
    if (room < least) {
        room = least;
        setMaximumWidth(bar->width() - least);
    }
    const QString shown = metrics.elidedText(text, Qt::ElideMiddle, std::max(room - margins, 0));
    bar->setToolTip(shown == text ? QString() : text);
    bar->showMessage(shown, 10000);
}

} // namespace tricheck::gui
