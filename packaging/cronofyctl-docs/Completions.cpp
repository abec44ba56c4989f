#include "Completions.h"

namespace {

const QString generatedNote = QStringLiteral(
    "# Generated from cronofyctl's command table (cronofyctl --command-table) when cronofyctl is built, by\n"
    "# packaging/cronofyctl-docs: do not edit; change app/cli/CommandTable.cpp instead.\n");

// The kinds whose words the program itself knows (the kept list); the others are fixed or files.
bool askProgram(const QString &kind)
{
    return kind == QLatin1String("client_id") || kind == QLatin1String("account");
}

QStringList optionWords(const CliTable::Command &command)
{
    QStringList words;
    for (const CliTable::Option &option : command.options) {
        words << QStringLiteral("--") + option.name;
        if (!option.shortName.isEmpty())
            words << QStringLiteral("-") + option.shortName;
    }
    words << QStringLiteral("--help") << QStringLiteral("-h");
    return words;
}

QString argumentKind(const CliTable::Command &command)
{
    for (const CliTable::Argument &argument : command.arguments) {
        if (argument.completion != QLatin1String("none"))
            return argument.completion;
    }
    return command.arguments.isEmpty() ? QString() : QStringLiteral("none");
}

QStringList topLevelWords(const CliTable::Table &table)
{
    QStringList words;
    for (const CliTable::Group &group : table.groups)
        words << group.name;
    return words << QStringLiteral("--help") << QStringLiteral("--version");
}

QStringList actionsOf(const CliTable::Group &group)
{
    QStringList actions;
    for (const CliTable::Command &command : group.commands)
        actions << command.action;
    return actions;
}

// In single quotes for a shell: ' becomes '\''.
QString quoted(const QString &text)
{
    QString out = text;
    return QLatin1Char('\'') + out.replace(QLatin1Char('\''), QLatin1String("'\\''")) + QLatin1Char('\'');
}

// The first sentence of a help text: what a completion menu has room for.
QString firstSentence(const QString &help)
{
    const qsizetype end = help.indexOf(QLatin1String(". "));
    QString sentence = end < 0 ? help : help.left(end);
    if (sentence.endsWith(QLatin1Char('.')))
        sentence.chop(1);
    return sentence;
}

} // namespace

QString Completions::bash(const CliTable::Table &table)
{
    QString out = QStringLiteral("# bash completion for cronofyctl.\n") + generatedNote;
    out += QStringLiteral(
        "\n"
        "# _cronofyctl_values PROGRAM KIND WORD: the words of a completion kind that start with WORD.\n"
        "_cronofyctl_values()\n"
        "{\n"
        "    local IFS=$'\\n'\n"
        "    case $2 in\n"
        "        file) COMPREPLY=($(compgen -f -- \"$3\")) ;;\n");
    for (const auto &fixed : table.fixedValues) {
        out += QStringLiteral("        %1) COMPREPLY=($(compgen -W %2 -- \"$3\")) ;;\n")
                   .arg(fixed.first, quoted(fixed.second.join(QLatin1Char('\n'))));
    }
    out += QStringLiteral(
        "        client_id|account) COMPREPLY=($(compgen -W \"$(\"$1\" --complete-values \"$2\" "
        "2>/dev/null)\" -- "
        "\"$3\")) ;;\n"
        "    esac\n"
        "}\n"
        "\n"
        "_cronofyctl()\n"
        "{\n"
        "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} program=${COMP_WORDS[0]}\n"
        "    COMPREPLY=()\n"
        "    if ((COMP_CWORD == 1)); then\n"
        "        COMPREPLY=($(compgen -W %1 -- \"$cur\"))\n"
        "        return\n"
        "    fi\n"
        "    local cmd=${COMP_WORDS[1]}\n"
        "    case $cmd in\n")
               .arg(quoted(topLevelWords(table).join(QLatin1Char(' '))));
    // Groups with actions: the second word is the action.
    QStringList actionGroups;
    for (const CliTable::Group &group : table.groups) {
        if (group.hasActions())
            actionGroups << group.name;
    }
    if (!actionGroups.isEmpty()) {
        out += QStringLiteral("        %1)\n").arg(actionGroups.join(QLatin1Char('|')));
        out += QStringLiteral("            if ((COMP_CWORD == 2)); then\n                case $cmd in\n");
        for (const CliTable::Group &group : table.groups) {
            if (!group.hasActions())
                continue;
            out += QStringLiteral("                    %1) COMPREPLY=($(compgen -W %2 -- \"$cur\")) ;;\n")
                       .arg(group.name,
                           quoted((actionsOf(group) << QStringLiteral("--help")).join(QLatin1Char(' '))));
        }
        out += QStringLiteral("                esac\n                return\n            fi\n"
                              "            cmd+=\" ${COMP_WORDS[2]}\" ;;\n");
    }
    out += QStringLiteral("    esac\n    local options= kind= arguments=\n    case $cmd in\n");
    for (const CliTable::Group &group : table.groups) {
        for (const CliTable::Command &command : group.commands) {
            out += QStringLiteral("        %1)\n").arg(quoted(command.name));
            out += QStringLiteral("            options=%1\n")
                       .arg(quoted(optionWords(command).join(QLatin1Char(' '))));
            const QString arguments = argumentKind(command);
            if (!arguments.isEmpty())
                out += QStringLiteral("            arguments=%1\n").arg(arguments);
            QStringList cases;
            for (const CliTable::Option &option : command.options) {
                if (option.valueName.isEmpty())
                    continue;
                QString names = QStringLiteral("--") + option.name;
                if (!option.shortName.isEmpty())
                    names += QStringLiteral("|-") + option.shortName;
                cases << QStringLiteral("%1) kind=%2 ;;").arg(names, option.completion);
            }
            if (!cases.isEmpty())
                out += QStringLiteral("            case $prev in %1 esac\n")
                           .arg(cases.join(QLatin1Char(' ')));
            out += QStringLiteral("            ;;\n");
        }
    }
    out += QStringLiteral("        *) return ;;\n"
                          "    esac\n"
                          "    if [[ -n $kind ]]; then\n"
                          "        _cronofyctl_values \"$program\" \"$kind\" \"$cur\"\n"
                          "    elif [[ $cur == -* || -z $arguments ]]; then\n"
                          "        COMPREPLY=($(compgen -W \"$options\" -- \"$cur\"))\n"
                          "    else\n"
                          "        _cronofyctl_values \"$program\" \"$arguments\" \"$cur\"\n"
                          "    fi\n"
                          "}\n"
                          "complete -F _cronofyctl cronofyctl\n");
    return out;
}

