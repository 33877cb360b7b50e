#include "mainwindow.h"

#include "accessibility.h"
#include "auditlogdialog.h"
#include "batchdialog.h"
#include "batchfiledrop.h"
#include "budgetbanner.h"
#include "common/appinfo.h"
#include "exportcontroller.h"
#include "history/historymodel.h"
#include "history/historystore.h"
#include "historycheck.h"
#include "historyview.h"
#include "i18n/translations.h"
#include "icons.h"
#include "messagebox.h"
#include "noticebanner.h"
#include "reportscontroller.h"
#include "resultpanel.h"
#include "samplepeopledialog.h"
#include "servicenotices.h"
#include "session/servicerouter.h"
#include "session/session.h"
#include "settings/appsettings.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "statusindicators.h"
#include "ui_mainwindow.h"
#include "verifycontroller.h"
#include "verifyform.h"
#include "viewexport.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QRegularExpression>
#include <QShortcut>

namespace tricheck::gui {

using settings::Setting;

static void present(QWidget* window)
{
    window->show();
    window->raise();
    window->activateWindow();
}

MainWindow::MainWindow(i18n::Translations& translations, session::Session* session, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_translations(translations)
    , m_session(session)
{
    m_ui->setupUi(this);
    m_notices = new ServiceNotices(session, m_ui->centralLayout, this);
    connect(m_notices, &ServiceNotices::linkActivated, this, &MainWindow::onBannerLink);
    m_ui->centralLayout->insertWidget(2, new BudgetBanner(session, this)); // after the service's banners

    m_indicators = new StatusIndicators(session, this);
    statusBar()->addPermanentWidget(m_indicators);
    m_controller = new VerifyController(session, verifyForm(), resultPanel(), this);
    m_exporter = new ExportController(this, session, this);
    m_viewExport = new ViewExport(historyView(), m_exporter, this);
    auto* historyCheck = new HistoryCheck(session, m_ui->actionCheckHistory, this);
    historyView()->setSession(session);
    connect(m_controller, &VerifyController::message, this, &MainWindow::showMessage);
    connect(m_exporter, &ExportController::message, this, &MainWindow::showMessage);
    connect(m_viewExport, &ViewExport::message, this, &MainWindow::showMessage);
    connect(resultPanel(), &ResultPanel::message, this, &MainWindow::showMessage);
    connect(historyView(), &HistoryView::message, this, &MainWindow::showMessage);
    // The daily background check is not news for a screen reader: shown, not announced.
    connect(historyCheck, &HistoryCheck::message, this, [this](const QString& text) {
        m_indicators->showMessage(statusBar(), text);
    });
    setUpActions();
    setUpIcons();
    auto* reports = new ReportsController(session, this); // View → Statistics, File → Report…, the records as PDF
    connect(reports, &ReportsController::message, this, &MainWindow::showMessage);

    const session::SessionConfig& config = session->config();
    verifyForm()->setPrivacyMask(config.privacyMask());
    verifyForm()->setParamType(config.paramType());
    verifyForm()->setMd5Locked(config.forceMd5(), config.isLocked(Setting::ForceMd5));
    {
        const QSignalBlocker block(m_ui->actionPrivacyMask); // showing the setting is not changing it
        m_ui->actionPrivacyMask->setChecked(config.privacyMask());
    }
    connect(session, &session::Session::configChanged, this, &MainWindow::onSettingChanged);
    connect(session, &session::Session::readinessChanged, this, &MainWindow::updateService);
    connect(session, &session::Session::historyChanged, this, [this] {
        if (m_auditLog)
            m_auditLog->close(); // it showed the history that was replaced
        updateService();
    });
    connect(&m_translations, &i18n::Translations::languageChanged, this, [this](const QString& lang) {
        (lang == u"zh_CN" ? m_ui->actionChinese : m_ui->actionEnglish)->setChecked(true);
    });

    auto* drop = new BatchFileDrop(this); // after the children exist: their fields take drops too
    connect(drop, &BatchFileDrop::dropped, this, &MainWindow::openBatchFile);

    restoreLayout();
    retranslate();
    updateService();
    verifyForm()->focusFirstField();
}

MainWindow::~MainWindow() = default;

VerifyForm* MainWindow::verifyForm() const
{
    return m_ui->verifyForm;
}

ResultPanel* MainWindow::resultPanel() const
{
    return m_ui->resultPanel;
}

HistoryView* MainWindow::historyView() const
{
    return m_ui->historyView;
}

NoticeBanner* MainWindow::sandboxBanner() const
{
    return m_notices->sandboxBanner();
}

NoticeBanner* MainWindow::realServiceBanner() const
{
    return m_notices->realServiceBanner();
}

NoticeBanner* MainWindow::problemBanner() const
{
    return m_notices->problemBanner();
}

NoticeBanner* MainWindow::policyBanner() const
{
    return m_notices->policyBanner();
}

void MainWindow::setUpActions()
{
    auto* languages = new QActionGroup(this);
    languages->addAction(m_ui->actionEnglish);
    languages->addAction(m_ui->actionChinese);
    m_ui->actionEnglish->setData(QStringLiteral("en"));
    m_ui->actionChinese->setData(QStringLiteral("zh_CN"));
    (m_translations.language() == u"zh_CN" ? m_ui->actionChinese : m_ui->actionEnglish)->setChecked(true);
    connect(languages, &QActionGroup::triggered, this, [this](QAction* action) {
        m_session->settings()->setValue(Setting::Language, action->data());
    });
    m_ui->actionVerify->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_ui->actionSettings->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Comma), QKeySequence::Preferences});
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionVerify, &QAction::triggered, verifyForm(), &VerifyForm::requestVerify);
    connect(m_ui->actionClearForm, &QAction::triggered, verifyForm(), &VerifyForm::clear);
    connect(m_ui->actionFind, &QAction::triggered, historyView(), &HistoryView::focusFilter);
    connect(m_ui->actionExport, &QAction::triggered, this, &MainWindow::exportHistory);
    connect(m_ui->actionVerifyFile, &QAction::triggered, this, &MainWindow::showBatchDialog);
    connect(m_ui->actionResumeBatch, &QAction::triggered, this, &MainWindow::showResumeBatch);
    connect(m_ui->actionAuditLog, &QAction::triggered, this, &MainWindow::showAuditLog);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->actionSamplePeople, &QAction::triggered, this, &MainWindow::showSamplePeople);
    connect(m_ui->actionShortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_ui->actionPrivacyMask, &QAction::toggled, this, [this](bool on) {
        m_session->settings()->setValue(Setting::PrivacyMask, on);
        verifyForm()->setPrivacyMask(on);
    });
    connect(verifyForm(), &VerifyForm::completeChanged, this, [this] {
        m_ui->actionVerify->setEnabled(verifyForm()->isComplete() && m_session->canVerify());
    });

    // The history's own actions, in the Edit and View menus as well.
    m_ui->menuEdit->insertAction(m_ui->actionSettings, historyView()->copyRequestIdAction());
    m_ui->menuEdit->insertAction(m_ui->actionSettings, historyView()->purgeSelectedAction());
    m_ui->menuEdit->insertSeparator(m_ui->actionSettings);
    m_ui->menuView->insertAction(m_ui->actionSamplePeople, historyView()->detailsAction());
    m_ui->menuView->insertAction(m_ui->actionSamplePeople, m_ui->mainToolBar->toggleViewAction());
    m_ui->menuView->insertSeparator(m_ui->actionSamplePeople);
    for (QMenu* menu : {m_ui->menuFile, m_ui->menuEdit, m_ui->menuView, m_ui->menuLanguage, m_ui->menuHelp})
        menu->setToolTipsVisible(true);

    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, m_controller, &VerifyController::cancel);
}

