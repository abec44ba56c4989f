#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;
class QLocalSocket;
class QLockFile;
class QTimer;

// One running window per user (after KeePassXC): a QLockFile says who is first, a QLocalServer next to it
// lets a second launch ask the first to raise its window. Qt Core and Network only, and asynchronous: the
// exchange with a running instance happens in the event loop, with a timeout, never in a nested one.
//
//   SingleInstance instance;
//   connect(&instance, &SingleInstance::decided, [&](SingleInstance::Role role) {
//       if (role == SingleInstance::Role::Primary) openTheWindow(); else app.quit();
//   });
//   connect(&instance, &SingleInstance::activationRequested, &window, &MainWindow::raiseToFront);
//   instance.start();
//   app.exec();
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    enum class Role {
        Primary, // this process is the first one and now listens for later launches
        Secondary // another instance runs and answered that it will show its window; exit
    };
    Q_ENUM(Role)

    // `key` names the lock and the socket; the default is the app id. Tests pass their own key.
    explicit SingleInstance(const QString &key = QStringLiteral(CONSOLE_APP_ID), QObject *parent = nullptr);
    ~SingleInstance() override;

    // Finds out whether this process is the first one; `decided` follows exactly once. When the lock is
    // free (the usual case) `decided(Primary)` is emitted before start() returns, so connect first.
    // Otherwise the running instance is asked over its socket; a lock whose holder does not answer within
    // the timeout (crashed, hung, or a pid reused after a crash) is taken over.
    void start();
    bool isPrimary() const { return m_primary; }

    QString lockFilePath() const { return m_lockPath; }
    QString serverName() const { return m_serverName; }

    // How long one attempt to reach the running instance may take; three attempts are made.
    void setAttemptTimeout(int milliseconds) { m_attemptTimeoutMs = milliseconds; }

signals:
    void decided(SingleInstance::Role role);
    // A later launch asked this (first) instance to show its window.
    void activationRequested();

private:
    void becomePrimary();
    void askPrimary();
    void onAnswerRead();
    void onAttemptFailed();
    void takeOverStaleLock();
    void decide(Role role);
    void onNewConnection();

    QString m_lockPath;
    QString m_serverName;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
    QLocalSocket *m_asking = nullptr;
    QTimer *m_attemptTimer = nullptr;
    int m_attempts = 0;
    int m_attemptTimeoutMs = 1500;
    bool m_primary = false;
    bool m_decided = false;
};
