#include "resultpanel.h"

#include "accessibility.h"
#include "api/errortext.h"
#include "api/resultcatalogue.h"
#include "displaytext.h"
#include "icons.h"
#include "statuspalette.h"
#include "ui_resultpanel.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>

namespace tricheck::gui {

using namespace tricheck::api;
using verification::HistoryWrite;

ResultPanel::ResultPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ResultPanel>())
{
    m_ui->setupUi(this);
    QFont big = m_ui->statusLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_ui->statusLabel->setFont(big);
    QFont bold = m_ui->summaryLabel->font();
    bold.setBold(true);
    m_ui->summaryLabel->setFont(bold);
    m_ui->statusFrame->setAutoFillBackground(true);
    // The status text takes the width; word-wrapped labels would otherwise share it with the spacer.
    m_ui->statusLayout->setStretchFactor(m_ui->statusTextLayout, 1);
    // The status frame is the result object screen readers hear: a notification named by one
    // sentence (outcome, meaning, billing), announced when an outcome arrives. The icons repeat
    // what the text says.
    Accessibility::setRole(m_ui->statusFrame, QAccessible::Notification);
    Accessibility::markDecorative(m_ui->statusIconLabel);
    Accessibility::markDecorative(m_ui->historyWarningIcon);
    m_ui->historyWarningIcon->setPixmap(Icons::warning().pixmap(24, 24));
    m_ui->historyWarningIcon->setAlignment(Qt::AlignTop);
    m_ui->copyRequestIdButton->setIcon(Icons::themed(QStringLiteral("copy")));
    connect(m_ui->copyRequestIdButton, &QToolButton::clicked, this, &ResultPanel::copyRequestId);
    render();
}

ResultPanel::~ResultPanel() = default;

void ResultPanel::showPending()
{
    // A new check: the previous person's outcome goes at once, it must not be read as this one's.
    m_stage = Stage::Pending;
    m_outcome.reset();
    m_write = {};
    render();
}

void ResultPanel::showSent()
{
    m_stage = Stage::Sent;
    render();
}

void ResultPanel::showOutcome(const VerifyOutcome& outcome, const HistoryWrite& write)
{
    m_stage = Stage::Done;
    m_outcome = outcome;
    m_write = write;
    render();
    Accessibility::announce(m_ui->statusFrame, announcement());
}

void ResultPanel::clear()
{
    m_stage = Stage::Empty;
    m_outcome.reset();
    render();
}

std::optional<qint64> ResultPanel::recordedRowId() const
{
    if (m_stage != Stage::Done || !m_outcome || m_write.state != verification::HistoryWrite::State::Recorded)
        return std::nullopt;
    return m_write.rowId;
}

void ResultPanel::setRecordWidget(QWidget* widget)
{
    m_recordWidget = widget;
    m_ui->statusLayout->addWidget(widget, 0, Qt::AlignTop);
    widget->setVisible(recordedRowId().has_value());
}

QString ResultPanel::statusText() const
{
    return m_ui->statusLabel->text();
}

QString ResultPanel::descriptionText() const
{
    return m_ui->descriptionLabel->text();
}

QString ResultPanel::announcement() const
{
    if (!m_outcome || m_stage != Stage::Done)
        return statusText();
    const VerifyOutcome& o = *m_outcome;
    QString sentence;
    if (const VerifyResult* r = o.result()) {
        const SubCodeEntry entry = ResultCatalogue::subCode(r->subCode);
        sentence = tr("%1: %2 %3.", "the result said to screen readers: outcome, its meaning, billing")
                       .arg(ResultCatalogue::outcomeName(entry.role),
                            entry.longText,
                            ResultCatalogue::billingText(ResultCatalogue::bizCode(r->bizCode).billed, o.sandbox));
    } else {
        const ApiError& e = *o.error();
        sentence = tr("%1: %2 %3.", "the result said to screen readers: outcome, its meaning, billing")
                       .arg(ErrorText::title(e.kind),
                            ErrorText::message(e),
                            e.mayBeBilled && !o.sandbox ? tr("It may have been processed and billed")
                                                        : ResultCatalogue::billingText(o.billed(), o.sandbox));
    }
    if (!m_ui->historyWarningLabel->text().isEmpty())
        sentence += u' ' + m_ui->historyWarningLabel->text();
    return sentence;
}

StatusRole ResultPanel::statusRole() const
{
    return m_outcome ? m_outcome->role() : StatusRole::Unknown;
}

void ResultPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        render();
    } else if (event->type() == QEvent::PaletteChange) {
        m_ui->copyRequestIdButton->setIcon(Icons::themed(QStringLiteral("copy")));
        render();
    }
    QWidget::changeEvent(event);
}

void ResultPanel::render()
{
    if (m_recordWidget != nullptr)
        m_recordWidget->setVisible(recordedRowId().has_value());
    m_ui->copyRequestIdButton->setToolTip(tr("Copy the RequestId"));
    m_ui->copyRequestIdButton->setAccessibleName(tr("Copy the RequestId"));
    const bool busy = m_stage == Stage::Pending || m_stage == Stage::Sent;
    if (m_stage == Stage::Empty || busy) {
        applyColors(StatusRole::Unknown, true);
        m_ui->statusIconLabel->clear();
        m_ui->statusIconLabel->setVisible(busy);
        m_ui->statusLabel->setText(busy ? tr("Verifying…") : tr("No verification yet"));
        m_ui->codesLabel->setText(m_stage == Stage::Sent ? tr("The request was sent; waiting for the answer.")
                                                         : QString());
        m_ui->codesLabel->setVisible(!m_ui->codesLabel->text().isEmpty());
        m_ui->summaryLabel->clear();
        m_ui->summaryLabel->setVisible(false);
        m_ui->descriptionLabel->setText(busy ? QString()
                                             : tr("Enter a mobile number, a name and an ID number and choose Verify. "
                                                  "The result, why it is what it is, and whether it is billed "
                                                  "appear here."));
        m_ui->detailsWidget->setVisible(false);
        m_ui->historyWarningFrame->setVisible(false);
        m_ui->statusFrame->setAccessibleName(statusText());
        return;
    }
    const VerifyOutcome& o = *m_outcome;
    if (o.isResult())
        renderResult(o);
    else
        renderError(o);
    renderCommon(o);
    renderHistoryWrite();
    m_ui->statusFrame->setAccessibleName(announcement());
}

void ResultPanel::renderResult(const VerifyOutcome& o)
{
    const VerifyResult& r = *o.result();
    const SubCodeEntry entry = ResultCatalogue::subCode(r.subCode);
    applyColors(entry.role, false);
    m_ui->statusLabel->setText(ResultCatalogue::outcomeName(entry.role)); // the BizCode row's word
    m_ui->codesLabel->setText(
        tr("SubCode %1 · BizCode %2")
            .arg(r.subCode.isEmpty() ? tr("none") : r.subCode, r.bizCode.isEmpty() ? tr("none") : r.bizCode));
    const bool sameAsStatus = entry.shortText == m_ui->statusLabel->text();
    m_ui->summaryLabel->setText(sameAsStatus ? QString() : entry.shortText);
    m_ui->summaryLabel->setVisible(!sameAsStatus);
    m_ui->descriptionLabel->setText(entry.longText);
    m_ui->descriptionLabel->setToolTip({});
    m_ui->carrierValue->setText(
        r.ispName.isEmpty() ? tr("Not reported")
                            : QStringLiteral("%1 (%2)").arg(ResultCatalogue::carrierName(r.ispName), r.ispName));
    const BizCodeEntry biz = ResultCatalogue::bizCode(r.bizCode);
    m_ui->billingValue->setText(
        QStringLiteral("%1 — %2 — %3").arg(r.bizCode, biz.text, ResultCatalogue::billingText(biz.billed, o.sandbox)));
    m_ui->carrierCaption->setVisible(true);
    m_ui->carrierValue->setVisible(true);
}

void ResultPanel::renderError(const VerifyOutcome& o)
{
    const ApiError& e = *o.error();
    applyColors(StatusRole::Error, false);
    m_ui->statusLabel->setText(ErrorText::title(e.kind));
    QStringList codes;
    if (e.httpStatus > 0)
        codes.append(tr("HTTP %1").arg(e.httpStatus));
    if (!e.code.isEmpty())
        codes.append(tr("Code %1").arg(e.code));
    codes.append(tr("Error kind: %1").arg(ErrorText::kindName(e.kind)));
    m_ui->codesLabel->setText(codes.join(QStringLiteral(" · ")));
    const bool mayBeBilled = e.mayBeBilled && !o.sandbox;
    m_ui->summaryLabel->setText(mayBeBilled ? tr("This request may have been processed and billed.") : QString());
    m_ui->summaryLabel->setVisible(mayBeBilled);
    m_ui->descriptionLabel->setText(ErrorText::message(e));
    // Qt's own (English) wording of a transport failure stays at hand as a detail.
    m_ui->descriptionLabel->setToolTip(
        e.networkError != 0 && !e.detail.isEmpty() ? tr("Technical detail: %1").arg(e.detail) : QString());
    m_ui->carrierCaption->setVisible(false);
    m_ui->carrierValue->setVisible(false);
    m_ui->billingValue->setText(ResultCatalogue::billingText(o.billed(), o.sandbox));
}

