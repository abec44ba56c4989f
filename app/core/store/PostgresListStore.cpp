#include "store/PostgresListStore.h"

#include "common/LogCategories.h"
#include "postgres/PostgresConnection.h"
#include "postgres/PostgresSchema.h"

#include <QAtomicInt>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

QAtomicInt connectionCounter;

// A key's sort value, bound as the column's sort expression computes it.
QString boundExpression(const ListColumn &column)
{
    if (column.kind == ListColumn::Kind::Integer)
        return QStringLiteral("?::bigint");
    return column.caseSensitive ? QStringLiteral("?::text COLLATE \"C\"")
                                : QStringLiteral("lower(?::text) COLLATE \"C\"");
}

// The searched columns as PostgresSchema's trigram index is written: "a || ' ' || b || ' ' || c".
QString searchedText(const ListSource &source)
{
    QStringList names;
    for (const ListColumn &column : source.columns) {
        if (column.searched)
            names.append(column.name);
    }
    return names.join(QStringLiteral(" || ' ' || "));
}

// "%needle%" for ILIKE, its wildcards escaped: the substring, any case.
QString likePattern(const QString &needle)
{
    QString pattern = needle;
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + pattern + QLatin1Char('%');
}

// "(a || ' ' || b) ILIKE ?": served by pg_trgm's index; its bind is likePattern(needle).
QString matchTerm(const ListSource &source)
{
    return QStringLiteral("(%1) ILIKE ?").arg(searchedText(source));
}

} // namespace

