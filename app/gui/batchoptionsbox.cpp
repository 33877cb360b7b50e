#include "batchoptionsbox.h"

#include "ui_batchoptionsbox.h"

#include <algorithm>

namespace tricheck::gui {

using settings::Setting;

BatchOptionsBox::BatchOptionsBox(QWidget* parent)
    : QGroupBox(parent)
    , m_ui(std::make_unique<Ui::BatchOptionsBox>())
{
    m_ui->setupUi(this);
    m_ui->skipDaysSpin->setMaximum(settings::kMaxSkipVerifiedDays);
    connect(m_ui->md5Check, &QCheckBox::toggled, this, &BatchOptionsBox::md5Toggled);
    connect(m_ui->skipDaysSpin, &QSpinBox::valueChanged, this, &BatchOptionsBox::showSkipHint);
    for (QSpinBox* spin : {m_ui->qpsSpin, m_ui->concurrencySpin, m_ui->skipDaysSpin})
        connect(spin, &QSpinBox::valueChanged, this, &BatchOptionsBox::choicesChanged);
    showSkipHint();
}

BatchOptionsBox::~BatchOptionsBox() = default;

void BatchOptionsBox::setConfig(const session::SessionConfig& config, std::optional<settings::Setting> changed)
{
    // A locked setting always shows the value in force.
    const auto takes = [&](Setting setting) { return !changed || *changed == setting || config.isLocked(setting); };
    if (takes(Setting::BatchQps))
        m_ui->qpsSpin->setValue(config.batchQps());
    m_ui->qpsSpin->setEnabled(!config.isLocked(Setting::BatchQps));
    if (takes(Setting::BatchConcurrency))
        m_ui->concurrencySpin->setValue(config.batchConcurrency());
    m_ui->concurrencySpin->setEnabled(!config.isLocked(Setting::BatchConcurrency));
    if (takes(Setting::SkipVerifiedDays))
        m_ui->skipDaysSpin->setValue(config.skipVerifiedDays());
    m_ui->skipDaysSpin->setEnabled(!config.isLocked(Setting::SkipVerifiedDays));
    m_md5Forced = config.forceMd5();
    if (takes(Setting::ParamType) || takes(Setting::ForceMd5) || m_md5Forced)
        m_ui->md5Check->setChecked(config.paramType() == identity::ParamType::Md5);
    m_ui->md5Check->setEnabled(!m_md5Forced);
    retranslate();
}

void BatchOptionsBox::setSandbox(bool sandbox, int settingsQps)
{
    if (!sandbox && m_ui->qpsSpin->value() == 0)
        m_ui->qpsSpin->setValue(std::max(1, settingsQps));
    m_ui->qpsSpin->setMinimum(sandbox ? 0 : 1);
}

session::Overrides BatchOptionsBox::choices() const
{
    session::Overrides choices;
    const QString origin = tr("Verify a file");
    choices.set(Setting::BatchQps, m_ui->qpsSpin->value(), origin);
    choices.set(Setting::BatchConcurrency, m_ui->concurrencySpin->value(), origin);
    choices.set(Setting::SkipVerifiedDays, m_ui->skipDaysSpin->value(), origin);
    return choices;
}

void BatchOptionsBox::commit()
{
    for (QSpinBox* spin : {m_ui->qpsSpin, m_ui->concurrencySpin, m_ui->skipDaysSpin})
        spin->interpretText();
}

int BatchOptionsBox::qps() const
{
    return m_ui->qpsSpin->value();
}

bool BatchOptionsBox::md5() const
{
    return m_ui->md5Check->isChecked();
}

void BatchOptionsBox::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->md5Check->setToolTip(m_md5Forced ? tr("Required by the settings or your administrator")
                                           : tr("Each value is sent as its MD5 digest, computed here."));
    showSkipHint();
}

void BatchOptionsBox::showSkipHint()
{
    const int days = m_ui->skipDaysSpin->value();
    m_ui->skipDaysHint->setText(
        days > 0 ? tr("People answered in the last %n day(s) are not sent again (matched by their fingerprints).",
                      nullptr,
                      days)
                 : QString());
}

} // namespace tricheck::gui
