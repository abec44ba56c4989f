// The input rules shared by the window and cronofyctl: one sentence per problem, naming what to do, and
// nothing is sent while any rule fails.
#include "service/ProvisioningService.h"

#include <QUrl>

namespace {

constexpr int kMaxNameLength = 200;
constexpr int kMaxUrlLength = 2000;
constexpr int kMaxCalendarIdLength = 255;

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        // Only C0/C1 controls: format characters such as the zero-width joiner belong in names with emoji.
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

// What the person typed, as it may be repeated inside a sentence: control characters shown as U+FFFD (a line
// break or an escape sequence must not reach a message box or a terminal) and long text cut short.
QString shown(const QString &text)
{
    QString out = text.trimmed().left(80);
    for (QChar &c : out) {
        if (c.category() == QChar::Other_Control)
            c = QChar::ReplacementCharacter;
    }
    if (text.trimmed().size() > 80)
        out += QChar(0x2026);
    return out;
}

// Empty on success, else the sentence.
QString checkWebAddress(const QString &text, const QString &example)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() > kMaxUrlLength)
        return ProvisioningService::tr("The address is too long (%1 characters). Use an address of at most "
                                       "%2 characters.")
            .arg(trimmed.size())
            .arg(kMaxUrlLength);
    if (hasControlCharacters(trimmed))
        return ProvisioningService::tr("The address contains invisible control characters. Type it again "
                                       "or paste it as plain text.");
    if (trimmed.contains(QLatin1Char(' ')))
        return ProvisioningService::tr(
            "A web address cannot contain spaces. Check the address and try again.");
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (scheme.isEmpty() || !trimmed.contains(QLatin1String("://")))
        return ProvisioningService::tr("Start the address with https:// (for example %1).").arg(example);
    if (!url.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return ProvisioningService::tr("Enter a web address that starts with https:// or http:// (for "
                                       "example %1).")
            .arg(example);
    if (url.host().isEmpty())
        return ProvisioningService::tr("The address has no host name. Enter a complete address such as %1.")
            .arg(example);
    return {};
}

} // namespace

ServiceError ProvisioningService::validateApplication(const NewApplication &application)
{
    const QString name = application.name.trimmed();
    if (name.isEmpty())
        return ServiceError::input(tr("Enter a name for the application. People see it when they connect "
                                      "their calendar."),
            QStringLiteral("name"));
    if (name.size() > kMaxNameLength)
        return ServiceError::input(tr("The name is too long (%1 characters). Use at most %2 characters.")
                                       .arg(name.size())
                                       .arg(kMaxNameLength),
            QStringLiteral("name"));
    if (hasControlCharacters(name))
        return ServiceError::input(
            tr("The name contains invisible control characters. Type it again."), QStringLiteral("name"));
    if (application.url.trimmed().isEmpty())
        return ServiceError::input(tr("Enter the web address of the application's home page, for example "
                                      "https://example.com."),
            QStringLiteral("url"));
    const QString urlProblem = checkWebAddress(application.url, QStringLiteral("https://example.com"));
    if (!urlProblem.isEmpty())
        return ServiceError::input(urlProblem, QStringLiteral("url"));
    return {};
}

ServiceError ProvisioningService::validateCalendarId(const QString &applicationCalendarId)
{
    const QString id = applicationCalendarId.trimmed();
    const QString field = QStringLiteral("application_calendar_id");
    if (id.isEmpty())
        return ServiceError::input(tr("Enter a calendar ID: any text that names this calendar in your "
                                      "organisation, for example meeting-room-3."),
            field);
    if (id.size() > kMaxCalendarIdLength)
        return ServiceError::input(tr("The calendar ID is too long (%1 characters). Use at most %2 "
                                      "characters.")
                                       .arg(id.size())
                                       .arg(kMaxCalendarIdLength),
            field);
    if (hasControlCharacters(id))
        return ServiceError::input(tr("The calendar ID contains invisible control characters (such as a tab "
                                      "or line break). Type it again."),
            field);
    return {};
}

ServiceError ProvisioningService::validateVerification(const VerificationRequest &request)
{
    const QString urisField = QStringLiteral("redirect_uris");
    if (request.redirectUris.isEmpty())
        return ServiceError::input(tr("Enter at least one redirect address (one per line), for example "
                                      "https://example.com/auth/callback."),
            urisField);
    for (const QString &uri : request.redirectUris) {
        const QString problem = checkWebAddress(uri, QStringLiteral("https://example.com/auth/callback"));
        if (!problem.isEmpty())
            return ServiceError::input(tr("Redirect address \"%1\": %2").arg(shown(uri), problem), urisField);
    }
    const QString emailField = QStringLiteral("contact.email");
    const QString email = request.contactEmail.trimmed();
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (email.isEmpty())
        return ServiceError::input(tr("Enter a contact email address, so Cronofy can reach you about the "
                                      "verification."),
            emailField);
    if (email.size() > kMaxUrlLength || hasControlCharacters(email) || email.contains(QLatin1Char(' '))
        || at <= 0 || email.indexOf(QLatin1Char('.'), at) < 0 || email.endsWith(QLatin1Char('.')))
        return ServiceError::input(
            tr("\"%1\" is not an email address. Enter one such as name@example.com.").arg(shown(email)),
            emailField);
    const QString name = request.contactName.trimmed();
    if (name.size() > kMaxNameLength || hasControlCharacters(name))
        return ServiceError::input(
            tr("The contact name must be at most %1 characters of plain text.").arg(kMaxNameLength),
            QStringLiteral("contact.display_name"));
    return {};
}

ServiceError ProvisioningService::validateCredentialText(const QString &value, const QString &field)
{
    // Keys, ids and secrets are pasted from the dashboard: surrounding whitespace is a copy artefact and is
    // trimmed by callers, anything inside is a mistake.
    const QString text = value.trimmed();
    if (text.isEmpty())
        return ServiceError::input(
            tr("This field is empty. Paste the value from the Cronofy dashboard."), field);
    if (text.size() > 4096)
        return ServiceError::input(tr("This value is too long (%1 characters) to be a Cronofy key or ID. "
                                      "Copy it again from the Cronofy dashboard.")
                                       .arg(text.size()),
            field);
    for (const QChar c : text) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return ServiceError::input(tr("This value contains spaces or invisible characters. Copy it again "
                                          "from the Cronofy dashboard and paste it as plain text."),
                field);
    }
    // Cronofy's keys, secrets and IDs are printable ASCII; anything else would be dropped from the
    // Authorization header (CronofyClient) and the call would fail with a confusing 401.
    for (const QChar c : text) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return ServiceError::input(tr("This value contains letters or symbols that Cronofy keys and IDs "
                                          "never have (such as accents or quotation marks from a word "
                                          "processor). Copy it again from the Cronofy dashboard."),
                field);
    }
    return {};
}