void ResultPanel::renderCommon(const VerifyOutcome& o)
{
    m_ui->detailsWidget->setVisible(true);
    m_ui->codesLabel->setVisible(true);
    const QString requestId = o.isResult() ? o.result()->requestId : o.error()->requestId;
    m_ui->requestIdValue->setText(requestId.isEmpty() ? tr("None (no answer from the service)") : requestId);
    m_ui->copyRequestIdButton->setEnabled(!requestId.isEmpty());
    const QString attempts = ErrorText::attemptsText(o); // agrees with the message: never "not sent" and "retry"
    m_ui->latencyValue->setText(
        attempts.isEmpty() ? DisplayText::latency(o.latencyMs)
                           : tr("%1 (%2)", "latency (attempts)").arg(DisplayText::latency(o.latencyMs), attempts));
    m_ui->serviceValue->setText(QStringLiteral("%1 · %2 · %3")
                                    .arg(DisplayText::service(o.endpoint, o.sandbox),
                                         DisplayText::scheme(o.scheme),
                                         ResultCatalogue::paramTypeText(o.paramType)));
    m_ui->valuesValue->setText(QStringLiteral("%1 · %2 · %3").arg(o.maskedMobile, o.maskedName, o.maskedIdNumber));
    m_ui->referenceValue->setText(o.reference.isEmpty() ? tr("None") : o.reference);
    // As in the history table: unambiguous in both languages, with seconds.
    m_ui->timeValue->setText(o.startedUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

void ResultPanel::renderHistoryWrite()
{
    QString text;
    switch (m_write.state) {
    case HistoryWrite::State::Failed:
        text = tr("This attempt was NOT recorded in the history: %1 Note the RequestId above for your records and "
                  "fix the history before verifying again.")
                   .arg(m_write.error);
        break;
    case HistoryWrite::State::Disabled:
        text = tr("This attempt was not recorded: the history is turned off.");
        break;
    case HistoryWrite::State::Recorded:
    case HistoryWrite::State::NotAttempted:
        break;
    }
    m_ui->historyWarningLabel->setText(text);
    m_ui->historyWarningFrame->setVisible(!text.isEmpty());
}

void ResultPanel::applyColors(StatusRole role, bool neutral)
{
    const StatusPalette palette = StatusPalette::forPalette(this->palette());
    const StatusColors c = palette.colors(role);
    const QColor background = neutral ? this->palette().color(QPalette::AlternateBase) : c.background;
    const QColor foreground = neutral ? this->palette().color(QPalette::WindowText) : c.foreground;
    const QColor edge = neutral ? this->palette().color(QPalette::Mid) : c.accent;
    m_ui->statusFrame->setStyleSheet(
        QStringLiteral("QFrame#statusFrame { background-color: %1; border-left: 6px solid %2; border-radius: 4px; }"
                       "QFrame#statusFrame QLabel { color: %3; background: transparent; }")
            .arg(background.name(), edge.name(), foreground.name()));
    if (!neutral) {
        m_ui->statusIconLabel->setVisible(true);
        m_ui->statusIconLabel->setPixmap(Icons::status(role).pixmap(QSize(36, 36), devicePixelRatioF()));
    }
    const StatusColors error = palette.colors(StatusRole::Mismatch);
    m_ui->historyWarningFrame->setStyleSheet(
        QStringLiteral("QFrame#historyWarningFrame { background-color: %1; border: 2px solid %2; border-radius: 4px; }"
                       "QFrame#historyWarningFrame QLabel { color: %3; font-weight: bold; }")
            .arg(error.background.name(), error.accent.name(), error.foreground.name()));
}

void ResultPanel::copyRequestId()
{
    if (!m_outcome)
        return;
    const QString id = m_outcome->isResult() ? m_outcome->result()->requestId : m_outcome->error()->requestId;
    if (id.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(id);
    emit message(tr("RequestId %1 copied").arg(id));
}

} // namespace tricheck::gui
