#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// RFC 4180 comma-separated values, UTF-8.
//
// Writing: CRLF line ends; a field is quoted when it holds a comma, a quote, CR or LF (or starts or ends
// with a space, which spreadsheets would trim), and its quotes are doubled.
// Reading: quoted fields with embedded commas, doubled quotes and line breaks; CRLF, LF or CR line ends;
// a leading UTF-8 byte order mark is skipped. The bulk worker reads lists of application_calendar_ids
// with it, so a damaged file gives a sentence that names the line, never a crash or a guess.
class Csv
{
    Q_DECLARE_TR_FUNCTIONS(Csv)

public:
    // One record, CRLF-terminated.
    static QByteArray formatRow(const QStringList &fields);
    static QString quoteField(const QString &field);

    // Spreadsheets run a cell that starts with = + - @ (or a tab or CR) as a formula. guardFormula()
    // prefixes such a value with an apostrophe, which a spreadsheet shows as text and hides;
    // unguardFormula() undoes it for files read back (see CalendarExport for when it is used).
    static QString guardFormula(const QString &field);
    static QString unguardFormula(const QString &field);

    struct Table
    {
        QList<QStringList> rows; // every record, the header row included
        QString error; // a sentence; empty when the whole file was read
        int errorLine = 0; // 1-based line where the problem starts
        bool ok() const { return error.isEmpty(); }
    };
    // Parses a whole file. Empty lines are skipped. On an error, rows holds the records before it.
    static Table parse(const QByteArray &data);
};
