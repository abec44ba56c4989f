#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

// What the calendar and activity exports share: a table of text fields written as its pages come, either as
// CSV (a header row of keys, then one row per record) or as one JSON array of objects under those keys; and
// a file written atomically (QSaveFile: a failed or cancelled export never leaves a half-written file in
// place of an earlier one).
namespace TableExport {

enum class Format { Csv, Json };

// After each page: the records written so far. Returning false cancels.
using Progress = std::function<bool(qint64 written)>;

struct Result
{
    QString error; // a sentence that says what to do; empty on success or cancel
    bool cancelled = false;
    qint64 written = 0;
    bool ok() const { return error.isEmpty() && !cancelled; }
};

class Writer
{
public:
    // `jsonValue`: a field's value in JSON, by its key (a number, null for an unknown date...); CSV writes
    // the text. `guardFormulas`: CSV cells a spreadsheet would run as a formula get a leading apostrophe
    // (Csv::guardFormula); JSON is never altered.
    Writer(QIODevice *out, Format format, const QStringList &keys,
        std::function<QJsonValue(const QString &key, const QString &field)> jsonValue, bool guardFormulas);

    // The header (CSV) or the array's opening (JSON).
    bool begin();
    // One page of records, each its fields in the keys' order.
    bool add(const QList<QStringList> &records);
    // The array's end (JSON).
    bool finish();
    // Whether a write failed (then nothing more is written).
    bool failed() const { return m_failed; }

private:
    bool put(const QByteArray &bytes);

    QIODevice *m_out;
    Format m_format;
    QStringList m_keys;
    std::function<QJsonValue(const QString &, const QString &)> m_jsonValue;
    bool m_guardFormulas;
    bool m_first = true;
    bool m_failed = false;
};

// Streams the records `read` gives (it calls its sink with each page, the sink returning false to stop) into
// `out` through a Writer, with `progress` after each page. A failed write ends the read and gives
// "Writing failed (…)".
Result write(QIODevice *out, Writer &writer, const Progress &progress,
    const std::function<Result(const std::function<bool(const QList<QStringList> &)> &sink)> &read);

// Writes `filePath` atomically with `write`. On failure the file is left as it was and Result::error holds
// what went wrong (the caller makes it a sentence); `written` is 0 unless the export was cancelled.
Result toFile(const QString &filePath, const std::function<Result(QIODevice *out)> &write);

} // namespace TableExport
