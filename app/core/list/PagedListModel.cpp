#include "list/PagedListModel.h"

#include <QHash>
#include <QThread>
#include <QTimer>

namespace {
// A new query whose first page takes longer than this shows an empty list (and "searching") meanwhile,
// instead of the old rows.
constexpr int slowFirstPageMs = 150;
} // namespace

PagedListModel::PagedListModel(const ListSource &source, ListWorker::StoreFactory factory, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(source)
    , m_factory(std::move(factory))
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<ListPage>();
    qRegisterMetaType<QList<ListPage>>();
    m_slowFirstPage = new QTimer(this);
    m_slowFirstPage->setSingleShot(true);
    m_slowFirstPage->setInterval(slowFirstPageMs);
    connect(m_slowFirstPage, &QTimer::timeout, this, &PagedListModel::showEmpty);
    m_refreshLater = new QTimer(this);
    m_refreshLater->setSingleShot(true);
    connect(m_refreshLater, &QTimer::timeout, this, &PagedListModel::refresh);
}

PagedListModel::~PagedListModel()
{
    if (!m_thread)
        return;
    m_latest->store(~quint64(0)); // whatever runs stops at its next check
    ListWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker] {
            worker->stop();
            delete worker;
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void PagedListModel::start()
{
    if (m_worker)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("list-") + m_source.table);
    m_worker = new ListWorker(m_factory, m_source, pageSize, m_latest);
    m_worker->moveToThread(m_thread);
    connect(m_worker, &ListWorker::pageReady, this, &PagedListModel::onPageReady);
    connect(m_worker, &ListWorker::pagesRefreshed, this, &PagedListModel::onPagesRefreshed);
    connect(m_worker, &ListWorker::countChanged, this, &PagedListModel::onCountChanged);
    // Another connection wrote: read the shown pages again, at most every 250 ms (the worker's poll).
    connect(m_worker, &ListWorker::storeChanged, this, &PagedListModel::refresh);
    m_thread->start();
    post([](ListWorker *w) { w->start(); });
    setQuery(m_query);
}

void PagedListModel::post(std::function<void(ListWorker *)> call)
{
    ListWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, call = std::move(call)] { call(worker); }, Qt::QueuedConnection);
}

void PagedListModel::newGeneration()
{
    m_generation = m_latest->load() + 1;
    m_latest->store(m_generation);
    for (Page &page : m_pages)
        page.requested = false; // answers of older generations are dropped
}

void PagedListModel::setQuery(const ListQuery &query)
{
    m_query = query;
    if (!m_worker)
        return;
    newGeneration();
    m_refreshing = false;
    m_refreshAgain = false;
    const quint64 generation = m_generation;
    post([generation, query](ListWorker *w) {
        w->setQuery(generation, query);
        w->fetchPage(generation, 0, {});
    });
    if (!m_pending) {
        m_pending = true;
        emit loadingChanged();
    }
    m_countExact = false;
    m_count = 0;
    m_slowFirstPage->start();
}

void PagedListModel::refresh()
{
    if (!m_worker || m_pending)
        return;
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    newGeneration();
    m_refreshing = true;
    QList<QPair<int, ListKey>> pages;
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i).loaded || i == m_pages.size() - 1)
            pages.append({i, m_pages.at(i).startAfter});
    }
    if (pages.isEmpty())
        pages.append({0, ListKey()});
    const quint64 generation = m_generation;
    const ListQuery query = m_query;
    post([generation, query, pages](ListWorker *w) {
        w->setQuery(generation, query);
        w->refresh(generation, pages);
    });
}

int PagedListModel::totalRows() const
{
    return m_pages.isEmpty() ? 0 : int(m_pages.size() - 1) * pageSize + m_pages.constLast().rowCount;
}

int PagedListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : totalRows();
}

bool PagedListModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_worker || m_pending || m_atEnd || m_pages.isEmpty())
        return false;
    const Page &last = m_pages.constLast();
    return last.final && last.rowCount == pageSize && totalRows() < rowCap;
}

void PagedListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const Page &last = m_pages.constLast();
    if (!last.loaded && !last.requested) {
        request(int(m_pages.size()) - 1); // its end key comes with it
        return;
    }
    if (!last.loaded)
        return;
    Page next;
    next.startAfter = last.endKey;
    m_pages.append(next);
    request(int(m_pages.size()) - 1);
}

