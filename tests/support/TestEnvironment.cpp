#include "TestEnvironment.h"

#include "common/Localization.h"

#include <QCoreApplication>
#include <QDir>
#include <QTest>

namespace TestEnvironment {

QString home()
{
    const QByteArray env = qgetenv("CONSOLE_TEST_HOME");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
    return QDir::tempPath() + QStringLiteral("/cronofy-console-test-")
        + QString::number(QCoreApplication::applicationPid());
}

void prepare()
{
    const QString root = home();
    QVERIFY2(root.contains(QLatin1String("test")), "refusing to wipe a folder that is not a test home");
    QDir(root).removeRecursively();
    for (const char *sub : {"data", "config", "cache", "run"})
        QVERIFY(QDir().mkpath(root + QLatin1Char('/') + QLatin1String(sub)));
    QFile::setPermissions(
        root + QStringLiteral("/run"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("HOME", root.toLocal8Bit());
    qputenv("XDG_DATA_HOME", (root + QStringLiteral("/data")).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", (root + QStringLiteral("/config")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", (root + QStringLiteral("/cache")).toLocal8Bit());
    qputenv("XDG_RUNTIME_DIR", (root + QStringLiteral("/run")).toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("CronofyConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("cronofy-console"));
    // English, as the programs speak under an English locale: the en catalog supplies the plural forms.
    Localization::install(QCoreApplication::instance(), QStringLiteral("en"));
}

} // namespace TestEnvironment
