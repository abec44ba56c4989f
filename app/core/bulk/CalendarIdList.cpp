#include "bulk/CalendarIdList.h"

#include "registry/Csv.h"
#include "service/ProvisioningService.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>

#include <algorithm>

namespace {

struct Record
{
    int line = 0; // where the record starts (a quoted field may span lines)
    QStringList fields;
    bool quoted = false; // a field was written in quotes: "" is an entry, even an empty one
};

// RFC 4180, leniently: a quote inside an unquoted field is kept as text; CRLF, LF and CR all end a record.
// Returns false and sets errorLine for a quoted field that never ends.
bool parseCsv(const QString &text, QList<Record> *records, int *errorLine)
{
    Record current;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    int line = 1;
    int quoteLine = 0;
    current.line = 1;
    const qsizetype n = text.size();
    auto endField = [&] {
        current.fields.append(field);
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRecord = [&](int nextLine) {
        endField();
        records->append(current);
        current = Record();
        current.line = nextLine;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n')
                    || (c == QLatin1Char('\r') && !(i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.trimmed().isEmpty() && !fieldWasQuoted) {
            field.clear(); // spaces before an opening quote are not part of the value
            inQuotes = true;
            fieldWasQuoted = true;
            current.quoted = true;
            quoteLine = line;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++line;
            endRecord(line);
        } else {
            field.append(c);
        }
    }
    if (inQuotes) {
        *errorLine = quoteLine;
        return false;
    }
    if (!field.isEmpty() || !current.fields.isEmpty())
        endRecord(line);
    return true;
}

// A line with nothing on it. A quoted empty value ("") is not blank: someone wrote it, so it is reported.
bool isBlank(const Record &record)
{
    return !record.quoted && std::all_of(record.fields.cbegin(), record.fields.cend(), [](const QString &f) {
        return f.trimmed().isEmpty();
    });
}

QString firstNonEmptyLine(const QString &text)
{
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = start;
        while (end < text.size() && text.at(end) != QLatin1Char('\n') && text.at(end) != QLatin1Char('\r'))
            ++end;
        const QString line = text.mid(start, end - start).trimmed();
        if (!line.isEmpty())
            return line;
        start = end + 1;
    }
    return {};
}

// Adds one id (or its problem) to the list.
class Collector
{
public:
    explicit Collector(CalendarIdList *list)
        : m_list(list)
    { }

    void add(const QString &raw, int line, const QString &emptyMessage = {})
    {
        const QString id = raw.trimmed();
        ++m_list->entries;
        CalendarIdProblem problem;
        problem.line = line;
        problem.id = id;
        if (id.isEmpty() && !emptyMessage.isEmpty()) {
            problem.message = emptyMessage;
            m_list->invalid.append(problem);
            return;
        }
        const ServiceError error = ProvisioningService::validateCalendarId(id);
        if (!error.ok()) {
            problem.message = error.message();
            m_list->invalid.append(problem);
            return;
        }
        const auto seen = m_firstLine.constFind(id);
        if (seen != m_firstLine.cend()) {
            problem.kind = CalendarIdProblem::Kind::Duplicate;
            problem.firstLine = seen.value();
            problem.message = CalendarIdListReader::tr("Listed already on line %1; it is provisioned once.")
                                  .arg(seen.value());
            m_list->duplicates.append(problem);
            return;
        }
        m_firstLine.insert(id, line);
        m_list->ids.append(id);
        m_list->lines.append(line);
    }

private:
    CalendarIdList *m_list;
    QHash<QString, int> m_firstLine;
};

CalendarIdList readCsv(const QString &text)
{
    CalendarIdList list;
    list.csv = true;
    QList<Record> records;
    int errorLine = 0;
    if (!parseCsv(text, &records, &errorLine)) {
        list.error
            = CalendarIdListReader::tr("The quotation mark opened on line %1 is never closed, so the file "
                                       "cannot be read as CSV. Fix the quotes on that line and try again.")
                  .arg(errorLine);
        return list;
    }
    qsizetype header = 0;
    while (header < records.size() && isBlank(records.at(header)))
        ++header;
    if (header == records.size())
        return list;
    const QStringList names = records.at(header).fields;
    qsizetype column = 0;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (names.at(i).trimmed().compare(CalendarIdListReader::columnName(), Qt::CaseInsensitive) == 0) {
            column = i;
            break;
        }
    }
    list.column = names.value(column).trimmed();
    const QString emptyMessage = CalendarIdListReader::tr("This row has no calendar ID in the column \"%1\". "
                                                          "Add one, or delete the row.")
                                     .arg(list.column);
    Collector collector(&list);
    for (qsizetype r = header + 1; r < records.size(); ++r) {
        const Record &record = records.at(r);
        if (isBlank(record))
            continue;
        // Our own exports guard values that look like formulas with an apostrophe: read them back as they
        // were.
        collector.add(Csv::unguardFormula(record.fields.value(column).trimmed()), record.line, emptyMessage);
    }
    return list;
}

CalendarIdList readLines(const QString &text)
{
    CalendarIdList list;
    Collector collector(&list);
    int line = 0;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = start;
        while (end < text.size() && text.at(end) != QLatin1Char('\n') && text.at(end) != QLatin1Char('\r'))
            ++end;
        ++line;
        const QString value = text.mid(start, end - start);
        if (!value.trimmed().isEmpty())
            collector.add(value, line);
        if (end < text.size() && text.at(end) == QLatin1Char('\r') && end + 1 < text.size()
            && text.at(end + 1) == QLatin1Char('\n'))
            ++end;
        start = end + 1;
    }
    return list;
}

} // namespace

