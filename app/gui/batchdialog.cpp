#include "batchdialog.h"

#include "api/endpoint.h"
#include "batch/csvsource.h"
#include "batch/durationtext.h"
#include "batch/resumetarget.h"
#include "batchimportjob.h"
#include "batchrecordjob.h"
#include "displaytext.h"
#include "history/historystore.h"
#include "messagebox.h"
#include "resumebatchdialog.h"
#include "settings/appsettings.h"
#include "statuspalette.h"
#include "verification/servicecontext.h"
#include "verification/workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace tricheck::gui {

using batch::BatchField;
using batch::BatchJournal;
using batch::BatchRunner;
using settings::Setting;

namespace {

constexpr int kPreviewRows = 8;
constexpr int kListedIssues = 1000; // the rest are counted, not listed
constexpr BatchField kFields[] = {BatchField::Mobile, BatchField::Name, BatchField::IdNumber, BatchField::Reference};
const QString kDirectoryKey = QStringLiteral("batch/directory");

enum Count {
    Done,
    Pass,
    Mismatch,
    NoRecord,
    Errors,
    Unknown,
    Billed,
    Rate,
    TimeLeft,
    CountCount
};

} // namespace

BatchDialog::BatchDialog(verification::Workspace* workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_pages(new QStackedWidget(this))
    , m_validationTimer(new QTimer(this))
    , m_progressTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("batchDialog"));
    resize(920, 760);
    buildSetupPage();
    buildRunPage();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    m_validationTimer->setInterval(100);
    connect(m_validationTimer, &QTimer::timeout, this, [this] {
        if (m_job && m_job->totalBytes() > 0)
            m_validationProgress->setValue(int(1000.0 * double(m_job->bytesRead()) / double(m_job->totalBytes())));
    });
    m_progressTimer->setInterval(250);
    connect(m_progressTimer, &QTimer::timeout, this, &BatchDialog::updateProgress);
    connect(workspace, &verification::Workspace::readinessChanged, this, [this] {
        updateQpsRange();
        updateStartButton();
    });

    const settings::AppSettings* s = workspace->settings();
    m_qps->setValue(s->batchQps());
    m_qps->setEnabled(!s->isLocked(Setting::BatchQps));
    m_concurrency->setValue(s->batchConcurrency());
    m_concurrency->setEnabled(!s->isLocked(Setting::BatchConcurrency));
    m_md5->setChecked(s->paramType() == identity::ParamType::Md5);
    m_md5->setEnabled(!s->forceMd5());
    updateQpsRange();
    applyStatusColours();
    retranslate();
    updateStartButton();
}

BatchDialog::~BatchDialog()
{
    if (m_runner && isRunning()) {
        // The dialog goes with the window: nothing more is sent, and nothing is shown any more.
        m_runner->disconnect(this);
        m_runner->cancel(true);
    }
}