namespace {

// A zsh _arguments action for a completion kind.
QString zshAction(const QString &kind, const CliTable::Table &table)
{
    if (kind == QLatin1String("file"))
        return QStringLiteral("_files");
    if (askProgram(kind))
        return QStringLiteral("_cronofyctl_values ") + kind;
    const QStringList words = table.fixedValuesOf(kind);
    if (!words.isEmpty())
        return QLatin1Char('(') + words.join(QLatin1Char(' ')) + QLatin1Char(')');
    return QStringLiteral(" ");
}

// Text inside an _arguments spec's [...] or after the colon of a _describe entry.
QString zshText(const QString &text)
{
    QString out = firstSentence(text);
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char('['), QLatin1String("\\["));
    out.replace(QLatin1Char(']'), QLatin1String("\\]"));
    out.replace(QLatin1Char(':'), QLatin1String("\\:"));
    return out;
}

QString zshArguments(const CliTable::Command &command, const CliTable::Table &table)
{
    QStringList specs;
    for (const CliTable::Option &option : command.options) {
        QString names = QStringLiteral("--") + option.name;
        QString exclusion;
        if (!option.shortName.isEmpty()) {
            exclusion = QStringLiteral("(-%1 --%2)").arg(option.shortName, option.name);
            names = QStringLiteral("{-%1,--%2}").arg(option.shortName, option.name);
        }
        QString spec = option.repeatable ? QStringLiteral("*") : exclusion;
        QString tail = QLatin1Char('[') + zshText(option.help) + QLatin1Char(']');
        if (!option.valueName.isEmpty())
            tail += QLatin1Char(':') + option.valueName + QLatin1Char(':')
                + zshAction(option.completion, table);
        specs << (spec.isEmpty() ? QString() : quoted(spec)) + names + quoted(tail);
    }
    specs << QStringLiteral("'(- *)'{-h,--help}'[print the options of this command]'");
    for (const CliTable::Argument &argument : command.arguments) {
        // "*:NAME:action" for the rest of the words, ":NAME:action" for one, "::NAME:action" if optional.
        const QString position = argument.repeatable ? QStringLiteral("*:")
            : argument.optional                      ? QStringLiteral("::")
                                                     : QStringLiteral(":");
        specs << quoted(position + argument.name + QLatin1Char(':') + zshAction(argument.completion, table));
    }
    return QStringLiteral("_arguments -s \\\n                ")
        + specs.join(QStringLiteral(" \\\n                "));
}

} // namespace

