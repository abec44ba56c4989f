#include "registry/Csv.h"

#include <QStringDecoder>

QString Csv::quoteField(const QString &field)
{
    // A field that starts with U+FEFF is quoted, so that as the file's first bytes it is not read back as a
    // byte order mark and dropped (found by fuzz_csv).
    bool needsQuotes = field.startsWith(QLatin1Char(' ')) || field.endsWith(QLatin1Char(' '))
        || field.startsWith(QChar(0xFEFF));
    for (const QChar c : field) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\r')
            || c == QLatin1Char('\n')) {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray Csv::formatRow(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += quoteField(fields.at(i));
    }
    line += QStringLiteral("\r\n");
    return line.toUtf8();
}

namespace {

bool isFormulaStart(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
        || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

// A field a spreadsheet would run as a formula, or one that only looks guarded already ("'-2" is someone's
// text, not a guarded "-2"): both get a leading apostrophe, so unguardFormula(guardFormula(x)) == x always.
// Iterative, not recursive: a field of many apostrophes must not exhaust the stack.
bool needsGuard(const QString &field)
{
    qsizetype i = 0;
    while (i < field.size() && field.at(i) == QLatin1Char('\''))
        ++i;
    return i < field.size() && isFormulaStart(field.at(i));
}

} // namespace

QString Csv::guardFormula(const QString &field)
{
    return needsGuard(field) ? QLatin1Char('\'') + field : field;
}

QString Csv::unguardFormula(const QString &field)
{
    if (field.size() >= 2 && field.front() == QLatin1Char('\'') && needsGuard(field.mid(1)))
        return field.mid(1);
    return field;
}

Csv::Table Csv::parse(const QByteArray &data)
{
    Table table;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError()) {
        table.error
            = tr("The file is not UTF-8 text. Save it as \"CSV UTF-8\" from your spreadsheet, then try "
                 "again.");
        table.errorLine = 1;
        return table;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    QStringList record;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool afterClosingQuote = false;
    int line = 1;
    int quoteStartLine = 0;

    auto endField = [&]() {
        record.append(field);
        field.clear();
        fieldWasQuoted = false;
        afterClosingQuote = false;
    };
    auto endRecord = [&]() {
        endField();
        // A line with nothing on it is skipped, not read as one empty field.
        if (!(record.size() == 1 && record.constFirst().isEmpty()))
            table.rows.append(record);
        record.clear();
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                    afterClosingQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n')
                    || (c == QLatin1Char('\r') && !(i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
        } else if (c == QLatin1Char('"')) {
            if (field.isEmpty() && !fieldWasQuoted) {
                inQuotes = true;
                fieldWasQuoted = true;
                quoteStartLine = line;
            } else {
                table.error
                    = tr("Line %1 has a quote in the middle of a field. Put the whole field in quotes "
                         "and double the quotes inside it (\"\"), then try again.")
                          .arg(line);
                table.errorLine = line;
                return table;
            }
        } else {
            if (afterClosingQuote) {
                table.error = tr("Line %1 has text after the closing quote of a field. Put a comma after the "
                                 "quote, or the text inside the quotes, then try again.")
                                  .arg(line);
                table.errorLine = line;
                return table;
            }
            field += c;
        }
    }
    if (inQuotes) {
        table.error = tr("The file ends inside a quoted field that starts on line %1. Add the closing quote, "
                         "then try again.")
                          .arg(quoteStartLine);
        table.errorLine = quoteStartLine;
        return table;
    }
    if (!field.isEmpty() || !record.isEmpty() || fieldWasQuoted)
        endRecord();
    return table;
}
