#include "gui/application.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    return tricheck::gui::Application::run(app);
}
