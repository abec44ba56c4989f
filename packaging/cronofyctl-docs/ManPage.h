#pragma once

#include "CommandTable.h"

#include <QString>

namespace ManPage {

// Fills the template (docs/man/cronofyctl.1.in, version already configured): the line `.\" %COMMANDS%`
// becomes a section per command (synopsis, description, options, arguments) and `.\" %EXIT_STATUS%` the
// exit codes. Returns an empty string and sets *error when a marker is missing.
QString render(const QString &templateText, const CliTable::Table &table, QString *error);

} // namespace ManPage
