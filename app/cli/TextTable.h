#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Columns aligned with spaces, one row per line, a header first: readable on a terminal and still one record
// per line for grep and awk.
namespace TextTable {
QString format(const QStringList &header, const QList<QStringList> &rows);
// For a table printed a page at a time: the widths the header and these rows need, and the lines (each
// ending with a newline; no header line when `header` is empty) with those widths (a longer cell is
// printed whole and pushes the rest of its line).
QList<qsizetype> widths(const QStringList &header, const QList<QStringList> &rows);
QString format(const QStringList &header, const QList<QStringList> &rows, const QList<qsizetype> &widths);
} // namespace TextTable

// Help texts: `text` broken into lines of at most `width` characters at spaces; every line after the first
// starts with `indent` spaces (the first line's start is the caller's).
namespace HelpText {
QString wrap(const QString &text, qsizetype width, qsizetype indent);
}
