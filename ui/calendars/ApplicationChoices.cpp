#include "calendars/ApplicationChoices.h"

#include "registry/Registry.h"

#include <QComboBox>
#include <QSignalBlocker>

#include <algorithm>

void fillApplicationCombo(QComboBox *combo, Registry *registry, const QString &allItemText)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (!allItemText.isEmpty())
        combo->addItem(allItemText, QString());
    QList<ApplicationRecord> applications = registry ? registry->applications() : QList<ApplicationRecord>();
    std::sort(
        applications.begin(), applications.end(), [](const ApplicationRecord &a, const ApplicationRecord &b) {
            const int byName = QString::localeAwareCompare(a.name, b.name);
            return byName != 0 ? byName < 0 : a.clientId < b.clientId;
        });
    for (const ApplicationRecord &application : std::as_const(applications)) {
        const QString name = application.name.isEmpty() ? application.clientId : application.name;
        combo->addItem(name, application.clientId);
        combo->setItemData(combo->count() - 1, application.clientId, Qt::ToolTipRole);
    }
    const int index = combo->findData(current);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

QString applicationDisplayName(Registry *registry, const QString &clientId)
{
    if (registry) {
        if (const auto application = registry->application(clientId);
            application && !application->name.isEmpty())
            return application->name;
    }
    return clientId;
}