void PagedListModel::request(int index) const
{
    Page &page = m_pages[index];
    if (page.requested || !m_worker)
        return;
    page.requested = true;
    // From where the page before ends when it is in memory (exact even if rows were added meanwhile).
    const ListKey startAfter
        = index > 0 && m_pages.at(index - 1).loaded ? m_pages.at(index - 1).endKey : page.startAfter;
    const quint64 generation = m_generation;
    const_cast<PagedListModel *>(this)->post(
        [generation, index, startAfter](ListWorker *w) { w->fetchPage(generation, index, startAfter); });
}

const ListRow *PagedListModel::rowAt(int row) const
{
    if (row < 0 || row >= totalRows())
        return nullptr;
    const int index = row / pageSize;
    Page &page = m_pages[index];
    const int offset = row % pageSize;
    if (!page.loaded || offset >= page.rows.size()) {
        request(index);
        return nullptr;
    }
    page.used = ++m_useClock;
    return &page.rows.at(offset);
}

const ListRow *PagedListModel::rowIfInMemory(int row) const
{
    if (row < 0 || row >= totalRows())
        return nullptr;
    const Page &page = m_pages.at(row / pageSize);
    const int offset = row % pageSize;
    return page.loaded && offset < page.rows.size() ? &page.rows.at(offset) : nullptr;
}

int PagedListModel::rowOfId(qint64 id) const
{
    for (int p = 0; p < m_pages.size(); ++p) {
        const Page &page = m_pages.at(p);
        if (!page.loaded)
            continue;
        for (int r = 0; r < page.rows.size(); ++r) {
            if (page.rows.at(r).id() == id)
                return p * pageSize + r;
        }
    }
    return -1;
}

qint64 PagedListModel::count() const
{
    return m_countExact ? m_count : std::max<qint64>(m_count, totalRows());
}

bool PagedListModel::isFetching() const
{
    if (m_pending || m_refreshing)
        return true;
    for (const Page &page : std::as_const(m_pages)) {
        if (page.requested)
            return true;
    }
    return false;
}

int PagedListModel::pagesInMemory() const
{
    int n = 0;
    for (const Page &page : std::as_const(m_pages))
        n += page.loaded ? 1 : 0;
    return n;
}

void PagedListModel::changeLayout(const std::function<void()> &change)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    const QModelIndexList from = persistentIndexList();
    QList<qint64> ids;
    ids.reserve(from.size());
    for (const QModelIndex &index : from) {
        const int offset = index.row() % pageSize;
        const Page &page = m_pages.at(index.row() / pageSize);
        ids.append(page.loaded && offset < page.rows.size() ? page.rows.at(offset).id() : -1);
    }
    change();
    QHash<qint64, int> rowOf;
    const int rows = totalRows();
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        int row = -1;
        if (ids.at(i) >= 0) {
            if (rowOf.isEmpty()) {
                for (int p = 0; p < m_pages.size(); ++p) {
                    for (int r = 0; r < m_pages.at(p).rows.size(); ++r)
                        rowOf.insert(m_pages.at(p).rows.at(r).id(), p * pageSize + r);
                }
            }
            row = rowOf.value(ids.at(i), -1);
        }
        // A row not in memory keeps its place when the query is the same (a refresh).
        if (row < 0 && ids.at(i) < 0 && !m_pending && from.at(i).row() < rows)
            row = from.at(i).row();
        to.append(row < 0 ? QModelIndex() : index(row, from.at(i).column()));
    }
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
}

void PagedListModel::showEmpty()
{
    if (!m_pending || m_pages.isEmpty())
        return;
    changeLayout([this] {
        m_pages.clear();
        m_atEnd = false;
    });
}

