#include "CommandTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace CliTable {

QStringList Table::fixedValuesOf(const QString &kind) const
{
    for (const auto &entry : fixedValues) {
        if (entry.first == kind)
            return entry.second;
    }
    return {};
}

bool read(const QByteArray &json, Table *table, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = QStringLiteral("the command table is not a JSON object: %1").arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = document.object();
    table->version = root.value(QLatin1String("version")).toString();
    const QJsonArray groups = root.value(QLatin1String("groups")).toArray();
    for (const QJsonValue &value : groups) {
        const QJsonObject object = value.toObject();
        table->groups.append({object.value(QLatin1String("name")).toString(),
            object.value(QLatin1String("summary")).toString(), {}});
    }
    const QJsonArray commands = root.value(QLatin1String("commands")).toArray();
    for (const QJsonValue &value : commands) {
        const QJsonObject object = value.toObject();
        Command command;
        command.group = object.value(QLatin1String("group")).toString();
        command.action = object.value(QLatin1String("action")).toString();
        command.name = object.value(QLatin1String("name")).toString();
        command.synopsis = object.value(QLatin1String("synopsis")).toString();
        command.summary = object.value(QLatin1String("summary")).toString();
        command.description = object.value(QLatin1String("description")).toString();
        const QJsonArray options = object.value(QLatin1String("options")).toArray();
        for (const QJsonValue &optionValue : options) {
            const QJsonObject option = optionValue.toObject();
            command.options.append({option.value(QLatin1String("name")).toString(),
                option.value(QLatin1String("short")).toString(),
                option.value(QLatin1String("value_name")).toString(),
                option.value(QLatin1String("help")).toString(),
                option.value(QLatin1String("completion")).toString(QStringLiteral("none")),
                option.value(QLatin1String("repeatable")).toBool()});
        }
        const QJsonArray arguments = object.value(QLatin1String("arguments")).toArray();
        for (const QJsonValue &argumentValue : arguments) {
            const QJsonObject argument = argumentValue.toObject();
            command.arguments.append({argument.value(QLatin1String("name")).toString(),
                argument.value(QLatin1String("help")).toString(),
                argument.value(QLatin1String("completion")).toString(QStringLiteral("none")),
                argument.value(QLatin1String("repeatable")).toBool(),
                argument.value(QLatin1String("optional")).toBool()});
        }
        Group *group = nullptr;
        for (Group &candidate : table->groups) {
            if (candidate.name == command.group)
                group = &candidate;
        }
        if (!group) {
            *error = QStringLiteral("the command \"%1\" names no group of the table").arg(command.name);
            return false;
        }
        group->commands.append(command);
    }
    const QJsonObject completions = root.value(QLatin1String("completions")).toObject();
    for (auto it = completions.begin(); it != completions.end(); ++it) {
        QStringList words;
        const QJsonArray array = it.value().toArray();
        for (const QJsonValue &word : array)
            words.append(word.toString());
        table->fixedValues.append({it.key(), words});
    }
    const QJsonArray codes = root.value(QLatin1String("exit_codes")).toArray();
    for (const QJsonValue &value : codes) {
        const QJsonObject object = value.toObject();
        table->exitCodes.append(
            {object.value(QLatin1String("code")).toInt(), object.value(QLatin1String("meaning")).toString()});
    }
    if (table->groups.isEmpty() || commands.isEmpty()) {
        *error = QStringLiteral("the command table lists no commands");
        return false;
    }
    for (const Group &group : table->groups) {
        if (group.commands.isEmpty()) {
            *error = QStringLiteral("the group \"%1\" has no command").arg(group.name);
            return false;
        }
    }
    return true;
}

} // namespace CliTable
