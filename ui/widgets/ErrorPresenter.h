#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

class MessageBanner;
class QLabel;
class QWidget;
class ServiceError;

// Puts a ServiceError where the person will look for it: a 422's field errors, or an input error about one
// field, go into the QLabel under that field (objectName "<field>Error", e.g. "urlError"); everything else
// goes into the banner, with the technical detail behind "Details".
class ErrorPresenter
{
    Q_DECLARE_TR_FUNCTIONS(ErrorPresenter)

public:
    // Maps the API's or the service's field names ("redirect_uris", "contact.email") to the form's field
    // names
    // ("redirectUris", "contactEmail"). Names not listed are turned from snake_case into camelCase.
    using FieldMap = QHash<QString, QString>;

    // A hidden, word-wrapped label for the errors of one field; put it under the field in the form's layout.
    static QLabel *createFieldErrorLabel(const QString &field, QWidget *buddy, QWidget *parent);
    // Shows the error. Returns true when every part of it found a place next to a field.
    static bool present(
        const ServiceError &error, QWidget *form, MessageBanner *banner, const FieldMap &fields = {});
    // Shows a sentence next to one field; false if the form has no such label.
    static bool showFieldError(QWidget *form, const QString &field, const QString &sentence);
    // Hides every "<field>Error" label of the form.
    static void clearFieldErrors(QWidget *form);
    // The technical text for "Details": Qt's error, the body excerpt, the keychain's or database's own words.
    static QString details(const ServiceError &error);
    static QString formFieldName(const QString &apiField, const FieldMap &fields = {});
};
