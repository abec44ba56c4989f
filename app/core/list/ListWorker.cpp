#include "list/ListWorker.h"

#include "common/LogCategories.h"
#include "store/ListStore.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

namespace {
constexpr int scanChunk = 1024; // rows read per statement while a search checks rows here
constexpr int indexedScanRows = 2 * scanChunk; // rows a page of many matches scans before asking the store
constexpr int countChunk = 50000; // rows counted per slice without a count table
constexpr int scanCountChunk = 4096; // rows checked per slice when counting a search
constexpr int partialEveryMs = 50;
constexpr int pollMs = 250;
} // namespace

ListReader::ListReader(
    ListStore *store, const ListSource &source, int pageSize, std::function<bool()> cancelled, Use use)
    : m_store(store)
    , m_source(source)
    , m_pageSize(pageSize)
    , m_cancelled(std::move(cancelled))
    , m_use(use)
{ }

bool ListReader::matches(const ListRow &row) const
{
    for (int c = 0; c < m_source.columns.size(); ++c) {
        if (m_source.columns.at(c).searched
            && row.values.at(c).toString().contains(m_needle, Qt::CaseInsensitive))
            return true;
    }
    return m_source.parentColumn >= 0
        && m_matchingParents.contains(row.values.at(m_source.parentColumn).toString());
}

ListKey ListReader::keyOf(const ListRow &row) const
{
    return ListOrder::keyOf(m_source, m_query, row,
        m_source.parentColumn >= 0 ? m_parentNames.value(row.values.at(m_source.parentColumn).toString())
                                   : QString());
}

bool ListReader::prepare(const ListQuery &query)
{
    m_query = query;
    m_set.clear();
    m_manyMatches = false;
    m_needle = query.search.trimmed();
    m_matchingParents.clear();
    m_parentNames.clear();
    if (m_source.parentColumn >= 0) {
        const QList<QPair<QString, QString>> parents = m_store->parents(m_source);
        for (const auto &[key, name] : parents) {
            m_parentNames.insert(key, name);
            if (!m_needle.isEmpty()
                && (key.contains(m_needle, Qt::CaseInsensitive)
                    || name.contains(m_needle, Qt::CaseInsensitive)))
                m_matchingParents.insert(key);
        }
    }
    m_strategy = m_needle.isEmpty() ? Strategy::Ordered : Strategy::Scan;
    // Characters, not UTF-16 units: the trigram index needs three.
    const qsizetype characters = m_needle.toUcs4().size();
    if (m_needle.isEmpty() || characters < 3 || !m_matchingParents.isEmpty())
        return !m_cancelled();
    const std::optional<QList<qint64>> ids = m_store->substringMatches(m_source, m_needle, setLimit + 1);
    if (m_cancelled())
        return false;
    if (!ids)
        return true;
    m_manyMatches = ids->size() > setLimit;
    if (m_use == Use::Browse && m_query.sortColumn != ListQuery::sortByParent) {
        m_strategy = Strategy::Indexed;
        return true;
    }
    if (m_manyMatches)
        return true;
    QList<ListRow> rows;
    if (!m_store->rowsWithIds(m_source, m_query, *ids, &rows))
        return false;
    m_set.reserve(rows.size());
    for (ListRow &row : rows) {
        ListKey key = keyOf(row);
        m_set.append({std::move(key), std::move(row)});
    }
    const bool ascending = m_query.order == Qt::AscendingOrder;
    std::sort(m_set.begin(), m_set.end(), [&](const auto &a, const auto &b) {
        const int c = ListOrder::compareKeys(m_source, m_query, a.first, b.first);
        return ascending ? c < 0 : c > 0;
    });
    m_strategy = Strategy::Set;
    return true;
}