PostgresListStore::PostgresListStore(
    const PostgresAddress &address, const QString &password, int connectTimeoutSeconds)
    : m_address(address)
    , m_password(password)
    , m_timeout(connectTimeoutSeconds)
    , m_connection(QStringLiteral("shared-list-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{ }

PostgresListStore::~PostgresListStore()
{
    PostgresConnection::close(m_connection);
}

QString PostgresListStore::sortExpression(const ListColumn &column)
{
    if (column.kind == ListColumn::Kind::Integer)
        return column.nullSortsAs
            ? QStringLiteral("coalesce(%1, %2)").arg(column.name).arg(*column.nullSortsAs)
            : column.name;
    return column.caseSensitive ? column.name + QStringLiteral(" COLLATE \"C\"")
                                : QStringLiteral("lower(%1) COLLATE \"C\"").arg(column.name);
}

bool PostgresListStore::open(QString *error)
{
    RegistryError failed;
    if (!PostgresConnection::open(m_connection, m_address, m_password, &failed, m_timeout)) {
        *error = failed.message();
        return false;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    m_trigram
        = q.exec(QStringLiteral("SELECT 1 FROM pg_indexes WHERE indexname = 'calendars_search'")) && q.next();
    return listen();
}

bool PostgresListStore::listen()
{
    QSqlDriver *driver = QSqlDatabase::database(m_connection, false).driver();
    if (!driver || !driver->subscribeToNotification(QString::fromLatin1(PostgresSchema::changeChannel))) {
        qCWarning(lcRegistry) << "the list cannot listen for changes to the shared list";
        return true; // it still reads; this process's own writes refresh it
    }
    QObject::connect(driver, &QSqlDriver::notification, &m_context, [this] { ++m_notifications; });
    return true;
}

void PostgresListStore::setCancelCheck(std::function<bool()> cancelled)
{
    m_cancelled = std::move(cancelled);
}

bool PostgresListStore::run(const QString &sql, const QVariantList &binds, int columns, QList<ListRow> *rows)
{
    for (int attempt = 0;; ++attempt) {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.setForwardOnly(true);
        bool ok = q.prepare(sql);
        for (const QVariant &value : binds)
            q.addBindValue(value);
        ok = ok && q.exec();
        QList<ListRow> read;
        while (ok && q.next()) {
            ListRow row;
            row.values.reserve(columns);
            for (int c = 0; c < columns; ++c)
                row.values.append(q.value(c));
            read.append(std::move(row));
        }
        if (ok && !q.lastError().isValid()) {
            rows->append(std::move(read));
            return true;
        }
        const QSqlError error = q.lastError();
        RegistryError reopened;
        const bool lost = !QSqlDatabase::database(m_connection, false).isOpen()
            || PostgresConnection::isConnectionLost(error);
        if (attempt == 0 && lost
            && PostgresConnection::reopen(m_connection, m_address, m_password, &reopened, m_timeout)) {
            listen();
            continue;
        }
        qCWarning(lcRegistry) << "shared list query failed:" << error.text() << sql;
        return false;
    }
}

bool PostgresListStore::orderedRows(
    const ListSource &source, const ListQuery &query, const ListKey &after, int limit, QList<ListRow> *rows)
{
    const QString columns = columnList(source);
    const int width = int(source.columns.size());
    const bool ascending = query.order == Qt::AscendingOrder;
    const QString idName = source.columns.at(0).name;
    const QString greater = ascending ? QStringLiteral(" > ") : QStringLiteral(" < ");
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");

    if (query.sortColumn == ListQuery::sortByParent) {
        const QString parentKey = source.columns.at(source.parentColumn).name;
        return rowsByParent(source, query, after, limit, rows,
            [&](const QString &parent, const QVariant &afterId, int wanted) {
                QVariantList binds;
                QStringList terms = {filters(source, query, &binds), parentKey + QStringLiteral(" = ?")};
                binds.append(parent);
                if (!afterId.isNull()) {
                    terms.append(idName + greater + QStringLiteral("?"));
                    binds.append(afterId);
                }
                binds.append(wanted);
                return run(QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4%5 LIMIT ?")
                               .arg(columns, source.table, where(terms), idName, direction),
                           binds, width, rows)
                    && !(m_cancelled && m_cancelled());
            });
    }

    QVariantList binds;
    const QString equal = filters(source, query, &binds);
    return ordered(source, query, source.table, {equal}, binds, after, limit, rows);
}

bool PostgresListStore::orderedMatches(const ListSource &source, const ListQuery &query,
    const QString &needle, const ListKey &after, int limit, QList<ListRow> *rows)
{
    QVariantList binds;
    const QString w = where({filters(source, query, &binds), matchTerm(source)});
    binds.append(likePattern(needle));
    // The matches first (OFFSET 0 keeps the planner from merging them into the outer query): found through
    // the trigram index, then sorted. Otherwise it may walk the sort index and test each row, which reads
    // every row before the first match.
    const QString matches = QStringLiteral("(SELECT * FROM %1%2 OFFSET 0) AS matches").arg(source.table, w);
    return ordered(source, query, matches, {}, binds, after, limit, rows);
}

bool PostgresListStore::ordered(const ListSource &source, const ListQuery &query, const QString &from,
    QStringList terms, QVariantList binds, const ListKey &after, int limit, QList<ListRow> *rows)
{
    const bool ascending = query.order == Qt::AscendingOrder;
    const QString idName = source.columns.at(0).name;
    const QString greater = ascending ? QStringLiteral(" > ") : QStringLiteral(" < ");
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString order = idName + direction;
    if (query.sortColumn < 0) {
        if (!after.isEmpty()) {
            terms.append(idName + greater + QStringLiteral("?"));
            binds.append(after.constLast());
        }
    } else {
        const ListColumn &column = source.columns.at(query.sortColumn);
        const QString expression = sortExpression(column);
        order = expression + direction + QStringLiteral(", ") + order;
        if (after.size() == 2) {
            // One row comparison: an index range on (sort value, id).
            terms.append(QStringLiteral("(%1, %2)%3(%4, ?)")
                             .arg(expression, idName, greater, boundExpression(column)));
            binds << after.at(0) << after.at(1);
        }
    }
    binds.append(limit);
    return run(QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4 LIMIT ?")
                   .arg(columnList(source), from, where(terms), order),
        binds, int(source.columns.size()), rows);
}

std::optional<QList<qint64>> PostgresListStore::substringMatches(
    const ListSource &source, const QString &needle, int limit)
{
    if (!m_trigram || source.substringIndex.isEmpty())
        return std::nullopt;
    QList<ListRow> found;
    if (!run(QStringLiteral("SELECT %1 FROM %2 WHERE %3 LIMIT ?")
                 .arg(source.columns.at(0).name, source.table, matchTerm(source)),
            {likePattern(needle), limit}, 1, &found))
        return std::nullopt;
    QList<qint64> ids;
    ids.reserve(found.size());
    for (const ListRow &row : std::as_const(found))
        ids.append(row.id());
    return ids;
}

bool PostgresListStore::rowsWithIds(
    const ListSource &source, const ListQuery &query, const QList<qint64> &ids, QList<ListRow> *rows)
{
    constexpr qsizetype chunk = 500;
    for (qsizetype start = 0; start < ids.size(); start += chunk) {
        QStringList numbers;
        for (qsizetype i = start; i < std::min(ids.size(), start + chunk); ++i)
            numbers.append(QString::number(ids.at(i)));
        QVariantList binds;
        const QString w = where({filters(source, query, &binds),
            source.columns.at(0).name + QStringLiteral(" IN (") + numbers.join(QLatin1Char(','))
                + QLatin1Char(')')});
        if (!run(QStringLiteral("SELECT %1 FROM %2%3").arg(columnList(source), source.table, w), binds,
                int(source.columns.size()), rows))
            return false;
    }
    return true;
}

std::optional<qint64> PostgresListStore::matchCount(
    const ListSource &source, const ListQuery &query, const QString &needle)
{
    QVariantList binds;
    const QString w = where({filters(source, query, &binds), matchTerm(source)});
    binds.append(likePattern(needle));
    QList<ListRow> counted;
    if (!run(QStringLiteral("SELECT count(*) FROM %1%2").arg(source.table, w), binds, 1, &counted)
        || counted.isEmpty())
        return std::nullopt;
    return counted.constFirst().values.at(0).toLongLong();
}

std::optional<qint64> PostgresListStore::keptCount(const ListSource &source, const ListQuery &query)
{
    if (source.countTable.isEmpty())
        return std::nullopt;
    for (const auto &[column, value] : query.equals) {
        if (!source.countColumns.contains(column))
            return std::nullopt;
    }
    QVariantList binds;
    const QString w = where({filters(source, query, &binds)});
    QList<ListRow> sum;
    if (!run(QStringLiteral("SELECT coalesce(sum(n), 0) FROM %1%2").arg(source.countTable, w), binds, 1, &sum)
        || sum.isEmpty())
        return std::nullopt;
    return sum.constFirst().values.at(0).toLongLong();
}

bool PostgresListStore::countSome(const ListSource &source, const ListQuery &query, qint64 afterId, int limit,
    qint64 *count, qint64 *lastId, bool *done)
{
    const QString idName = source.columns.at(0).name;
    QVariantList binds;
    const QString w = where({filters(source, query, &binds), idName + QStringLiteral(" > ?")});
    binds << afterId << limit;
    QList<ListRow> counted;
    if (!run(
            QStringLiteral("SELECT count(*), max(%1) FROM (SELECT %1 FROM %2%3 ORDER BY %1 LIMIT ?) AS slice")
                .arg(idName, source.table, w),
            binds, 2, &counted)
        || counted.isEmpty())
        return false;
    const qint64 n = counted.constFirst().values.at(0).toLongLong();
    const QVariant last = counted.constFirst().values.at(1);
    *count += n;
    *lastId = last.isNull() ? afterId : last.toLongLong();
    *done = n < limit;
    return true;
}

QList<QPair<QString, QString>> PostgresListStore::parents(const ListSource &source)
{
    QList<QPair<QString, QString>> out;
    if (source.parentTable.isEmpty())
        return out;
    QList<ListRow> read;
    if (!run(QStringLiteral("SELECT %1, %2 FROM %3 ORDER BY lower(%2) COLLATE \"C\", %1 COLLATE \"C\"")
                 .arg(source.parentKey, source.parentName, source.parentTable),
            {}, 2, &read))
        return out;
    for (const ListRow &row : std::as_const(read))
        out.append({row.values.at(0).toString(), row.values.at(1).toString()});
    return out;
}

qint64 PostgresListStore::changeCounter()
{
    return m_notifications.load();
}
