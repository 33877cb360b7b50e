#pragma once

#include "fontpreload.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace tricheck::i18n {
class Translations;
}
namespace tricheck::session {
class Session;
}
namespace tricheck::settings {
enum class Setting;
}

namespace tricheck::gui {

class AuditLogDialog;
class BatchDialog;
class ExportController;
class HistoryView;
class NoticeBanner;
class ResultPanel;
class SamplePeopleDialog;
class ServiceNotices;
class SettingsDialog;
class ShortcutsDialog;
class StatusIndicators;
class VerifyController;
class VerifyForm;
class ViewExport;

// The operator's desktop: the verify form and the last result side by side above the history
// (splitters), menus, toolbar, the sandbox or problem banner, and the status bar with endpoint,
// signature scheme and today's counts. Holds no protocol or storage logic: it wires widgets to the
// session (tricheck_core).
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(i18n::Translations& translations, session::Session* session, QWidget* parent = nullptr);
    ~MainWindow() override;

    VerifyForm* verifyForm() const;
    ResultPanel* resultPanel() const;
    HistoryView* historyView() const;
    StatusIndicators* statusIndicators() const { return m_indicators; }
    // The banners at the top (ServiceNotices): the sandbox or the real service, a problem, and the
    // administrator's policy (a file that failed closed, and the run's choices it overrules).
    NoticeBanner* sandboxBanner() const;
    NoticeBanner* realServiceBanner() const;
    NoticeBanner* problemBanner() const;
    NoticeBanner* policyBanner() const;
    VerifyController* controller() const { return m_controller; }
    ExportController* exporter() const { return m_exporter; }

public slots:
    SettingsDialog* showSettings();
    SamplePeopleDialog* showSamplePeople();
    AuditLogDialog* showAuditLog();
    ShortcutsDialog* showShortcuts();
    BatchDialog* showBatchDialog();
    void showResumeBatch();
    void exportHistory();
    // The history export of one batch's attempts (in row order).
    // A CSV file or workbook for the batch dialog (dropped on the window): opens the dialog with it.
    void openBatchFile(const QString& path);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void setUpActions();
    void setUpIcons();
    void retranslate();
    void restoreLayout();
    void saveLayout();
    void updateService();
    void onSettingChanged(settings::Setting setting);
    void onBannerLink(const QString& link);
    void showAbout();
    // In the status bar, and said to screen readers: an export's end, a copied RequestId …
    void showMessage(const QString& text);

    FontPreload m_fontPreload{FontPreload::desktopFonts()}; // first: drawn while the window is built
    std::unique_ptr<Ui::MainWindow> m_ui;
    i18n::Translations& m_translations;
    session::Session* m_session;
    ServiceNotices* m_notices = nullptr;
    StatusIndicators* m_indicators = nullptr;
    VerifyController* m_controller = nullptr;
    ExportController* m_exporter = nullptr;
    ViewExport* m_viewExport = nullptr;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<SamplePeopleDialog> m_samplePeople;
    QPointer<AuditLogDialog> m_auditLog;
    QPointer<ShortcutsDialog> m_shortcuts;
    QPointer<BatchDialog> m_batchDialog;
    bool m_closeAfterBatch = false;
};

} // namespace tricheck::gui
