#pragma once

#include "api/DataCenter.h"

#include <optional>

class SubcommandParser;

// --data-center DC: us au ca de sg uk, or a base URL (https, or plain http on a loopback host only).
namespace DataCenterOption {
// Reads and checks it; on a problem prints the sentence and sets *exitCode to 1.
std::optional<DataCenter> read(const SubcommandParser &parser, int *exitCode);
} // namespace DataCenterOption
