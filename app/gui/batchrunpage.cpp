#include "batchrunpage.h"

#include "accessibility.h"
#include "api/resultcatalogue.h"
#include "batch/durationtext.h"
#include "statuspalette.h"

#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

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
    , m_progressTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("runPage"));
    build();
    m_progressTimer->setInterval(250);
    connect(m_progressTimer, &QTimer::timeout, this, &BatchRunPage::updateProgress);
    applyStatusColours();
    retranslate();
}

BatchRunPage::~BatchRunPage() = default;

void BatchRunPage::build()
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_runTitle = new QLabel(this);
    m_runTitle->setObjectName(QStringLiteral("runTitle"));
    m_runTitle->setWordWrap(true);
    m_runTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layout->addWidget(m_runTitle);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_layout->addWidget(m_progress);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(18);
    static const char* const names[] = {
        "doneCount",
        "passCount",
        "mismatchCount",
        "noRecordCount",
        "errorCount",
        "unknownCount",
        "billedCount",
        "skippedCount",
        "rateValue",
        "timeLeftValue",
    };
    for (int i = 0; i < CountCount; ++i) {
        m_countCaptions[i] = new QLabel(this);
        m_countValues[i] = new QLabel(this);
        m_countValues[i]->setObjectName(QString::fromLatin1(names[i]));
        QFont bold = m_countValues[i]->font();
        bold.setBold(true);
        m_countValues[i]->setFont(bold);
        m_countValues[i]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_countCaptions[i]->setBuddy(m_countValues[i]);
        grid->addWidget(m_countCaptions[i], i / 3, (i % 3) * 2);
        grid->addWidget(m_countValues[i], i / 3, (i % 3) * 2 + 1);
    }
    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c * 2 + 1, 1);
    m_layout->addLayout(grid);

    m_runNote = new QLabel(this);
    m_runNote->setObjectName(QStringLiteral("runNote"));
    m_runNote->setWordWrap(true);
    m_runNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_runNote->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_layout->addWidget(m_runNote);
    m_layout->addStretch(1);

    auto* buttons = new QHBoxLayout;
    m_pauseButton = new QPushButton(this);
    m_pauseButton->setObjectName(QStringLiteral("pauseButton"));
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_anotherButton = new QPushButton(this);
    m_anotherButton->setObjectName(QStringLiteral("anotherButton"));
    m_runCloseButton = new QPushButton(this);
    m_runCloseButton->setObjectName(QStringLiteral("runCloseButton"));
    // No default button in the batch dialog: Enter neither pauses, cancels nor starts anything.
    for (QPushButton* button : {m_pauseButton, m_cancelButton, m_exportButton, m_anotherButton, m_runCloseButton})
        button->setAutoDefault(false);
    buttons->addWidget(m_pauseButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_anotherButton);
    buttons->addWidget(m_runCloseButton);
    m_layout->addLayout(buttons);

    connect(m_pauseButton, &QPushButton::clicked, this, [this] {
        if (!m_runner)
            return;
        if (m_runner->state() == BatchRunner::State::Paused)
            m_runner->resume();
        else if (m_runner->state() == BatchRunner::State::Running)
            m_runner->pause();
    });
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_runner &&
            (m_runner->state() == BatchRunner::State::Running || m_runner->state() == BatchRunner::State::Paused))
            m_runner->cancel();
    });
    connect(m_exportButton, &QPushButton::clicked, this, &BatchRunPage::exportRequested);
    connect(m_anotherButton, &QPushButton::clicked, this, &BatchRunPage::anotherRequested);
    connect(m_runCloseButton, &QPushButton::clicked, this, &BatchRunPage::closeRequested);
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
        m_layout->insertWidget(m_layout->indexOf(m_runNote) + 1, report, 2);
    m_runTitle->setText(tr("<b>%1</b> — batch %2").arg(m_title.toHtmlEscaped(), m_batchId));
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
    m_cancelButton->setText(tr("&Cancel batch"));
    m_exportButton->setText(tr("&Export results…"));
    m_anotherButton->setText(tr("Verify another &file…"));
    m_runCloseButton->setText(tr("Close"));
    using api::ResultCatalogue;
    using api::StatusRole;
    // The outcomes in the result panel's words (ResultCatalogue); Mismatch counts all of BizCode 2.
    const auto outcome = [](StatusRole role) {
        return tr("%1:", "a counter's caption").arg(ResultCatalogue::outcomeName(role));
    };
    const QString captions[CountCount] = {tr("Done:"),
                                          outcome(StatusRole::Pass),
                                          outcome(StatusRole::Mismatch),
                                          outcome(StatusRole::NoRecord),
                                          tr("Errors:"),
                                          tr("Outcome unknown:"),
                                          m_sandbox ? tr("Billing:") : tr("Billed:"),
                                          tr("Not sent, verified before:"),
                                          tr("Rate:"),
                                          tr("Time left:")};
    for (int i = 0; i < CountCount; ++i)
        m_countCaptions[i]->setText(captions[i]);
    if (m_runner) {
        m_runTitle->setText(tr("<b>%1</b> — batch %2").arg(m_title.toHtmlEscaped(), m_batchId));
        onRunnerState();
    } else {
        m_pauseButton->setText(tr("&Pause"));
    }
}

void BatchRunPage::onRunnerState()
{
    if (!m_runner)
        return;
    const BatchRunner::State state = m_runner->state();
    const bool live = state == BatchRunner::State::Running || state == BatchRunner::State::Paused;
    m_pauseButton->setText(state == BatchRunner::State::Paused ? tr("&Resume") : tr("&Pause"));
    m_pauseButton->setEnabled(live);
    m_pauseButton->setVisible(state != BatchRunner::State::Finished);
    m_cancelButton->setEnabled(live);
    m_cancelButton->setVisible(state != BatchRunner::State::Finished);
    m_exportButton->setVisible(state == BatchRunner::State::Finished);
    m_anotherButton->setVisible(state == BatchRunner::State::Finished);
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
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
    m_progress->setFormat(tr("%1 of %2 rows").arg(done).arg(total));
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
        m_runNote->setText(tr("Paused. Requests already sent are answered and recorded; nothing more is sent until "
                              "you resume."));
        break;
    case BatchRunner::State::Stopping:
        m_runNote->setText(
            tr("Stopping: waiting for the %n request(s) in flight to be answered and recorded.", nullptr, c.inFlight));
        break;
    default:
        m_runNote->setText(m_runner->effectiveQps() > 0 && m_runner->effectiveQps() + 0.5 < m_askedQps
                               ? tr("The service asked to slow down: sending %1 requests per second.")
                                     .arg(m_runner->effectiveQps(), 0, 'f', 1)
                               : tr("Results appear in the history as they arrive."));
        break;
    }
}

void BatchRunPage::showSummary()
{
    const batch::BatchTally& t = *m_final;
    m_progress->setRange(0, std::max(1, t.toSend));
    const int done = t.sent + t.skipped;
    m_progress->setValue(done);
    m_progress->setFormat(tr("%1 of %2 rows").arg(done).arg(t.toSend));
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
    m_runNote->setText(text.join(QStringLiteral("<br><br>")));
    Accessibility::announce(this, m_runNote->text()); // the end of the batch, said to screen readers
    m_exportButton->setEnabled(t.sent + t.skipped > 0);
}

} // namespace tricheck::gui
