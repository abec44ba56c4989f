#include "RequestDialog.h"

#include "service/ProvisioningService.h"
#include "widgets/DialogFit.h"
#include "widgets/ErrorPresenter.h"
#include "widgets/MessageBanner.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

RequestDialog::RequestDialog(QWidget *parent)
    : QDialog(parent)
    , m_banner(new MessageBanner(this))
    , m_formWidget(new QWidget(this))
    , m_form(new QGridLayout(m_formWidget))
    , m_busyRow(new QWidget(this))
    , m_busyLabel(new QLabel(m_busyRow))
    , m_busyBar(new QProgressBar(m_busyRow))
    , m_buttons(new QDialogButtonBox(this))
{
    setWindowModality(Qt::WindowModal);
    m_banner->setObjectName(QStringLiteral("dialogBanner"));

    // A grid, not a QFormLayout: QFormLayout reckons the height of a word-wrapped hint at one width and lays
    // it out at another, cutting its last line (seen in French and Spanish); a grid asks heightForWidth.
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setColumnStretch(1, 1);

    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyBar->setObjectName(QStringLiteral("busyIndicator"));
    m_busyBar->setAccessibleName(tr("Working"));
    m_busyBar->setRange(0, 0); // indeterminate: Cronofy gives no progress
    m_busyBar->setTextVisible(false);
    auto *busyLayout = new QHBoxLayout(m_busyRow);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->addWidget(m_busyLabel);
    busyLayout->addWidget(m_busyBar, 1);
    m_busyRow->setVisible(false);

    m_submit = m_buttons->addButton(QDialogButtonBox::Ok);
    m_submit->setDefault(true);
    m_submit->setAutoDefault(true);
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_cancel->setAutoDefault(false);
    connect(m_submit, &QPushButton::clicked, this, [this] {
        if (!m_busy)
            submit();
    });
    connect(m_cancel, &QPushButton::clicked, this, &RequestDialog::reject);

    // The banner and the form grow with what they say (DialogFit); the busy row and the buttons stay in view.
    auto *content = new QWidget(this);
    m_contentLayout = new QVBoxLayout(content);
    m_contentLayout->addWidget(m_banner);
    m_contentLayout->addWidget(m_formWidget);
    m_contentLayout->addStretch(1);
    m_banner->setParent(content);
    m_formWidget->setParent(content);
    auto *footer = new QWidget(this);
    auto *footerLayout = new QVBoxLayout(footer);
    footerLayout->setContentsMargins(0, 0, 0, 0);
    footerLayout->addWidget(m_busyRow);
    footerLayout->addWidget(m_buttons);
    DialogFit::install(this, content, footer);
}

QLabel *RequestDialog::addIntro(const QString &text)
{
    // Above the form, not in it: QFormLayout gives a spanning word-wrapped row too little height.
    auto *label = new QLabel(text, m_formWidget->parentWidget());
    label->setObjectName(QStringLiteral("introLabel"));
    label->setWordWrap(true);
    m_contentLayout->insertWidget(m_contentLayout->indexOf(m_formWidget), label);
    return label;
}

void RequestDialog::addBelowForm(QWidget *widget)
{
    m_contentLayout->insertWidget(m_contentLayout->indexOf(m_formWidget) + 1, widget);
}

void RequestDialog::addField(const QString &label, QWidget *field, const QString &name, const QString &hint)
{
    field->setObjectName(name + QStringLiteral("Edit"));
    auto *title = new QLabel(label, m_formWidget);
    title->setBuddy(field);
    if (field->accessibleName().isEmpty())
        field->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    int row = m_form->rowCount();
    m_form->addWidget(title, row, 0, Qt::AlignLeft | Qt::AlignVCenter);
    m_form->addWidget(field, row, 1);
    if (!hint.isEmpty()) {
        auto *hintLabel = new QLabel(hint, m_formWidget);
        hintLabel->setObjectName(name + QStringLiteral("Hint"));
        hintLabel->setWordWrap(true);
        hintLabel->setForegroundRole(QPalette::PlaceholderText);
        m_form->addWidget(hintLabel, ++row, 1);
        field->setToolTip(hint);
    }
    m_form->addWidget(ErrorPresenter::createFieldErrorLabel(name, field, m_formWidget), ++row, 1);
}

void RequestDialog::setBusy(bool busy, const QString &what, ServiceJob *job)
{
    // Stop has the focus while busy; afterwards the person continues where they were typing (an error
    // about one field moves the focus to that field instead).
    if (busy && !m_busy)
        m_focusBeforeBusy = focusWidget();
    m_busy = busy;
    m_job = busy ? job : nullptr;
    m_busyLabel->setText(what);
    m_busyRow->setVisible(busy);
    m_formWidget->setEnabled(!busy);
    m_submit->setEnabled(!busy);
    // While busy, Cancel stops the request; the dialog stays so the person sees what happened.
    m_cancel->setText(busy ? tr("S&top") : tr("Cancel"));
    m_cancel->setToolTip(busy ? tr("Stop the request (Esc)") : QString());
    if (busy)
        m_cancel->setFocus(Qt::OtherFocusReason);
    else if (m_focusBeforeBusy && m_focusBeforeBusy != m_cancel && m_cancel->hasFocus())
        m_focusBeforeBusy->setFocus(Qt::OtherFocusReason);
}

void RequestDialog::reject()
{
    if (m_busy) {
        if (m_job)
            m_job->cancel();
        return;
    }
    QDialog::reject();
}
