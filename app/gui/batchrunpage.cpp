#include "batchrunpage.h"

#include "accessibility.h"
#include "api/resultcatalogue.h"
#include "batch/durationtext.h"
#include "statuspalette.h"
#include "ui_batchrunpage.h"

#include <QEvent>
#include <QGroupBox>
#include <QTimer>

#include <utility>

namespace tricheck::gui {

using batch::BatchRunner;

namespace {

enum Count {
    Done,
    Pass,
    Mismatch,
    NoRecord,
    Errors,
    Unknown,
    Billed,
    Skipped,
    Rate,
    TimeLeft,
    CountCount
};

} // namespace

BatchRunPage::BatchRunPage(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::BatchRunPage>())
    , m_progressTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    const std::pair<QLabel*, QLabel*> counts[CountCount] = {{m_ui->doneCaption, m_ui->doneCount},
                                                            {m_ui->passCaption, m_ui->passCount},
                                                            {m_ui->mismatchCaption, m_ui->mismatchCount},
                                                            {m_ui->noRecordCaption, m_ui->noRecordCount},
                                                            {m_ui->errorCaption, m_ui->errorCount},
                                                            {m_ui->unknownCaption, m_ui->unknownCount},
                                                            {m_ui->billedCaption, m_ui->billedCount},
                                                            {m_ui->skippedCaption, m_ui->skippedCount},
                                                            {m_ui->rateCaption, m_ui->rateValue},
                                                            {m_ui->timeLeftCaption, m_ui->timeLeftValue}};
    for (int i = 0; i < CountCount; ++i) {
        m_countCaptions[i] = counts[i].first;
        m_countValues[i] = counts[i].second;
    }
    wire();
    m_progressTimer->setInterval(250);
    connect(m_progressTimer, &QTimer::timeout, this, &BatchRunPage::updateProgress);
    applyStatusColours();
    retranslate();
}

BatchRunPage::~BatchRunPage() = default;

// The form's buttons to the runner and to the page's signals. None of them is a default button
// (autoDefault off in the form): Enter neither pauses, cancels nor starts anything.
void BatchRunPage::wire()
{
    connect(m_ui->pauseButton, &QPushButton::clicked, this, [this] {
        if (!m_runner)
            return;
        if (m_runner->state() == BatchRunner::State::Paused)
            m_runner->resume();
        else if (m_runner->state() == BatchRunner::State::Running)
            m_runner->pause();
    });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        if (m_runner &&
            (m_runner->state() == BatchRunner::State::Running || m_runner->state() == BatchRunner::State::Paused))
            m_runner->cancel();
    });
    connect(m_ui->exportButton, &QPushButton::clicked, this, &BatchRunPage::exportRequested);
    connect(m_ui->anotherButton, &QPushButton::clicked, this, &BatchRunPage::anotherRequested);
    connect(m_ui->runCloseButton, &QPushButton::clicked, this, &BatchRunPage::closeRequested);
}

void BatchRunPage::follow(BatchRunner* runner,
                          const QString& batchId,
                          const QString& title,
                          const batch::BatchTally& base,
                          int askedQps,
                          QGroupBox* report)
{
    if (m_runner)
        m_runner->disconnect(this);
    m_runner = runner;
    m_batchId = batchId;
    m_title = title;
    m_base = base;
    m_askedQps = askedQps;
    m_final.reset();
    connect(m_runner, &BatchRunner::stateChanged, this, &BatchRunPage::onRunnerState);
    // A new batch keeps its validation report in view (the rows that are not sent), a resumed one has none.
    if (report)
        m_ui->pageLayout->insertWidget(m_ui->pageLayout->indexOf(m_ui->runNote) + 1, report, 2);
    m_ui->runTitle->setText(tr("<b>%1</b> — batch %2").arg(m_title.toHtmlEscaped(), m_batchId));
    m_progressTimer->start();
    onRunnerState();
}

void BatchRunPage::setSandbox(bool sandbox)
{
    m_sandbox = sandbox;
    retranslate();
}

QString BatchRunPage::billedValue(int billed) const
{
    // The sandbox's answers would be billed at the real service, but are not: say so, as the
    // result panel and the history do.
    return m_sandbox ? api::ResultCatalogue::simulatedText() : QString::number(billed);
}

