#include "DataCenterOption.h"

#include "CliContext.h"
#include "SubcommandParser.h"

QCommandLineOption DataCenterOption::option()
{
    return QCommandLineOption(QStringList {QStringLiteral("data-center"), QStringLiteral("d")},
        Cli::tr("The Cronofy data center: us, au, ca, de, sg or uk, or a base URL such as "
                "http://127.0.0.1:8080 for a local sandbox."),
        QStringLiteral("DC"));
}

std::optional<DataCenter> DataCenterOption::read(
    SubcommandParser &parser, const QCommandLineOption &option, int *exitCode)
{
    if (!parser.parser().isSet(option)) {
        *exitCode
            = parser.usageError(Cli::tr("Say which data center with --data-center (us, au, ca, de, sg or "
                                        "uk)."));
        return std::nullopt;
    }
    QString problem;
    const auto dataCenter = DataCenter::parse(parser.parser().value(option), &problem);
    if (!dataCenter) {
        *exitCode = parser.usageError(problem);
        return std::nullopt;
    }
    return dataCenter;
}
