#include "bulk/BulkProvisionDialog.h"

#include "ConsoleContext.h"
#include "bulk/BulkProvisioner.h"
#include "bulk/BulkText.h"
#include "common/LogCategories.h"
#include "registry/Csv.h"
#include "registry/Registry.h"
#include "widgets/CutColumns.h"
#include "widgets/DialogFit.h"
#include "widgets/WordWrapDelegate.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace {
// Long lists in the preview are cut: the counts say how many there are, the first ones say which.
constexpr int kMaxListed = 1000;

QString displayId(const QString &id)
{
    return id.size() > 80 ? id.left(77) + QStringLiteral("…") : id;
}
} // namespace

BulkProvisionDialog::BulkProvisionDialog(ConsoleContext *context, const QString &clientId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_clientId(clientId)
    , m_provisioner(new BulkProvisioner(context->service(), this))
{
    setObjectName(QStringLiteral("bulkProvisionDialog"));
    setWindowTitle(tr("Provision calendars from a file"));
    setAccessibleName(windowTitle());
    setMinimumWidth(560);

    const auto application = context->registry()->application(clientId);
    m_intro = new QLabel(
        tr("Provision many application calendars of %1 at once. Choose a CSV file with a header "
           "row (the column application_calendar_id is used, or else the first column) or a text "
           "file with one ID per line. Calendars already provisioned are skipped, so you can start "
           "the same file again after an interruption.")
            .arg(application ? application->name : clientId),
        this);
    m_intro->setObjectName(QStringLiteral("bulkIntroLabel"));
    m_intro->setTextFormat(Qt::PlainText); // names come from people: never rich text
    m_intro->setWordWrap(true);

    auto *fileLabel = new QLabel(tr("&File:"), this);
    m_fileEdit = new QLineEdit(this);
    m_fileEdit->setObjectName(QStringLiteral("fileEdit"));
    m_fileEdit->setAccessibleName(tr("File with calendar IDs"));
    m_fileEdit->setPlaceholderText(tr("Type a path and press Enter, or choose a file"));
    fileLabel->setBuddy(m_fileEdit);
    m_chooseButton = new QPushButton(tr("C&hoose file…"), this);
    m_chooseButton->setObjectName(QStringLiteral("chooseFileButton"));
    m_chooseButton->setAccessibleName(tr("Choose file"));
    m_chooseButton->setAutoDefault(false);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(m_chooseButton);

    m_previewBox = new QGroupBox(tr("Preview"), this);
    m_previewBox->setObjectName(QStringLiteral("previewBox"));
    m_previewLabel = new QLabel(m_previewBox);
    m_previewLabel->setObjectName(QStringLiteral("previewLabel"));
    m_previewLabel->setWordWrap(true);
    m_previewLabel->setTextFormat(Qt::PlainText);
    m_previewLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_problemsView = new QTreeWidget(m_previewBox);
    m_problemsView->setObjectName(QStringLiteral("problemsView"));
    m_problemsView->setAccessibleName(tr("Lines that will not be sent"));
    m_problemsView->setHeaderLabels({tr("Line"), tr("Calendar ID"), tr("Why")});
    m_problemsView->setRootIsDecorated(true);
    // The line fits its numbers; a long ID is cut in the middle (in full in its tool tip) so that "Why" stays
    // in view, and "Why" wraps: every reason is read whole.
    m_problemsView->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_problemsView->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_problemsView->header()->resizeSection(1, m_problemsView->fontMetrics().averageCharWidth() * 26);
    m_problemsView->header()->setStretchLastSection(true);
    m_problemsView->setTextElideMode(Qt::ElideMiddle);
    WordWrapDelegate::install(m_problemsView);
    CutColumns::allow(m_problemsView, {1});
    // Room for a few lines even when the progress and summary rows appear below.
    m_problemsView->setMinimumHeight(m_problemsView->fontMetrics().height() * 6);
    m_refreshCheck
        = new QCheckBox(tr("Provision &again the calendars that are already provisioned"), m_previewBox);
    m_refreshCheck->setObjectName(QStringLiteral("refreshCheck"));
    m_refreshCheck->setAccessibleName(tr("Provision again the calendars that are already provisioned"));
    m_includeRevokedCheck
        = new QCheckBox(tr("Provision the &revoked calendars again (you revoked them)"), m_previewBox);
    m_includeRevokedCheck->setObjectName(QStringLiteral("includeRevokedCheck"));
    m_includeRevokedCheck->setAccessibleName(tr("Provision the revoked calendars again"));
    auto *previewLayout = new QVBoxLayout(m_previewBox);
    previewLayout->addWidget(m_previewLabel);
    previewLayout->addWidget(m_problemsView, 1);
    previewLayout->addWidget(m_refreshCheck);
    previewLayout->addWidget(m_includeRevokedCheck);

    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressBar->setAccessibleName(tr("Progress"));
    m_progressBar->setValue(0);
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progressLabel->setWordWrap(true);
    m_progressLabel->setTextFormat(Qt::PlainText);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_failuresView = new QTreeWidget(this);
    m_failuresView->setObjectName(QStringLiteral("failuresView"));
    m_failuresView->setAccessibleName(tr("Calendars that failed"));
    m_failuresView->setHeaderLabels({tr("Calendar ID"), tr("What went wrong")});
    m_failuresView->setRootIsDecorated(false);
    m_failuresView->header()->resizeSection(0, m_failuresView->fontMetrics().averageCharWidth() * 26);
    m_failuresView->setTextElideMode(Qt::ElideMiddle);
    WordWrapDelegate::install(m_failuresView); // what went wrong is read whole
    CutColumns::allow(m_failuresView, {0});
    m_failuresView->setMinimumHeight(m_failuresView->fontMetrics().height() * 6);

    m_startButton = new QPushButton(tr("&Start"), this);
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_startButton->setAccessibleName(tr("Start provisioning"));
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    labelCancelButton(false);
    m_exportButton = new QPushButton(tr("&Export failures…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportFailuresButton"));
    m_exportButton->setAccessibleName(tr("Export failures as CSV"));
    m_closeButton = new QPushButton(tr("C&lose"), this);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setAccessibleName(tr("Close"));
    for (QPushButton *button : {m_cancelButton, m_exportButton, m_closeButton})
        button->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("bulkButtons"));
    buttons->addButton(m_startButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_exportButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_previewBox, 1);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_failuresView, 1);
    m_fit = DialogFit::install(this, content, buttons);
    // As wide as the lists need to show each reason on one line, where the screen has room, but no wider than
    // a comfortable line of text; narrower, the reasons wrap.
    m_fit->setPreferredWidth([this] {
        int preferred = 0;
        for (const QTreeWidget *view : {m_problemsView, m_failuresView}) {
            if (view->isVisible())
                preferred = std::max(
                    preferred, width() - view->viewport()->width() + WordWrapDelegate::oneLineWidth(view));
        }
        return std::min(preferred, fontMetrics().averageCharWidth() * 130);
    });
    // Expanding a group widens the line numbers' column: the reasons may want more width then.
    for (const QTreeWidget *view : {m_problemsView, m_failuresView})
        connect(view->header(), &QHeaderView::sectionResized, m_fit, &DialogFit::fitLater);

    connect(m_chooseButton, &QPushButton::clicked, this, &BulkProvisionDialog::chooseFile);
    connect(m_fileEdit, &QLineEdit::returnPressed, this, [this] {
        const QString path = m_fileEdit->text().trimmed();
        if (path == m_loadedPath && m_list.ok() && !m_list.ids.isEmpty())
            return; // already previewed: this Enter presses Start
        m_swallowEnter = true;
        loadFile(path);
    });
    connect(m_startButton, &QPushButton::clicked, this, &BulkProvisionDialog::start);
    connect(m_cancelButton, &QPushButton::clicked, this, &BulkProvisionDialog::cancel);
    connect(m_exportButton, &QPushButton::clicked, this, &BulkProvisionDialog::chooseExportFile);
    connect(m_closeButton, &QPushButton::clicked, this, &BulkProvisionDialog::reject);
    connect(m_provisioner, &BulkProvisioner::progressChanged, this, &BulkProvisionDialog::showProgress);
    connect(m_provisioner, &BulkProvisioner::finished, this, &BulkProvisionDialog::showSummary);

    m_previewBox->hide();
    m_progressBar->hide();
    m_progressLabel->hide();
    m_summaryLabel->hide();
    m_failuresView->hide();
    m_startButton->setEnabled(false);
    m_cancelButton->hide();
    m_exportButton->hide();
    m_fileEdit->setFocus();
}