void BatchRunPage::showFinished(const batch::BatchTally& tally)
{
    m_progressTimer->stop();
    m_final = tally;
    onRunnerState();
}

void BatchRunPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        applyStatusColours();
    QWidget::changeEvent(event);
}

// The counts in the colours of their results in the history (the text says what they are too).
void BatchRunPage::applyStatusColours()
{
    const StatusPalette colours = StatusPalette::forPalette(palette());
    const std::pair<Count, api::StatusRole> roles[] = {{Pass, api::StatusRole::Pass},
                                                       {Mismatch, api::StatusRole::Mismatch},
                                                       {NoRecord, api::StatusRole::NoRecord},
                                                       {Errors, api::StatusRole::Error},
                                                       {Unknown, api::StatusRole::Unknown}};
    for (const auto& [count, role] : roles) {
        QPalette p = m_countValues[count]->palette();
        p.setColor(QPalette::WindowText, colours.colors(role).accent);
        m_countValues[count]->setPalette(p);
    }
}

void BatchRunPage::retranslate()
{
    m_ui->retranslateUi(this); // the buttons and the fixed captions
    using api::ResultCatalogue;
    using api::StatusRole;
    // The outcomes in the result panel's words (ResultCatalogue); Mismatch counts all of BizCode 2.
    const auto outcome = [](StatusRole role) {
        return tr("%1:", "a counter's caption").arg(ResultCatalogue::outcomeName(role));
    };
    m_countCaptions[Pass]->setText(outcome(StatusRole::Pass));
    m_countCaptions[Mismatch]->setText(outcome(StatusRole::Mismatch));
    m_countCaptions[NoRecord]->setText(outcome(StatusRole::NoRecord));
    m_countCaptions[Billed]->setText(m_sandbox ? tr("Billing:") : tr("Billed:"));
    if (m_runner) {
        m_ui->runTitle->setText(tr("<b>%1</b> — batch %2").arg(m_title.toHtmlEscaped(), m_batchId));
        onRunnerState();
    }
}

void BatchRunPage::onRunnerState()
{
    if (!m_runner)
        return;
    const BatchRunner::State state = m_runner->state();
    const bool live = state == BatchRunner::State::Running || state == BatchRunner::State::Paused;
    m_ui->pauseButton->setText(state == BatchRunner::State::Paused ? tr("&Resume") : tr("&Pause"));
    m_ui->pauseButton->setEnabled(live);
    m_ui->pauseButton->setVisible(state != BatchRunner::State::Finished);
    m_ui->cancelButton->setEnabled(live);
    m_ui->cancelButton->setVisible(state != BatchRunner::State::Finished);
    m_ui->exportButton->setVisible(state == BatchRunner::State::Finished);
    m_ui->anotherButton->setVisible(state == BatchRunner::State::Finished);
    if (m_final)
        showSummary();
    else
        updateProgress();
}

void BatchRunPage::updateProgress()
{
    if (!m_runner || m_final)
        return;
    const batch::RunnerCounts& c = m_runner->counts();
    const batch::BatchTally& b = m_base;
    const int total = std::max(b.toSend, c.toSend);
    const int done = std::min(total, b.sent + b.skipped + c.answered + c.skipped);
    m_ui->progressBar->setRange(0, std::max(1, total));
    m_ui->progressBar->setValue(done);
    m_ui->progressBar->setFormat(tr("%1 of %2 rows").arg(done).arg(total));
    m_countValues[Done]->setText(tr("%1 of %2").arg(done).arg(total));
    m_countValues[Pass]->setText(QString::number(b.pass + c.pass));
    m_countValues[Mismatch]->setText(QString::number(b.mismatch + c.mismatch));
    m_countValues[NoRecord]->setText(QString::number(b.noRecord + c.noRecord));
    m_countValues[Errors]->setText(QString::number(b.errors + c.errors));
    m_countValues[Unknown]->setText(QString::number(b.unknown + c.unknown));
    m_countValues[Billed]->setText(billedValue(b.billed + c.billed));
    m_countValues[Skipped]->setText(QString::number(b.skipped + c.skipped));
    const double rate = m_runner->currentRate();
    m_countValues[Rate]->setText(tr("%1 rows/s").arg(rate, 0, 'f', 1));
    const int left = std::max(0, total - done);
    QString eta = QStringLiteral("–");
    if (m_runner->state() == BatchRunner::State::Paused)
        eta = tr("paused");
    else if (rate > 0 && left > 0)
        eta = batch::durationText(left / rate);
    m_countValues[TimeLeft]->setText(eta);
    switch (m_runner->state()) {
    case BatchRunner::State::Paused:
        m_ui->runNote->setText(tr("Paused. Requests already sent are answered and recorded; nothing more is sent until "
                                  "you resume."));
        break;
    case BatchRunner::State::Stopping:
        m_ui->runNote->setText(
            tr("Stopping: waiting for the %n request(s) in flight to be answered and recorded.", nullptr, c.inFlight));
        break;
    default:
        m_ui->runNote->setText(m_runner->effectiveQps() > 0 && m_runner->effectiveQps() + 0.5 < m_askedQps
                                   ? tr("The service asked to slow down: sending %1 requests per second.")
                                         .arg(m_runner->effectiveQps(), 0, 'f', 1)
                                   : tr("Results appear in the history as they arrive."));
        break;
    }
}

