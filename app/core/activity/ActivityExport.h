#pragma once

#include "list/ListTypes.h"
#include "registry/TableExport.h"
#include "store/ListStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

// Writes entries of the operation log to CSV or JSON, streamed a page at a time from the list's own
// connection (ListReader): the Activity page's Export… and `cronofyctl log --csv / --json` write the same
// thing. To a file atomically (QSaveFile), or to any device (standard output).
//
// Both formats use the same stable keys (columnKeys(), documented in docs/cronofyctl.md), dates as ISO-8601
// UTC and the outcome as a fixed word (succeeded / failed). The log holds no secret or token, and neither
// does an export of it. CSV cells that a spreadsheet would run as a formula are written with a leading
// apostrophe (messages quote what Cronofy answered); JSON is never altered.
class ActivityExport
{
    Q_DECLARE_TR_FUNCTIONS(ActivityExport)

public:
    using Format = TableExport::Format;
    struct Options
    {
        Format format = Format::Csv;
        // The entries and their order (ActivityModel::exportQuery() or ActivityModel::everyEntry()).
        ListQuery query;
        // Entries written before this are left out (the query is newest first, so reading stops at the
        // first one). Invalid: every entry.
        QDateTime since;
    };
    using Progress = TableExport::Progress;
    using Result = TableExport::Result;

    static QStringList columnKeys();
    // The entry's values in columnKeys() order (dates ISO-8601 UTC, empty when unknown).
    static QStringList fieldsOf(const ListRow &row, const QHash<QString, QString> &applicationNames);

    // Calls `page` with the entries of `options`, a page at a time, until the end or until it returns false.
    // Safe in any thread: reads through a connection of its own.
    static Result read(const ListStoreFactory &stores, const Options &options,
        const std::function<bool(const QList<ListRow> &)> &page);
    static Result write(const ListStoreFactory &stores, const QHash<QString, QString> &applicationNames,
        const Options &options, QIODevice *out, const Progress &progress = {});
    static Result exportTo(const ListStoreFactory &stores, const QHash<QString, QString> &applicationNames,
        const QString &filePath, const Options &options, const Progress &progress = {});
};