void MainWindow::setUpIcons()
{
    m_ui->actionVerify->setIcon(Icons::themed(QStringLiteral("verify")));
    m_ui->actionClearForm->setIcon(Icons::themed(QStringLiteral("clear")));
    m_ui->actionExport->setIcon(Icons::themed(QStringLiteral("export")));
    m_ui->actionVerifyFile->setIcon(Icons::themed(QStringLiteral("batch")));
    m_ui->actionAuditLog->setIcon(Icons::themed(QStringLiteral("audit")));
    m_ui->actionSettings->setIcon(Icons::themed(QStringLiteral("settings")));
    m_ui->actionSamplePeople->setIcon(Icons::themed(QStringLiteral("people")));
    m_ui->actionShortcuts->setIcon(Icons::themed(QStringLiteral("keyboard")));
    m_ui->actionAbout->setIcon(Icons::themed(QStringLiteral("about")));
    m_ui->actionPrivacyMask->setIcon(Icons::themed(QStringLiteral("eye-off")));
    m_ui->menuLanguage->setIcon(Icons::themed(QStringLiteral("language")));
}

void MainWindow::retranslate()
{
    // Toolbar buttons show the action's text without its mnemonic: "&Verify", and "核验(&V)" too.
    static const QRegularExpression mnemonic(QStringLiteral("\\(&[^)]\\)|&(?=[^&])"));
    for (QAction* action : m_ui->mainToolBar->actions()) {
        if (!action->isSeparator())
            action->setIconText(QString(action->text()).remove(mnemonic));
    }
    m_ui->actionVerify->setToolTip(tr("Verify the three values in the form (Ctrl+Enter)"));
    m_ui->actionExport->setToolTip(
        tr("Export the history as shown (filter, sort, columns) to a CSV file or an Excel workbook"));
    m_ui->actionVerifyFile->setToolTip(tr("Verify every row of a CSV file or an Excel workbook within the request "
                                          "limit; resumable after a crash (Ctrl+O, or drop the file on the window)"));
    m_ui->actionSamplePeople->setToolTip(tr("The sandbox's invented people, and what each answers"));
    m_ui->actionPrivacyMask->setToolTip(tr("Show identity values masked in fields that are not being edited"));
    const QString locked = tr("Set by your administrator");
    const bool languageLocked = m_session->config().isLocked(Setting::Language);
    m_ui->actionEnglish->setEnabled(!languageLocked);
    m_ui->actionChinese->setEnabled(!languageLocked);
    m_ui->actionEnglish->setToolTip(languageLocked ? locked : QString());
    m_ui->actionChinese->setToolTip(languageLocked ? locked : QString());
    m_ui->actionPrivacyMask->setEnabled(!m_session->config().isLocked(Setting::PrivacyMask));
    updateService();
}