void BatchRunPage::showSummary()
{
    const batch::BatchTally& t = *m_final;
    m_ui->progressBar->setRange(0, std::max(1, t.toSend));
    const int done = t.sent + t.skipped;
    m_ui->progressBar->setValue(done);
    m_ui->progressBar->setFormat(tr("%1 of %2 rows").arg(done).arg(t.toSend));
    m_countValues[Done]->setText(tr("%1 of %2").arg(done).arg(t.toSend));
    m_countValues[Pass]->setText(QString::number(t.pass));
    m_countValues[Mismatch]->setText(QString::number(t.mismatch));
    m_countValues[NoRecord]->setText(QString::number(t.noRecord));
    m_countValues[Errors]->setText(QString::number(t.errors));
    m_countValues[Unknown]->setText(QString::number(t.unknown));
    m_countValues[Billed]->setText(billedValue(t.billed));
    m_countValues[Skipped]->setText(QString::number(t.skipped));
    m_countValues[Rate]->setText(
        tr("%1 rows in %2").arg(m_runner->counts().answered).arg(batch::durationText(m_runner->elapsedSeconds())));
    m_countValues[TimeLeft]->setText(QStringLiteral("–"));

    QStringList text;
    switch (m_runner->result()) {
    case BatchRunner::Result::Completed:
        text << tr("<b>The batch is complete.</b> Rows: %1 · sent: %2 · invalid (not sent): %3 · duplicates (sent "
                   "once): %4")
                    .arg(t.rows)
                    .arg(t.sent)
                    .arg(t.invalid)
                    .arg(t.duplicates);
        break;
    case BatchRunner::Result::Cancelled:
        text << tr("<b>The batch was cancelled.</b> %n row(s) were not sent. The batch is kept: File → Resume "
                   "unfinished batch… sends them later.",
                   nullptr,
                   t.pending);
        break;
    default:
        text << tr("<b>The batch stopped:</b> %1").arg(m_runner->stopReason().toHtmlEscaped());
        text << tr("%n row(s) were not sent. The batch is kept: File → Resume unfinished batch… sends them when the "
                   "problem is solved.",
                   nullptr,
                   t.pending);
        break;
    }
    if (t.unknown > 0)
        text << tr("<b>%n row(s) have an unknown outcome — they may have been billed.</b> They were in flight when "
                   "the batch stopped, or the answer did not arrive in time. They are sent again only if you choose "
                   "so when resuming.",
                   nullptr,
                   t.unknown);
    if (t.skipped > 0)
        text << tr("%n row(s) were not sent: the same person was answered recently. Their earlier results and "
                   "RequestIds are in the exported results.",
                   nullptr,
                   t.skipped);
    text << tr("Export the results to keep them with the file: masked values, results, RequestIds.");
    m_ui->runNote->setText(text.join(QStringLiteral("<br><br>")));
    Accessibility::announce(this, m_ui->runNote->text()); // the end of the batch, said to screen readers
    m_exportable = t.sent + t.skipped > 0;
    m_ui->exportButton->setEnabled(m_exportable && !m_exporting);
}

void BatchRunPage::setExporting(bool exporting)
{
    m_exporting = exporting;
    m_ui->exportButton->setEnabled(m_exportable && !m_exporting);
}

} // namespace tricheck::gui
