// The table models of the kept list and the calendar filter, checked by QAbstractItemModelTester (fatal)
// while the registry inserts and changes rows, plus filter and sort correctness.
#include "TestEnvironment.h"
#include "registry/ApplicationsModel.h"
#include "registry/CalendarFilterModel.h"
#include "registry/CalendarsModel.h"
#include "registry/OperationsModel.h"
#include "registry/Registry.h"

#include <QAbstractItemModelTester>
#include <QDir>
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

QStringList column(const QAbstractItemModel &model, int col, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, col).data(role).toString());
    return out;
}

// What the search box should show, worked out the slow way: the ids of the source rows (in the source's
// order) whose calendar id, sub, profile name, client_id or application name contains the text, ignoring
// case.
QList<qint64> expectedIds(const CalendarsModel &model, const QString &text)
{
    const QString needle = text.trimmed();
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        const CalendarRecord r = model.record(row);
        const QString application = model.index(row, CalendarsModel::ApplicationColumn).data().toString();
        for (const QString &field :
            {r.applicationCalendarId, r.sub, r.profileName, r.clientId, application}) {
            if (field.contains(needle, Qt::CaseInsensitive)) {
                ids.append(r.id);
                break;
            }
        }
    }
    return ids;
}

// Whether `model`'s rows are in the order the column's raw values give (text: case-insensitive, the sub
// case-sensitive; equal values by row id), ascending or descending.
bool inColumnOrder(const CalendarsModel &model, int column, Qt::SortOrder order, QString *why)
{
    for (int row = 1; row < model.rowCount(); ++row) {
        const QString a = model.index(row - 1, column).data(CalendarsModel::SortRole).toString();
        const QString b = model.index(row, column).data(CalendarsModel::SortRole).toString();
        int c = QString::compare(
            a, b, column == CalendarsModel::SubColumn ? Qt::CaseSensitive : Qt::CaseInsensitive);
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
                       .arg(a, b);
            return false;
        }
    }
    return true;
}

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

    void calendarsModelFollowsTheRegistry()
    {
        CalendarsModel model(m_registry.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 4);
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
        QVERIFY(!model.index(alpha, CalendarsModel::ProvisionedColumn).data().toString().isEmpty());
        const int desk2 = model.rowOf(QStringLiteral("cli_paris"), QStringLiteral("desk-2"));
        QCOMPARE(
            model.index(desk2, CalendarsModel::StatusColumn).data().toString(), QStringLiteral("Failed"));
        QCOMPARE(model.index(desk2, CalendarsModel::StatusColumn).data(CalendarsModel::SortRole).toInt(),
            int(CalendarRecord::Status::Failed));
        QCOMPARE(model.index(desk2, 0).data(CalendarsModel::IdRole).toLongLong(),
            m_registry->calendar(QStringLiteral("cli_paris"), QStringLiteral("desk-2"))->id);

        // A new calendar: one inserted row, no reset.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(m_registry
                    ->upsertCalendar(cal(
                        QStringLiteral("cli_paris"), QStringLiteral("desk-3"), QStringLiteral("Desk 3"), 6))
                    .ok());
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.record(model.rowOf(QStringLiteral("cli_paris"), QStringLiteral("desk-3"))).profileName,
            QStringLiteral("Desk 3"));

        // The same calendar again: dataChanged on its row only.
        QVERIFY(m_registry
                    ->upsertCalendar(cal(QStringLiteral("cli_paris"), QStringLiteral("desk-3"),
                        QStringLiteral("Desk Three"), 6))
                    .ok());
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 1);
        const int desk3 = model.rowOf(QStringLiteral("cli_paris"), QStringLiteral("desk-3"));
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), desk3);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), desk3);
        QCOMPARE(model.index(desk3, CalendarsModel::ProfileColumn).data().toString(),
            QStringLiteral("Desk Three"));

        QVERIFY(m_registry->markRevoked(QStringLiteral("cli_berlin"), QStringLiteral("apc_room-beta")).ok());
        QCOMPARE(model
                     .index(model.rowOf(QStringLiteral("cli_berlin"), QStringLiteral("room-beta")),
                         CalendarsModel::StatusColumn)
                     .data()
                     .toString(),
            QStringLiteral("Revoked"));

        // A renamed application shows its new name and is found by it.
        QVERIFY(m_registry->upsertApplication(app(QStringLiteral("cli_paris"), QStringLiteral("Lyon Desks")))
                    .ok());
        QCOMPARE(model.index(desk3, CalendarsModel::ApplicationColumn).data().toString(),
            QStringLiteral("Lyon Desks"));
        QVERIFY(model.index(desk3, 0)
                    .data(CalendarsModel::SearchKeyRole)
                    .toString()
                    .contains(QStringLiteral("lyon desks")));
        QCOMPARE(reset.count(), 0);

        // reload(): changes another process made (here: a second Registry on the same file, which signals
        // only its own models).
        Registry::OpenResult other = Registry::open(m_registry->path());
        QVERIFY(other.registry
                    ->upsertCalendar(
                        cal(QStringLiteral("cli_paris"), QStringLiteral("desk-9"), QStringLiteral("Far"), 7))
                    .ok());
        QCOMPARE(model.rowCount(), 5);
        model.reload();
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(reset.count(), 1);
    }

    void sortingKeepsUpdatesInPlace()
    {
        CalendarsModel model(m_registry.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.sort(CalendarsModel::ProvisionedColumn, Qt::AscendingOrder);
        QCOMPARE(column(model, CalendarsModel::CalendarIdColumn),
            QStringList({QStringLiteral("desk-2"), QStringLiteral("room-beta"), QStringLiteral("desk-1"),
                QStringLiteral("room-alpha")}));
        model.sort(CalendarsModel::ProfileColumn, Qt::DescendingOrder);
        QCOMPARE(column(model, CalendarsModel::ProfileColumn).first(), QStringLiteral("Zoë Bureau"));

        model.sort(CalendarsModel::ProvisionedColumn, Qt::DescendingOrder);
        // A new row lands at its sorted place; a changed date moves its row.
        QVERIFY(m_registry
                    ->upsertCalendar(cal(QStringLiteral("cli_berlin"), QStringLiteral("room-gamma"),
                        QStringLiteral("Gamma"), 4))
                    .ok());
        QCOMPARE(column(model, CalendarsModel::CalendarIdColumn),
            QStringList({QStringLiteral("room-alpha"), QStringLiteral("room-gamma"), QStringLiteral("desk-1"),
                QStringLiteral("room-beta"), QStringLiteral("desk-2")}));
        QVERIFY(m_registry
                    ->recordCalendarFailure(
                        QStringLiteral("cli_paris"), QStringLiteral("desk-2"), QStringLiteral("Again."))
                    .ok());
        CalendarRecord moved
            = cal(QStringLiteral("cli_paris"), QStringLiteral("desk-2"), QStringLiteral("Now fine"), 9);
        QVERIFY(m_registry->upsertCalendar(moved).ok());
        QCOMPARE(column(model, CalendarsModel::CalendarIdColumn).first(), QStringLiteral("desk-2"));
        for (int row = 0; row < model.rowCount(); ++row) {
            const CalendarRecord r = model.record(row);
            QCOMPARE(model.rowOf(r.clientId, r.applicationCalendarId), row);
        }
    }

    void filterModel()
    {
        CalendarsModel model(m_registry.get());
        CalendarFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(filter.rowCount(), 4);

        filter.setSearchText(QStringLiteral("ROOM-")); // case-insensitive, application_calendar_id
        QCOMPARE(filter.rowCount(), 2);
        filter.setSearchText(QStringLiteral("zoë")); // profile name, non-ASCII
        QCOMPARE(column(filter, CalendarsModel::CalendarIdColumn), QStringList({QStringLiteral("desk-1")}));
        filter.setSearchText(QStringLiteral("apc_room-b")); // sub
        QCOMPARE(
            column(filter, CalendarsModel::CalendarIdColumn), QStringList({QStringLiteral("room-beta")}));
        filter.setSearchText(QStringLiteral("paris desks")); // application name
        QCOMPARE(filter.rowCount(), 2);
        filter.setSearchText(QStringLiteral("cli_berlin")); // client_id
        QCOMPARE(filter.rowCount(), 2);
        filter.setSearchText(QStringLiteral("saalbeta")); // never across two fields
        QCOMPARE(filter.rowCount(), 0);
        filter.setSearchText(QStringLiteral("  "));
        QCOMPARE(filter.rowCount(), 4);

        filter.setApplicationFilter(QStringLiteral("cli_paris"));
        QCOMPARE(filter.rowCount(), 2);
        filter.setStatusFilter(CalendarRecord::Status::Failed);
        QCOMPARE(column(filter, CalendarsModel::CalendarIdColumn), QStringList({QStringLiteral("desk-2")}));
        filter.setStatusFilter(std::nullopt);
        filter.setApplicationFilter({});
        QCOMPARE(filter.rowCount(), 4);

        // Rows inserted and changed while a filter is on: the proxy follows.
        filter.setSearchText(QStringLiteral("desk"));
        QCOMPARE(filter.rowCount(), 2);
        QVERIFY(m_registry
                    ->upsertCalendar(cal(
                        QStringLiteral("cli_paris"), QStringLiteral("desk-7"), QStringLiteral("Seven"), 8))
                    .ok());
        QCOMPARE(filter.rowCount(), 3);
        QVERIFY(m_registry
                    ->upsertCalendar(cal(QStringLiteral("cli_berlin"), QStringLiteral("room-x"),
                        QStringLiteral("No match"), 8))
                    .ok());
        QCOMPARE(filter.rowCount(), 3);
        QVERIFY(
            m_registry->upsertApplication(app(QStringLiteral("cli_berlin"), QStringLiteral("Berlin Desks")))
                .ok());
        QCOMPARE(filter.rowCount(), 6); // the rename makes every Berlin row match

        // Sorting goes through the source model, on raw values.
        filter.setSearchText({});
        filter.sort(CalendarsModel::ProvisionedColumn, Qt::AscendingOrder);
        QCOMPARE(column(filter, CalendarsModel::CalendarIdColumn).first(),
            QStringLiteral("desk-2")); // no date first
        QDateTime previous;
        for (int row = 0; row < filter.rowCount(); ++row) {
            const QDateTime at = filter.index(row, CalendarsModel::ProvisionedColumn)
                                     .data(CalendarsModel::SortRole)
                                     .toDateTime();
            if (previous.isValid())
                QVERIFY(at >= previous);
            if (at.isValid())
                previous = at;
        }
        QCOMPARE(filter.visibleIds().size(), filter.rowCount());
        QCOMPARE(filter.visibleIds().first(),
            m_registry->calendar(QStringLiteral("cli_paris"), QStringLiteral("desk-2"))->id);

        model.reload();
        QCOMPARE(filter.rowCount(), model.rowCount());

        // A calendar of an application the list has not seen yet, found by its client_id while searching.
        filter.setSearchText(QStringLiteral("CLI_LYON"));
        QCOMPARE(filter.rowCount(), 0);
        QVERIFY(m_registry->upsertApplication(app(QStringLiteral("cli_lyon"), QStringLiteral("Lyon"))).ok());
        QVERIFY(m_registry
                    ->upsertCalendar(cal(
                        QStringLiteral("cli_lyon"), QStringLiteral("salle-1"), QStringLiteral("Salle"), 9))
                    .ok());
        QCOMPARE(column(filter, CalendarsModel::CalendarIdColumn), QStringList({QStringLiteral("salle-1")}));
        filter.setSearchText({});
        filter.setApplicationFilter(QStringLiteral("cli_nowhere")); // an application without calendars
        QCOMPARE(filter.rowCount(), 0);
        filter.setApplicationFilter({});
        QCOMPARE(filter.rowCount(), model.rowCount());

        // A separator typed into the file by hand (the program never writes one) stays inside its field.
        QSqlQuery edit(QSqlDatabase::database(m_registry->connectionName(), false));
        QVERIFY(edit.exec(QStringLiteral("UPDATE calendars SET profile_name = 'Saal' || char(31) || 'Ost' "
                                         "WHERE application_calendar_id = 'salle-1'")));
        model.reload();
        filter.setSearchText(QStringLiteral("saal ost"));
        QCOMPARE(column(filter, CalendarsModel::ProfileColumn), QStringList({QStringLiteral("Saal Ost")}));
    }

    // Each update of a row stores its new text and drops the old; once most of the text is old, the model
    // keeps only the live text. Rows must read the same before and after.
    void manyUpdatesKeepTextsRight()
    {
        CalendarsModel model(m_registry.get());
        CalendarFilterModel filter;
        filter.setSourceModel(&model);
        model.sort(CalendarsModel::ProfileColumn, Qt::AscendingOrder);
        for (int round = 0; round < 30; ++round) {
            for (int i = 0; i < 20; ++i) {
                QVERIFY(
                    m_registry
                        ->upsertCalendar(cal(QStringLiteral("cli_paris"), QStringLiteral("many-%1").arg(i),
                            QStringLiteral("Raum %1, Runde %2, M\u00fcnchen Ost, zweiter Stock")
                                .arg(i)
                                .arg(round),
                            1 + round % 28))
                        .ok());
            }
        }
        const QList<CalendarRecord> stored = m_registry->calendars();
        QCOMPARE(model.rowCount(), stored.size());
        for (const CalendarRecord &c : stored) {
            const int row = model.rowOf(c.clientId, c.applicationCalendarId);
            QVERIFY(row >= 0);
            const CalendarRecord shown = model.record(row);
            QCOMPARE(shown.profileName, c.profileName);
            QCOMPARE(shown.sub, c.sub);
            QCOMPARE(shown.lastError, c.lastError);
            QCOMPARE(shown.provisionedAt, c.provisionedAt);
        }
        QString why;
        QVERIFY2(
            inColumnOrder(model, CalendarsModel::ProfileColumn, Qt::AscendingOrder, &why), qPrintable(why));
        filter.setSearchText(QStringLiteral("runde 29, m\u00fcnchen"));
        QCOMPARE(filter.rowCount(), 20);
        filter.setSearchText(QStringLiteral("runde 28"));
        QCOMPARE(filter.rowCount(), 0);
    }

    void sortOrderOfTextColumns()
    {
        // Texts that share long prefixes, differ only in case, or hold characters beyond ASCII (some fold
        // to ASCII: KELVIN SIGN is k), so the 16-character prefix keys must give way to full comparisons.
        const QStringList ids = {QStringLiteral("Room-0001-aaaaaaaaaa-1"),
            QStringLiteral("room-0001-aaaaaaaaaa-2"), QStringLiteral("ROOM-0001-AAAAAAAAAA-0"),
            QStringLiteral("room-0001"), QStringLiteral("room-000"), QStringLiteral("\u212Aelvin"),
            QStringLiteral("kelvin"), QStringLiteral("Lima"), QStringLiteral("\u00c4rger"),
            QStringLiteral("\u00e4rger-2"), QStringLiteral("zoo"), QStringLiteral("\U0001F600-smile"),
            QStringLiteral("\uFF21-wide"), QStringLiteral("a\u00ffb"), QStringLiteral("a\u0100b")};
        for (const QString &id : ids) {
            for (const QString &clientId : {QStringLiteral("cli_berlin"), QStringLiteral("cli_paris")}) {
                CalendarRecord c = cal(clientId, id, id.toUpper(), 6);
                c.sub = QStringLiteral("apc_") + id; // mixed case: the sub sorts case-sensitively
                QVERIFY(m_registry->upsertCalendar(c).ok());
            }
        }
        CalendarsModel model(m_registry.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 4 + 2 * int(ids.size()));
        for (const int column :
            {int(CalendarsModel::ApplicationColumn), int(CalendarsModel::CalendarIdColumn),
                int(CalendarsModel::SubColumn), int(CalendarsModel::ProfileColumn),
                int(CalendarsModel::ProviderColumn), int(CalendarsModel::LastErrorColumn)}) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                model.sort(column, order);
                QString why;
                QVERIFY2(inColumnOrder(model, column, order, &why), qPrintable(why));
                // Rows found again by their ids after the sort.
                for (int row = 0; row < model.rowCount(); ++row) {
                    const CalendarRecord r = model.record(row);
                    QCOMPARE(model.rowOf(r.clientId, r.applicationCalendarId), row);
                }
            }
        }
        // A new row lands where a full sort would put it.
        model.sort(CalendarsModel::CalendarIdColumn, Qt::AscendingOrder);
        QVERIFY(m_registry
                    ->upsertCalendar(cal(QStringLiteral("cli_paris"),
                        QStringLiteral("ROOM-0001-aaaaaaaaaa-15"), QStringLiteral("x"), 7))
                    .ok());
        QString why;
        QVERIFY2(inColumnOrder(model, CalendarsModel::CalendarIdColumn, Qt::AscendingOrder, &why),
            qPrintable(why));
    }

    void searchWhileTypingMatchesAFullCheck()
    {
        // Enough rows that a longer search checks only the rows shown (at most an eighth of them), and a
        // shorter one scans the whole search index: both must show what a row-by-row check shows.
        for (int i = 0; i < 200; ++i) {
            const QString clientId = i % 2 ? QStringLiteral("cli_berlin") : QStringLiteral("cli_paris");
            QVERIFY(
                m_registry
                    ->upsertCalendar(cal(clientId, QStringLiteral("Room-%1").arg(i, 3, 10, QLatin1Char('0')),
                        i % 7 ? QStringLiteral("Saal %1").arg(i) : QStringLiteral("Zo\u00eb %1").arg(i), 6))
                    .ok());
        }
        CalendarsModel model(m_registry.get());
        model.sort(CalendarsModel::ProfileColumn, Qt::DescendingOrder);
        CalendarFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const QStringList typed = {QStringLiteral("room-199"), QStringLiteral("ZO\u00cb 14"),
            QStringLiteral("paris desks"), QStringLiteral("apc_room-0"), QStringLiteral("b")};
        for (const QString &text : typed) {
            for (qsizetype n = 1; n <= text.size(); ++n) {
                filter.setSearchText(text.left(n));
                QCOMPARE(filter.visibleIds(), expectedIds(model, text.left(n)));
            }
            for (qsizetype n = text.size() - 1; n >= 0; --n) {
                filter.setSearchText(text.left(n));
                QCOMPARE(filter.visibleIds(), expectedIds(model, text.left(n)));
            }
        }
        QCOMPARE(filter.rowCount(), model.rowCount());
    }

    void filterFollowsChangedRows()
    {
        CalendarsModel model(m_registry.get());
        CalendarFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.sort(CalendarsModel::ProfileColumn, Qt::AscendingOrder);

        // A changed profile name: the old text no longer matches, the new one does.
        filter.setSearchText(QStringLiteral("saal"));
        QCOMPARE(
            column(filter, CalendarsModel::CalendarIdColumn), QStringList({QStringLiteral("room-alpha")}));
        QSignalSpy removed(&filter, &QAbstractItemModel::rowsRemoved);
        QVERIFY(m_registry
                    ->upsertCalendar(cal(QStringLiteral("cli_berlin"), QStringLiteral("room-alpha"),
                        QStringLiteral("Alpha Hall"), 5))
                    .ok());
        QCOMPARE(filter.rowCount(), 0);
        QCOMPARE(removed.count(), 1);
        filter.setSearchText(QStringLiteral("hall"));
        QCOMPARE(
            column(filter, CalendarsModel::CalendarIdColumn), QStringList({QStringLiteral("room-alpha")}));

        // The same calendar changed many times (its old keys are blanked, then the index is compacted):
        // only its latest text is found.
        for (int i = 0; i < 150; ++i) {
            QVERIFY(m_registry
                        ->upsertCalendar(cal(QStringLiteral("cli_paris"), QStringLiteral("desk-1"),
                            QStringLiteral("Bureau version %1 with a long name to fill the index").arg(i), 4))
                        .ok());
        }
        filter.setSearchText(QStringLiteral("version"));
        QCOMPARE(column(filter, CalendarsModel::ProfileColumn),
            QStringList({QStringLiteral("Bureau version 149 with a long name to fill the index")}));
        filter.setSearchText(QStringLiteral("version 148"));
        QCOMPARE(filter.rowCount(), 0);

        // The selected row survives a filter that keeps it, and is gone with one that hides it.
        filter.setSearchText(QStringLiteral("desk"));
        QCOMPARE(filter.rowCount(), 2);
        const int desk2Row
            = column(filter, CalendarsModel::CalendarIdColumn).indexOf(QStringLiteral("desk-2"));
        const QPersistentModelIndex selected(filter.index(desk2Row, CalendarsModel::StatusColumn));
        filter.setSearchText(QStringLiteral("desk-2"));
        QVERIFY(selected.isValid());
        QCOMPARE(selected.row(), 0);
        QCOMPARE(filter.index(selected.row(), CalendarsModel::CalendarIdColumn).data().toString(),
            QStringLiteral("desk-2"));
        filter.setSearchText(QStringLiteral("desk"));
        QCOMPARE(filter.index(selected.row(), CalendarsModel::CalendarIdColumn).data().toString(),
            QStringLiteral("desk-2"));
        filter.setSearchText(QStringLiteral("room"));
        QVERIFY(!selected.isValid());

        // A change that moves a shown row (sorted by profile, descending; desk-2 has no profile name, and
        // equal names go by row id): the proxy moves it too.
        model.sort(CalendarsModel::ProfileColumn, Qt::DescendingOrder);
        filter.setSearchText(QStringLiteral("desk"));
        QCOMPARE(column(filter, CalendarsModel::CalendarIdColumn),
            QStringList({QStringLiteral("desk-1"), QStringLiteral("desk-2")}));
        QSignalSpy moved(&filter, &QAbstractItemModel::rowsMoved);
        QVERIFY(m_registry
                    ->upsertCalendar(cal(QStringLiteral("cli_paris"), QStringLiteral("desk-1"), QString(), 4))
                    .ok());
        QCOMPARE(column(filter, CalendarsModel::CalendarIdColumn),
            QStringList({QStringLiteral("desk-2"), QStringLiteral("desk-1")}));
        QVERIFY(m_registry
                    ->upsertCalendar(
                        cal(QStringLiteral("cli_paris"), QStringLiteral("desk-1"), QStringLiteral("Aaa"), 4))
                    .ok());
        QCOMPARE(column(filter, CalendarsModel::CalendarIdColumn),
            QStringList({QStringLiteral("desk-1"), QStringLiteral("desk-2")}));
        QCOMPARE(moved.count(), 2);

        // A status filter and a row whose status changes: it appears.
        filter.setSearchText({});
        filter.setStatusFilter(CalendarRecord::Status::Revoked);
        QCOMPARE(filter.rowCount(), 0);
        QSignalSpy inserted(&filter, &QAbstractItemModel::rowsInserted);
        QVERIFY(m_registry->markRevoked(QStringLiteral("cli_berlin"), QStringLiteral("apc_room-beta")).ok());
        QCOMPARE(
            column(filter, CalendarsModel::CalendarIdColumn), QStringList({QStringLiteral("room-beta")}));
        QCOMPARE(inserted.count(), 1);
        // Header titles come from the source even when no row is shown.
        filter.setApplicationFilter(QStringLiteral("cli_nobody"));
        QCOMPARE(filter.rowCount(), 0);
        QCOMPARE(filter.headerData(CalendarsModel::CalendarIdColumn, Qt::Horizontal).toString(),
            QStringLiteral("Calendar ID"));
    }

    // Every column has a title, and the title is its tooltip (a narrow column or a long translation cuts it).
    void headerTitlesAreTheirOwnTooltips()
    {
        ApplicationsModel applications(m_registry.get());
        CalendarsModel calendars(m_registry.get());
        CalendarFilterModel filter;
        filter.setSourceModel(&calendars);
        OperationsModel operations(m_registry.get());
        for (const QAbstractItemModel *model : {static_cast<const QAbstractItemModel *>(&applications),
                 static_cast<const QAbstractItemModel *>(&calendars),
                 static_cast<const QAbstractItemModel *>(&filter),
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
        QCOMPARE(
            model.index(0, ApplicationsModel::CreatedColumn).data(ApplicationsModel::SortRole).toDateTime(),
            QDateTime(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        ApplicationRecord imported = app(QStringLiteral("cli_rome"), QStringLiteral("Rome"));
        imported.origin = ApplicationRecord::Origin::Imported;
        QVERIFY(m_registry->upsertApplication(imported).ok());
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.index(model.rowOf(QStringLiteral("cli_rome")), ApplicationsModel::OriginColumn)
                     .data()
                     .toString(),
            QStringLiteral("Imported"));
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

    void operationsModel()
    {
        OperationsModel model(m_registry.get(), 3);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        for (int i = 0; i < 5; ++i) {
            OperationRecord o;
            o.action = QStringLiteral("provision-calendar");
            o.target = QStringLiteral("room-%1").arg(i);
            o.httpStatus = 200 + i;
            o.outcome = i == 4 ? OperationRecord::Outcome::Failed : OperationRecord::Outcome::Succeeded;
            QVERIFY(m_registry->logOperation(o).ok());
        }
        QCOMPARE(model.rowCount(), 3); // the limit
        QCOMPARE(model.index(0, OperationsModel::TargetColumn).data().toString(), QStringLiteral("room-4"));
        QCOMPARE(model.index(0, OperationsModel::OutcomeColumn).data().toString(), QStringLiteral("Failed"));
        QCOMPARE(
            model.index(0, OperationsModel::HttpStatusColumn).data(OperationsModel::SortRole).toInt(), 204);
        QCOMPARE(model.index(2, OperationsModel::TargetColumn).data().toString(), QStringLiteral("room-2"));
        QCOMPARE(
            model.headerData(OperationsModel::AtColumn, Qt::Horizontal).toString(), QStringLiteral("When"));
    }
};

QTEST_GUILESS_MAIN(TestRegistryModels)
#include "tst_registry_models.moc"
