#include "gui/application.h"
#include "gui/selftest.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    const bool selfTest = tricheck::gui::SelfTest::requested(argc, argv);
    if (selfTest)
        tricheck::gui::SelfTest::preferOffscreenWithoutDisplay();
    QApplication app(argc, argv);
    return selfTest ? tricheck::gui::SelfTest::run(app) : tricheck::gui::Application::run(app);
}
