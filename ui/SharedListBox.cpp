#include "SharedListBox.h"

#include "ConsoleSession.h"
#include "postgres/PostgresConnection.h"
#include "postgres/SharedListChoice.h"
#include "postgres/SharedListLink.h"
#include "secrets/SecretStore.h"
#include "widgets/MessageBanner.h"
#include "widgets/SecretLineEdit.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QThread>

SharedListBox::SharedListBox(ConsoleSession *session, QWidget *parent)
    : QGroupBox(tr("Shared list"), parent)
    , m_session(session)
    , m_state(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_address(new QLineEdit(this))
    , m_password(new SecretLineEdit(this))
    , m_copy(new QCheckBox(tr("Also cop&y this computer's own list into it"), this))
    , m_connect(new QPushButton(tr("Co&nnect"), this))
    , m_disconnect(new QPushButton(tr("Use This Computer's &Own List"), this))
{
    setObjectName(QStringLiteral("sharedListBox"));
    auto *form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_state->setObjectName(QStringLiteral("sharedListState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_state);
    m_banner->setObjectName(QStringLiteral("sharedListBanner"));
    form->addRow(m_banner);

    m_address->setObjectName(QStringLiteral("sharedListAddress"));
    m_address->setAccessibleName(tr("Address of the shared list"));
    m_address->setPlaceholderText(
        QStringLiteral("postgresql://alice@db.example.com:5432/cronofy?sslmode=verify-full"));
    auto *addressLabel = new QLabel(tr("Addr&ess:"), this);
    addressLabel->setBuddy(m_address);
    form->addRow(addressLabel, m_address);
    m_password->setObjectName(QStringLiteral("sharedListPassword"));
    m_password->setAccessibleName(tr("Database password"));
    auto *passwordLabel = new QLabel(tr("Pass&word:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, m_password);
    m_copy->setObjectName(QStringLiteral("sharedListCopyLocal"));
    m_copy->setAccessibleName(tr("Also copy this computer's own list into the shared list"));
    m_copy->setToolTip(tr("Applications, calendars and activity the shared list does not have yet are added; "
                          "rows it has are left as they are."));
    form->addRow(QString(), m_copy);
    m_connect->setObjectName(QStringLiteral("sharedListConnectButton"));
    m_connect->setAccessibleName(tr("Connect to the shared list"));
    m_disconnect->setObjectName(QStringLiteral("sharedListDisconnectButton"));
    m_disconnect->setAccessibleName(tr("Go back to this computer's own list"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_connect);
    buttons->addWidget(m_disconnect);
    buttons->addStretch(1);
    form->addRow(QString(), buttons);
    auto *hint = new QLabel(tr("A team's list on a PostgreSQL server, which several admins use at once. "
                               "Secrets stay in each admin's own keychain; the password is kept in yours."),
        this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(hint);

    connect(m_connect, &QPushButton::clicked, this, &SharedListBox::connectToList);
    connect(m_address, &QLineEdit::returnPressed, this, &SharedListBox::connectToList);
    connect(m_password, &QLineEdit::returnPressed, this, &SharedListBox::connectToList);
    connect(m_disconnect, &QPushButton::clicked, this, &SharedListBox::disconnectFromList);
    if (SharedListLink *link = m_session->sharedLink())
        connect(link, &SharedListLink::stateChanged, this, &SharedListBox::showState);
    showState();
}

SharedListBox::~SharedListBox()
{
    // The attempt ends within the connect timeout (or once the copy is done); its answer is then dropped.
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

void SharedListBox::showState()
{
    const SharedListLink *link = m_session->sharedLink();
    const std::optional<PostgresAddress> chosen = SharedListChoice::current();
    if (!link) {
        m_state->setText(tr("This computer's own list: %1").arg(Registry::defaultPath()));
    } else {
        const QString where = PostgresConnection::describe(link->address());
        switch (link->state()) {
        case SharedListLink::State::Connected:
            m_state->setText(tr("The shared list %1: connected.").arg(where));
            break;
        case SharedListLink::State::Connecting:
            m_state->setText(tr("The shared list %1: connecting…").arg(where));
            break;
        case SharedListLink::State::Retrying:
        case SharedListLink::State::Stopped:
            m_state->setText(tr("The shared list %1: not connected. %2").arg(where, link->sentence()));
            break;
        }
    }
    if (m_address->text().isEmpty() && chosen)
        m_address->setText(chosen->toString());
    m_disconnect->setVisible(link != nullptr);
    m_copy->setEnabled(link == nullptr);
}

void SharedListBox::setBusy(bool busy)
{
    for (QWidget *w :
        std::initializer_list<QWidget *> {m_address, m_password, m_copy, m_connect, m_disconnect})
        w->setEnabled(!busy);
    if (!busy)
        m_copy->setEnabled(!m_session->sharedLink());
}

void SharedListBox::connectToList()
{
    if (m_worker)
        return;
    QString problem;
    const std::optional<PostgresAddress> address = PostgresAddress::parse(m_address->text(), &problem);
    if (!address) {
        m_banner->showError(problem);
        m_address->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        m_banner->showError(tr("Enter the database password of %1.").arg(address->user()));
        m_password->setFocus();
        return;
    }
    setBusy(true);
    const bool copy = m_copy->isChecked() && m_copy->isEnabled();
    m_banner->showInfo(copy ? tr("Connecting to %1 and copying this computer's own list…")
                                  .arg(PostgresConnection::describe(*address))
                            : tr("Connecting to %1…").arg(PostgresConnection::describe(*address)));
    const QString password = m_password->text();
    const PostgresAddress target = *address;
    QPointer<SharedListBox> self(this);
    // A server that does not answer, and a copy of a large list, take a while: never on the GUI thread.
    m_worker = QThread::create([self, target, password, copy] {
        Registry::OpenResult opened = Registry::openShared(target, password);
        RegistryError error = opened.error;
        Registry::CopyCounts counts;
        if (opened.registry && copy) {
            Registry::OpenOptions readOnly;
            readOnly.readOnly = true;
            Registry::OpenResult local = Registry::open(Registry::defaultPath(), readOnly);
            error = local.registry ? opened.registry->copyMissingFrom(*local.registry, &counts) : local.error;
        }
        opened.registry.reset();
        QMetaObject::invokeMethod(
            self.data(),
            [self, address = target.toString(), password, error, counts, copy] {
                if (self)
                    self->connected(address, password, error, counts, copy);
            },
            Qt::QueuedConnection);
    });
    m_worker->start();
}

void SharedListBox::connected(const QString &address, const QString &password, const RegistryError &error,
    const Registry::CopyCounts &counts, bool copied)
{
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    if (!error.ok()) {
        setBusy(false);
        m_banner->showError(error.message(), error.detail);
        return;
    }
    QString problem;
    const std::optional<PostgresAddress> target = PostgresAddress::parse(address, &problem);
    const QString copiedText = copied
        ? tr("%1 applications, %2 calendars and %3 activity entries of this computer's own list were added.")
              .arg(counts.applicationsAdded)
              .arg(counts.calendarsAdded)
              .arg(counts.operationsAdded)
        : QString();
    // The password first: without it in the keychain the window could not connect when it starts again.
    m_session->secrets()->write(SecretKeys::sharedListPassword(address), password, this,
        [this, target, copiedText](const SecretError &keychain) {
            setBusy(false);
            if (!keychain.ok()) {
                m_banner->showError(keychain.message() + QLatin1Char(' ')
                    + tr("Nothing was changed: this computer still works on the list it used before."));
                return;
            }
            m_password->wipe();
            SharedListChoice::set(*target);
            m_banner->showInfo(tr("Connected to %1.").arg(PostgresConnection::describe(*target))
                + (copiedText.isEmpty() ? QString() : QLatin1Char(' ') + copiedText));
            m_session->switchList();
        });
}

void SharedListBox::disconnectFromList()
{
    const std::optional<PostgresAddress> chosen = SharedListChoice::current();
    SharedListChoice::clear();
    if (!chosen) {
        m_session->switchList();
        return;
    }
    setBusy(true);
    // A password the keychain would not remove is harmless (and named in the settings' list of entries).
    m_session->secrets()->remove(SecretKeys::sharedListPassword(chosen->toString()), this,
        [this](const SecretError &) { m_session->switchList(); });
}
