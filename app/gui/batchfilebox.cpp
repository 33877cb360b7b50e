#include "batchfilebox.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace tricheck::gui {

BatchFileBox::BatchFileBox(QWidget* parent)
    : QGroupBox(parent)
    , m_fileLabel(new QLabel(this))
    , m_fileEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(this))
    , m_encodingLabel(new QLabel(this))
    , m_encodingCombo(new QComboBox(this))
    , m_sheetLabel(new QLabel(this))
    , m_sheetCombo(new QComboBox(this))
    , m_resumeButton(new QPushButton(this))
{
    m_fileEdit->setObjectName(QStringLiteral("fileEdit"));
    m_fileEdit->setReadOnly(true);
    m_fileEdit->setFocusPolicy(Qt::ClickFocus); // can be selected and copied, but is no stop on the way
    m_browseButton->setAutoDefault(false);      // Enter in the dialog sends nothing, opens nothing
    m_resumeButton->setAutoDefault(false);
    m_fileLabel->setBuddy(m_fileEdit);
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    m_encodingCombo->setObjectName(QStringLiteral("encodingCombo"));
    for (const auto encoding : {batch::TextEncoding::Auto, batch::TextEncoding::Utf8, batch::TextEncoding::Gb18030})
        m_encodingCombo->addItem(QString(), batch::textEncodingId(encoding));
    m_encodingLabel->setBuddy(m_encodingCombo);
    m_sheetCombo->setObjectName(QStringLiteral("sheetCombo"));
    m_sheetCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sheetLabel->setBuddy(m_sheetCombo);
    m_resumeButton->setObjectName(QStringLiteral("resumeButton"));

    auto* layout = new QGridLayout(this);
    layout->addWidget(m_fileLabel, 0, 0);
    layout->addWidget(m_fileEdit, 0, 1, 1, 3);
    layout->addWidget(m_browseButton, 0, 4);
    layout->addWidget(m_encodingLabel, 1, 0);
    layout->addWidget(m_encodingCombo, 1, 1);
    layout->addWidget(m_sheetLabel, 1, 0); // in the same place: one of the two is shown
    layout->addWidget(m_sheetCombo, 1, 1);
    layout->setColumnStretch(2, 1);
    layout->addWidget(m_resumeButton, 1, 3, 1, 2);
    showFormat(false, {}, {});

    connect(m_browseButton, &QPushButton::clicked, this, &BatchFileBox::chooseRequested);
    connect(m_resumeButton, &QPushButton::clicked, this, &BatchFileBox::resumeRequested);
    connect(m_encodingCombo, &QComboBox::activated, this, &BatchFileBox::readingChanged);
    connect(m_sheetCombo, &QComboBox::activated, this, &BatchFileBox::readingChanged);
    retranslate();
}

void BatchFileBox::setPath(const QString& path)
{
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    m_sheetCombo->clear();
}

batch::TextEncoding BatchFileBox::encoding() const
{
    return batch::textEncodingFromId(m_encodingCombo->currentData().toString()).value_or(batch::TextEncoding::Auto);
}

QString BatchFileBox::sheet() const
{
    return m_workbook ? m_sheetCombo->currentText() : QString();
}

void BatchFileBox::showFormat(bool workbook, const QStringList& sheets, const QString& current)
{
    m_workbook = workbook;
    if (workbook && !sheets.isEmpty()) {
        const QSignalBlocker block(m_sheetCombo);
        m_sheetCombo->clear();
        m_sheetCombo->addItems(sheets);
        m_sheetCombo->setCurrentText(current);
    }
    m_encodingLabel->setVisible(!workbook);
    m_encodingCombo->setVisible(!workbook);
    m_sheetLabel->setVisible(workbook);
    m_sheetCombo->setVisible(workbook);
}

void BatchFileBox::setResumeEnabled(bool enabled)
{
    m_resumeButton->setEnabled(enabled);
}

void BatchFileBox::focusChooseButton()
{
    m_browseButton->setFocus(Qt::OtherFocusReason);
}

void BatchFileBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void BatchFileBox::retranslate()
{
    setTitle(tr("File"));
    m_fileLabel->setText(tr("File:"));
    m_fileEdit->setPlaceholderText(tr("No file chosen"));
    m_fileEdit->setToolTip(tr("A CSV file or an Excel workbook (.xlsx)"));
    m_browseButton->setText(tr("&Choose…"));
    m_encodingLabel->setText(tr("&Encoding:"));
    m_encodingCombo->setItemText(0, tr("Automatic (UTF-8 or GB18030)"));
    m_encodingCombo->setItemText(1, tr("UTF-8"));
    m_encodingCombo->setItemText(2, tr("GB18030 / GBK"));
    m_sheetLabel->setText(tr("&Worksheet:"));
    m_sheetCombo->setToolTip(tr("The worksheet of the workbook to verify"));
    m_resumeButton->setText(tr("&Resume unfinished batch…"));
}

} // namespace tricheck::gui
