#include "batchsetuppage.h"

#include "batch/columnmapping.h"
#include "batch/filepreview.h"
#include "batchfilebox.h"
#include "batchimportjob.h"
#include "batchoptionsbox.h"
#include "batchstartsummary.h"
#include "common/pooltask.h"
#include "ui_batchsetuppage.h"

#include <QEvent>
#include <QHeaderView>
#include <QTimer>

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
    , m_ui(std::make_unique<Ui::BatchSetupPage>())
    , m_validationTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_columnCombos[int(BatchField::Mobile)] = m_ui->mobileColumn;
    m_columnCombos[int(BatchField::Name)] = m_ui->nameColumn;
    m_columnCombos[int(BatchField::IdNumber)] = m_ui->idNumberColumn;
    m_columnCombos[int(BatchField::Reference)] = m_ui->referenceColumn;
    // Rows as high as the font needs (the form cannot say it in the font's terms).
    m_ui->previewTable->verticalHeader()->setDefaultSectionSize(m_ui->previewTable->fontMetrics().height() + 8);
    wire();
    m_validationTimer->setInterval(100);
    connect(m_validationTimer, &QTimer::timeout, this, [this] {
        if (m_job && m_job->totalBytes() > 0)
            m_ui->validationProgress->setValue(int(1000.0 * double(m_job->bytesRead()) / double(m_job->totalBytes())));
    });
    retranslate();
}

BatchSetupPage::~BatchSetupPage() = default;

// The form's widgets to the page's signals; the dialog connects those to the launcher. In the form:
// Start is no default button, since sending (and billing) takes a click or Space on the button
// itself, never Enter in a field; the preview and the issues list take their minimum height and
// what room is left (vertical policy Ignored), so that the page, in a scroll area laid out at its
// preferred height, fits the dialog with "Before you start" and Start in view.
void BatchSetupPage::wire()
{
    for (QComboBox* combo : m_columnCombos)
        connect(combo, &QComboBox::activated, this, &BatchSetupPage::validate);
    connect(m_ui->fileBox, &BatchFileBox::chooseRequested, this, &BatchSetupPage::chooseFileRequested);
    connect(m_ui->fileBox, &BatchFileBox::resumeRequested, this, &BatchSetupPage::resumeRequested);
    connect(m_ui->fileBox, &BatchFileBox::readingChanged, this, &BatchSetupPage::loadPreview);
    connect(m_ui->optionsBox, &BatchOptionsBox::md5Toggled, this, &BatchSetupPage::validate);
    connect(m_ui->optionsBox, &BatchOptionsBox::choicesChanged, this, &BatchSetupPage::choicesChanged);
    connect(m_ui->startButton, &QPushButton::clicked, this, &BatchSetupPage::startRequested);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &BatchSetupPage::closeRequested);
}

void BatchSetupPage::setConfig(const session::SessionConfig& config, std::optional<settings::Setting> changed)
{
    m_ui->optionsBox->setConfig(config, changed);
    retranslate();
}

void BatchSetupPage::setSandbox(bool sandbox, int settingsQps)
{
    m_ui->optionsBox->setSandbox(sandbox, settingsQps);
}

session::Overrides BatchSetupPage::choices() const
{
    return m_ui->optionsBox->choices();
}

void BatchSetupPage::commitChoices()
{
    m_ui->optionsBox->commit();
}

void BatchSetupPage::setPreview(const batch::StartPreview& preview)
{
    m_ui->startSummary->setPreview(preview, m_report.has_value());
}

void BatchSetupPage::setBudgetText(const QString& text)
{
    m_ui->startSummary->setBudgetText(text);
}

int BatchSetupPage::qps() const
{
    return m_ui->optionsBox->qps();
}

void BatchSetupPage::setStartable(const QString& reason, bool canResume)
{
    m_startable = reason.isEmpty();
    m_ui->notReadyLabel->setText(reason);
    m_ui->startButton->setEnabled(m_startable && m_report && !isValidating());
    m_ui->fileBox->setResumeEnabled(canResume);
}