QList<CalendarIdProblem> CalendarIdList::problems() const
{
    QList<CalendarIdProblem> all = invalid + duplicates;
    std::stable_sort(all.begin(), all.end(),
        [](const CalendarIdProblem &a, const CalendarIdProblem &b) { return a.line < b.line; });
    return all;
}

CalendarIdList CalendarIdListReader::read(const QByteArray &utf8, Format format)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(utf8);
    if (decoder.hasError()) {
        CalendarIdList list;
        list.error
            = tr("The file is not UTF-8 text. Save it as \"CSV UTF-8\" or plain UTF-8 text and try again.");
        return list;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1); // the byte order mark spreadsheet programs write
    if (format == Format::Auto) {
        const QString first = firstNonEmptyLine(text);
        format = first.contains(QLatin1Char(',')) || first.compare(columnName(), Qt::CaseInsensitive) == 0
            ? Format::Csv
            : Format::Lines;
    }
    return format == Format::Csv ? readCsv(text) : readLines(text);
}

CalendarIdList CalendarIdListReader::readFile(const QString &path, Format format)
{
    CalendarIdList list;
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        list.error = file.exists()
            ? tr("The file \"%1\" cannot be read (%2). Check its permissions and try again.")
                  .arg(name, file.errorString())
            : tr("There is no file \"%1\". Check the name and the folder and try again.").arg(path);
        return list;
    }
    if (file.size() > maxFileBytes) {
        list.error = tr("The file \"%1\" is too large (%2 MB). Split it into files of at most %3 MB.")
                         .arg(name)
                         .arg(file.size() / (1024 * 1024))
                         .arg(maxFileBytes / (1024 * 1024));
        return list;
    }
    const QByteArray data = file.read(maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        list.error = tr("The file \"%1\" cannot be read (%2). Check it and try again.")
                         .arg(name, file.errorString());
        return list;
    }
    return read(data, format);
}

CalendarIdList CalendarIdListReader::fromList(const QStringList &ids)
{
    CalendarIdList list;
    Collector collector(&list);
    int position = 0;
    for (const QString &id : ids)
        collector.add(id, ++position);
    return list;
}
