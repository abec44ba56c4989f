// The table models of the kept list: the paged calendar list (PagedListModel over the SQLite store, its
// worker thread and its own connection), checked by QAbstractItemModelTester (fatal) while rows are written
// by this connection and by another one; paging, sort order of tricky texts, search while typing (1-2
// characters scanned, 3+ through the trigram index, non-ASCII), counts, the selection across refreshes; and
// the generic list over the operation log.
#include "PagedModelWait.h"
#include "TestEnvironment.h"
#include "activity/ActivityModel.h"
#include "list/ListSources.h"
#include "list/ListWorker.h"
#include "registry/ApplicationsModel.h"
#include "registry/CalendarsModel.h"
#include "registry/RecordText.h"
#include "registry/Registry.h"
#include "store/SqliteListStore.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

namespace {

ApplicationRecord app(const QString &clientId, const QString &name)
{
    ApplicationRecord a;
    a.clientId = clientId;
    a.name = name;
    a.dataCenter = QStringLiteral("us");
    a.createdAt = QDateTime(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC);
    return a;
}

CalendarRecord cal(const QString &clientId, const QString &id, const QString &profile, int day)
{
    CalendarRecord c;
    c.clientId = clientId;
    c.applicationCalendarId = id;
    c.sub = QStringLiteral("apc_") + id;
    c.profileName = profile;
    c.providerName = QStringLiteral("Cronofy");
    c.provisionedAt = QDateTime(QDate(2026, 11, day), QTime(9, 0), Qt::UTC);
    c.lastSeenAt = c.provisionedAt;
    return c;
}

using PagedModelWait::ids;
using PagedModelWait::loadAll;

// What a search shows, worked out the slow way: the ids of the calendars whose calendar id, sub, profile
// name, client_id or application name contains the text, ignoring case, in id order.
QList<qint64> expectedIds(Registry &registry, const QString &text)
{
    const QString needle = text.trimmed();
    QHash<QString, QString> names;
    for (const ApplicationRecord &a : registry.applications())
        names.insert(a.clientId, a.name);
    QList<qint64> out;
    for (const CalendarRecord &r : registry.calendars()) {
        for (const QString &field :
            {r.applicationCalendarId, r.sub, r.profileName, r.clientId, names.value(r.clientId)}) {
            if (field.contains(needle, Qt::CaseInsensitive)) {
                out.append(r.id);
                break;
            }
        }
    }
    return out;
}

// SQLite's NOCASE order (ASCII letters folded, then UTF-8 bytes), or bytes for the sub; ties by id.
bool inColumnOrder(CalendarsModel &model, int column, Qt::SortOrder order, QString *why)
{
    // Pages scrolled past may have left memory: each row is read again when looked at.
    auto inMemory
        = [&model](int row) { return QTest::qWaitFor([&] { return model.rowAt(row) != nullptr; }, 10000); };
    for (int row = 1; row < model.rowCount(); ++row) {
        if (!inMemory(row - 1) || !inMemory(row)) {
            *why = QStringLiteral("row %1 was not read").arg(row);
            return false;
        }
        const QVariant a = model.index(row - 1, column).data(CalendarsModel::SortRole);
        const QVariant b = model.index(row, column).data(CalendarsModel::SortRole);
        int c = 0;
        if (a.typeId() == QMetaType::QDateTime) {
            const QDateTime x = a.toDateTime();
            const QDateTime y = b.toDateTime();
            c = x == y ? 0 : (!x.isValid() || (y.isValid() && x < y)) ? -1 : 1;
        } else if (column == CalendarsModel::StatusColumn) {
            c = ListOrder::compareText(RecordText::statusKey(model.record(row - 1).status),
                RecordText::statusKey(model.record(row).status), true);
        } else {
            c = ListOrder::compareText(a.toString(), b.toString(), column == CalendarsModel::SubColumn);
        }
        if (c == 0 && column == CalendarsModel::ApplicationColumn) {
            c = ListOrder::compareText(model.index(row - 1, 0).data(CalendarsModel::ClientIdRole).toString(),
                model.index(row, 0).data(CalendarsModel::ClientIdRole).toString(), true);
        }
        if (c == 0) {
            const qint64 x = model.index(row - 1, 0).data(CalendarsModel::IdRole).toLongLong();
            const qint64 y = model.index(row, 0).data(CalendarsModel::IdRole).toLongLong();
            c = x < y ? -1 : 1;
        }
        if (order == Qt::AscendingOrder ? c > 0 : c < 0) {
            *why = QStringLiteral("column %1, rows %2 and %3: %4 / %5")
                       .arg(column)
                       .arg(row - 1)
                       .arg(row)
                       .arg(a.toString(), b.toString());
            return false;
        }
    }
    return true;
}

// The operation log through the same paged list (what the Activity page builds on).
class OperationsList : public PagedListModel
{
public:
    explicit OperationsList(const QString &path)
        : PagedListModel(ListSources::operations(),
            [path]() -> std::unique_ptr<ListStore> { return std::make_unique<SqliteListStore>(path); })
    { }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(source().columns.size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        const ListRow *row = index.isValid() && role == Qt::DisplayRole ? rowAt(index.row()) : nullptr;
        return row ? row->values.value(index.column()) : QVariant();
    }
};

} // namespace

