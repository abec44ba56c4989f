#pragma once

#include "list/ListTypes.h"

// The lists of the kept list, as the store's schema (RegistrySchema) indexes them.
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

// The operation log (Activity, schema version 5): sortable by time (then id) and by id. The page lists one
// level at a time (equals on OperationParentRun: "" for the runs and single operations, a run's id for its
// failures); its application is the parent, so a search also finds an application's name.
const ListSource &operations();
enum OperationColumn {
    OperationRowId,
    OperationAt,
    OperationAction,
    OperationTarget,
    OperationOutcome,
    OperationHttpStatus,
    OperationMessage,
    OperationClientId,
    OperationCalendar,
    OperationDataCenter,
    OperationAccount,
    OperationRunId,
    OperationParentRun,
    OperationSucceededCount,
    OperationFailedCount,
    OperationSkippedCount,
    OperationNotStartedCount,
};

} // namespace ListSources
