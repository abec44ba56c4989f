// The bulk dialog, offscreen, against a real sandbox: load a 100-line CSV by typing its path, preview, start,
// wait until done; the preview lists duplicates, invalid, revoked and already provisioned lines with their
// numbers; revoked calendars are sent only when ticked;
// failures can be exported as CSV through the (non-native) file dialog; cancel stops and the same file
// continues.
#include "ConsoleContext.h"
#include "MemorySecretStore.h"
#include "SandboxProcess.h"
#include "TestEnvironment.h"
#include "bulk/BulkProvisionDialog.h"
#include "bulk/BulkProvisioner.h"
#include "registry/ApplicationsModel.h"
#include "registry/CalendarsModel.h"
#include "registry/Registry.h"
#include "service/ProvisioningService.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>
#include <memory>

class TestBulkDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<Registry> m_registry;
    MemorySecretStore *m_secrets = nullptr;
    ProvisioningService *m_service = nullptr;
    ConsoleContext *m_context = nullptr;
    QString m_clientId;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = TestEnvironment::home() + QLatin1Char('/') + name;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }

    static QByteArray csvOf(const QString &prefix, int count)
    {
        QByteArray csv = "name,application_calendar_id\n";
        for (int i = 1; i <= count; ++i)
            csv += QStringLiteral("Room %1,%2-%1\n").arg(i).arg(prefix).toUtf8();
        return csv;
    }

    template<typename T>
    static T *child(QWidget *dialog, const char *name)
    {
        return dialog->findChild<T *>(QString::fromLatin1(name));
    }

    // Types the path and presses Enter, as a keyboard user would.
    static void load(BulkProvisionDialog &dialog, const QString &path)
    {
        auto *edit = child<QLineEdit>(&dialog, "fileEdit");
        edit->clear();
        QTest::keyClicks(edit, path);
        QTest::keyClick(edit, Qt::Key_Return);
    }