BulkProvisionDialog::~BulkProvisionDialog() = default;

bool BulkProvisionDialog::isRunning() const
{
    return m_provisioner->isRunning();
}

void BulkProvisionDialog::keyPressEvent(QKeyEvent *event)
{
    if (m_swallowEnter && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        m_swallowEnter = false;
        event->accept();
        return;
    }
    m_swallowEnter = false;
    QDialog::keyPressEvent(event);
}

void BulkProvisionDialog::chooseFile()
{
    // open(), not exec() or getOpenFileName(): no nested event loop, and tests can drive it.
    auto *dialog = new QFileDialog(this, tr("Choose a file with calendar IDs"));
    dialog->setObjectName(QStringLiteral("bulkFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("CSV or text files (*.csv *.txt)"), tr("All files (*)")});
    // Where Export starts too: Documents, or home where there is none (never the folder it was started in).
    const QString current = m_fileEdit->text().trimmed();
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    dialog->setDirectory(current.isEmpty() ? folder : QFileInfo(current).absolutePath());
    connect(dialog, &QFileDialog::fileSelected, this, &BulkProvisionDialog::loadFile);
    m_fileDialog = dialog;
    dialog->open();
}

void BulkProvisionDialog::loadFile(const QString &path)
{
    if (isRunning())
        return;
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    m_loadedPath = m_fileEdit->text();
    m_list = CalendarIdListReader::readFile(path);
    m_includeRevokedCheck->setChecked(false); // a new file: its revoked calendars are asked about anew
    readStatuses();
    m_hasSummary = false;
    m_summaryLabel->hide();
    m_failuresView->hide();
    m_exportButton->hide();
    m_progressBar->hide();
    m_progressLabel->hide();
    showPreview();
}

void BulkProvisionDialog::readStatuses()
{
    m_alreadyActive.clear();
    m_revoked.clear();
    if (!m_list.ok())
        return;
    const Registry *registry = m_context->registry();
    const QSet<QString> active = registry->activeCalendarIds(m_clientId);
    const QSet<QString> revoked = registry->calendarIds(m_clientId, CalendarRecord::Status::Revoked);
    for (const QString &id : std::as_const(m_list.ids)) {
        if (active.contains(id))
            m_alreadyActive.append(id);
        else if (revoked.contains(id))
            m_revoked.append(id);
    }
}

void BulkProvisionDialog::showPreview()
{
    m_previewBox->show();
    m_problemsView->clear();
    if (!m_list.ok()) {
        m_previewLabel->setText(m_list.error);
        m_problemsView->hide();
        m_refreshCheck->hide();
        m_includeRevokedCheck->hide();
        m_startButton->setEnabled(false);
        return;
    }
    const QLocale locale;
    const QString file = QFileInfo(m_fileEdit->text()).fileName();
    QStringList sentences;
    sentences << (m_list.csv
            ? tr("%n calendar ID(s) in %1 (column \"%2\").", nullptr, static_cast<int>(m_list.ids.size()))
                  .arg(file, m_list.column)
            : tr("%n calendar ID(s) in %1, one per line.", nullptr, static_cast<int>(m_list.ids.size()))
                  .arg(file));
    if (!m_list.duplicates.isEmpty())
        sentences << tr("%n duplicate line(s) will be provisioned once.", nullptr,
            static_cast<int>(m_list.duplicates.size()));
    if (!m_list.invalid.isEmpty())
        sentences << tr(
            "%n invalid ID(s) will not be sent; correct them in the file and load it again if they are "
            "needed.",
            nullptr, static_cast<int>(m_list.invalid.size()));
    if (!m_alreadyActive.isEmpty())
        sentences << tr("%n are already provisioned and will be skipped.", nullptr,
            static_cast<int>(m_alreadyActive.size()));
    if (!m_revoked.isEmpty())
        sentences << tr("%n were revoked and will be skipped unless you tick the box below to provision "
                        "them again.",
            nullptr, static_cast<int>(m_revoked.size()));
    if (m_list.ids.isEmpty())
        sentences << tr(
            "There is nothing to provision. Choose a file with one ID per line, or a CSV file with an "
            "application_calendar_id column.");
    m_previewLabel->setText(sentences.join(QLatin1Char(' ')));

    auto addGroup = [this](const QString &title, int count) {
        auto *group = new QTreeWidgetItem(m_problemsView, {title.arg(count)});
        group->setFirstColumnSpanned(true);
        return group;
    };
    auto addProblems = [&](QTreeWidgetItem *group, const QList<CalendarIdProblem> &problems) {
        for (qsizetype i = 0; i < problems.size() && i < kMaxListed; ++i) {
            const CalendarIdProblem &p = problems.at(i);
            auto *item = new QTreeWidgetItem(group, {locale.toString(p.line), displayId(p.id), p.message});
            item->setToolTip(1, p.id.left(300));
        }
    };
    if (!m_list.invalid.isEmpty())
        addProblems(
            addGroup(tr("Invalid IDs (%1)"), static_cast<int>(m_list.invalid.size())), m_list.invalid);
    if (!m_list.duplicates.isEmpty())
        addProblems(
            addGroup(tr("Duplicates (%1)"), static_cast<int>(m_list.duplicates.size())), m_list.duplicates);
    // The ids of the file that are in `ids`, with their lines.
    auto addIds = [&](QTreeWidgetItem *group, const QStringList &ids, const QString &why) {
        const QSet<QString> wanted(ids.cbegin(), ids.cend());
        int listed = 0;
        for (qsizetype i = 0; i < m_list.ids.size() && listed < kMaxListed; ++i) {
            if (!wanted.contains(m_list.ids.at(i)))
                continue;
            auto *item = new QTreeWidgetItem(
                group, {locale.toString(m_list.lines.at(i)), displayId(m_list.ids.at(i)), why});
            item->setToolTip(1, m_list.ids.at(i));
            ++listed;
        }
    };
    if (!m_revoked.isEmpty())
        addIds(addGroup(tr("Revoked (%1)"), static_cast<int>(m_revoked.size())), m_revoked,
            tr("You revoked it. Skipped unless you tick to provision the revoked calendars again."));
    if (!m_alreadyActive.isEmpty())
        addIds(addGroup(tr("Already provisioned (%1)"), static_cast<int>(m_alreadyActive.size())),
            m_alreadyActive, tr("Skipped unless you choose to provision again."));
    // Collapsed: the counts are in the sentence above; the lines are one keypress (Right arrow) away.
    m_problemsView->collapseAll();
    m_problemsView->setVisible(m_problemsView->topLevelItemCount() > 0);
    m_refreshCheck->setVisible(!m_alreadyActive.isEmpty());
    m_includeRevokedCheck->setVisible(!m_revoked.isEmpty());
    m_startButton->setEnabled(!m_list.ids.isEmpty());
    if (m_startButton->isEnabled())
        m_startButton->setDefault(true);
    m_fit->fitLater(); // the lists' new lines may want more width
}

void BulkProvisionDialog::start()
{
    if (isRunning() || !m_list.ok() || m_list.ids.isEmpty())
        return;
    BulkOptions options = m_provisioner->options();
    options.refresh = m_refreshCheck->isChecked();
    options.includeRevoked = m_includeRevokedCheck->isChecked();
    m_provisioner->setOptions(options);
    m_hasSummary = false;
    m_summaryLabel->hide();
    m_failuresView->hide();
    m_failuresView->clear();
    m_exportButton->hide();
    m_progressBar->setRange(0, static_cast<int>(m_list.ids.size()));
    m_progressBar->setValue(0);
    m_progressBar->show();
    m_progressLabel->setText(tr("Reading the client secret from the keychain…"));
    m_progressLabel->show();
    setRunning(true);
    qCInfo(lcUi) << "bulk provisioning started for" << m_clientId << "with" << m_list.ids.size() << "ids";
    m_provisioner->start(m_clientId, m_list.ids);
}

void BulkProvisionDialog::cancel()
{
    if (!isRunning())
        return;
    if (m_provisioner->isStopping()) {
        m_provisioner->cancel();
        return;
    }
    // A calendar whose request was sent may already exist at Cronofy, which cannot list them: its answer
    // is waited for and saved, or the kept list would miss it.
    m_provisioner->stopStarting();
    if (!isRunning())
        return; // nothing had been sent yet
    labelCancelButton(true);
    showStopping(m_provisioner->progress());
}

void BulkProvisionDialog::labelCancelButton(bool stopping)
{
    m_cancelButton->setText(stopping ? tr("Stop &now") : tr("&Cancel run"));
    m_cancelButton->setAccessibleName(
        stopping ? tr("Stop now without waiting for the answers") : tr("Cancel the run"));
}

void BulkProvisionDialog::reject()
{
    if (isRunning()) {
        m_closeWhenStopped = true;
        cancel();
        if (isRunning())
            return; // closes in showSummary(), once the answers in flight are saved
    }
    QDialog::reject();
}

void BulkProvisionDialog::showStopping(const BulkProgress &progress)
{
    m_progressLabel->setText(
        tr("Stopping: no new requests. Waiting for the answers to the %n request(s) already sent, so that "
           "what Cronofy did is saved.",
            nullptr, progress.inFlight));
}

void BulkProvisionDialog::setRunning(bool running)
{
    m_fileEdit->setEnabled(!running);
    m_chooseButton->setEnabled(!running);
    m_refreshCheck->setEnabled(!running);
    m_includeRevokedCheck->setEnabled(!running);
    m_startButton->setEnabled(!running && m_list.ok() && !m_list.ids.isEmpty());
    labelCancelButton(false);
    m_cancelButton->setVisible(running);
    m_cancelButton->setEnabled(running);
    if (running)
        m_cancelButton->setFocus();
}

void BulkProvisionDialog::showProgress(const BulkProgress &progress)
{
    m_progressBar->setMaximum(std::max(1, progress.total));
    m_progressBar->setValue(progress.finishedCount());
    m_progressBar->setAccessibleDescription(BulkText::counts(progress));
    if (isRunning() && m_provisioner->isStopping())
        showStopping(progress);
    else if (isRunning())
        m_progressLabel->setText(BulkText::progressLine(progress));
}

void BulkProvisionDialog::showSummary(const BulkSummary &summary)
{
    m_summary = summary;
    m_hasSummary = true;
    setRunning(false);
    m_progressLabel->setText(BulkText::counts(m_provisioner->progress()));
    m_summaryLabel->setText(summaryText());
    m_summaryLabel->show();
    m_failuresView->clear();
    for (const BulkFailure &failure : summary.failures) {
        auto *item = new QTreeWidgetItem(
            m_failuresView, {displayId(failure.applicationCalendarId), failure.message});
        item->setToolTip(0, failure.applicationCalendarId.left(300));
    }
    m_failuresView->setVisible(!summary.failures.isEmpty());
    m_fit->fitLater();
    m_exportButton->setVisible(!summary.failures.isEmpty());
    // Ids provisioned now are "already provisioned" for a second start of the same file.
    readStatuses();
    m_closeButton->setDefault(true);
    m_closeButton->setFocus();
    emit runFinished(summary);
    if (std::exchange(m_closeWhenStopped, false))
        QDialog::reject();
}

QString BulkProvisionDialog::summaryText() const
{
    QString text = BulkText::summary(m_summary);
    // The run was given the valid ids only: what the file held besides is said here.
    if (!m_list.invalid.isEmpty())
        text += QLatin1Char(' ')
            + tr("%n invalid ID(s) in the file were not sent; the preview lists them with their lines.",
                nullptr, static_cast<int>(m_list.invalid.size()));
    return text;
}

void BulkProvisionDialog::chooseExportFile()
{
    auto *dialog = new QFileDialog(this, tr("Export failures"));
    dialog->setObjectName(QStringLiteral("exportFailuresDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setNameFilter(tr("CSV files (*.csv)"));
    const QFileInfo source(m_fileEdit->text());
    dialog->selectFile(
        source.absolutePath() + QLatin1Char('/') + tr("%1-failures.csv").arg(source.completeBaseName()));
    connect(
        dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { exportFailuresTo(path); });
    m_fileDialog = dialog;
    dialog->open();
}

bool BulkProvisionDialog::exportFailuresTo(const QString &path)
{
    if (!m_hasSummary)
        return false;
    // The same CSV as the registry's exports, so the file can be corrected and loaded here again.
    QByteArray bytes = Csv::formatRow({CalendarIdListReader::columnName(), QStringLiteral("error")});
    for (const BulkFailure &failure : std::as_const(m_summary.failures))
        bytes += Csv::formatRow({Csv::guardFormula(failure.applicationCalendarId), failure.message});
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_summaryLabel->setText(
            tr("The failures could not be written to %1 (%2). Choose another folder and try again.")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_summaryLabel->setText(summaryText() + QLatin1Char(' ')
        + tr("The failures were saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}