void BatchDialog::buildSetupPage()
{
    auto* page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("setupPage"));
    auto* layout = new QVBoxLayout(page);
    m_setupLayout = layout;
    layout->setContentsMargins(0, 0, 0, 0);
    m_intro = new QLabel(page);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_fileBox = new QGroupBox(page);
    auto* fileLayout = new QGridLayout(m_fileBox);
    m_fileLabel = new QLabel(m_fileBox);
    m_fileEdit = new QLineEdit(m_fileBox);
    m_fileEdit->setObjectName(QStringLiteral("fileEdit"));
    m_fileEdit->setReadOnly(true);
    m_fileLabel->setBuddy(m_fileEdit);
    m_browseButton = new QPushButton(m_fileBox);
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    m_encodingLabel = new QLabel(m_fileBox);
    m_encodingCombo = new QComboBox(m_fileBox);
    m_encodingCombo->setObjectName(QStringLiteral("encodingCombo"));
    for (const auto encoding : {batch::TextEncoding::Auto, batch::TextEncoding::Utf8, batch::TextEncoding::Gb18030})
        m_encodingCombo->addItem(QString(), batch::textEncodingId(encoding));
    m_encodingLabel->setBuddy(m_encodingCombo);
    m_resumeButton = new QPushButton(m_fileBox);
    m_resumeButton->setObjectName(QStringLiteral("resumeButton"));
    fileLayout->addWidget(m_fileLabel, 0, 0);
    fileLayout->addWidget(m_fileEdit, 0, 1, 1, 3);
    fileLayout->addWidget(m_browseButton, 0, 4);
    fileLayout->addWidget(m_encodingLabel, 1, 0);
    fileLayout->addWidget(m_encodingCombo, 1, 1);
    fileLayout->setColumnStretch(2, 1);
    fileLayout->addWidget(m_resumeButton, 1, 3, 1, 2);
    layout->addWidget(m_fileBox);

    m_columnsBox = new QGroupBox(page);
    auto* columnsLayout = new QVBoxLayout(m_columnsBox);
    m_columnsHint = new QLabel(m_columnsBox);
    m_columnsHint->setWordWrap(true);
    columnsLayout->addWidget(m_columnsHint);
    auto* combos = new QGridLayout;
    static const char* const names[] = {"mobileColumn", "nameColumn", "idNumberColumn", "referenceColumn"};
    for (int i = 0; i < 4; ++i) {
        m_columnLabels[i] = new QLabel(m_columnsBox);
        m_columnCombos[i] = new QComboBox(m_columnsBox);
        m_columnCombos[i]->setObjectName(QString::fromLatin1(names[i]));
        m_columnCombos[i]->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        m_columnCombos[i]->setMinimumContentsLength(12);
        m_columnLabels[i]->setBuddy(m_columnCombos[i]);
        combos->addWidget(m_columnLabels[i], 0, i);
        combos->addWidget(m_columnCombos[i], 1, i);
        connect(m_columnCombos[i], &QComboBox::activated, this, &BatchDialog::validate);
    }
    columnsLayout->addLayout(combos);
    m_preview = new QTableWidget(m_columnsBox);
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setWordWrap(false);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setMinimumHeight(180);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 8);
    columnsLayout->addWidget(m_preview, 1);
    layout->addWidget(m_columnsBox, 3);

    m_reportBox = new QGroupBox(page);
    auto* reportLayout = new QVBoxLayout(m_reportBox);
    m_reportSummary = new QLabel(m_reportBox);
    m_reportSummary->setObjectName(QStringLiteral("reportSummary"));
    m_reportSummary->setWordWrap(true);
    m_reportSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_validationProgress = new QProgressBar(m_reportBox);
    m_validationProgress->setRange(0, 1000);
    m_validationProgress->setTextVisible(false);
    m_validationProgress->hide();
    m_issues = new QListWidget(m_reportBox);
    m_issues->setObjectName(QStringLiteral("issuesList"));
    m_issues->setMinimumHeight(80);
    reportLayout->addWidget(m_reportSummary);
    reportLayout->addWidget(m_validationProgress);
    reportLayout->addWidget(m_issues, 1);
    layout->addWidget(m_reportBox, 1);

    m_optionsBox = new QGroupBox(page);
    auto* optionsLayout = new QHBoxLayout(m_optionsBox);
    m_qpsLabel = new QLabel(m_optionsBox);
    m_qps = new QSpinBox(m_optionsBox);
    m_qps->setObjectName(QStringLiteral("qpsSpin"));
    m_qps->setRange(0, 10000);
    m_qpsLabel->setBuddy(m_qps);
    m_concurrencyLabel = new QLabel(m_optionsBox);
    m_concurrency = new QSpinBox(m_optionsBox);
    m_concurrency->setObjectName(QStringLiteral("concurrencySpin"));
    m_concurrency->setRange(1, 64);
    m_concurrencyLabel->setBuddy(m_concurrency);
    m_md5 = new QCheckBox(m_optionsBox);
    m_md5->setObjectName(QStringLiteral("md5Check"));
    optionsLayout->addWidget(m_qpsLabel);
    optionsLayout->addWidget(m_qps);
    optionsLayout->addSpacing(16);
    optionsLayout->addWidget(m_concurrencyLabel);
    optionsLayout->addWidget(m_concurrency);
    optionsLayout->addSpacing(16);
    optionsLayout->addWidget(m_md5);
    optionsLayout->addStretch(1);
    layout->addWidget(m_optionsBox);

    auto* buttons = new QHBoxLayout;
    m_notReady = new QLabel(page);
    m_notReady->setObjectName(QStringLiteral("notReadyLabel"));
    m_notReady->setWordWrap(true);
    m_startButton = new QPushButton(page);
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_startButton->setDefault(true);
    m_closeButton = new QPushButton(page);
    buttons->addWidget(m_notReady, 1);
    buttons->addWidget(m_startButton);
    buttons->addWidget(m_closeButton);
    layout->addLayout(buttons);
    m_pages->addWidget(page);

    connect(m_browseButton, &QPushButton::clicked, this, &BatchDialog::chooseFile);
    connect(m_resumeButton, &QPushButton::clicked, this, &BatchDialog::showResumeList);
    connect(m_encodingCombo, &QComboBox::activated, this, [this] {
        loadPreview();
        validate();
    });
    connect(m_md5, &QCheckBox::toggled, this, &BatchDialog::validate);
    connect(m_startButton, &QPushButton::clicked, this, &BatchDialog::start);
    connect(m_closeButton, &QPushButton::clicked, this, &BatchDialog::reject);
}

