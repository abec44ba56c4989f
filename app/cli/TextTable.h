#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Columns aligned with spaces, one row per line, a header first: readable on a terminal and still one record
// per line for grep and awk.
namespace TextTable {
QString format(const QStringList &header, const QList<QStringList> &rows);
}