bool ListReader::page(int index, const ListKey &startAfter, ListPage *out,
    const std::function<void(const ListPage &)> &progress)
{
    out->index = index;
    out->startAfter = startAfter;
    out->rows.clear();
    out->atEnd = false;
    out->final = true;
    const bool ascending = m_query.order == Qt::AscendingOrder;
    switch (m_strategy) {
    case Strategy::Ordered: {
        if (!m_store->orderedRows(m_source, m_query, startAfter, m_pageSize, &out->rows))
            return false;
        out->atEnd = out->rows.size() < m_pageSize;
        break;
    }
    case Strategy::Indexed: {
        // Many matches are often dense from the start of the order (a text most rows hold): a short scan
        // fills the page at once. Otherwise the rest comes from the store's ordered matches after where the
        // scan stopped, whose cost is the number of matches, not the rows before them.
        ListKey cursor = startAfter;
        bool complete = false;
        if (m_manyMatches && !scan(startAfter, out, progress, indexedScanRows, &cursor, &complete))
            return false;
        if (!complete) {
            const int wanted = m_pageSize - int(out->rows.size());
            QList<ListRow> rows;
            if (!m_store->orderedMatches(m_source, m_query, m_needle, cursor, wanted, &rows))
                return false;
            out->atEnd = rows.size() < wanted;
            out->rows.append(std::move(rows));
        }
        break;
    }
    case Strategy::Set: {
        auto it = m_set.cbegin();
        if (!startAfter.isEmpty()) {
            it = std::upper_bound(
                m_set.cbegin(), m_set.cend(), startAfter, [&](const ListKey &key, const auto &entry) {
                    const int c = ListOrder::compareKeys(m_source, m_query, key, entry.first);
                    return ascending ? c < 0 : c > 0;
                });
        }
        for (; it != m_set.cend() && out->rows.size() < m_pageSize; ++it)
            out->rows.append(it->second);
        out->atEnd = it == m_set.cend();
        break;
    }
    case Strategy::Scan: {
        ListKey cursor;
        bool complete = false;
        if (!scan(startAfter, out, progress, std::numeric_limits<qint64>::max(), &cursor, &complete))
            return false;
        break;
    }
    }
    out->endKey = out->rows.isEmpty() ? startAfter : keyOf(out->rows.constLast());
    return !m_cancelled();
}

bool ListReader::scan(const ListKey &startAfter, ListPage *out,
    const std::function<void(const ListPage &)> &progress, qint64 maxRows, ListKey *cursor, bool *complete)
{
    *cursor = startAfter;
    *complete = false;
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    qsizetype reported = 0;
    for (qint64 read = 0; read < maxRows;) {
        QList<ListRow> chunk;
        if (m_cancelled() || !m_store->orderedRows(m_source, m_query, *cursor, scanChunk, &chunk))
            return false;
        read += chunk.size();
        for (ListRow &row : chunk) {
            *cursor = keyOf(row);
            if (matches(row)) {
                out->rows.append(std::move(row));
                if (out->rows.size() == m_pageSize) {
                    *complete = true;
                    return true;
                }
            }
        }
        if (chunk.size() < scanChunk) {
            out->atEnd = true;
            *complete = true;
            return true;
        }
        if (progress && sinceProgress.elapsed() >= partialEveryMs && out->rows.size() > reported) {
            out->final = false;
            out->endKey = keyOf(out->rows.constLast());
            progress(*out);
            out->final = true;
            reported = out->rows.size();
            sinceProgress.restart();
        }
    }
    return true;
}

bool ListReader::readAll(const std::function<bool(const QList<ListRow> &)> &sink)
{
    ListPage current;
    ListKey after;
    for (int index = 0;; ++index) {
        if (!page(index, after, &current))
            return false;
        if (!current.rows.isEmpty() && !sink(current.rows))
            return false;
        if (current.atEnd || current.rows.isEmpty())
            return true;
        after = current.endKey;
    }
}

ListWorker::ListWorker(StoreFactory factory, const ListSource &source, int pageSize,
    std::shared_ptr<std::atomic<quint64>> latest)
    : m_factory(std::move(factory))
    , m_source(source)
    , m_pageSize(pageSize)
    , m_latest(std::move(latest))
{ }

ListWorker::~ListWorker() = default;

void ListWorker::start()
{
    ensureOpen();
}

bool ListWorker::ensureOpen()
{
    if (m_open)
        return true;
    m_store = m_factory ? m_factory() : nullptr;
    QString error;
    m_open = m_store && m_store->open(&error);
    if (!m_open) {
        m_store.reset();
        qCWarning(lcRegistry) << "the list cannot read the store:" << error;
        return false;
    }
    auto cancelled = [this] {
        return m_working.load(std::memory_order_relaxed) != m_latest->load(std::memory_order_relaxed);
    };
    m_store->setCancelCheck(cancelled);
    m_reader = std::make_unique<ListReader>(m_store.get(), m_source, m_pageSize, cancelled);
    m_changeCounter = m_store->changeCounter();
    m_poll = new QTimer(this);
    m_poll->setInterval(pollMs);
    connect(m_poll, &QTimer::timeout, this, &ListWorker::poll);
    m_poll->start();
    return true;
}

