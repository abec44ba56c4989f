#include "DataCenterOption.h"

#include "CliContext.h"
#include "SubcommandParser.h"

std::optional<DataCenter> DataCenterOption::read(const SubcommandParser &parser, int *exitCode)
{
    if (!parser.isSet(QStringLiteral("data-center"))) {
        *exitCode
            = parser.usageError(Cli::tr("Say which data center with --data-center (us, au, ca, de, sg or "
                                        "uk)."));
        return std::nullopt;
    }
    QString problem;
    const auto dataCenter = DataCenter::parse(parser.value(QStringLiteral("data-center")), &problem);
    if (!dataCenter) {
        *exitCode = parser.usageError(problem);
        return std::nullopt;
    }
    return dataCenter;
}
