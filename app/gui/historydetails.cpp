#include "historydetails.h"

#include "accessibility.h"
#include "history/historycolumns.h"
#include "icons.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace tricheck::gui {

using history::HistoryColumn;

HistoryDetails::HistoryDetails(QWidget* parent)
    : QWidget(parent)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The pane is narrow: values wrap instead of scrolling sideways.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(scroll);
    // A Tab stop, so that the keyboard can scroll a long record: named, with a focus ring
    // (Accessibility), and the target of "Show details".
    m_scroll = scroll;
    setFocusProxy(scroll);

    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    auto* header = new QHBoxLayout;
    m_icon = new QLabel(content);
    Accessibility::markDecorative(m_icon); // the title says the status
    m_title = new QLabel(content);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_copy = new QToolButton(content);
    m_copy->setObjectName(QStringLiteral("copyRequestIdButton"));
    m_copy->setAutoRaise(true);
    connect(m_copy, &QToolButton::clicked, this, &HistoryDetails::copyRequestIdRequested);
    header->addWidget(m_icon);
    header->addWidget(m_title, 1);
    header->addWidget(m_copy);
    layout->addLayout(header);
    m_explanation = new QLabel(content);
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_explanation);
    m_fields = new QWidget(content);
    m_form = new QFormLayout(m_fields);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setVerticalSpacing(2);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows); // a narrow pane puts values under their captions
    layout->addWidget(m_fields);
    layout->addStretch(1);
    scroll->setWidget(content);
    render();
}

HistoryDetails::~HistoryDetails() = default;

void HistoryDetails::setRecord(const std::optional<history::AttemptRecord>& record)
{
    m_record = record;
    render();
}

void HistoryDetails::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        render();
    QWidget::changeEvent(event);
}

void HistoryDetails::render()
{
    m_copy->setIcon(Icons::themed(QStringLiteral("copy")));
    // Not the same name as the result panel's button: a screen reader hears both on Tab.
    m_copy->setToolTip(tr("Copy the RequestId of the selected attempt"));
    m_copy->setAccessibleName(tr("Copy the RequestId of the selected attempt"));
    m_scroll->setAccessibleName(tr("Details of the selected attempt"));
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    if (!m_record) {
        m_icon->clear();
        m_title->setText(tr("No attempt selected"));
        m_explanation->setText(tr("Select a row of the history to see everything recorded about it."));
        m_copy->setEnabled(false);
        m_fields->setVisible(false);
        return;
    }
    const history::AttemptRecord& r = *m_record;
    m_icon->setPixmap(Icons::status(r.role).pixmap(QSize(24, 24), devicePixelRatioF()));
    history::HistoryFormatter formatter;
    m_title->setText(formatter.text(HistoryColumn::Result, r));
    if (r.isError()) {
        // The service's own words are English whatever the UI language: shown as a quotation.
        const QString kind = history::HistoryColumns::errorKindText(r.errorKind);
        m_explanation->setText(r.message.isEmpty() ? kind : tr("%1. The service said: “%2”").arg(kind, r.message));
    } else
        m_explanation->setText(api::ResultCatalogue::subCode(r.subCode).longText);
    m_copy->setEnabled(!r.requestId.isEmpty());
    m_fields->setVisible(true);
    for (const HistoryColumn column : history::HistoryColumns::all()) {
        if (column == HistoryColumn::Result)
            continue;
        const QString value = formatter.text(column, r);
        auto* label = new QLabel(value.isEmpty() ? QStringLiteral("—") : value, m_fields);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
        m_form->addRow(history::HistoryColumns::title(column) + u':', label);
    }
}

} // namespace tricheck::gui