void BatchDialog::buildRunPage()
{
    auto* page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("runPage"));
    auto* layout = new QVBoxLayout(page);
    m_runLayout = layout;
    layout->setContentsMargins(0, 0, 0, 0);
    m_runTitle = new QLabel(page);
    m_runTitle->setObjectName(QStringLiteral("runTitle"));
    m_runTitle->setWordWrap(true);
    m_runTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_runTitle);
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    layout->addWidget(m_progress);

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
        "rateValue",
        "timeLeftValue",
    };
    for (int i = 0; i < CountCount; ++i) {
        m_countCaptions[i] = new QLabel(page);
        m_countValues[i] = new QLabel(page);
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
    layout->addLayout(grid);

    m_runNote = new QLabel(page);
    m_runNote->setObjectName(QStringLiteral("runNote"));
    m_runNote->setWordWrap(true);
    m_runNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_runNote->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_runNote);
    layout->addStretch(1);

    auto* buttons = new QHBoxLayout;
    m_pauseButton = new QPushButton(page);
    m_pauseButton->setObjectName(QStringLiteral("pauseButton"));
    m_cancelButton = new QPushButton(page);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_exportButton = new QPushButton(page);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_anotherButton = new QPushButton(page);
    m_anotherButton->setObjectName(QStringLiteral("anotherButton"));
    m_runCloseButton = new QPushButton(page);
    m_runCloseButton->setObjectName(QStringLiteral("runCloseButton"));
    buttons->addWidget(m_pauseButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_anotherButton);
    buttons->addWidget(m_runCloseButton);
    layout->addLayout(buttons);
    m_pages->addWidget(page);

    connect(m_pauseButton, &QPushButton::clicked, this, [this] {
        if (!m_runner)
            return;
        if (m_runner->state() == BatchRunner::State::Paused)
            m_runner->resume();
        else if (m_runner->state() == BatchRunner::State::Running)
            m_runner->pause();
    });
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_runner && isRunning())
            m_runner->cancel();
    });
    connect(m_exportButton, &QPushButton::clicked, this, [this] { emit exportRequested(m_batchId); });
    connect(m_anotherButton, &QPushButton::clicked, this, &BatchDialog::newBatch);
    connect(m_runCloseButton, &QPushButton::clicked, this, &BatchDialog::reject);
}

void BatchDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        applyStatusColours();
    QDialog::changeEvent(event);
}

// The counts in the colours of their results in the history (the text says what they are too).
void BatchDialog::applyStatusColours()
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

void BatchDialog::retranslate()
{
    setWindowTitle(tr("Verify a file"));
    m_intro->setText(tr("Verify every row of a CSV file: each row is checked first, invalid rows are listed and "
                        "never sent, rows repeating the same mobile number, name and ID number are sent once. Every "
                        "result is recorded in the history as it arrives."));
    m_fileBox->setTitle(tr("File"));
    m_fileLabel->setText(tr("&CSV file:"));
    m_fileEdit->setPlaceholderText(tr("No file chosen"));
    m_browseButton->setText(tr("&Choose…"));
    m_encodingLabel->setText(tr("&Encoding:"));
    m_encodingCombo->setItemText(0, tr("Automatic (UTF-8 or GB18030)"));
    m_encodingCombo->setItemText(1, tr("UTF-8"));
    m_encodingCombo->setItemText(2, tr("GB18030 / GBK"));
    m_resumeButton->setText(tr("&Resume unfinished batch…"));
    m_columnsBox->setTitle(tr("Columns"));
    m_columnsHint->setText(tr("The columns are recognised from the header row; choose another column where the "
                              "guess is wrong. The first rows of the file:"));
    m_columnLabels[0]->setText(tr("&Mobile number:"));
    m_columnLabels[1]->setText(tr("&Name:"));
    m_columnLabels[2]->setText(tr("&ID number:"));
    m_columnLabels[3]->setText(tr("Re&ference (optional):"));
    fillColumnCombos();
    m_preview->setAccessibleName(tr("The first rows of the file"));
    m_reportBox->setTitle(tr("Validation"));
    m_issues->setAccessibleName(tr("Rows that will not be sent"));
    m_optionsBox->setTitle(tr("Sending"));
    m_qpsLabel->setText(tr("&Requests per second:"));
    m_qps->setSpecialValueText(tr("no limit"));
    m_qps->setToolTip(tr("The limit of your Alibaba Cloud account (0, no limit, only for the sandbox)."));
    m_concurrencyLabel->setText(tr("&At a time:"));
    m_concurrency->setToolTip(tr("Requests in flight at most."));
    m_md5->setText(tr("Send MD5 &digests (ParamType md5)"));
    m_md5->setToolTip(m_workspace->settings()->forceMd5() ? tr("Required by the settings or your administrator")
                                                          : tr("Each value is sent as its MD5 digest, computed here."));
    m_startButton->setText(tr("&Start"));
    m_closeButton->setText(tr("Close"));
    m_pauseButton->setText(m_runner && m_runner->state() == BatchRunner::State::Paused ? tr("&Resume") : tr("&Pause"));
    m_cancelButton->setText(tr("&Cancel batch"));
    m_exportButton->setText(tr("&Export results…"));
    m_anotherButton->setText(tr("Verify another &file…"));
    m_runCloseButton->setText(tr("Close"));
    const QString captions[CountCount] = {tr("Done:"),
                                          tr("Pass:"),
                                          tr("Mismatch:"),
                                          tr("No record:"),
                                          tr("Errors:"),
                                          tr("Outcome unknown:"),
                                          tr("Billed:"),
                                          tr("Rate:"),
                                          tr("Time left:")};
    for (int i = 0; i < CountCount; ++i)
        m_countCaptions[i]->setText(captions[i]);
    showReport();
    updateStartButton();
    if (m_runner) {
        m_runTitle->setText(tr("<b>%1</b> — batch %2").arg(m_runFile.toHtmlEscaped(), m_batchId));
        if (m_final)
            showSummary();
        else
            updateProgress();
    }
}

