#pragma once

#include "postgres/PostgresAddress.h"
#include "store/ListStore.h"

#include <QObject>

#include <atomic>

// The list's reads from a team's shared list on PostgreSQL (docs/shared-list.md), on a connection of its own
// opened in the calling thread: keyset pages on the sort indexes PostgresSchema creates, pg_trgm's index for
// substring search where the server has it, the counts its triggers keep.
//
// A page after a key is one row comparison "(sort value, id) > (?, ?)" on the index of that order (PostgreSQL
// serves it as an index range). Text compares as the file's list does: ASCII letters folded (lower() under
// the "C" collation), then by code point.
//
// Changes: the connection listens to PostgresSchema's channel; changeCounter() counts the notifications this
// thread's event loop has received, so the worker's poll sees a colleague's commit. A statement is not
// interrupted (each is bounded by its LIMIT); a connection lost is opened again once per statement.
class PostgresListStore : public ListStore
{
public:
    PostgresListStore(const PostgresAddress &address, const QString &password, int connectTimeoutSeconds);
    ~PostgresListStore() override;

    bool open(QString *error) override;
    void setCancelCheck(std::function<bool()> cancelled) override;
    bool orderedRows(const ListSource &source, const ListQuery &query, const ListKey &after, int limit,
        QList<ListRow> *rows) override;
    std::optional<QList<qint64>> substringMatches(
        const ListSource &source, const QString &needle, int limit) override;
    bool orderedMatches(const ListSource &source, const ListQuery &query, const QString &needle,
        const ListKey &after, int limit, QList<ListRow> *rows) override;
    std::optional<qint64> matchCount(
        const ListSource &source, const ListQuery &query, const QString &needle) override;
    bool rowsWithIds(const ListSource &source, const ListQuery &query, const QList<qint64> &ids,
        QList<ListRow> *rows) override;
    std::optional<qint64> keptCount(const ListSource &source, const ListQuery &query) override;
    bool countSome(const ListSource &source, const ListQuery &query, qint64 afterId, int limit, qint64 *count,
        qint64 *lastId, bool *done) override;
    QList<QPair<QString, QString>> parents(const ListSource &source) override;
    qint64 changeCounter() override;

    // The expression a column sorts by, as PostgresSchema's index on it is written.
    static QString sortExpression(const ListColumn &column);

private:
    // Runs `sql`; its rows (`columns` values each) appended to *rows when rows is set.
    bool run(const QString &sql, const QVariantList &binds, int columns, QList<ListRow> *rows);
    bool listen();
    // Up to `limit` rows of `from` (the table, or a derived table of its columns) passing `terms` (their
    // values in `binds`), in query's order after `after`.
    bool ordered(const ListSource &source, const ListQuery &query, const QString &from, QStringList terms,
        QVariantList binds, const ListKey &after, int limit, QList<ListRow> *rows);

    PostgresAddress m_address;
    QString m_password; // in memory only, to open this connection again
    int m_timeout;
    QString m_connection;
    std::function<bool()> m_cancelled;
    bool m_trigram = false; // the calendars_search index is there
    std::atomic<qint64> m_notifications {0};
    QObject m_context; // the notifications' receiver, in the thread that opened the connection
};
