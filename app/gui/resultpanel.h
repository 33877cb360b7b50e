#pragma once

#include "api/verifyoutcome.h"
#include "verification/verificationservice.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class ResultPanel;
}

namespace tricheck::gui {

// The last verification: a large status line coloured by its SubCode with an icon and text
// (colour is never the only signal), the SubCode's explanation, carrier, BizCode and billing,
// RequestId with a copy button, latency; for errors the kind and the actionable message. An
// attempt the history could not record is shown prominently. Texts are built when shown, so a
// language switch redraws the same outcome in the other language.
class ResultPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultPanel)

public:
    explicit ResultPanel(QWidget* parent = nullptr);
    ~ResultPanel() override;

    void showPending();
    void showSent();
    void showOutcome(const api::VerifyOutcome& outcome, const verification::HistoryWrite& write);
    void clear();

    bool hasOutcome() const { return m_outcome.has_value(); }
    QString statusText() const;
    QString descriptionText() const;
    // What a screen reader says when the outcome arrives: the outcome, its meaning and the billing.
    QString announcement() const;
    api::StatusRole statusRole() const;
    // The history row of the attempt shown, once it is recorded.
    std::optional<qint64> recordedRowId() const;
    // A control for the shown attempt's record (save as PDF, print), shown while there is one.
    void setRecordWidget(QWidget* widget);

signals:
    void message(const QString& text); // for the status bar ("RequestId copied")

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class Stage {
        Empty,
        Pending,
        Sent,
        Done
    };
    void render();
    void renderResult(const api::VerifyOutcome& o);
    void renderError(const api::VerifyOutcome& o);
    void renderCommon(const api::VerifyOutcome& o);
    void renderHistoryWrite();
    void applyColors(api::StatusRole role, bool neutral);
    void copyRequestId();

    std::unique_ptr<Ui::ResultPanel> m_ui;
    Stage m_stage = Stage::Empty;
    std::optional<api::VerifyOutcome> m_outcome;
    verification::HistoryWrite m_write;
    QWidget* m_recordWidget = nullptr;
};

} // namespace tricheck::gui
