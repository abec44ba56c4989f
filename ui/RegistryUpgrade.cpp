#include "RegistryUpgrade.h"

#include "registry/Registry.h"

#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>

#include <memory>

RegistryUpgrade::RegistryUpgrade(QObject *parent)
    : QObject(parent)
{ }

bool RegistryUpgrade::needed(const QString &path)
{
    const int version = Registry::schemaVersionOf(path);
    return version > 0 && version < Registry::currentSchemaVersion();
}

void RegistryUpgrade::run(const QString &path, QWidget *parent, std::function<void(const QString &)> done)
{
    auto *upgrade = new RegistryUpgrade(nullptr);
    auto *dialog = new QProgressDialog(parent);
    dialog->setObjectName(QStringLiteral("registryUpgradeProgress"));
    dialog->setWindowTitle(QStringLiteral("Cronofy Console"));
    dialog->setLabelText(tr("Upgrading the list of applications and calendars…"));
    dialog->setAccessibleName(tr("Upgrading the list"));
    dialog->setCancelButton(nullptr); // an upgrade step is one transaction: it finishes or rolls back
    dialog->setMinimumDuration(1000); // shown only when it takes longer than a second
    dialog->setRange(0, 0);
    dialog->setValue(0);
    connect(
        upgrade, &RegistryUpgrade::progressed, dialog, [dialog](int version, int statement, int statements) {
            //: %1 is the schema version being made, %2 and %3 the step's statement and how many it has.
            dialog->setLabelText(
                tr("Upgrading the list of applications and calendars to version %1, building "
                   "its indexes (%2 of %3)…")
                    .arg(version)
                    .arg(statement + 1)
                    .arg(statements));
            dialog->setRange(0, statements);
            dialog->setValue(statement);
        });
    auto error = std::make_shared<QString>();
    QThread *thread = QThread::create([upgrade, path, error] {
        Registry::OpenOptions options;
        options.upgradeProgress = [upgrade](int version, int statement, int statements) {
            emit upgrade->progressed(version, statement, statements); // queued to the dialog's thread
        };
        Registry::OpenResult opened = Registry::open(path, options);
        if (!opened.registry)
            *error = opened.error.message();
    });
    connect(thread, &QThread::finished, upgrade, [thread, upgrade, dialog, error, done] {
        thread->deleteLater();
        dialog->deleteLater();
        upgrade->deleteLater();
        done(*error);
    });
    thread->start();
}