void BatchSetupPage::takeBackReportBox()
{
    if (m_ui->reportBox->parentWidget() != this)
        m_ui->pageLayout->insertWidget(m_ui->pageLayout->indexOf(m_ui->optionsBox), m_ui->reportBox, 1);
}

void BatchSetupPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Not the read-only path: the first thing to do is choosing the file, then checking the columns.
    QWidget* focused = window()->focusWidget();
    if (focused == nullptr || !isAncestorOf(focused)) {
        if (m_path.isEmpty() || !m_columnCombos[0]->isEnabled())
            m_ui->fileBox->focusChooseButton();
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
    m_ui->retranslateUi(this);
    fillColumnCombos();
    m_ui->optionsBox->retranslate();
    showReport();
}

QGroupBox* BatchSetupPage::reportBox() const
{
    return m_ui->reportBox;
}

QComboBox* BatchSetupPage::columnCombo(BatchField field) const
{
    return m_columnCombos[int(field)];
}

void BatchSetupPage::openFile(const QString& path)
{
    m_path = path;
    m_ui->fileBox->setPath(path);
    loadPreview();
}

void BatchSetupPage::clear()
{
    takeBackReportBox();
    m_path.clear();
    m_ui->fileBox->setPath({});
    loadPreview(); // no file: everything emptied, and a preview still being read is not shown
}

// The first rows are read on a pool thread: at most a megabyte of a CSV file (hashed, checked for
// binary bytes, decoded) or a workbook's first rows and the shared strings they use, some 10 ms
// of the GUI thread otherwise. The file is validated once they are shown, with the columns they map.
void BatchSetupPage::loadPreview()
{
    dropReport();
    m_header.clear();
    m_columnCount = 0;
    m_previewProblem.clear();
    m_fileProblem.clear();
    m_ui->previewTable->clear();
    m_ui->previewTable->setRowCount(0);
    m_ui->previewTable->setColumnCount(0);
    fillColumnCombos(); // disabled until the header is read
    const quint64 generation = ++m_previewGeneration;
    m_previewing = !m_path.isEmpty();
    if (m_previewing) {
        runInPool(
            this,
            [path = m_path, encoding = m_ui->fileBox->encoding(), sheet = m_ui->fileBox->sheet()] {
                return batch::FilePreview::read(path, encoding, sheet, kPreviewRows + 1);
            },
            [this, generation](const batch::FilePreview& preview) {
                if (generation != m_previewGeneration)
                    return; // another file or reading was chosen meanwhile
                m_previewing = false;
                showPreview(preview);
                validate();
            });
    }
    showReport();
    emit validated();
}

