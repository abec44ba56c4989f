#include "RestartProbe.h"

#include "MainWindow.h"
#include "SettingsPage.h"
#include "common/SingleInstance.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>

RestartProbe::RestartProbe(MainWindow *window, const QString &language, const QString &reportPath)
    : QObject(window)
    , m_window(window)
    , m_language(language)
    , m_reportPath(reportPath)
{ }

void RestartProbe::attach(
    MainWindow *window, SingleInstance *instance, const QString &language, const QString &reportPath)
{
    auto *probe = new RestartProbe(window, language, reportPath);
    connect(instance, &SingleInstance::activationRequested, probe, [probe] {
        if (QLocale().name().left(2) != probe->m_language)
            return;
        probe->report(QStringLiteral("raised pid=%1").arg(QCoreApplication::applicationPid()));
        probe->m_window->close(); // the last window: the application quits
    });
    // Once the window is shown and the events of its start are handled.
    QTimer::singleShot(0, probe, &RestartProbe::act);
}

void RestartProbe::act()
{
    const qint64 pid = QCoreApplication::applicationPid();
    const QString running = QLocale().name().left(2);
    if (running == m_language) {
        QStringList tabs;
        for (int i = 0; i < m_window->tabs()->count(); ++i)
            tabs << m_window->tabs()->tabText(i);
        report(QStringLiteral("running pid=%1 language=%2 tabs=%3").arg(pid).arg(running, tabs.join(u'|')));
        return;
    }
    SettingsPage *settings = m_window->settingsPage(); // built at once if the window has not got to it yet
    auto *combo = settings->findChild<QComboBox *>(QStringLiteral("languageCombo"));
    auto *restart = settings->findChild<QPushButton *>(QStringLiteral("restartNowButton"));
    const int index = combo ? combo->findData(m_language) : -1;
    if (index < 0 || !restart) {
        report(QStringLiteral("failed pid=%1: no language %2 or no Restart Now").arg(pid).arg(m_language));
        QCoreApplication::exit(3);
        return;
    }
    combo->setCurrentIndex(index);
    if (restart->isHidden()) {
        report(QStringLiteral("failed pid=%1: Restart Now was not offered").arg(pid));
        QCoreApplication::exit(3);
        return;
    }
    report(QStringLiteral("restarting pid=%1 language=%2").arg(pid).arg(running));
    restart->click();
}

void RestartProbe::report(const QString &line)
{
    QFile file(m_reportPath);
    if (file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        file.write((line + QLatin1Char('\n')).toUtf8());
}