QComboBox* BatchDialog::columnCombo(BatchField field) const
{
    return m_columnCombos[int(field)];
}

void BatchDialog::chooseFile()
{
    settings::AppSettings* s = m_workspace->settings();
    QString dir = s->uiState(kDirectoryKey).toString();
    if (dir.isEmpty())
        dir = QDir::homePath();
    const QString path = MessageBox::openFileName(this,
                                                  tr("Choose the file to verify"),
                                                  dir,
                                                  tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    s->setUiState(kDirectoryKey, QFileInfo(path).absolutePath());
    openFile(path);
}

void BatchDialog::openFile(const QString& path)
{
    m_path = path;
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    loadPreview();
    validate();
}

// The first rows, read on the GUI thread: a CsvSource reads one chunk of at most a megabyte for them.
void BatchDialog::loadPreview()
{
    m_header.clear();
    m_columnCount = 0;
    m_previewProblem.clear();
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    QList<batch::CsvRecord> records;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_previewProblem =
            batch::ImportError::make(batch::ImportError::Kind::OpenFailed, 0, file.errorString()).message;
    } else {
        const auto encoding =
            batch::textEncodingFromId(m_encodingCombo->currentData().toString()).value_or(batch::TextEncoding::Auto);
        batch::CsvSource source(&file, encoding, batch::Delimiter::Auto);
        batch::CsvRecord record;
        while (records.size() <= kPreviewRows && source.next(&record)) {
            bool blank = true;
            for (const QString& field : std::as_const(record.fields))
                blank = blank && field.trimmed().isEmpty();
            if (!blank)
                records.append(record);
        }
        if (records.isEmpty())
            m_previewProblem = source.error() ? source.error()->message
                                              : batch::ImportError::make(batch::ImportError::Kind::Empty, 0).message;
    }
    if (!records.isEmpty()) {
        m_header = records.takeFirst().fields;
        m_headerLine = 1;
        m_columnCount = int(m_header.size());
        for (const batch::CsvRecord& r : std::as_const(records))
            m_columnCount = std::max(m_columnCount, int(r.fields.size()));
        m_preview->setColumnCount(m_columnCount);
        m_preview->setRowCount(int(records.size()));
        QStringList titles;
        for (int c = 0; c < m_columnCount; ++c)
            titles.append(QStringLiteral("%1 · %2").arg(c + 1).arg(m_header.value(c)));
        m_preview->setHorizontalHeaderLabels(titles);
        QStringList lines;
        for (int r = 0; r < records.size(); ++r) {
            lines.append(QString::number(records.at(r).line));
            for (int c = 0; c < records.at(r).fields.size(); ++c)
                m_preview->setItem(r, c, new QTableWidgetItem(records.at(r).fields.at(c)));
        }
        m_preview->setVerticalHeaderLabels(lines);
        m_preview->resizeColumnsToContents();
    }

    // The automatic mapping, as the reader does it: the first column a header name is recognised in.
    int columns[4] = {-1, -1, -1, -1};
    for (int c = 0; c < m_header.size(); ++c) {
        if (const auto field = batch::ColumnMapper::recognise(m_header.at(c)); field && columns[int(*field)] < 0)
            columns[int(*field)] = c;
    }
    fillColumnCombos();
    for (int i = 0; i < 4; ++i)
        m_columnCombos[i]->setCurrentIndex(m_columnCombos[i]->findData(columns[i]));
}

