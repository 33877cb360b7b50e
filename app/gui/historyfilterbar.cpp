#include "historyfilterbar.h"

#include "api/resultcatalogue.h"
#include "common/appinfo.h"
#include "icons.h"
#include "ui_historyfilterbar.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QLocale>

namespace tricheck::gui {

using api::StatusRole;

namespace {

enum Period {
    AnyTime,
    Today,
    Last7Days,
    Last30Days,
    CustomRange
};

// The status choices, in the combo box's order.
const QList<QList<StatusRole>>& statusChoices()
{
    static const QList<QList<StatusRole>> choices{
        {},
        {StatusRole::Pass},
        {StatusRole::Mismatch, StatusRole::PartialMismatch},
        {StatusRole::PartialMismatch},
        {StatusRole::NoRecord},
        {StatusRole::Error},
        {StatusRole::Mismatch},
        {StatusRole::Unknown},
    };
    return choices;
}

QDateTime startOfDay(const QDate& date)
{
    return QDateTime(date, QTime(0, 0));
}

} // namespace

HistoryFilterBar::HistoryFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HistoryFilterBar>())
{
    m_ui->setupUi(this);
    QFont title = m_ui->historyTitleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.15);
    title.setBold(true);
    m_ui->historyTitleLabel->setFont(title);
    // Qt makes the magnifier a button: it searches at once (as Enter does) and is named.
    m_searchAction =
        m_ui->searchLineEdit->addAction(Icons::themed(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_ui->resetButton->setIcon(Icons::themed(QStringLiteral("clear")));
    // Whose attempts: everyone's (a shared PostgreSQL history holds the whole team's) or mine.
    m_operatorComboBox = new QComboBox(this);
    m_operatorComboBox->setObjectName(QStringLiteral("operatorComboBox"));
    m_ui->filterLayout->insertWidget(m_ui->filterLayout->indexOf(m_ui->resetButton), m_operatorComboBox);
    m_operatorComboBox->hide(); // until the history is a shared one
    // In a narrow window (a small screen, a large scale factor) the choices are shortened and
    // the count may go: the bar never makes the window wider than the screen.
    for (QComboBox* combo : {m_ui->statusComboBox, m_ui->periodComboBox, m_operatorComboBox})
        combo->setMinimumWidth(combo->fontMetrics().averageCharWidth() * 10);
    m_ui->countLabel->setMinimumWidth(1);
    const QDate today = QDate::currentDate();
    m_ui->fromDateEdit->setDate(today.addDays(-7));
    m_ui->toDateEdit->setDate(today);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &HistoryFilterBar::filterChanged);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, [this] {
        updateSearchHint();
        m_debounce.start();
    });
    const auto searchNow = [this] {
        m_debounce.stop();
        emit filterChanged();
    };
    connect(m_ui->searchLineEdit, &QLineEdit::returnPressed, this, searchNow);
    connect(m_searchAction, &QAction::triggered, this, searchNow);
    for (QComboBox* combo : {m_ui->statusComboBox, m_ui->periodComboBox, m_operatorComboBox})
        connect(combo, &QComboBox::activated, this, [this] {
            updateDateEditors();
            emit filterChanged();
        });
    for (QDateEdit* edit : {m_ui->fromDateEdit, m_ui->toDateEdit})
        connect(edit, &QDateEdit::dateChanged, this, [this] { m_debounce.start(); });
    connect(m_ui->resetButton, &QToolButton::clicked, this, &HistoryFilterBar::reset);
    retranslate();
    updateDateEditors();
}

HistoryFilterBar::~HistoryFilterBar() = default;

void HistoryFilterBar::setSharedHistory(bool shared)
{
    if (shared == !m_operatorComboBox->isHidden())
        return;
    m_operatorComboBox->setVisible(shared);
    if (!shared && m_operatorComboBox->currentIndex() != 0) {
        m_operatorComboBox->setCurrentIndex(0);
        emit filterChanged();
    }
}

