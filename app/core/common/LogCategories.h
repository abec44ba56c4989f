#pragma once

#include <QLoggingCategory>

// Every log line of the project goes through one of these categories. None may carry a secret or a token:
// log the client_id, the application_calendar_id or the sub, never a client_secret, key or token.
Q_DECLARE_LOGGING_CATEGORY(lcApi) // cronofy.api: requests and replies (method, path, status)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets) // cronofy.secrets: keychain jobs (key names only)
Q_DECLARE_LOGGING_CATEGORY(lcRegistry) // cronofy.registry: the SQLite list
Q_DECLARE_LOGGING_CATEGORY(lcBulk) // cronofy.bulk: bulk provisioning and pacing
Q_DECLARE_LOGGING_CATEGORY(lcSandbox) // cronofy.sandbox: the local server
Q_DECLARE_LOGGING_CATEGORY(lcUi) // cronofy.ui: the window
Q_DECLARE_LOGGING_CATEGORY(lcCli) // cronofy.cli: cronofyctl
