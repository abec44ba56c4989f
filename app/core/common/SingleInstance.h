#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;
class QLockFile;

// One running window per user (after KeePassXC): a QLockFile says who is first, a QLocalServer next to it
// lets a second launch ask the first to raise its window. Qt Core and Network only.
//
//   SingleInstance instance;
//   if (!instance.tryToBecomePrimary())
//       return 0;                                   // the first window was asked to show itself
//   connect(&instance, &SingleInstance::activationRequested, &window, &MainWindow::raiseToFront);
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // `key` names the lock and the socket; the default is the app id. Tests pass their own key.
    explicit SingleInstance(const QString &key = QStringLiteral(CONSOLE_APP_ID), QObject *parent = nullptr);
    ~SingleInstance() override;

    // True: this process is the first one and now listens for later launches. False: another instance runs
    // and was asked to activate itself; this process should exit. A lock left by a crashed instance (nobody
    // answers on its socket) is removed and this process becomes the first.
    bool tryToBecomePrimary();
    bool isPrimary() const { return m_primary; }

    QString lockFilePath() const { return m_lockPath; }
    QString serverName() const { return m_serverName; }

signals:
    // A later launch asked this (first) instance to show its window.
    void activationRequested();

private:
    bool listen();
    bool askPrimaryToActivate();
    void onNewConnection();

    QString m_lockPath;
    QString m_serverName;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
    bool m_primary = false;
};