void BatchSetupPage::showPreview(const batch::FilePreview& preview)
{
    m_ui->fileBox->showFormat(preview.format == batch::SourceFormat::Xlsx, preview.sheets, preview.sheet);
    if (preview.error)
        m_previewProblem = preview.error->message;
    QList<batch::CsvRecord> records = preview.records;
    if (!records.isEmpty()) {
        m_header = records.takeFirst().fields;
        m_columnCount = int(m_header.size());
        for (const batch::CsvRecord& r : std::as_const(records))
            m_columnCount = std::max(m_columnCount, int(r.fields.size()));
        m_ui->previewTable->setColumnCount(m_columnCount);
        m_ui->previewTable->setRowCount(int(records.size()));
        QStringList titles;
        for (int c = 0; c < m_columnCount; ++c)
            titles.append(QStringLiteral("%1 · %2").arg(c + 1).arg(m_header.value(c)));
        m_ui->previewTable->setHorizontalHeaderLabels(titles);
        QStringList lines;
        for (int r = 0; r < records.size(); ++r) {
            lines.append(QString::number(records.at(r).line));
            for (int c = 0; c < records.at(r).fields.size(); ++c)
                m_ui->previewTable->setItem(r, c, new QTableWidgetItem(records.at(r).fields.at(c)));
        }
        m_ui->previewTable->setVerticalHeaderLabels(lines);
        m_ui->previewTable->resizeColumnsToContents();
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
    options.encoding = m_ui->fileBox->encoding();
    options.delimiter = batch::Delimiter::Auto;
    options.hasHeader = true;
    options.sheet = m_ui->fileBox->sheet();
    options.paramType = m_ui->optionsBox->md5() ? identity::ParamType::Md5 : identity::ParamType::Normal;
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
    return m_previewing || (m_job && m_job->isRunning());
}

void BatchSetupPage::validate()
{
    if (m_previewing)
        return; // validated once the first rows are shown, with the columns they map
    dropReport();
    // A problem of the previous validation (a column chosen twice …) may be solved by this choice.
    m_fileProblem = m_previewProblem;
    bool complete = !m_path.isEmpty() && m_fileProblem.isEmpty();
    for (int i = 0; i < 3; ++i)
        complete = complete && m_columnCombos[i]->currentData().toInt() >= 0;
    if (complete) {
        m_job = std::make_unique<BatchImportJob>(m_path, importOptions());
        connect(m_job.get(), &BatchImportJob::finished, this, &BatchSetupPage::onValidated);
        m_job->start();
        m_ui->validationProgress->setValue(0);
        m_ui->validationProgress->show();
        m_validationTimer->start();
    }
    showReport();
    emit validated();
}

void BatchSetupPage::dropReport()
{
    m_job.reset(); // cancels an import of other options (and waits for it: it stops within 10,000 rows)
    m_report.reset();
    m_reportOptions.reset();
    m_validationTimer->stop();
    m_ui->validationProgress->hide();
}

void BatchSetupPage::onValidated()
{
    m_validationTimer->stop();
    m_ui->validationProgress->hide();
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
    m_ui->issuesList->clear();
    if (m_path.isEmpty()) {
        m_ui->reportSummary->setText(
            tr("Choose a CSV file or an Excel workbook with a header row: mobile number, name, "
               "ID number and optionally a reference, in English or Chinese (手机号, 姓名, "
               "身份证号, 备注)."));
        return;
    }
    if (!m_fileProblem.isEmpty()) {
        m_ui->reportSummary->setText(tr("<b>The file cannot be verified.</b> %1").arg(m_fileProblem.toHtmlEscaped()));
        return;
    }
    if (isValidating()) {
        m_ui->reportSummary->setText(tr("Reading and checking every row…"));
        return;
    }
    if (!m_report) {
        m_ui->reportSummary->setText(tr("Choose the columns of the mobile number, name and ID number."));
        return;
    }
    const batch::ImportReport& r = *m_report;
    const QString encoding = r.format == batch::SourceFormat::Xlsx        ? tr("worksheet \"%1\"").arg(r.sheet)
                             : r.encoding == batch::TextEncoding::Gb18030 ? tr("GB18030")
                                                                          : tr("UTF-8");
    m_ui->reportSummary->setText(tr("<b>%1 rows</b> — to send: %2 · invalid (not sent): %3 · duplicates (sent once): "
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
        auto* item =
            new QListWidgetItem(tr("Line %1: not sent: %2").arg(issue.line).arg(issue.describe()), m_ui->issuesList);
        item->setData(Qt::UserRole, issue.line);
    }
    for (const auto& [line, first] : r.duplicateRows) {
        if (listed++ >= kListedIssues)
            break;
        auto* item =
            new QListWidgetItem(tr("Line %1: the same as line %2, sent once.").arg(line).arg(first), m_ui->issuesList);
        item->setData(Qt::UserRole, line);
    }
    const int all = int(r.invalidRows.size() + r.duplicateRows.size());
    if (all > kListedIssues)
        new QListWidgetItem(tr("… and %n more row(s).", nullptr, all - kListedIssues), m_ui->issuesList);
    if (all == 0)
        new QListWidgetItem(tr("Every row is valid."), m_ui->issuesList);
}

} // namespace tricheck::gui
