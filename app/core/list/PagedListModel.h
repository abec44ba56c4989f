#pragma once

#include "list/ListTypes.h"
#include "list/ListWorker.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

#include <atomic>
#include <memory>

class QThread;
class QTimer;

// A table over a list of any size, drawn a page at a time (docs/kept-list.md). The rows come from a
// ListWorker in its own thread; this model only keeps pages in memory and never waits for SQL.
//
// Rows: the model has the rows it has found so far ("discovered": pages 0..n, each pageSize rows but the
// last). Scrolling to the end asks for the next page (canFetchMore / fetchMore, as QSqlQueryModel does), up
// to rowCap rows, so the views' per-row bookkeeping stays bounded (QHeaderView keeps 8 bytes per section).
// At most cachedPages pages hold their rows; a page scrolled back to is read again from its start key.
// count() is the number of rows the query has, which arrives separately (countIsExact() false meanwhile:
// "more than N").
//
// A new query (search, filter, sort) shows its first page in one layout change once it arrives: persistent
// indexes (the selection, the current row) follow their row by id when it is in that page. A change in the
// store (another process wrote rows: the worker polls; or refresh()) reads the shown pages again, with the
// same layout change, so the selection and the scroll position stay.
class PagedListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int pageSize = 128;
    static constexpr int cachedPages = 32;
    static constexpr int rowCap = 1000000;

    PagedListModel(const ListSource &source, ListWorker::StoreFactory factory, QObject *parent = nullptr);
    ~PagedListModel() override;

    // Starts the worker and the current query. Until then the model has no rows (a page not yet shown
    // costs nothing at start-up).
    void start();
    bool isStarted() const { return m_worker != nullptr; }

    void setQuery(const ListQuery &query);
    const ListQuery &query() const { return m_query; }
    const ListSource &source() const { return m_source; }
    // Reads the pages in memory again, keeping rows (and so the selection) by id.
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // The row's values, or null while its page is not in memory (it is asked for).
    const ListRow *rowAt(int row) const;
    // The same without asking for a page that is not in memory.
    const ListRow *rowIfInMemory(int row) const;
    // The row of an id among the rows in memory; -1 when not there.
    int rowOfId(qint64 id) const;

    // The rows the query has: exact, or at least this many while counting.
    qint64 count() const;
    bool countIsExact() const { return m_countExact; }
    // True from a new query until its first page is shown.
    bool isLoading() const { return m_pending; }
    // True while a page (or a refresh) is being read.
    bool isFetching() const;
    // Pages and rows in memory (for the benchmark and tests).
    int pagesInMemory() const;

signals:
    void countChanged();
    void loadingChanged();

private:
    struct Page
    {
        ListKey startAfter;
        ListKey endKey;
        QList<ListRow> rows;
        int rowCount = 0; // rows this page stands for, also while not in memory
        bool loaded = false;
        bool requested = false;
        bool final = true;
        quint64 used = 0;
    };

    void post(std::function<void(ListWorker *)> call);
    void request(int index) const;
    void onPageReady(quint64 generation, const ListPage &page);
    void onPagesRefreshed(quint64 generation, const QList<ListPage> &pages);
    void onCountChanged(quint64 generation, qint64 count, bool exact);
    void showEmpty();
    void evict();
    int totalRows() const;
    // Runs `change` inside one layout change; persistent indexes follow their row by id.
    void changeLayout(const std::function<void()> &change);
    void newGeneration();

    ListSource m_source;
    ListWorker::StoreFactory m_factory;
    ListQuery m_query;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_generation = 0;
    QThread *m_thread = nullptr;
    ListWorker *m_worker = nullptr;
    QTimer *m_slowFirstPage = nullptr;
    QTimer *m_refreshLater = nullptr;

    mutable QList<Page> m_pages;
    mutable quint64 m_useClock = 0;
    bool m_atEnd = false; // the last page reaches the end of the query
    bool m_pending = false; // a new query's first page is awaited; the old rows are still shown
    bool m_refreshing = false;
    bool m_refreshAgain = false;
    qint64 m_count = 0;
    bool m_countExact = false;
};
