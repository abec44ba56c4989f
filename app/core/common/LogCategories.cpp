#include "common/LogCategories.h"

Q_LOGGING_CATEGORY(lcApi, "cronofy.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "cronofy.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRegistry, "cronofy.registry", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBulk, "cronofy.bulk", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "cronofy.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "cronofy.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "cronofy.cli", QtInfoMsg)
