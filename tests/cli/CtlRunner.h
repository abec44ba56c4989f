#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Test-only: runs the real cronofyctl binary (env CRONOFYCTL_BIN, set by ctest) and collects what it printed.
// It blocks on the child process, which only test code may do.
struct CtlResult
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
    QStringList outLines() const;
    // For QVERIFY2: the exit code and stderr.
    QString describe() const;
};

namespace CtlRunner {
QString binary();
// The environment of this test (its private HOME, XDG folders and session bus) plus a short API timeout.
QProcessEnvironment environment();
CtlResult run(const QStringList &args, const QByteArray &input = {},
    const QProcessEnvironment &env = environment(), int timeoutMs = 120000);
} // namespace CtlRunner
