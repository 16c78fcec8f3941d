// The start-up baseline: the least a Qt Widgets program does before its first
// window is painted (a QApplication, a main window with a label). Reports its
// first paint with the same FirstPaintReporter as NetLab does under
// NETLAB_BENCH_STARTUP=1, so bench_startup can time both the same way.
#include "firstpaintreporter.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("baseline"), &window));
    window.resize(1100, 760);
    FirstPaintReporter watcher;
    window.installEventFilter(&watcher);
    window.show();
    return app.exec();
}