void BatchDialog::fillColumnCombos()
{
    for (int i = 0; i < 4; ++i) {
        QComboBox* combo = m_columnCombos[i];
        const QSignalBlocker block(combo);
        const int current = combo->currentIndex() >= 0 ? combo->currentData().toInt() : -1;
        combo->clear();
        combo->addItem(i == 3 ? tr("— none —") : tr("— choose —"), -1);
        for (int c = 0; c < m_columnCount; ++c) {
            const QString header = m_header.value(c).trimmed();
            combo->addItem(header.isEmpty() ? tr("column %1").arg(c + 1)
                                            : tr("column %1: %2").arg(c + 1).arg(header.left(30)),
                           c);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
        combo->setEnabled(m_columnCount > 0);
    }
}

batch::ImportOptions BatchDialog::importOptions() const
{
    batch::ImportOptions options;
    options.encoding =
        batch::textEncodingFromId(m_encodingCombo->currentData().toString()).value_or(batch::TextEncoding::Auto);
    options.delimiter = batch::Delimiter::Auto;
    options.hasHeader = true;
    options.paramType = m_md5->isChecked() ? identity::ParamType::Md5 : identity::ParamType::Normal;
    for (int i = 0; i < 4; ++i) {
        const int column = m_columnCombos[i]->currentData().toInt();
        if (column >= 0)
            options.columns.append({kFields[i], QString::number(column + 1)});
        else if (kFields[i] == BatchField::Reference)
            options.columns.append({kFields[i], QString()}); // none, even when a header names one
    }
    return options;
}

batch::RunnerOptions BatchDialog::runnerOptions() const
{
    batch::RunnerOptions options;
    options.qps = m_qps->value();
    options.concurrency = m_concurrency->value();
    return options;
}

bool BatchDialog::isValidating() const
{
    return m_job && m_job->isRunning();
}

void BatchDialog::validate()
{
    m_job.reset(); // cancels an import of other options (and waits for it: it stops within 10,000 rows)
    m_report.reset();
    m_reportOptions.reset();
    m_validationTimer->stop();
    m_validationProgress->hide();
    // A problem of the previous validation (a column chosen twice …) may be solved by this choice.
    m_fileProblem = m_previewProblem;
    bool complete = !m_path.isEmpty() && m_fileProblem.isEmpty();
    for (int i = 0; i < 3; ++i)
        complete = complete && m_columnCombos[i]->currentData().toInt() >= 0;
    if (complete) {
        m_job = std::make_unique<BatchImportJob>(m_path, importOptions());
        connect(m_job.get(), &BatchImportJob::finished, this, &BatchDialog::onValidated);
        m_job->start();
        m_validationProgress->setValue(0);
        m_validationProgress->show();
        m_validationTimer->start();
    }
    showReport();
    updateStartButton();
}

void BatchDialog::onValidated()
{
    m_validationTimer->stop();
    m_validationProgress->hide();
    if (m_job && m_job->result()) {
        const BatchImportJob::Result& result = *m_job->result();
        if (result) {
            m_report = result.value();
            m_reportOptions = m_job->options();
        } else {
            m_fileProblem = result.error().message;
        }
    }
    showReport();
    updateStartButton();
}

void BatchDialog::showReport()
{
    m_issues->clear();
    if (m_path.isEmpty()) {
        m_reportSummary->setText(tr("Choose a CSV file with a header row: mobile number, name, ID number and "
                                    "optionally a reference, in English or Chinese (手机号, 姓名, 身份证号, 备注)."));
        return;
    }
    if (!m_fileProblem.isEmpty()) {
        m_reportSummary->setText(tr("<b>The file cannot be verified.</b> %1").arg(m_fileProblem.toHtmlEscaped()));
        return;
    }
    if (isValidating()) {
        m_reportSummary->setText(tr("Reading and checking every row…"));
        return;
    }
    if (!m_report) {
        m_reportSummary->setText(tr("Choose the columns of the mobile number, name and ID number."));
        return;
    }
    const batch::ImportReport& r = *m_report;
    const QString encoding = r.encoding == batch::TextEncoding::Gb18030 ? tr("GB18030") : tr("UTF-8");
    m_reportSummary->setText(tr("<b>%1 rows</b> — to send: %2 · invalid (not sent): %3 · duplicates (sent once): "
                                "%4 · read as %5")
                                 .arg(r.rows)
                                 .arg(r.valid)
                                 .arg(r.invalid)
                                 .arg(r.duplicates)
                                 .arg(encoding));
    int listed = 0;
    for (const batch::RowIssue& issue : r.invalidRows) {
        if (listed++ >= kListedIssues)
            break;
        auto* item = new QListWidgetItem(tr("Line %1: not sent: %2").arg(issue.line).arg(issue.describe()), m_issues);
        item->setData(Qt::UserRole, issue.line);
    }
    for (const auto& [line, first] : r.duplicateRows) {
        if (listed++ >= kListedIssues)
            break;
        auto* item = new QListWidgetItem(tr("Line %1: the same as line %2, sent once.").arg(line).arg(first), m_issues);
        item->setData(Qt::UserRole, line);
    }
    const int all = int(r.invalidRows.size() + r.duplicateRows.size());
    if (all > kListedIssues)
        new QListWidgetItem(tr("… and %n more row(s).", nullptr, all - kListedIssues), m_issues);
    if (all == 0)
        new QListWidgetItem(tr("Every row is valid."), m_issues);
}

void BatchDialog::updateQpsRange()
{
    // No limit only for the sandbox: the real service's limit is per account.
    const bool sandbox = m_workspace->service()->isReady() && m_workspace->service()->isSandbox();
    if (!sandbox && m_qps->value() == 0)
        m_qps->setValue(std::max(1, m_workspace->settings()->batchQps()));
    m_qps->setMinimum(sandbox ? 0 : 1);
}

void BatchDialog::updateStartButton()
{
    QString reason;
    if (!m_workspace->canVerify())
        reason = m_workspace->notReadyReason();
    else if (BatchRunner::isAnyRunning() && !isRunning())
        reason = tr("Another batch is running; one batch runs at a time.");
    else if (m_report && m_report->valid == 0)
        reason = tr("No row can be sent.");
    else if (isRecording())
        reason = tr("Recording the batch in the history…");
    m_notReady->setText(reason);
    m_startButton->setEnabled(reason.isEmpty() && m_report && !isValidating() && !isRunning());
    m_resumeButton->setEnabled(m_workspace->history() != nullptr && !isRunning() && !isRecording());
}

bool BatchDialog::start()
{
    if (!m_report || !m_reportOptions || isRunning() || isValidating() || isRecording())
        return false;
    if (!m_workspace->canVerify()) {
        MessageBox::warning(this, tr("Verify a file"), m_workspace->notReadyReason());
        return false;
    }
    m_recordTarget = m_workspace->service()->target();
    const batch::BatchInfo info =
        batch::newBatchInfo(*m_report, *m_reportOptions, m_path, m_recordTarget, runnerOptions());
    // Every row to send goes into the journal first, in one transaction: seconds for a million
    // rows, so on a worker thread with a connection of its own.
    m_record = std::make_unique<BatchRecordJob>(m_workspace->history()->options(), info, m_report->validLines);
    connect(m_record.get(), &BatchRecordJob::finished, this, &BatchDialog::onRecorded);
    m_record->start();
    updateStartButton();
    return true;
}

bool BatchDialog::isRecording() const
{
    return m_record && m_record->isRunning();
}

void BatchDialog::onRecorded()
{
    // Deleted later: this runs inside the job's own signal.
    BatchRecordJob* job = m_record.release();
    job->deleteLater();
    updateStartButton();
    if (job->error()) {
        MessageBox::critical(this, tr("Verify a file"), tr("The batch could not be recorded."), job->error()->message);
        return;
    }
    run(job->info().batchId, m_path, QFileInfo(m_path).fileName(), m_recordTarget, true);
}

QList<BatchDialog::Unfinished> BatchDialog::unfinishedBatches() const
{
    QList<Unfinished> result;
    if (!m_workspace->history())
        return result;
    BatchJournal journal(m_workspace->history().get());
    const auto batches = journal.list(200);
    if (!batches)
        return result;
    for (const batch::BatchInfo& info : batches.value()) {
        if (info.state == batch::BatchState::Completed)
            continue;
        const auto tally = journal.tally(info.batchId);
        if (tally)
            result.append({info, tally.value()});
    }
    return result;
}

void BatchDialog::showResumeList()
{
    if (isRunning())
        return;
    const QList<Unfinished> batches = unfinishedBatches();
    if (batches.isEmpty()) {
        MessageBox::information(this,
                                tr("Resume unfinished batch"),
                                tr("There is no unfinished batch in this history."));
        return;
    }
    ResumeBatchDialog chooser(batches, this);
    if (chooser.exec() != QDialog::Accepted)
        return;
    resumeBatch(chooser.batchId(), chooser.resendUnknown());
}

bool BatchDialog::resumeBatch(const QString& batchId, bool resendUnknown)
{
    const QString title = tr("Resume unfinished batch");
    if (isRunning() || !m_workspace->history())
        return false;
    if (!m_workspace->canVerify()) {
        MessageBox::warning(this, title, m_workspace->notReadyReason());
        return false;
    }
    BatchJournal journal(m_workspace->history().get());
    const auto found = journal.find(batchId);
    if (!found || !found.value()) {
        MessageBox::warning(this,
                            title,
                            found ? BatchJournal::tr("There is no batch %1 in this history.").arg(batchId)
                                  : found.error().message);
        return false;
    }
    const batch::BatchInfo info = *found.value();
    // Rows of a sandbox batch must not go to the real service, nor the other way round.
    const auto endpoint = api::Endpoint::parse(info.settings.value(QStringLiteral("endpoint")).toString());
    const bool wasSandbox = endpoint && endpoint.value().isLoopback();
    if (wasSandbox != m_workspace->service()->isSandbox()) {
        MessageBox::warning(this,
                            title,
                            wasSandbox ? tr("This batch was started against the sandbox, but verifications now go "
                                            "to the real service. Switch to the sandbox in Settings to resume it.")
                                       : tr("This batch was started against the real service, but verifications now "
                                            "go to the sandbox. Configure the real service in Settings to resume "
                                            "it."));
        return false;
    }
    const settings::AppSettings* appSettings = m_workspace->settings();
    const batch::ResumeTarget resume = batch::resumeTarget(info,
                                                           m_workspace->service()->target(),
                                                           appSettings->isLocked(settings::Setting::Endpoint),
                                                           appSettings->isLocked(settings::Setting::SignatureScheme));
    if (resume.endpointFromBatch || resume.schemeFromBatch) {
        const verification::ServiceTarget& today = m_workspace->service()->target();
        if (!MessageBox::confirm(
                this,
                title,
                tr("Batch %1 was started against %2 with %3 signatures. Its remaining rows go there the same way, "
                   "so that one service answers the whole batch.")
                    .arg(batchId,
                         DisplayText::service(resume.target.endpoint.id(), false),
                         DisplayText::scheme(resume.target.scheme)),
                tr("Resume"),
                false,
                tr("Verifications from the form still go to %1 with %2 signatures.")
                    .arg(DisplayText::service(today.endpoint.id(), false), DisplayText::scheme(today.scheme))))
            return false;
    }
    QString path = info.sourceName;
    if (!QFileInfo::exists(path)) {
        path = MessageBox::openFileName(this,
                                        tr("Where is %1?").arg(QFileInfo(info.sourceName).fileName()),
                                        QFileInfo(info.sourceName).absolutePath(),
                                        tr("CSV files (*.csv *.txt);;All files (*)"));
        if (path.isEmpty())
            return false;
    }
    const auto claim = journal.claim(batchId, BatchJournal::processOwner());
    if (!claim) {
        MessageBox::warning(this, title, claim.error().message);
        return false;
    }
    if (resendUnknown) {
        const auto n = journal.resendUnknown(batchId);
        if (!n) {
            journal.setState(batchId, batch::BatchState::Stopped, true);
            MessageBox::warning(this, title, n.error().message);
            return false;
        }
    }
    return run(batchId, path, QFileInfo(path).fileName(), resume.target, false);
}

bool BatchDialog::run(const QString& batchId,
                      const QString& path,
                      const QString& title,
                      const verification::ServiceTarget& target,
                      bool withReport)
{
    BatchJournal journal(m_workspace->history().get());
    const auto tally = journal.tally(batchId);
    m_base = tally ? tally.value() : batch::BatchTally();
    m_final.reset();
    m_runner = std::make_unique<BatchRunner>(m_workspace->verifications());
    connect(m_runner.get(), &BatchRunner::stateChanged, this, &BatchDialog::onRunnerState);
    connect(m_runner.get(), &BatchRunner::finished, this, &BatchDialog::onRunnerFinished);
    if (const auto error = m_runner->start(batchId, path, target, runnerOptions())) {
        journal.setState(batchId, batch::BatchState::Stopped, true);
        m_runner.reset();
        MessageBox::warning(this, tr("Verify a file"), tr("The batch cannot start."), *error);
        updateStartButton();
        return false;
    }
    m_batchId = batchId;
    m_runFile = title;
    m_closeWhenStopped = false;
    m_runTitle->setText(tr("<b>%1</b> — batch %2").arg(m_runFile.toHtmlEscaped(), m_batchId));
    // A new batch keeps its validation report in view (the rows that are not sent), a resumed one has none.
    if (withReport)
        m_runLayout->insertWidget(m_runLayout->indexOf(m_runNote) + 1, m_reportBox, 2);
    m_pages->setCurrentIndex(1);
    m_progressTimer->start();
    onRunnerState();
    updateProgress();
    emit runningChanged(true);
    return true;
}

bool BatchDialog::isRunning() const
{
    return m_runner && m_runner->state() != BatchRunner::State::Idle &&
           m_runner->state() != BatchRunner::State::Finished;
}

void BatchDialog::onRunnerState()
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
    updateProgress();
}

