#pragma once

#include <QString>

// Writes a realistic kept list for the benchmarks: `applicationCount` applications and `calendarCount`
// calendars (rooms and desks with profile e-mails, one in 97 failed, one in 53 revoked) in one transaction,
// so 100,000 rows take seconds, not minutes. Creates the file (and its schema) through Registry::open.
// Returns false when the registry cannot be opened or written.
bool populateRegistry(const QString &path, int calendarCount, int applicationCount);
