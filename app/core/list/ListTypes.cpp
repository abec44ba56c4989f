#include "list/ListTypes.h"

#include <cstring>

int ListSource::columnOf(const QString &name) const
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).name == name)
            return int(i);
    }
    return -1;
}

namespace ListOrder {

int compareText(const QString &a, const QString &b, bool caseSensitive)
{
    // SQLite's NOCASE folds A-Z only, then compares bytes; UTF-8 byte order is code point order.
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    const qsizetype n = std::min(x.size(), y.size());
    for (qsizetype i = 0; i < n; ++i) {
        uchar p = uchar(x.at(i));
        uchar q = uchar(y.at(i));
        if (!caseSensitive) {
            p = p >= 'A' && p <= 'Z' ? uchar(p + ('a' - 'A')) : p;
            q = q >= 'A' && q <= 'Z' ? uchar(q + ('a' - 'A')) : q;
        }
        if (p != q)
            return p < q ? -1 : 1;
    }
    return x.size() < y.size() ? -1 : x.size() > y.size() ? 1 : 0;
}

ListKey keyOf(const ListSource &source, const ListQuery &query, const ListRow &row, const QString &parentName)
{
    const QVariant id = row.values.value(0);
    if (query.sortColumn == ListQuery::sortByParent)
        return {parentName, row.values.value(source.parentColumn).toString(), id};
    if (query.sortColumn < 0)
        return {id};
    const ListColumn &column = source.columns.at(query.sortColumn);
    QVariant value = row.values.value(query.sortColumn);
    if (value.isNull() && column.nullSortsAs)
        value = *column.nullSortsAs;
    return {value, id};
}

int compareKeys(const ListSource &source, const ListQuery &query, const ListKey &a, const ListKey &b)
{
    auto number = [](const QVariant &x, const QVariant &y) {
        const qint64 p = x.toLongLong();
        const qint64 q = y.toLongLong();
        return p < q ? -1 : int(p > q);
    };
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    int c = 0;
    if (query.sortColumn == ListQuery::sortByParent && a.size() == 3) {
        c = compareText(a.at(0).toString(), b.at(0).toString(), false);
        if (c == 0)
            c = compareText(a.at(1).toString(), b.at(1).toString(), true);
    } else if (query.sortColumn >= 0 && a.size() == 2) {
        const ListColumn &column = source.columns.at(query.sortColumn);
        c = column.kind == ListColumn::Kind::Integer
            ? number(a.at(0), b.at(0))
            : compareText(a.at(0).toString(), b.at(0).toString(), column.caseSensitive);
    }
    if (c == 0 && !a.isEmpty())
        c = number(a.constLast(), b.constLast());
    return c;
}

} // namespace ListOrder
