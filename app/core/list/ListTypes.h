#pragma once

#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QVariant>

#include <optional>

// The vocabulary of huge lists drawn a page at a time (docs/kept-list.md): what a list is made of
// (ListSource), what the person asks to see (ListQuery), where a page starts (ListKey) and what comes back
// (ListRow, ListPage). Plain values, copied between the GUI thread and the list's worker thread.

// One column of a listed table, in the order rows carry their values.
struct ListColumn
{
    enum class Kind { Integer, Text };
    QString name; // the SQL column
    Kind kind = Kind::Text;
    // Text order: false = case-insensitive for ASCII letters (SQLite NOCASE; PostgreSQL lower() under the
    // "C" collation), then by UTF-8 bytes; true = by UTF-8 bytes only (code point order).
    bool caseSensitive = false;
    // A NULL sorts as this value (dates unknown: before every date). Only for nullable Integer columns.
    std::optional<qint64> nullSortsAs;
    // The index that orders rows by this column, then by id; empty: this column cannot be sorted.
    QString sortIndex;
    // Whether the search text is looked for in this column.
    bool searched = false;
};

// A table that is listed: its columns (column 0 is the integer id, unique and stable), the indexes that sort
// it, and what the store keeps up to date for it (a substring index, counts).
struct ListSource
{
    QString table;
    QList<ListColumn> columns;
    // A full-text table over the searched columns with SQLite FTS5's trigram tokenizer (rowid = id); empty:
    // none. Searches of 3 or more characters ask it first.
    QString substringIndex;
    // A table of counts kept by triggers: one row per combination of countColumns with its number of rows
    // in column "n". Empty: counts are counted.
    QString countTable;
    QList<int> countColumns;
    // Rows belong to a parent (calendars to an application): the column holding the parent's key, the
    // parent table with its key and name columns, and the index that orders rows by parent then id. Sorting
    // by "parent" orders rows by the parent's name; the search also matches the parent's key and name.
    int parentColumn = -1;
    QString parentTable;
    QString parentKey;
    QString parentName;
    QString parentIndex;

    int columnOf(const QString &name) const;
};

// What the person asks to see.
struct ListQuery
{
    // Sort by the parent's name (then parent key, then id); see ListSource::parentColumn.
    static constexpr int sortByParent = -2;
    // Sort by id.
    static constexpr int sortById = -1;

    QList<QPair<int, QVariant>> equals; // column index -> value the row must have
    QString search; // substring, case-insensitive; trimmed by the list
    int sortColumn = sortById;
    Qt::SortOrder order = Qt::AscendingOrder;

    bool operator==(const ListQuery &other) const = default;
};

// A position in a query's order: the sort values of a row then its id. Empty: before the first row.
using ListKey = QVariantList;

struct ListRow
{
    QVariantList values; // one per ListSource column
    qint64 id() const { return values.value(0).toLongLong(); }
};

// A page of a query's rows.
struct ListPage
{
    int index = 0; // which page: rows [index * pageSize, ...)
    ListKey startAfter; // the page's first row comes after this key
    QList<ListRow> rows;
    ListKey endKey; // the key of the last row (where the next page starts)
    bool atEnd = false; // no row after this page
    bool final = true; // false: a search still running, more rows may come for this page
};

// The order of a query, in C++, exactly as the store's SQL orders it (for rows held in memory).
namespace ListOrder {
// The key of `row` in `query`'s order. `parentName` gives the parent's name for sortByParent.
ListKey keyOf(
    const ListSource &source, const ListQuery &query, const ListRow &row, const QString &parentName = {});
// <0, 0, >0 as a sorts before, with or after b, ascending.
int compareKeys(const ListSource &source, const ListQuery &query, const ListKey &a, const ListKey &b);
// The order of two texts by the source's rules (see ListColumn::caseSensitive).
int compareText(const QString &a, const QString &b, bool caseSensitive);
} // namespace ListOrder

Q_DECLARE_METATYPE(ListQuery)
Q_DECLARE_METATYPE(ListPage)
Q_DECLARE_METATYPE(QList<ListPage>)
