// One window per user: a second launch (a real second process) activates the first and exits; a lock left by
// a first instance killed with SIGKILL is taken over, and so is one whose holder hangs without answering.
// Everything runs in the event loop: the first instance answers while this test waits on a signal.
#include "TestEnvironment.h"
#include "common/SingleInstance.h"

#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {

// Exit codes of the helper process.
constexpr int exitActivatedOther = 0;
constexpr int exitBecamePrimary = 3;

// "--launch <key>": what main() of the window does. "--hold <key>": become primary, say so, run until killed.
int runHelper(const QString &mode, const QString &key)
{
    SingleInstance instance(key);
    instance.setAttemptTimeout(500);
    QObject::connect(&instance, &SingleInstance::decided, [&](SingleInstance::Role role) {
        const bool primary = role == SingleInstance::Role::Primary;
        if (mode == QLatin1String("--launch")) {
            QCoreApplication::exit(primary ? exitBecamePrimary : exitActivatedOther);
            return;
        }
        if (!primary) {
            QCoreApplication::exit(4);
            return;
        }
        std::printf("primary\n");
        std::fflush(stdout);
    });
    // Queued, so that exit() above is called inside exec() even when the answer comes at once.
    QMetaObject::invokeMethod(&instance, &SingleInstance::start, Qt::QueuedConnection);
    return QCoreApplication::exec();
}