history::HistoryFilter HistoryFilterBar::filter() const
{
    history::HistoryFilter f;
    const int status = std::max(0, m_ui->statusComboBox->currentIndex());
    f.roles = statusChoices().value(status);
    const QDate today = QDate::currentDate();
    switch (Period(m_ui->periodComboBox->currentIndex())) {
    case AnyTime:
        break;
    case Today:
        f.from = startOfDay(today).toUTC();
        break;
    case Last7Days:
        f.from = startOfDay(today.addDays(-6)).toUTC();
        break;
    case Last30Days:
        f.from = startOfDay(today.addDays(-29)).toUTC();
        break;
    case CustomRange: {
        const QDate from = std::min(m_ui->fromDateEdit->date(), m_ui->toDateEdit->date());
        const QDate to = std::max(m_ui->fromDateEdit->date(), m_ui->toDateEdit->date());
        f.from = startOfDay(from).toUTC();
        f.to = startOfDay(to.addDays(1)).toUTC(); // the whole last day
        break;
    }
    }
    if (!m_operatorComboBox->isHidden() && m_operatorComboBox->currentIndex() == 1)
        f.operatorName = AppInfo::osUserName();
    history::HistorySearch::apply(f, m_ui->searchLineEdit->text(), m_key);
    return f;
}

QString HistoryFilterBar::searchText() const
{
    return m_ui->searchLineEdit->text();
}

history::HistorySearch::Kind HistoryFilterBar::searchKind() const
{
    history::HistoryFilter f;
    return history::HistorySearch::apply(f, m_ui->searchLineEdit->text(), m_key);
}

void HistoryFilterBar::setCount(qint64 shown)
{
    m_count = shown;
    m_ui->countLabel->setText(shown == kCounting ? tr("Counting…")
                              : shown < 0        ? QString()
                                                 : tr("%n attempt(s)", nullptr, int(std::min<qint64>(shown, INT_MAX))));
}

void HistoryFilterBar::focusSearch()
{
    m_ui->searchLineEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchLineEdit->selectAll();
}

void HistoryFilterBar::reset()
{
    m_ui->searchLineEdit->clear();
    m_ui->statusComboBox->setCurrentIndex(0);
    m_ui->periodComboBox->setCurrentIndex(AnyTime);
    m_operatorComboBox->setCurrentIndex(0);
    updateDateEditors();
    m_debounce.stop();
    emit filterChanged();
}

void HistoryFilterBar::showPeriod(const QDate& first, const QDate& last, const QList<StatusRole>& roles)
{
    m_ui->statusComboBox->setCurrentIndex(std::max(0, int(statusChoices().indexOf(roles))));
    m_ui->periodComboBox->setCurrentIndex(CustomRange);
    {
        const QSignalBlocker blockFrom(m_ui->fromDateEdit);
        const QSignalBlocker blockTo(m_ui->toDateEdit);
        m_ui->fromDateEdit->setDate(first);
        m_ui->toDateEdit->setDate(last);
    }
    updateDateEditors();
    m_debounce.stop();
    emit filterChanged();
}

void HistoryFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    } else if (event->type() == QEvent::PaletteChange) {
        m_ui->resetButton->setIcon(Icons::themed(QStringLiteral("clear")));
        m_searchAction->setIcon(Icons::themed(QStringLiteral("search")));
    }
    QWidget::changeEvent(event);
}

