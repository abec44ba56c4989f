#pragma once

#include "list/ListTypes.h"

// The lists of the kept list, as the store's schema (RegistrySchema, version 4) indexes them.
namespace ListSources {

// The calendars, by application: columns in the order of the Column enum below.
const ListSource &calendars();
enum CalendarColumn {
    CalendarRowId,
    CalendarClientId,
    CalendarApplicationCalendarId,
    CalendarSub,
    CalendarProfileId,
    CalendarProfileName,
    CalendarProviderName,
    CalendarScope,
    CalendarProvisionedAt,
    CalendarLastSeenAt,
    CalendarStatus,
    CalendarLastError,
};

// The operation log (Activity), newest first by default: sortable by time and by id.
const ListSource &operations();
enum OperationColumn {
    OperationRowId,
    OperationAt,
    OperationAction,
    OperationTarget,
    OperationOutcome,
    OperationHttpStatus,
    OperationMessage,
};

} // namespace ListSources
