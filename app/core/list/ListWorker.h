#pragma once

#include "list/ListTypes.h"
#include "store/ListStore.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <atomic>
#include <functional>
#include <memory>

class QTimer;

// Reads a query's pages from a store, synchronously, in the calling thread: the part of the list's work
// that the worker (below) and a streamed export share. How a query is answered:
// - no search text: keyset pages straight from the sort index;
// - a search of 3 or more characters through the substring index (no parent's name or key contains it),
//   browsed in any order but the parent's: each page is the store's matches in order after the key
//   (orderedMatches), so it costs the number of matches, not the rows that sort before them. With more
//   than setLimit matches a page first scans a few thousand rows, as matches that many are often dense;
// - the same streamed, or sorted by parent, with at most setLimit matches: those rows, read once, sorted
//   here, served from memory;
// - any other search (1 or 2 characters, no substring index, or more than setLimit matches sorted by parent
//   or streamed): the sort index is read in chunks and each row checked here, so pages fill progressively.
class ListReader
{
public:
    enum class Strategy { Ordered, Set, Indexed, Scan };
    // Browse: pages as a view asks for them. Stream: every page in turn (an export), where one pass over the
    // list costs less than finding the matches again for each page.
    enum class Use { Browse, Stream };
    static constexpr int setLimit = 4000;

    ListReader(ListStore *store, const ListSource &source, int pageSize, std::function<bool()> cancelled,
        Use use = Use::Browse);

    // False when cancelled or the store failed.
    bool prepare(const ListQuery &query);
    // The page after `startAfter`; false when cancelled or failed. `progress`, if set, receives partial pages
    // while a search fills it (every 50 ms).
    bool page(int index, const ListKey &startAfter, ListPage *out,
        const std::function<void(const ListPage &)> &progress = {});
    // Calls `sink` with each page of the query in order until the end, or until it returns false.
    bool readAll(const std::function<bool(const QList<ListRow> &)> &sink);

    Strategy strategy() const { return m_strategy; }
    const ListQuery &query() const { return m_query; }
    qsizetype setSize() const { return m_set.size(); }
    bool matches(const ListRow &row) const;
    ListKey keyOf(const ListRow &row) const;

private:
    // Reads the sort index in chunks after `startAfter`, appending the rows that match to out->rows, until
    // the page is full or the list ends (*complete; out->atEnd at the end) or maxRows were read. *cursor: the
    // key of the last row read. False when cancelled or failed.
    bool scan(const ListKey &startAfter, ListPage *out, const std::function<void(const ListPage &)> &progress,
        qint64 maxRows, ListKey *cursor, bool *complete);

    ListStore *m_store;
    ListSource m_source;
    int m_pageSize;
    std::function<bool()> m_cancelled;
    Use m_use;
    ListQuery m_query;
    Strategy m_strategy = Strategy::Ordered;
    QString m_needle; // the search text, trimmed
    bool m_manyMatches = false; // the substring index matches more than setLimit rows
    QSet<QString> m_matchingParents;
    QHash<QString, QString> m_parentNames;
    QList<QPair<ListKey, ListRow>> m_set; // Strategy::Set, in the query's order
};

// The list's worker: lives in its own thread with its own store connection (opened there: Qt 6.4 has no
// QSqlDatabase::moveToThread) and answers PagedListModel's requests, never blocking the GUI thread.
//
// Each request carries a generation; a request of an older generation than the newest one the model has
// asked for (`latest`, shared) is dropped, and work in progress stops between chunks, or inside SQL where
// the store can interrupt it. Pages come from a ListReader; the count from the store's count table, from
// the reader's set, or by counting in slices between requests (a search: a scan that checks each row).
// The worker also watches the store: changeCounter() is polled every 250 ms and storeChanged() emitted.
class ListWorker : public QObject
{
    Q_OBJECT

public:
    using StoreFactory = ListStoreFactory;
    ListWorker(StoreFactory factory, const ListSource &source, int pageSize,
        std::shared_ptr<std::atomic<quint64>> latest);
    ~ListWorker() override;

    // Each of these runs in the worker's thread (the model calls them queued).
    void start();
    void setQuery(quint64 generation, const ListQuery &query);
    void fetchPage(quint64 generation, int index, const ListKey &startAfter);
    // Pages again (after a change of the store): each from its start key, or from where the page before it
    // ends when that one is in the list too.
    void refresh(quint64 generation, const QList<QPair<int, ListKey>> &pages);
    void stop();

signals:
    void pageReady(quint64 generation, const ListPage &page);
    void pagesRefreshed(quint64 generation, const QList<ListPage> &pages);
    void countChanged(quint64 generation, qint64 count, bool exact);
    void storeChanged();

private:
    bool stale(quint64 generation) const { return generation != m_latest->load(); }
    void startCount(quint64 generation);
    void countSlice(quint64 generation);
    void poll();
    // Opens the store when it is not open yet (at start, or later: a shared list connected after the window
    // started). False while it cannot be opened.
    bool ensureOpen();

    StoreFactory m_factory;
    std::unique_ptr<ListStore> m_store;
    std::unique_ptr<ListReader> m_reader;
    ListSource m_source;
    int m_pageSize;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_generation = 0; // of the reader's query
    std::atomic<quint64> m_working {0}; // the generation whose work runs now (for the store's cancel check)
    bool m_open = false;

    // Counting in slices (a scan or a count without a count table): where it is.
    qint64 m_counted = 0;
    qint64 m_countedTo = 0; // last id looked at
    qint64 m_changeCounter = -1;
    QTimer *m_poll = nullptr;
};