class TestRegistryModels : public QObject
{
    Q_OBJECT

    std::unique_ptr<Registry> m_registry;
    int m_dbCount = 0;

private slots:
    void initTestCase() { TestEnvironment::prepare(); }

    void init()
    {
        const QString path
            = TestEnvironment::home() + QStringLiteral("/models-%1/registry.sqlite").arg(++m_dbCount);
        Registry::OpenResult opened = Registry::open(path);
        QVERIFY2(opened.registry, qPrintable(opened.error.message()));
        m_registry = std::move(opened.registry);
        Registry &r = *m_registry;
        QVERIFY(r.upsertApplication(app(QStringLiteral("cli_berlin"), QStringLiteral("Berlin Rooms"))).ok());
        QVERIFY(r.upsertApplication(app(QStringLiteral("cli_paris"), QStringLiteral("Paris Desks"))).ok());
        QVERIFY(r.upsertCalendar(cal(QStringLiteral("cli_berlin"), QStringLiteral("room-alpha"),
                                     QStringLiteral("Alpha Saal"), 5))
                    .ok());
        QVERIFY(r.upsertCalendar(cal(QStringLiteral("cli_berlin"), QStringLiteral("room-beta"),
                                     QStringLiteral("Beta Zimmer"), 3))
                    .ok());
        QVERIFY(r.upsertCalendar(cal(QStringLiteral("cli_paris"), QStringLiteral("desk-1"),
                                     QStringLiteral("Zoë Bureau"), 4))
                    .ok());
        QVERIFY(r.recordCalendarFailure(
                     QStringLiteral("cli_paris"), QStringLiteral("desk-2"), QStringLiteral("Refused."))
                    .ok());
    }

    void cleanup() { m_registry.reset(); }

    // Many rows at once, in one transaction (as a bulk run writes them).
    void addRooms(int count, const QString &prefix = QStringLiteral("room"))
    {
        QList<CalendarRecord> rows;
        for (int i = 0; i < count; ++i) {
            rows.append(cal(i % 2 ? QStringLiteral("cli_berlin") : QStringLiteral("cli_paris"),
                QStringLiteral("%1-%2").arg(prefix).arg(i, 5, 10, QLatin1Char('0')),
                i % 7 ? QStringLiteral("Saal %1").arg(i) : QStringLiteral("Zo\u00eb %1").arg(i), 1 + i % 28));
        }
        QVERIFY(m_registry->upsertCalendars(rows).ok());
    }

