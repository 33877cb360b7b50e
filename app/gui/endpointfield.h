#pragma once

#include <QObject>

class QComboBox;
class QLabel;
class QLineEdit;

namespace tricheck::gui {

// An endpoint chooser made of a combo box (Hong Kong public, Hong Kong VPC, a custom URL and,
// for a profile, "the endpoint from Settings") and a URL field checked by Endpoint::parse as the
// operator types, with the reason shown under it.
class EndpointField : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointField)

public:
    EndpointField(QComboBox* combo, QLineEdit* url, QLabel* message, bool allowInherit, QObject* parent);
    ~EndpointField() override;

    // "" (inherit), "hongkong", "hongkong-vpc" or a URL.
    void setValue(const QString& id);
    QString value() const;
    bool isValid() const;
    QString problem() const; // translated, empty when valid
    void setEnabled(bool enabled, const QString& reason = {});
    void retranslate();

signals:
    void changed();

private:
    void update();

    QComboBox* m_combo;
    QLineEdit* m_url;
    QLabel* m_message;
    bool m_allowInherit;
};

} // namespace tricheck::gui
