#pragma once

#include "list/ListTypes.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

// The read side of the store, as the list's worker thread uses it: one connection, opened in that thread
// and used only there, answering the few questions paging needs. The SQLite file is the default store
// (SqliteListStore); a second backend (PostgreSQL) answers the same questions with its own SQL.
//
// Every answer is bounded (a LIMIT, a chunk of ids), so a query is never long: the worker checks between
// calls whether the person has asked for something else. Where the backend can, a running statement is also
// interrupted once the worker's cancel check says so (setCancelCheck).
class ListStore
{
public:
    virtual ~ListStore() = default;

    // Opens the connection (in the calling thread). False with a sentence for the log in *error.
    virtual bool open(QString *error) = 0;
    // A statement running in this thread may stop (as a failure) once `cancelled` returns true. It is called
    // often, from inside SQL: it must be cheap and thread-safe. Empty: never.
    virtual void setCancelCheck(std::function<bool()> cancelled) = 0;

    // Up to `limit` rows that pass query.equals (not the search), in query's order, strictly after `after`
    // (empty: from the first). False when the read failed or was cancelled.
    virtual bool orderedRows(const ListSource &source, const ListQuery &query, const ListKey &after,
        int limit, QList<ListRow> *rows)
        = 0;
    // The ids of rows whose searched columns contain `needle` (3 or more characters, any case), through the
    // source's substring index: at most `limit` ids. std::nullopt when there is no such index here.
    virtual std::optional<QList<qint64>> substringMatches(
        const ListSource &source, const QString &needle, int limit)
        = 0;
    // Up to `limit` rows that pass query.equals and whose searched columns contain `needle` (3 or more
    // characters, any case) as the substring index finds them, in query's order (any but sortByParent),
    // strictly after `after`. The store looks the matches up by id and orders them itself, so the cost
    // follows the number of matches, not how far into the order the first one sits. Only where
    // substringMatches() answers. False when the read failed or was cancelled.
    virtual bool orderedMatches(const ListSource &source, const ListQuery &query, const QString &needle,
        const ListKey &after, int limit, QList<ListRow> *rows)
        = 0;
    // How many rows pass query.equals and match `needle` as orderedMatches() finds them; std::nullopt when
    // the read failed or was cancelled.
    virtual std::optional<qint64> matchCount(
        const ListSource &source, const ListQuery &query, const QString &needle)
        = 0;
    // The rows with these ids that pass query.equals, in no particular order.
    virtual bool rowsWithIds(
        const ListSource &source, const ListQuery &query, const QList<qint64> &ids, QList<ListRow> *rows)
        = 0;
    // The number of rows that pass query.equals, from the source's count table; std::nullopt when there is
    // none or it cannot answer these filters.
    virtual std::optional<qint64> keptCount(const ListSource &source, const ListQuery &query) = 0;
    // Counts the rows that pass query.equals with an id after `afterId`, at most `limit` of them: adds them
    // to *count and sets *lastId to the last id counted. Returns false on failure; *done when none is left.
    virtual bool countSome(const ListSource &source, const ListQuery &query, qint64 afterId, int limit,
        qint64 *count, qint64 *lastId, bool *done)
        = 0;
    // The parents (key, name), ordered by name (case-insensitive for ASCII) then key.
    virtual QList<QPair<QString, QString>> parents(const ListSource &source) = 0;
    // A number that changes whenever another connection (this process's or another's) commits a write.
    virtual qint64 changeCounter() = 0;

protected:
    // The SQL both backends share. "a, b, c": the source's columns.
    static QString columnList(const ListSource &source);
    // "a = ? AND b = ?" for the query's equality filters (empty when none), their values appended to binds.
    static QString filters(const ListSource &source, const ListQuery &query, QVariantList *binds);
    // " WHERE " and the non-empty terms joined by AND; empty when none.
    static QString where(const QStringList &terms);
    // Sorted by parent: the parents in the query's order from the one in `after` (parents()), each asked for
    // its rows in id order by `read` (its key, the id to start after or a null QVariant, how many rows)
    // until `limit` rows are there.
    bool rowsByParent(const ListSource &source, const ListQuery &query, const ListKey &after, int limit,
        QList<ListRow> *rows, const std::function<bool(const QString &, const QVariant &, int)> &read);
};

// Opens a new store connection (for the list's worker thread, or an export's): on the same list as the
// Registry that made it (Registry::listStores()).
using ListStoreFactory = std::function<std::unique_ptr<ListStore>()>;
