#include "mainwindow.h"

#include "common/appinfo.h"
#include "i18n/translations.h"
#include "ui_mainwindow.h"
#include "verifyform.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QMessageBox>
#include <QSettings>

namespace tricheck::gui {

MainWindow::MainWindow(i18n::Translations& translations, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_translations(translations)
{
    m_ui->setupUi(this);
    m_form = new VerifyForm(this);
    setCentralWidget(m_form);

    auto* languages = new QActionGroup(this);
    languages->addAction(m_ui->actionEnglish);
    languages->addAction(m_ui->actionChinese);
    m_ui->actionEnglish->setData(QStringLiteral("en"));
    m_ui->actionChinese->setData(QStringLiteral("zh_CN"));
    (m_translations.language() == u"zh_CN" ? m_ui->actionChinese : m_ui->actionEnglish)->setChecked(true);
    connect(languages, &QActionGroup::triggered, this, [this](QAction* action) {
        switchLanguage(action->data().toString());
    });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);

    restoreGeometry(QSettings().value(QStringLiteral("ui/geometry")).toByteArray());
    retranslate();
}

MainWindow::~MainWindow() = default;

void MainWindow::switchLanguage(const QString& lang)
{
    if (m_translations.setLanguage(lang))
        QSettings().setValue(QStringLiteral("ui/language"), m_translations.language());
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings().setValue(QStringLiteral("ui/geometry"), saveGeometry());
    event->accept();
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("TriCheck — mobile, name and ID verification"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this,
                       tr("About TriCheck"),
                       tr("<h3>TriCheck %1</h3><p>Checks that a mainland China mobile number, a name and a "
                          "resident ID number belong together, with Alibaba Cloud ID Verification "
                          "(Mobile3MetaVerifyIntl).</p>")
                           .arg(AppInfo::version()));
}

} // namespace tricheck::gui
