#include "batchfilebox.h"

#include "ui_batchfilebox.h"

#include <QDir>
#include <QEvent>

namespace tricheck::gui {

BatchFileBox::BatchFileBox(QWidget* parent)
    : QGroupBox(parent)
    , m_ui(std::make_unique<Ui::BatchFileBox>())
{
    // In the form: the path can be selected and copied but is no stop on the way (click focus
    // only), and no button is a default one: Enter in the dialog sends nothing, opens nothing.
    m_ui->setupUi(this);
    // The form lists the encodings in this order; each item carries the reader's name for it.
    const batch::TextEncoding encodings[] = {batch::TextEncoding::Auto,
                                             batch::TextEncoding::Utf8,
                                             batch::TextEncoding::Gb18030};
    for (int i = 0; i < m_ui->encodingCombo->count(); ++i)
        m_ui->encodingCombo->setItemData(i, batch::textEncodingId(encodings[i]));
    showFormat(false, {}, {});

    connect(m_ui->browseButton, &QPushButton::clicked, this, &BatchFileBox::chooseRequested);
    connect(m_ui->resumeButton, &QPushButton::clicked, this, &BatchFileBox::resumeRequested);
    connect(m_ui->encodingCombo, &QComboBox::activated, this, &BatchFileBox::readingChanged);
    connect(m_ui->sheetCombo, &QComboBox::activated, this, &BatchFileBox::readingChanged);
}

BatchFileBox::~BatchFileBox() = default;

void BatchFileBox::setPath(const QString& path)
{
    m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
    m_ui->sheetCombo->clear();
}

batch::TextEncoding BatchFileBox::encoding() const
{
    return batch::textEncodingFromId(m_ui->encodingCombo->currentData().toString()).value_or(batch::TextEncoding::Auto);
}

QString BatchFileBox::sheet() const
{
    return m_workbook ? m_ui->sheetCombo->currentText() : QString();
}

void BatchFileBox::showFormat(bool workbook, const QStringList& sheets, const QString& current)
{
    m_workbook = workbook;
    if (workbook && !sheets.isEmpty()) {
        const QSignalBlocker block(m_ui->sheetCombo);
        m_ui->sheetCombo->clear();
        m_ui->sheetCombo->addItems(sheets);
        m_ui->sheetCombo->setCurrentText(current);
    }
    m_ui->encodingLabel->setVisible(!workbook);
    m_ui->encodingCombo->setVisible(!workbook);
    m_ui->sheetLabel->setVisible(workbook);
    m_ui->sheetCombo->setVisible(workbook);
}

void BatchFileBox::setResumeEnabled(bool enabled)
{
    m_ui->resumeButton->setEnabled(enabled);
}

void BatchFileBox::focusChooseButton()
{
    m_ui->browseButton->setFocus(Qt::OtherFocusReason);
}

void BatchFileBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QGroupBox::changeEvent(event);
}

} // namespace tricheck::gui