void MainWindow::updateService()
{
    m_notices->update();
    // The sandbox's invented people are of no use to the real service: they are not offered there.
    const bool real = m_notices->isRealService();
    m_ui->actionSamplePeople->setVisible(!real && m_session->config().sandboxAllowed());
    if (real && m_samplePeople)
        m_samplePeople->close();
    m_ui->actionVerify->setEnabled(verifyForm()->isComplete() && m_session->canVerify());
    for (QAction* action : {m_ui->actionExport, m_ui->actionVerifyFile, m_ui->actionResumeBatch, m_ui->actionAuditLog})
        action->setEnabled(m_session->history() != nullptr);
    setWindowTitle(m_session->service().isSandbox() ? tr("TriCheck — mobile, name and ID verification (sandbox)")
                   : real                           ? tr("TriCheck — mobile, name and ID verification (real service)")
                                                    : tr("TriCheck — mobile, name and ID verification"));
}

void MainWindow::onSettingChanged(Setting setting)
{
    const session::SessionConfig& config = m_session->config();
    switch (setting) {
    case Setting::Language:
        m_translations.setLanguage(config.language());
        break;
    case Setting::PrivacyMask: {
        const QSignalBlocker block(m_ui->actionPrivacyMask);
        m_ui->actionPrivacyMask->setChecked(config.privacyMask());
        verifyForm()->setPrivacyMask(config.privacyMask());
        break;
    }
    case Setting::ParamType:
        verifyForm()->setParamType(config.paramType());
        break;
    case Setting::ForceMd5:
        verifyForm()->setMd5Locked(config.forceMd5(), config.isLocked(Setting::ForceMd5));
        if (!config.forceMd5())
            verifyForm()->setParamType(config.paramType());
        break;
    default:
        break;
    }
}

