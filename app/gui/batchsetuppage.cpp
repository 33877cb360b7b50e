#include "batchsetuppage.h"

#include "batch/columnmapping.h"
#include "batch/filepreview.h"
#include "batchfilebox.h"
#include "batchimportjob.h"
#include "batchoptionsbox.h"
#include "batchstartsummary.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace tricheck::gui {

using batch::BatchField;
using settings::Setting;

namespace {

constexpr int kPreviewRows = 8;
constexpr int kListedIssues = 1000; // the rest are counted, not listed
constexpr BatchField kFields[] = {BatchField::Mobile, BatchField::Name, BatchField::IdNumber, BatchField::Reference};

} // namespace

BatchSetupPage::BatchSetupPage(QWidget* parent)
    : QWidget(parent)
    , m_validationTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("setupPage"));
    build();
    m_validationTimer->setInterval(100);
    connect(m_validationTimer, &QTimer::timeout, this, [this] {
        if (m_job && m_job->totalBytes() > 0)
            m_validationProgress->setValue(int(1000.0 * double(m_job->bytesRead()) / double(m_job->totalBytes())));
    });
    retranslate();
}

BatchSetupPage::~BatchSetupPage() = default;

void BatchSetupPage::build()
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_layout->addWidget(m_intro);

    m_fileBox = new BatchFileBox(this);
    m_layout->addWidget(m_fileBox);

    m_columnsBox = new QGroupBox(this);
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
        connect(m_columnCombos[i], &QComboBox::activated, this, &BatchSetupPage::validate);
    }
    columnsLayout->addLayout(combos);
    m_preview = new QTableWidget(m_columnsBox);
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setWordWrap(false);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    // The lists take their minimum and what room is left: the page (in a scroll area, laid out at
    // its preferred height) then fits the dialog with "Before you start" and Start in view.
    m_preview->setMinimumHeight(100);
    m_preview->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 8);
    columnsLayout->addWidget(m_preview, 1);
    m_layout->addWidget(m_columnsBox, 3);

    m_reportBox = new QGroupBox(this);
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
    m_issues->setMinimumHeight(60);
    m_issues->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    reportLayout->addWidget(m_reportSummary);
    reportLayout->addWidget(m_validationProgress);
    reportLayout->addWidget(m_issues, 1);
    m_layout->addWidget(m_reportBox, 1);

    m_optionsBox = new BatchOptionsBox(this);
    m_optionsBox->setObjectName(QStringLiteral("optionsBox"));
    m_layout->addWidget(m_optionsBox);
    m_summary = new BatchStartSummary(this);
    m_layout->addWidget(m_summary);

    auto* buttons = new QHBoxLayout;
    m_notReady = new QLabel(this);
    m_notReady->setObjectName(QStringLiteral("notReadyLabel"));
    m_notReady->setWordWrap(true);
    m_startButton = new QPushButton(this);
    m_startButton->setObjectName(QStringLiteral("startButton"));
    // Sending (and billing) takes a click or Space on the button itself: never Enter in a field.
    m_startButton->setAutoDefault(false);
    m_closeButton = new QPushButton(this);
    m_closeButton->setAutoDefault(false);
    buttons->addWidget(m_notReady, 1);
    buttons->addWidget(m_startButton);
    buttons->addWidget(m_closeButton);
    m_layout->addLayout(buttons);

    connect(m_fileBox, &BatchFileBox::chooseRequested, this, &BatchSetupPage::chooseFileRequested);
    connect(m_fileBox, &BatchFileBox::resumeRequested, this, &BatchSetupPage::resumeRequested);
    connect(m_fileBox, &BatchFileBox::readingChanged, this, [this] {
        loadPreview();
        validate();
    });
    connect(m_optionsBox, &BatchOptionsBox::md5Toggled, this, &BatchSetupPage::validate);
    connect(m_optionsBox, &BatchOptionsBox::choicesChanged, this, &BatchSetupPage::choicesChanged);
    connect(m_startButton, &QPushButton::clicked, this, &BatchSetupPage::startRequested);
    connect(m_closeButton, &QPushButton::clicked, this, &BatchSetupPage::closeRequested);
}

void BatchSetupPage::setConfig(const session::SessionConfig& config, std::optional<settings::Setting> changed)
{
    m_optionsBox->setConfig(config, changed);
    retranslate();
}

void BatchSetupPage::setSandbox(bool sandbox, int settingsQps)
{
    m_optionsBox->setSandbox(sandbox, settingsQps);
}

session::Overrides BatchSetupPage::choices() const
{
    return m_optionsBox->choices();
}

void BatchSetupPage::commitChoices()
{
    m_optionsBox->commit();
}

void BatchSetupPage::setPreview(const batch::StartPreview& preview)
{
    m_summary->setPreview(preview, m_report.has_value());
}

