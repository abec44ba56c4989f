#include "ErrorPresenter.h"

#include "MessageBanner.h"
#include "service/ProvisioningService.h"

#include <QLabel>
#include <QWidget>

namespace {

const char *const kBuddyProperty = "consoleErrorBuddy";

QLabel *fieldLabel(QWidget *form, const QString &field)
{
    return form ? form->findChild<QLabel *>(field + QStringLiteral("Error")) : nullptr;
}

} // namespace

QLabel *ErrorPresenter::createFieldErrorLabel(const QString &field, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(field + QStringLiteral("Error"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAccessibleName(tr("Problem with this field"));
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setVisible(false);
    label->setProperty(kBuddyProperty, QVariant::fromValue<QObject *>(buddy));
    return label;
}

QString ErrorPresenter::formFieldName(const QString &apiField, const FieldMap &fields)
{
    const auto it = fields.constFind(apiField);
    if (it != fields.constEnd())
        return it.value();
    QString name;
    bool upper = false;
    for (const QChar c : apiField) {
        if (c == QLatin1Char('_') || c == QLatin1Char('.') || c == QLatin1Char('-')) {
            upper = !name.isEmpty();
            continue;
        }
        name += upper ? c.toUpper() : c;
        upper = false;
    }
    return name;
}

bool ErrorPresenter::showFieldError(QWidget *form, const QString &field, const QString &sentence)
{
    QLabel *label = fieldLabel(form, field);
    if (!label)
        return false;
    label->setText(sentence);
    label->setVisible(!sentence.isEmpty());
    if (auto *buddy = qobject_cast<QWidget *>(label->property(kBuddyProperty).value<QObject *>()))
        buddy->setAccessibleDescription(sentence);
    return true;
}

void ErrorPresenter::clearFieldErrors(QWidget *form)
{
    if (!form)
        return;
    const auto labels = form->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (!label->objectName().endsWith(QLatin1String("Error"))
            || !label->property(kBuddyProperty).isValid())
            continue;
        label->clear();
        label->setVisible(false);
        if (auto *buddy = qobject_cast<QWidget *>(label->property(kBuddyProperty).value<QObject *>()))
            buddy->setAccessibleDescription(QString());
    }
}

QString ErrorPresenter::details(const ServiceError &error)
{
    switch (error.source) {
    case ServiceError::Source::Api: {
        QString text = error.api.code();
        if (!error.api.detail.isEmpty())
            text += QLatin1Char('\n') + error.api.detail;
        return text;
    }
    case ServiceError::Source::Secrets:
        return error.secret.backendMessage;
    case ServiceError::Source::Registry:
        return error.registry.detail;
    case ServiceError::Source::Input:
    case ServiceError::Source::None:
        break;
    }
    return {};
}

bool ErrorPresenter::present(
    const ServiceError &error, QWidget *form, MessageBanner *banner, const FieldMap &fields)
{
    clearFieldErrors(form);
    if (error.ok()) {
        if (banner)
            banner->clear();
        return true;
    }

    QWidget *firstField = nullptr;
    auto place = [&](const QString &field, const QString &sentence) {
        const QString name = formFieldName(field, fields);
        if (!showFieldError(form, name, sentence))
            return false;
        if (!firstField)
            firstField = qobject_cast<QWidget *>(
                fieldLabel(form, name)->property(kBuddyProperty).value<QObject *>());
        return true;
    };

    bool allPlaced = false;
    if (error.source == ServiceError::Source::Input && !error.inputField.isEmpty()) {
        allPlaced = place(error.inputField, error.message());
    } else if (error.source == ServiceError::Source::Api && !error.api.fieldErrors.isEmpty()) {
        allPlaced = true;
        for (auto it = error.api.fieldErrors.constBegin(); it != error.api.fieldErrors.constEnd(); ++it)
            allPlaced = place(it.key(), error.api.fieldMessage(it.key())) && allPlaced;
    }

    if (banner) {
        if (allPlaced)
            banner->clear();
        else
            banner->showError(error.message(), details(error));
    }
    if (firstField)
        firstField->setFocus(Qt::OtherFocusReason);
    return allPlaced;
}