void MainWindow::onBannerLink(const QString& link)
{
    if (link == u"people") {
        showSamplePeople();
    } else if (link == u"settings" || link == u"service") {
        // Where the blocker is: no AccessKey yet (Credentials), or the Service choice to confirm.
        const bool credentials = link == u"settings" && m_session->service().isSandbox() &&
                                 m_session->realServiceBlocker() == session::RealServiceBlocker::Credentials;
        showSettings()->showPage(credentials ? SettingsDialog::Credentials : SettingsDialog::Service);
    } else if (link == u"network") {
        showSettings()->showPage(SettingsDialog::Network);
    } else if (link == u"policy") {
        MessageBox::warning(this,
                            tr("Administrator's policy"),
                            tr("The administrator's policy file has problems. Until it is corrected, every setting "
                               "is locked, at the safest value where the file does not give one."),
                            m_session->config().policyProblem());
    }
}

SettingsDialog* MainWindow::showSettings()
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_session, this);
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_settingsDialog, &SettingsDialog::auditLogRequested, this, &MainWindow::showAuditLog);
        m_settingsDialog->open();
    }
    present(m_settingsDialog);
    return m_settingsDialog;
}

SamplePeopleDialog* MainWindow::showSamplePeople()
{
    if (m_notices->isRealService())
        return nullptr; // the sandbox's people are for the sandbox only
    if (!m_samplePeople) {
        m_samplePeople = new SamplePeopleDialog(this);
        m_samplePeople->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_samplePeople, &SamplePeopleDialog::fillRequested, this, [this](const identity::IdentityInput& input) {
            if (m_notices->isRealService())
                return; // sandbox-only: never sent to the billed service
            verifyForm()->fill(input);
            activateWindow();
            showMessage(tr("The form is filled with sample values; press Verify."));
        });
    }
    present(m_samplePeople);
    return m_samplePeople;
}

AuditLogDialog* MainWindow::showAuditLog()
{
    if (!m_session->history())
        return nullptr;
    if (!m_auditLog) {
        m_auditLog = new AuditLogDialog(m_session->history(), this);
        m_auditLog->setAttribute(Qt::WA_DeleteOnClose);
    }
    present(m_auditLog);
    return m_auditLog;
}

ShortcutsDialog* MainWindow::showShortcuts()
{
    if (!m_shortcuts) {
        QList<QAction*> actions{m_ui->actionVerify,
                                m_ui->actionClearForm,
                                m_ui->actionFind,
                                m_ui->actionVerifyFile,
                                m_ui->actionExport,
                                m_ui->actionSettings,
                                m_ui->actionPrivacyMask,
                                m_ui->actionShortcuts,
                                m_ui->actionQuit};
        m_shortcuts = new ShortcutsDialog(actions, this);
        m_shortcuts->setAttribute(Qt::WA_DeleteOnClose);
    }
    present(m_shortcuts);
    return m_shortcuts;
}

void MainWindow::exportHistory()
{
    m_viewExport->request();
}

BatchDialog* MainWindow::showBatchDialog()
{
    if (!m_session->history())
        return nullptr;
    if (!m_batchDialog) {
        m_batchDialog = new BatchDialog(m_session, this);
        m_batchDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_batchDialog, &BatchDialog::message, this, &MainWindow::showMessage);
        connect(m_batchDialog, &BatchDialog::runningChanged, this, [this](bool running) {
            if (running)
                showMessage(tr("Batch %1 started; its results appear in the history as they arrive.")
                                .arg(m_batchDialog->batchId()));
            else if (m_closeAfterBatch)
                QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
        });
    }
    present(m_batchDialog);
    return m_batchDialog;
}

void MainWindow::showResumeBatch()
{
    if (BatchDialog* dialog = showBatchDialog())
        dialog->showResumeList();
}

