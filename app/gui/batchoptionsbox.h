#pragma once

#include "session/sessionconfig.h"

#include <QGroupBox>

#include <memory>
#include <optional>

namespace Ui {
class BatchOptionsBox;
}

namespace tricheck::gui {

// How a batch is sent: the rate, the requests at a time, MD5, and which people are skipped because
// they were answered recently. Shows the values in force and the administrator's locks; what the
// operator chooses goes to the launcher as overrides (choices()), which core checks again.
class BatchOptionsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit BatchOptionsBox(QWidget* parent = nullptr);
    ~BatchOptionsBox() override;

    // The values in force and the locks; with `changed`, only that setting's field takes its value
    // (the operator's choices in the others stay).
    void setConfig(const session::SessionConfig& config, std::optional<settings::Setting> changed = std::nullopt);
    // No limit only for the sandbox: the real service's limit is per account.
    void setSandbox(bool sandbox, int settingsQps);
    session::Overrides choices() const;
    // Takes what is typed in the fields but not yet interpreted (a value typed, then Start clicked).
    void commit();
    int qps() const;
    bool md5() const;
    void retranslate();

signals:
    void md5Toggled();
    void choicesChanged(); // the rate, the concurrency or the skip period

private:
    void showSkipHint();

    std::unique_ptr<Ui::BatchOptionsBox> m_ui;
    bool m_md5Forced = false;
};

} // namespace tricheck::gui
