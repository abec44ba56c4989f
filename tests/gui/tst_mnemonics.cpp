// Every window of the console (the welcome page, each page under the window's tabs, every dialog in each of
// its states) in English, German, French and Spanish: no Alt+letter is used twice in one window. The
// catalogs are the real ones embedded in console_core; the widgets are the real ones, offscreen.
#include "ApplicationsPage.h"
#include "ConsoleContext.h"
#include "ConsoleSession.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "MnemonicAudit.h"
#include "SettingsPage.h"
#include "TestEnvironment.h"
#include "WelcomePage.h"
#include "activity/ActivityPage.h"
#include "api/DataCenter.h"
#include "bulk/BulkProvisionDialog.h"
#include "calendars/CalendarsPage.h"
#include "calendars/FreshTokensDialog.h"
#include "calendars/ProvisionCalendarDialog.h"
#include "calendars/VerificationDialog.h"
#include "common/Localization.h"
#include "dialogs/AddAccountDialog.h"
#include "dialogs/CreateApplicationDialog.h"
#include "dialogs/ImportApplicationDialog.h"
#include "dialogs/OnceShownSecretDialog.h"
#include "dialogs/RenameAccountDialog.h"
#include "dialogs/ReplaceAccountKeyDialog.h"
#include "dialogs/ReplaceSecretDialog.h"
#include "dialogs/SubmitVerificationDialog.h"
#include "service/ProvisioningService.h"
#include "widgets/MessageBanner.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

#include <memory>

namespace {
// The busy state of a request dialog (its Cancel button becomes Stop) without sending anything.
template<typename Dialog>
class BusyDialog : public Dialog
{
public:
    using Dialog::Dialog;
    void showBusy(bool busy) { this->setBusy(busy, QStringLiteral("…")); }
};
} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void auditFindsClashes();
    void everyWindowHasUniqueLetters_data();
    void everyWindowHasUniqueLetters();

private:
    void useLanguage(const QString &code);
    // Fails the test with every clash of `root` (a window or a page) listed.
    void audit(QWidget *root, const QString &where, const QStringList &shared = {});

    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ConsoleSession> m_session;
    int m_registryNumber = 0;
};

void TestMnemonics::initTestCase()
{
    TestEnvironment::prepare();
}

void TestMnemonics::init()
{
    QSettings().clear();
    m_secrets = std::make_unique<MemorySecretStore>();
    m_session = std::make_unique<ConsoleSession>();
    QString error;
    const QString registry
        = TestEnvironment::home() + QStringLiteral("/data/mnemonics-%1.sqlite").arg(++m_registryNumber);
    QVERIFY2(m_session->open(&error, m_secrets.get(), registry), qPrintable(error));
}

void TestMnemonics::cleanup()
{
    m_session.reset();
    m_secrets.reset();
    useLanguage(QStringLiteral("en"));
}

