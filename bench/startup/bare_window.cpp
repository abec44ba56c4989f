// The yardstick of bench_startup: the least a Qt Widgets admin window is (a main window with a menu, a
// table view over a model and a status bar), built with the console's flags and measured by the same
// StartupProbe. Any start-up time or memory cronofy-console needs beyond this is the console's own.
#include "StartupProbe.h"

#include <QApplication>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenuBar>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CronofyConsoleBench"));
    QApplication::setApplicationName(QStringLiteral("bench-startup-bare"));

    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Bare QMainWindow"));
    window.menuBar()
        ->addMenu(QStringLiteral("&File"))
        ->addAction(QStringLiteral("&Quit"), &app, &QApplication::quit);

    // A few rows and the same number of columns as the console's calendar list, so the view paints cells.
    QStandardItemModel model(20, 9);
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            model.setItem(row, column, new QStandardItem(QStringLiteral("cell %1.%2").arg(row).arg(column)));
    }
    auto *view = new QTableView(&window);
    view->setModel(&model);
    view->setSortingEnabled(true);
    view->horizontalHeader()->setStretchLastSection(true);
    window.setCentralWidget(view);
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1100, 700);

    StartupProbe::attach(&window);
    window.show();
    return app.exec();
}
