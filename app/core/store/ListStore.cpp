#include "store/ListStore.h"

#include <QStringList>

#include <algorithm>

QString ListStore::columnList(const ListSource &source)
{
    QStringList names;
    for (const ListColumn &column : source.columns)
        names.append(column.name);
    return names.join(QStringLiteral(", "));
}

QString ListStore::filters(const ListSource &source, const ListQuery &query, QVariantList *binds)
{
    QStringList terms;
    for (const auto &[column, value] : query.equals) {
        terms.append(source.columns.at(column).name + QStringLiteral(" = ?"));
        binds->append(value);
    }
    return terms.join(QStringLiteral(" AND "));
}

QString ListStore::where(const QStringList &terms)
{
    QStringList kept;
    for (const QString &t : terms) {
        if (!t.isEmpty())
            kept.append(t);
    }
    return kept.isEmpty() ? QString() : QStringLiteral(" WHERE ") + kept.join(QStringLiteral(" AND "));
}

bool ListStore::rowsByParent(const ListSource &source, const ListQuery &query, const ListKey &after,
    int limit, QList<ListRow> *rows, const std::function<bool(const QString &, const QVariant &, int)> &read)
{
    // Parents in name order, each parent's rows by id: the rows of one parent are one index range.
    const bool ascending = query.order == Qt::AscendingOrder;
    QList<QPair<QString, QString>> ordered = parents(source);
    if (!ascending)
        std::reverse(ordered.begin(), ordered.end());
    qsizetype first = 0;
    if (after.size() == 3) {
        auto before = [&](const QPair<QString, QString> &p) {
            int c = ListOrder::compareText(p.second, after.at(0).toString(), false);
            if (c == 0)
                c = ListOrder::compareText(p.first, after.at(1).toString(), true);
            return ascending ? c < 0 : c > 0;
        };
        while (first < ordered.size() && before(ordered.at(first)))
            ++first;
    }
    for (qsizetype i = first; i < ordered.size() && rows->size() < limit; ++i) {
        const QString &parent = ordered.at(i).first;
        const QVariant afterId
            = after.size() == 3 && parent == after.at(1).toString() ? after.at(2) : QVariant();
        if (!read(parent, afterId, limit - int(rows->size())))
            return false;
    }
    return true;
}