void HistoryFilterBar::retranslate()
{
    const int status = std::max(0, m_ui->statusComboBox->currentIndex());
    m_ui->statusComboBox->clear();
    m_ui->statusComboBox->addItem(tr("All results"));
    // The outcome words of the result panel (ResultCatalogue): "Inconsistent" is every SubCode of
    // BizCode 2, its two parts are the same word qualified.
    m_ui->statusComboBox->addItem(Icons::status(StatusRole::Pass), api::ResultCatalogue::roleName(StatusRole::Pass));
    m_ui->statusComboBox->addItem(Icons::status(StatusRole::Mismatch),
                                  api::ResultCatalogue::outcomeName(StatusRole::Mismatch));
    m_ui->statusComboBox->addItem(Icons::status(StatusRole::PartialMismatch),
                                  api::ResultCatalogue::roleName(StatusRole::PartialMismatch));
    m_ui->statusComboBox->addItem(Icons::status(StatusRole::NoRecord),
                                  api::ResultCatalogue::roleName(StatusRole::NoRecord));
    m_ui->statusComboBox->addItem(Icons::status(StatusRole::Error), tr("Errors"));
    m_ui->statusComboBox->addItem(Icons::status(StatusRole::Mismatch),
                                  api::ResultCatalogue::roleName(StatusRole::Mismatch));
    m_ui->statusComboBox->addItem(Icons::status(StatusRole::Unknown),
                                  api::ResultCatalogue::roleName(StatusRole::Unknown));
    m_ui->statusComboBox->setCurrentIndex(status);

    const int period = std::max(0, m_ui->periodComboBox->currentIndex());
    m_ui->periodComboBox->clear();
    m_ui->periodComboBox->addItems(
        {tr("Any time"), tr("Today"), tr("Last 7 days"), tr("Last 30 days"), tr("Date range")});
    m_ui->periodComboBox->setCurrentIndex(period);

    const int whose = std::max(0, m_operatorComboBox->currentIndex());
    m_operatorComboBox->clear();
    m_operatorComboBox->addItems({tr("Whole team"), tr("Mine")});
    m_operatorComboBox->setCurrentIndex(whose);
    m_operatorComboBox->setToolTip(tr("Every operator's attempts, or only yours (%1)").arg(AppInfo::osUserName()));
    m_operatorComboBox->setAccessibleName(tr("Whose attempts"));

    m_ui->resetButton->setToolTip(tr("Show every attempt (clear the filter)"));
    m_ui->resetButton->setAccessibleName(tr("Clear the filter"));
    m_ui->searchLineEdit->setAccessibleName(tr("Search the history"));
    m_searchAction->setText(tr("Search now"));
    m_searchAction->setToolTip(tr("Search now"));
    m_ui->fromDateEdit->setAccessibleName(tr("From date"));
    m_ui->toDateEdit->setAccessibleName(tr("To date"));
    setCount(m_count);
    updateSearchHint();
    updateDateEditors();
}

void HistoryFilterBar::updateDateEditors()
{
    const bool custom = m_ui->periodComboBox->currentIndex() == CustomRange;
    m_ui->fromDateEdit->setVisible(custom);
    m_ui->toLabel->setVisible(custom);
    m_ui->toDateEdit->setVisible(custom);
    // With the dates shown the box is narrower: a placeholder that fits (the tooltip explains more).
    // The form's own text otherwise (ui/historyfilterbar.ui, the same context and translation).
    m_ui->searchLineEdit->setPlaceholderText(custom ? tr("Search…") : tr("Mobile, ID number, name, or ref:text"));
}

void HistoryFilterBar::updateSearchHint()
{
    QString hint;
    switch (searchKind()) {
    case history::HistorySearch::Kind::Mobile:
        hint = tr("Attempts with exactly this mobile number");
        break;
    case history::HistorySearch::Kind::IdNumber:
        hint = tr("Attempts with exactly this ID number");
        break;
    case history::HistorySearch::Kind::RequestId:
        hint = tr("The attempt with this RequestId");
        break;
    case history::HistorySearch::Kind::Name:
        hint = tr("Attempts with exactly this name (to search the references for it, type %1 before it)")
                   .arg(history::HistorySearch::referencePrefix());
        break;
    case history::HistorySearch::Kind::Masked:
        hint = tr("Masked values cannot be searched: type the whole mobile number, ID number or name");
        break;
    case history::HistorySearch::Kind::Refused:
        hint = history::HistorySearch::refusal();
        break;
    case history::HistorySearch::Kind::Reference:
        hint = tr("Attempts whose reference contains this text");
        break;
    case history::HistorySearch::Kind::None:
        hint = tr("Look up an exact mobile number, ID number, name or RequestId, or search the references (part "
                  "of the text; %1 before text made only of letters). Ctrl+F comes here.")
                   .arg(history::HistorySearch::referencePrefix());
        break;
    }
    m_ui->searchLineEdit->setToolTip(hint);
}

} // namespace tricheck::gui
