#include "postgres/SharedListChoice.h"

#include "common/LogCategories.h"

#include <QSettings>

namespace {
const QString addressKey = QStringLiteral("shared-list/address");
}

namespace SharedListChoice {

std::optional<PostgresAddress> current()
{
    const QString text = QSettings().value(addressKey).toString();
    if (text.isEmpty())
        return std::nullopt;
    QString error;
    std::optional<PostgresAddress> address = PostgresAddress::parse(text, &error);
    if (!address)
        qCWarning(lcRegistry) << "the shared list's address in the settings is not usable:" << error;
    return address;
}

void set(const PostgresAddress &address)
{
    QSettings settings;
    settings.setValue(addressKey, address.toString());
    settings.sync();
}

void clear()
{
    QSettings settings;
    settings.remove(addressKey);
    settings.sync();
}

} // namespace SharedListChoice
