#pragma once

#include <QCoreApplication>
#include <QObject>

class QCheckBox;
class QComboBox;

namespace tricheck::settings {
class AppSettings;
} // namespace tricheck::settings

namespace tricheck::gui {

class EndpointField;

// Settings whose editors depend on another setting's choice in the Settings dialog: the endpoint
// only applies to the real service (shown read-only while Sandbox is chosen), and "always MD5"
// belongs to the MD5 ParamType (available only with it). The administrator's locks still apply.
// Values and keys are unchanged: SessionConfig decides what is in force.
class DependentSettings : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(DependentSettings)
    Q_DISABLE_COPY_MOVE(DependentSettings)

public:
    DependentSettings(const settings::AppSettings* settings,
                      QComboBox* mode,
                      EndpointField* endpoint,
                      QComboBox* paramType,
                      QCheckBox* forceMd5,
                      QObject* parent);
    ~DependentSettings() override;

    // Call after loading values and applying locks.
    void update();

private:
    const settings::AppSettings* m_settings;
    QComboBox* m_mode;
    EndpointField* m_endpoint;
    QComboBox* m_paramType;
    QCheckBox* m_forceMd5;
};

} // namespace tricheck::gui