void TestMnemonics::useLanguage(const QString &code)
{
    for (QTranslator *old : qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    const Localization::Result result = Localization::install(qApp, code);
    if (code != QLatin1String("en"))
        QVERIFY2(result.appTranslationLoaded, qPrintable(QStringLiteral("no catalog for %1").arg(code)));
}

void TestMnemonics::audit(QWidget *root, const QString &where, const QStringList &shared)
{
    // Something was looked at: every audited window has at least two lettered controls.
    QVERIFY2(MnemonicAudit::lettersIn(root) >= 2, qPrintable(where));
    const QStringList clashes = MnemonicAudit::clashes(root, shared);
    QVERIFY2(clashes.isEmpty(),
        qPrintable(QStringLiteral("%1: %2").arg(where, clashes.join(QStringLiteral("; ")))));
}

void TestMnemonics::auditFindsClashes()
{
    // Last session's clash in the Import dialog, rebuilt by hand: the audit must see it, and also a clash
    // with a hidden button (another state of the same window) and with a shared tab title.
    QCOMPARE(MnemonicAudit::letterOf(QStringLiteral("Client &ID:")), QStringLiteral("i"));
    QCOMPARE(MnemonicAudit::letterOf(QStringLiteral("Fish && Chips")), QString());
    QDialog dialog;
    auto *layout = new QFormLayout(&dialog);
    auto *edit = new QLineEdit(&dialog);
    auto *label = new QLabel(QStringLiteral("Client &ID:"), &dialog);
    label->setBuddy(edit);
    layout->addRow(label, edit);
    auto *import = new QPushButton(QStringLiteral("&Import"), &dialog);
    import->setObjectName(QStringLiteral("importButton"));
    layout->addRow(import);
    QCOMPARE(MnemonicAudit::lettersIn(&dialog), 2);
    QStringList clashes = MnemonicAudit::clashes(&dialog);
    QCOMPARE(clashes.size(), 1);
    QVERIFY2(clashes.first().startsWith(QStringLiteral("Alt+i: ")), qPrintable(clashes.first()));
    QVERIFY2(clashes.first().contains(QStringLiteral("importButton")), qPrintable(clashes.first()));

    import->setText(QStringLiteral("I&mport"));
    QCOMPARE(MnemonicAudit::clashes(&dialog), QStringList());
    auto *stop = new QPushButton(QStringLiteral("&Mute"), &dialog);
    stop->hide();
    QCOMPARE(MnemonicAudit::clashes(&dialog).size(), 1);
    stop->setText(QStringLiteral("&Stop"));
    QCOMPARE(MnemonicAudit::clashes(&dialog), QStringList());
    QCOMPARE(MnemonicAudit::clashes(&dialog, {QStringLiteral("&Settings")}).size(), 1);
    // A nested window is audited on its own.
    auto *nested = new QDialog(&dialog);
    new QPushButton(QStringLiteral("&Stop"), nested);
    QCOMPARE(MnemonicAudit::clashes(&dialog), QStringList());
}

void TestMnemonics::everyWindowHasUniqueLetters_data()
{
    QTest::addColumn<QString>("language");
    // The English source and every shipped translation (Localization::availableLanguages()).
    for (const Localization::Language &language : Localization::availableLanguages())
        QTest::newRow(qPrintable(language.code)) << language.code;
}

void TestMnemonics::everyWindowHasUniqueLetters()
{
    QFETCH(QString, language);
    useLanguage(language);
    if (QTest::currentTestFailed())
        return;
    m_session->useDataCenter(*DataCenter::fromId(QStringLiteral("de")));
    ConsoleContext *context = m_session->context();

    // The catalog is really in use: a translated window title differs from the English one.
    {
        CreateApplicationDialog probe(context);
        if (language == QLatin1String("en"))
            QCOMPARE(probe.windowTitle(), QStringLiteral("Create Application"));
        else
            QVERIFY2(probe.windowTitle() != QLatin1String("Create Application"), qPrintable(language));
    }

    MainWindow window(m_session.get());
    QWidget *welcome = window.welcomePage(); // built when first shown or asked for
    audit(welcome, QStringLiteral("welcome page"));

    // Each page shares the window with the tabs' titles and the banner's buttons.
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    QVERIFY(tabs);
    QStringList shared;
    for (int i = 0; i < tabs->count(); ++i)
        shared << tabs->tabText(i);
    for (QAbstractButton *button : window.banner()->findChildren<QAbstractButton *>())
        shared << button->text();
    for (const QAction *menu : window.menuBar()->actions())
        shared << menu->text(); // File, Help: always there, above every page
    QCOMPARE(MnemonicAudit::clashes(tabs->tabBar(), {}), QStringList());
    // The window builds the pages it does not show after its first paint: this one is never shown.
    const QList<QWidget *> pages
        = {window.applicationsPage(), window.calendarsPage(), window.activityPage(), window.settingsPage()};
    for (int i = 0; i < tabs->count(); ++i) {
        QCOMPARE(tabs->widget(i), pages.at(i));
        audit(tabs->widget(i), tabs->widget(i)->objectName(), shared);
    }

    const QString clientId = QStringLiteral("CLIENT_ID_1");
    const auto requestDialogs = [&](auto *dialog, const QString &name) {
        std::unique_ptr<std::remove_pointer_t<decltype(dialog)>> owned(dialog);
        audit(dialog, name);
        dialog->showBusy(true);
        audit(dialog, name + QStringLiteral(" (busy)"));
        dialog->showBusy(false);
    };
    requestDialogs(new BusyDialog<CreateApplicationDialog>(context, &window), QStringLiteral("create"));
    requestDialogs(new BusyDialog<ImportApplicationDialog>(context, &window), QStringLiteral("import"));
    requestDialogs(new BusyDialog<ReplaceSecretDialog>(context, clientId, QStringLiteral("App"), &window),
        QStringLiteral("replace secret"));
    requestDialogs(
        new BusyDialog<SubmitVerificationDialog>(context, clientId, QStringLiteral("App"), &window),
        QStringLiteral("submit for verification"));
    requestDialogs(new BusyDialog<AddAccountDialog>(context, &window), QStringLiteral("add account"));
    requestDialogs(new BusyDialog<RenameAccountDialog>(context, QStringLiteral("Staging"), &window),
        QStringLiteral("rename account"));
    requestDialogs(new BusyDialog<ReplaceAccountKeyDialog>(context, QStringLiteral("Staging"), &window),
        QStringLiteral("replace account key"));

    CreatedApplication created;
    created.credentials.clientId = clientId;
    created.credentials.clientSecret = QStringLiteral("CRONOFY_TEST_SECRET_not_a_real_one");
    {
        OnceShownSecretDialog stored(m_session->service(), created, &window);
        stored.setAttribute(Qt::WA_DeleteOnClose, false);
        audit(&stored, QStringLiteral("secret dialog"));
    }
    {
        CreatedApplication refused = created;
        refused.secretError = SecretError(SecretError::Kind::Unavailable);
        OnceShownSecretDialog notStored(m_session->service(), refused, &window);
        notStored.setAttribute(Qt::WA_DeleteOnClose, false);
        audit(&notStored, QStringLiteral("secret dialog, not stored"));
    }
    {
        ProvisionCalendarDialog provision(context, clientId, &window);
        audit(&provision, QStringLiteral("provision calendar"));
    }
    {
        FreshTokensDialog tokens(
            QStringLiteral("room-1"), QStringLiteral("access"), QStringLiteral("refresh"), 3600, &window);
        audit(&tokens, QStringLiteral("fresh tokens"));
    }
    {
        BulkProvisionDialog bulk(context, clientId, &window);
        audit(&bulk, QStringLiteral("bulk provision"));
    }
}

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
