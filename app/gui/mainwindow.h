#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace tricheck::i18n {
class Translations;
}

namespace tricheck::gui {

class VerifyForm;

class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(i18n::Translations& translations, QWidget* parent = nullptr);
    ~MainWindow() override;

    VerifyForm* verifyForm() const { return m_form; }

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void switchLanguage(const QString& lang);
    void retranslate();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    i18n::Translations& m_translations;
    VerifyForm* m_form = nullptr;
};

} // namespace tricheck::gui
