#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Columns aligned with spaces, one row per line, a header first: readable on a terminal and still one record
// per line for grep and awk.
namespace TextTable {
QString format(const QStringList &header, const QList<QStringList> &rows);
}

// Help texts: `text` broken into lines of at most `width` characters at spaces; every line after the first
// starts with `indent` spaces (the first line's start is the caller's).
namespace HelpText {
QString wrap(const QString &text, qsizetype width, qsizetype indent);
}
