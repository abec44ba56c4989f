#pragma once

#include <QString>

class CliContext;
class SubcommandParser;

// --app CLIENT_ID: an application in the list.
namespace AppOption {
// Opens the list and checks the application is in it; on a problem prints the sentence, sets *exitCode and
// returns false.
bool read(CliContext &context, const SubcommandParser &parser, QString *clientId, int *exitCode);
} // namespace AppOption