void BatchDialog::updateProgress()
{
    if (!m_runner || m_final)
        return;
    const batch::RunnerCounts& c = m_runner->counts();
    const batch::BatchTally& b = m_base;
    const int total = std::max(b.toSend, c.toSend);
    const int done = std::min(total, b.sent + c.answered);
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
    m_progress->setFormat(tr("%1 of %2 rows").arg(done).arg(total));
    m_countValues[Done]->setText(tr("%1 of %2").arg(done).arg(total));
    m_countValues[Pass]->setText(QString::number(b.pass + c.pass));
    m_countValues[Mismatch]->setText(QString::number(b.mismatch + c.mismatch));
    m_countValues[NoRecord]->setText(QString::number(b.noRecord + c.noRecord));
    m_countValues[Errors]->setText(QString::number(b.errors + c.errors));
    m_countValues[Unknown]->setText(QString::number(b.unknown + c.unknown));
    m_countValues[Billed]->setText(QString::number(b.billed + c.billed));
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
        m_runNote->setText(m_runner->effectiveQps() > 0 && m_runner->effectiveQps() + 0.5 < m_qps->value()
                               ? tr("The service asked to slow down: sending %1 requests per second.")
                                     .arg(m_runner->effectiveQps(), 0, 'f', 1)
                               : tr("Results appear in the history as they arrive."));
        break;
    }
}

