#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// One line of the input that will not be sent, and why.
struct CalendarIdProblem
{
    enum class Kind { Duplicate, Invalid };

    Kind kind = Kind::Invalid;
    int line = 0; // 1-based line of the file (or position on the command line)
    int firstLine = 0; // Duplicate: where the same id appeared first
    QString id; // trimmed, as read
    QString message; // the sentence for a person
};

// The application_calendar_ids of a bulk run, checked before anything is sent.
struct CalendarIdList
{
    QStringList ids; // valid and unique, in input order
    QList<int> lines; // the line of each id
    QList<CalendarIdProblem> duplicates;
    QList<CalendarIdProblem> invalid;
    int entries = 0; // non-empty entries read: ids + duplicates + invalid
    bool csv = false; // read as CSV with a header (else one id per line)
    QString column; // CSV: the header of the column used
    QString error; // the input as a whole cannot be used (unreadable, not UTF-8, an open quote); ids is empty

    bool ok() const { return error.isEmpty(); }
    bool hasProblems() const { return !duplicates.isEmpty() || !invalid.isEmpty(); }
    // Duplicates and invalid ids together, ordered by line.
    QList<CalendarIdProblem> problems() const;
};

// Reads the ids of a bulk run from a file or the command line.
//
// Two shapes are accepted: CSV with a header row, where the column named application_calendar_id is used (any
// case), or else the first column; or plain text with one id per line. Auto detection picks CSV when the
// first non-empty line contains a comma or is the header "application_calendar_id" alone. Every id is
// trimmed, empty lines are skipped, and duplicates and invalid ids (ProvisioningService::validateCalendarId)
// are reported with their line numbers instead of being sent.
class CalendarIdListReader
{
    Q_DECLARE_TR_FUNCTIONS(CalendarIdListReader)

public:
    enum class Format { Auto, Csv, Lines };

    // Larger files are refused: a million ids is already far beyond a day of Cronofy's rate limits.
    static constexpr qint64 maxFileBytes = 64 * 1024 * 1024;

    static CalendarIdList read(const QByteArray &utf8, Format format = Format::Auto);
    static CalendarIdList readFile(const QString &path, Format format = Format::Auto);
    // Ids given one by one (command-line arguments); "line" is the 1-based position.
    static CalendarIdList fromList(const QStringList &ids);

    // The header name looked for in CSV files.
    static QString columnName() { return QStringLiteral("application_calendar_id"); }
};
