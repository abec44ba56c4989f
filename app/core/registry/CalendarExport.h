#pragma once

#include "registry/RegistryTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Registry;

// Writes calendars of the kept list to a CSV or JSON file, atomically (QSaveFile: a failed export never
// leaves a half-written file in place of an earlier one).
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
    enum class Format { Csv, Json };
    struct Options
    {
        Format format = Format::Csv;
        QString clientId; // one application's calendars; empty: every application
        std::optional<QList<qint64>>
            onlyIds; // only these rows (CalendarFilterModel::visibleIds()), in this order
        bool guardFormulas = true; // CSV only, see above
    };

    static QStringList columnKeys();
    static QByteArray toCsv(const QList<CalendarRecord> &calendars,
        const QHash<QString, QString> &applicationNames, bool guardFormulas = true);
    static QByteArray toJson(
        const QList<CalendarRecord> &calendars, const QHash<QString, QString> &applicationNames);

    // Returns an empty string on success, else a sentence that says what to do. *written: rows written.
    static QString exportTo(
        const Registry &registry, const QString &filePath, const Options &options, int *written = nullptr);
};
