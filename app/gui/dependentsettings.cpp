#include "dependentsettings.h"

#include "endpointfield.h"
#include "settings/appsettings.h"

#include <QCheckBox>
#include <QComboBox>

namespace tricheck::gui {

using settings::Setting;

DependentSettings::DependentSettings(const settings::AppSettings* settings,
                                     QComboBox* mode,
                                     EndpointField* endpoint,
                                     QComboBox* paramType,
                                     QCheckBox* forceMd5,
                                     QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_mode(mode)
    , m_endpoint(endpoint)
    , m_paramType(paramType)
    , m_forceMd5(forceMd5)
{
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] { update(); });
    connect(m_paramType, &QComboBox::currentIndexChanged, this, [this] { update(); });
}

DependentSettings::~DependentSettings() = default;

void DependentSettings::update()
{
    const bool endpointLocked = m_settings->isLocked(Setting::Endpoint);
    const bool sandbox = m_mode->currentData().toString() == u"sandbox";
    m_endpoint->setEnabled(!endpointLocked && !sandbox,
                           endpointLocked ? tr("Set by your administrator")
                           : sandbox      ? tr("The sandbox runs on this computer: the endpoint applies to the "
                                               "real service only.")
                                          : QString());

    // A locked "always MD5" decides the ParamType as well.
    if (m_settings->isLocked(Setting::ForceMd5)) {
        m_paramType->setEnabled(false);
        m_paramType->setToolTip(tr("Set by your administrator"));
    }
    const bool md5 = m_paramType->currentData().toString() == u"md5";
    if (!md5 && !m_settings->isLocked(Setting::ForceMd5))
        m_forceMd5->setChecked(false);
    m_forceMd5->setEnabled(md5 && !m_settings->isLocked(Setting::ForceMd5));
    m_forceMd5->setToolTip(m_settings->isLocked(Setting::ForceMd5) ? tr("Set by your administrator")
                           : md5                                   ? QString()
                                 : tr("Choose MD5 digests above to make them compulsory."));
}

} // namespace tricheck::gui
