#include "store/SqliteListStore.h"

#include "common/LogCategories.h"

#include <QAtomicInt>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#if CONSOLE_SQLITE_DIRECT
#include <sqlite3.h>
#endif

namespace {

QAtomicInt connectionCounter;

#if CONSOLE_SQLITE_DIRECT
sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

int cancelCheck(void *check)
{
    return (*static_cast<const std::function<bool()> *>(check))() ? 1 : 0;
}
#endif

// The needle as one FTS5 string: a phrase of its trigrams, i.e. the substring.
QString ftsPhrase(const QString &needle)
{
    QString phrase = needle;
    phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + phrase + QLatin1Char('"');
}

// "id IN (the ids the substring index matches)"; its bind is ftsPhrase(needle).
QString matchTerm(const ListSource &source)
{
    return source.columns.at(0).name
        + QStringLiteral(" IN (SELECT rowid FROM %1 WHERE %1 MATCH ?)").arg(source.substringIndex);
}

} // namespace

SqliteListStore::SqliteListStore(const QString &path)
    : m_path(path)
    , m_connection(QStringLiteral("list-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{ }

SqliteListStore::~SqliteListStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString SqliteListStore::sortExpression(const ListColumn &column)
{
    if (column.kind == ListColumn::Kind::Integer)
        return column.nullSortsAs ? QStringLiteral("ifnull(%1, %2)").arg(column.name).arg(*column.nullSortsAs)
                                  : column.name;
    return column.caseSensitive ? column.name : column.name + QStringLiteral(" COLLATE NOCASE");
}

bool SqliteListStore::hasFts5(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(
            QStringLiteral("CREATE VIRTUAL TABLE temp.console_fts5_probe USING fts5(x, tokenize='trigram')")))
        return false;
    q.exec(QStringLiteral("DROP TABLE temp.console_fts5_probe"));
    return true;
}

bool SqliteListStore::open(QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    // Read-only: the list never writes. A bulk run holding the write lock never blocks a read (WAL).
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
#if CONSOLE_SQLITE_DIRECT
    // Only when the driver's SQLite is the one this build links (see CMakeLists.txt of this folder).
    QSqlQuery version(db);
    m_canInterrupt = handleOf(db) && version.exec(QStringLiteral("SELECT sqlite_version()")) && version.next()
        && version.value(0).toString() == QLatin1String(sqlite3_libversion());
#endif
    return true;
}

void SqliteListStore::setCancelCheck(std::function<bool()> cancelled)
{
    m_cancelled = std::move(cancelled);
#if CONSOLE_SQLITE_DIRECT
    if (m_canInterrupt) {
        sqlite3 *handle = handleOf(QSqlDatabase::database(m_connection, false));
        if (m_cancelled)
            sqlite3_progress_handler(handle, 2000, cancelCheck, &m_cancelled);
        else
            sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    }
#endif
}

bool SqliteListStore::run(const QString &sql, const QVariantList &binds, int columns, QList<ListRow> *rows)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        qCWarning(lcRegistry) << "list query failed:" << q.lastError().text() << sql;
        return false;
    }
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec()) {
        if (!cancelled())
            qCWarning(lcRegistry) << "list query failed:" << q.lastError().text() << sql;
        return false;
    }
    while (q.next()) {
        ListRow row;
        row.values.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row.values.append(q.value(c));
        rows->append(std::move(row));
    }
    return !q.lastError().isValid();
}

bool SqliteListStore::orderedRows(
    const ListSource &source, const ListQuery &query, const ListKey &after, int limit, QList<ListRow> *rows)
{
    const QString columns = columnList(source);
    const int width = int(source.columns.size());
    const bool ascending = query.order == Qt::AscendingOrder;
    const QString idName = source.columns.at(0).name;
    const QString greater = ascending ? QStringLiteral(" > ?") : QStringLiteral(" < ?");
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");

    if (query.sortColumn == ListQuery::sortByParent) {
        const QString parentKey = source.columns.at(source.parentColumn).name;
        return rowsByParent(source, query, after, limit, rows,
            [&](const QString &parent, const QVariant &afterId, int wanted) {
                QVariantList binds;
                QStringList terms = {filters(source, query, &binds), parentKey + QStringLiteral(" = ?")};
                binds.append(parent);
                if (!afterId.isNull()) {
                    terms.append(idName + greater);
                    binds.append(afterId);
                }
                binds.append(wanted);
                const QString sql
                    = QStringLiteral("SELECT %1 FROM %2 INDEXED BY %3%4 ORDER BY %5%6 LIMIT ?")
                          .arg(columns, source.table, source.parentIndex, where(terms), idName, direction);
                return run(sql, binds, width, rows) && !cancelled();
            });
    }

    if (query.sortColumn < 0) {
        QVariantList binds;
        QStringList terms = {filters(source, query, &binds)};
        if (!after.isEmpty()) {
            terms.append(idName + greater);
            binds.append(after.constLast());
        }
        binds.append(limit);
        return run(QStringLiteral("SELECT %1 FROM %2 NOT INDEXED%3 ORDER BY %4%5 LIMIT ?")
                       .arg(columns, source.table, where(terms), idName, direction),
            binds, width, rows);
    }

    const ListColumn &column = source.columns.at(query.sortColumn);
    const QString expression = sortExpression(column);
    const QString from
        = QStringLiteral("SELECT %1 FROM %2 INDEXED BY %3").arg(columns, source.table, column.sortIndex);
    if (after.size() != 2) {
        QVariantList binds;
        const QString w = where({filters(source, query, &binds)});
        binds.append(limit);
        return run(
            from + w + QStringLiteral(" ORDER BY %1%2, %3%2 LIMIT ?").arg(expression, direction, idName),
            binds, width, rows);
    }
    // The rest of the key's value (higher ids), then the higher values: two index ranges.
    QVariantList binds;
    const QString same
        = where({filters(source, query, &binds), expression + QStringLiteral(" = ?"), idName + greater});
    binds << after.at(0) << after.at(1) << limit;
    const QString next = where({filters(source, query, &binds), expression + greater});
    binds << after.at(0) << limit << limit;
    const QString sql = QStringLiteral("SELECT * FROM (%1%2 ORDER BY %3%4 LIMIT ?) UNION ALL "
                                       "SELECT * FROM (%1%5 ORDER BY %6%4, %3%4 LIMIT ?) LIMIT ?")
                            .arg(from, same, idName, direction, next, expression);
    return run(sql, binds, width, rows);
}

