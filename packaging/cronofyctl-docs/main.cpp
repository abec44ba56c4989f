// cronofyctl-docs: writes cronofyctl's man page and its bash, zsh and fish completions from the command table
// the built program prints (`cronofyctl --command-table`), so none of them can drift from its --help.
//
//   cronofyctl-docs CRONOFYCTL MAN_TEMPLATE MAN_PAGE COMPLETIONS_DIR
//
// writes MAN_PAGE, and COMPLETIONS_DIR/cronofyctl.bash, _cronofyctl and cronofyctl.fish. Run by the build
// (packaging/CMakeLists.txt) each time cronofyctl or the template changes.
#include "CommandTable.h"
#include "Completions.h"
#include "ManPage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>

#include <cstdio>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "cronofyctl-docs: %s\n", qPrintable(message));
    return 1;
}

bool write(const QString &path, const QString &text, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 5)
        return fail(
            QStringLiteral("usage: cronofyctl-docs CRONOFYCTL MAN_TEMPLATE MAN_PAGE COMPLETIONS_DIR"));

    // The table in English whatever this machine's language: it becomes the installed documentation.
    QProcess cronofyctl;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    cronofyctl.setProcessEnvironment(environment);
    cronofyctl.start(args.at(1), {QStringLiteral("--command-table")});
    if (!cronofyctl.waitForFinished(60000) || cronofyctl.exitStatus() != QProcess::NormalExit
        || cronofyctl.exitCode() != 0) {
        return fail(QStringLiteral("%1 --command-table failed: %2 %3")
                        .arg(args.at(1), cronofyctl.errorString(),
                            QString::fromUtf8(cronofyctl.readAllStandardError())));
    }
    CliTable::Table table;
    QString error;
    if (!CliTable::read(cronofyctl.readAllStandardOutput(), &table, &error))
        return fail(error);

    QFile templateFile(args.at(2));
    if (!templateFile.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(args.at(2), templateFile.errorString()));
    const QString page = ManPage::render(QString::fromUtf8(templateFile.readAll()), table, &error);
    if (page.isEmpty())
        return fail(error);

    const QDir completions(args.at(4));
    if (!QDir().mkpath(completions.path()) || !QDir().mkpath(QFileInfo(args.at(3)).path()))
        return fail(QStringLiteral("cannot create %1").arg(completions.path()));
    if (!write(args.at(3), page, &error)
        || !write(completions.filePath(QStringLiteral("cronofyctl.bash")), Completions::bash(table), &error)
        || !write(completions.filePath(QStringLiteral("_cronofyctl")), Completions::zsh(table), &error)
        || !write(completions.filePath(QStringLiteral("cronofyctl.fish")), Completions::fish(table), &error))
        return fail(error);
    return 0;
}