void PagedListModel::onPageReady(quint64 generation, const ListPage &page)
{
    if (generation != m_generation)
        return;
    if (m_pending) {
        if (page.index != 0)
            return;
        m_slowFirstPage->stop();
        changeLayout([&] {
            m_pending = false;
            m_pages.clear();
            Page first;
            first.rows = page.rows;
            first.rowCount = int(page.rows.size());
            first.endKey = page.endKey;
            first.loaded = true;
            first.requested = !page.final;
            first.final = page.final;
            first.used = ++m_useClock;
            m_pages.append(first);
            m_atEnd = page.final && page.atEnd;
            if (m_atEnd && first.rowCount == 0)
                m_pages.clear();
        });
        emit loadingChanged();
        emit countChanged();
        return;
    }
    if (page.index >= m_pages.size())
        return;
    // By index, never by a reference held across begin/end*Rows: a view's fetchMore on
    // endInsertRows appends a page and may move the list.
    const bool last = page.index == m_pages.size() - 1;
    const int before = totalRows();
    if (!last && page.rows.size() < m_pages.at(page.index).rowCount) {
        // Rows were removed meanwhile: this page ends the list now.
        beginRemoveRows({}, page.index * pageSize + int(page.rows.size()), before - 1);
        m_pages.resize(page.index + 1);
        m_pages[page.index].rowCount = int(page.rows.size());
        endRemoveRows();
    }
    {
        Page &p = m_pages[page.index];
        p.rows = page.rows;
        p.endKey = page.endKey;
        p.loaded = true;
        p.final = page.final;
        p.requested = !page.final;
        p.used = ++m_useClock;
    }
    if (page.index == m_pages.size() - 1) {
        m_atEnd = page.final && page.atEnd;
        const int now = int(page.rows.size());
        const int had = m_pages.at(page.index).rowCount;
        if (now > had) {
            beginInsertRows({}, page.index * pageSize + had, page.index * pageSize + now - 1);
            m_pages[page.index].rowCount = now;
            endInsertRows();
        } else if (now < had) {
            beginRemoveRows({}, page.index * pageSize + now, page.index * pageSize + had - 1);
            m_pages[page.index].rowCount = now;
            endRemoveRows();
        }
        if (page.index == m_pages.size() - 1 && m_pages.at(page.index).rowCount == 0 && m_atEnd
            && m_pages.size() > 1)
            m_pages.removeLast(); // an empty page after a full one: no row, nothing to remove
    }
    const int first = page.index * pageSize;
    const int shown = std::min(int(page.rows.size()), totalRows() - first);
    if (shown > 0)
        emit dataChanged(index(first, 0), index(first + shown - 1, columnCount() - 1));
    if (totalRows() != before)
        emit countChanged();
    evict();
}

void PagedListModel::onPagesRefreshed(quint64 generation, const QList<ListPage> &pages)
{
    if (generation != m_generation)
        return;
    changeLayout([&] {
        for (const ListPage &page : pages) {
            if (page.index > m_pages.size())
                break;
            if (page.index == m_pages.size())
                m_pages.append(Page {});
            Page &p = m_pages[page.index];
            p.startAfter = page.startAfter;
            p.rows = page.rows;
            p.endKey = page.endKey;
            p.loaded = true;
            p.final = true;
            p.requested = false;
            p.used = ++m_useClock;
            p.rowCount = int(page.rows.size());
            if (page.index + 1 < m_pages.size())
                m_pages[page.index + 1].startAfter = page.endKey;
            if (page.atEnd || p.rowCount < pageSize) {
                m_pages.resize(page.index + 1);
                m_atEnd = page.atEnd;
                break;
            }
            if (page.index == m_pages.size() - 1)
                m_atEnd = false;
        }
        while (!m_pages.isEmpty() && m_pages.constLast().rowCount == 0)
            m_pages.removeLast();
        if (m_pages.isEmpty())
            m_atEnd = true;
    });
    emit countChanged();
    m_refreshing = false;
    if (m_refreshAgain) {
        m_refreshAgain = false;
        m_refreshLater->start(0);
    }
    evict();
}

void PagedListModel::onCountChanged(quint64 generation, qint64 count, bool exact)
{
    if (generation != m_generation)
        return;
    m_count = count;
    m_countExact = exact;
    emit countChanged();
}

void PagedListModel::evict()
{
    for (;;) {
        int loaded = 0;
        int oldest = -1;
        for (int i = 0; i < m_pages.size(); ++i) {
            const Page &page = m_pages.at(i);
            if (!page.loaded)
                continue;
            ++loaded;
            if (page.final && (oldest < 0 || page.used < m_pages.at(oldest).used))
                oldest = i;
        }
        if (loaded <= cachedPages || oldest < 0)
            return;
        Page &page = m_pages[oldest];
        page.rows = QList<ListRow>();
        page.loaded = false;
    }
}