void BatchDialog::onRunnerFinished()
{
    m_progressTimer->stop();
    BatchJournal journal(m_workspace->history().get());
    const auto tally = journal.tally(m_batchId);
    m_final = tally ? tally.value() : m_base;
    showSummary();
    onRunnerState();
    updateStartButton();
    emit runningChanged(false);
    if (m_closeWhenStopped) {
        m_closeWhenStopped = false;
        QDialog::reject();
    }
}

void BatchDialog::showSummary()
{
    if (!m_final || !m_runner)
        return;
    const batch::BatchTally& t = *m_final;
    m_progress->setRange(0, std::max(1, t.toSend));
    m_progress->setValue(t.sent);
    m_progress->setFormat(tr("%1 of %2 rows").arg(t.sent).arg(t.toSend));
    m_countValues[Done]->setText(tr("%1 of %2").arg(t.sent).arg(t.toSend));
    m_countValues[Pass]->setText(QString::number(t.pass));
    m_countValues[Mismatch]->setText(QString::number(t.mismatch));
    m_countValues[NoRecord]->setText(QString::number(t.noRecord));
    m_countValues[Errors]->setText(QString::number(t.errors));
    m_countValues[Unknown]->setText(QString::number(t.unknown));
    m_countValues[Billed]->setText(QString::number(t.billed));
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
    text << tr("Export the results to keep them with the file: masked values, results, RequestIds.");
    m_runNote->setText(text.join(QStringLiteral("<br><br>")));
    m_exportButton->setEnabled(t.sent > 0);
}

