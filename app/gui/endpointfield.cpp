#include "endpointfield.h"

#include "api/endpoint.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

namespace tricheck::gui {

namespace {

const QString kInherit = QStringLiteral("");
const QString kHongKong = QStringLiteral("hongkong");
const QString kVpc = QStringLiteral("hongkong-vpc");
const QString kCustom = QStringLiteral("custom");

} // namespace

EndpointField::EndpointField(QComboBox* combo, QLineEdit* url, QLabel* message, bool allowInherit, QObject* parent)
    : QObject(parent)
    , m_combo(combo)
    , m_url(url)
    , m_message(message)
    , m_allowInherit(allowInherit)
{
    retranslate();
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        update();
        emit changed();
    });
    connect(m_url, &QLineEdit::textChanged, this, [this] {
        update();
        emit changed();
    });
    update();
}

EndpointField::~EndpointField() = default;

void EndpointField::retranslate()
{
    const QString current = m_combo->currentData().toString();
    const QSignalBlocker block(m_combo);
    m_combo->clear();
    if (m_allowInherit)
        m_combo->addItem(tr("The endpoint chosen in Settings"), kInherit);
    m_combo->addItem(api::Endpoint::hongKong().displayName(), kHongKong);
    m_combo->addItem(api::Endpoint::hongKongVpc().displayName(), kVpc);
    m_combo->addItem(tr("Custom URL"), kCustom);
    m_combo->setCurrentIndex(std::max(0, m_combo->findData(current)));
    m_url->setAccessibleName(tr("Custom endpoint URL"));
    update();
}

void EndpointField::setValue(const QString& id)
{
    const QSignalBlocker block(m_combo);
    if (id.isEmpty() && m_allowInherit) {
        m_combo->setCurrentIndex(m_combo->findData(kInherit));
    } else if (id == kHongKong || id == kVpc) {
        m_combo->setCurrentIndex(m_combo->findData(id));
    } else if (id.isEmpty()) {
        m_combo->setCurrentIndex(m_combo->findData(kHongKong));
    } else {
        m_combo->setCurrentIndex(m_combo->findData(kCustom));
        m_url->setText(id);
    }
    update();
}

QString EndpointField::value() const
{
    const QString choice = m_combo->currentData().toString();
    return choice == kCustom ? m_url->text().trimmed() : choice;
}

QString EndpointField::problem() const
{
    if (m_combo->currentData().toString() != kCustom)
        return {};
    const QString url = m_url->text().trimmed();
    if (url.isEmpty())
        return tr("Enter the endpoint's URL.");
    const auto parsed = api::Endpoint::parse(url);
    return parsed ? QString() : parsed.error();
}

bool EndpointField::isValid() const
{
    return problem().isEmpty();
}

void EndpointField::setEnabled(bool enabled, const QString& reason)
{
    m_combo->setEnabled(enabled);
    m_url->setEnabled(enabled);
    m_combo->setToolTip(reason);
    m_url->setToolTip(reason);
}

void EndpointField::update()
{
    const bool custom = m_combo->currentData().toString() == kCustom;
    m_url->setVisible(custom);
    const QString text = problem();
    if (m_message) {
        m_message->setText(text);
        m_message->setVisible(!text.isEmpty());
    }
}

} // namespace tricheck::gui