QString Completions::zsh(const CliTable::Table &table)
{
    QString out = QStringLiteral("#compdef cronofyctl\n# zsh completion for cronofyctl.\n") + generatedNote;
    out += QStringLiteral(
        "\n"
        "# The words of a kind the kept list knows (client_id, account), from the program being completed.\n"
        "_cronofyctl_values()\n"
        "{\n"
        "    local -a values\n"
        "    values=(${(f)\"$(${_cronofyctl_program:-cronofyctl} --complete-values $1 2>/dev/null)\"})\n"
        "    compadd -a values\n"
        "}\n"
        "\n"
        "_cronofyctl()\n"
        "{\n"
        "    local _cronofyctl_program=${words[1]}\n"
        "    if (( CURRENT == 2 )); then\n"
        "        local -a commands=(\n");
    for (const CliTable::Group &group : table.groups)
        out += QStringLiteral("            %1\n")
                   .arg(quoted(group.name + QLatin1Char(':') + zshText(group.summary)));
    out += QStringLiteral("        )\n"
                          "        _describe -t commands 'cronofyctl command' commands\n"
                          "        compadd -- --help --version\n"
                          "        return\n"
                          "    fi\n"
                          "    local cmd=${words[2]}\n"
                          "    case $cmd in\n");
    for (const CliTable::Group &group : table.groups) {
        if (!group.hasActions())
            continue;
        out += QStringLiteral("        %1)\n            if (( CURRENT == 3 )); then\n"
                              "                local -a actions=(\n")
                   .arg(group.name);
        for (const CliTable::Command &command : group.commands) {
            out += QStringLiteral("                    %1\n")
                       .arg(quoted(command.action + QLatin1Char(':') + zshText(command.summary)));
        }
        out += QStringLiteral("                )\n                _describe -t actions %1 actions\n"
                              "                return\n            fi\n"
                              "            cmd+=\" ${words[3]}\"\n            shift words\n"
                              "            (( CURRENT-- )) ;;\n")
                   .arg(quoted(QStringLiteral("cronofyctl ") + group.name + QStringLiteral(" action")));
    }
    out += QStringLiteral("    esac\n    shift words\n    (( CURRENT-- ))\n    case $cmd in\n");
    for (const CliTable::Group &group : table.groups) {
        for (const CliTable::Command &command : group.commands) {
            out += QStringLiteral("        %1)\n            %2 ;;\n")
                       .arg(quoted(command.name), zshArguments(command, table));
        }
    }
    out += QStringLiteral("    esac\n}\n\n_cronofyctl \"$@\"\n");
    return out;
}

QString Completions::fish(const CliTable::Table &table)
{
    QString out = QStringLiteral("# fish completion for cronofyctl.\n") + generatedNote;
    out += QStringLiteral(
        "\n"
        "# The words of a kind the kept list knows (client_id, account), from the program being completed.\n"
        "function __cronofyctl_values\n"
        "    set -l program (commandline -opc)[1]\n"
        "    $program --complete-values $argv[1] 2>/dev/null\n"
        "end\n"
        "\n"
        "complete -c cronofyctl -f\n"
        "complete -c cronofyctl -n __fish_use_subcommand -l help -d 'Print the commands and the exit codes'\n"
        "complete -c cronofyctl -n __fish_use_subcommand -l version -d 'Print the version'\n");
    auto fishValues = [&](const QString &kind) -> QString {
        if (kind == QLatin1String("file"))
            return QStringLiteral(" -r -F");
        if (askProgram(kind))
            return QStringLiteral(" -x -a '(__cronofyctl_values %1)'").arg(kind);
        const QStringList words = table.fixedValuesOf(kind);
        if (!words.isEmpty())
            return QStringLiteral(" -x -a %1").arg(quoted(words.join(QLatin1Char(' '))));
        return QStringLiteral(" -x");
    };
    for (const CliTable::Group &group : table.groups) {
        out += QStringLiteral("\ncomplete -c cronofyctl -n __fish_use_subcommand -a %1 -d %2\n")
                   .arg(group.name, quoted(firstSentence(group.summary)));
        const QString actions = actionsOf(group).join(QLatin1Char(' '));
        for (const CliTable::Command &command : group.commands) {
            QString condition = QStringLiteral("__fish_seen_subcommand_from ") + group.name;
            if (group.hasActions()) {
                out += QStringLiteral("complete -c cronofyctl -n %1 -a %2 -d %3\n")
                           .arg(quoted(condition + QStringLiteral("; and not __fish_seen_subcommand_from ")
                                    + actions),
                               command.action, quoted(firstSentence(command.summary)));
                condition += QStringLiteral("; and __fish_seen_subcommand_from ") + command.action;
            }
            for (const CliTable::Option &option : command.options) {
                QString line = QStringLiteral("complete -c cronofyctl -n %1 -l %2")
                                   .arg(quoted(condition), option.name);
                if (!option.shortName.isEmpty())
                    line += QStringLiteral(" -s ") + option.shortName;
                if (!option.valueName.isEmpty())
                    line += fishValues(option.completion);
                out += line + QStringLiteral(" -d %1\n").arg(quoted(firstSentence(option.help)));
            }
            out += QStringLiteral(
                "complete -c cronofyctl -n %1 -s h -l help -d 'Print the options of this command'\n")
                       .arg(quoted(condition));
            const QString arguments = argumentKind(command);
            if (!arguments.isEmpty() && arguments != QLatin1String("none")) {
                out += QStringLiteral("complete -c cronofyctl -n %1%2\n")
                           .arg(quoted(condition), fishValues(arguments));
            }
        }
    }
    return out;
}