void BatchDialog::newBatch()
{
    if (isRunning())
        return;
    // Another file: starting the same file again would be a new batch, sending (and billing) every row again.
    m_job.reset();
    if (m_reportBox->parentWidget() != m_setupLayout->parentWidget())
        m_setupLayout->insertWidget(m_setupLayout->indexOf(m_optionsBox), m_reportBox, 1);
    m_path.clear();
    m_fileEdit->clear();
    m_header.clear();
    m_columnCount = 0;
    m_previewProblem.clear();
    m_fileProblem.clear();
    m_report.reset();
    m_reportOptions.reset();
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    fillColumnCombos();
    showReport();
    updateStartButton();
    m_pages->setCurrentIndex(0);
}

void BatchDialog::reject()
{
    if (isRecording())
        return; // a moment: the batch then starts, and can be cancelled like any other
    if (isRunning()) {
        if (!MessageBox::confirm(this,
                                 tr("Verify a file"),
                                 tr("The batch is running. Cancel it and close?"),
                                 tr("Cancel the batch"),
                                 false,
                                 tr("Requests already sent are answered and recorded first. Rows not sent yet stay "
                                    "in the journal: File → Resume unfinished batch… sends them later.")))
            return;
        m_closeWhenStopped = true;
        m_runner->cancel();
        return; // closes when the runner finished
    }
    m_job.reset();
    QDialog::reject();
}

} // namespace tricheck::gui
