#include "batchstartsummary.h"

#include "api/endpoint.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace tricheck::gui {

namespace {

QLabel* summaryLine(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

BatchStartSummary::BatchStartSummary(QWidget* parent)
    : QFrame(parent)
    , m_service(summaryLine(this, "serviceSummary"))
    , m_billable(summaryLine(this, "billableSummary"))
    , m_rate(summaryLine(this, "rateSummary"))
    , m_budgetLine(summaryLine(this, "budgetSummary"))
{
    setObjectName(QStringLiteral("startSummary"));
    setFrameShape(QFrame::StyledPanel); // set apart: what pressing Start will do
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(2);
    layout->addWidget(m_service);
    layout->addWidget(m_billable);
    layout->addWidget(m_rate);
    layout->addWidget(m_budgetLine);
    m_budgetLine->hide();
    retranslate();
}

void BatchStartSummary::setPreview(const batch::StartPreview& preview, bool validated)
{
    m_preview = preview;
    m_validated = validated;
    retranslate();
}

void BatchStartSummary::setBudgetText(const QString& text)
{
    m_budget = text;
    m_budgetLine->setText(text.toHtmlEscaped());
    m_budgetLine->setVisible(!text.isEmpty());
}

void BatchStartSummary::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void BatchStartSummary::retranslate()
{
    setAccessibleName(tr("Before you start"));
    const batch::StartPreview& p = m_preview;
    if (p.sandbox) {
        m_service->setText(tr("Service: <b>the sandbox on this computer</b> (%1) — simulated answers, not billed.")
                               .arg(p.endpointHost.toHtmlEscaped()));
    } else {
        const auto endpoint = api::Endpoint::parse(p.endpointId);
        const QString name = endpoint ? endpoint->displayName() : p.endpointId;
        m_service->setText(tr("Service: <b>the real Alibaba Cloud service</b>, %1 (%2) — every answer is billed to "
                              "your account.")
                               .arg(name.toHtmlEscaped(), p.endpointHost.toHtmlEscaped()));
    }

    QString rows;
    if (!m_validated)
        rows = tr("Choose and check a file to see how many rows will be sent.");
    else if (p.sandbox)
        rows = tr("<b>%n row(s)</b> to send; nothing is billed.", nullptr, p.toSend);
    else
        rows = tr("<b>Up to %n row(s) may be billed</b> (valid rows, each person once).", nullptr, p.mayBeBilled);
    if (m_validated && p.notSent > 0)
        rows += u' ' + tr("%n invalid or repeated row(s) are not sent.", nullptr, p.notSent);
    if (m_validated && p.runner.skipVerifiedDays > 0)
        rows += u' ' +
                tr("People verified in the last %n day(s) are skipped, not sent.", nullptr, p.runner.skipVerifiedDays);
    m_billable->setText(rows);

    const QString rate = p.runner.qps > 0 ? tr("%n request(s) per second", nullptr, p.runner.qps) : tr("no limit");
    m_rate->setText(tr("Rate: %1, at most %2 at a time.").arg(rate).arg(p.runner.concurrency));
}

} // namespace tricheck::gui