bool SqliteListStore::tableExists(const QString &name)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE name = ?"));
    q.addBindValue(name);
    return q.exec() && q.next();
}

std::optional<QList<qint64>> SqliteListStore::substringMatches(
    const ListSource &source, const QString &needle, int limit)
{
    if (source.substringIndex.isEmpty() || !tableExists(source.substringIndex))
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ? LIMIT ?").arg(source.substringIndex));
    q.addBindValue(ftsPhrase(needle));
    q.addBindValue(limit);
    QList<qint64> ids;
    if (!q.exec())
        return std::nullopt;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    if (q.lastError().isValid())
        return std::nullopt;
    return ids;
}

bool SqliteListStore::orderedMatches(const ListSource &source, const ListQuery &query, const QString &needle,
    const ListKey &after, int limit, QList<ListRow> *rows)
{
    const bool ascending = query.order == Qt::AscendingOrder;
    const QString idName = source.columns.at(0).name;
    const QString greater = ascending ? QStringLiteral(" > ") : QStringLiteral(" < ");
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QVariantList binds;
    QStringList terms = {filters(source, query, &binds), matchTerm(source)};
    binds.append(ftsPhrase(needle));
    QString order = idName + direction;
    if (query.sortColumn >= 0) {
        const QString expression = sortExpression(source.columns.at(query.sortColumn));
        order = expression + direction + QStringLiteral(", ") + order;
        if (after.size() == 2) {
            terms.append(QStringLiteral("(%1, %2)%3(?, ?)").arg(expression, idName, greater));
            binds << after.at(0) << after.at(1);
        }
    } else if (!after.isEmpty()) {
        terms.append(idName + greater + QStringLiteral("?"));
        binds.append(after.constLast());
    }
    binds.append(limit);
    // NOT INDEXED: the matches are looked up by id and the best `limit` of them kept while sorting. Walking
    // the sort index instead would read every row before the first match (most of the list for a needle whose
    // matches sort last).
    return run(QStringLiteral("SELECT %1 FROM %2 NOT INDEXED%3 ORDER BY %4 LIMIT ?")
                   .arg(columnList(source), source.table, where(terms), order),
        binds, int(source.columns.size()), rows);
}

std::optional<qint64> SqliteListStore::matchCount(
    const ListSource &source, const ListQuery &query, const QString &needle)
{
    QVariantList binds;
    const QString w = where({filters(source, query, &binds), matchTerm(source)});
    binds.append(ftsPhrase(needle));
    // Without filters the index alone answers, with no row read.
    const QString sql = query.equals.isEmpty()
        ? QStringLiteral("SELECT count(*) FROM %1 WHERE %1 MATCH ?").arg(source.substringIndex)
        : QStringLiteral("SELECT count(*) FROM %1 NOT INDEXED%2").arg(source.table, w);
    QList<ListRow> counted;
    if (!run(sql, binds, 1, &counted) || counted.isEmpty())
        return std::nullopt;
    return counted.constFirst().values.at(0).toLongLong();
}

bool SqliteListStore::rowsWithIds(
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

std::optional<qint64> SqliteListStore::keptCount(const ListSource &source, const ListQuery &query)
{
    if (source.countTable.isEmpty())
        return std::nullopt;
    for (const auto &[column, value] : query.equals) {
        if (!source.countColumns.contains(column))
            return std::nullopt;
    }
    QVariantList binds;
    const QString w = where({filters(source, query, &binds)});
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT ifnull(sum(n), 0) FROM %1%2").arg(source.countTable, w));
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

bool SqliteListStore::countSome(const ListSource &source, const ListQuery &query, qint64 afterId, int limit,
    qint64 *count, qint64 *lastId, bool *done)
{
    const QString idName = source.columns.at(0).name;
    QVariantList binds;
    const QString w = where({filters(source, query, &binds), idName + QStringLiteral(" > ?")});
    binds << afterId << limit;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(
        QStringLiteral("SELECT count(*), max(%1) FROM (SELECT %1 FROM %2 NOT INDEXED%3 ORDER BY %1 LIMIT ?)")
            .arg(idName, source.table, w));
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec() || !q.next())
        return false;
    const qint64 counted = q.value(0).toLongLong();
    *count += counted;
    *lastId = q.value(1).isNull() ? afterId : q.value(1).toLongLong();
    *done = counted < limit;
    return true;
}

QList<QPair<QString, QString>> SqliteListStore::parents(const ListSource &source)
{
    QList<QPair<QString, QString>> out;
    if (source.parentTable.isEmpty())
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1, %2 FROM %3 ORDER BY %2 COLLATE NOCASE, %1")
                    .arg(source.parentKey, source.parentName, source.parentTable)))
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

qint64 SqliteListStore::changeCounter()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}
