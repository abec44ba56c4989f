// Reading the ids of a bulk run: CSV with a header or one id per line, trimmed, empty lines skipped,
// duplicates and invalid ids reported with their line numbers before anything is sent.
#include "TestEnvironment.h"
#include "bulk/CalendarIdList.h"

#include <QFile>
#include <QTest>

namespace {
QStringList ids(std::initializer_list<const char *> values)
{
    QStringList list;
    for (const char *value : values)
        list.append(QString::fromUtf8(value));
    return list;
}
} // namespace

class TestCalendarIdList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::prepare(); }

    void plainListIsTrimmedAndSkipsEmptyLines()
    {
        const CalendarIdList list
            = CalendarIdListReader::read("room-1\n  room-2  \n\n\t\nroom-3\r\nroom-4\rroom-5");
        QVERIFY(list.ok());
        QVERIFY(!list.csv);
        QCOMPARE(list.ids, ids({"room-1", "room-2", "room-3", "room-4", "room-5"}));
        QCOMPARE(list.lines, QList<int>({1, 2, 5, 6, 7}));
        QCOMPARE(list.entries, 5);
        QVERIFY(!list.hasProblems());
    }

    void csvUsesTheNamedColumn()
    {
        const QByteArray csv = "name,Application_Calendar_Id,notes\n"
                               "Room one,room-1,first floor\n"
                               "\"Room, two\",room-2,\"a note\nover two lines\"\n"
                               ",,\n"
                               "Room three, room-3 ,\n";
        const CalendarIdList list = CalendarIdListReader::read(csv);
        QVERIFY(list.ok());
        QVERIFY(list.csv);
        QCOMPARE(list.column, QStringLiteral("Application_Calendar_Id"));
        QCOMPARE(list.ids, ids({"room-1", "room-2", "room-3"}));
        // The quoted note spans lines 3-4, the blank row is line 5, so room-3 is on line 6.
        QCOMPARE(list.lines, QList<int>({2, 3, 6}));
    }

    void csvWithoutTheNamedColumnUsesTheFirst()
    {
        const CalendarIdList list = CalendarIdListReader::read("id,label\n\"a,1\",x\nb,y\n");
        QVERIFY(list.ok());
        QCOMPARE(list.column, QStringLiteral("id"));
        QCOMPARE(list.ids, ids({"a,1", "b"}));
    }

    void readsBackOurOwnExportWithGuardedFormulas()
    {
        // CalendarExport writes "-room" as "'-room" so a spreadsheet does not run it as a formula.
        const CalendarIdList list = CalendarIdListReader::read("client_id,application_calendar_id,sub\n"
                                                               "c1,'-room,apc_1\nc1,'plain,apc_2\n");
        QCOMPARE(list.ids, ids({"-room", "'plain"}));
    }

    void headerAloneMeansCsv()
    {
        const CalendarIdList list = CalendarIdListReader::read("\xEF\xBB\xBF"
                                                               "application_calendar_id\nx\ny\n");
        QVERIFY(list.csv);
        QCOMPARE(list.ids, ids({"x", "y"}));
        QCOMPARE(list.lines, QList<int>({2, 3}));
    }

    void duplicatesAreReportedWithBothLines()
    {
        const CalendarIdList list = CalendarIdListReader::read("a\nb\na\n\nb\n a \n");
        QCOMPARE(list.ids, ids({"a", "b"}));
        QCOMPARE(list.entries, 5);
        QCOMPARE(list.duplicates.size(), 3);
        QCOMPARE(list.duplicates.at(0).line, 3);
        QCOMPARE(list.duplicates.at(0).firstLine, 1);
        QCOMPARE(list.duplicates.at(1).line, 5);
        QCOMPARE(list.duplicates.at(1).firstLine, 2);
        QCOMPARE(list.duplicates.at(2).line, 6);
        QCOMPARE(list.duplicates.at(2).id, QStringLiteral("a"));
        QVERIFY(list.duplicates.at(0).message.contains(QLatin1String("1")));
        QCOMPARE(list.duplicates.at(0).kind, CalendarIdProblem::Kind::Duplicate);
    }

    void invalidIdsAreReportedWithTheirLines()
    {
        QByteArray text = "ok-1\n";
        text += QByteArray(256, 'x') + "\n"; // line 2: too long
        text += "bad\x01id\n"; // line 3: a control character
        text += "ok-2\n";
        text += QByteArray(10000, 'y') + "\n"; // line 5: far too long
        const CalendarIdList list = CalendarIdListReader::read(text);
        QVERIFY(list.ok());
        QCOMPARE(list.ids, ids({"ok-1", "ok-2"}));
        QCOMPARE(list.invalid.size(), 3);
        QCOMPARE(list.invalid.at(0).line, 2);
        QVERIFY2(list.invalid.at(0).message.contains(QLatin1String("too long")),
            qPrintable(list.invalid.at(0).message));
        QCOMPARE(list.invalid.at(1).line, 3);
        QVERIFY2(list.invalid.at(1).message.contains(QLatin1String("control")),
            qPrintable(list.invalid.at(1).message));
        QCOMPARE(list.invalid.at(2).line, 5);
        // problems() merges both kinds by line.
        const QList<CalendarIdProblem> all = list.problems();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).line, 2);
        QCOMPARE(all.at(2).line, 5);
    }

    void csvRowWithoutAnIdIsInvalid()
    {
        const CalendarIdList list
            = CalendarIdListReader::read("name,application_calendar_id\nRoom,\nHall,hall\nTab,\"a\tb\"\n");
        QCOMPARE(list.ids, ids({"hall"}));
        QCOMPARE(list.invalid.size(), 2);
        QCOMPARE(list.invalid.at(0).line, 2);
        QVERIFY(list.invalid.at(0).message.contains(QLatin1String("application_calendar_id")));
        QCOMPARE(list.invalid.at(1).line, 4);
    }

    void quotedEmptyRowIsReportedNotDropped()
    {
        // A spreadsheet writes "" for an emptied cell: that line was meant as an entry, so it is named.
        const CalendarIdList list
            = CalendarIdListReader::read("application_calendar_id\nroom-1\n\"\"\n\nroom-2\n");
        QCOMPARE(list.ids, ids({"room-1", "room-2"}));
        QCOMPARE(list.invalid.size(), 1);
        QCOMPARE(list.invalid.at(0).line, 3);
        QVERIFY(list.invalid.at(0).message.contains(QLatin1String("no calendar ID")));
        QCOMPARE(list.entries, 3);
    }

    void unterminatedQuoteIsAnErrorWithItsLine()
    {
        const CalendarIdList list = CalendarIdListReader::read("id,name\na,x\n\"b,y\nc,z\n");
        QVERIFY(!list.ok());
        QVERIFY(list.ids.isEmpty());
        QVERIFY2(list.error.contains(QLatin1String("line 3")), qPrintable(list.error));
    }

    void notUtf8IsAnError()
    {
        const CalendarIdList list = CalendarIdListReader::read("caf\xE9\n");
        QVERIFY(!list.ok());
        QVERIFY(list.error.contains(QLatin1String("UTF-8")));
    }

    void nonAsciiIdsAreKept()
    {
        const CalendarIdList list
            = CalendarIdListReader::read(QStringLiteral("salle-café\n会议室\n").toUtf8());
        QCOMPARE(list.ids, QStringList({QStringLiteral("salle-café"), QStringLiteral("会议室")}));
    }

    void emptyInputHasNoIds()
    {
        for (const QByteArray &input :
            {QByteArray(), QByteArray("\n\n  \n"), QByteArray("application_calendar_id\n")}) {
            const CalendarIdList list = CalendarIdListReader::read(input);
            QVERIFY(list.ok());
            QVERIFY(list.ids.isEmpty());
            QCOMPARE(list.entries, 0);
        }
    }

    void readsAFile()
    {
        const QString path = TestEnvironment::home() + QStringLiteral("/ids.csv");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("application_calendar_id\n");
        for (int i = 1; i <= 100; ++i)
            file.write(QByteArray("cal-") + QByteArray::number(i) + "\n");
        file.close();
        const CalendarIdList list = CalendarIdListReader::readFile(path);
        QVERIFY(list.ok());
        QCOMPARE(list.ids.size(), 100);
        QCOMPARE(list.lines.constLast(), 101);

        const CalendarIdList missing = CalendarIdListReader::readFile(path + QStringLiteral(".nope"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error.contains(QLatin1String("no file")));
    }

    void commandLineIdsAreNumberedByPosition()
    {
        const CalendarIdList list = CalendarIdListReader::fromList(ids({"a", " ", "b", "a", ""}));
        QCOMPARE(list.ids, ids({"a", "b"}));
        QCOMPARE(list.invalid.size(), 2);
        QCOMPARE(list.invalid.at(0).line, 2);
        QCOMPARE(list.invalid.at(1).line, 5);
        QCOMPARE(list.duplicates.size(), 1);
        QCOMPARE(list.duplicates.at(0).line, 4);
    }
};

QTEST_GUILESS_MAIN(TestCalendarIdList)
#include "tst_calendaridlist.moc"