    void nothingIsReadBeforeStart()
    {
        CalendarsModel model(m_registry.get());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.isStarted());
        QVERIFY(!model.canFetchMore({}));
    }

    void calendarsModelFollowsTheRegistry()
    {
        CalendarsModel model(m_registry.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.start();
        QTRY_COMPARE(model.rowCount(), 4);
        QTRY_VERIFY(model.countIsExact());
        QCOMPARE(model.count(), 4);
        QCOMPARE(model.columnCount(), int(CalendarsModel::ColumnCount));
        QCOMPARE(model.headerData(CalendarsModel::CalendarIdColumn, Qt::Horizontal).toString(),
            QStringLiteral("Calendar ID"));
        const int alpha = model.rowOf(QStringLiteral("cli_berlin"), QStringLiteral("room-alpha"));
        QVERIFY(alpha >= 0);
        QCOMPARE(model.index(alpha, CalendarsModel::ApplicationColumn).data().toString(),
            QStringLiteral("Berlin Rooms"));
        QCOMPARE(
            model.index(alpha, CalendarsModel::StatusColumn).data().toString(), QStringLiteral("Active"));
        QCOMPARE(
            model.index(alpha, CalendarsModel::ProvisionedColumn).data(CalendarsModel::SortRole).toDateTime(),
            QDateTime(QDate(2026, 11, 5), QTime(9, 0), Qt::UTC));
        const int desk2 = model.rowOf(QStringLiteral("cli_paris"), QStringLiteral("desk-2"));
        QCOMPARE(
            model.index(desk2, CalendarsModel::StatusColumn).data().toString(), QStringLiteral("Failed"));
        QCOMPARE(model.index(desk2, 0).data(CalendarsModel::IdRole).toLongLong(),
            m_registry->calendar(QStringLiteral("cli_paris"), QStringLiteral("desk-2"))->id);
        QCOMPARE(model.record(desk2).lastError, QStringLiteral("Refused."));

        // A new calendar written here: it appears, without a reset.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(m_registry
                    ->upsertCalendar(cal(
                        QStringLiteral("cli_paris"), QStringLiteral("desk-3"), QStringLiteral("Desk 3"), 6))
                    .ok());
        QTRY_COMPARE(model.rowCount(), 5);
        QTRY_COMPARE(model.count(), 5);
        // The same calendar again: its row changes.
        QVERIFY(m_registry
                    ->upsertCalendar(cal(QStringLiteral("cli_paris"), QStringLiteral("desk-3"),
                        QStringLiteral("Desk Three"), 6))
                    .ok());
        QTRY_COMPARE(
            model.record(model.rowOf(QStringLiteral("cli_paris"), QStringLiteral("desk-3"))).profileName,
            QStringLiteral("Desk Three"));
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(m_registry->markRevoked(QStringLiteral("cli_berlin"), QStringLiteral("apc_room-beta")).ok());
        QTRY_COMPARE(
            model.record(model.rowOf(QStringLiteral("cli_berlin"), QStringLiteral("room-beta"))).status,
            CalendarRecord::Status::Revoked);

        // A renamed application shows its new name and is found by it.
        QVERIFY(m_registry->upsertApplication(app(QStringLiteral("cli_paris"), QStringLiteral("Lyon Desks")))
                    .ok());
        const int desk3 = model.rowOf(QStringLiteral("cli_paris"), QStringLiteral("desk-3"));
        QCOMPARE(model.index(desk3, CalendarsModel::ApplicationColumn).data().toString(),
            QStringLiteral("Lyon Desks"));
        model.setSearchText(QStringLiteral("lyon"));
        QTRY_COMPARE(model.rowCount(), 3);
        model.setSearchText({});
        QTRY_COMPARE(model.rowCount(), 5);

        // Another connection (cronofyctl, another window) writes: its rows appear by themselves, within a
        // second (the worker polls the store's data_version every 250 ms).
        Registry::OpenResult other = Registry::open(m_registry->path());
        QVERIFY(other.registry
                    ->upsertCalendar(
                        cal(QStringLiteral("cli_paris"), QStringLiteral("desk-9"), QStringLiteral("Far"), 7))
                    .ok());
        QElapsedTimer shown;
        shown.start();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 6, 1000);
        qInfo("a row written by another connection showed after %lld ms", qlonglong(shown.elapsed()));
        QCOMPARE(reset.count(), 0);
    }

    void pagesAtAnySize()
    {
        addRooms(5000);
        CalendarsModel model(m_registry.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.sort(CalendarsModel::CalendarIdColumn, Qt::AscendingOrder);
        model.start();
        // One page first, the count from the count table.
        QTRY_VERIFY(!model.isLoading());
        QVERIFY(model.rowCount() >= PagedListModel::pageSize); // the tester may have asked for more
        QVERIFY(model.rowCount() < 5004);
        QTRY_VERIFY(model.countIsExact());
        QCOMPARE(model.count(), 5004);
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), 5004);
        // Bounded memory: at most cachedPages pages hold rows.
        QVERIFY(model.pagesInMemory() <= PagedListModel::cachedPages);
        // Every row once, in calendar id order (keyset pages never skip or repeat a row).
        const QList<qint64> shown = ids(model);
        QCOMPARE(QSet<qint64>(shown.cbegin(), shown.cend()).size(), 5004);
        QString why;
        QVERIFY2(inColumnOrder(model, CalendarsModel::CalendarIdColumn, Qt::AscendingOrder, &why),
            qPrintable(why));
        // A page that was evicted is read again when it is looked at.
        int evicted = -1;
        for (int row = 0; row < model.rowCount() && evicted < 0; row += PagedListModel::pageSize)
            evicted = model.rowIfInMemory(row) ? -1 : row;
        QVERIFY(evicted >= 0);
        QTRY_VERIFY(model.rowAt(evicted) != nullptr);
        QCOMPARE(model.index(evicted, 0).data(CalendarsModel::IdRole).toLongLong(), shown.at(evicted));
        QCOMPARE(
            model.index(0, CalendarsModel::CalendarIdColumn).data().toString(), QStringLiteral("desk-1"));

        // Filters: counts from the count table, rows from the index.
        model.setApplicationFilter(QStringLiteral("cli_berlin"));
        model.setStatusFilter(CalendarRecord::Status::Active);
        QTRY_VERIFY(!model.isLoading());
        QTRY_VERIFY(model.countIsExact());
        QCOMPARE(model.count(), 2502);
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), 2502);
        for (int row = 0; row < model.rowCount(); row += 97) {
            QCOMPARE(model.record(row).clientId, QStringLiteral("cli_berlin"));
            QCOMPARE(model.record(row).status, CalendarRecord::Status::Active);
        }
    }

    void sortOrderOfTextColumns()
    {
        // Texts that share long prefixes, differ only in case, or hold characters beyond ASCII.
        const QStringList texts = {QStringLiteral("Room-0001-aaaaaaaaaa-1"),
            QStringLiteral("room-0001-aaaaaaaaaa-2"), QStringLiteral("ROOM-0001-AAAAAAAAAA-0"),
            QStringLiteral("room-0001"), QStringLiteral("room-000"), QStringLiteral("\u212Aelvin"),
            QStringLiteral("kelvin"), QStringLiteral("Lima"), QStringLiteral("\u00c4rger"),
            QStringLiteral("\u00e4rger-2"), QStringLiteral("zoo"), QStringLiteral("\U0001F600-smile"),
            QStringLiteral("\uFF21-wide"), QStringLiteral("a\u00ffb"), QStringLiteral("a\u0100b")};
        for (const QString &text : texts) {
            for (const QString &clientId : {QStringLiteral("cli_berlin"), QStringLiteral("cli_paris")}) {
                CalendarRecord c = cal(clientId, text, text.toUpper(), 6);
                c.sub = QStringLiteral("apc_") + text; // mixed case: the sub sorts case-sensitively
                c.providerName = text.left(3);
                c.lastError = text.right(2);
                QVERIFY(m_registry->upsertCalendar(c).ok());
            }
        }
        QVERIFY(m_registry->upsertApplication(app(QStringLiteral("cli_zurich"), QStringLiteral("\u00c4pfel")))
                    .ok());
        QVERIFY(
            m_registry->upsertCalendar(cal(QStringLiteral("cli_zurich"), QStringLiteral("x"), {}, 2)).ok());
        CalendarRecord undated = cal(QStringLiteral("cli_zurich"), QStringLiteral("y"), {}, 2);
        undated.provisionedAt = {};
        undated.lastSeenAt = {};
        QVERIFY(m_registry->upsertCalendar(undated).ok());
        CalendarsModel model(m_registry.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.start();
        for (int column = 0; column < CalendarsModel::ColumnCount; ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                model.sort(column, order);
                QVERIFY(loadAll(model));
                QCOMPARE(model.rowCount(), 4 + 2 * int(texts.size()) + 2);
                QString why;
                QVERIFY2(inColumnOrder(model, column, order, &why), qPrintable(why));
            }
        }
        // The undated calendars (desk-2 failed, y) sort before every date, by id.
        model.sort(CalendarsModel::ProvisionedColumn, Qt::AscendingOrder);
        QVERIFY(loadAll(model));
        QCOMPARE(model.record(0).applicationCalendarId, QStringLiteral("desk-2"));
        QCOMPARE(model.record(1).applicationCalendarId, QStringLiteral("y"));
        QVERIFY(model.record(2).provisionedAt.isValid());
        // Sorting by application is by its name: Ä (U+00C4) after the ASCII names.
        model.sort(CalendarsModel::ApplicationColumn, Qt::AscendingOrder);
        QVERIFY(loadAll(model));
        QCOMPARE(model.index(0, CalendarsModel::ApplicationColumn).data().toString(),
            QStringLiteral("Berlin Rooms"));
        QCOMPARE(model.index(model.rowCount() - 1, CalendarsModel::ApplicationColumn).data().toString(),
            QStringLiteral("\u00c4pfel"));
    }

    void searchWhileTypingMatchesAFullCheck()
    {
        // Enough rows that a broad needle reads the sort index in chunks, and a narrow one goes through the
        // trigram index; both must show what a row-by-row check shows.
        addRooms(3000);
        CalendarsModel model(m_registry.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.sort(CalendarsModel::ProfileColumn, Qt::DescendingOrder);
        model.start();
        const QStringList typed = {QStringLiteral("room-0199"), QStringLiteral("ZO\u00cb 14"),
            QStringLiteral("paris desks"), QStringLiteral("apc_room-0"), QStringLiteral("\u00eb"),
            QStringLiteral("b"), QStringLiteral("zz")};
        for (const QString &text : typed) {
            for (qsizetype n = 1; n <= text.size(); ++n) {
                model.setSearchText(text.left(n));
                // Each keystroke replaces the last one's search (the next keystroke cancels it).
                if (n % 2)
                    continue;
                QVERIFY(loadAll(model));
                QList<qint64> shown = ids(model);
                std::sort(shown.begin(), shown.end());
                QCOMPARE(shown, expectedIds(*m_registry, text.left(n)));
                QTRY_VERIFY(model.countIsExact());
                QCOMPARE(model.count(), qint64(shown.size()));
                QString why;
                QVERIFY2(inColumnOrder(model, CalendarsModel::ProfileColumn, Qt::DescendingOrder, &why),
                    qPrintable(why));
            }
            model.setSearchText(text);
            QVERIFY(loadAll(model));
            QList<qint64> shown = ids(model);
            std::sort(shown.begin(), shown.end());
            QCOMPARE(shown, expectedIds(*m_registry, text));
        }
        model.setSearchText({});
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), 3004);
    }

    void broadSearchIsOrderedByTheStore()
    {
        // More matches than the reader keeps in memory (ListReader::setLimit): each page is the store's
        // matches in order after the last key (the trigram index, then a sort), in every order and with a
        // filter; the same rows as a row-by-row check, in the column's order, counted exactly.
        addRooms(ListReader::setLimit + 600);
        addRooms(ListReader::setLimit + 100, QStringLiteral("zo\u00eb-raum"));
        const QString path
            = TestEnvironment::home() + QStringLiteral("/models-%1/registry.sqlite").arg(m_dbCount);
        {
            SqliteListStore store(path);
            QString error;
            QVERIFY2(store.open(&error), qPrintable(error));
            ListQuery query;
            query.search = QStringLiteral("room-0");
            query.sortColumn = ListSources::calendars().columnOf(QStringLiteral("profile_name"));
            ListReader browse(
                &store, ListSources::calendars(), PagedListModel::pageSize, [] { return false; });
            QVERIFY(browse.prepare(query));
            QCOMPARE(browse.strategy(), ListReader::Strategy::Indexed);
            // An export reads every page once: one pass over the list is cheaper than the matches per page.
            ListReader stream(
                &store, ListSources::calendars(), 1000, [] { return false; }, ListReader::Use::Stream);
            QVERIFY(stream.prepare(query));
            QCOMPARE(stream.strategy(), ListReader::Strategy::Scan);
        }

        // No model tester here: it checks every row change of thousands of rows, too slow under ASan; the
        // other tests run it over the same model.
        CalendarsModel model(m_registry.get());
        model.start();
        const QList<QPair<int, Qt::SortOrder>> orders
            = {{CalendarsModel::CalendarIdColumn, Qt::DescendingOrder},
                {CalendarsModel::ProfileColumn, Qt::AscendingOrder},
                {CalendarsModel::StatusColumn, Qt::DescendingOrder},
                {CalendarsModel::ApplicationColumn, Qt::AscendingOrder}};
        // "ZOË-R": beyond ASCII, another case (SQLite's trigram index folds it as QString does).
        for (const QString &needle : {QStringLiteral("room-0"), QStringLiteral("ZO\u00cb-R")}) {
            const QList<qint64> expected = expectedIds(*m_registry, needle);
            QVERIFY(expected.size() > ListReader::setLimit);
            model.setSearchText(needle);
            for (const auto &[column, order] : orders) {
                model.sort(column, order);
                QVERIFY(loadAll(model));
                QList<qint64> shown = ids(model);
                std::sort(shown.begin(), shown.end());
                QCOMPARE(shown, expected);
                QTRY_VERIFY(model.countIsExact());
                QCOMPARE(model.count(), qint64(expected.size()));
                QString why;
                QVERIFY2(inColumnOrder(model, column, order, &why), qPrintable(why));
            }
        }
        // With a filter, the count counts only what passes it.
        model.setSearchText(QStringLiteral("room-0"));
        model.setApplicationFilter(QStringLiteral("cli_berlin"));
        model.sort(CalendarsModel::LastSeenColumn, Qt::DescendingOrder);
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), (ListReader::setLimit + 600) / 2);
        QTRY_VERIFY(model.countIsExact());
        QCOMPARE(model.count(), qint64(model.rowCount()));
        for (int row = 0; row < model.rowCount(); row += 101)
            QCOMPARE(model.record(row).clientId, QStringLiteral("cli_berlin"));
        QString why;
        QVERIFY2(
            inColumnOrder(model, CalendarsModel::LastSeenColumn, Qt::DescendingOrder, &why), qPrintable(why));
    }

    void selectionKeptAcrossRefresh()
    {
        addRooms(300);
        CalendarsModel model(m_registry.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QItemSelectionModel selection(&model);
        model.sort(CalendarsModel::CalendarIdColumn, Qt::AscendingOrder);
        model.start();
        QTRY_VERIFY(!model.isLoading());
        const int row = model.rowOf(QStringLiteral("cli_berlin"), QStringLiteral("room-00101"));
        QVERIFY(row > 0);
        selection.setCurrentIndex(
            model.index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

        // Another connection adds rows that sort before the selected one and one after it.
        Registry::OpenResult other = Registry::open(m_registry->path());
        QVERIFY(other.registry
                    ->upsertCalendars({cal(QStringLiteral("cli_paris"), QStringLiteral("room-00050x"), {}, 3),
                        cal(QStringLiteral("cli_paris"), QStringLiteral("aaa"), {}, 3),
                        cal(QStringLiteral("cli_paris"), QStringLiteral("room-00200x"), {}, 3)})
                    .ok());
        QTRY_COMPARE(model.count(), 307);
        QTRY_COMPARE(selection.currentIndex().row(), row + 2);
        QVERIFY(selection.isRowSelected(row + 2));
        QCOMPARE(
            model.record(selection.currentIndex().row()).applicationCalendarId, QStringLiteral("room-00101"));

        // A search that keeps it keeps it selected; one that hides it drops the selection.
        model.setSearchText(QStringLiteral("room-001"));
        QTRY_VERIFY(!model.isLoading());
        QVERIFY(selection.currentIndex().isValid());
        QCOMPARE(
            model.record(selection.currentIndex().row()).applicationCalendarId, QStringLiteral("room-00101"));
        model.setSearchText(QStringLiteral("desk"));
        QTRY_VERIFY(!model.isLoading());
        QVERIFY(!selection.currentIndex().isValid());
    }

    void operationLogThroughTheSameList()
    {
        for (int i = 0; i < 300; ++i) {
            OperationRecord o;
            o.at = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC).addSecs(i);
            o.action = QStringLiteral("provision-calendar");
            o.target = QStringLiteral("room-%1").arg(i);
            o.outcome = i % 10 ? OperationRecord::Outcome::Succeeded : OperationRecord::Outcome::Failed;
            QVERIFY(m_registry->logOperation(o).ok());
        }
        OperationsList list(m_registry->path());
        QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::Fatal);
        ListQuery newest;
        newest.sortColumn = ListSources::OperationAt;
        newest.order = Qt::DescendingOrder;
        newest.equals = {{ListSources::OperationOutcome, QStringLiteral("failed")}};
        list.setQuery(newest);
        list.start();
        QTRY_VERIFY(!list.isLoading());
        QCOMPARE(list.rowCount(), 30);
        QTRY_VERIFY(list.countIsExact());
        QCOMPARE(list.count(), 30);
        QCOMPARE(list.index(0, ListSources::OperationTarget).data().toString(), QStringLiteral("room-290"));
        newest.equals.clear();
        newest.search = QStringLiteral("m-29"); // no substring index here: found by reading rows
        list.setQuery(newest);
        QTRY_VERIFY(!list.isLoading());
        QTRY_VERIFY(list.countIsExact());
        QCOMPARE(list.count(), 11); // room-29, room-290..299
        QCOMPARE(list.index(0, ListSources::OperationTarget).data().toString(), QStringLiteral("room-299"));
    }

    // Every column has a title, and the title is its tooltip (a narrow column or a long translation cuts it).
    void headerTitlesAreTheirOwnTooltips()
    {
        ApplicationsModel applications(m_registry.get());
        CalendarsModel calendars(m_registry.get());
        ActivityModel operations(m_registry.get());
        for (const QAbstractItemModel *model : {static_cast<const QAbstractItemModel *>(&applications),
                 static_cast<const QAbstractItemModel *>(&calendars),
                 static_cast<const QAbstractItemModel *>(&operations)}) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QString title = model->headerData(column, Qt::Horizontal).toString();
                QVERIFY(!title.isEmpty());
                QCOMPARE(model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString(), title);
            }
        }
    }

    void applicationsModel()
    {
        ApplicationsModel model(m_registry.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(
            model.index(0, ApplicationsModel::NameColumn).data().toString(), QStringLiteral("Berlin Rooms"));
        QCOMPARE(model.index(0, ApplicationsModel::SecretColumn).data().toString(),
            QStringLiteral("In the keychain"));
        QCOMPARE(model.index(0, 0).data(ApplicationsModel::IdRole).toString(), QStringLiteral("cli_berlin"));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        ApplicationRecord imported = app(QStringLiteral("cli_rome"), QStringLiteral("Rome"));
        imported.origin = ApplicationRecord::Origin::Imported;
        QVERIFY(m_registry->upsertApplication(imported).ok());
        QCOMPARE(inserted.count(), 1);
        QVERIFY(
            m_registry->setSecretState(QStringLiteral("cli_rome"), ApplicationRecord::SecretState::NotStored)
                .ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(model.rowOf(QStringLiteral("cli_rome")), ApplicationsModel::SecretColumn)
                     .data()
                     .toString(),
            QStringLiteral("Not stored"));
        model.reload();
        QCOMPARE(model.rowCount(), 3);
    }

    // The Activity list: newest first, one level at a time; a bulk run is one row that opens to its failures.
    void activityModelShowsRunsAsOneRow()
    {
        const QDateTime start(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
        QList<OperationRecord> entries;
        for (int i = 0; i < 3; ++i) {
            OperationRecord o;
            o.at = start.addSecs(i);
            o.action = QStringLiteral("provision-calendar");
            o.target = o.calendar = QStringLiteral("room-%1").arg(i);
            o.clientId = QStringLiteral("cli_berlin");
            o.dataCenter = o.account = QStringLiteral("de");
            entries.append(o);
        }
        for (int i = 0; i < 2; ++i) {
            OperationRecord failed;
            failed.at = start.addSecs(10);
            failed.action = QStringLiteral("provision-calendar");
            failed.target = failed.calendar = QStringLiteral("desk-%1").arg(i);
            failed.clientId = QStringLiteral("cli_berlin");
            failed.parentRun = QStringLiteral("run-1");
            failed.outcome = OperationRecord::Outcome::Failed;
            failed.httpStatus = 422;
            failed.message = QStringLiteral("The calendar ID is not valid.");
            entries.append(failed);
        }
        OperationRecord run;
        run.at = start.addSecs(10);
        run.action = QStringLiteral("bulk-provision");
        run.clientId = QStringLiteral("cli_berlin");
        run.runId = QStringLiteral("run-1");
        run.outcome = OperationRecord::Outcome::Failed;
        run.succeededCount = 8;
        run.failedCount = 2;
        entries.append(run);
        QVERIFY(m_registry->logOperations(entries).ok());

        ActivityModel model(m_registry.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.start();
        QTRY_VERIFY(!model.isLoading());
        QTRY_COMPARE(model.rowCount(), 4); // three operations and the run, not its failures
        QCOMPARE(model.record(0).runId, QStringLiteral("run-1"));
        QCOMPARE(model.record(0).failedCount, 2);
        QCOMPARE(model.index(0, ActivityModel::ApplicationColumn).data().toString(),
            QStringLiteral("Berlin Rooms"));
        QCOMPARE(model.index(1, ActivityModel::CalendarColumn).data().toString(), QStringLiteral("room-2"));

        model.setOutcomeFilter(OperationRecord::Outcome::Failed);
        QTRY_VERIFY(!model.isLoading());
        QTRY_COMPARE(model.rowCount(), 1);
        model.setRun(QStringLiteral("run-1"));
        QTRY_VERIFY(!model.isLoading());
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ActivityModel::HttpStatusColumn).data().toString(), QStringLiteral("422"));
        QVERIFY(model.index(0, ActivityModel::CalendarColumn).data().toString().startsWith(u"desk-"));

        model.setRun({});
        model.setOutcomeFilter(std::nullopt);
        model.setSearchText(QStringLiteral("room-1"));
        QTRY_VERIFY(!model.isLoading());
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.record(0).calendar, QStringLiteral("room-1"));

        // This process's new entry appears by itself, at the top.
        model.setSearchText({});
        QTRY_COMPARE(model.rowCount(), 4);
        OperationRecord latest;
        latest.at = start.addSecs(60);
        latest.action = QStringLiteral("revoke-calendar");
        latest.calendar = latest.target = QStringLiteral("apc_1");
        QVERIFY(m_registry->logOperation(latest).ok());
        QTRY_COMPARE(model.rowCount(), 5);
        QCOMPARE(model.record(0).action, QStringLiteral("revoke-calendar"));
    }
};

QTEST_GUILESS_MAIN(TestRegistryModels)
#include "tst_registry_models.moc"