private slots:
    void initTestCase()
    {
        TestEnvironment::prepare();
        m_sandbox = std::make_unique<SandboxProcess>();
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        Registry::OpenResult opened
            = Registry::open(TestEnvironment::home() + QStringLiteral("/data/registry.sqlite"));
        QVERIFY2(opened.registry, qPrintable(opened.error.message()));
        m_registry = std::move(opened.registry);
        m_secrets = new MemorySecretStore(this);
        m_service
            = new ProvisioningService(m_registry.get(), m_secrets, new QNetworkAccessManager(this), this);
        m_context = new ConsoleContext(m_service, new ApplicationsModel(m_registry.get(), this),
            new CalendarsModel(m_registry.get(), this), this);
        m_context->setDataCenter(m_sandbox->dataCenter());

        const SandboxProcess::Application app = m_sandbox->provisionApplication();
        QVERIFY(app.isValid());
        ApplicationRecord record;
        record.clientId = app.clientId;
        record.name = QStringLiteral("Meeting rooms");
        record.url = QStringLiteral("https://rooms.example");
        record.dataCenter = m_sandbox->dataCenter().storageKey();
        record.createdAt = QDateTime::currentDateTimeUtc();
        QVERIFY(m_registry->upsertApplication(record).ok());
        m_secrets->insert(SecretKeys::clientSecret(app.clientId), app.clientSecret);
        m_clientId = app.clientId;
    }

    void loadsPreviewsAndProvisionsAHundredLineCsv()
    {
        const QString path = writeFile(
            QStringLiteral("rooms.csv"), csvOf(QStringLiteral("room"), 99)); // + header = 100 lines
        QVERIFY(!path.isEmpty());
        BulkProvisionDialog dialog(m_context, m_clientId);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *start = child<QPushButton>(&dialog, "startButton");
        QVERIFY(start && !start->isEnabled());
        load(dialog, path);
        auto *preview = child<QLabel>(&dialog, "previewLabel");
        QVERIFY2(preview->text().contains(QLatin1String("99 calendar IDs")), qPrintable(preview->text()));
        QVERIFY(preview->text().contains(QLatin1String("application_calendar_id")));
        QVERIFY(start->isEnabled());

        QSignalSpy finished(&dialog, &BulkProvisionDialog::runFinished);
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(dialog.isRunning());
        QVERIFY(child<QPushButton>(&dialog, "cancelButton")->isVisible());
        auto *bar = child<QProgressBar>(&dialog, "progressBar");
        QVERIFY(bar->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(bar->value(), 99, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY(!dialog.isRunning());
        auto *summary = child<QLabel>(&dialog, "summaryLabel");
        QVERIFY2(summary->text().contains(QLatin1String("Provisioned 99")), qPrintable(summary->text()));
        QVERIFY(child<QLabel>(&dialog, "progressLabel")
                    ->text()
                    .contains(QLatin1String("99 done, 0 failed, 0 remaining")));
        QVERIFY(!child<QTreeWidget>(&dialog, "failuresView")->isVisible());
        QCOMPARE(m_registry->activeCalendarIds(m_clientId).size(), 99);
    }

    void previewListsProblemsWithLineNumbers()
    {
        // room-1 and room-2 are provisioned by the test before; line 4 repeats line 2; line 5 is too long.
        QByteArray csv
            = "application_calendar_id\nroom-1\nnew-1\nroom-1\n" + QByteArray(300, 'x') + "\nroom-2\nnew-2\n";
        const QString path = writeFile(QStringLiteral("mixed.csv"), csv);
        BulkProvisionDialog dialog(m_context, m_clientId);
        dialog.show();
        load(dialog, path);
        const QString text = child<QLabel>(&dialog, "previewLabel")->text();
        QVERIFY2(text.contains(QLatin1String("4 calendar IDs")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("1 duplicate")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("1 invalid")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("2 are already provisioned")), qPrintable(text));
        auto *problems = child<QTreeWidget>(&dialog, "problemsView");
        QVERIFY(problems->isVisible());
        QCOMPARE(problems->topLevelItemCount(), 3);
        QTreeWidgetItem *invalid = problems->topLevelItem(0);
        QVERIFY(invalid->text(0).contains(QLatin1String("Invalid")));
        QVERIFY(!invalid->isExpanded()); // expandable, collapsed at first
        QCOMPARE(invalid->childCount(), 1);
        QCOMPARE(invalid->child(0)->text(0), QStringLiteral("5"));
        QTreeWidgetItem *duplicates = problems->topLevelItem(1);
        QCOMPARE(duplicates->child(0)->text(0), QStringLiteral("4"));
        QVERIFY(duplicates->child(0)->text(2).contains(QLatin1String("line 2")));
        QTreeWidgetItem *already = problems->topLevelItem(2);
        QCOMPARE(already->childCount(), 2);
        QCOMPARE(already->child(0)->text(0), QStringLiteral("2"));
        QCOMPARE(already->child(1)->text(0), QStringLiteral("6"));
        // Keyboard: expand a group with the Right arrow.
        problems->setFocus();
        problems->setCurrentItem(invalid);
        QTest::keyClick(problems, Qt::Key_Right);
        QVERIFY(invalid->isExpanded());
        QVERIFY(child<QCheckBox>(&dialog, "refreshCheck")->isVisible());

        // An unreadable file: a sentence, and nothing to start.
        load(dialog, path + QStringLiteral(".missing"));
        QVERIFY(child<QLabel>(&dialog, "previewLabel")->text().contains(QLatin1String("no file")));
        QVERIFY(!child<QPushButton>(&dialog, "startButton")->isEnabled());
    }

    // A revoked calendar is never provisioned again silently: the preview lists it in its own group, the
    // run skips it and the summary names it; it is sent only after the person ticks the box.
    void revokedCalendarsAreSkippedUnlessTicked()
    {
        const QString revokedId = QStringLiteral("room-3");
        const std::optional<CalendarRecord> before = m_registry->calendar(m_clientId, revokedId);
        QVERIFY(before && before->status == CalendarRecord::Status::Active);
        QVERIFY(m_registry->markRevoked(m_clientId, before->sub).ok());
        const QByteArray csv
            = "application_calendar_id\nroom-3\nhall-1\nhall-1\n" + QByteArray(300, 'y') + "\n";
        const QString path = writeFile(QStringLiteral("with-revoked.csv"), csv);
        BulkProvisionDialog dialog(m_context, m_clientId);
        dialog.show();
        load(dialog, path);
        const QString text = child<QLabel>(&dialog, "previewLabel")->text();
        QVERIFY2(text.contains(QLatin1String("1 was revoked")), qPrintable(text));
        auto *problems = child<QTreeWidget>(&dialog, "problemsView");
        QTreeWidgetItem *revokedGroup = nullptr;
        for (int i = 0; i < problems->topLevelItemCount(); ++i) {
            if (problems->topLevelItem(i)->text(0).startsWith(QLatin1String("Revoked")))
                revokedGroup = problems->topLevelItem(i);
        }
        QVERIFY(revokedGroup);
        QCOMPARE(revokedGroup->childCount(), 1);
        QCOMPARE(revokedGroup->child(0)->text(0), QStringLiteral("2"));
        QCOMPARE(revokedGroup->child(0)->text(1), revokedId);
        auto *include = child<QCheckBox>(&dialog, "includeRevokedCheck");
        QVERIFY(include->isVisible());
        QVERIFY(!include->isChecked());
        QVERIFY(!child<QCheckBox>(&dialog, "refreshCheck")->isVisible()); // nothing Active in this file

        const auto provisionedTimes = [this](const QString &id) {
            for (const QJsonValue &value : m_sandbox->calendars(m_clientId)) {
                const QJsonObject o = value.toObject();
                if (o.value(QStringLiteral("application_calendar_id")).toString() == id)
                    return o.value(QStringLiteral("provision_count")).toInt();
            }
            return 0;
        };
        const int sentBefore = provisionedTimes(revokedId);
        QSignalSpy finished(&dialog, &BulkProvisionDialog::runFinished);
        QTest::mouseClick(child<QPushButton>(&dialog, "startButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QString summary = child<QLabel>(&dialog, "summaryLabel")->text();
        QVERIFY2(summary.contains(QLatin1String("1 revoked calendar skipped")), qPrintable(summary));
        QVERIFY2(summary.contains(revokedId), qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("1 invalid ID")), qPrintable(summary));
        QCOMPARE(m_registry->calendar(m_clientId, revokedId)->status, CalendarRecord::Status::Revoked);
        QCOMPARE(provisionedTimes(revokedId), sentBefore);
        QCOMPARE(m_registry->calendar(m_clientId, QStringLiteral("hall-1"))->status,
            CalendarRecord::Status::Active);

        QTest::mouseClick(include, Qt::LeftButton);
        QVERIFY(include->isChecked());
        QTest::mouseClick(child<QPushButton>(&dialog, "startButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        summary = child<QLabel>(&dialog, "summaryLabel")->text();
        QVERIFY2(!summary.contains(QLatin1String("revoked")), qPrintable(summary));
        QCOMPARE(m_registry->calendar(m_clientId, revokedId)->status, CalendarRecord::Status::Active);
        QCOMPARE(provisionedTimes(revokedId), sentBefore + 1);
    }

    void failuresCanBeExportedAsCsv()
    {
        QVERIFY(m_sandbox->addFault(
            QJsonObject {{QStringLiteral("path"), QStringLiteral("/v1/application_calendars")},
                {QStringLiteral("status"), 422}, {QStringLiteral("count"), 1},
                {QStringLiteral("body"),
                    QStringLiteral("{\"errors\":{\"application_calendar_id\":[{\"key\":\"errors.invalid\","
                                   "\"description\":\"is not allowed\"}]}}")}}));
        const QString path = writeFile(QStringLiteral("five.csv"), csvOf(QStringLiteral("five"), 5));
        BulkProvisionDialog dialog(m_context, m_clientId);
        dialog.show();
        load(dialog, path);
        QSignalSpy finished(&dialog, &BulkProvisionDialog::runFinished);
        QTest::mouseClick(child<QPushButton>(&dialog, "startButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(m_sandbox->clearFaults());
        auto *failures = child<QTreeWidget>(&dialog, "failuresView");
        QVERIFY(failures->isVisible());
        QCOMPARE(failures->topLevelItemCount(), 1);
        const QString failedId = failures->topLevelItem(0)->text(0);
        QVERIFY(failedId.startsWith(QLatin1String("five-")));
        QVERIFY(child<QLabel>(&dialog, "summaryLabel")->text().contains(QLatin1String("1 failed")));

        auto *exportButton = child<QPushButton>(&dialog, "exportFailuresButton");
        QVERIFY(exportButton->isVisible());
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QFileDialog *fileDialog = nullptr;
        QTRY_VERIFY((fileDialog = dialog.findChild<QFileDialog *>(QStringLiteral("exportFailuresDialog")))
            != nullptr);
        const QString out = TestEnvironment::home() + QStringLiteral("/failures.csv");
        fileDialog->selectFile(out);
        QMetaObject::invokeMethod(fileDialog, "accept", Qt::QueuedConnection);
        QTRY_VERIFY(QFile::exists(out));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = file.readAll().trimmed().split('\n');
        QCOMPARE(rows.size(), 2);
        QVERIFY(rows.at(0).startsWith("application_calendar_id,error"));
        QVERIFY(rows.at(1).startsWith(QByteArray(failedId.toUtf8() + ',')));
        QVERIFY(rows.at(1).contains("not allowed") || rows.at(1).size() > failedId.size() + 5);
    }

    void cancelStopsAndTheSameFileContinues()
    {
        const QString path = writeFile(QStringLiteral("desks.csv"), csvOf(QStringLiteral("desk"), 150));
        BulkProvisionDialog dialog(m_context, m_clientId);
        dialog.show();
        load(dialog, path);
        QSignalSpy finished(&dialog, &BulkProvisionDialog::runFinished);
        QTest::mouseClick(child<QPushButton>(&dialog, "startButton"), Qt::LeftButton);
        auto *bar = child<QProgressBar>(&dialog, "progressBar");
        // 150 ids at 50 per second: the third burst comes two seconds in, so there is time to cancel.
        QTRY_VERIFY_WITH_TIMEOUT(bar->value() >= 10, 20000);
        QTest::mouseClick(child<QPushButton>(&dialog, "cancelButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000); // after the answers in flight
        const BulkSummary summary = finished.constFirst().constFirst().value<BulkSummary>();
        QVERIFY(summary.cancelled);
        QVERIFY(summary.done < 150);
        QVERIFY(child<QLabel>(&dialog, "summaryLabel")->text().contains(QLatin1String("Cancelled")));
        QVERIFY(child<QPushButton>(&dialog, "startButton")->isEnabled());

        QTest::mouseClick(child<QPushButton>(&dialog, "startButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        const BulkSummary second = finished.at(1).constFirst().value<BulkSummary>();
        QVERIFY(second.ok());
        QCOMPARE(second.skipped, summary.done);
        QCOMPARE(second.done, 150 - summary.done);
    }

    // Cancel waits for the requests already sent: Cronofy may have made those calendars and cannot list
    // them, so their answers must reach the kept list. A second press ("Stop now") does not wait; Esc
    // stops the same way as Cancel and closes the dialog once the answers are saved.
    void cancelSavesTheAnswersInFlight()
    {
        QVERIFY(m_sandbox->addFault(
            QJsonObject {{QStringLiteral("path"), QStringLiteral("/v1/application_calendars")},
                {QStringLiteral("delay"), 1500}}));
        const QString path = writeFile(QStringLiteral("slow.csv"), csvOf(QStringLiteral("slow"), 60));
        BulkProvisionDialog dialog(m_context, m_clientId);
        dialog.show();
        load(dialog, path);
        auto *provisioner = dialog.findChild<BulkProvisioner *>();
        QVERIFY(provisioner);
        auto *start = child<QPushButton>(&dialog, "startButton");
        auto *cancel = child<QPushButton>(&dialog, "cancelButton");
        QSignalSpy finished(&dialog, &BulkProvisionDialog::runFinished);
        // Starts a run, waits until requests are in flight, and gives what was answered by then (-1: none
        // went out).
        auto startAndWaitForRequests = [&] {
            QTest::mouseClick(start, Qt::LeftButton);
            if (!QTest::qWaitFor([&] { return provisioner->progress().inFlight > 0; }, 10000))
                return -1;
            const BulkProgress p = provisioner->progress();
            return p.done + p.failed;
        };

        // 1. Cancel: no new requests, the answers to those sent are waited for and saved.
        const int answeredBefore = startAndWaitForRequests();
        QVERIFY(answeredBefore >= 0);
        QTest::mouseClick(cancel, Qt::LeftButton);
        const int inFlight = provisioner->progress().inFlight;
        QVERIFY(inFlight > 0);
        QVERIFY(dialog.isRunning());
        QCOMPARE(cancel->text(), QStringLiteral("Stop &now"));
        QVERIFY2(child<QLabel>(&dialog, "progressLabel")->text().startsWith(QLatin1String("Stopping")),
            qPrintable(child<QLabel>(&dialog, "progressLabel")->text()));
        QCOMPARE(finished.size(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        const BulkSummary first = finished.at(0).constFirst().value<BulkSummary>();
        QVERIFY(first.cancelled);
        QCOMPARE(first.done + first.failed, answeredBefore + inFlight);
        QVERIFY(first.done > 0);

        // 2. Cancel, then Stop now: ends at once, without the answers.
        QVERIFY(startAndWaitForRequests() >= 0);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(cancel->text(), QStringLiteral("Stop &now"));
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(finished.size(), 2);
        QVERIFY(!dialog.isRunning());
        const BulkSummary second = finished.at(1).constFirst().value<BulkSummary>();
        QVERIFY(second.cancelled);

        // 3. Esc: stops as Cancel does, and closes once the answers in flight are saved.
        const int answeredBeforeEsc = startAndWaitForRequests();
        QVERIFY(answeredBeforeEsc >= 0);
        QCOMPARE(cancel->text(), QStringLiteral("&Cancel run"));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        const int inFlightAtEsc = provisioner->progress().inFlight;
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 15000);
        QCOMPARE(finished.size(), 3);
        const BulkSummary third = finished.at(2).constFirst().value<BulkSummary>();
        QCOMPARE(third.done + third.failed, answeredBeforeEsc + inFlightAtEsc);
        QVERIFY(m_sandbox->clearFaults());

        // What was answered is in the kept list, and nothing else: Stop now dropped its answers, and
        // the sandbox's late answers to them never reached the list.
        const QSet<QString> active = m_registry->activeCalendarIds(m_clientId);
        const auto slow = std::count_if(active.cbegin(), active.cend(),
            [](const QString &id) { return id.startsWith(QLatin1String("slow-")); });
        QCOMPARE(int(slow), first.done + second.done + third.done);
    }
};

QTEST_MAIN(TestBulkDialog)
#include "tst_bulkdialog.moc"