void ListWorker::stop()
{
    delete m_poll;
    m_poll = nullptr;
    m_reader.reset();
    m_store.reset(); // the connection closes in the thread that opened it
    m_open = false;
}

void ListWorker::poll()
{
    const qint64 now = m_store->changeCounter();
    if (now != m_changeCounter) {
        m_changeCounter = now;
        emit storeChanged();
    }
}

void ListWorker::setQuery(quint64 generation, const ListQuery &query)
{
    if (stale(generation) || !ensureOpen())
        return;
    m_working = generation;
    m_generation = 0;
    if (!m_reader->prepare(query))
        return;
    m_generation = generation;
    startCount(generation);
}

void ListWorker::fetchPage(quint64 generation, int index, const ListKey &startAfter)
{
    if (!m_open || stale(generation) || generation != m_generation)
        return;
    m_working = generation;
    ListPage result;
    const bool done = m_reader->page(index, startAfter, &result,
        [this, generation](const ListPage &partial) { emit pageReady(generation, partial); });
    if (done)
        emit pageReady(generation, result);
}

void ListWorker::refresh(quint64 generation, const QList<QPair<int, ListKey>> &pages)
{
    if (!m_open || stale(generation) || generation != m_generation)
        return;
    m_working = generation;
    QList<ListPage> results;
    for (const auto &[index, startAfter] : pages) {
        const bool chained = !results.isEmpty() && results.constLast().index == index - 1;
        if (chained && results.constLast().atEnd)
            break; // the list now ends before this page
        ListPage result;
        if (!m_reader->page(index, chained ? results.constLast().endKey : startAfter, &result))
            return;
        results.append(std::move(result));
    }
    emit pagesRefreshed(generation, results);
}

void ListWorker::startCount(quint64 generation)
{
    m_counted = 0;
    m_countedTo = std::numeric_limits<qint64>::min();
    if (m_reader->strategy() == ListReader::Strategy::Set) {
        emit countChanged(generation, m_reader->setSize(), true);
        return;
    }
    if (m_reader->strategy() == ListReader::Strategy::Ordered) {
        if (const std::optional<qint64> kept = m_store->keptCount(m_source, m_reader->query())) {
            emit countChanged(generation, *kept, true);
            return;
        }
    }
    if (m_reader->strategy() == ListReader::Strategy::Indexed) {
        // Queued behind the first page, which the model asked for with the query.
        QMetaObject::invokeMethod(
            this,
            [this, generation] {
                if (!m_open || stale(generation) || generation != m_generation)
                    return;
                m_working = generation;
                const ListQuery &query = m_reader->query();
                if (const std::optional<qint64> n
                    = m_store->matchCount(m_source, query, query.search.trimmed()))
                    emit countChanged(generation, *n, true);
            },
            Qt::QueuedConnection);
        return;
    }
    QMetaObject::invokeMethod(
        this, [this, generation] { countSlice(generation); }, Qt::QueuedConnection);
}

void ListWorker::countSlice(quint64 generation)
{
    if (!m_open || stale(generation) || generation != m_generation)
        return;
    m_working = generation;
    bool done = false;
    if (m_reader->strategy() == ListReader::Strategy::Ordered) {
        qint64 last = m_countedTo;
        if (!m_store->countSome(
                m_source, m_reader->query(), m_countedTo, countChunk, &m_counted, &last, &done))
            return;
        m_countedTo = last;
    } else {
        // A search: the rows that pass the filters, in id order, checked here.
        ListQuery byId = m_reader->query();
        byId.sortColumn = ListQuery::sortById;
        byId.order = Qt::AscendingOrder;
        QList<ListRow> chunk;
        const ListKey after
            = m_countedTo == std::numeric_limits<qint64>::min() ? ListKey() : ListKey {m_countedTo};
        if (!m_store->orderedRows(m_source, byId, after, scanCountChunk, &chunk))
            return;
        for (const ListRow &row : std::as_const(chunk)) {
            if (m_reader->matches(row))
                ++m_counted;
        }
        if (!chunk.isEmpty())
            m_countedTo = chunk.constLast().id();
        done = chunk.size() < scanCountChunk;
    }
    emit countChanged(generation, m_counted, done);
    if (!done)
        QMetaObject::invokeMethod(
            this, [this, generation] { countSlice(generation); }, Qt::QueuedConnection);
}
