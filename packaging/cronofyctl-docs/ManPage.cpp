#include "ManPage.h"

namespace {

// Text for roff: a backslash is \e, and a line must not start with a control character.
QString text(const QString &plain)
{
    QString out = plain;
    out.replace(QLatin1Char('\\'), QLatin1String("\\e"));
    if (out.startsWith(QLatin1Char('.')) || out.startsWith(QLatin1Char('\'')))
        out.prepend(QLatin1String("\\&"));
    return out;
}

// Command-line words: every hyphen is a minus sign, so the page can be copied into a shell.
QString code(const QString &plain)
{
    QString out = text(plain);
    out.replace(QLatin1Char('-'), QLatin1String("\\-"));
    return out;
}

QString optionLine(const CliTable::Option &option)
{
    QString line;
    if (!option.shortName.isEmpty())
        line += QStringLiteral("\\fB\\-%1\\fR, ").arg(code(option.shortName));
    line += QStringLiteral("\\fB\\-\\-%1\\fR").arg(code(option.name));
    if (!option.valueName.isEmpty())
        line += QStringLiteral(" \\fI%1\\fR").arg(code(option.valueName));
    return line;
}

QString commands(const CliTable::Table &table)
{
    QString out = QStringLiteral(".SH COMMANDS\n");
    for (const CliTable::Group &group : table.groups) {
        for (const CliTable::Command &command : group.commands) {
            out += QStringLiteral(".SS \"%1\"\n").arg(code(command.name));
            out += QStringLiteral(".B cronofyctl %1\n").arg(code(command.name));
            if (!command.synopsis.isEmpty())
                out += code(command.synopsis) + QLatin1Char('\n');
            out += QStringLiteral(".PP\n") + text(command.description) + QLatin1Char('\n');
            for (const CliTable::Option &option : command.options) {
                out += QStringLiteral(".TP\n") + optionLine(option) + QLatin1Char('\n');
                out += text(option.help);
                if (option.repeatable)
                    out += QStringLiteral(" May be given more than once.");
                out += QLatin1Char('\n');
            }
            for (const CliTable::Argument &argument : command.arguments) {
                out += QStringLiteral(".TP\n\\fI%1\\fR%2\n")
                           .arg(code(argument.name), argument.repeatable ? QStringLiteral("...") : QString());
                out += text(argument.help) + QLatin1Char('\n');
            }
            out += QStringLiteral(
                ".TP\n\\fB\\-h\\fR, \\fB\\-\\-help\\fR\nPrint the options of this command.\n");
        }
    }
    return out;
}

QString exitStatus(const CliTable::Table &table)
{
    QString out = QStringLiteral(".SH \"EXIT STATUS\"\n");
    for (const CliTable::ExitCode &exitCode : table.exitCodes) {
        QString meaning = text(exitCode.meaning);
        if (!meaning.isEmpty())
            meaning[0] = meaning.at(0).toUpper();
        if (!meaning.endsWith(QLatin1Char('.')))
            meaning += QLatin1Char('.');
        out += QStringLiteral(".TP\n.B %1\n%2\n").arg(exitCode.code).arg(meaning);
    }
    return out;
}

} // namespace

QString ManPage::render(const QString &templateText, const CliTable::Table &table, QString *error)
{
    const QString commandsMarker = QStringLiteral(".\\\" %COMMANDS%\n");
    const QString exitMarker = QStringLiteral(".\\\" %EXIT_STATUS%\n");
    if (!templateText.contains(commandsMarker) || !templateText.contains(exitMarker)) {
        *error = QStringLiteral("the man page template lacks the line %1 or %2")
                     .arg(commandsMarker.trimmed(), exitMarker.trimmed());
        return {};
    }
    QString page = templateText;
    page.replace(commandsMarker, commands(table));
    page.replace(exitMarker, exitStatus(table));
    return page;
}