// Starts `instance` and waits (in the event loop) for its decision.
SingleInstance::Role decide(SingleInstance &instance)
{
    QSignalSpy spy(&instance, &SingleInstance::decided);
    instance.start();
    if (spy.isEmpty() && !spy.wait(15000))
        return SingleInstance::Role::Secondary; // no decision: the caller's QCOMPARE fails
    return spy.constFirst().constFirst().value<SingleInstance::Role>();
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

    // Unix socket names are limited to 108 bytes, and the build tree can be deep: a short runtime folder.
#ifdef Q_OS_UNIX
    QTemporaryDir m_runtime {QStringLiteral("/tmp/cc-si-XXXXXX")};
#else
    QTemporaryDir m_runtime; // a named pipe on Windows: no path length limit
#endif
    int m_keys = 0;

    QString newKey()
    {
        return QStringLiteral("test-%1-%2").arg(QCoreApplication::applicationPid()).arg(++m_keys);
    }

    void prepare(QProcess &p, const QString &mode, const QString &key)
    {
        p.setProgram(QCoreApplication::applicationFilePath());
        p.setArguments({mode, key});
        p.setProcessEnvironment(QProcessEnvironment::systemEnvironment()); // carries our XDG_RUNTIME_DIR
    }

private slots:
    void initTestCase()
    {
        TestEnvironment::prepare();
        QVERIFY(m_runtime.isValid());
        QFile::setPermissions(m_runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", m_runtime.path().toLocal8Bit());
    }

    void secondLaunchActivatesTheFirst()
    {
        const QString key = newKey();
        SingleInstance first(key);
        QSignalSpy decided(&first, &SingleInstance::decided);
        first.start();
        QCOMPARE(decided.count(), 1); // a free lock decides at once, before start() returns
        QCOMPARE(
            decided.constFirst().constFirst().value<SingleInstance::Role>(), SingleInstance::Role::Primary);
        QVERIFY(first.isPrimary());
        QVERIFY(first.lockFilePath().startsWith(m_runtime.path()));
        QVERIFY(QFile::exists(first.lockFilePath()));
        QSignalSpy activated(&first, &SingleInstance::activationRequested);

        QProcess second;
        prepare(second, QStringLiteral("--launch"), key);
        QSignalSpy finished(&second, &QProcess::finished);
        second.start();
        QVERIFY(finished.wait(15000)); // our event loop runs meanwhile and answers the second process
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), exitActivatedOther);
        QCOMPARE(activated.count(), 1);

        // And again: the primary keeps listening.
        second.start();
        QVERIFY(finished.wait(15000));
        QCOMPARE(second.exitCode(), exitActivatedOther);
        QCOMPARE(activated.count(), 2);
    }

    void aKeyOfItsOwnIsIndependent()
    {
        SingleInstance first(newKey());
        QCOMPARE(decide(first), SingleInstance::Role::Primary);
        QProcess other;
        prepare(other, QStringLiteral("--launch"), newKey());
        other.start();
        QVERIFY(other.waitForFinished(15000));
        QCOMPARE(other.exitCode(), exitBecamePrimary);
    }

    void staleLockAfterKill9IsTakenOver()
    {
        const QString key = newKey();
        QProcess holder;
        prepare(holder, QStringLiteral("--hold"), key);
        QByteArray said;
        connect(&holder, &QProcess::readyReadStandardOutput, this,
            [&]() { said += holder.readAllStandardOutput(); });
        holder.start();
        QTRY_VERIFY_WITH_TIMEOUT(said.contains("primary"), 15000);

        // While it runs, we are the second launch.
        {
            SingleInstance second(key);
            QVERIFY(QFile::exists(second.lockFilePath()));
        }
        holder.kill(); // SIGKILL: the lock file and the socket file stay behind
        QVERIFY(holder.waitForFinished(15000));
        QCOMPARE(holder.exitStatus(), QProcess::CrashExit);

        SingleInstance next(key);
        QVERIFY(QFile::exists(next.lockFilePath())); // left by the killed process
        QCOMPARE(decide(next), SingleInstance::Role::Primary);
        QSignalSpy activated(&next, &SingleInstance::activationRequested);

        // The recovered primary answers later launches.
        QProcess later;
        prepare(later, QStringLiteral("--launch"), key);
        QSignalSpy finished(&later, &QProcess::finished);
        later.start();
        QVERIFY(finished.wait(15000));
        QCOMPARE(later.exitCode(), exitActivatedOther);
        QCOMPARE(activated.count(), 1);
    }

    // The lock's holder is alive and accepts connections but never answers (hung): a later launch gives up
    // after three attempts time out and starts anyway.
    void hungHolderIsTakenOver()
    {
        const QString key = newKey();
        const SingleInstance names(key);
        QLockFile held(names.lockFilePath());
        held.setStaleLockTime(0);
        QVERIFY(held.tryLock(0));
        QLocalServer silent;
        QLocalServer::removeServer(names.serverName());
        QVERIFY(silent.listen(names.serverName()));
        int accepted = 0;
        connect(&silent, &QLocalServer::newConnection, this, [&]() {
            while (QLocalSocket *s = silent.nextPendingConnection()) {
                ++accepted;
                s->setParent(&silent); // kept open, never answered
            }
        });

        QProcess later;
        prepare(later, QStringLiteral("--launch"), key);
        QSignalSpy finished(&later, &QProcess::finished);
        later.start();
        QVERIFY(finished.wait(15000));
        QCOMPARE(later.exitStatus(), QProcess::NormalExit);
        QCOMPARE(later.exitCode(), exitBecamePrimary);
        QCOMPARE(accepted, 3); // it asked three times before starting anyway
    }

    void lockIsReleasedOnExit()
    {
        const QString key = newKey();
        {
            SingleInstance first(key);
            QCOMPARE(decide(first), SingleInstance::Role::Primary);
        }
        QProcess after;
        prepare(after, QStringLiteral("--launch"), key);
        after.start();
        QVERIFY(after.waitForFinished(15000));
        QCOMPARE(after.exitCode(), exitBecamePrimary);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && (qstrcmp(argv[1], "--launch") == 0 || qstrcmp(argv[1], "--hold") == 0))
        return runHelper(QString::fromLatin1(argv[1]), QString::fromLocal8Bit(argv[2]));
    TestSingleInstance test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_single_instance.moc"
