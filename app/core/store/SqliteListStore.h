#pragma once

#include "store/ListStore.h"

#include <QSqlDatabase>

// The list's reads from the SQLite file (registry.sqlite): keyset pages on the sort indexes the schema
// creates (RegistrySchema, version 4), the FTS5 trigram table for substring search, the count table.
//
// Each query is one SQL statement with a LIMIT. A page after a key is two index ranges in one statement:
// the rows with the key's sort value and a higher id, then the rows with a higher sort value. (A row value
// comparison "(value, id) > (?, ?)" is not used as an index range by SQLite 3.40.) INDEXED BY names the
// index, so a status or application filter never makes SQLite sort millions of rows instead.
//
// Cancelling: where this build links the SQLite library Qt's driver uses (Linux), a progress handler stops a
// running statement once the cancel check says so; elsewhere (Qt's bundled SQLite on Windows and macOS,
// which this program cannot call) statements run to their LIMIT, which bounds them.
class SqliteListStore : public ListStore
{
public:
    explicit SqliteListStore(const QString &path);
    ~SqliteListStore() override;

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

    // The expression a column sorts by, as the schema's index on it is written.
    static QString sortExpression(const ListColumn &column);
    // Whether this connection's SQLite has FTS5 (checked by running it, not by reading compile options).
    static bool hasFts5(QSqlDatabase &db);

private:
    bool run(const QString &sql, const QVariantList &binds, int columns, QList<ListRow> *rows);
    bool tableExists(const QString &name);

    QString m_path;
    QString m_connection;
    std::function<bool()> m_cancelled;
    bool cancelled() const { return m_cancelled && m_cancelled(); }
    bool m_canInterrupt = false;
};