void BatchSetupPage::setBudgetText(const QString& text)
{
    m_summary->setBudgetText(text);
}

int BatchSetupPage::qps() const
{
    return m_optionsBox->qps();
}

void BatchSetupPage::setStartable(const QString& reason, bool canResume)
{
    m_startable = reason.isEmpty();
    m_notReady->setText(reason);
    m_startButton->setEnabled(m_startable && m_report && !isValidating());
    m_fileBox->setResumeEnabled(canResume);
}

void BatchSetupPage::takeBackReportBox()
{
    if (m_reportBox->parentWidget() != this)
        m_layout->insertWidget(m_layout->indexOf(m_optionsBox), m_reportBox, 1);
}

void BatchSetupPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Not the read-only path: the first thing to do is choosing the file, then checking the columns.
    QWidget* focused = window()->focusWidget();
    if (focused == nullptr || !isAncestorOf(focused)) {
        if (m_path.isEmpty() || !m_columnCombos[0]->isEnabled())
            m_fileBox->focusChooseButton();
        else
            m_columnCombos[0]->setFocus(Qt::OtherFocusReason);
    }
}

void BatchSetupPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BatchSetupPage::retranslate()
{
    m_intro->setText(tr("Verify every row of a CSV file or an Excel workbook (.xlsx): each row is checked first, "
                        "invalid rows are listed and never sent, rows repeating the same mobile number, name and ID "
                        "number are sent once. Every result is recorded in the history as it arrives."));
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
    m_optionsBox->retranslate();
    m_startButton->setText(tr("&Start"));
    m_closeButton->setText(tr("Close"));
    showReport();
}

QComboBox* BatchSetupPage::columnCombo(BatchField field) const
{
    return m_columnCombos[int(field)];
}

void BatchSetupPage::openFile(const QString& path)
{
    m_path = path;
    m_fileBox->setPath(path);
    loadPreview();
    validate();
}

void BatchSetupPage::clear()
{
    m_job.reset();
    takeBackReportBox();
    m_path.clear();
    m_fileBox->setPath({});
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
    emit validated();
}

// The first rows, read on the GUI thread: at most a megabyte of a CSV file, or a workbook's first rows
// and the shared strings they use.
void BatchSetupPage::loadPreview()
{
    m_header.clear();
    m_columnCount = 0;
    m_previewProblem.clear();
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    const batch::FilePreview preview =
        batch::FilePreview::read(m_path, m_fileBox->encoding(), m_fileBox->sheet(), kPreviewRows + 1);
    m_fileBox->showFormat(preview.format == batch::SourceFormat::Xlsx, preview.sheets, preview.sheet);
    if (preview.error)
        m_previewProblem = preview.error->message;
    QList<batch::CsvRecord> records = preview.records;
    if (!records.isEmpty()) {
        m_header = records.takeFirst().fields;
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

void BatchSetupPage::fillColumnCombos()
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

batch::ImportOptions BatchSetupPage::importOptions() const
{
    batch::ImportOptions options;
    options.encoding = m_fileBox->encoding();
    options.delimiter = batch::Delimiter::Auto;
    options.hasHeader = true;
    options.sheet = m_fileBox->sheet();
    options.paramType = m_optionsBox->md5() ? identity::ParamType::Md5 : identity::ParamType::Normal;
    for (int i = 0; i < 4; ++i) {
        const int column = m_columnCombos[i]->currentData().toInt();
        if (column >= 0)
            options.columns.append({kFields[i], QString::number(column + 1)});
        else if (kFields[i] == BatchField::Reference)
            options.columns.append({kFields[i], QString()}); // none, even when a header names one
    }
    return options;
}

bool BatchSetupPage::isValidating() const
{
    return m_job && m_job->isRunning();
}

void BatchSetupPage::validate()
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
        connect(m_job.get(), &BatchImportJob::finished, this, &BatchSetupPage::onValidated);
        m_job->start();
        m_validationProgress->setValue(0);
        m_validationProgress->show();
        m_validationTimer->start();
    }
    showReport();
    emit validated();
}

void BatchSetupPage::onValidated()
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
    emit validated();
}

void BatchSetupPage::showReport()
{
    m_issues->clear();
    if (m_path.isEmpty()) {
        m_reportSummary->setText(tr("Choose a CSV file or an Excel workbook with a header row: mobile number, name, "
                                    "ID number and optionally a reference, in English or Chinese (手机号, 姓名, "
                                    "身份证号, 备注)."));
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
    const QString encoding = r.format == batch::SourceFormat::Xlsx        ? tr("worksheet \"%1\"").arg(r.sheet)
                             : r.encoding == batch::TextEncoding::Gb18030 ? tr("GB18030")
                                                                          : tr("UTF-8");
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

} // namespace tricheck::gui
