#pragma once

#include "list/ListTypes.h"
#include "registry/RegistryTypes.h"
#include "registry/TableExport.h"
#include "store/ListStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;
class Registry;

// Writes calendars of the kept list to CSV or JSON, streamed: a page of rows at a time from the list's own
// connection (ListReader), so memory stays bounded whatever the list holds. To a file atomically (QSaveFile:
// a failed or cancelled export never leaves a half-written file in place of an earlier one), or to any
// device (cronofyctl's standard output).
//
// Both formats use the same stable keys (columnKeys()), dates as ISO-8601 UTC ("2026-11-23T09:30:00Z", empty
// or null when unknown) and status as a fixed word (active / revoked / failed), so scripts can rely on them.
//
// Formula injection (CSV only): profile names come from the calendar's owner, not from the admin, and a
// spreadsheet runs a cell starting with = + - @ as a formula. So by default such a field is written with a
// leading apostrophe, which spreadsheets treat as "this is text". The admin sees the value, never a formula
// running on their machine; an id that really starts with "-" shows as '-id. Csv::unguardFormula() removes
// the apostrophe again when a file is read back (the bulk import does), and guardFormulas = false writes
// the raw values for scripts. JSON is never altered.
class CalendarExport
{
    Q_DECLARE_TR_FUNCTIONS(CalendarExport)

public:
    using Format = TableExport::Format;
    struct Options
    {
        Format format = Format::Csv;
        // The rows and their order: a CalendarsModel's query (search, filters, sort), or every calendar by
        // id.
        ListQuery query;
        bool guardFormulas = true; // CSV only, see above
    };
    using Progress = TableExport::Progress;
    using Result = TableExport::Result;

    static QStringList columnKeys();
    // The query that lists one application's calendars (or all of them) by id.
    static ListQuery byId(const QString &clientId = {});

    // Calls `page` with the calendars of `query`, a page at a time, in order, until the end or until it
    // returns false (then Result::cancelled). Safe in any thread: reads through a connection of its own.
    static Result read(const ListStoreFactory &stores, const ListQuery &query,
        const std::function<bool(const QList<CalendarRecord> &)> &page);
    // Safe in any thread: reads through a connection of its own (from Registry::listStores()).
    static Result exportTo(const ListStoreFactory &stores, const QHash<QString, QString> &applicationNames,
        const QString &filePath, const Options &options, const Progress &progress = {});
    static Result write(const ListStoreFactory &stores, const QHash<QString, QString> &applicationNames,
        const Options &options, QIODevice *out, const Progress &progress = {});
    // The same, from the registry's thread.
    static Result exportTo(const Registry &registry, const QString &filePath, const Options &options);
};