void MainWindow::openBatchFile(const QString& path)
{
    BatchDialog* dialog = showBatchDialog();
    if (dialog == nullptr) {
        showMessage(tr("A file can be verified once the history is open."));
        return;
    }
    if (dialog->isRunning() || dialog->isRecording()) {
        showMessage(tr("A batch is running: drop the file again when it has finished."));
        return;
    }
    dialog->newBatch(); // from the results of a finished batch back to the file page
    dialog->openFile(path);
}

void MainWindow::showAbout()
{
    MessageBox::about(this,
                      tr("About TriCheck"),
                      tr("<h3>TriCheck %1</h3><p>Checks that a mainland China mobile number, a name and a "
                         "resident ID number belong together, with Alibaba Cloud ID Verification "
                         "(Mobile3MetaVerifyIntl).</p><p>Secrets stay in the system keychain; the history holds "
                         "masked values only.</p>")
                          .arg(AppInfo::version()));
}

void MainWindow::showMessage(const QString& text)
{
    if (!text.isEmpty())
        m_indicators->showMessage(statusBar(), text);
    if (sender() != m_controller) // the result panel says an outcome itself
        Accessibility::announce(this, text);
}

void MainWindow::restoreLayout()
{
    const settings::AppSettings* s = m_session->settings();
    const QByteArray geometry = s->uiState(QStringLiteral("mainWindow/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 820); // made to fit a smaller screen when shown (Accessibility)
    restoreState(s->uiState(QStringLiteral("mainWindow/state")).toByteArray());
    const QByteArray main = s->uiState(QStringLiteral("mainWindow/splitter")).toByteArray();
    if (main.isEmpty() || !m_ui->mainSplitter->restoreState(main))
        m_ui->mainSplitter->setSizes({390, 410});
    const QByteArray top = s->uiState(QStringLiteral("mainWindow/topSplitter")).toByteArray();
    if (top.isEmpty() || !m_ui->topSplitter->restoreState(top))
        m_ui->topSplitter->setSizes({520, 700});
    historyView()->restoreState(s->uiState(QStringLiteral("history/header")).toByteArray(),
                                s->uiState(QStringLiteral("history/splitter")).toByteArray());
}

void MainWindow::saveLayout()
{
    settings::AppSettings* s = m_session->settings();
    s->setUiState(QStringLiteral("mainWindow/geometry"), saveGeometry());
    s->setUiState(QStringLiteral("mainWindow/state"), saveState());
    s->setUiState(QStringLiteral("mainWindow/splitter"), m_ui->mainSplitter->saveState());
    s->setUiState(QStringLiteral("mainWindow/topSplitter"), m_ui->topSplitter->saveState());
    s->setUiState(QStringLiteral("history/header"), historyView()->saveHeaderState());
    s->setUiState(QStringLiteral("history/splitter"), historyView()->saveSplitterState());
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    } else if (event->type() == QEvent::PaletteChange) {
        setUpIcons();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_batchDialog && m_batchDialog->isRunning()) {
        // The batch dialog asks; once its batch stopped (journal kept, resumable) the window closes.
        m_batchDialog->raise();
        m_closeAfterBatch = true;
        m_batchDialog->reject();
        if (!m_batchDialog->isRunning() || m_batchDialog->runner()->state() != batch::BatchRunner::State::Stopping)
            m_closeAfterBatch = false;
        event->ignore();
        return;
    }
    if (m_controller->isRunning()) {
        if (!MessageBox::confirm(this,
                                 tr("Quit TriCheck"),
                                 tr("A verification is running. Cancel it and quit?"),
                                 tr("Cancel it and quit"),
                                 false,
                                 tr("A request already sent may still be processed and billed; its outcome is "
                                    "recorded in the history before TriCheck quits."))) {
            event->ignore();
            return;
        }
        m_controller->cancel(); // a request in flight is finished (and recorded) within cancel()
        if (m_controller->isRunning()) {
            // Cancelled during a retry wait: the outcome arrives from the event loop; quit then.
            connect(m_controller, &VerifyController::runningChanged, this, &QWidget::close, Qt::QueuedConnection);
            event->ignore();
            return;
        }
    }
    saveLayout();
    event->accept();
}

} // namespace tricheck::gui
