#include "CtlRunner.h"

#include <QProcess>

QStringList CtlResult::outLines() const
{
    return QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString CtlResult::describe() const
{
    return QStringLiteral("exit %1%2, stderr: %3")
        .arg(exitCode)
        .arg(crashed ? QStringLiteral(" (crashed)") : QString())
        .arg(QString::fromUtf8(err).left(2000));
}

QString CtlRunner::binary()
{
    return QString::fromLocal8Bit(qgetenv("CRONOFYCTL_BIN"));
}

QProcessEnvironment CtlRunner::environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CRONOFYCTL_TIMEOUT_MS"), QStringLiteral("15000"));
    return env;
}

CtlResult CtlRunner::run(
    const QStringList &args, const QByteArray &input, const QProcessEnvironment &env, int timeoutMs)
{
    CtlResult result;
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(binary(), args);
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.err = "cronofyctl did not finish in time\n" + process.readAllStandardError();
        return result;
    }
    result.crashed = process.exitStatus() != QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}
